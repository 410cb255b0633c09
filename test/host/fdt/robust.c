/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * Robustness: damaged trees must give an FDT_ERR_* code or a valid result,
 * never a crash or an ASan/UBSan report. Three kinds of damage:
 *  - run_corrupt(): hand-made header and structure faults, each with the
 *    error it must give, on synthetic trees and on raw token streams;
 *  - truncation at many lengths, both with the header left alone (so it
 *    claims more than the buffer) and patched to claim only what is there;
 *  - random byte, bit and word mutations from a printed seed. When both
 *    kern/fdt.c and libfdt's fdt_check_full() accept a mutant, they must
 *    also see the same tree.
 * Every blob handed to the code under test lives in a malloc'd buffer of
 * exactly max_size bytes, so ASan catches any read beyond it.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <kern/fdt.h>

#include "fdt_test.h"

/* Header field offsets, as in kern/fdt.c (the test spells them out). */
#define H_MAGIC        0
#define H_TOTALSIZE    4
#define H_OFF_STRUCT   8
#define H_OFF_STRINGS  12
#define H_OFF_RSVMAP   16
#define H_VERSION      20
#define H_LAST_COMP    24
#define H_SIZE_STRINGS 32
#define H_SIZE_STRUCT  36
#define H_SIZE         40

#define PREFIX_EVERY    256  /* every truncation length up to this */
#define SYNTH_MUTATIONS 4000 /* per synthetic tree */
#define STRIDE_STEPS    300  /* then about this many more */

static uint32_t get32(const uint8_t *b, size_t off)
{
	return (uint32_t)b[off] << 24 | (uint32_t)b[off + 1] << 16 |
	       (uint32_t)b[off + 2] << 8 | b[off + 3];
}

static void put32(uint8_t *b, size_t off, uint32_t v)
{
	b[off] = (uint8_t)(v >> 24);
	b[off + 1] = (uint8_t)(v >> 16);
	b[off + 2] = (uint8_t)(v >> 8);
	b[off + 3] = (uint8_t)v;
}

static uint8_t *dup_n(const uint8_t *blob, size_t n)
{
	uint8_t *b = malloc(n ? n : 1);

	memcpy(b, blob, n);
	return b;
}

/* What the fuzzer saw, printed per file. */
struct stats {
	unsigned cases, accepted, board_ok, both, ours_only;
};

/* A board_from_fdt() success must honour the invariants of board.h. */
static void check_board(const char *what, const struct board *b,
			size_t size)
{
	unsigned i;

	CHECK(b->nmem >= 1 && b->nmem <= BOARD_MAX_MEM, "%s: nmem %u", what,
	      b->nmem);
	for (i = 0; i < b->nmem && i < BOARD_MAX_MEM; i++)
		CHECK(b->mem[i].size != 0, "%s: empty bank %u", what, i);
	CHECK(b->nresv <= BOARD_MAX_RESV, "%s: nresv %u", what, b->nresv);
	CHECK(b->nharts >= 1 && b->nharts <= BOARD_MAX_HARTS, "%s: nharts %u",
	      what, b->nharts);
	CHECK(b->timebase_hz != 0, "%s: no timebase", what);
	CHECK(memchr(b->model, 0, sizeof(b->model)) != NULL, "%s: model", what);
	CHECK(memchr(b->console.path, 0, sizeof(b->console.path)) != NULL,
	      "%s: console path", what);
	CHECK(b->console.kind == CONSOLE_NONE ||
	      b->console.kind == CONSOLE_NS16550 ||
	      b->console.kind == CONSOLE_SIFIVE_UART, "%s: console kind %d",
	      what, b->console.kind);
	CHECK(b->console.kind == CONSOLE_NONE ||
	      ((b->console.reg_io_width == 1 || b->console.reg_io_width == 4)
	       && b->console.reg_shift < 32), "%s: console layout", what);
	CHECK(b->dtb_size <= size, "%s: dtb_size %u > %zu", what, b->dtb_size,
	      size);
}

