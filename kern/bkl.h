/* SPDX-License-Identifier: BSD-2-Clause */
#ifndef KERN_BKL_H
#define KERN_BKL_H

/*
 * The big kernel lock. Every hart runs threads; kernel work on kernel
 * objects happens under this one lock, taken when a hart enters the kernel
 * from user mode or from its idle loop and dropped when it leaves.
 *
 * A test-and-test-and-set lock, not a fair (ticket or queue) lock: a fair
 * lock hands the lock to the next waiter in line even when that hart is
 * not running (its host thread descheduled under QEMU or a hypervisor,
 * when harts outnumber real cores), and every other hart then waits for
 * it. Measured on this project's CI machine (2 cores, QEMU virt -smp 4),
 * the IPC fuzzer made its 200,000 calls in 30 s with this lock; with the
 * ticket lock it replaced, it had not finished its first 2,000 rounds (a
 * few tens of thousands of calls) after 120 s. Kernel paths are short
 * and bounded (long operations stop at preemption points and leave the
 * kernel, or hand the lock off between the worker's steps), so a hart
 * that loses a race wins one of the next.
 *
 * Why one lock (docs/smp.md): kernel paths are short and bounded, the
 * object graph is shared by every hart, and one lock keeps every invariant
 * written beside the objects true without per-object lock ordering. What
 * runs without it: the frame allocator and the console (own locks), and
 * per-hart state (ticks, struct cpu).
 */

/* Where the system-call entry's assembly lets go of it
 * (arch/riscv/trap.S, after the fast path has saved what it must). */
#define BKL_HELD_OFFSET        0
#define BKL_HOLD_WAITED_OFFSET 16

#ifndef __ASSEMBLER__
#include <stdbool.h>
#include <stddef.h>
#include <kern/arch.h>

struct bkl {
	volatile unsigned long held;     /* 1 while a hart holds it */
	volatile unsigned long waiting;  /* harts spinning for it */
	/* Preemption points this hold has passed while another hart waited
	 * (cap_should_preempt; KCOUNT_LOCK_WAIT keeps the most). Here, beside
	 * held, so that zeroing it costs the way out one store. */
	unsigned long hold_waited;
};
extern struct bkl bkl;

_Static_assert(offsetof(struct bkl, held) == BKL_HELD_OFFSET, "BKL_HELD_OFFSET");
_Static_assert(offsetof(struct bkl, hold_waited) == BKL_HOLD_WAITED_OFFSET,
	       "BKL_HOLD_WAITED_OFFSET");

/* Inline: taken and dropped on every kernel entry and exit. Waiters spin
 * on a plain load, so they do not take the line away from the holder. */
static inline __attribute__((always_inline)) void bkl_lock(void)
{
	if (!__atomic_exchange_n(&bkl.held, 1, __ATOMIC_ACQUIRE))
		return;
	/* Contended: counted, so the holder ends its step at its next
	 * preemption point (cap_should_preempt) and lets go. */
	__atomic_fetch_add(&bkl.waiting, 1, __ATOMIC_RELAXED);
	do
		while (__atomic_load_n(&bkl.held, __ATOMIC_RELAXED))
			;
	while (__atomic_exchange_n(&bkl.held, 1, __ATOMIC_ACQUIRE));
	__atomic_fetch_sub(&bkl.waiting, 1, __ATOMIC_RELAXED);
}

/* Another hart waits for the lock. */
static inline bool bkl_contended(void)
{
	return __atomic_load_n(&bkl.waiting, __ATOMIC_RELAXED) != 0;
}

static inline __attribute__((always_inline)) void bkl_unlock(void)
{
	bkl.hold_waited = 0;
	__atomic_store_n(&bkl.held, 0, __ATOMIC_RELEASE);
}

/*
 * For a hart that goes on in the kernel between bounded steps (the
 * worker, kern/work.c) instead of leaving it: if another hart waits, let
 * it have the lock, as leaving the kernel would. Dropping and at once
 * retaking would nearly always win the race again, so wait (at most
 * BKL_HAND_OFF_SPINS loads) until a waiter has taken it. The caller owes
 * the same as on leaving the kernel: objects whole, fences done.
 */
#define BKL_HAND_OFF_SPINS 4096

static inline void bkl_hand_off(void)
{
	if (!bkl_contended())
		return;
	bkl_unlock();
	for (unsigned i = 0; i < BKL_HAND_OFF_SPINS; i++)
		if (__atomic_load_n(&bkl.held, __ATOMIC_RELAXED))
			break;
	bkl_lock();
}

#endif /* __ASSEMBLER__ */

#endif
