/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * The capability-space walk (cap/cspace.c) over fake Sv39 trees in host
 * memory: page-table objects whose slot frames are calloc'd arrays, capability
 * pages and frames at the leaves. Every outcome of cspace_lookup and
 * cspace_frame_at is checked on hand-built trees, then both are compared
 * with a reference walker on random sparse trees (fixed, printed seed).
 */
#include <string.h>
#include <cap/cappage.h>
#include <cap/cspace.h>
#include <kern/pagetable.h>
#include "check.h"

/* Everything a tree is made of, so that it can all be freed: ASan's leak
 * check runs at exit. */
static void **allocs;
static size_t nallocs, allocs_cap;

static void *xcalloc(size_t n, size_t size)
{
	void *p = calloc(n, size);

	CHECK(p, "out of memory");
	if (nallocs == allocs_cap) {
		allocs_cap = allocs_cap ? 2 * allocs_cap : 256;
		allocs = realloc(allocs, allocs_cap * sizeof(*allocs));
		CHECK(allocs, "out of memory");
	}
	allocs[nallocs++] = p;
	return p;
}

static void free_all(void)
{
	while (nallocs)
		free(allocs[--nallocs]);
}

static void init_hdr(struct obj *o, uint8_t type)
{
	o->type = type;
	o->root = (struct cap){ .obj = o, .type = type, .rights = CAP_ALL };
}

static struct pagetable *new_pt(unsigned level)
{
	struct pagetable *pt = xcalloc(1, sizeof(*pt));

	init_hdr(&pt->hdr, OBJ_PAGETABLE);
	pt->level = (uint8_t)level;
	for (unsigned f = 0; f < PT_SLOT_FRAMES; f++) {
		pt->slots[f] = xcalloc(CAP_SLOTS_PER_PAGE, sizeof(struct cap));
		for (unsigned i = 0; i < CAP_SLOTS_PER_PAGE; i++) {
			pt->slots[f][i].container = &pt->hdr;
			pt->slots[f][i].index = (uint16_t)(f * CAP_SLOTS_PER_PAGE + i);
		}
	}
	return pt;
}

static struct cappage *new_cappage(void)
{
	struct cappage *cp = xcalloc(1, sizeof(*cp));

	init_hdr(&cp->hdr, OBJ_CAPPAGE);
	cp->slots = xcalloc(CAP_SLOTS_PER_PAGE, sizeof(struct cap));
	for (unsigned i = 0; i < CAP_SLOTS_PER_PAGE; i++) {
		cp->slots[i].container = &cp->hdr;
		cp->slots[i].index = (uint16_t)i;
	}
	return cp;
}

static struct frame *new_frame(uint8_t type)
{
	struct frame *f = xcalloc(1, sizeof(*f));

	init_hdr(&f->hdr, type);
	return f;
}

/* Entry i of a table, found without pt_slot(): the slots are 8 frames of 64. */
static struct cap *entry(struct pagetable *pt, uint64_t i)
{
	return &pt->slots[i / CAP_SLOTS_PER_PAGE][i % CAP_SLOTS_PER_PAGE];
}

static void install(struct pagetable *pt, unsigned i, struct obj *o, uint8_t rights)
{
	struct cap *s = entry(pt, i);

	s->obj = o;
	s->type = o->type;
	s->rights = rights;
}

static struct pagetable *install_pt(struct pagetable *pt, unsigned i)
{
	struct pagetable *child = new_pt(pt->level - 1u);

	install(pt, i, &child->hdr, CAP_ALL);
	return child;
}

static uint64_t va(uint64_t v2, uint64_t v1, uint64_t v0, uint64_t off)
{
	return v2 << 30 | v1 << 21 | v0 << 12 | off;
}

static const char *err_name(int err)
{
	static const char *names[] = { "OK", "BAD_SYSCALL", "BAD_METHOD", "BAD_ARG",
				       "CADDR_KERNEL", "CADDR_ALIGN", "NO_SPACE", "NO_TABLE",
				       "NOT_CAPPAGE" };

	return err >= 0 && err < (int)(sizeof(names) / sizeof(names[0])) ? names[err] : "?";
}

