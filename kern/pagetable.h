/* SPDX-License-Identifier: BSD-2-Clause */
#ifndef KERN_PAGETABLE_H
#define KERN_PAGETABLE_H

/*
 * A page-table object: one node of an Sv39 tree, which is at once the
 * hardware page table and the capability space (docs/design.md §2). It has the
 * 4 KiB hardware table the MMU walks and, behind each of its 512 entries, a
 * capability slot that says what the entry is.
 *
 * Invariants:
 *  - level is fixed at creation: 2 (a root), 1 or 0.
 *  - slot i of a level-2 or level-1 table is empty or holds a page table of
 *    the next level down, with PT_SPACE_RIGHTS; slot i of a level-0 table is empty or holds a
 *    frame, a device frame or a capability page.
 *  - the hardware entry i always matches slot i: a table pointer for a page
 *    table, a user leaf with the capability's rights for a frame, invalid
 *    for an empty slot or a capability page (never hardware-mapped).
 *  - entries 256..511 of a root are the kernel half, copied from the
 *    kernel's own table at creation; their slots are never used.
 *  - asid is set for roots (0 if the hart has no ASIDs or they ran out).
 *  - kept[i], while its generation is cap_generation and its slot is
 *    set, names the slot a walk of its caddr from this table finds now
 *    (cap/cap.h's rule; the invariant checker's rule "kept").
 */

#include <kern/arch.h>
#include <kern/obj.h>

#define PT_SLOT_FRAMES (PT_SLOTS / CAP_SLOTS_PER_PAGE)

/*
 * A slot a system call's lookup found in the space this table roots
 * (kern/syscall.c:sys_slot_at), kept as the IPC fast path keeps its
 * queue: while cap_generation is what it was, no slot on caddr's path has
 * been emptied, so caddr still names that slot (cap/cap.h). Only the slot
 * is kept; what it holds is checked on every call. A few per space, so
 * that one thread's lookups do not push out another space's.
 */
#define PT_KEPT 16

struct pt_kept {
	uint64_t caddr;
	uint64_t generation;
	struct cap *slot;         /* NULL: nothing kept */
	uint64_t unused;          /* 32 bytes: an entry's offset is a shift */
};
_Static_assert(sizeof(struct pt_kept) == 32, "a kept lookup's offset is a shift");

/*
 * What a capability to a table needs to be used as an address space (a
 * thread's, a message's, the destination of a copy) or to be linked under
 * another table. The hardware walks a linked table with no rights of its
 * own: every path to the frames beneath gives the rights their leaf
 * entries hold, so a path cannot be made weaker than the table it leads
 * to. A table capability with less (say, read-only) is refused wherever
 * it would give more than it says; it can still be inspected (R).
 */
#define PT_SPACE_RIGHTS (CAP_R | CAP_W | CAP_X)
#define PT_USER_ROOT_SLOTS (PT_SLOTS / 2)

struct pagetable {
	struct obj hdr;
	uint8_t level;
	uint16_t asid;
	uint64_t hw_pa;                      /* the hardware table */
	uint64_t token;                      /* roots: what the MMU is loaded with */
	struct cap *slots[PT_SLOT_FRAMES];   /* 8 frames of 64 slots */
	struct pt_kept kept[PT_KEPT];        /* roots: lookups kept, by slot index */
};
OBJ_FITS_CELL(struct pagetable);

static inline struct cap *pt_slot(struct pagetable *pt, unsigned i)
{
	return &pt->slots[i / CAP_SLOTS_PER_PAGE][i % CAP_SLOTS_PER_PAGE];
}

int pt_init(struct pagetable *pt, unsigned level);
/* Check that src may go in slot index; then install a child of src there. */
int pt_check_install(struct pagetable *pt, unsigned index, const struct cap *src,
		     uint8_t rights_mask);
void pt_install(struct pagetable *pt, unsigned index, struct cap *src, uint8_t rights_mask);
/* The hardware table, through the direct map. */
static inline uint64_t *pt_hw_table(const struct pagetable *pt)
{
	return (uint64_t *)arch_phys_to_virt(pt->hw_pa);
}
/* Rewrite entry index, whose slot holds a frame capability with rights,
 * for the frame's page pa now (a frame that changed pages). Inline, with
 * the capability's fields given: an exchange rewrites every mapping of
 * both its frames, knowing them. */
static inline void pt_slot_show(struct pagetable *pt, unsigned index, uint64_t pa, unsigned rights)
{
	pt_hw_table(pt)[index] = arch_pte_leaf(pa, rights);
}
/* What the hardware table holds at index (for the invariant checker). */
uint64_t pt_hw_entry(const struct pagetable *pt, unsigned index);
/* Hide entry index (invalid) while its slot keeps the capability: only for
 * the span of one kernel operation that refreshes it before it ends (a
 * frame exchange); the caller fences. */
static inline void pt_slot_hide(struct pagetable *pt, unsigned index)
{
	pt_hw_table(pt)[index] = 0;
}
/* The container side of deleting slot index: the hardware entry goes. */
void pt_slot_cleared(struct pagetable *pt, unsigned index);
/* Delete the capabilities in the slots, preemptibly; then free the frames. */
int pt_teardown(struct pagetable *pt);
/* A root's token for arch_enter_user(): worked out once, at creation. */
static inline uint64_t pt_space_token(const struct pagetable *pt)
{
	return pt->token;
}

#endif
