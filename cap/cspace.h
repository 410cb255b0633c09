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

/* The same walk for data: the frame capability mapped at va, or NULL. */
struct cap *cspace_frame_at(struct pagetable *root, uint64_t va);

#endif
