/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * A project tree (dts/X.dts) against an upstream tree of the same board
 * (../shared/boards/X.dtb, or a variant such as X.u-boot-control.dtb): the
 * kernel must learn the same board from both, field by field. The project
 * tree describes only what the kernel reads, so any difference here is a
 * fact the description gets wrong, or one the kernel has started to read
 * that the description does not yet hold.
 */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "fdt_test.h"

/* The fields board_compare() leaves out: libfdt_board() does not set them. */
static void compare_rest(const char *what, const struct board *got,
			 const struct board *want)
{
	CHECK(got->test_finisher.base == want->test_finisher.base &&
	      got->test_finisher.size == want->test_finisher.size,
	      "%s: test finisher %#" PRIx64 "+%#" PRIx64 ", upstream %#"
	      PRIx64 "+%#" PRIx64, what, got->test_finisher.base,
	      got->test_finisher.size, want->test_finisher.base,
	      want->test_finisher.size);
	CHECK(strcmp(got->bootargs, want->bootargs) == 0,
	      "%s: bootargs \"%s\", upstream \"%s\"", what, got->bootargs,
	      want->bootargs);
}

unsigned run_compare(const char *ours_name, const uint8_t *ours,
		     size_t ours_size, const char *up_name, const uint8_t *up,
		     size_t up_size)
{
	unsigned before = test_failures;
	struct board got, want;
	char what[160];
	int err, uerr;

	snprintf(what, sizeof(what), "%s vs upstream %s", ours_name, up_name);
	err = board_from_fdt(&got, ours, ours_size);
	uerr = board_from_fdt(&want, up, up_size);
	CHECK(err == 0, "%s: board_from_fdt: %s", ours_name,
	      ours_strerror(err));
	CHECK(uerr == 0, "%s: board_from_fdt: %s", up_name,
	      ours_strerror(uerr));
	if (err || uerr)
		return test_failures - before;
	/*
	 * The blob's size is no fact about the board (a description is much
	 * smaller than the tree it describes); facts.c checks each one
	 * against its own file.
	 */
	got.dtb_size = want.dtb_size;
	board_compare(what, &got, &want);
	compare_rest(what, &got, &want);
	/*
	 * board_from_fdt() zeroes the whole struct first, so equal readings
	 * are equal bytes: this catches a field added to struct board that
	 * neither comparison above names yet.
	 */
	CHECK(test_failures != before || memcmp(&got, &want, sizeof(got)) == 0,
	      "%s: boards differ in a field the comparison does not name "
	      "(see kern/board.h)", what);
	return test_failures - before;
}
