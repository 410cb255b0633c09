/* SPDX-License-Identifier: BSD-2-Clause */
#ifndef ARCH_RISCV_REGS_H
#define ARCH_RISCV_REGS_H

/*
 * The register state a trap saves: for a kernel trap on the kernel stack,
 * for a user trap in the thread (struct thread.regs). Offsets for trap.S are
 * defined once here; _Static_asserts tie them to the struct.
 */

/* struct trap_frame: x1..x31 at 8*n, then the trap CSRs */
#define TF_X(n)       ((n) * 8)
#define TF_SEPC       (32 * 8)
#define TF_SSTATUS    (33 * 8)
#define TF_SCAUSE     (34 * 8)
#define TF_STVAL      (35 * 8)
#define TF_SIZE       (36 * 8)

/* struct fpu_state: f0..f31 at 8*n, then fcsr (arch/riscv/fpu.S) */
#define FPU_F(n)      ((n) * 8)
#define FPU_FCSR      (32 * 8)
#define FPU_SIZE      (33 * 8)

#define REG_RA 1
#define REG_SP 2
#define REG_A0 10
#define REG_A7 17

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
 * A thread's floating-point registers when they are not live in a hart
 * (arch/riscv/fpu.c): apart from the trap frame, which the kernel's own
 * traps push on its stack too and which the kernel, built without F and
 * D, never needs them in. All zero in a new thread (a zeroed cell).
 */
struct fpu_state {
	uint64_t f[32];
	uint64_t fcsr;
};

_Static_assert(offsetof(struct fpu_state, fcsr) == FPU_FCSR, "FPU_FCSR");
_Static_assert(sizeof(struct fpu_state) == FPU_SIZE, "FPU_SIZE");

/* What generic code calls a thread's user registers, and its FP save area. */
#define arch_regs trap_frame
#define arch_fpu fpu_state

/* System-call arguments a0..a6 and the number in a7. */
static inline unsigned long arch_regs_arg(const struct trap_frame *r, unsigned n)
{
	return r->x[REG_A0 + n];
}

/* The same, in place: a0..a6 are consecutive in the block. For a call
 * that writes its own registers only when it is done (register IPC). */
static inline const unsigned long *arch_regs_args(const struct trap_frame *r)
{
	return (const unsigned long *)&r->x[REG_A0];
}

/* A long call that leaves the kernel unfinished records its progress in
 * its own arguments (SYS_DEBUG_WRITE). */
static inline void arch_regs_set_arg(struct trap_frame *r, unsigned n, unsigned long v)
{
	r->x[REG_A0 + n] = v;
}

static inline unsigned long arch_regs_syscall_nr(const struct trap_frame *r)
{
	return r->x[REG_A7];
}

/* a0 = err, a1.. = res[0..n-1] (n is 3, 4 or 5: kern/syscall.h's struct
 * sysret); the other registers keep their values */
static inline void arch_regs_set_result(struct trap_frame *r, unsigned long err,
					const unsigned long *res, unsigned n)
{
	/* Stores, no loop. */
	r->x[REG_A0] = err;
	r->x[REG_A0 + 1] = res[0];
	r->x[REG_A0 + 2] = res[1];
	r->x[REG_A0 + 3] = res[2];
	if (n > 3)
		r->x[REG_A0 + 4] = res[3];
	if (n > 4)
		r->x[REG_A0 + 5] = res[4];
}

/* Step over the ecall: a completed system call returns after it. */
static inline void arch_regs_skip_syscall(struct trap_frame *r)
{
	r->sepc += 4;
}

static inline unsigned long arch_regs_pc(const struct trap_frame *r)
{
	return r->sepc;
}
#endif

#endif
