/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * Synthetic device trees, built with libfdt's sequential-write API so the
 * tests need nothing from ../shared. SYNTH_BOARD is a small RISC-V board
 * exercising every rule of board_from_fdt(); synth_check.c holds what it
 * must yield. In short:
 *
 *   reservation block: 0x80000000+0x40000, 0x90000000+0x1000
 *   memory@80000000: two banks, 0x80000000+1 GiB and 0x100000000+256 MiB
 *   memory@c0000000: status "disabled" (ignored)
 *   /reserved-memory: one child with reg, one without (size only)
 *   /cpus (no timebase): cpu@0 no mmu-type; cpu@1 usable, ISA "..._SSTC",
 *     timebase-frequency as two cells; cpu@2 disabled; cpu@3 usable, Sstc
 *     only in riscv,isa-extensions, phandle as "linux,phandle"; cpu@4
 *     mmu-type "riscv,none"; cpu-map (not a cpu)
 *   /soc (empty ranges): plic with riscv,plic0, contexts (intc phandle,
 *     irq) = (1,11) (2,11) (2,9) (4,9) (4,11) -> hart 1: 2, hart 3: 3;
 *     bus@20000000 with ranges 0 -> 0x20000000 (1 MiB), holding
 *     serial@1000 "snps,dw-apb-uart", reg-shift 2, io-width 4, irq 7
 *   /chosen stdout-path "serial0:115200n8", alias serial0 -> that UART
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libfdt.h>

#include "fdt_test.h"

#define BUF_SIZE (256 * 1024)

