/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * Activities: quota accounting and the cell allocator objects come from.
 */
#include <kern/activity.h>
#include <kern/arch.h>
#include <kern/kerr.h>
#include <kern/pmem.h>
#include <kern/string.h>

/* The start of every cell frame. */
struct cell_frame {
	uint64_t next;            /* physical address of the next cell frame */
};
_Static_assert(sizeof(struct cell_frame) <= OBJ_CELL_FRAME_HDR, "cell frame header");

struct free_cell {
	struct free_cell *next;
};

static struct activity *boot_activity;

void activity_init(struct activity *a, uint64_t quota)
{
	a->quota = quota;
	a->used = 0;
	a->objects = 0;
	a->cell_frames = 0;
	a->free_cells = 0;
}

/* Charge n frames to a and every ancestor, or to none of them. */
static int charge(struct activity *a, uint64_t n)
{
	for (struct activity *x = a; x; x = x->hdr.owner)
		if (x->used + n > x->quota)
			return ERR_QUOTA;
	for (struct activity *x = a; x; x = x->hdr.owner)
		x->used += n;
	return ERR_OK;
}

static void uncharge(struct activity *a, uint64_t n)
{
	for (struct activity *x = a; x; x = x->hdr.owner)
		x->used -= n;
}

int activity_alloc_frame(struct activity *a, uint64_t *pa)
{
	int err;

	if (a->hdr.dying)
		return ERR_DEAD;
	err = charge(a, 1);
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

void *activity_alloc_cell(struct activity *a, int *err)
{
	struct free_cell *c = a->free_cells;
	uint64_t pa;

	if (a->hdr.dying) {
		*err = ERR_DEAD;
		return 0;
	}
	if (!c) {
		*err = activity_alloc_frame(a, &pa);
		if (*err)
			return 0;
		uint8_t *va = (uint8_t *)arch_phys_to_virt(pa);
		((struct cell_frame *)va)->next = a->cell_frames;
		a->cell_frames = pa;
		for (int i = OBJ_CELLS_PER_FRAME - 1; i >= 0; i--) {
			struct free_cell *f =
				(struct free_cell *)(va + OBJ_CELL_FRAME_HDR + i * OBJ_CELL_SIZE);
			f->next = c;
			c = f;
		}
	}
	a->free_cells = c->next;
	memset(c, 0, OBJ_CELL_SIZE);
	*err = ERR_OK;
	return c;
}

void activity_free_cell(struct activity *a, void *cell)
{
	struct free_cell *c = cell;

	memset(cell, 0, OBJ_CELL_SIZE);
	c->next = a->free_cells;
	a->free_cells = c;
}

void activity_release_cells(struct activity *a)
{
	while (a->cell_frames) {
		uint64_t pa = a->cell_frames;
		a->cell_frames = ((struct cell_frame *)arch_phys_to_virt(pa))->next;
		activity_free_frame(a, pa);
	}
	a->free_cells = 0;
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
struct activity *activity_boot(void)
{
	uint64_t pa = pmem_alloc();
	struct activity *a;

	if (!pa)
		return 0;
	a = (struct activity *)(arch_phys_to_virt(pa) + OBJ_CELL_FRAME_HDR);
	activity_init(a, pmem_free_frames() + 1);
	a->hdr.type = OBJ_ACTIVITY;
	a->hdr.root.obj = &a->hdr;
	a->hdr.root.type = OBJ_ACTIVITY;
	a->hdr.root.rights = CAP_ALL;
	a->used = 1;
	((struct cell_frame *)arch_phys_to_virt(pa))->next = 0;
	a->cell_frames = pa;
	/* The frame's other cells are the activity's first free cells. */
	for (int i = OBJ_CELLS_PER_FRAME - 1; i >= 1; i--) {
		struct free_cell *f = (struct free_cell *)(arch_phys_to_virt(pa) +
							   OBJ_CELL_FRAME_HDR + i * OBJ_CELL_SIZE);
		f->next = a->free_cells;
		a->free_cells = f;
	}
	boot_activity = a;
	return a;
}
