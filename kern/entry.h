/* SPDX-License-Identifier: BSD-2-Clause */
#ifndef KERN_ENTRY_H
#define KERN_ENTRY_H

/*
 * The generic kernel's entry points for the arch's trap code, so that the
 * arch layer calls into kern/ only (never into ipc/ or cap/ itself):
 *   kern_syscall_fast   the register-IPC fast path (inline: it is the
 *                       system-call entry's first step, ipc/fastpath.h)
 *   syscall_dispatch    any other system call (kern/syscall.h)
 *   kern_device_irq     a supervisor external interrupt (ipc/irq.c)
 *   thread_fault        a fault of a user thread (kern/thread.h)
 *   sched_tick, sched_exit, sched_current  (kern/sched.h)
 */

#include <ipc/fastpath.h>
#include <ipc/irq.h>
#include <kern/sched.h>
#include <kern/syscall.h>
#include <kern/thread.h>

/* A system call t made: the thread to enter at once (its space's token in
 * *token), or NULL, with nothing changed, for syscall_dispatch. */
static inline __attribute__((always_inline)) struct thread *
kern_syscall_fast(struct thread *t, uint64_t *token)
{
	return ipc_fastpath(t, token);
}

/* The interrupt controller says a device wants attention. */
static inline void kern_device_irq(void)
{
	irq_dispatch();
}

#endif
