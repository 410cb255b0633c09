/* SPDX-License-Identifier: BSD-2-Clause */
#ifndef ARCH_RISCV_CPU_H
#define ARCH_RISCV_CPU_H

/*
 * Per-hart state and the trap frame. Offsets used by assembly are defined
 * here once as macros; the _Static_asserts below tie them to the C layout.
 *
 * While a hart runs kernel code, tp points to its struct cpu and sscratch
 * is 0. While it runs user code, sscratch holds the struct cpu pointer
 * (the way out to user mode in trap.S puts it there), so the trap vector
 * tells the two cases apart with one csrrw.
 */

#include <arch/riscv/memlayout.h>
#include <arch/riscv/inline.h>
#include <arch/riscv/regs.h>

/* struct cpu */
#define CPU_KSTACK_TOP 0
#define CPU_SCRATCH    8
#define CPU_USER_REGS  16

#ifndef __ASSEMBLER__
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <arch/riscv/regs.h>


/*
 * A secondary hart's bring-up, agreed between it and the boot hart through
 * cpu->boot_state, which changes by compare-and-swap only:
 *
 *   OFF      -> STARTING   the boot hart, just before SBI hart_start
 *   STARTING -> OFF        the boot hart, when hart_start failed
 *   STARTING -> ARRIVED    the hart itself, first thing in secondary_main
 *   STARTING -> LEFT_OUT   the boot hart, when its wait for the hart is over
 *
 * Only one of the last two can happen, so a hart either joins the kernel
 * (ARRIVED; `online` follows once its trap vector and tick are set up) or,
 * arriving after the boot hart gave up on it, finds LEFT_OUT and stops
 * itself through SBI HSM before touching anything shared. No hart the boot
 * hart reported missing ever runs kernel code past that check.
 */
enum cpu_boot_state {
	CPU_BOOT_OFF,
	CPU_BOOT_STARTING,
	CPU_BOOT_ARRIVED,
	CPU_BOOT_LEFT_OUT,
};

/*
 * One per usable hart. Written by that hart only, except `online` and
 * `boot_state`, which the boot hart polls (above), `hartid`, `hart_mask`,
 * `index` and `isa_sstc`, fixed before the hart starts, `icache_stale`,
 * which any hart sets under the kernel lock, and `fpu_owner`, which any
 * hart clears under the kernel lock.
 */
struct cpu {
	uintptr_t kstack_top;     /* top of this hart's kernel stack */
	unsigned long scratch;    /* trap entry spill slot */
	struct trap_frame *user_regs; /* where a trap from user mode saves: set,
				     under the kernel lock, on the way to user
				     mode; cleared by the trap entry, so non-zero
				     means "in user mode, or about to be"
				     (arch_cpu_leave_user waits on it) */
	unsigned long hartid;
	unsigned index;           /* dense: the boot hart is 0 */
	volatile int online;
	void *local;              /* the generic kernel's (arch_cpu_local) */
	unsigned long hart_mask;  /* this hart in SBI's hart masks: 1 << hartid */
	uint64_t ticks;           /* timer interrupts taken on this hart */
	uint64_t loaded_space;    /* satp while a thread of this hart runs */
	bool user_dirty;          /* may hold user translations (ran a thread since idle) */
	bool icache_stale;        /* code was written since it last ran fence.i */
	uint64_t next_tick;       /* timebase value of the next tick */
	uint64_t tick_interval;   /* the interval next_tick was set with */
	struct fpu_state *fpu_owner; /* whose FP state the f registers hold
				     (arch/riscv/fpu.c), NULL if none */
	struct trap_frame *fpu_owner_regs; /* that thread's registers */
	bool isa_sstc;            /* the device tree lists Sstc for this hart */
	bool tick_sstc;           /* ticks through stimecmp (the probe worked), else SBI TIME */
	int boot_state;           /* enum cpu_boot_state, atomics only */
	/* A probe or self-test may expect one trap: the handler resumes at
	 * expect_resume (trap_expect() in arch/riscv/trap.h). */
	unsigned long expect_cause;
	uintptr_t expect_resume;
	unsigned long expect_seen_stval;
	volatile int expect_hit;
};

_Static_assert(offsetof(struct cpu, kstack_top) == CPU_KSTACK_TOP, "CPU_KSTACK_TOP");
_Static_assert(offsetof(struct cpu, scratch) == CPU_SCRATCH, "CPU_SCRATCH");
_Static_assert(offsetof(struct cpu, user_regs) == CPU_USER_REGS, "CPU_USER_REGS");
_Static_assert(offsetof(struct cpu, index) == CPU_INDEX_OFFSET, "CPU_INDEX_OFFSET");
_Static_assert(offsetof(struct cpu, local) == CPU_LOCAL_OFFSET, "CPU_LOCAL_OFFSET");

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
/* An IPI arrived: acknowledge it, and take up a changed tick interval. */
void timer_ipi(void);
#endif

#endif