/*
 * Run everything on blob[0..size) (an exact-size buffer). Returns our
 * fdt_init() result; with differential set, compare with libfdt.
 */
static int exercise(const char *what, const uint8_t *blob, size_t size,
		    bool differential, struct stats *st)
{
	struct sbuf ours = { 0 }, theirs = { 0 };
	struct board b;
	int err, lerr, berr;

	st->cases++;
	err = ours_dump(blob, size, false, &ours);
	berr = board_from_fdt(&b, blob, size);
	CHECK(err == 0 || berr != 0, "%s: board accepted what fdt_init "
	      "refused (%s)", what, fdt_strerror(err));
	if (!err)
		st->accepted++;
	if (!berr) {
		st->board_ok++;
		check_board(what, &b, size);
	}
	/*
	 * Only trees we accept go to libfdt: 1.6.1's fdt_check_full() itself
	 * crashes on some mutants (a NULL dereference), and those are not ours.
	 */
	if (differential && !err) {
		lerr = libfdt_check(blob, size);
		if (!lerr) {
			st->both++;
			libfdt_dump(blob, size, false, &theirs);
			CHECK(dumps_equal(what, ours.s, theirs.s),
			      "%s: accepted by both, seen differently", what);
		} else {
			st->ours_only++;
			if (getenv("FDT_FUZZ_VERBOSE"))
				printf("     %s: libfdt refuses (%d), we accept\n",
				       what, lerr);
		}
	}
	sbuf_free(&ours);
	sbuf_free(&theirs);
	return err;
}

/* ---- truncation ------------------------------------------------------- */

/* Make a prefix's header claim only the len bytes that are there. */
static void clip_header(uint8_t *b, size_t len)
{
	uint32_t off, sz;

	if (len < H_SIZE)
		return;
	put32(b, H_TOTALSIZE, (uint32_t)len);
	off = get32(b, H_OFF_STRUCT);
	sz = get32(b, H_SIZE_STRUCT);
	if (off <= len && sz > len - off)
		put32(b, H_SIZE_STRUCT, (uint32_t)(len - off) & ~3u);
	off = get32(b, H_OFF_STRINGS);
	sz = get32(b, H_SIZE_STRINGS);
	if (off <= len && sz > len - off)
		put32(b, H_SIZE_STRINGS, (uint32_t)(len - off));
}

static void truncations(const char *name, const uint8_t *blob, size_t size,
			struct stats *st)
{
	size_t len, step = size / STRIDE_STEPS ? size / STRIDE_STEPS : 1;
	char what[128];
	uint8_t *b;
	int err;

	for (len = 0; len < size; len += len < PREFIX_EVERY ? 1 : step) {
		snprintf(what, sizeof(what), "%s cut at %zu", name, len);
		b = dup_n(blob, len);
		err = exercise(what, b, len, false, st);
		CHECK(err < 0 || len >= get32(blob, H_TOTALSIZE),
		      "%s: accepted though totalsize is %zu", what, size);
		/* Now with a header that fits: parse up to the cut. */
		clip_header(b, len);
		snprintf(what, sizeof(what), "%s cut at %zu, header clipped",
			 name, len);
		exercise(what, b, len, true, st);
		free(b);
	}
}

/* ---- mutation --------------------------------------------------------- */

static const uint32_t interesting[] = {
	0, 1, 2, 3, 4, 8, 9, 16, 17, 0x7f, 0xff, 0x7fffffff, 0x80000000,
	0xfffffff0, 0xfffffffc, 0xffffffff,
};

