/* SPDX-License-Identifier: BSD-2-Clause */
#ifndef CAP_SLOT_H
#define CAP_SLOT_H

/*
 * A capability: a reference to a kernel object with rights and a protected
 * payload (badge), living in a slot. Slots are found in capability pages,
 * page tables (the capability behind each entry), threads (address space,
 * fault handler) and in each object's header (its hidden root). Only the
 * layout is here, for the headers that hold slots (kern/obj.h); the
 * derivation tree the links make, and its operations, are cap/cap.h.
 *
 * Invariants:
 *  - obj == NULL  <=>  the slot is empty; then every other field but
 *    container/index is zero.
 *  - container/index say where the slot lives; they never change.
 */

#include <stdbool.h>
#include <stdint.h>
#include <kern/abi.h>

struct obj;

struct cap {
	struct obj *obj;          /* NULL: empty slot */
	uint64_t badge;           /* protected payload; 0 = none */
	uint8_t type;             /* OBJ_* (equals obj->type) */
	uint8_t rights;           /* CAP_R | CAP_W | CAP_X | CAP_G */
	uint16_t index;           /* slot number within the container */
	uint32_t reserved;        /* CAP_MOVING / CAP_MOVE_DST while a move of a
				     capability with children is cut half way */
	struct obj *container;    /* the object whose storage holds this slot */
	struct cap *parent;
	struct cap *first_child;
	struct cap *next_sibling;
	struct cap *prev_sibling;
};

_Static_assert(sizeof(struct cap) == CAP_SLOT_SIZE, "capability slot size is ABI");

static inline bool cap_is_empty(const struct cap *c)
{
	return c->obj == 0;
}

#endif
