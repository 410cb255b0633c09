/* SPDX-License-Identifier: BSD-2-Clause */
#ifndef ARCH_RISCV_INLINE_H
#define ARCH_RISCV_INLINE_H

/*
 * The arch operations on every kernel entry and exit, inline for generic
 * code (through kern/arch.h): which hart this is, whether the harts
 * owe a TLB fence before the kernel is left, what a hart does with a
 * thread's FP registers when it stops running it, and the direct map
 * (every message transfer reaches its frames through it).
 */

/* struct cpu's index and generic fields (arch/riscv/cpu.h checks them),
 * for the inlines below: tp holds this hart's struct cpu whenever the
 * kernel runs. */
#define CPU_INDEX_OFFSET 32
#define CPU_LOCAL_OFFSET 40

#ifndef __ASSEMBLER__
#include <stdbool.h>
#include <stdint.h>
#include <arch/riscv/csr.h>
#include <arch/riscv/memlayout.h>
#include <arch/riscv/pte.h>
#include <arch/riscv/regs.h>
#include <kern/abi.h>

/* Physical <-> kernel virtual for RAM: the direct map is one offset. */
static inline uintptr_t arch_phys_to_virt(uint64_t pa)
{
	return (uintptr_t)(pa + DIRECT_MAP_BASE);
}

static inline uint64_t arch_virt_to_phys(uintptr_t va)
{
	return (uint64_t)(va - DIRECT_MAP_BASE);
}

/* A user leaf entry for page pa with a capability's CAP_R/W/X: an exchange
 * rewrites one for every mapping of both its frames. */
_Static_assert(PTE_R == CAP_R << 1 && PTE_W == CAP_W << 1 && PTE_X == CAP_X << 1,
	       "a capability's R/W/X, shifted once, are the entry's");

static inline uint64_t arch_pte_leaf(uint64_t pa, unsigned rights)
{
	uint64_t pte = PTE_V | PTE_U | PTE_A | PTE_D;

	pte |= (uint64_t)(rights & (CAP_R | CAP_W | CAP_X)) << 1;   /* one shift, no tests */
	return PTE_FROM_PA(pa, pte);
}

/* This hart's dense index: on every kernel path, so one load, not a call. */
static inline unsigned long arch_cpu_index(void)
{
	unsigned long v;

	__asm__("lwu %0, %1(tp)" : "=r"(v) : "i"(CPU_INDEX_OFFSET));
	return v;
}

/* The generic kernel's per-hart pointer (arch_set_cpu_local()): one load. */
static inline void *arch_cpu_local(void)
{
	void *p;

	__asm__("ld %0, %1(tp)" : "=r"(p) : "i"(CPU_LOCAL_OFFSET));
	return p;
}

/* A user mapping went away and other harts have not fenced yet
 * (arch/riscv/user.c; under the kernel lock). Never set while no hart holds
 * the lock: every way out of the kernel (sched_run, the idle loop) sends
 * the fences first, so a system call finds it false when it starts. */
extern bool arch_remote_fence_owed;

static inline bool arch_tlb_flush_owed(void)
{
	return arch_remote_fence_owed;
}

/* The thread with registers r gets FPU state fs (SSTATUS_FS_*) for its
 * next return to user mode; SD, which sums FS up, goes with the old one. */
static inline void arch_fpu_set_fs(struct trap_frame *r, unsigned long fs)
{
	r->sstatus = (r->sstatus & ~(SSTATUS_FS | SSTATUS_SD)) | fs;
}

/*
 * This hart stops running the thread with registers r and FP save area f
 * (kern/sched.c:sched_let_go_slow, kern/sched.h:sched_switch). FP
 * registers it wrote here (FS Dirty) go to f now, so that the thread finds
 * them wherever it runs next (arch/riscv/fpu.c); one that wrote none costs
 * a test of the sign bit, SD, which the hardware sets with FS Dirty (VS
 * and XS, which it also sums up, are always Off here). Inline, and no
 * call: the IPC fast path, which switches here, saves no registers of its
 * own. The hardware's FS is the thread's (its trap left it so; the kernel
 * runs no FP code), and is set on anyway: the stores trap with FS Off. The
 * kernel is built without D; these instructions alone have it.
 */
static inline void arch_fpu_let_go(struct trap_frame *r, struct fpu_state *f)
{
	unsigned long fcsr;

	if (__builtin_expect(!(r->sstatus & SSTATUS_SD), 1) ||
	    (r->sstatus & SSTATUS_FS) != SSTATUS_FS_DIRTY)
		return;
	csr_set(sstatus, SSTATUS_FS_DIRTY);
	__asm__ volatile(".option push\n"
			 ".option arch, +d\n"
			 ".irp n, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31\n"
			 "fsd f\\n, (\\n * 8)(%[f])\n"
			 ".endr\n"
			 "frcsr %[fcsr]\n"
			 ".option pop"
			 : [fcsr] "=r"(fcsr) : [f] "r"(f->f) : "memory");
	f->fcsr = fcsr;
	arch_fpu_set_fs(r, SSTATUS_FS_CLEAN);
}

/* The thread with registers r has its FPU on (FS not Off): it owns its
 * hart's FP registers, or did when it last ran (arch/riscv/fpu.c). */
static inline bool arch_fpu_in_use(const struct trap_frame *r)
{
	return __builtin_expect((r->sstatus & SSTATUS_FS) != 0, 0);
}

#endif /* __ASSEMBLER__ */
#endif