static void mutate(uint8_t *b, size_t size, uint64_t *rng)
{
	size_t pos;
	unsigned n = 1 + (unsigned)(rng_next(rng) % 4), i;

	for (i = 0; i < n; i++) {
		/* One mutation in eight hits the header. */
		pos = rng_next(rng) % 8 == 0 && size >= H_SIZE
			      ? rng_next(rng) % H_SIZE
			      : rng_next(rng) % size;
		switch (rng_next(rng) % 4) {
		case 0:
			b[pos] = (uint8_t)rng_next(rng);
			break;
		case 1:
			b[pos] ^= (uint8_t)(1u << (rng_next(rng) % 8));
			break;
		default: /* an aligned word: tokens, lengths, offsets */
			pos &= ~(size_t)3;
			if (pos + 4 <= size)
				put32(b, pos, interesting[rng_next(rng) %
					(sizeof(interesting) /
					 sizeof(interesting[0]))]);
			break;
		}
	}
}

unsigned run_fuzz(const char *name, const uint8_t *blob, size_t size,
		  uint64_t seed, unsigned mutations)
{
	unsigned before = test_failures, i;
	struct stats st = { 0 }, tr = { 0 };
	uint64_t rng = seed ? seed : 1;
	char what[160];
	uint8_t *b;

	truncations(name, blob, size, &tr);
	for (i = 0; i < mutations && size > 0; i++) {
		b = dup_n(blob, size);
		mutate(b, size, &rng);
		snprintf(what, sizeof(what), "%s mutant %u (seed %#" PRIx64 ")",
			 name, i, seed);
		exercise(what, b, size, true, &st);
		free(b);
	}
	printf("     %s: %u truncations (%u parsed), %u mutants: %u parsed "
	       "(%u also by libfdt, %u by us only), %u boards\n", name,
	       tr.cases, tr.accepted, st.cases, st.accepted, st.both,
	       st.ours_only, st.board_ok);
	return test_failures - before;
}

/* ---- hand-made damage ------------------------------------------------- */

/* A structure block written token by token, wrapped in a header. */
struct raw {
	uint8_t s[1024];
	size_t n;
};

static void raw_word(struct raw *r, uint32_t v)
{
	put32(r->s, r->n, v);
	r->n += 4;
}

static void raw_begin(struct raw *r, const char *name)
{
	size_t len = strlen(name) + 1;

	raw_word(r, FDT_BEGIN_NODE);
	memset(r->s + r->n, 0, (len + 3) & ~(size_t)3);
	memcpy(r->s + r->n, name, len);
	r->n += (len + 3) & ~(size_t)3;
}

/* A property named by strings-block offset 0 ("p"), with len bytes. */
static void raw_prop(struct raw *r, uint32_t len)
{
	raw_word(r, FDT_PROP);
	raw_word(r, len);
	raw_word(r, 0);
	memset(r->s + r->n, 0xab, len);
	r->n += (len + 3) & ~(size_t)3;
}

/* Header, an empty reservation block, r's structure, strings "p\0". */
static size_t raw_blob(const struct raw *r, uint32_t version, uint8_t **out)
{
	size_t rsv = H_SIZE, st = rsv + 16, str = st + r->n, total = str + 2;
	uint8_t *b = calloc(1, total);

	put32(b, H_MAGIC, FDT_MAGIC);
	put32(b, H_TOTALSIZE, (uint32_t)total);
	put32(b, H_OFF_STRUCT, (uint32_t)st);
	put32(b, H_OFF_STRINGS, (uint32_t)str);
	put32(b, H_OFF_RSVMAP, (uint32_t)rsv);
	put32(b, H_VERSION, version);
	put32(b, H_LAST_COMP, 16);
	put32(b, H_SIZE_STRINGS, 2);
	put32(b, H_SIZE_STRUCT, version >= 17 ? (uint32_t)r->n : 0);
	memcpy(b + st, r->s, r->n);
	b[str] = 'p';
	*out = b;
	return total;
}

static void expect_raw(const char *what, const struct raw *r,
		       uint32_t version, int want)
{
	struct stats st = { 0 };
	uint8_t *b;
	size_t size = raw_blob(r, version, &b);
	int err = exercise(what, b, size, false, &st);

	CHECK(err == want, "%s: got \"%s\", expected \"%s\"", what,
	      fdt_strerror(err), fdt_strerror(want));
	free(b);
}

