/* SPDX-License-Identifier: BSD-2-Clause */
#ifndef KERN_SPINLOCK_H
#define KERN_SPINLOCK_H

/*
 * A test-and-set spin lock. Holders must not sleep or take a trap that could
 * try the same lock, so the lock saves and disables interrupts on this hart
 * (through the arch interface) for as long as it is held.
 */

#include <stdbool.h>
#include <kern/arch.h>

struct spinlock {
	volatile int locked;
};

#define SPINLOCK_INIT { 0 }

static inline unsigned long spin_lock_irqsave(struct spinlock *l)
{
	unsigned long flags = arch_irq_save();
	while (__atomic_exchange_n(&l->locked, 1, __ATOMIC_ACQUIRE))
		while (__atomic_load_n(&l->locked, __ATOMIC_RELAXED))
			;
	return flags;
}

static inline void spin_unlock_irqrestore(struct spinlock *l, unsigned long flags)
{
	__atomic_store_n(&l->locked, 0, __ATOMIC_RELEASE);
	arch_irq_restore(flags);
}

#endif