static void expect_lookup(struct pagetable *root, uint64_t a, int err, int level,
			  const struct cap *slot)
{
	struct lookup r = cspace_lookup(root, a);

	CHECK(r.err == err, "lookup %#lx: %s, expected %s", (unsigned long)a,
	      err_name(r.err), err_name(err));
	if (err == ERR_NO_TABLE)
		CHECK(r.level == level, "lookup %#lx: NO_TABLE at level %d, expected %d",
		      (unsigned long)a, r.level, level);
	if (err == ERR_OK)
		CHECK(r.slot == slot, "lookup %#lx: slot %p, expected %p", (unsigned long)a,
		      (void *)r.slot, (void *)slot);
}

/* ---- directed tests ------------------------------------------------- */

static void test_success(void)
{
	CONTEXT("lookup success");
	struct pagetable *root = new_pt(2);
	/* The root task's layout: ROOT_CAPPAGE is (128, 0, 0). */
	struct pagetable *l1 = install_pt(root, 128);
	struct pagetable *l0 = install_pt(l1, 0);
	struct cappage *cp = new_cappage();
	install(l0, 0, &cp->hdr, CAP_ALL);
	for (unsigned n = 0; n < CAP_SLOTS_PER_PAGE; n++)
		expect_lookup(root, ROOT_SLOT(n), ERR_OK, 0, &cp->slots[n]);
	/* The slot comes back even when empty: emptiness is the caller's call. */
	CHECK(cap_is_empty(cspace_lookup(root, ROOT_SLOT(5)).slot), "slot not empty");

	/* Indices either side of a slot-frame boundary at every level, the top
	 * user address and address 0. */
	static const unsigned idx[][3] = { { 0, 0, 0 },     { 63, 64, 511 },
					   { 64, 511, 63 }, { 255, 63, 64 },
					   { 255, 511, 511 }, { 127, 448, 1 } };
	for (unsigned t = 0; t < sizeof(idx) / sizeof(idx[0]); t++) {
		struct pagetable *a = root, *b;
		struct cap *e;

		e = entry(a, idx[t][0]);
		b = e->obj ? (struct pagetable *)e->obj : install_pt(a, idx[t][0]);
		e = entry(b, idx[t][1]);
		a = e->obj ? (struct pagetable *)e->obj : install_pt(b, idx[t][1]);
		struct cappage *p = new_cappage();
		install(a, idx[t][2], &p->hdr, CAP_R);
		for (unsigned n = 0; n < CAP_SLOTS_PER_PAGE; n += 21) {
			uint64_t addr = va(idx[t][0], idx[t][1], idx[t][2], n * CAP_SLOT_SIZE);
			expect_lookup(root, addr, ERR_OK, 0, &p->slots[n]);
			CHECK(p->slots[n].container == &p->hdr && p->slots[n].index == n,
			      "wrong page");
		}
	}
	expect_lookup(root, USER_ADDR_LIMIT - CAP_SLOT_SIZE, ERR_OK, 0,
		      &((struct cappage *)entry((struct pagetable *)entry((struct pagetable *)
			entry(root, 255)->obj, 511)->obj, 511)->obj)->slots[63]);
	free_all();
}