static void raw_cases(void)
{
	struct raw r;

#define CASE(what, version, want, ...)                                      \
	do {                                                                 \
		r.n = 0;                                                     \
		__VA_ARGS__;                                                 \
		expect_raw(what, &r, version, want);                         \
	} while (0)

	CASE("minimal tree", 17, 0,
	     raw_begin(&r, ""); raw_word(&r, FDT_END_NODE);
	     raw_word(&r, FDT_END));
	CASE("version 16 header", 16, 0,
	     raw_begin(&r, ""); raw_prop(&r, 3); raw_word(&r, FDT_END_NODE);
	     raw_word(&r, FDT_END));
	CASE("NOPs around the root", 17, 0,
	     raw_word(&r, FDT_NOP); raw_begin(&r, ""); raw_word(&r, FDT_NOP);
	     raw_word(&r, FDT_END_NODE); raw_word(&r, FDT_NOP);
	     raw_word(&r, FDT_END));
	CASE("property after a child (tolerated)", 17, 0,
	     raw_begin(&r, ""); raw_begin(&r, "a"); raw_word(&r, FDT_END_NODE);
	     raw_prop(&r, 0); raw_word(&r, FDT_END_NODE);
	     raw_word(&r, FDT_END));
	CASE("empty structure block", 17, FDT_ERR_TRUNCATED, (void)0);
	CASE("no root", 17, FDT_ERR_BADSTRUCTURE, raw_word(&r, FDT_END));
	CASE("two roots", 17, FDT_ERR_BADSTRUCTURE,
	     raw_begin(&r, ""); raw_word(&r, FDT_END_NODE);
	     raw_begin(&r, ""); raw_word(&r, FDT_END_NODE);
	     raw_word(&r, FDT_END));
	CASE("named root", 17, FDT_ERR_BADSTRUCTURE,
	     raw_begin(&r, "x"); raw_word(&r, FDT_END_NODE);
	     raw_word(&r, FDT_END));
	CASE("property outside the root", 17, FDT_ERR_BADSTRUCTURE,
	     raw_prop(&r, 4); raw_begin(&r, ""); raw_word(&r, FDT_END_NODE);
	     raw_word(&r, FDT_END));
	CASE("END_NODE outside the root", 17, FDT_ERR_BADSTRUCTURE,
	     raw_begin(&r, ""); raw_word(&r, FDT_END_NODE);
	     raw_word(&r, FDT_END_NODE); raw_word(&r, FDT_END));
	CASE("END inside the root", 17, FDT_ERR_BADSTRUCTURE,
	     raw_begin(&r, ""); raw_word(&r, FDT_END));
	CASE("unknown token", 17, FDT_ERR_BADSTRUCTURE,
	     raw_begin(&r, ""); raw_word(&r, 7); raw_word(&r, FDT_END_NODE);
	     raw_word(&r, FDT_END));
	CASE("missing END", 17, FDT_ERR_TRUNCATED,
	     raw_begin(&r, ""); raw_word(&r, FDT_END_NODE));
	CASE("unterminated root", 17, FDT_ERR_TRUNCATED,
	     raw_begin(&r, ""); raw_begin(&r, "a"));
	CASE("property running past the block", 17, FDT_ERR_TRUNCATED,
	     raw_begin(&r, ""); raw_prop(&r, 4); put32(r.s, r.n - 12, 16);
	     raw_word(&r, FDT_END_NODE); raw_word(&r, FDT_END));
	CASE("property length overflow", 17, FDT_ERR_TRUNCATED,
	     raw_begin(&r, ""); raw_prop(&r, 0); put32(r.s, r.n - 8,
						       0xfffffffc);
	     raw_word(&r, FDT_END_NODE); raw_word(&r, FDT_END));
	CASE("property name offset outside strings", 17,
	     FDT_ERR_BADSTRUCTURE,
	     raw_begin(&r, ""); raw_prop(&r, 0); put32(r.s, r.n - 4,
						       0xffffff00);
	     raw_word(&r, FDT_END_NODE); raw_word(&r, FDT_END));
	CASE("property name offset at the strings' end", 17,
	     FDT_ERR_BADSTRUCTURE,
	     raw_begin(&r, ""); raw_prop(&r, 0); put32(r.s, r.n - 4, 2);
	     raw_word(&r, FDT_END_NODE); raw_word(&r, FDT_END));
	CASE("node name running past the block", 17, FDT_ERR_TRUNCATED,
	     raw_begin(&r, ""); raw_word(&r, FDT_BEGIN_NODE);
	     raw_word(&r, 0x41414141));
#undef CASE
}

