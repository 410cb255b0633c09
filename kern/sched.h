/* SPDX-License-Identifier: BSD-2-Clause */
#ifndef KERN_SCHED_H
#define KERN_SCHED_H

/*
 * The scheduler (kern/sched.c): per-hart run queues of fixed-priority
 * round robin. The few steps the IPC fast path takes on every call are
 * inlines here; everything else is in sched.c.
 *
 * Invariants of a struct runqueue (all under the big kernel lock):
 *  - head[p] is a circular list (rq_next/rq_prev) of RUNNABLE threads
 *    bound to this hart (thread.cpu) with priority p, or NULL; a thread is
 *    on a list <=> its rq_next != NULL;
 *  - every RUNNABLE thread bound to this hart is on its list, except this
 *    hart's current thread while it runs (it is taken off when chosen, as
 *    in seL4's "Benno" scheduling: so a direct switch between a blocking
 *    thread and a woken one touches no list);
 *  - bit p of nonempty is set <=> head[p] != NULL;
 *  - top is the highest p with head[p] != NULL, -1 if there is none;
 *  - current is the thread this hart runs (or last chose). When a current
 *    thread that is still RUNNABLE, bound here and off the lists is
 *    outranked, it goes back at the head of its list (it keeps its turn);
 *    when its slice ends or it yields, at the tail;
 *  - held is NULL unless holding, and then at most one thread, RUNNABLE,
 *    bound here, running nowhere, on no list: the waiter a message
 *    delivery woke in this hart's current system call (sched_add_held).
 *    It is the exception to the second rule, for the rest of that call.
 *    Every sched_add() queues it first, so that the lists keep the
 *    order of the wakes, and the call's end queues it or hands it this
 *    hart (sched_hold_end); nothing in between looks at the lists.
 */

#include <kern/arch.h>
#include <kern/bkl.h>
#include <kern/kstat.h>
#include <kern/pagetable.h>
#include <kern/thread.h>
#include <kern/trace.h>

#define NPRIO (THREAD_PRIO_MAX + 1)
#define BITMAP_WORDS (NPRIO / 64)

struct runqueue {
	struct thread *current;
	int top;
	uint64_t fastpath;        /* this hart's part of KCOUNT_FASTPATH: here,
				     the fast path finds it in a register */
	struct thread *held;      /* see above */
	bool holding;
	uint64_t nonempty[BITMAP_WORDS];
	struct thread *head[NPRIO];
};

extern struct runqueue sched_rq[KERN_MAX_CPUS];

void sched_add(struct thread *t);
/*
 * The general path's direct switch, as seL4's slow path makes it when a
 * call wakes the thread it then waits for: self, which this hart runs,
 * has just blocked in a call that made t RUNNABLE again, and t is on no
 * list yet. If sched_exit() would choose t anyway (bound here, not
 * running on another hart, and above everything listed here: strictly,
 * as the listed ones of its priority were queued first), t becomes
 * current in self's place, off the lists as the running thread is, so
 * that neither goes through a list; otherwise t is queued (sched_add).
 * The call's last step: sched_exit() follows with nothing in between that
 * asks who runs here.
 */
void sched_hand_to(struct thread *self, struct thread *t);
/* Once, before any thread exists. */
void sched_init(void);
/* Register IPC calls and replies the fast path completed, on all harts. */
uint64_t sched_fastpath_count(void);
/* The timer's tick on this hart. */
void sched_tick(void);
void sched_yield(void);
/* Leave the kernel: run the best runnable thread, or idle until one is. */
__attribute__((noreturn)) void sched_exit(void);

static inline struct runqueue *sched_this_rq(void)
{
	return arch_cpu_local();   /* set by sched_init() */
}

static inline struct thread *sched_current(void)
{
	return sched_this_rq()->current;
}

/*
 * A held wake. A message call wakes the server waiting for it and then
 * waits for the reply; a reply wakes the caller and then waits for the
 * next call. Woken the usual way, the partner would be queued, and taken
 * off the queue again by sched_exit() a moment later. From
 * sched_hold_wakes() to the end of the call (sched_hold_end(), in
 * syscall_dispatch() after the results are written), the first
 * thread woken with sched_add_held() that is bound here and running
 * nowhere is held instead. The end then runs it at once if sched_exit() would
 * choose it anyway (the thread that made the call blocked, and it is
 * above everything listed, as for sched_hand_to), and otherwise queues
 * it first: the lists and the choice are what they would have been.
 */
static inline void sched_hold_wakes(void)
{
	sched_this_rq()->holding = true;
}