static void test_errors(void)
{
	CONTEXT("lookup errors");
	struct pagetable *root = new_pt(2);
	struct pagetable *l1 = install_pt(root, 3);
	struct pagetable *l0 = install_pt(l1, 7);
	struct cappage *cp = new_cappage();
	struct frame *fr = new_frame(OBJ_FRAME), *dev = new_frame(OBJ_DEVFRAME);
	install(l0, 9, &cp->hdr, CAP_ALL);
	install(l0, 10, &fr->hdr, CAP_R | CAP_W);
	install(l0, 11, &dev->hdr, CAP_R | CAP_W);
	/* A full valid subtree in the kernel half: if the limit check were
	 * missing or wrong, these addresses would resolve. */
	struct pagetable *k1 = install_pt(root, 256 + 3);
	struct pagetable *k0 = install_pt(k1, 7);
	install(k0, 9, &cp->hdr, CAP_ALL);
	/* ... and at the very first kernel address, 1 << 38 = (256, 0, 0). */
	struct pagetable *k0_first = install_pt(install_pt(root, 256), 0);
	install(k0_first, 0, &fr->hdr, CAP_R);
	install(k0_first, 1, &cp->hdr, CAP_ALL);
	expect_lookup(root, va(3, 7, 9, 128), ERR_OK, 0, &cp->slots[2]);

	/* The kernel half, the non-canonical middle, and the first address past
	 * the user half; the check comes first, before the root or alignment. */
	const uint64_t kernel[] = { USER_ADDR_LIMIT, 1UL << 38, 0xffffffc000000000UL,
				    UINT64_MAX, 0x8000000000UL, (1UL << 38) + 64,
				    va(256 + 3, 7, 9, 128), 0xffffffc000000000UL + 0x24c09000,
				    1UL << 63 };
	for (unsigned i = 0; i < sizeof(kernel) / sizeof(kernel[0]); i++) {
		expect_lookup(root, kernel[i], ERR_CADDR_KERNEL, 0, 0);
		expect_lookup(0, kernel[i], ERR_CADDR_KERNEL, 0, 0);
		expect_lookup(root, kernel[i] | 1, ERR_CADDR_KERNEL, 0, 0);
		CHECK(!cspace_frame_at(root, kernel[i]), "frame at kernel address %#lx",
		      (unsigned long)kernel[i]);
	}

	/* Misaligned: checked before the root and the walk. */
	static const unsigned bad_off[] = { 1, 8, 32, 63, 65, 100, 4031, 4095 };
	for (unsigned i = 0; i < sizeof(bad_off) / sizeof(bad_off[0]); i++) {
		expect_lookup(root, va(3, 7, 9, bad_off[i]), ERR_CADDR_ALIGN, 0, 0);
		expect_lookup(root, va(200, 0, 0, bad_off[i]), ERR_CADDR_ALIGN, 0, 0);
		expect_lookup(0, va(3, 7, 9, bad_off[i]), ERR_CADDR_ALIGN, 0, 0);
		expect_lookup(root, va(3, 7, 10, bad_off[i]), ERR_CADDR_ALIGN, 0, 0);
	}

	expect_lookup(0, va(3, 7, 9, 0), ERR_NO_SPACE, 0, 0);
	expect_lookup(0, 0, ERR_NO_SPACE, 0, 0);

	/* The level reported is the table whose entry was empty. */
	expect_lookup(root, va(4, 7, 9, 0), ERR_NO_TABLE, 2, 0);
	expect_lookup(root, va(0, 0, 0, 0), ERR_NO_TABLE, 2, 0);
	expect_lookup(root, va(255, 511, 511, 4032), ERR_NO_TABLE, 2, 0);
	expect_lookup(root, va(3, 8, 9, 0), ERR_NO_TABLE, 1, 0);
	expect_lookup(root, va(3, 6, 9, 64), ERR_NO_TABLE, 1, 0);
	expect_lookup(root, va(3, 7, 8, 0), ERR_NO_TABLE, 0, 0);
	expect_lookup(root, va(3, 7, 9 + 64, 0), ERR_NO_TABLE, 0, 0);

	expect_lookup(root, va(3, 7, 10, 0), ERR_NOT_CAPPAGE, 0, 0);
	expect_lookup(root, va(3, 7, 10, 4032), ERR_NOT_CAPPAGE, 0, 0);
	expect_lookup(root, va(3, 7, 11, 64), ERR_NOT_CAPPAGE, 0, 0);

	/* cspace_frame_at: the level-0 slot holding the frame, any offset. */
	CONTEXT("cspace_frame_at");
	for (uint64_t off = 0; off < 4096; off += 511) {
		CHECK(cspace_frame_at(root, va(3, 7, 10, off)) == entry(l0, 10),
		      "frame at offset %lu", (unsigned long)off);
		CHECK(cspace_frame_at(root, va(3, 7, 11, off)) == entry(l0, 11),
		      "device frame at offset %lu", (unsigned long)off);
		CHECK(!cspace_frame_at(root, va(3, 7, 9, off)), "a capability page as a frame");
		CHECK(!cspace_frame_at(root, va(3, 7, 8, off)), "frame in an empty entry");
		CHECK(!cspace_frame_at(root, va(3, 8, 10, off)), "frame with no level-0 table");
		CHECK(!cspace_frame_at(root, va(4, 7, 10, off)), "frame with no level-1 table");
		CHECK(!cspace_frame_at(0, va(3, 7, 10, off)), "frame with no root");
	}
	free_all();
}

