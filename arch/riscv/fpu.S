/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * The floating-point registers from a struct fpu_state (the way back, the
 * save, is inline: arch/riscv/inline.h:arch_fpu_let_go). The kernel is
 * built without F and D (it never computes in floating point, so a trap
 * needs to save none of it); this routine alone is assembled with D. The
 * caller has made sstatus.FS non-Off: with FS Off each of these
 * instructions would trap.
 */
#include <arch/riscv/regs.h>

	.option	push
	.option	arch, +d

	.text
/* fpu_regs_load(const struct fpu_state *from) */
	.globl	fpu_regs_load
fpu_regs_load:
	.irp	n, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
	fld	f\n, FPU_F(\n)(a0)
	.endr
	ld	t0, FPU_FCSR(a0)
	fscsr	t0
	ret

	.option	pop
