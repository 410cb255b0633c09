/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * Oracle test of one real device tree: kern/fdt.c must see exactly the
 * nodes, properties, phandles, aliases and reservations libfdt sees, and
 * board_from_fdt() must agree with the board libfdt_board() computes.
 */
#include <stdio.h>

#include "fdt_test.h"

unsigned run_oracle(const char *name, const uint8_t *blob, size_t size)
{
	struct sbuf ours = { 0 }, theirs = { 0 };
	struct board got, want;
	unsigned before = test_failures;
	int err, lerr;

	err = ours_dump(blob, size, true, &ours);
	lerr = libfdt_dump(blob, size, true, &theirs);
	CHECK(err == 0, "%s: fdt_init: %s", name, ours_strerror(err));
	CHECK(lerr == 0, "%s: libfdt rejects it (%d)", name, lerr);
	if (!err && !lerr)
		CHECK(dumps_equal(name, ours.s, theirs.s),
		      "%s: tree differs from libfdt's", name);
	sbuf_free(&ours);
	sbuf_free(&theirs);

	err = board_from_fdt(&got, blob, size);
	CHECK(err == 0, "%s: board_from_fdt: %s", name, ours_strerror(err));
	lerr = libfdt_board(blob, &want);
	CHECK(lerr == 0, "%s: libfdt_board: %d", name, lerr);
	if (!err && !lerr)
		board_compare(name, &got, &want);
	return test_failures - before;
}