/* Abort on a builder error: that is a bug in this file, not in the kernel. */
#define B(call)                                                              \
	do {                                                                 \
		int err_ = (call);                                           \
		if (err_ < 0) {                                              \
			/* not fdt_strerror(): kern/fdt.c's shadows it */    \
			fprintf(stderr, "%s:%d: %s: libfdt error %d\n",      \
				__FILE__, __LINE__, #call, err_);            \
			abort();                                             \
		}                                                            \
	} while (0)

static void prop_cells(void *fdt, const char *name, const uint32_t *v,
		       int n)
{
	fdt32_t be[32];
	int i;

	for (i = 0; i < n; i++)
		be[i] = cpu_to_fdt32(v[i]);
	B(fdt_property(fdt, name, be, n * 4));
}

#define CELLS(fdt, name, ...)                                                \
	do {                                                                 \
		const uint32_t v_[] = { __VA_ARGS__ };                       \
		prop_cells(fdt, name, v_, (int)(sizeof(v_) / 4));            \
	} while (0)

static void cpu(void *fdt, unsigned id, const char *status, const char *mmu,
		const char *isa, uint32_t intc_phandle, bool timebase)
{
	char name[32];

	snprintf(name, sizeof(name), "cpu@%x", id);
	B(fdt_begin_node(fdt, name));
	B(fdt_property_string(fdt, "device_type", "cpu"));
	CELLS(fdt, "reg", id);
	if (status)
		B(fdt_property_string(fdt, "status", status));
	if (mmu)
		B(fdt_property_string(fdt, "mmu-type", mmu));
	B(fdt_property_string(fdt, "riscv,isa", isa ? isa : "rv64imac"));
	if (timebase) /* two cells: read as a u64 */
		CELLS(fdt, "timebase-frequency", 0, 25000000);
	B(fdt_begin_node(fdt, "interrupt-controller"));
	B(fdt_property(fdt, "interrupt-controller", NULL, 0));
	B(fdt_property_string(fdt, "compatible", "riscv,cpu-intc"));
	CELLS(fdt, "#interrupt-cells", 1);
	if (intc_phandle)
		CELLS(fdt, "phandle", intc_phandle);
	B(fdt_end_node(fdt));
	B(fdt_end_node(fdt));
}

static void cpus(void *fdt, enum synth_variant v)
{
	static const char ext[] = "i\0m\0a\0sstc";
	unsigned i;

	B(fdt_begin_node(fdt, "cpus"));
	CELLS(fdt, "#address-cells", 1);
	CELLS(fdt, "#size-cells", 0);
	if (v == SYNTH_HIGH_HARTIDS) {
		static const unsigned ids[] = { 0, 63, 64, 0xffffffffu };

		CELLS(fdt, "timebase-frequency", 1000000);
		for (i = 0; i < sizeof(ids) / sizeof(ids[0]); i++)
			cpu(fdt, ids[i], "okay", "riscv,sv39", NULL, 0, false);
		B(fdt_end_node(fdt));
		return;
	}
	if (v == SYNTH_MANY_HARTS) {
		CELLS(fdt, "timebase-frequency", 1000000);
		for (i = 0; i < 10; i++)
			cpu(fdt, i, "okay", "riscv,sv39", NULL, 0, false);
		B(fdt_end_node(fdt));
		return;
	}
	cpu(fdt, 0, "okay", NULL, NULL, 1, false);
	cpu(fdt, 1, NULL, "riscv,sv39", "rv64imafdc_zicsr_SSTC", 2, true);
	B(fdt_begin_node(fdt, "cpu-map"));
	B(fdt_end_node(fdt));
	cpu(fdt, 2, "disabled", "riscv,sv39", NULL, 3, false);
	B(fdt_begin_node(fdt, "cpu@3"));
	B(fdt_property_string(fdt, "device_type", "cpu"));
	CELLS(fdt, "reg", 3);
	B(fdt_property_string(fdt, "status", "ok"));
	B(fdt_property_string(fdt, "mmu-type", "riscv,sv48"));
	B(fdt_property_string(fdt, "riscv,isa", "rv64imafdc_zsstc_sstcx"));
	B(fdt_property(fdt, "riscv,isa-extensions", ext, sizeof(ext)));
	B(fdt_begin_node(fdt, "interrupt-controller"));
	B(fdt_property(fdt, "interrupt-controller", NULL, 0));
	CELLS(fdt, "linux,phandle", 4);
	B(fdt_end_node(fdt));
	B(fdt_end_node(fdt));
	cpu(fdt, 4, NULL, "riscv,none", NULL, 5, false);
	B(fdt_end_node(fdt));
}

static void soc(void *fdt, enum synth_variant v)
{
	B(fdt_begin_node(fdt, "soc"));
	CELLS(fdt, "#address-cells", 2);
	CELLS(fdt, "#size-cells", 2);
	B(fdt_property_string(fdt, "compatible", "simple-bus"));
	B(fdt_property(fdt, "ranges", NULL, 0));

	B(fdt_begin_node(fdt, "plic@c000000"));
	B(fdt_property(fdt, "compatible", "vendor,plic\0riscv,plic0",
		       sizeof("vendor,plic\0riscv,plic0")));
	CELLS(fdt, "reg", 0, 0xc000000, 0, 0x4000000);
	CELLS(fdt, "riscv,ndev", 31);
	CELLS(fdt, "interrupts-extended", 1, 11, 2, 11, 2, 9, 4, 9, 4, 11);
	B(fdt_end_node(fdt));

	B(fdt_begin_node(fdt, "bus@20000000"));
	CELLS(fdt, "#address-cells", 1);
	CELLS(fdt, "#size-cells", 1);
	CELLS(fdt, "ranges", 0, 0, 0x20000000, 0x100000);
	B(fdt_begin_node(fdt, "serial@1000"));
	if (v == SYNTH_ODD_CONSOLE)
		B(fdt_property_string(fdt, "compatible", "vendor,uart"));
	else
		B(fdt_property(fdt, "compatible", "vendor,uart\0snps,dw-apb-uart",
			       sizeof("vendor,uart\0snps,dw-apb-uart")));
	CELLS(fdt, "reg", 0x1000, 0x100);
	CELLS(fdt, "reg-shift", 2);
	CELLS(fdt, "reg-io-width", 4);
	CELLS(fdt, "interrupts", 7, 4);
	if (v == SYNTH_OFF_CONSOLE)
		B(fdt_property_string(fdt, "status", "disabled"));
	B(fdt_end_node(fdt));
	B(fdt_end_node(fdt));

	B(fdt_end_node(fdt));
}

static void memory(void *fdt)
{
	B(fdt_begin_node(fdt, "memory@80000000"));
	B(fdt_property_string(fdt, "device_type", "memory"));
	CELLS(fdt, "reg", 0, 0x80000000, 0, 0x40000000,
	      1, 0, 0, 0x10000000);
	B(fdt_end_node(fdt));
	B(fdt_begin_node(fdt, "memory@c0000000"));
	B(fdt_property_string(fdt, "device_type", "memory"));
	B(fdt_property_string(fdt, "status", "disabled"));
	CELLS(fdt, "reg", 0, 0xc0000000, 0, 0x1000);
	B(fdt_end_node(fdt));
}

static void reserved_memory(void *fdt, enum synth_variant v)
{
	char name[32];
	unsigned i, n = v == SYNTH_MANY_RESV ? 15 : 1;

	B(fdt_begin_node(fdt, "reserved-memory"));
	CELLS(fdt, "#address-cells", 2);
	CELLS(fdt, "#size-cells", 2);
	B(fdt_property(fdt, "ranges", NULL, 0));
	for (i = 0; i < n; i++) {
		snprintf(name, sizeof(name), "mmode_resv%u@%x", i,
			 0x80000000u + i * 0x100000u);
		B(fdt_begin_node(fdt, name));
		CELLS(fdt, "reg", 0, 0x80000000u + i * 0x100000u, 0, 0x40000);
		B(fdt_property(fdt, "no-map", NULL, 0));
		B(fdt_end_node(fdt));
	}
	B(fdt_begin_node(fdt, "dynamic"));
	CELLS(fdt, "size", 0, 0x100000);
	B(fdt_end_node(fdt));
	B(fdt_end_node(fdt));
}

static void finish(void *fdt, uint8_t **blob, size_t *size)
{
	B(fdt_end_node(fdt));
	B(fdt_finish(fdt));
	B(fdt_pack(fdt));
	*size = fdt_totalsize(fdt);
	/* Copy to a buffer of the exact size so ASan sees over-reads. */
	*blob = malloc(*size);
	memcpy(*blob, fdt, *size);
	free(fdt);
}

static void begin(void **fdt, size_t size)
{
	*fdt = calloc(1, size);
	B(fdt_create(*fdt, (int)size));
}

size_t synth_build(enum synth_variant v, uint8_t **blob)
{
	void *fdt;
	size_t size;

	begin(&fdt, BUF_SIZE);
	B(fdt_add_reservemap_entry(fdt, 0x80000000, 0x40000));
	B(fdt_add_reservemap_entry(fdt, 0x90000000, 0x1000));
	B(fdt_finish_reservemap(fdt));
	B(fdt_begin_node(fdt, ""));
	CELLS(fdt, "#address-cells", 2);
	CELLS(fdt, "#size-cells", 2);
	B(fdt_property_string(fdt, "model", "Synthetic Board"));
	B(fdt_property_string(fdt, "compatible", "test,synthetic"));
	if (v == SYNTH_SMALL) {
		B(fdt_begin_node(fdt, "a"));
		CELLS(fdt, "x", 1, 2, 3);
		B(fdt_begin_node(fdt, "b@1"));
		B(fdt_property_string(fdt, "s", "hello"));
		B(fdt_end_node(fdt));
		B(fdt_end_node(fdt));
		finish(fdt, blob, &size);
		return size;
	}

	B(fdt_begin_node(fdt, "aliases"));
	B(fdt_property_string(fdt, "serial0", "/soc/bus@20000000/serial@1000"));
	B(fdt_property_string(fdt, "cpus", "/cpus"));
	B(fdt_end_node(fdt));
	B(fdt_begin_node(fdt, "chosen"));
	if (v == SYNTH_ABS_CONSOLE)
		B(fdt_property_string(fdt, "stdout-path",
				      "/soc/bus@20000000/serial@1000"));
	else if (v != SYNTH_NO_STDOUT)
		B(fdt_property_string(fdt, "stdout-path", "serial0:115200n8"));
	B(fdt_end_node(fdt));
	cpus(fdt, v);
	if (v != SYNTH_NO_MEMORY)
		memory(fdt);
	reserved_memory(fdt, v);
	soc(fdt, v);
	finish(fdt, blob, &size);
	return size;
}

size_t synth_deep(unsigned depth, uint8_t **blob)
{
	void *fdt;
	size_t size;
	unsigned i;

	/* Each level takes a BEGIN_NODE, a name word and an END_NODE. */
	begin(&fdt, BUF_SIZE + (size_t)depth * 12);
	B(fdt_finish_reservemap(fdt));
	B(fdt_begin_node(fdt, ""));
	for (i = 0; i < depth; i++)
		B(fdt_begin_node(fdt, "n"));
	for (i = 0; i < depth; i++)
		B(fdt_end_node(fdt));
	finish(fdt, blob, &size);
	return size;
}
