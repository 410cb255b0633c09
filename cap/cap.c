/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * The derivation tree (see cap.h). Pure pointer work, no side effects on the
 * objects: the callers in cap/ops.c do the unmapping and the bookkeeping.
 * Host-tested in test/host/cap.
 */
#include <cap/cap.h>

static void remove_from_siblings(struct cap *c)
{
	if (c->prev_sibling)
		c->prev_sibling->next_sibling = c->next_sibling;
	else if (c->parent)
		c->parent->first_child = c->next_sibling;
	if (c->next_sibling)
		c->next_sibling->prev_sibling = c->prev_sibling;
	c->prev_sibling = c->next_sibling = 0;
}

uint64_t cap_generation;

static void clear_contents(struct cap *c)
{
	if (cap_may_be_kept(c->type))
		cap_generation++;
	c->obj = 0;
	c->badge = 0;
	c->type = OBJ_NONE;
	c->rights = 0;
	c->reserved = 0;
	c->parent = c->first_child = c->next_sibling = c->prev_sibling = 0;
}

/* The marks of a cut move come in pairs (cap.h): a marked capability that
 * is moved or deleted on its own ends the move, so its partner's mark goes
 * too, and no later move into that full slot is taken as a resumed one. */
static __attribute__((noinline)) void drop_marks(struct cap *c)
{
	if (c->reserved == CAP_MOVING && c->next_sibling &&
	    c->next_sibling->reserved == CAP_MOVE_DST)
		c->next_sibling->reserved = 0;
	if (c->reserved == CAP_MOVE_DST && c->prev_sibling &&
	    c->prev_sibling->reserved == CAP_MOVING)
		c->prev_sibling->reserved = 0;
	c->reserved = 0;
}

/* Inline, as the test: a capability in a cut move is rare. */
static inline void drop_move_marks(struct cap *c)
{
	if (c->reserved)
		drop_marks(c);
}

/*
 * A first child k goes to the head of parent's children (parent NULL: k
 * is a root of its own). A cut move's pair, k and the next sibling it is
 * moving to, goes as one, in order, so the pair stays whole wherever its
 * parent's children are handed: k is always the first of its pair.
 */
static void hand_over(struct cap *parent, struct cap *k)
{
	struct cap *to = 0;

	if (k->reserved == CAP_MOVING && k->next_sibling &&
	    k->next_sibling->reserved == CAP_MOVE_DST) {
		to = k->next_sibling;
		remove_from_siblings(to);
	}
	remove_from_siblings(k);
	if (parent) {
		if (to)
			cap_add_child(parent, to);
		cap_add_child(parent, k);
	} else {
		k->parent = 0;
		k->prev_sibling = 0;
		k->next_sibling = to;
		if (to) {
			to->parent = 0;
			to->prev_sibling = k;
			to->next_sibling = 0;
		}
	}
}

void cap_move(struct cap *dst, struct cap *src)
{
	drop_move_marks(src);
	dst->obj = src->obj;
	dst->badge = src->badge;
	dst->type = src->type;
	dst->rights = src->rights;
	dst->reserved = 0;
	dst->parent = src->parent;
	dst->prev_sibling = src->prev_sibling;
	dst->next_sibling = src->next_sibling;
	dst->first_child = src->first_child;
	/* Everything that pointed at src now points at dst. */
	if (dst->prev_sibling)
		dst->prev_sibling->next_sibling = dst;
	else if (dst->parent)
		dst->parent->first_child = dst;
	if (dst->next_sibling)
		dst->next_sibling->prev_sibling = dst;
	for (struct cap *k = dst->first_child; k; k = k->next_sibling)
		k->parent = dst;
	clear_contents(src);
}

void cap_move_begin(struct cap *dst, struct cap *src)
{
	dst->obj = src->obj;
	dst->badge = src->badge;
	dst->type = src->type;
	dst->rights = src->rights;
	dst->reserved = CAP_MOVE_DST;
	dst->first_child = 0;
	dst->parent = src->parent;
	dst->prev_sibling = src;
	dst->next_sibling = src->next_sibling;
	if (src->next_sibling)
		src->next_sibling->prev_sibling = dst;
	src->next_sibling = dst;
	src->reserved = CAP_MOVING;
	dst->obj->ncaps++;   /* two nodes until cap_move_end */
}

bool cap_move_children(struct cap *dst, struct cap *src, unsigned max)
{
	while (src->first_child && max--)
		hand_over(dst, src->first_child);
	return !src->first_child;
}

void cap_move_end(struct cap *dst, struct cap *src)
{
	src->obj->ncaps--;
	remove_from_siblings(src);
	clear_contents(src);
	dst->reserved = 0;
}

bool cap_moving_to(const struct cap *src, const struct cap *dst)
{
	return !cap_is_empty(src) && src->reserved == CAP_MOVING &&
	       dst->reserved == CAP_MOVE_DST && src->next_sibling == dst && dst->obj == src->obj &&
	       dst->rights == src->rights && dst->badge == src->badge;
}

void cap_unlink(struct cap *c)
{
	if (c != &c->obj->root)
		c->obj->ncaps--;
	drop_move_marks(c);
	/* The children keep their place in the tree, one level up. */
	while (c->first_child)
		hand_over(c->parent, c->first_child);
	remove_from_siblings(c);
	clear_contents(c);
}

bool cap_adopt_children(struct cap *c, unsigned max)
{
	while (c->first_child && max--)
		hand_over(c->parent, c->first_child);
	return !c->first_child;
}

struct cap *cap_first_leaf(struct cap *c)
{
	struct cap *d = c->first_child;

	if (!d)
		return 0;
	while (d->first_child)
		d = d->first_child;
	return d;
}

