/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * The derivation tree (cap/cap.c): derive, move, unlink and revoke (the
 * cap_first_leaf + unlink loop of cap/ops.c) on trees of plain struct cap
 * arrays standing in for capability pages ("address spaces"), with every
 * invariant of cap.h checked after each step, and a random run (fixed,
 * printed seed) compared against a simple parent-array model.
 */
#include <string.h>
#include <cap/cap.h>
#include <kern/obj.h>
#include "check.h"

#define NOBJS        6    /* objects whose hidden roots are slots 0..NOBJS-1 */
#define NSPACES      4
#define SPACE_SLOTS  64
#define NSLOTS       (NOBJS + NSPACES * SPACE_SLOTS)

static struct obj objs[NOBJS];
static struct obj space_obj[NSPACES];   /* the containers */
static struct cap space[NSPACES][SPACE_SLOTS];

/* Slot ids: 0..NOBJS-1 are the objects' roots, then the spaces in order. */
static struct cap *slot(int id)
{
	if (id < NOBJS)
		return &objs[id].root;
	id -= NOBJS;
	return &space[id / SPACE_SLOTS][id % SPACE_SLOTS];
}

static int slot_id(const struct cap *c)
{
	for (int i = 0; i < NOBJS; i++)
		if (c == &objs[i].root)
			return i;
	if (c >= &space[0][0] && c < &space[0][0] + NSPACES * SPACE_SLOTS)
		return NOBJS + (int)(c - &space[0][0]);
	return -1;
}

static struct cap *S(int s, int i)
{
	return &space[s][i];
}

static bool is_obj(const struct obj *o)
{
	return o >= &objs[0] && o < &objs[NOBJS];
}

/* Everything empty; every object has its root, as object.c makes it. */
static void reset(void)
{
	static const uint8_t types[NOBJS] = { OBJ_FRAME, OBJ_CAPPAGE, OBJ_THREAD,
					      OBJ_PAGETABLE, OBJ_ACTIVITY, OBJ_REPLY };

	memset(objs, 0, sizeof(objs));
	memset(space, 0, sizeof(space));
	for (int i = 0; i < NOBJS; i++) {
		objs[i].type = types[i];
		objs[i].root = (struct cap){ .obj = &objs[i], .type = types[i],
					     .rights = CAP_ALL };
	}
	for (int s = 0; s < NSPACES; s++) {
		space_obj[s].type = OBJ_CAPPAGE;
		for (int i = 0; i < SPACE_SLOTS; i++) {
			space[s][i].container = &space_obj[s];
			space[s][i].index = (uint16_t)i;
		}
	}
}

static struct obj *expected_container(int id)
{
	return id < NOBJS ? 0 : &space_obj[(id - NOBJS) / SPACE_SLOTS];
}

static uint16_t expected_index(int id)
{
	return id < NOBJS ? 0 : (uint16_t)((id - NOBJS) % SPACE_SLOTS);
}

static int count_on_list(const struct cap *parent, const struct cap *c)
{
	int n = 0, steps = 0;

	for (const struct cap *k = parent->first_child; k; k = k->next_sibling) {
		CHECK(++steps <= NSLOTS, "child list of slot %d loops", slot_id(parent));
		n += k == c;
	}
	return n;
}

/* Count the nodes reachable from c through child lists, c included. */
static int count_subtree(const struct cap *c, int depth)
{
	int n = 1;

	CHECK(depth <= NSLOTS, "child lists form a cycle through slot %d", slot_id(c));
	for (const struct cap *k = c->first_child; k; k = k->next_sibling)
		n += count_subtree(k, depth + 1);
	return n;
}

