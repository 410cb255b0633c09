/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * The trap vector. Every trap and interrupt on every hart enters here
 * (stvec, direct mode). sscratch tells where we came from: 0 while the hart
 * runs kernel code, its struct cpu while it runs user code. One csrrw swaps
 * tp with sscratch and the result says which case this is.
 *
 * Kernel traps push a struct trap_frame on the current kernel stack, call
 * trap_kernel(frame) in trap.c, and return through the same frame, so a
 * handler may change sepc (a self-test skipping a faulting instruction).
 */
#include <arch/riscv/cpu.h>
#include <arch/riscv/csr.h>
#include <kern/bkl.h>

/*
 * From user mode the registers are saved in two parts: first all but the
 * callee-saved s0..s11 (and t0, the base, sp and tp, which the caller
 * stores), then those. C code keeps s0..s11 as it found them, so a system
 * call the entry answers at once (the null call) never needs them in the
 * block; any path that may switch threads or read the block saves them
 * first.
 */
.macro SAVE_NON_S base
	sd	x1, TF_X(1)(\base)
	sd	x3, TF_X(3)(\base)
	sd	x6, TF_X(6)(\base)
	sd	x7, TF_X(7)(\base)
	sd	x10, TF_X(10)(\base)
	sd	x11, TF_X(11)(\base)
	sd	x12, TF_X(12)(\base)
	sd	x13, TF_X(13)(\base)
	sd	x14, TF_X(14)(\base)
	sd	x15, TF_X(15)(\base)
	sd	x16, TF_X(16)(\base)
	sd	x17, TF_X(17)(\base)
	sd	x28, TF_X(28)(\base)
	sd	x29, TF_X(29)(\base)
	sd	x30, TF_X(30)(\base)
	sd	x31, TF_X(31)(\base)
.endm

/* s1..s11: a system call's entry stores s0 at once and keeps the block in it. */
.macro SAVE_S1_S11 base
	sd	x9, TF_X(9)(\base)
	sd	x18, TF_X(18)(\base)
	sd	x19, TF_X(19)(\base)
	sd	x20, TF_X(20)(\base)
	sd	x21, TF_X(21)(\base)
	sd	x22, TF_X(22)(\base)
	sd	x23, TF_X(23)(\base)
	sd	x24, TF_X(24)(\base)
	sd	x25, TF_X(25)(\base)
	sd	x26, TF_X(26)(\base)
	sd	x27, TF_X(27)(\base)
.endm

/* s1..s11 back, the mirror of SAVE_S1_S11. */
.macro LOAD_S1_S11 base
	ld	x9, TF_X(9)(\base)
	ld	x18, TF_X(18)(\base)
	ld	x19, TF_X(19)(\base)
	ld	x20, TF_X(20)(\base)
	ld	x21, TF_X(21)(\base)
	ld	x22, TF_X(22)(\base)
	ld	x23, TF_X(23)(\base)
	ld	x24, TF_X(24)(\base)
	ld	x25, TF_X(25)(\base)
	ld	x26, TF_X(26)(\base)
	ld	x27, TF_X(27)(\base)
.endm

/* Every register but x2 (sp) and x4 (tp), which the caller owns: a kernel
 * trap's frame. */
.macro SAVE_GPRS base
	SAVE_NON_S \base
	sd	x5, TF_X(5)(\base)
	sd	x8, TF_X(8)(\base)
	SAVE_S1_S11 \base
.endm

/* The big kernel lock let go (kern/bkl.h:bkl_unlock): the count of points
 * passed with a hart waiting zeroed, then held (at BKL_HELD_OFFSET, 0,
 * where amoswap wants it) cleared with release order, so every store
 * before it (the saved registers) is seen first. */
.macro BKL_UNLOCK tmp
.if BKL_HELD_OFFSET != 0
.error "BKL_UNLOCK: amoswap needs held at offset 0"
.endif
	la	\tmp, bkl
	sd	zero, BKL_HOLD_WAITED_OFFSET(\tmp)
	amoswap.d.rl zero, zero, (\tmp)
.endm

/* The loads of SAVE_NON_S but a0, which is often the base: the caller
 * loads it, last. */
.macro LOAD_NON_S_BUT_A0 base
	ld	x1, TF_X(1)(\base)
	ld	x3, TF_X(3)(\base)
	ld	x6, TF_X(6)(\base)
	ld	x7, TF_X(7)(\base)
	ld	x11, TF_X(11)(\base)
	ld	x12, TF_X(12)(\base)
	ld	x13, TF_X(13)(\base)
	ld	x14, TF_X(14)(\base)
	ld	x15, TF_X(15)(\base)
	ld	x16, TF_X(16)(\base)
	ld	x17, TF_X(17)(\base)
	ld	x28, TF_X(28)(\base)
	ld	x29, TF_X(29)(\base)
	ld	x30, TF_X(30)(\base)
	ld	x31, TF_X(31)(\base)
.endm

/* Back to user mode from the block at base: sscratch gets this hart's
 * struct cpu, then sepc, sstatus and every register but s1..s11 and a0
 * (the base), which the caller loads, a0 last. */