/* The end of a call that held a wake: the held thread runs in place of the
 * current one, which blocked, if sched_exit() would choose it anyway;
 * otherwise it is queued. The call's last step, as for sched_hand_to. */
void sched_end_hold(struct runqueue *q);

static inline void sched_hold_end(void)
{
	struct runqueue *q = sched_this_rq();

	if (__builtin_expect(q->holding, 0))
		sched_end_hold(q);
}

static inline void sched_add_held(struct thread *t)
{
	struct runqueue *q = sched_this_rq();

	if (q->holding && !q->held && t->cpu == arch_cpu_index() && t->running_on < 0)
		q->held = t;
	else
		sched_add(t);
}

/* t, which trapped into the kernel on this hart, may go back to user mode
 * with nothing for sched_exit() to decide: it is current here, RUNNABLE,
 * bound here, off the lists and not outranked. */
static inline bool sched_may_resume(const struct thread *t)
{
	const struct runqueue *q = sched_this_rq();

	return q->current == t && t->state == THREAD_RUNNABLE && !t->rq_next &&
	       t->cpu == arch_cpu_index() && (int)t->prio >= q->top;
}

/* Take t off its hart's lists if it is on them (and stop it running if
 * it runs on another hart). Inline, as the check: a thread that blocks in
 * its own call is on no list and runs here, so there is nothing to do. */
void sched_remove_slow(struct thread *t);

static inline void sched_remove(struct thread *t)
{
	if (t->rq_next || (t->running_on >= 0 && t->running_on != (int)arch_cpu_index()))
		sched_remove_slow(t);
}

/* t is the thread its hart runs (or last chose). */
static inline bool sched_is_current(const struct thread *t)
{
	return sched_rq[t->cpu].current == t;
}

/* This hart stops running t. Another hart may take it now: if t waits on
 * that hart's list (it was moved there while it ran here), that hart is
 * told, or it would see t only at its next tick. If t has its FPU on, the
 * FP registers it wrote here go into it (no other hart can reach them), and
 * if t is bound elsewhere now, this hart's FP registers are no longer its.
 * Both out of line, in one call (a tail call: the common case costs the
 * caller no stack frame); all under the lock, so no hart takes t before. */
void sched_let_go_slow(struct thread *t);

static inline bool sched_let_go_is_slow(const struct thread *t)
{
	return (t->rq_next && t->cpu != arch_cpu_index()) || arch_fpu_in_use(&t->regs);
}

static inline __attribute__((always_inline)) void sched_let_go(struct thread *t)
{
	t->running_on = -1;
	if (sched_let_go_is_slow(t))
		sched_let_go_slow(t);
}

/* t becomes what hart cpu, whose lists are q, runs: the records other
 * harts and the slow paths read (kern/thread.h: running_on, last_cpu). */
static inline void sched_set_current(struct runqueue *q, int cpu, struct thread *t)
{
	q->current = t;
	t->running_on = cpu;
	t->last_cpu = cpu;
}

/*
 * Leave the kernel into t, which is RUNNABLE, bound to this hart, off the
 * lists and the best to run; the thread current until now, if another,
 * no longer runs here: it is not RUNNABLE, or on a list (here or on the
 * hart it is bound to now).
 */
static inline __attribute__((always_inline, noreturn)) void
sched_run(struct thread *t, struct pagetable *space)
{
	struct runqueue *q = sched_this_rq();
	int cpu = (int)arch_cpu_index();

	if (q->current != t)
		trace(TR_SWITCH, t, 0, 0, 0, 0);
	if (q->current && q->current != t)
		sched_let_go(q->current);
	sched_set_current(q, cpu, t);
	if (arch_tlb_flush_owed())
		arch_tlb_flush_finish();
	kstat_point();
	arch_enter_user(&t->regs, pt_space_token(space));   /* drops the lock */
}

/*
 * The direct switch of the IPC fast path on hart cpu, whose lists are q:
 * self, current and off the lists, has just blocked; to, blocked until
 * now (so off the lists), bound here and not outranked by anything on
 * them, becomes current in its place; no fences are owed. sched_run()
 * with what the fast path knows, but the last step, arch_enter_user(),
 * left to the caller (the arch's system-call entry, which has it inline).
 */
static inline __attribute__((always_inline)) void
sched_switch(struct runqueue *q, unsigned long cpu, struct thread *self, struct thread *to)
{
	arch_fpu_let_go(&self->regs, &self->fpu);
	self->running_on = -1;     /* blocked: on no list, so no hart to tell */
	trace(TR_SWITCH, to, 0, 0, 0, 0);
	sched_set_current(q, (int)cpu, to);
}

#endif