/* Every invariant of cap.h, on the whole universe of slots. */
static void check_tree(void)
{
	int used = 0, reached = 0, naming[NOBJS] = { 0 };

	for (int id = 0; id < NSLOTS; id++) {
		const struct cap *c = slot(id);

		CHECK(c->container == expected_container(id) && c->index == expected_index(id),
		      "slot %d: container/index changed to %p/%u", id, (void *)c->container,
		      c->index);
		if (cap_is_empty(c)) {
			CHECK(!c->badge && !c->type && !c->rights && !c->reserved && !c->parent &&
			      !c->first_child && !c->next_sibling && !c->prev_sibling,
			      "empty slot %d has leftover fields: badge %lx type %u rights %x "
			      "parent %p child %p next %p prev %p",
			      id, (unsigned long)c->badge, c->type, c->rights, (void *)c->parent,
			      (void *)c->first_child, (void *)c->next_sibling,
			      (void *)c->prev_sibling);
			continue;
		}
		used++;
		CHECK(is_obj(c->obj), "slot %d names no object", id);
		if (is_obj(c->obj) && id >= NOBJS)
			naming[c->obj - objs]++;
		CHECK(c->type == c->obj->type, "slot %d: type %u, object's %u", id, c->type,
		      c->obj->type);
		if (id < NOBJS) {
			CHECK(c->obj == &objs[id] && !c->parent && !c->next_sibling &&
			      !c->prev_sibling, "root %d is not a lone root of its object", id);
			reached += count_subtree(c, 0);
		} else {
			const struct cap *p = c->parent;
			int pid = p ? slot_id(p) : -1;

			CHECK(p, "slot %d: non-root without a parent", id);
			CHECK(pid >= 0 && !cap_is_empty(p), "slot %d: parent %p is not a live slot",
			      id, (void *)p);
			CHECK(p->obj == c->obj, "slot %d and its parent %d name different objects",
			      id, pid);
			CHECK(!(c->rights & ~p->rights),
			      "slot %d has rights %x beyond its parent %d's %x", id, c->rights,
			      pid, p->rights);
			CHECK(count_on_list(p, c) == 1, "slot %d is on parent %d's list %d times",
			      id, pid, count_on_list(p, c));
		}
		/* A cut move's marks come in pairs: src, then dst, its twin. */
		CHECK(c->reserved == 0 || c->reserved == CAP_MOVING || c->reserved == CAP_MOVE_DST,
		      "slot %d: reserved %#x", id, c->reserved);
		if (c->reserved == CAP_MOVING)
			CHECK(c->next_sibling && cap_moving_to(c, c->next_sibling),
			      "slot %d is marked moving, but not to its next sibling", id);
		if (c->reserved == CAP_MOVE_DST)
			CHECK(c->prev_sibling && cap_moving_to(c->prev_sibling, c),
			      "slot %d is marked as a move's destination, but not its previous "
			      "sibling's", id);
		/* The child list, walked forwards, agrees with the back links. */
		const struct cap *prev = 0;
		int steps = 0;
		for (const struct cap *k = c->first_child; k; prev = k, k = k->next_sibling) {
			CHECK(++steps <= NSLOTS, "child list of slot %d loops", id);
			CHECK(slot_id(k) >= 0 && !cap_is_empty(k),
			      "slot %d lists a dead or foreign child %p", id, (void *)k);
			CHECK(k->parent == c, "child %d of slot %d points at parent %d",
			      slot_id(k), id, k->parent ? slot_id(k->parent) : -1);
			CHECK(k->prev_sibling == prev, "child %d of slot %d: prev_sibling wrong",
			      slot_id(k), id);
		}
	}
	/* Nothing is cut off from its object's root. */
	CHECK(reached == used, "%d live slots, only %d reachable from the roots", used,
	      reached);
	for (int i = 0; i < NOBJS; i++)
		CHECK(objs[i].ncaps == (uint32_t)naming[i],
		      "object %d counts %u capabilities, %d slots name it", i, objs[i].ncaps,
		      naming[i]);
}

static struct cap *derive(struct cap *dst, struct cap *src, uint8_t mask)
{
	cap_derive(dst, src, mask);
	return dst;
}