/* Patch one header word of a synthetic tree; expect error want. */
static void expect_patched(const uint8_t *blob, size_t size, size_t off,
			   uint32_t v, int want, const char *what)
{
	struct stats st = { 0 };
	uint8_t *b = dup_n(blob, size);
	int err;

	put32(b, off, v);
	err = exercise(what, b, size, false, &st);
	CHECK(err == want, "%s: got \"%s\", expected \"%s\"", what,
	      fdt_strerror(err), fdt_strerror(want));
	free(b);
}

static void header_cases(const uint8_t *blob, size_t size)
{
	uint32_t total = (uint32_t)size;
	uint32_t st = get32(blob, H_OFF_STRUCT);
	uint32_t st_size = get32(blob, H_SIZE_STRUCT);
	uint32_t strs = get32(blob, H_OFF_STRINGS);
	uint32_t strs_size = get32(blob, H_SIZE_STRINGS);
	struct stats stats = { 0 };
	struct fdt f;
	uint8_t *b;

	expect_patched(blob, size, H_MAGIC, 0xedfe0dd0, FDT_ERR_BADMAGIC,
		       "byte-swapped magic");
	expect_patched(blob, size, H_VERSION, 15, FDT_ERR_BADVERSION,
		       "version 15");
	expect_patched(blob, size, H_LAST_COMP, 18, FDT_ERR_BADVERSION,
		       "last compatible version 18");
	expect_patched(blob, size, H_TOTALSIZE, total + 1, FDT_ERR_TRUNCATED,
		       "totalsize past the buffer");
	expect_patched(blob, size, H_TOTALSIZE, 0xffffffff, FDT_ERR_BADLAYOUT,
		       "totalsize 4 GiB");
	expect_patched(blob, size, H_TOTALSIZE, 8, FDT_ERR_BADLAYOUT,
		       "totalsize smaller than the header");
	expect_patched(blob, size, H_OFF_STRUCT, total + 4, FDT_ERR_BADLAYOUT,
		       "structure block beyond the end");
	expect_patched(blob, size, H_OFF_STRUCT, st + 2, FDT_ERR_BADLAYOUT,
		       "misaligned structure block");
	expect_patched(blob, size, H_OFF_STRUCT, 0, FDT_ERR_BADLAYOUT,
		       "structure block over the header");
	expect_patched(blob, size, H_SIZE_STRUCT, 0xfffffff0,
		       FDT_ERR_BADLAYOUT, "structure size overflow");
	expect_patched(blob, size, H_SIZE_STRUCT, st_size - 4,
		       FDT_ERR_TRUNCATED, "structure block without END");
	expect_patched(blob, size, H_SIZE_STRUCT, st_size + 2,
		       FDT_ERR_BADLAYOUT, "structure size not whole tokens");
	expect_patched(blob, size, H_OFF_STRINGS, 0xffffff00,
		       FDT_ERR_BADLAYOUT, "strings block at 4 GiB");
	expect_patched(blob, size, H_SIZE_STRINGS, 0xffffffff,
		       FDT_ERR_BADLAYOUT, "strings size overflow");
	expect_patched(blob, size, H_SIZE_STRINGS, total - strs + 1,
		       FDT_ERR_BADLAYOUT, "strings block past the end");
	/* The last name loses its NUL: properties using it are refused. */
	expect_patched(blob, size, H_SIZE_STRINGS, strs_size - 1,
		       FDT_ERR_BADSTRUCTURE, "unterminated last name");
	expect_patched(blob, size, H_OFF_RSVMAP, (total - 8) & ~7u,
		       FDT_ERR_TRUNCATED,
		       "reservation block without terminator");
	expect_patched(blob, size, H_OFF_RSVMAP, H_SIZE + 4, FDT_ERR_BADLAYOUT,
		       "misaligned reservation block");
	expect_patched(blob, size, H_OFF_RSVMAP, 8, FDT_ERR_BADLAYOUT,
		       "reservation block over the header");

	/* The last token is FDT_END; as a NOP the walk runs off the end. */
	expect_patched(blob, size, st + st_size - 4, FDT_NOP,
		       FDT_ERR_TRUNCATED, "END replaced by NOP");
	/* The root's END_NODE as a NOP: END comes while the root is open. */
	expect_patched(blob, size, st + st_size - 8, FDT_NOP,
		       FDT_ERR_BADSTRUCTURE, "root never closed");

	/* max_size rules over totalsize; NULL and tiny buffers are refused. */
	b = dup_n(blob, size);
	CHECK(fdt_init(&f, b, size - 1) == FDT_ERR_TRUNCATED, "max_size");
	CHECK(fdt_init(&f, NULL, size) == FDT_ERR_TRUNCATED, "NULL blob");
	CHECK(fdt_init(&f, b, 0) == FDT_ERR_TRUNCATED, "max_size 0");
	CHECK(board_from_fdt(&(struct board){ 0 }, b, 35) == FDT_ERR_TRUNCATED,
	      "board, max_size 35");
	CHECK(exercise("intact", b, size, false, &stats) == 0, "intact blob");
	free(b);
}

