/* SPDX-License-Identifier: BSD-2-Clause */
#ifndef KERN_BKL_H
#define KERN_BKL_H

/*
 * The big kernel lock. Every hart runs threads; kernel work on kernel
 * objects happens under this one lock, taken when a hart enters the kernel
 * from user mode or from its idle loop and dropped when it leaves. A ticket
 * lock, so harts get it in the order they asked: a hart spinning for it
 * cannot be starved by one that keeps re-entering.
 *
 * Why one lock (docs/smp.md): kernel paths are short and bounded (long
 * ones stop at preemption points and release the lock on the way out), the
 * object graph is shared by every hart, and one lock keeps every invariant
 * written beside the objects true without per-object lock ordering. What
 * runs without it: the frame allocator and the console (own locks), and
 * per-hart state (ticks, struct cpu).
 */

#include <stdbool.h>
#include <kern/arch.h>

/* Full words: a ticket needs no widening before it is compared. */
struct bkl {
	volatile unsigned long next;     /* the next ticket to hand out */
	volatile unsigned long serving;  /* the ticket that may enter */
};
extern struct bkl bkl;

/* Inline: taken and dropped on every kernel entry and exit. */
static inline __attribute__((always_inline)) void bkl_lock(void)
{
	struct bkl *l = &bkl;
	unsigned long ticket;

	/* One address for both fields (the compiler would form two). */
	__asm__("" : "+r"(l));
	ticket = __atomic_fetch_add(&l->next, 1, __ATOMIC_RELAXED);
	while (__atomic_load_n(&l->serving, __ATOMIC_ACQUIRE) != ticket)
		;
}

/* Only the holder writes serving, so an add is the same as a store of
 * serving + 1, in one instruction. */
static inline __attribute__((always_inline)) void bkl_unlock(void)
{
	__atomic_fetch_add(&bkl.serving, 1, __ATOMIC_RELEASE);
}

#endif