/* The revoke loop of cap/ops.c, minus the container side effects. */
static int revoke(struct cap *c)
{
	struct cap *leaf;
	int n = 0;

	while ((leaf = cap_first_leaf(c)) != 0) {
		CHECK(!leaf->first_child, "cap_first_leaf gave slot %d, which has children",
		      slot_id(leaf));
		cap_unlink(leaf);
		CHECK(++n <= NSLOTS, "revoke of slot %d does not terminate", slot_id(c));
	}
	return n;
}

/* ---- directed tests ------------------------------------------------- */

static void test_derive_rights(void)
{
	CONTEXT("derive rights");
	for (unsigned r = 0; r <= CAP_ALL; r++) {
		for (unsigned m = 0; m <= 0xff; m++) {
			reset();
			struct cap *a = derive(S(0, 3), &objs[0].root, (uint8_t)r);
			a->badge = 0x1234;      /* as mint does after deriving */
			struct cap *b = derive(S(2, 60), a, (uint8_t)m);
			CHECK(b->rights == (r & m), "rights %x & mask %x gave %x", r, m, b->rights);
			CHECK(b->obj == &objs[0] && b->type == OBJ_FRAME && b->badge == 0x1234,
			      "derive did not copy obj/type/badge");
			CHECK(b->parent == a && a->first_child == b && a->parent == &objs[0].root,
			      "derive links wrong");
			check_tree();
		}
	}
}

/*
 * Two objects, A's tree three levels deep spread over all four spaces, B's
 * interleaved in the same spaces. Revoking a level-1 node of A deletes
 * exactly its five descendants: every other slot stays byte for byte.
 */
static void test_three_levels(void)
{
	struct cap *ra = &objs[0].root, *rb = &objs[1].root;
	struct cap snap[NSLOTS];

	CONTEXT("three-level tree over four spaces");
	reset();
	struct cap *a0 = derive(S(0, 1), ra, CAP_ALL);
	struct cap *a1 = derive(S(1, 5), ra, CAP_R | CAP_W);
	struct cap *a2 = derive(S(2, 7), ra, CAP_R);
	struct cap *b0 = derive(S(1, 0), a0, CAP_R | CAP_X | CAP_G);
	struct cap *b1 = derive(S(3, 9), a0, CAP_ALL);
	struct cap *b2 = derive(S(0, 2), a1, CAP_ALL);
	struct cap *c0 = derive(S(2, 0), b0, CAP_R);
	struct cap *c1 = derive(S(2, 1), b0, CAP_ALL);
	struct cap *c2 = derive(S(0, 3), b1, CAP_W);
	/* B, sharing the spaces */
	struct cap *x0 = derive(S(0, 4), rb, CAP_ALL);
	struct cap *x1 = derive(S(3, 10), x0, CAP_R);
	derive(S(2, 2), x1, CAP_R);
	derive(S(1, 6), rb, CAP_W);
	check_tree();

	CHECK(b0->rights == (CAP_R | CAP_X | CAP_G) && c1->rights == b0->rights &&
	      b2->rights == (CAP_R | CAP_W) && c2->rights == CAP_W,
	      "rights did not shrink along the chain");
	/* Children are prepended, so the first leaf is below the last child. */
	CHECK(cap_first_leaf(a0) == c2, "first leaf of a0 is slot %d",
	      slot_id(cap_first_leaf(a0)));
	CHECK(cap_first_leaf(ra) == a2, "first leaf of A's root is slot %d",
	      slot_id(cap_first_leaf(ra)));
	CHECK(cap_first_leaf(b1) == c2 && cap_first_leaf(a1) == b2, "first leaf of b1/a1");
	CHECK(cap_first_leaf(a2) == 0 && cap_first_leaf(c0) == 0, "a leaf has a first leaf");

	for (int i = 0; i < NSLOTS; i++)
		snap[i] = *slot(i);
	CHECK(revoke(a0) == 5, "revoke of a0 deleted the wrong number of capabilities");
	check_tree();
	const struct cap *gone[] = { b0, b1, c0, c1, c2 };
	for (int i = 0; i < NSLOTS; i++) {
		struct cap *c = slot(i), want = snap[i];
		bool deleted = false;

		for (unsigned g = 0; g < sizeof(gone) / sizeof(gone[0]); g++)
			deleted |= c == gone[g];
		if (deleted) {
			CHECK(cap_is_empty(c), "descendant slot %d survived revoke", i);
			continue;
		}
		if (c == a0)
			want.first_child = 0;
		CHECK(!memcmp(c, &want, sizeof(want)), "slot %d changed by revoking a0", i);
	}

	/* Destroying A: revoke its root. B is untouched. */
	for (int i = 0; i < NSLOTS; i++)
		snap[i] = *slot(i);
	CHECK(revoke(ra) == 4, "revoke of A's root: wrong count");
	check_tree();
	for (int i = 0; i < NSLOTS; i++) {
		struct cap *c = slot(i);

		if (snap[i].obj == &objs[0] && c != ra)
			CHECK(cap_is_empty(c), "slot %d of A survived", i);
		else if (c != ra)
			CHECK(!memcmp(c, &snap[i], sizeof(*c)), "slot %d changed", i);
	}
	CHECK(!ra->first_child && ra->obj == &objs[0], "A's root damaged");
}

