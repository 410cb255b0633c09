/* SPDX-License-Identifier: BSD-2-Clause */
#ifndef TEST_FDT_TEST_H
#define TEST_FDT_TEST_H

/*
 * Shared declarations of the FDT host tests. The sources are split by which
 * header they may include: libfdt.h (the oracle, Debian's libfdt) and
 * kern/fdt.h define clashing FDT_* macros, so no file includes both. They
 * meet through the plain types here and through kern/board.h, which does
 * not include kern/fdt.h.
 */

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <kern/board.h>

#define SKIP_EXIT 77

/* A growable text buffer; dumps of a tree from both readers are compared. */
struct sbuf {
	char *s;
	size_t len, cap;
};

void sbuf_printf(struct sbuf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void sbuf_free(struct sbuf *b);

/* Failure accounting: every check that fails prints a line and counts. */
extern unsigned test_failures;
#define CHECK(cond, ...)                                                   \
	do {                                                               \
		if (!(cond)) {                                             \
			test_fail(__FILE__, __LINE__, __VA_ARGS__);        \
		}                                                          \
	} while (0)
void test_fail(const char *file, int line, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* First differing line of two dumps; true when they are equal. */
bool dumps_equal(const char *what, const char *a, const char *b);

/* Compare two boards field by field, reporting under name. */
void board_compare(const char *name, const struct board *got,
		   const struct board *want);

/* Deterministic PRNG (xorshift64*), seeded from the printed seed. */
uint64_t rng_next(uint64_t *state);
/* The fuzz seed: FDT_FUZZ_SEED if set, else a fixed default. */
uint64_t test_seed(void);

/* dump_ours.c: walk with kern/fdt.c. Returns its FDT_ERR_* or 0. */
int ours_dump(const void *blob, size_t size, bool aliases, struct sbuf *out);
const char *ours_strerror(int err);

/* dump_libfdt.c: the same dump, and the board, computed with libfdt. */
int libfdt_check(const void *blob, size_t size);
int libfdt_dump(const void *blob, size_t size, bool aliases, struct sbuf *out);
int libfdt_board(const void *blob, struct board *want);

/* synth.c: trees built with libfdt's sequential-write API. */
enum synth_variant {
	SYNTH_BOARD,        /* the synthetic board, see synth.c */
	SYNTH_MANY_HARTS,   /* 10 usable harts: 8 kept, 2 skipped */
	SYNTH_HIGH_HARTIDS, /* hart ids 0, 63, 64, 0xffffffff: the last two skipped */
	SYNTH_MANY_RESV,    /* 17 reservations: overflow is an error */
	SYNTH_ABS_CONSOLE,  /* stdout-path an absolute path, no options */
	SYNTH_OFF_CONSOLE,  /* console status "disabled" */
	SYNTH_ODD_CONSOLE,  /* console with an unknown compatible */
	SYNTH_NO_STDOUT,    /* no /chosen/stdout-path */
	SYNTH_NO_MEMORY,    /* no memory node */
	SYNTH_SMALL,        /* a few nodes, for byte-level corruption */
};
/* Build variant v into a fresh malloc'd buffer; returns its size. */
size_t synth_build(enum synth_variant v, uint8_t **blob);
/* Root plus a chain of depth nested nodes. */
size_t synth_deep(unsigned depth, uint8_t **blob);

/* Test groups, each returning the number of failures. */
unsigned run_synthetic(void);  /* synth_check.c: synthetic trees */
unsigned run_api(void);        /* api.c: kern/fdt.h unit checks */
unsigned run_cmdline(void);    /* cmdline.c: board_cmdline_number() */
unsigned run_corrupt(void);    /* robust.c: hand-made header/structure damage */
unsigned run_fuzz(const char *name, const uint8_t *blob, size_t size,
		  uint64_t seed, unsigned mutations); /* robust.c */
unsigned run_oracle(const char *name, const uint8_t *blob, size_t size);
/* facts.c: ours (a project tree) must have a row; an upstream tree may not. */
unsigned run_facts(const char *name, const uint8_t *blob, size_t size,
		   bool ours);
/* compare.c: a project tree and an upstream tree of the same board. */
unsigned run_compare(const char *ours_name, const uint8_t *ours,
		     size_t ours_size, const char *up_name, const uint8_t *up,
		     size_t up_size);

#endif
