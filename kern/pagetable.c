/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * Page-table objects (see pagetable.h). The generic code decides what goes
 * in each entry; arch_pte_*() knows the bits.
 */
#include <cap/cappage.h>
#include <cap/ops.h>
#include <kern/activity.h>
#include <kern/arch.h>
#include <kern/kerr.h>
#include <kern/pagetable.h>

static void free_frames(struct pagetable *pt)
{
	struct activity *a = pt->hdr.owner;

	if (pt->hw_pa)
		activity_free_frame(a, pt->hw_pa);
	pt->hw_pa = 0;
	for (unsigned i = 0; i < PT_SLOT_FRAMES; i++) {
		if (pt->slots[i])
			activity_free_frame(a, arch_virt_to_phys((uintptr_t)pt->slots[i]));
		pt->slots[i] = 0;
	}
}

int pt_init(struct pagetable *pt, unsigned level)
{
	struct activity *a = pt->hdr.owner;
	uint64_t pa;
	int err;

	if (level >= PT_LEVELS)
		return ERR_BAD_ARG;
	pt->level = level;
	for (unsigned i = 0; i < PT_KEPT; i++)
		pt->kept[i].slot = 0;
	err = activity_alloc_frame(a, &pt->hw_pa);
	for (unsigned i = 0; !err && i < PT_SLOT_FRAMES; i++) {
		err = activity_alloc_frame(a, &pa);
		if (!err)
			pt->slots[i] = (struct cap *)arch_phys_to_virt(pa);
	}
	if (err) {
		free_frames(pt);
		return err;
	}
	for (unsigned i = 0; i < PT_SLOTS; i++) {
		pt_slot(pt, i)->container = &pt->hdr;
		pt_slot(pt, i)->index = i;
	}
	if (level == PT_LEVELS - 1) {
		arch_pt_init_root(pt_hw_table(pt));
		pt->asid = arch_asid_alloc();
		pt->token = arch_space_token(pt->hw_pa, pt->asid);
	}
	return ERR_OK;
}

int pt_check_install(struct pagetable *pt, unsigned index, const struct cap *src,
		     uint8_t rights_mask)
{
	uint8_t rights = src->rights & rights_mask;

	if (index >= PT_SLOTS || (pt->level == PT_LEVELS - 1 && index >= PT_USER_ROOT_SLOTS))
		return ERR_BAD_ARG;
	if (!cap_is_empty(pt_slot(pt, index)))
		return ERR_SLOT_FULL;
	if (src->obj->dying)
		return ERR_DEAD;
	if (pt->level > 0) {
		if (src->type != OBJ_PAGETABLE)
			return ERR_WRONG_TYPE;
		if (((struct pagetable *)src->obj)->level != pt->level - 1)
			return ERR_BAD_ARG;
		if ((rights & PT_SPACE_RIGHTS) != PT_SPACE_RIGHTS)
			return ERR_RIGHTS;
		return ERR_OK;
	}
	switch (src->type) {
	case OBJ_FRAME:
	case OBJ_DEVFRAME:
		/* RISC-V has no write-only pages: W needs R. */
		if (!(rights & CAP_R))
			return ERR_RIGHTS;
		if (src->type == OBJ_DEVFRAME && (rights & CAP_X))
			return ERR_RIGHTS;
		return ERR_OK;
	case OBJ_CAPPAGE:
		return ERR_OK;
	default:
		return ERR_WRONG_TYPE;
	}
}

/* Slot, in a page table, now holds a mapping of f (struct frame's list). */
static void frame_mapping_added(struct frame *f, struct cap *slot)
{
	if (f->nmapped < FRAME_MAPPINGS_KEPT && !f->mapped_lost)
		f->mapped[f->nmapped] = slot;
	else
		f->mapped_lost = true;
	f->nmapped++;
}

/* Slot, in a page table, holds a mapping of f no more. */
static void frame_mapping_gone(struct frame *f, struct cap *slot)
{
	f->nmapped--;
	if (f->mapped_lost)
		return;
	/* The list held nmapped + 1: the last one fills the gap. */
	for (unsigned i = 0; i <= f->nmapped; i++)
		if (f->mapped[i] == slot) {
			f->mapped[i] = f->mapped[f->nmapped];
			return;
		}
}

void pt_install(struct pagetable *pt, unsigned index, struct cap *src, uint8_t rights_mask)
{
	struct cap *slot = pt_slot(pt, index);
	uint64_t *hw = pt_hw_table(pt);

	cap_derive(slot, src, rights_mask);
	switch (slot->type) {
	case OBJ_PAGETABLE:
		hw[index] = arch_pte_table(((struct pagetable *)slot->obj)->hw_pa);
		break;
	case OBJ_FRAME:
	case OBJ_DEVFRAME:
		/* Code written into the frame must be what the harts fetch. */
		if (slot->rights & CAP_X)
			arch_icache_sync();
		hw[index] = arch_pte_leaf(((struct frame *)slot->obj)->pa, slot->rights);
		frame_mapping_added((struct frame *)slot->obj, slot);
		break;
	default:
		break; /* capability pages are never hardware-mapped */
	}
	/* A new valid entry replaces an invalid one: no stale translation can
	 * exist, but harts may cache the invalid entry, so fence locally. */
	arch_tlb_flush_local();
}

uint64_t pt_hw_entry(const struct pagetable *pt, unsigned index)
{
	return pt_hw_table(pt)[index];
}

void pt_slot_cleared(struct pagetable *pt, unsigned index)
{
	uint64_t *hw = pt_hw_table(pt);
	struct cap *slot = pt_slot(pt, index);

	if (slot->type == OBJ_FRAME || slot->type == OBJ_DEVFRAME)
		frame_mapping_gone((struct frame *)slot->obj, slot);

	if (hw[index]) {
		hw[index] = 0;
		arch_tlb_flush_all();
	}
}

/* Delete the capabilities held in the slots, preemptibly, then free. */
int pt_teardown(struct pagetable *pt)
{
	unsigned n = 0;

	for (unsigned i = 0; i < PT_SLOTS; i++) {
		struct cap *s = pt_slot(pt, i);
		if (cap_is_empty(s))
			continue;
		if (cap_delete_preemptible(s) == KERR_PREEMPTED)
			return KERR_PREEMPTED;
		if (++n % 16 == 0 && cap_should_preempt())
			return KERR_PREEMPTED;
	}
	/* A root still loaded on another hart (its thread lost the space but
	 * has not re-entered the kernel yet) must not be freed: wait for it. */
	if (pt->level == PT_LEVELS - 1 && !arch_space_release(pt_space_token(pt), pt->asid))
		return KERR_PREEMPTED;
	free_frames(pt);
	return ERR_OK;
}