static void test_revoke_leaf(void)
{
	struct cap snap[NSLOTS];

	CONTEXT("revoke of a leaf");
	reset();
	struct cap *a = derive(S(0, 0), &objs[2].root, CAP_ALL);
	struct cap *b = derive(S(1, 0), a, CAP_ALL);
	derive(S(1, 1), a, CAP_R);
	for (int i = 0; i < NSLOTS; i++)
		snap[i] = *slot(i);
	CHECK(revoke(b) == 0, "revoking a leaf deleted something");
	CHECK(revoke(&objs[3].root) == 0, "revoking a childless root deleted something");
	for (int i = 0; i < NSLOTS; i++)
		CHECK(!memcmp(slot(i), &snap[i], sizeof(struct cap)), "slot %d changed", i);
	check_tree();
}

/* Child lists as slot ids, in order, terminated by -1. */
static void children(const struct cap *c, int *out)
{
	int n = 0;

	for (const struct cap *k = c->first_child; k; k = k->next_sibling)
		out[n++] = slot_id(k);
	out[n] = -1;
}

static void test_unlink(void)
{
	int before[NSLOTS + 1], after[NSLOTS + 1];

	CONTEXT("unlink");
	reset();
	struct cap *r = &objs[0].root;
	struct cap *p = derive(S(0, 0), r, CAP_R | CAP_W);
	struct cap *s1 = derive(S(0, 1), p, CAP_R);
	struct cap *mid = derive(S(1, 0), p, CAP_ALL);  /* rights are p's: R|W */
	struct cap *s3 = derive(S(0, 2), p, CAP_W);
	struct cap *k1 = derive(S(2, 0), mid, CAP_R);
	struct cap *k2 = derive(S(2, 1), mid, CAP_W);
	struct cap *g = derive(S(3, 0), k1, CAP_R);
	check_tree();

	/* Middle of the sibling list: its children join p's list, g stays under k1. */
	cap_unlink(mid);
	check_tree();
	CHECK(cap_is_empty(mid), "unlinked slot not empty");
	CHECK(k1->parent == p && k2->parent == p && g->parent == k1,
	      "children not handed to the parent");
	CHECK(k1->rights == CAP_R && k2->rights == CAP_W, "handed-over rights changed");
	CHECK(count_on_list(p, s1) == 1 && count_on_list(p, s3) == 1,
	      "siblings lost from the list");

	/* First (a childless one), then last, of the list; then the rest. */
	cap_unlink(g);
	check_tree();
	CHECK(!k1->first_child, "g still under k1");
	children(p, before);
	cap_unlink(p->first_child);
	children(p, after);
	CHECK(!memcmp(before + 1, after, sizeof(int) * 4), "unlinking the first child "
	      "reordered the rest");
	struct cap *last = p->first_child;
	while (last->next_sibling)
		last = last->next_sibling;
	cap_unlink(last);
	check_tree();
	while (p->first_child)
		cap_unlink(p->first_child);
	check_tree();
	CHECK(p->first_child == 0, "list not empty");
}

