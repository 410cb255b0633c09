/* SPDX-License-Identifier: BSD-2-Clause */
#ifndef ARCH_RISCV_TRAP_H
#define ARCH_RISCV_TRAP_H

#include <stdbool.h>
#include <stddef.h>
#include <arch/riscv/cpu.h>

/* The name of a trap cause, e.g. "load page fault". */
const char *trap_cause_name(unsigned long scause);
void trap_kernel(struct trap_frame *tf);
void trap_user_unexpected(void);
/* From user mode (trap.S): an ecall (the fast path, then, if it returns
 * NULL, with the kernel lock held, the rest), and every other trap. */
struct trap_frame *trap_syscall_fast(struct trap_frame *tf);
void trap_syscall(struct trap_frame *tf) __attribute__((noreturn));
void trap_user(struct trap_frame *tf) __attribute__((noreturn));
/* An illegal instruction (trap.S): one with the FPU off goes back to the
 * thread that claimed it, if nothing is left to decide (the registers to
 * load and sret into); else NULL, and trap_user does the rest. */
struct trap_frame *trap_fpu_fast(struct trap_frame *tf);
/* An instruction trapped with sstatus.FS Off: the thread with registers r
 * and FP save area f takes this hart's FPU (arch/riscv/fpu.c). */
void fpu_claim(struct trap_frame *r, struct fpu_state *f);

/*
 * One exception kernel code expects, from an instruction that probes for
 * something the hart may lack (a CSR, a mapping). trap_expect(cause) arms
 * this hart; then one asm block stores the address to resume at in
 * this_cpu()->expect_resume (offset TRAP_EXPECT_RESUME) and runs the
 * instruction. If it takes an exception of that cause, trap_kernel()
 * resumes there instead of panicking (once; any other cause still panics).
 * trap_expect_done() disarms and says whether the trap came.
 *
 *	trap_expect(EXC_ILLEGAL_INST);
 *	__asm__ volatile("lla t0, 1f\n"
 *			 "sd t0, %[off](%[cpu])\n"
 *			 "<the instruction>\n"
 *			 "1:\n"
 *			 :: [cpu] "r"(this_cpu()), [off] "i"(TRAP_EXPECT_RESUME)
 *			 : "t0", "memory");
 *	trapped = trap_expect_done();
 *
 * The "memory" clobber keeps the arming stores before the instruction and
 * the handler's stores visible after it; all of it runs on this hart.
 */
#define TRAP_EXPECT_RESUME offsetof(struct cpu, expect_resume)

static inline void trap_expect(unsigned long cause)
{
	struct cpu *c = this_cpu();

	c->expect_hit = 0;
	c->expect_cause = cause;
}

static inline bool trap_expect_done(void)
{
	struct cpu *c = this_cpu();

	c->expect_resume = 0;
	return c->expect_hit;
}

#endif
