/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * What board_from_fdt() must find in each board's device tree: one table,
 * by file name, for both the project's own trees (dts/X.dts, compiled to
 * X.dtb in the build) and the upstream trees of the same name in
 * ../shared/boards, when that is there. The values are facts about the
 * boards, from the boards' documentation as cited in dts/, checked against
 * `dtc -I dtb -O dts` of the upstream trees, not copied from our own output.
 * Every project tree must have a row here; an upstream tree without one is
 * covered by the oracle test only.
 */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "fdt_test.h"

#define MiB (1ull << 20)
#define GiB (1ull << 30)

struct facts {
	const char *file;
	const char *model;
	uint64_t mem_base, mem_size;     /* the single RAM bank */
	uint32_t first_hart, nharts;     /* usable harts first.. first+n-1 */
	unsigned skipped;                /* cpu nodes left out */
	uint32_t ctx_mul, ctx_add;       /* S context of hart h: mul*h+add */
	bool sstc;
	uint64_t timebase;
	enum board_console_kind console;
	uint64_t uart_base, uart_size;
	uint32_t reg_shift, io_width, irq;
	const char *uart_path;
	uint64_t plic_base, plic_size;
	uint32_t ndev;
	uint64_t finisher_base, finisher_size; /* QEMU's sifive,test; 0 if none */
};

#define UNMATCHED(f)                                                         \
	{ f, "SiFive HiFive Unmatched A00", 0x80000000, 16 * GiB, 1, 4, 1,   \
	  2, 0, false, 1000000, CONSOLE_SIFIVE_UART, 0x10010000, 0x1000, 0,  \
	  1, 39, "/soc/serial@10010000", 0xc000000, 0x4000000, 69, 0, 0 }
#define UNLEASHED(f)                                                         \
	{ f, "SiFive HiFive Unleashed A00", 0x80000000, 8 * GiB, 1, 4, 1,    \
	  2, 0, false, 1000000, CONSOLE_SIFIVE_UART, 0x10010000, 0x1000, 0,  \
	  1, 4, "/soc/serial@10010000", 0xc000000, 0x4000000, 53, 0, 0 }
#define VISIONFIVE2(f, m)                                                    \
	{ f, m, 0x40000000, 4 * GiB, 1, 4, 1, 2, 0, false, 4000000,          \
	  CONSOLE_NS16550, 0x10000000, 0x10000, 2, 4, 32,                    \
	  "/soc/serial@10000000", 0xc000000, 0x4000000, 136, 0, 0 }
#define QEMU_SIFIVE_U(f, n)                                                  \
	{ f, "SiFive HiFive Unleashed A00", 0x80000000, 128 * MiB, 1, n, 1,  \
	  2, 0, false, 1000000, CONSOLE_SIFIVE_UART, 0x10010000, 0x1000, 0,  \
	  1, 4, "/soc/serial@10010000", 0xc000000, 0x4000000, 53, 0, 0 }

static const struct facts facts[] = {
	UNMATCHED("hifive-unmatched-a00.dtb"),
	UNMATCHED("hifive-unmatched-a00.u-boot-control.dtb"),
	UNLEASHED("hifive-unleashed-a00.dtb"),
	UNLEASHED("hifive-unleashed-a00.u-boot-control.dtb"),
	VISIONFIVE2("jh7110-starfive-visionfive-2-v1.2a.dtb",
		    "StarFive VisionFive 2 v1.2A"),
	VISIONFIVE2("jh7110-starfive-visionfive-2-v1.3b.dtb",
		    "StarFive VisionFive 2 v1.3B"),
	{ "qemu-virt.dtb", "riscv-virtio,qemu", 0x80000000, 128 * MiB, 0, 1,
	  0, 2, 1, true, 10000000, CONSOLE_NS16550, 0x10000000, 0x100, 0, 1,
	  10, "/soc/serial@10000000", 0xc000000, 0x600000, 96, 0x100000,
	  0x1000 },
	QEMU_SIFIVE_U("qemu-sifive_u.dtb", 1),
	QEMU_SIFIVE_U("qemu-sifive_u-smp5.dtb", 4),
};