/*
 * A root has no parent. Unlinking one is not something the kernel does
 * (an object's root is only ever revoked), but cap_unlink allows it: the
 * children become parentless. Pin that behaviour down.
 */
static void test_unlink_root(void)
{
	CONTEXT("unlink of a root");
	reset();
	struct cap *r = &objs[4].root;
	struct cap *x = derive(S(0, 0), r, CAP_ALL);
	struct cap *y = derive(S(1, 0), r, CAP_R);
	struct cap *z = derive(S(2, 0), r, CAP_W);
	struct cap *g = derive(S(3, 0), y, CAP_R);

	cap_unlink(r);
	CHECK(cap_is_empty(r) && !r->first_child && !r->parent && !r->badge && !r->rights &&
	      !r->type, "root slot not emptied");
	CHECK(!r->container && !r->index, "root's container/index changed");
	for (struct cap *k = x; k; k = k == x ? y : k == y ? z : 0)
		CHECK(k->obj == &objs[4] && !k->parent && !k->prev_sibling && !k->next_sibling,
		      "child %d not detached cleanly", slot_id(k));
	CHECK(y->first_child == g && g->parent == y && y->rights == CAP_R,
	      "grandchild moved");
}

static void test_move(void)
{
	int before[NSLOTS + 1], after[NSLOTS + 1];

	CONTEXT("move");
	reset();
	struct cap *r = &objs[1].root;
	struct cap *p = derive(S(0, 0), r, CAP_ALL);
	derive(S(0, 1), p, CAP_R);
	struct cap *m = derive(S(0, 2), p, CAP_R | CAP_W);
	derive(S(0, 3), p, CAP_W);
	m->badge = 77;
	/* m gets many children, spread over the spaces. */
	int nkids = 0;
	for (int s = 1; s < NSPACES; s++)
		for (int i = 0; i < SPACE_SLOTS; i++, nkids++)
			derive(S(s, i), m, (uint8_t)i);
	derive(S(0, 10), S(1, 3), CAP_ALL);   /* a grandchild */
	check_tree();

	children(p, before);
	int kids_before[NSLOTS + 1];
	children(m, kids_before);
	struct cap *dst = S(0, 40);
	cap_move(dst, m);
	check_tree();
	children(p, after);
	for (int i = 0; before[i] >= 0; i++)
		CHECK(after[i] == (before[i] == slot_id(m) ? slot_id(dst) : before[i]),
		      "move changed the sibling order at position %d", i);
	int kids_after[NSLOTS + 1];
	children(dst, kids_after);
	CHECK(!memcmp(kids_before, kids_after, sizeof(int) * (nkids + 1)),
	      "move reordered the %d children", nkids);
	CHECK(dst->badge == 77 && dst->rights == (CAP_R | CAP_W) && dst->parent == p,
	      "moved node lost its contents");
	CHECK(S(0, 10)->parent == S(1, 3), "grandchild re-parented");
	CHECK(dst->container == &space_obj[0] && dst->index == 40 &&
	      m->container == &space_obj[0] && m->index == 2, "container/index changed");

	/* Move the first and then the last child of p, across spaces. */
	struct cap *first = p->first_child;
	cap_move(S(0, 20), first);
	check_tree();
	CHECK(p->first_child == S(0, 20), "moving the first child did not update the parent");
	struct cap *last = p->first_child;
	while (last->next_sibling)
		last = last->next_sibling;
	struct cap *prev = last->prev_sibling;
	/* Free a slot to move into: one of dst's leaves. */
	struct cap *leaf = cap_first_leaf(dst);
	int leaf_id = slot_id(leaf);
	cap_unlink(leaf);
	cap_move(leaf, last);
	check_tree();
	CHECK(prev->next_sibling == slot(leaf_id) && !slot(leaf_id)->next_sibling,
	      "moving the last child did not relink its predecessor");

	/* Revoke through the moved node still finds every descendant: its
	 * children less the leaf reused above, plus the grandchild. */
	CHECK(revoke(dst) == nkids - 1 + 1, "revoke after move: wrong count");
	check_tree();
}

