/* SPDX-License-Identifier: BSD-2-Clause */
#ifndef ARCH_RISCV_CPU_H
#define ARCH_RISCV_CPU_H

/*
 * Per-hart state and the trap frame. Offsets used by assembly are defined
 * here once as macros; the _Static_asserts below tie them to the C layout.
 *
 * While a hart runs kernel code, tp points to its struct cpu and sscratch
 * is 0. (User mode entry, later, puts the struct cpu pointer in sscratch so
 * the trap vector can tell the two cases apart with one csrrw.)
 */

#include <arch/riscv/memlayout.h>

/* struct trap_frame: x1..x31 at 8*n, then the trap CSRs */
#define TF_X(n)       ((n) * 8)
#define TF_SEPC       (32 * 8)
#define TF_SSTATUS    (33 * 8)
#define TF_SCAUSE     (34 * 8)
#define TF_STVAL      (35 * 8)
#define TF_SIZE       (36 * 8)

/* struct cpu */
#define CPU_KSTACK_TOP 0
#define CPU_SCRATCH    8

#ifndef __ASSEMBLER__
#include <stddef.h>
#include <stdint.h>

struct trap_frame {
	unsigned long x[32];      /* x[0] is unused: x0 is always zero */
	unsigned long sepc;
	unsigned long sstatus;
	unsigned long scause;
	unsigned long stval;
};

_Static_assert(offsetof(struct trap_frame, sepc) == TF_SEPC, "TF_SEPC");
_Static_assert(offsetof(struct trap_frame, sstatus) == TF_SSTATUS, "TF_SSTATUS");
_Static_assert(offsetof(struct trap_frame, scause) == TF_SCAUSE, "TF_SCAUSE");
_Static_assert(offsetof(struct trap_frame, stval) == TF_STVAL, "TF_STVAL");
_Static_assert(sizeof(struct trap_frame) == TF_SIZE, "TF_SIZE");
_Static_assert(TF_SIZE % 16 == 0, "trap frames keep sp 16-byte aligned");

/*
 * One per usable hart. Written by that hart only, except `online`, which the
 * boot hart polls, and `hartid`/`index`, fixed before the hart starts.
 */
struct cpu {
	uintptr_t kstack_top;     /* top of this hart's kernel stack */
	unsigned long scratch;    /* trap entry spill slot */
	unsigned long hartid;
	unsigned index;           /* dense: the boot hart is 0 */
	volatile int online;
	uint64_t ticks;           /* timer interrupts taken on this hart */
	uint64_t next_tick;       /* timebase value of the next tick */
	/* A self-test may expect one trap: the handler resumes at expect_resume. */
	unsigned long expect_cause;
	uintptr_t expect_resume;
	unsigned long expect_seen_stval;
	volatile int expect_hit;
};

_Static_assert(offsetof(struct cpu, kstack_top) == CPU_KSTACK_TOP, "CPU_KSTACK_TOP");
_Static_assert(offsetof(struct cpu, scratch) == CPU_SCRATCH, "CPU_SCRATCH");

extern struct cpu cpus[MAX_CPUS];
extern unsigned ncpus;

static inline struct cpu *this_cpu(void)
{
	struct cpu *c;
	__asm__ volatile("mv %0, tp" : "=r"(c));
	return c;
}

void trap_init_hart(void);
void timer_init_hart(void);
void timer_tick(void);
#endif

#endif
