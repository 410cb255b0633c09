/* SPDX-License-Identifier: BSD-2-Clause */
#ifndef KERN_BOARD_H
#define KERN_BOARD_H

/*
 * What the kernel knows about the machine it runs on, all of it learned from
 * the flattened device tree the firmware passes in a1. board_from_fdt() fills
 * one of these; nothing else in the kernel reads the device tree.
 *
 * Invariants once board_from_fdt() returned 0:
 *  - mem[0..nmem) are the RAM banks, sizes non-zero, in device-tree order;
 *  - resv[0..nresv) are the memory reservation block entries followed by every
 *    /reserved-memory child with a reg property (OpenSBI's own region among
 *    them): the frame allocator must never hand these out;
 *  - harts[0..nharts) are only harts usable in S-mode: status absent or
 *    "okay" and an mmu-type property present (the monitor cores of the
 *    FU540/FU740/JH7110 have none);
 *  - console.kind is CONSOLE_NONE when /chosen/stdout-path names nothing the
 *    kernel has a driver for; the kernel then falls back to the SBI console.
 */

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define BOARD_MAX_MEM   8
#define BOARD_MAX_RESV  16
#define BOARD_MAX_HARTS 8
/* The highest hart id the kernel can name: it reaches other harts through
 * SBI hart masks of one word from hart 0 (fences, IPIs). */
#define BOARD_MAX_HARTID 63
#define BOARD_NAME_MAX  64
#define BOARD_BOOTARGS_MAX 128

/* PLIC context that does not exist (a hart without an S-mode external irq). */
#define BOARD_NO_CONTEXT 0xffffffffu

struct board_range {
	uint64_t base;
	uint64_t size;
};

enum board_console_kind {
	CONSOLE_NONE = 0,
	CONSOLE_NS16550,     /* "ns16550a", "ns16550", "snps,dw-apb-uart" */
	CONSOLE_SIFIVE_UART, /* "sifive,uart0" */
};

struct board_console {
	enum board_console_kind kind;
	uint64_t base;          /* physical address of the register block */
	uint64_t size;
	uint32_t reg_shift;     /* register n lives at base + (n << reg_shift) */
	uint32_t reg_io_width;  /* access width in bytes: 1 or 4 */
	uint32_t irq;           /* PLIC source, 0 if none */
	char path[BOARD_NAME_MAX]; /* node path, e.g. "/soc/serial@10000000" */
};

struct board_hart {
	uint32_t hartid;         /* the cpu node's reg */
	uint32_t plic_s_context; /* S-mode external context, or BOARD_NO_CONTEXT */
	bool has_sstc;           /* ISA string or extension list names Sstc */
};

struct board_plic {
	bool present;
	uint64_t base;
	uint64_t size;
	uint32_t ndev;           /* riscv,ndev */
};

struct board {
	char model[BOARD_NAME_MAX];
	struct board_range mem[BOARD_MAX_MEM];
	unsigned nmem;
	struct board_range resv[BOARD_MAX_RESV];
	unsigned nresv;
	struct board_hart harts[BOARD_MAX_HARTS];
	unsigned nharts;
	unsigned harts_skipped;  /* cpu nodes left out: no MMU, disabled, an id
				  above BOARD_MAX_HARTID, or too many */
	uint64_t timebase_hz;
	struct board_console console;
	struct board_plic plic;
	uint32_t dtb_size;       /* the header's totalsize */
	struct board_range test_finisher; /* QEMU's sifive,test device; size 0 if none */
	char bootargs[BOARD_BOOTARGS_MAX]; /* /chosen/bootargs (QEMU -append), "" if none */
};

/*
 * Fill *b from the device tree at dtb. max_size bounds every read (pass the
 * size of the buffer the blob lives in, or a generous limit when unknown).
 * Returns 0, or a negative FDT_ERR_* code from kern/fdt.h; a malformed or
 * truncated tree is an error, never a crash.
 */
int board_from_fdt(struct board *b, const void *dtb, size_t max_size);

/*
 * The number a kernel option KEY=N on the command line (b->bootargs) gives:
 * N in decimal, ending at a space or at the end. dflt when KEY is absent;
 * dflt too, and *bad set, when its value is no such number (so the caller
 * can say so). bad may be NULL.
 */
unsigned long board_cmdline_number(const struct board *b, const char *key,
				   unsigned long dflt, bool *bad);

#endif
