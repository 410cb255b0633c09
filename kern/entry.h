/* SPDX-License-Identifier: BSD-2-Clause */
#ifndef KERN_ENTRY_H
#define KERN_ENTRY_H

/*
 * The generic kernel's entry points for the arch's trap code, so that the
 * arch layer calls into kern/ only (never into ipc/ or cap/ itself):
 *   kern_syscall_fast   the system-call entry's first step (inline): the
 *                       null call and the register-IPC fast path
 *                       (ipc/fastpath.h)
 *   kern_syscall        any other system call: register IPC's own
 *                       dispatch, or syscall_dispatch (kern/syscall.h)
 *   kern_device_irq     a supervisor external interrupt (ipc/irq.c)
 *   thread_fault        a fault of a user thread (kern/thread.h)
 *   sched_tick, sched_exit, sched_current  (kern/sched.h)
 */

#include <ipc/fastpath.h>
#include <ipc/ipc.h>
#include <ipc/irq.h>
#include <kern/kstat.h>
#include <kern/sched.h>
#include <kern/syscall.h>
#include <kern/thread.h>

/*
 * SYS_NULL, the call that does nothing, answered on the entry's first step:
 * with no argument to read and no object to touch, what is left of a
 * system call is the trap, the lock and the scheduler's one question
 * (sched_may_resume: may t go straight back?). If the scheduler has
 * something to decide, syscall_dispatch answers it instead, the same way.
 * So the null-call row measures the kernel's entry and exit, as it is
 * meant to (docs/performance.md); such calls are not in KCOUNT_SYSCALLS.
 */
static inline __attribute__((always_inline)) struct thread *
syscall_null_fast(struct thread *t, uint64_t *token)
{
	struct pagetable *space;

	if (!sched_may_resume(t) || !(space = thread_space(t)))
		return 0;
	syscall_complete(t, &SYSRET(ERR_OK));
	arch_regs_skip_syscall(&t->regs);
	*token = pt_space_token(space);
	return t;
}

/* A system call t made: the thread to enter at once (its space's token in
 * *token), or NULL, with nothing changed, for syscall_dispatch. */
static inline __attribute__((always_inline)) struct thread *
kern_syscall_fast(struct thread *t, uint64_t *token)
{
	unsigned long nr = arch_regs_syscall_nr(&t->regs);

	if (__builtin_expect(nr == SYS_NULL, 0))
		return syscall_null_fast(t, token);
	return ipc_fastpath(t, token);
}

/*
 * Register IPC's own dispatch, for the calls the fast path declines (or
 * all of them, with SYSCTL_FASTPATH 0). Its arguments are read in place,
 * not copied: neither call writes its caller's registers before it has
 * read them all (the words go to the partner's block; the caller's own
 * results are written at the call's end, or by the wake that ends its
 * wait, with no struct sysret between). Neither is ever cut (no
 * KERR_PREEMPTED), so the ecall is stepped over first. Inline in the
 * entry: one call fewer on the general path's every call.
 */
static inline __attribute__((always_inline)) void syscall_dispatch_ipc(struct thread *t,
								    unsigned long nr)
{
	const unsigned long *a = arch_regs_args(&t->regs);
	struct pagetable *own = thread_space(t);

	kstat.syscalls++;
	arch_regs_skip_syscall(&t->regs);
	if (nr == SYS_CALL)
		ipc_reg_call(t, own, a);
	else
		ipc_reg_reply_recv(t, own, a, nr == SYS_REPLY_RECV);
}

/* A system call the first step did not answer: register IPC, whose
 * arguments are read in place, and SYS_INVOKE, apart from all the others,
 * so that no dispatch pays for another's cases. */
_Static_assert(SYS_REPLY_RECV == SYS_CALL + 1 && SYS_RECV == SYS_CALL + 2,
	       "register IPC's calls are one range");

static inline __attribute__((always_inline)) void kern_syscall(struct thread *t, unsigned long nr)
{
	if (__builtin_expect(nr - SYS_CALL <= SYS_RECV - SYS_CALL, 0))
		syscall_dispatch_ipc(t, nr);
	else if (nr == SYS_INVOKE)
		syscall_dispatch_invoke(t);
	else
		syscall_dispatch(t);
}

/* The interrupt controller says a device wants attention. */
static inline void kern_device_irq(void)
{
	irq_dispatch();
}

#endif