/* Every property's length in turn set to run past the block. */
static void prop_length_cases(const uint8_t *blob, size_t size)
{
	uint32_t st = get32(blob, H_OFF_STRUCT);
	uint32_t st_size = get32(blob, H_SIZE_STRUCT);
	struct stats stats = { 0 };
	struct fdt f;
	struct fdt_prop p;
	char what[64];
	uint8_t *b;
	int node, prop, depth = 0, err;

	CHECK(fdt_init(&f, blob, size) == 0, "prop_length_cases: init");
	for (node = fdt_root(&f); node >= 0;
	     node = fdt_walk_next(&f, node, &depth)) {
		for (prop = fdt_first_prop(&f, node); prop >= 0;
		     prop = fdt_next_prop(&f, prop)) {
			fdt_prop_at(&f, prop, &p);
			b = dup_n(blob, size);
			put32(b, st + (uint32_t)prop + 4,
			      st_size - (uint32_t)prop - 8);
			snprintf(what, sizeof(what), "length of %s past the end",
				 p.name);
			err = exercise(what, b, size, false, &stats);
			CHECK(err == FDT_ERR_TRUNCATED, "%s: got \"%s\"", what,
			      fdt_strerror(err));
			free(b);
		}
	}
}

unsigned run_corrupt(void)
{
	static const struct {
		enum synth_variant v;
		const char *name;
	} trees[] = {
		{ SYNTH_BOARD, "synth-board" },
		{ SYNTH_SMALL, "synth-small" },
	};
	unsigned before = test_failures, i;
	uint8_t *blob;
	size_t size;

	raw_cases();
	for (i = 0; i < sizeof(trees) / sizeof(trees[0]); i++) {
		size = synth_build(trees[i].v, &blob);
		header_cases(blob, size);
		prop_length_cases(blob, size);
		run_fuzz(trees[i].name, blob, size, test_seed() + i,
			 SYNTH_MUTATIONS);
		free(blob);
	}
	printf("%s corruption\n", test_failures == before ? "ok  " : "FAIL");
	return test_failures - before;
}
