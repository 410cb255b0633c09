/* SPDX-License-Identifier: BSD-2-Clause */
#ifndef CAP_CAP_H
#define CAP_CAP_H

/*
 * The derivation tree of capabilities (cap/slot.h has a slot's layout).
 * Every capability to an object descends from that
 * object's hidden root capability (struct obj.root), which no user can name.
 * Copy and mint make a child of the source; move keeps the node's place;
 * delete hands the node's children to its parent; revoke deletes every
 * descendant. Destroying an object is revoking its root.
 *
 * Invariants:
 *  - a non-empty slot's parent is non-NULL except for an object's root,
 *    and the node is on its parent's child list exactly once.
 *  - rights of a child are a subset of its parent's.
 *  - obj->ncaps is the number of non-empty slots naming obj, its root not
 *    counted: the nodes of its tree below the root. Only this module fills
 *    and empties slots (cap_derive, cap_move_begin add one; cap_unlink,
 *    cap_move_end take one away; cap_move keeps the node), so the count
 *    cannot miss a change, and a message's check reads it instead of
 *    walking the tree (ipc/transfer.c:msg_check).
 */

#include <cap/slot.h>
#include <kern/obj.h>

/*
 * A kept lookup (the IPC fast path keeps one per thread) is a capability
 * address resolved to a queue capability: the slots on its path hold
 * page-table capabilities (levels 2 and 1) and a capability-page
 * capability (level 0), and the slot at its end a queue capability. A
 * slot that holds a capability goes on naming the same object with the
 * same rights and badge until it is emptied; what an address resolves to
 * can change only when a slot on its path is emptied; a queue that is not
 * dying stays so until its destruction starts. So this count is bumped
 * when a slot holding one of those three types is emptied (delete, move,
 * revoke, destroy) and when a queue starts dying (kern/object.c), and
 * what a lookup found when it was n (the slot, the queue, the rights, the
 * badge, that the queue was alive) still holds while it is n. Emptying
 * any other slot (a frame, a message, a reply: each delivery empties
 * some) leaves every kept lookup standing.
 */
extern uint64_t cap_generation;

static inline bool cap_may_be_kept(uint8_t type)
{
	return type == OBJ_PAGETABLE || type == OBJ_CAPPAGE || type == OBJ_QUEUE;
}

#define CAP_MOVING   0x1   /* this capability is being moved to its next sibling */
#define CAP_MOVE_DST 0x2   /* this one is where its previous sibling moves to */

/* c becomes parent's first child. */
static inline void cap_add_child(struct cap *parent, struct cap *c)
{
	c->parent = parent;
	c->prev_sibling = 0;
	c->next_sibling = parent->first_child;
	if (parent->first_child)
		parent->first_child->prev_sibling = c;
	parent->first_child = c;
}

/* Make slot dst (empty) a child of src, with rights src->rights & mask.
 * Inline: the message copy does it once per capability. */
static inline void cap_derive(struct cap *dst, struct cap *src, uint8_t rights_mask)
{
	dst->obj = src->obj;
	dst->badge = src->badge;
	dst->type = src->type;
	dst->rights = src->rights & rights_mask;
	dst->reserved = 0;
	dst->first_child = 0;
	cap_add_child(src, dst);
	dst->obj->ncaps++;
}
/* Move src's node into empty slot dst; src becomes empty. Costs one step
 * per child of src (each names its parent): for a capability with many
 * children, the three steps below instead, with as many children as
 * wanted handed over at a time, the tree whole after each:
 *  - cap_move_begin: dst takes src's contents and sits beside it, as its
 *    next sibling (both are the same capability for the while);
 *  - cap_move_children: up to max of src's children become dst's; true
 *    when src has none left;
 *  - cap_move_end: src, childless, leaves; dst is where src was.
 * cap_moving_to says whether a cut move from src to dst is under way. The
 * two marks (CAP_MOVING on src, CAP_MOVE_DST on dst) come in pairs, src
 * just before dst among their siblings: children handed to a new parent
 * take a pair along as one, and moving or deleting either half on its own
 * ends the move (the other's mark goes too). */
void cap_move(struct cap *dst, struct cap *src);
void cap_move_begin(struct cap *dst, struct cap *src);
bool cap_move_children(struct cap *dst, struct cap *src, unsigned max);
void cap_move_end(struct cap *dst, struct cap *src);
bool cap_moving_to(const struct cap *src, const struct cap *dst);
/* Take c out of the tree (children go to its parent) and empty the slot.
 * The caller runs the container's side effects first (cap/ops.c:cap_delete). */
void cap_unlink(struct cap *c);
/* Hand up to max of c's children to c's parent (they keep their place in
 * the tree, one level up, as cap_unlink would put them); true when c has
 * none left. So a capability with many children is deleted a batch at a
 * time, the tree whole after every batch. */
bool cap_adopt_children(struct cap *c, unsigned max);
/* The deepest first descendant of c, or NULL if c has no children (the
 * host tests' revoke loop; the kernel's, cap/ops.c, hands children up). */
struct cap *cap_first_leaf(struct cap *c);
/* Pre-order walk of top's descendants: cap_next_in_subtree(top, top) is
 * the first, NULL after the last. Inline: a message's checks and its
 * exchange walk its payload frames' capabilities six times a transfer. */
static inline struct cap *cap_next_in_subtree(struct cap *c, struct cap *top)
{
	if (c->first_child)
		return c->first_child;
	while (c != top) {
		if (c->next_sibling)
			return c->next_sibling;
		c = c->parent;
	}
	return 0;
}

#endif
