/* SPDX-License-Identifier: BSD-2-Clause */
#ifndef ARCH_RISCV_INLINE_H
#define ARCH_RISCV_INLINE_H

/*
 * The arch operations on every kernel entry and exit, inline for generic
 * code (through kern/arch.h): which hart this is, and whether the harts
 * owe a TLB fence before the kernel is left.
 */

/* struct cpu's index field (arch/riscv/cpu.h checks it), for the inline
 * below: tp holds this hart's struct cpu whenever the kernel runs. */
#define CPU_INDEX_OFFSET 32

#ifndef __ASSEMBLER__
#include <stdbool.h>

/* This hart's dense index: on every kernel path, so one load, not a call. */
static inline unsigned long arch_cpu_index(void)
{
	unsigned long v;

	__asm__("lwu %0, %1(tp)" : "=r"(v) : "i"(CPU_INDEX_OFFSET));
	return v;
}

/* A user mapping went away and other harts have not fenced yet
 * (arch/riscv/user.c; under the kernel lock). */
extern bool arch_remote_fence_owed;

static inline bool arch_tlb_flush_owed(void)
{
	return arch_remote_fence_owed;
}

#endif /* __ASSEMBLER__ */
#endif