/*
 * A cut move's pair stays whole when its parent's children are handed on
 * (deleted, a delete cut half way, the parent itself moved a step at a
 * time), and either half moved or deleted alone ends the move: its
 * partner is no longer taken for a move under way.
 */
static void test_cut_move_pairs(void)
{
	CONTEXT("cut move pairs");
	reset();
	struct cap *g = derive(S(0, 0), &objs[0].root, CAP_ALL);
	struct cap *p = derive(S(0, 1), g, CAP_ALL);
	derive(S(0, 2), p, CAP_R);
	struct cap *src = derive(S(0, 3), p, CAP_R | CAP_W);
	derive(S(0, 4), p, CAP_W);
	derive(S(0, 5), src, CAP_R);
	derive(S(0, 6), src, CAP_R);
	struct cap *dst = S(0, 7);
	cap_move_begin(dst, src);
	CHECK(!cap_move_children(dst, src, 1), "one of two children moved: not done");
	check_tree();
	CHECK(cap_moving_to(src, dst), "the move is not under way");

	/* p's children handed to g one at a time, then p deleted. */
	while (!cap_adopt_children(p, 1))
		check_tree();
	CHECK(cap_moving_to(src, dst) && src->parent == g && dst->parent == g,
	      "adopting split the pair");
	cap_unlink(p);
	check_tree();

	/* g moved a step at a time, with the pair among its children. */
	struct cap *g2 = S(1, 0);
	cap_move_begin(g2, g);
	while (!cap_move_children(g2, g, 1))
		check_tree();
	cap_move_end(g2, g);
	check_tree();
	CHECK(cap_moving_to(src, dst) && src->parent == g2, "moving the parent split the pair");

	/* g2 deleted whole: the pair goes to the root. */
	cap_unlink(g2);
	check_tree();
	CHECK(cap_moving_to(src, dst) && src->parent == &objs[0].root, "unlink split the pair");

	/* The move finishes. */
	CHECK(cap_move_children(dst, src, 8), "the last child did not move");
	cap_move_end(dst, src);
	check_tree();
	CHECK(cap_is_empty(src) && !dst->reserved && dst->first_child, "the move did not end");

	/* Again, and this time the destination is deleted on its own. */
	src = S(2, 0);
	cap_move(src, dst);
	derive(S(2, 1), src, CAP_R);
	dst = S(2, 2);
	cap_move_begin(dst, src);
	check_tree();
	cap_unlink(dst);
	check_tree();
	CHECK(!src->reserved, "the source kept its mark after its destination went");
	/* And the source moved on its own. */
	dst = S(2, 3);
	cap_move_begin(dst, src);
	cap_move(S(2, 4), src);
	check_tree();
	CHECK(!dst->reserved && !S(2, 4)->reserved, "a mark outlived the move");
}

/* ---- random operations against a model ------------------------------ */

struct mslot {
	bool used;
	int parent;         /* slot id, -1 for a root */
	struct obj *obj;
	uint8_t rights;
	uint64_t badge;
};

static struct mslot model[NSLOTS];

static void model_reset(void)
{
	memset(model, 0, sizeof(model));
	for (int i = 0; i < NOBJS; i++)
		model[i] = (struct mslot){ .used = true, .parent = -1, .obj = &objs[i],
					   .rights = CAP_ALL };
}

static bool model_is_descendant(int d, int a)
{
	for (int p = model[d].parent; p >= 0; p = model[p].parent)
		if (p == a)
			return true;
	return false;
}

static int model_children(int id)
{
	int n = 0;

	for (int i = 0; i < NSLOTS; i++)
		n += model[i].used && model[i].parent == id;
	return n;
}

