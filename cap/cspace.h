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
#include <cap/cappage.h>
#include <kern/pagetable.h>

struct lookup {
	int err;          /* ERR_OK or a lookup error */
	int level;        /* for ERR_NO_TABLE: the table whose entry was empty */
	struct cap *slot; /* on success: the slot (may be empty) */
};

#define CSPACE_VA_PAGE_SHIFT 12
#define CSPACE_VA_INDEX_BITS 9

static inline unsigned cspace_vpn(uint64_t va, int level)
{
	return (va >> (CSPACE_VA_PAGE_SHIFT + level * CSPACE_VA_INDEX_BITS)) & (PT_SLOTS - 1);
}

/* Walk levels 2 and 1; the level-0 slot for va, or an error. */
static inline __attribute__((always_inline)) struct lookup
cspace_walk(struct pagetable *root, uint64_t va)
{
	struct pagetable *pt = root;

	if (va >= USER_ADDR_LIMIT)
		return (struct lookup){ .err = ERR_CADDR_KERNEL };
	if (!pt)
		return (struct lookup){ .err = ERR_NO_SPACE };
	for (int level = PT_LEVELS - 1; level > 0; level--) {
		struct cap *s = pt_slot(pt, cspace_vpn(va, level));
		if (cap_is_empty(s))
			return (struct lookup){ .err = ERR_NO_TABLE, .level = level };
		pt = (struct pagetable *)s->obj;
	}
	struct cap *leaf = pt_slot(pt, cspace_vpn(va, 0));
	if (cap_is_empty(leaf))
		return (struct lookup){ .err = ERR_NO_TABLE, .level = 0 };
	return (struct lookup){ .err = ERR_OK, .slot = leaf };
}

/*
 * Resolve caddr in the space rooted at root (a level-2 table): the walk,
 * then the capability page's slot. Inline, for the callers on every
 * system call's path (kern/syscall.c:sys_slot_at, the copy's hinted
 * lookup), where a call and a returned structure per level were half of
 * what a lookup cost; cspace_lookup() is the same, out of line.
 */
static inline __attribute__((always_inline)) struct lookup
cspace_resolve(struct pagetable *root, uint64_t caddr)
{
	struct lookup r;

	if (caddr >= USER_ADDR_LIMIT)
		return (struct lookup){ .err = ERR_CADDR_KERNEL };
	if (caddr % CAP_SLOT_SIZE)
		return (struct lookup){ .err = ERR_CADDR_ALIGN };
	r = cspace_walk(root, caddr);
	if (r.err)
		return r;
	if (r.slot->type != OBJ_CAPPAGE)
		return (struct lookup){ .err = ERR_NOT_CAPPAGE };
	r.slot = &((struct cappage *)r.slot->obj)->slots[(caddr % PAGE_BYTES) / CAP_SLOT_SIZE];
	return r;
}

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