/* ---- random trees against a reference walker ------------------------- */

struct ref {
	int err;
	int level;
	struct cap *slot;   /* lookup: the cap-page slot */
	struct cap *frame;  /* frame_at: the frame's level-0 slot */
};

/* The walk again, by division rather than shifts and masks, checking the
 * tree's own invariants on the way. */
static struct ref ref_walk(struct pagetable *root, uint64_t a, bool for_caps)
{
	const uint64_t page = 4096, fan = PT_SLOTS;
	uint64_t idx[PT_LEVELS] = { a / page % fan, a / page / fan % fan,
				    a / page / fan / fan % fan };
	struct pagetable *t = root;

	if (a >= (uint64_t)1 << 38)
		return (struct ref){ .err = ERR_CADDR_KERNEL };
	if (for_caps && a % 64)
		return (struct ref){ .err = ERR_CADDR_ALIGN };
	if (!root)
		return (struct ref){ .err = ERR_NO_SPACE };
	for (int level = 2; level >= 1; level--) {
		struct cap *e = entry(t, idx[level]);
		if (!e->obj)
			return (struct ref){ .err = ERR_NO_TABLE, .level = level };
		CHECK(e->type == OBJ_PAGETABLE, "test tree broken");
		t = (struct pagetable *)e->obj;
		CHECK(t->level == level - 1, "test tree broken");
	}
	struct cap *leaf = entry(t, idx[0]);
	if (!leaf->obj)
		return (struct ref){ .err = ERR_NO_TABLE, .level = 0 };
	struct ref r = { .err = ERR_OK };
	if (leaf->type == OBJ_FRAME || leaf->type == OBJ_DEVFRAME)
		r.frame = leaf;
	if (leaf->type != OBJ_CAPPAGE)
		r.err = ERR_NOT_CAPPAGE;
	else
		r.slot = &((struct cappage *)leaf->obj)->slots[a % page / 64];
	return r;
}

/* Spread indices over the edges of the slot frames as well as anywhere. */
static unsigned random_index(unsigned limit)
{
	static const unsigned edges[] = { 0, 1, 63, 64, 65, 127, 128, 255, 256, 448, 510, 511 };
	unsigned i;

	do
		i = rng_below(2) ? edges[rng_below(sizeof(edges) / sizeof(edges[0]))]
				 : rng_below(limit);
	while (i >= limit);
	return i;
}

static void random_subtree(struct pagetable *pt)
{
	unsigned n = 1 + rng_below(pt->level == 2 ? 12 : 8);

	for (unsigned k = 0; k < n; k++) {
		unsigned i = random_index(PT_SLOTS);
		if (entry(pt, i)->obj)
			continue;
		if (pt->level > 0) {
			random_subtree(install_pt(pt, i));
			continue;
		}
		unsigned kind = rng_below(20);
		struct obj *o = kind < 12 ? &new_cappage()->hdr
			      : &new_frame(kind < 17 ? OBJ_FRAME : OBJ_DEVFRAME)->hdr;
		install(pt, i, o, (uint8_t)(rng() & CAP_ALL));
	}
}

/* An index that is in use in pt three times out of four, if any is. */
static uint64_t some_index(struct pagetable *pt, unsigned limit)
{
	unsigned used[PT_SLOTS], n = 0;

	if (pt && rng_below(4)) {
		for (unsigned i = 0; i < limit; i++)
			if (entry(pt, i)->obj)
				used[n++] = i;
		if (n)
			return used[rng_below(n)];
	}
	return random_index(limit);
}