static void compare_model(void)
{
	for (int id = 0; id < NSLOTS; id++) {
		const struct cap *c = slot(id);
		const struct mslot *m = &model[id];

		CHECK(m->used == !cap_is_empty(c), "slot %d: model says %s", id,
		      m->used ? "live" : "empty");
		if (!m->used)
			continue;
		CHECK((c->parent ? slot_id(c->parent) : -1) == m->parent,
		      "slot %d: parent %d, model %d", id,
		      c->parent ? slot_id(c->parent) : -1, m->parent);
		CHECK(c->obj == m->obj && c->rights == m->rights && c->badge == m->badge,
		      "slot %d: contents differ from the model", id);
		int n = 0;
		for (const struct cap *k = c->first_child; k; k = k->next_sibling)
			n++;
		CHECK(n == model_children(id), "slot %d: %d children, model %d", id, n,
		      model_children(id));
	}
}

/* A random slot that is live (or empty), not a root unless roots_ok. */
static int pick(bool live, bool roots_ok)
{
	for (int tries = 0; tries < 4 * NSLOTS; tries++) {
		int id = (int)rng_below(NSLOTS);
		if (model[id].used == live && (roots_ok || id >= NOBJS))
			return id;
	}
	return -1;
}

/*
 * What the kernel's bounded steps do, on the tree and on the model: hand
 * up to max of a's first children to slot to (as cap_adopt_children, or
 * as cap_move_children when moving), a cut move's pair counting as one.
 */
static void hand_step(int a, int to, unsigned max, bool moving)
{
	int expect[NSLOTS + 1], n = 0;

	for (const struct cap *k = slot(a)->first_child; k && n < (int)max; n++) {
		const struct cap *next = k->next_sibling;
		model[slot_id(k)].parent = to;
		if (k->reserved == CAP_MOVING && next && cap_moving_to(k, next)) {
			model[slot_id(next)].parent = to;
			next = next->next_sibling;
		}
		k = next;
	}
	bool done = moving ? cap_move_children(slot(to), slot(a), max)
			   : cap_adopt_children(slot(a), max);
	children(slot(a), expect);
	CHECK(done == (expect[0] < 0), "handing children on: done is %d, %s left", done,
	      expect[0] < 0 ? "none" : "some");
}

/* One step of a cut move from a to b: a few children, and the end when
 * a has none left. */
static void move_step(int a, int b)
{
	hand_step(a, b, rng_below(4), true);
	if (!slot(a)->first_child) {
		cap_move_end(slot(b), slot(a));
		model[a] = (struct mslot){ 0 };
	}
}

