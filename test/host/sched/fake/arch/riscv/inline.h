/* SPDX-License-Identifier: BSD-2-Clause */
#ifndef ARCH_RISCV_INLINE_H
#define ARCH_RISCV_INLINE_H

/*
 * The host's arch/riscv/inline.h for test/host/sched: first on that test's
 * include path, so kern/arch.h finds it instead of the real one, whose
 * inlines load from tp. Same names and signatures; the hart "executing" and
 * each hart's per-hart pointer are variables test_sched.c defines and sets,
 * so one process can play several harts in turn.
 */

#define CPU_INDEX_OFFSET 32
#define CPU_LOCAL_OFFSET 40

#ifndef __ASSEMBLER__
#include <stdbool.h>
#include <stdint.h>

extern unsigned host_hart;          /* the hart the test is playing now */
extern void *host_cpu_local[];      /* what arch_set_cpu_local() stored */

static inline unsigned long arch_cpu_index(void)
{
	return host_hart;
}

static inline void *arch_cpu_local(void)
{
	return host_cpu_local[host_hart];
}

/* For kern/pagetable.h's inlines, which the scheduler's test never runs:
 * there is no direct map or hardware table on the host. */
static inline uintptr_t arch_phys_to_virt(uint64_t pa)
{
	return (uintptr_t)pa;
}

static inline uint64_t arch_pte_leaf(uint64_t pa, unsigned rights)
{
	return pa | rights;
}

extern bool arch_remote_fence_owed;

static inline bool arch_tlb_flush_owed(void)
{
	return arch_remote_fence_owed;
}

/* No FP registers on the host: every thread counts as using them, and
 * test_sched.c records each let-go, to check that a hart lets no thread
 * go without it. */
void host_fpu_let_go(struct arch_regs *r);

static inline void arch_fpu_let_go(struct arch_regs *r, struct arch_fpu *f)
{
	(void)f;
	host_fpu_let_go(r);
}

static inline bool arch_fpu_in_use(const struct arch_regs *r)
{
	(void)r;
	return true;
}

#endif /* __ASSEMBLER__ */
#endif