#define EXPECT(cond, fmt, ...) \
	CHECK(cond, "%s: " fmt, f->file, __VA_ARGS__)

static void check(const struct facts *f, const struct board *b, size_t size)
{
	unsigned i;

	EXPECT(strcmp(b->model, f->model) == 0, "model \"%s\"", b->model);
	EXPECT(b->nmem == 1 && b->mem[0].base == f->mem_base &&
	       b->mem[0].size == f->mem_size,
	       "memory: %u banks, first %#" PRIx64 "+%#" PRIx64, b->nmem,
	       b->mem[0].base, b->mem[0].size);
	EXPECT(b->nresv == 0, "%u reservations, none in these trees",
	       b->nresv);
	EXPECT(b->nharts == f->nharts, "%u harts, expected %u", b->nharts,
	       f->nharts);
	EXPECT(b->harts_skipped == f->skipped, "%u harts skipped, expected %u",
	       b->harts_skipped, f->skipped);
	for (i = 0; i < b->nharts && i < f->nharts; i++) {
		uint32_t h = f->first_hart + i;

		EXPECT(b->harts[i].hartid == h, "hart[%u] id %u, expected %u",
		       i, b->harts[i].hartid, h);
		EXPECT(b->harts[i].plic_s_context == f->ctx_mul * h + f->ctx_add,
		       "hart %u S context %u, expected %u", h,
		       b->harts[i].plic_s_context, f->ctx_mul * h + f->ctx_add);
		EXPECT(b->harts[i].has_sstc == f->sstc, "hart %u sstc %d", h,
		       b->harts[i].has_sstc);
	}
	EXPECT(b->timebase_hz == f->timebase, "timebase %" PRIu64,
	       b->timebase_hz);
	EXPECT(b->console.kind == f->console && b->console.base == f->uart_base
	       && b->console.size == f->uart_size,
	       "console kind %d at %#" PRIx64 "+%#" PRIx64, b->console.kind,
	       b->console.base, b->console.size);
	EXPECT(b->console.reg_shift == f->reg_shift &&
	       b->console.reg_io_width == f->io_width &&
	       b->console.irq == f->irq,
	       "console reg-shift %u io-width %u irq %u",
	       b->console.reg_shift, b->console.reg_io_width, b->console.irq);
	EXPECT(strcmp(b->console.path, f->uart_path) == 0, "console path %s",
	       b->console.path);
	EXPECT(b->plic.present && b->plic.base == f->plic_base &&
	       b->plic.size == f->plic_size && b->plic.ndev == f->ndev,
	       "plic %d at %#" PRIx64 "+%#" PRIx64 " ndev %u",
	       b->plic.present, b->plic.base, b->plic.size, b->plic.ndev);
	EXPECT(b->test_finisher.base == f->finisher_base &&
	       b->test_finisher.size == f->finisher_size,
	       "test finisher %#" PRIx64 "+%#" PRIx64, b->test_finisher.base,
	       b->test_finisher.size);
	EXPECT(b->bootargs[0] == '\0', "bootargs \"%s\", none in these trees",
	       b->bootargs);
	EXPECT(b->dtb_size == size, "dtb_size %u, file has %zu", b->dtb_size,
	       size);
}

unsigned run_facts(const char *name, const uint8_t *blob, size_t size,
		   bool ours)
{
	unsigned before = test_failures, i;
	struct board b;
	int err;

	for (i = 0; i < sizeof(facts) / sizeof(facts[0]); i++)
		if (strcmp(facts[i].file, name) == 0)
			break;
	if (i == sizeof(facts) / sizeof(facts[0])) {
		/* A board the project describes must say what it expects. */
		CHECK(!ours, "%s: no row in facts.c for this project tree",
		      name);
		if (!ours)
			printf("note: no known facts for %s; only the oracle "
			       "test covers it\n", name);
		return test_failures - before;
	}
	err = board_from_fdt(&b, blob, size);
	CHECK(err == 0, "%s: board_from_fdt: %s", name, ours_strerror(err));
	if (!err)
		check(&facts[i], &b, size);
	return test_failures - before;
}
