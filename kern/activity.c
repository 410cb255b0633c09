/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * Activities: quota accounting and the cell allocator objects come from.
 */
#include <kern/activity.h>
#include <kern/arch.h>
#include <kern/kerr.h>
#include <kern/pmem.h>
#include <kern/string.h>

_Static_assert(sizeof(struct cell_frame) <= OBJ_CELL_FRAME_HDR, "cell frame header");


void activity_init(struct activity *a, uint64_t quota)
{
	a->depth = a->hdr.owner ? a->hdr.owner->depth + 1 : 0;
	a->quota = quota;
	a->ipc_limit = UINT64_MAX;
	a->used = 0;
	a->objects = 0;
	a->partial = 0;
}

bool activity_dying(const struct activity *a)
{
	for (; a; a = a->hdr.owner)
		if (a->hdr.dying)
			return true;
	return false;
}

/* Charge n frames to a and every ancestor, or to none of them. An
 * activity under one that is being destroyed takes nothing more: its
 * ancestor's destruction is on its way to it. */
static int charge(struct activity *a, uint64_t n)
{
	for (struct activity *x = a; x; x = x->hdr.owner) {
		if (x->hdr.dying)
			return ERR_DEAD;
		if (x->used + n > x->quota)
			return ERR_QUOTA;
	}
	for (struct activity *x = a; x; x = x->hdr.owner)
		x->used += n;
	return ERR_OK;
}

int activity_charge_ipc(struct activity *a, uint64_t n)
{
	for (struct activity *x = a; x; x = x->hdr.owner) {
		if (x->hdr.dying)
			return ERR_DEAD;
		if (n > x->ipc_limit - x->ipc_charge || x->ipc_charge > x->ipc_limit)
			return ERR_QUOTA;
	}
	for (struct activity *x = a; x; x = x->hdr.owner)
		x->ipc_charge += n;
	return ERR_OK;
}

static void uncharge(struct activity *a, uint64_t n)
{
	for (struct activity *x = a; x; x = x->hdr.owner)
		x->used -= n;
}

int activity_alloc_frame(struct activity *a, uint64_t *pa)
{
	int err = charge(a, 1);

	if (err)
		return err;
	*pa = pmem_alloc();
	if (!*pa) {
		uncharge(a, 1);
		return ERR_NO_MEMORY;
	}
	return ERR_OK;
}

void activity_free_frame(struct activity *a, uint64_t pa)
{
	pmem_free(pa);
	uncharge(a, 1);
}

static void partial_add(struct activity *a, struct cell_frame *f)
{
	f->prev = 0;
	f->next = a->partial;
	if (f->next)
		f->next->prev = f;
	a->partial = f;
}

static void partial_remove(struct activity *a, struct cell_frame *f)
{
	if (f->prev)
		f->prev->next = f->next;
	else
		a->partial = f->next;
	if (f->next)
		f->next->prev = f->prev;
	f->next = f->prev = 0;
}

void *cell_at(struct cell_frame *f, unsigned i)
{
	return (uint8_t *)f + OBJ_CELL_FRAME_HDR + i * OBJ_CELL_SIZE;
}

void *activity_alloc_cell(struct activity *a, int *err)
{
	struct cell_frame *f = a->partial;
	unsigned i;
	uint64_t pa;

	if (activity_dying(a)) {
		*err = ERR_DEAD;
		return 0;
	}
	if (!f) {
		*err = activity_alloc_frame(a, &pa);
		if (*err)
			return 0;
		f = (struct cell_frame *)arch_phys_to_virt(pa);
		f->free_mask = ALL_CELLS_FREE;
		partial_add(a, f);
	}
	i = __builtin_ctz(f->free_mask);
	f->free_mask &= ~(1u << i);
	if (!f->free_mask)
		partial_remove(a, f);
	memset(cell_at(f, i), 0, OBJ_CELL_SIZE);
	*err = ERR_OK;
	return cell_at(f, i);
}

struct cell_frame *cell_frame_of(const void *cell)
{
	return (struct cell_frame *)((uintptr_t)cell & ~(PMEM_FRAME_SIZE - 1));
}

void activity_free_cell(struct activity *a, void *cell)
{
	struct cell_frame *f = cell_frame_of(cell);
	unsigned i = ((uintptr_t)cell - (uintptr_t)cell_at(f, 0)) / OBJ_CELL_SIZE;

	memset(cell, 0, OBJ_CELL_SIZE);
	if (!f->free_mask)
		partial_add(a, f);
	f->free_mask |= 1u << i;
	if (f->free_mask == ALL_CELLS_FREE) {
		partial_remove(a, f);
		activity_free_frame(a, arch_virt_to_phys((uintptr_t)f));
	}
}

bool activity_within(const struct activity *a, const struct activity *anc)
{
	for (; a; a = a->hdr.owner)
		if (a == anc)
			return true;
	return false;
}

/*
 * The root activity pays for its own cell: its quota is every free frame,
 * and the first frame it takes holds it.
 */
static struct activity *root_activity;

struct activity *activity_root(void)
{
	return root_activity;
}

struct activity *activity_boot(void)
{
	uint64_t pa = pmem_alloc();
	struct cell_frame *f;
	struct activity *a;

	if (!pa)
		return 0;
	f = (struct cell_frame *)arch_phys_to_virt(pa);
	f->free_mask = ALL_CELLS_FREE & ~1u;
	a = cell_at(f, 0);
	activity_init(a, pmem_free_frames() + 1);
	a->hdr.type = OBJ_ACTIVITY;
	a->hdr.root.obj = &a->hdr;
	a->hdr.root.type = OBJ_ACTIVITY;
	a->hdr.root.rights = CAP_ALL;
	a->hdr.ncaps = 0;
	a->used = 1;
	partial_add(a, f);   /* its other cells are the activity's first */
	root_activity = a;
	return a;
}
