/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * The harts' workers and their work (kern/work.h). Each hart's work is
 * kept like its run queues: one FIFO per priority and a bitmap of the
 * non-empty ones, so adding, removing and finding the most urgent item
 * cost the same whatever a user queues.
 */
#include <ipc/ipc.h>
#include <ipc/message.h>
#include <kern/kerr.h>
#include <kern/kstat.h>
#include <kern/object.h>
#include <kern/sched.h>
#include <kern/trace.h>
#include <kern/work.h>

struct workq {
	struct work *head[NPRIO], *tail[NPRIO];
	uint64_t nonempty[BITMAP_WORDS];
	struct thread worker;     /* no space, never in user mode */
};

static struct workq workq[KERN_MAX_CPUS];

static int top_prio(const struct workq *q)
{
	for (int w = BITMAP_WORDS - 1; w >= 0; w--)
		if (q->nonempty[w])
			return w * 64 + 63 - __builtin_clzl(q->nonempty[w]);
	return -1;
}

static void link_tail(struct workq *q, struct work *w)
{
	w->next = 0;
	w->prev = q->tail[w->prio];
	if (w->prev)
		w->prev->next = w;
	else
		q->head[w->prio] = w;
	q->tail[w->prio] = w;
	q->nonempty[w->prio / 64] |= 1UL << (w->prio % 64);
	w->queued = true;
}

static void unlink(struct workq *q, struct work *w)
{
	if (w->prev)
		w->prev->next = w->next;
	else
		q->head[w->prio] = w->next;
	if (w->next)
		w->next->prev = w->prev;
	else
		q->tail[w->prio] = w->prev;
	if (!q->head[w->prio])
		q->nonempty[w->prio / 64] &= ~(1UL << (w->prio % 64));
	w->next = w->prev = 0;
	w->queued = false;
}

void work_init(void)
{
	for (unsigned i = 0; i < KERN_MAX_CPUS; i++) {
		struct thread *k = &workq[i].worker;
		k->hdr.type = OBJ_THREAD;
		thread_init(k);
		k->cpu = i;
		k->worker = true;
	}
}


/* The worker of hart cpu runs at (at least) its most urgent work's priority. */
static void worker_wake(unsigned cpu)
{
	struct workq *q = &workq[cpu];
	struct thread *k = &q->worker;
	int top = top_prio(q);

	if (k->state == THREAD_BLOCKED) {
		/* Asleep for a tick (work_run), its step waiting for another
		 * hart: work of the same priority waits behind that step
		 * anyway, but more urgent work is not kept waiting a tick. */
		if (top <= k->prio)
			return;
		ipc_cancel(k);
		k->state = THREAD_INACTIVE;
	}
	if (k->state != THREAD_RUNNABLE) {
		k->prio = k->max_prio = top;
		k->ticks_left = k->slice;
		k->state = THREAD_RUNNABLE;
		sched_add(k);
	} else if (top > k->prio) {
		/* Queued: move it up. Off the queues it is running (on this
		 * hart, in work_run), which looks at the priority again. */
		if (k->rq_next)
			sched_remove(k);
		k->prio = k->max_prio = top;
		if (!sched_is_current(k))
			sched_add(k);
	}
}

void work_add(struct work *w, unsigned kind, unsigned prio, unsigned cpu)
{
	struct workq *q = &workq[cpu];

	if (w->queued) {
		if (prio <= w->prio)
			return;
		q = &workq[w->cpu];
		unlink(q, w);
	} else {
		w->kind = kind;
		w->cpu = cpu;
	}
	w->prio = prio;
	link_tail(q, w);
	worker_wake(w->cpu);
}

void work_remove_queued(struct work *w)
{
	unlink(&workq[w->cpu], w);
}

/* One step of w: ERR_OK when the operation is over (w may be gone with
 * its object), KERR_PREEMPTED to go on later. */
static int step(struct work *w)
{
	struct message *m;
	struct obj *o;

	switch (w->kind) {
	case WORK_TRANSFER:
		m = (struct message *)((char *)w - __builtin_offsetof(struct message, xfer));
		trace(TR_WORK, m, 0, 0, w->kind, 0);
		return msg_transfer(m);
	case WORK_DESTROY:
		o = (struct obj *)((char *)w - __builtin_offsetof(struct obj, work));
		trace(TR_WORK, o, 0, 0, w->kind, 0);
		return obj_destroy(o);
	default:
		return ERR_OK;
	}
}

void work_run(void)
{
	struct runqueue *rq = sched_this_rq();
	struct thread *k = rq->current;
	struct workq *q = &workq[k->cpu];

	for (;;) {
		int top = top_prio(q);
		uint64_t cuts = kstat.preemptions;
		struct work *w;

		if (top < 0) {
			k->state = THREAD_INACTIVE;
			return;
		}
		k->prio = k->max_prio = top;
		if (rq->top > top)
			return;   /* outranked: the scheduler runs the other first */
		if (arch_preempt_pending()) {
			/* The tick that cut the caller is still pending: take
			 * it before this step, not a batch later. */
			arch_poll_interrupts();
			return;
		}
		w = q->head[top];
		kstat_doing(KSTAT_OP_WORK | (uint64_t)w->kind << 8);
		if (step(w) == ERR_OK)
			continue;
		/* Cut: the next item of its priority goes first next time. */
		if (w->queued && w->next) {
			unlink(q, w);
			link_tail(q, w);
		}
		if (kstat.preemptions == cuts) {
			/* Not a preemption point: the step waits for another hart
			 * (to let go of a thread, or of a space), which needs the
			 * lock: sleep a tick. */
			ipc_sleep(k, 1);
			return;
		}
		/* A preemption point: the tick (or an injected cut, which has
		 * ended the worker's turn already) is taken now. */
		arch_poll_interrupts();
		return;
	}
}
