/* SPDX-License-Identifier: BSD-2-Clause */
#ifndef KERN_WORK_H
#define KERN_WORK_H

/*
 * Work the kernel carries on by itself. A long operation that a
 * preemption point cut and that has left objects half way (a message
 * transfer, a destruction) is queued here as a work item, on the hart and
 * at the priority of the thread that asked for it. Each hart has a worker:
 * a kernel thread on that hart's run queues like any other, at the
 * priority of its most urgent work, which does the work a step at a time,
 * stopping at the same preemption points. The progress lives in the
 * objects; no user thread is needed to finish the operation, so stopping,
 * destroying or resetting the thread that started it strands nothing.
 * Threads that want the outcome wait on the objects (a message's waiter;
 * a destroy's waiters, kern/object.c).
 *
 * Operations that leave nothing half way are not work items: a revoke's
 * progress is the derivation tree itself (what is left of it is still a
 * consistent tree), so a cut revoke leaves the call unfinished and the
 * thread issues it again (KERR_PREEMPTED); so does a call cut before it
 * changed anything.
 *
 * Invariants (under the kernel lock):
 *  - queued <=> the item is on the list of hart cpu, priority prio;
 *  - a hart's worker is RUNNABLE <=> its hart has queued work, and then
 *    its priority is at least that of every item on its hart's lists.
 */

#include <stdbool.h>
#include <stdint.h>

struct thread;

#define WORK_TRANSFER 1   /* the source message's transfer (ipc/transfer.c) */
#define WORK_DESTROY  2   /* an object's destruction (kern/object.c) */

struct work {
	struct work *next, *prev; /* on its hart's list for its priority */
	uint8_t kind;             /* WORK_* */
	uint8_t prio;
	uint8_t cpu;
	bool queued;
};

/* Once, at boot, after sched_init(). */
void work_init(void);
/* Queue w (if it is not queued) for kind on hart cpu at priority prio; if
 * it is queued, raise it to prio (never lower). */
void work_add(struct work *w, unsigned kind, unsigned prio, unsigned cpu);
void work_remove_queued(struct work *w);
/* w is done, or its object goes: off the lists (if queued). Inline, as
 * the test: most work is never queued (a transfer cut by no preemption
 * point). */
static inline void work_remove(struct work *w)
{
	if (w->queued)
		work_remove_queued(w);
}
/* work_is_worker(t), the scheduler's question on every way out, is an
 * inline in kern/thread.h. */
/* The worker runs on this hart (it is current): do the most urgent work
 * until it is done, outranked, or a preemption point stops it. */
void work_run(void);

#endif
