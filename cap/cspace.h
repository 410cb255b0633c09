/* SPDX-License-Identifier: BSD-2-Clause */
#ifndef CAP_CSPACE_H
#define CAP_CSPACE_H

/*
 * The capability space is the address space (docs/design.md §2): a capability
 * address is a virtual address, resolved by walking the page-table objects
 * the MMU walks, down to a capability page, whose slot the page offset
 * picks.
 */

#include <cap/cap.h>

struct pagetable;

struct lookup {
	int err;          /* ERR_OK or a lookup error */
	int level;        /* for ERR_NO_TABLE: the table whose entry was empty */
	struct cap *slot; /* on success: the slot (may be empty) */
};

/* Resolve caddr in the space rooted at root (a level-2 table). */
struct lookup cspace_lookup(struct pagetable *root, uint64_t caddr);

/*
 * For a loop that resolves many addresses in one space (a message's
 * capabilities): the capability page the last lookup ended in, so an
 * address in the same page costs no walk. A hint holds only while no slot
 * of a page table changes, so it lives for one kernel step under the lock
 * and starts as CSPACE_HINT_NONE; copying into capability-page slots, as
 * the transfer does, leaves the walk's tables as they were.
 */
struct cspace_hint {
	uint64_t base;          /* the page's address; its low bits never all match */
	struct cap *slots;      /* that capability page's slots */
};

#define CSPACE_HINT_NONE ((struct cspace_hint){ .base = ~0UL, .slots = 0 })
/* An address keeps its page and slot-offset bits under this mask: it
 * matches a hint's base only if it is in that page and slot-aligned. */
#define CSPACE_HINT_MASK (~(uint64_t)(PAGE_BYTES - CAP_SLOT_SIZE))

/* The walk and the hint's update, for cspace_slot_hinted. */
struct cap *cspace_slot_walk(struct pagetable *root, uint64_t caddr, struct cspace_hint *hint);

/* The slot caddr names, or NULL for any lookup error. */
static inline struct cap *cspace_slot_hinted(struct pagetable *root, uint64_t caddr,
					     struct cspace_hint *hint)
{
	if ((caddr & CSPACE_HINT_MASK) == hint->base)
		return &hint->slots[(caddr % PAGE_BYTES) / CAP_SLOT_SIZE];
	return cspace_slot_walk(root, caddr, hint);
}

/* The same walk for data: the frame capability mapped at va, or NULL. */
struct cap *cspace_frame_at(struct pagetable *root, uint64_t va);

#endif