static struct pagetable *child(struct pagetable *pt, uint64_t i)
{
	return pt && pt->level > 0 && entry(pt, i)->obj ? (struct pagetable *)entry(pt, i)->obj
							 : 0;
}

/* Mostly walkable addresses, some valid only part of the way down (right
 * VPN2, wrong VPN1, ...), some misaligned, some in the kernel half. */
static uint64_t random_addr(struct pagetable *root)
{
	uint64_t v2 = some_index(root, rng_below(8) ? PT_USER_ROOT_SLOTS : PT_SLOTS);
	struct pagetable *l1 = child(root, v2);
	uint64_t v1 = some_index(l1, PT_SLOTS);
	uint64_t v0 = some_index(child(l1, v1), PT_SLOTS);
	uint64_t off = rng_below(4) ? rng_below(CAP_SLOTS_PER_PAGE) * CAP_SLOT_SIZE
				    : rng_below(4096);
	uint64_t a = va(v2, v1, v0, off);

	switch (rng_below(16)) {
	case 0:
		return a | 0xffffffc000000000UL;        /* sign-extended kernel */
	case 1:
		return a | rng() << 39;                 /* non-canonical */
	default:
		return a;
	}
}

static void random_trees(uint64_t seed, int trees, int addrs)
{
	unsigned long outcomes[ERR_NOT_CAPPAGE + 1] = { 0 }, by_level[3] = { 0 }, frames = 0;

	rng_state = seed;
	for (int t = 0; t < trees; t++) {
		/* One tree in eight has no root at all. */
		struct pagetable *root = t % 8 == 7 ? 0 : new_pt(2);

		if (root)
			random_subtree(root);
		for (int n = 0; n < addrs; n++) {
			uint64_t a = random_addr(root);
			CONTEXT("random seed %#lx tree %d address %d: %#lx", (unsigned long)seed, t,
				n, (unsigned long)a);
			struct ref want = ref_walk(root, a, true);
			struct lookup got = cspace_lookup(root, a);

			CHECK(got.err == want.err, "lookup gave %s, reference %s",
			      err_name(got.err), err_name(want.err));
			if (want.err == ERR_NO_TABLE) {
				CHECK(got.level == want.level, "NO_TABLE level %d, reference %d",
				      got.level, want.level);
				by_level[want.level]++;
			}
			if (want.err == ERR_OK)
				CHECK(got.slot == want.slot, "lookup picked slot %p, reference %p",
				      (void *)got.slot, (void *)want.slot);
			outcomes[want.err]++;

			want = ref_walk(root, a, false);
			struct cap *f = cspace_frame_at(root, a);
			CHECK(f == want.frame, "frame_at gave %p, reference %p", (void *)f,
			      (void *)want.frame);
			frames += f != 0;
		}
		free_all();
	}
	printf("  seed %#lx: OK %lu, KERNEL %lu, ALIGN %lu, NO_SPACE %lu, NO_TABLE %lu/%lu/%lu "
	       "(levels 2/1/0), NOT_CAPPAGE %lu; frames found %lu\n",
	       (unsigned long)seed, outcomes[ERR_OK], outcomes[ERR_CADDR_KERNEL],
	       outcomes[ERR_CADDR_ALIGN], outcomes[ERR_NO_SPACE], by_level[2], by_level[1],
	       by_level[0], outcomes[ERR_NOT_CAPPAGE], frames);
	/* A random test that never reaches an outcome tests nothing about it. */
	CONTEXT("random coverage, seed %#lx", (unsigned long)seed);
	CHECK(outcomes[ERR_OK] && outcomes[ERR_CADDR_KERNEL] && outcomes[ERR_CADDR_ALIGN] &&
	      outcomes[ERR_NO_SPACE] && by_level[0] && by_level[1] && by_level[2] &&
	      outcomes[ERR_NOT_CAPPAGE] && frames, "some outcome never happened");
}

int main(void)
{
	const uint64_t seed = 0xc5bace5eedUL;

	test_success();
	test_errors();
	printf("random capability spaces, seed %#lx\n", (unsigned long)seed);
	random_trees(seed, 64, 4000);
	free(allocs);
	printf("cspace: all passed\n");
	return 0;
}
