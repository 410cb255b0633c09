/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * board_from_fdt() on the synthetic trees of synth.c, against values
 * worked out by hand from the tree described there, and kern/fdt.c against
 * libfdt on the same trees.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <kern/fdt.h>

#include "fdt_test.h"

#define MiB (1ull << 20)
#define GiB (1ull << 30)

/* What SYNTH_BOARD must give. */
static void expect_board(struct board *w, size_t size)
{
	memset(w, 0, sizeof(*w));
	strcpy(w->model, "Synthetic Board");
	w->nmem = 2;
	w->mem[0] = (struct board_range){ 0x80000000, 1 * GiB };
	w->mem[1] = (struct board_range){ 0x100000000, 256 * MiB };
	w->nresv = 3;
	w->resv[0] = (struct board_range){ 0x80000000, 0x40000 };
	w->resv[1] = (struct board_range){ 0x90000000, 0x1000 };
	w->resv[2] = (struct board_range){ 0x80000000, 0x40000 };
	w->nharts = 2;
	w->harts[0] = (struct board_hart){ 1, 2, true };
	w->harts[1] = (struct board_hart){ 3, 3, true };
	w->harts_skipped = 3;
	w->timebase_hz = 25000000;
	w->console = (struct board_console){
		CONSOLE_NS16550, 0x20001000, 0x100, 2, 4, 7,
		"/soc/bus@20000000/serial@1000"
	};
	w->plic = (struct board_plic){ true, 0xc000000, 0x4000000, 31 };
	w->dtb_size = (uint32_t)size;
}

static void check_variant(enum synth_variant v, const char *name)
{
	struct sbuf ours = { 0 }, theirs = { 0 };
	struct board got, want;
	uint8_t *blob;
	size_t size = synth_build(v, &blob);
	int err, lerr;
	unsigned i;

	/* The reader sees what libfdt sees. */
	err = ours_dump(blob, size, true, &ours);
	lerr = libfdt_dump(blob, size, true, &theirs);
	CHECK(err == 0 && lerr == 0, "%s: dump: ours %s, libfdt %d", name,
	      ours_strerror(err), lerr);
	if (!err && !lerr)
		CHECK(dumps_equal(name, ours.s, theirs.s), "%s: dumps differ",
		      name);
	sbuf_free(&ours);
	sbuf_free(&theirs);

	expect_board(&want, size);
	err = board_from_fdt(&got, blob, size);
	switch (v) {
	case SYNTH_BOARD:
	case SYNTH_ABS_CONSOLE:
		CHECK(err == 0, "%s: %s", name, ours_strerror(err));
		board_compare(name, &got, &want);
		break;
	case SYNTH_OFF_CONSOLE:
	case SYNTH_ODD_CONSOLE:
	case SYNTH_NO_STDOUT:
		/* Not an error: the kernel falls back to the SBI console. */
		CHECK(err == 0, "%s: %s", name, ours_strerror(err));
		memset(&want.console, 0, sizeof(want.console));
		board_compare(name, &got, &want);
		break;
	case SYNTH_MANY_HARTS:
		CHECK(err == 0, "%s: %s", name, ours_strerror(err));
		CHECK(got.nharts == BOARD_MAX_HARTS && got.harts_skipped == 2,
		      "%s: %u harts, %u skipped", name, got.nharts,
		      got.harts_skipped);
		for (i = 0; i < got.nharts; i++)
			CHECK(got.harts[i].hartid == i &&
			      got.harts[i].plic_s_context == BOARD_NO_CONTEXT &&
			      !got.harts[i].has_sstc,
			      "%s: hart[%u] = %u ctx %u", name, i,
			      got.harts[i].hartid, got.harts[i].plic_s_context);
		CHECK(got.timebase_hz == 1000000, "%s: timebase", name);
		break;
	case SYNTH_HIGH_HARTIDS:
		/* A hart the kernel cannot name in an SBI hart mask (its
		 * fences and IPIs would reach another hart) is left out. */
		CHECK(err == 0, "%s: %s", name, ours_strerror(err));
		CHECK(got.nharts == 2 && got.harts_skipped == 2 &&
		      got.harts[0].hartid == 0 && got.harts[1].hartid == 63,
		      "%s: %u harts, %u skipped", name, got.nharts,
		      got.harts_skipped);
		break;
	case SYNTH_MANY_RESV:
		/* Dropping a reservation would be unsafe: an error. */
		CHECK(err == FDT_ERR_NOSPACE, "%s: got %s", name,
		      ours_strerror(err));
		break;
	case SYNTH_NO_MEMORY:
		CHECK(err == FDT_ERR_NOTFOUND, "%s: got %s", name,
		      ours_strerror(err));
		break;
	case SYNTH_SMALL:
		CHECK(err == FDT_ERR_NOTFOUND /* no /cpus */,
		      "%s: got %s", name, ours_strerror(err));
		break;
	}
	free(blob);
}

unsigned run_synthetic(void)
{
	static const struct {
		enum synth_variant v;
		const char *name;
	} variants[] = {
		{ SYNTH_BOARD, "synth-board" },
		{ SYNTH_MANY_HARTS, "synth-many-harts" },
		{ SYNTH_HIGH_HARTIDS, "synth-high-hartids" },
		{ SYNTH_MANY_RESV, "synth-many-resv" },
		{ SYNTH_ABS_CONSOLE, "synth-abs-console" },
		{ SYNTH_OFF_CONSOLE, "synth-off-console" },
		{ SYNTH_ODD_CONSOLE, "synth-odd-console" },
		{ SYNTH_NO_STDOUT, "synth-no-stdout" },
		{ SYNTH_NO_MEMORY, "synth-no-memory" },
		{ SYNTH_SMALL, "synth-small" },
	};
	unsigned before = test_failures, i, f;

	for (i = 0; i < sizeof(variants) / sizeof(variants[0]); i++) {
		f = test_failures;
		check_variant(variants[i].v, variants[i].name);
		printf("%s %s\n", test_failures == f ? "ok  " : "FAIL",
		       variants[i].name);
	}
	return test_failures - before;
}