.macro LOAD_USER_BUT_S1_S11_A0 base
	csrw	sscratch, tp
	ld	t0, TF_SEPC(\base)
	ld	t1, TF_SSTATUS(\base)
	csrw	sepc, t0
	csrw	sstatus, t1
	LOAD_NON_S_BUT_A0 \base
	ld	x2, TF_X(2)(\base)
	ld	x4, TF_X(4)(\base)
	ld	x5, TF_X(5)(\base)
	ld	x8, TF_X(8)(\base)
.endm

/* Restores every register but x2 (sp) and x4 (tp), which the caller owns. */
.macro RESTORE_GPRS base
	LOAD_NON_S_BUT_A0 \base
	ld	x5, TF_X(5)(\base)
	ld	x8, TF_X(8)(\base)
	ld	x10, TF_X(10)(\base)
	LOAD_S1_S11 \base
.endm

	.text
	.align	4
	.globl	trap_entry
trap_entry:
	csrrw	tp, sscratch, tp
	bnez	tp, trap_from_user
	/* From the kernel: sscratch held 0, so tp is 0 and the kernel's tp is
	 * in sscratch. Put both back. */
	csrrw	tp, sscratch, zero

	addi	sp, sp, -TF_SIZE
	SAVE_GPRS sp
	addi	t0, sp, TF_SIZE
	sd	t0, TF_X(2)(sp)
	sd	tp, TF_X(4)(sp)
	csrr	t0, sepc
	csrr	t1, sstatus
	csrr	t2, scause
	csrr	t3, stval
	sd	t0, TF_SEPC(sp)
	sd	t1, TF_SSTATUS(sp)
	sd	t2, TF_SCAUSE(sp)
	sd	t3, TF_STVAL(sp)

	mv	a0, sp
	call	trap_kernel

	ld	t0, TF_SEPC(sp)
	ld	t1, TF_SSTATUS(sp)
	csrw	sepc, t0
	csrw	sstatus, t1
	RESTORE_GPRS sp
	addi	sp, sp, TF_SIZE
	sret

/*
 * From user mode: tp is now this hart's struct cpu and sscratch holds the
 * user's tp. System calls, the most frequent trap, skip the general
 * decoding in trap_user. The registers go straight into the current thread's
 * struct trap_frame (cpu->user_regs); then the kernel stack starts afresh:
 * the kernel keeps no per-thread kernel stack, every entry from user mode
 * begins at the top and ends in arch_enter_user().
 */
trap_from_user:
	sd	t0, CPU_SCRATCH(tp)
	ld	t0, CPU_USER_REGS(tp)
	sd	zero, CPU_USER_REGS(tp)   /* out of user mode (arch_cpu_leave_user) */
	SAVE_NON_S t0
	sd	sp, TF_X(2)(t0)
	ld	t1, CPU_SCRATCH(tp)
	sd	t1, TF_X(5)(t0)
	csrr	t1, sscratch
	sd	t1, TF_X(4)(t0)
	csrw	sscratch, zero
	csrr	t1, sepc
	csrr	t2, sstatus
	csrr	t3, scause
	sd	t1, TF_SEPC(t0)
	sd	t2, TF_SSTATUS(t0)
	ld	sp, CPU_KSTACK_TOP(tp)
	sd	s0, TF_X(8)(t0)
	li	t5, EXC_ECALL_U
	bne	t3, t5, 2f
	/* System calls go straight to trap_syscall_fast, s1..s11 still the
	 * user's (C keeps them), s0 saved and holding the block; they need
	 * neither scause nor stval. It returns with the lock held: the
	 * registers to enter, or NULL. */
	mv	s0, t0
	mv	a0, t0
	call	trap_syscall_fast
	bne	a0, s0, 6f                /* another thread, or the general path */
	/* The caller goes on: s1..s11 are live. The rest loaded; sret. */
	BKL_UNLOCK t1
	LOAD_USER_BUT_S1_S11_A0 a0
	ld	x10, TF_X(10)(a0)
	sret
2:	SAVE_S1_S11 t0
	csrr	t4, stval
	sd	t3, TF_SCAUSE(t0)
	sd	t4, TF_STVAL(t0)
	mv	a0, t0
	li	t5, EXC_ILLEGAL_INST      /* maybe a first FP instruction: */
	bne	t3, t5, 3f
	mv	s0, t0                    /* the user's s0 is saved: keep the frame */
	call	trap_fpu_fast             /* claimed the FPU, retry it */
	bnez	a0, arch_user_return
	mv	a0, s0
3:	call	trap_user
1:	j	1b                        /* neither returns */

5:	mv	a0, s0
	call	trap_syscall              /* the general path, lock held */

/* The system-call fast path enters another thread (a0), or falls to the
 * general path: either way the caller's s1..s11 (s0 is its block) go in
 * first, before the lock is let go or a call can switch. Then, for
 * another thread, on into arch_user_return. */
6:	SAVE_S1_S11 s0
	beqz	a0, 5b
	BKL_UNLOCK t1

/*
 * arch_user_return(struct trap_frame *tf): load tf and sret to user mode.
 * Interrupts are off; cpu->user_regs is tf already (set under the kernel
 * lock); sscratch gets this hart's struct cpu so the next trap knows it
 * came from user mode. a0 is restored last: it is the base.
 */
	.globl	arch_user_return
arch_user_return:
	LOAD_USER_BUT_S1_S11_A0 a0
	LOAD_S1_S11 a0
	ld	x10, TF_X(10)(a0)
	sret
