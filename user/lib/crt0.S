/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * Program entry. The kernel starts a thread at its pc with sp set and
 * a0 = an argument (THREAD_SET_REGS; BOOTINFO_ADDR for the root task).
 * Nothing else is set up: every other register is 0 or stale.
 */
	.section .text.init.enter, "ax", @progbits
	.globl	_start
	.type	_start, @function
_start:
	/* gp first: relaxed code addresses small data through it. The load
	 * itself must not be relaxed into "gp-relative gp". */
	.option push
	.option norelax
	lla	gp, __global_pointer$
	.option pop

	/* Stop backtraces here. */
	li	ra, 0
	li	s0, 0
	mv	s1, a0			/* the argument, kept across the calls */

	/* The kernel's loader zero-fills .bss today, but kern/abi.h does not
	 * promise it: clear it here. Both ends are 8-aligned (user.ld). */
	lla	t0, __bss_start
	lla	t1, __bss_end
1:	bgeu	t0, t1, 2f
	sd	zero, 0(t0)
	addi	t0, t0, 8
	j	1b
2:
	/* Thread-local storage for this first thread: errno is TLS. The block
	 * is reserved in .bss by user.ld; ulib_tls_init copies .tdata into it,
	 * zeroes .tbss and returns the tp value. */
	lla	a0, __main_tls
	call	ulib_tls_init
	mv	tp, a0

	mv	a0, s1
	tail	ulib_start
	.size	_start, . - _start
