/* SPDX-License-Identifier: BSD-2-Clause */
#ifndef KERN_SCHED_H
#define KERN_SCHED_H

/*
 * The scheduler (kern/sched.c): per-hart run queues of fixed-priority
 * round robin. The few steps the IPC fast path takes on every call are
 * inlines here; everything else is in sched.c.
 *
 * Invariants of a struct runqueue (all under the big kernel lock):
 *  - head[p] is a circular list (rq_next/rq_prev) of the RUNNABLE threads
 *    bound to this hart (thread.cpu) with priority p, or NULL;
 *  - bit p of nonempty is set <=> head[p] != NULL;
 *  - top is the highest p with head[p] != NULL, -1 if there is none;
 *  - current is the thread this hart runs (or last chose); while it runs
 *    it stays on its queue, at the head unless its slice just ended.
 */

#include <kern/arch.h>
#include <kern/bkl.h>
#include <kern/pagetable.h>
#include <kern/thread.h>

#define NPRIO (THREAD_PRIO_MAX + 1)
#define BITMAP_WORDS (NPRIO / 64)

/* A page per hart (the fields take just over half of one), so that a
 * hart's queues are found with a shift on every kernel entry. */
#define RUNQUEUE_ALIGN 4096

struct runqueue {
	struct thread *current;
	int top;
	uint64_t nonempty[BITMAP_WORDS];
	struct thread *head[NPRIO];
} __attribute__((aligned(RUNQUEUE_ALIGN)));

extern struct runqueue sched_rq[KERN_MAX_CPUS];

void sched_add(struct thread *t);
/* Once, before any thread exists. */
void sched_init(void);
/* Add t at the head of its priority's queue (a direct switch to it). */
void sched_add_front(struct thread *t);
void sched_remove(struct thread *t);
/* The timer's tick on this hart. */
void sched_tick(void);
void sched_yield(void);
/* Leave the kernel: run the best runnable thread, or idle until one is. */
__attribute__((noreturn)) void sched_exit(void);

static inline struct runqueue *sched_this_rq(void)
{
	return &sched_rq[arch_cpu_index()];
}

static inline struct thread *sched_current(void)
{
	return sched_this_rq()->current;
}

/* sched_switch() when to's priority differs or fences are owed. */
__attribute__((noreturn)) void sched_switch_other(struct thread *self, struct thread *to,
						 struct pagetable *space);

/*
 * The direct switch of the IPC fast path on hart cpu, whose queue is q:
 * self, the running thread, leaves the run queue (the caller blocks it)
 * and to, blocked until now and bound to this hart, runs in its place.
 * When both are of one priority and self is at the head, to takes self's
 * place in the list: the same result as sched_remove(self) then
 * sched_add_front(to), in a few stores and no call before the last.
 */
static inline __attribute__((always_inline, noreturn)) void
sched_switch(struct runqueue *q, unsigned long cpu, struct thread *self, struct thread *to,
	     struct pagetable *space)
{
	struct thread **head = &q->head[self->prio];

	if (to->prio != self->prio || *head != self || arch_tlb_flush_owed())
		sched_switch_other(self, to, space);
	if (self->rq_next == self) {
		to->rq_next = to->rq_prev = to;
	} else {
		to->rq_next = self->rq_next;
		to->rq_prev = self->rq_prev;
		self->rq_prev->rq_next = to;
		self->rq_next->rq_prev = to;
	}
	*head = to;
	self->rq_next = self->rq_prev = 0;
	self->running_on = -1;
	q->current = to;
	to->running_on = (int)cpu;
	to->last_cpu = (int)cpu;
	arch_enter_user(&to->regs, pt_space_token(space));   /* drops the lock */
}

/* Leave the kernel into t (runnable, on this hart, the best to run). */
static inline __attribute__((noreturn)) void sched_run(struct thread *t, struct pagetable *space)
{
	struct runqueue *q = sched_this_rq();
	int cpu = (int)arch_cpu_index();

	if (q->current && q->current != t)
		q->current->running_on = -1;   /* another hart may take it now */
	q->current = t;
	t->running_on = cpu;
	t->last_cpu = cpu;
	arch_tlb_flush_finish();
	arch_enter_user(&t->regs, pt_space_token(space));   /* drops the lock */
}

#endif