static void random_round(uint64_t seed, int steps)
{
	int counts[4] = { 0 };
	long live_sum = 0;

	rng_state = seed;
	reset();
	model_reset();
	for (int step = 0; step < steps; step++) {
		unsigned op = rng_below(100);
		int a, b;

		if (op < 40) {                  /* derive (a quarter of them minted) */
			a = pick(true, true);
			b = pick(false, false);
			if (a < 0 || b < 0)
				continue;
			uint8_t mask = (uint8_t)rng();
			CONTEXT("random seed %#lx step %d: derive %d -> %d mask %x",
				(unsigned long)seed, step, a, b, mask);
			cap_derive(slot(b), slot(a), mask);
			model[b] = (struct mslot){ .used = true, .parent = a, .obj = model[a].obj,
						   .rights = model[a].rights & mask,
						   .badge = model[a].badge };
			if (rng_below(4) == 0)
				slot(b)->badge = model[b].badge = rng() | 1;
			counts[0]++;
		} else if (op < 60) {           /* move */
			a = pick(true, false);
			b = pick(false, false);
			if (a < 0 || b < 0)
				continue;
			CONTEXT("random seed %#lx step %d: move %d -> %d", (unsigned long)seed,
				step, a, b);
			int sibs[NSLOTS + 1], kids[NSLOTS + 1], sibs2[NSLOTS + 1],
				kids2[NSLOTS + 1];
			children(slot(model[a].parent), sibs);
			children(slot(a), kids);
			cap_move(slot(b), slot(a));
			children(slot(model[a].parent), sibs2);
			children(slot(b), kids2);
			for (int i = 0; sibs[i] >= 0; i++)
				CHECK(sibs2[i] == (sibs[i] == a ? b : sibs[i]),
				      "sibling order changed at %d", i);
			for (int i = 0; kids[i] >= 0; i++)
				CHECK(kids2[i] == kids[i], "child order changed at %d", i);
			model[b] = model[a];
			model[a] = (struct mslot){ 0 };
			for (int i = 0; i < NSLOTS; i++)
				if (model[i].used && model[i].parent == a)
					model[i].parent = b;
			counts[1]++;
		} else if (op < 66) {           /* a move cut after a few children */
			a = pick(true, false);
			b = pick(false, false);
			if (a < 0 || b < 0 || slot(a)->reserved)
				continue;
			CONTEXT("random seed %#lx step %d: cut move %d -> %d", (unsigned long)seed,
				step, a, b);
			cap_move_begin(slot(b), slot(a));
			model[b] = model[a];
			move_step(a, b);
			counts[1]++;
		} else if (op < 72) {           /* a cut move goes on, if it is still one */
			a = pick(true, false);
			if (a < 0 || slot(a)->reserved != CAP_MOVING)
				continue;
			b = slot_id(slot(a)->next_sibling);
			CONTEXT("random seed %#lx step %d: resume move %d -> %d",
				(unsigned long)seed, step, a, b);
			move_step(a, b);
			counts[1]++;
		} else if (op < 78) {           /* a delete cut after a few children */
			a = pick(true, false);
			if (a < 0)
				continue;
			CONTEXT("random seed %#lx step %d: adopt from %d", (unsigned long)seed,
				step, a);
			hand_step(a, model[a].parent, rng_below(4), false);
			counts[2]++;
		} else if (op < 90) {           /* delete */
			a = pick(true, false);
			if (a < 0)
				continue;
			CONTEXT("random seed %#lx step %d: unlink %d", (unsigned long)seed, step,
				a);
			cap_unlink(slot(a));
			for (int i = 0; i < NSLOTS; i++)
				if (model[i].used && model[i].parent == a)
					model[i].parent = model[a].parent;
			model[a] = (struct mslot){ 0 };
			counts[2]++;
		} else {                        /* revoke, now and then of a root */
			a = pick(true, rng_below(10) == 0);
			if (a < 0)
				continue;
			CONTEXT("random seed %#lx step %d: revoke %d", (unsigned long)seed, step,
				a);
			int expect = 0;
			for (int i = 0; i < NSLOTS; i++)
				expect += model[i].used && model_is_descendant(i, a);
			struct cap *leaf;
			int n = 0;
			while ((leaf = cap_first_leaf(slot(a))) != 0) {
				int l = slot_id(leaf);
				CHECK(l >= 0 && model[l].used && model_is_descendant(l, a) &&
				      model_children(l) == 0,
				      "cap_first_leaf gave slot %d: not a leaf below %d", l, a);
				cap_unlink(leaf);
				model[l] = (struct mslot){ 0 };
				CHECK(++n <= expect, "revoke deletes more than the %d descendants",
				      expect);
			}
			CHECK(n == expect, "revoke deleted %d of %d descendants", n, expect);
			counts[3]++;
		}
		check_tree();
		compare_model();
		for (int i = 0; i < NSLOTS; i++)
			live_sum += model[i].used;
	}
	printf("  seed %#lx: %d derive, %d move (whole or a step), %d delete (whole or a step), "
	       "%d revoke; %ld live on average\n",
	       (unsigned long)seed, counts[0], counts[1], counts[2], counts[3],
	       live_sum / steps);
}

int main(void)
{
	const uint64_t seed = 0x5eed0cab1e5UL;

	test_derive_rights();
	test_three_levels();
	test_revoke_leaf();
	test_unlink();
	test_unlink_root();
	test_move();
	test_cut_move_pairs();
	printf("random derivation trees, base seed %#lx\n", (unsigned long)seed);
	for (uint64_t i = 0; i < 8; i++)
		random_round(seed + i * 0x9e3779b97f4a7c15UL, 5000);
	printf("cap tree: all passed\n");
	return 0;
}
