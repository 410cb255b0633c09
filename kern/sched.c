/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * Fixed-priority round-robin scheduling on every hart. Each hart has its
 * own run queues, one FIFO per priority; a thread sits on the queues of the
 * hart it is bound to (struct thread.cpu, THREAD_SET_CPU), and that hart
 * runs the highest-priority one. The thread a hart runs is off the queues
 * while it runs (kern/sched.h); one that used up its slice goes to the back
 * of its FIFO, one that was outranked back to the front.
 *
 * Everything here runs under the big kernel lock (kern/bkl.h). A change
 * that concerns another hart (a thread became runnable there, or one
 * running there must stop) is followed by an IPI, which makes that hart
 * enter the kernel and choose again.
 */
#include <kern/sched.h>
#include <kern/work.h>
#include <ipc/ipc.h>

struct runqueue sched_rq[KERN_MAX_CPUS];

/* The index of x's highest set bit (x != 0), by halves: the boards'
 * baseline ISA has no Zbb, and libgcc's __clzdi2 goes a byte at a time. */
static int top_bit(uint64_t x)
{
	int n = 0;

	for (int half = 32; half; half /= 2) {
		if (x >> half) {
			n += half;
			x >>= half;
		}
	}
	return n;
}

/* The highest non-empty priority, from the bitmap (only when top empties:
 * nothing above it is set). */
static int scan_top(const struct runqueue *q)
{
	for (int w = q->top / 64; w >= 0; w--)
		if (q->nonempty[w])
			return w * 64 + top_bit(q->nonempty[w]);
	return -1;
}

static void mark(struct runqueue *q, unsigned prio, bool set)
{
	if (set) {
		q->nonempty[prio / 64] |= 1UL << (prio % 64);
		if ((int)prio > q->top)
			q->top = prio;
	} else {
		q->nonempty[prio / 64] &= ~(1UL << (prio % 64));
		if ((int)prio == q->top)
			q->top = scan_top(q);
	}
}

void sched_init(void)
{
	for (unsigned i = 0; i < KERN_MAX_CPUS; i++) {
		sched_rq[i].top = -1;
		arch_set_cpu_local(i, &sched_rq[i]);
	}
}

/* Queues are circular: head->rq_prev is the tail. */
static void enqueue(struct runqueue *q, struct thread *t)
{
	struct thread **head = &q->head[t->prio];

	if (!*head) {
		t->rq_next = t->rq_prev = t;
		*head = t;
		mark(q, t->prio, true);
	} else {
		t->rq_next = *head;
		t->rq_prev = (*head)->rq_prev;
		(*head)->rq_prev->rq_next = t;
		(*head)->rq_prev = t;
	}
}

static void dequeue(struct runqueue *q, struct thread *t)
{
	struct thread **head = &q->head[t->prio];

	if (t->rq_next == t) {
		*head = 0;
		mark(q, t->prio, false);
	} else {
		t->rq_prev->rq_next = t->rq_next;
		t->rq_next->rq_prev = t->rq_prev;
		if (*head == t)
			*head = t->rq_next;
	}
	t->rq_next = t->rq_prev = 0;
}

void sched_let_go_slow(struct thread *t)
{
	if (t->rq_next && t->cpu != arch_cpu_index())
		arch_send_ipi(t->cpu);
	arch_fpu_let_go(&t->regs, &t->fpu);
	if (arch_fpu_in_use(&t->regs) && t->cpu != arch_cpu_index())
		arch_fpu_moved(&t->regs, &t->fpu);
}

/* A held thread, if it is still to run: RUNNABLE, running nowhere and on
 * no list (a stop, a block, or a hand-over of its own since it was held
 * changed that). */
static struct thread *take_held(struct runqueue *q)
{
	struct thread *h = q->held;

	q->held = 0;
	if (h && h->state == THREAD_RUNNABLE && h->running_on < 0 && !h->rq_next)
		return h;
	return 0;
}

static void add(struct thread *t)
{
	enqueue(&sched_rq[t->cpu], t);
	if (t->cpu != arch_cpu_index())
		arch_send_ipi(t->cpu);
}

/* sched_add() while a wake is held: the held thread first, as it was
 * woken first; or t is the held one itself (a priority or hart change). */
static __attribute__((noinline)) void add_after_held(struct runqueue *q, struct thread *t)
{
	struct thread *h = q->held == t ? (q->held = 0, (struct thread *)0) : take_held(q);

	if (h)
		add(h);
	add(t);
}

/* Not inline in sched_hand_to, whose own path it would slow. */
__attribute__((noinline)) void sched_add(struct thread *t)
{
	struct runqueue *q = sched_this_rq();

	if (__builtin_expect(q->held != 0, 0)) {
		add_after_held(q, t);
		return;
	}
	add(t);
}

/* sched_hand_to() when letting self go takes more than a store (it is
 * listed on another hart, or its FP registers are on): apart, so that the
 * common case needs no stack frame. */
static __attribute__((noinline)) void hand_to_slow(struct runqueue *q, int cpu, struct thread *self,
						   struct thread *t)
{
	sched_let_go(self);
	sched_set_current(q, cpu, t);
}

void sched_hand_to(struct thread *self, struct thread *t)
{
	struct runqueue *q = sched_this_rq();
	int cpu = (int)arch_cpu_index();

	if (q->current != self || self->state == THREAD_RUNNABLE || t->cpu != cpu ||
	    t->running_on >= 0 || (int)t->prio <= q->top) {
		sched_add(t);
		return;
	}
	trace(TR_SWITCH, t, 0, 0, 0, 0);
	if (sched_let_go_is_slow(self)) {
		hand_to_slow(q, cpu, self, t);
		return;
	}
	self->running_on = -1;   /* sched_let_go(), with nothing more to do */
	sched_set_current(q, cpu, t);
}

void sched_remove_slow(struct thread *t)
{
	if (t->rq_next)
		dequeue(&sched_rq[t->cpu], t);
	/* q->current stays: the hart still holds t's registers until it
	 * chooses again. Running on another hart: it stops before we go on,
	 * so a stop takes effect before the call that made it returns. */
	if (t->running_on >= 0 && t->running_on != (int)arch_cpu_index())
		arch_cpu_leave_user(t->running_on);
}

/* The best queued thread for this hart, taken off its queue: highest
 * priority, FIFO within it, and not still running on another hart (it
 * was just moved here). */
static struct thread *pick(struct runqueue *q)
{
	int self = (int)arch_cpu_index();

	for (int p = q->top; p >= 0; p--) {
		struct thread *t = q->head[p];
		if (!t)
			continue;
		do {
			if (t->running_on < 0 || t->running_on == self) {
				dequeue(q, t);
				return t;
			}
			t = t->rq_next;
		} while (t != q->head[p]);
	}
	return 0;
}

/* The current thread, still RUNNABLE, bound here and off the queues: it
 * runs on unless outranked. */
static inline __attribute__((always_inline)) bool running_here(const struct thread *t)
{
	return t && t->state == THREAD_RUNNABLE && !t->rq_next && t->cpu == arch_cpu_index();
}

/* Slice over or yielded: the current thread goes to the back of its FIFO
 * (if it is bound to another hart now, it is already on that one's). */
static void rotate(struct runqueue *q, struct thread *t)
{
	t->ticks_left = t->slice;
	if (t->cpu != arch_cpu_index())
		return;
	if (t->rq_next)
		dequeue(q, t);
	enqueue(q, t);
}

uint64_t sched_fastpath_count(void)
{
	uint64_t n = 0;

	for (unsigned i = 0; i < KERN_MAX_CPUS; i++)
		n += sched_rq[i].fastpath;
	return n;
}

void sched_tick(void)
{
	struct runqueue *q = sched_this_rq();
	struct thread *t = q->current;

	if (arch_cpu_index() == 0)
		ipc_tick();
	if (!t || t->state != THREAD_RUNNABLE)
		return;
	if (t->ticks_left > 1) {
		t->ticks_left--;
		return;
	}
	rotate(q, t);
}

void sched_yield(void)
{
	struct runqueue *q = sched_this_rq();

	if (q->current && q->current->state == THREAD_RUNNABLE)
		rotate(q, q->current);
}

/* The worker is chosen: it runs in the kernel, on this hart's stack, and
 * comes back here to let the scheduler choose again. */
static void run_worker(struct runqueue *q, struct thread *k)
{
	int cpu = (int)arch_cpu_index();

	if (q->current != k)
		trace(TR_SWITCH, k, 0, 0, 0, 0);
	if (q->current && q->current != k)
		sched_let_go(q->current);
	sched_set_current(q, cpu, k);
	/* The hart stays in the kernel from the step that was cut (a
	 * caller's, or the worker's own) to the next: another hart waiting
	 * for the lock gets it here, as if this one had left. */
	arch_tlb_flush_finish();
	bkl_hand_off();
	work_run();
}

void sched_end_hold(struct runqueue *q)
{
	struct thread *h = take_held(q), *self = q->current;

	q->holding = false;
	if (!h)
		return;
	if (running_here(self) || (int)h->prio <= q->top) {
		sched_add(h);
		return;
	}
	trace(TR_SWITCH, h, 0, 0, 0, 0);
	if (self)
		sched_let_go(self);
	sched_set_current(q, (int)arch_cpu_index(), h);
}

/* sched_exit()'s choice, when the current thread does not simply run on. */
static __attribute__((noreturn, noinline)) void sched_choose(struct runqueue *q)
{
	for (;;) {
		struct thread *t = q->current;
		bool runs = running_here(t);

		if (!runs || (int)t->prio < q->top) {
			/* Outranked, it keeps its turn: back at the front. */
			if (runs) {
				enqueue(q, t);
				q->head[t->prio] = t;
			}
			t = pick(q);
		}
		if (!t) {
			if (q->current) {
				trace(TR_SWITCH, 0, 0, 0, 0, 0);   /* to idle */
				sched_let_go(q->current);
			}
			q->current = 0;
			arch_idle_space();
			arch_tlb_flush_finish();
			kstat_point();
			bkl_unlock();
			arch_idle_wait();   /* wfi with interrupts masked */
			bkl_lock();
			kstat_enter(KSTAT_OP_IDLE);
			arch_poll_interrupts();
			continue;
		}
		if (work_is_worker(t)) {
			run_worker(q, t);
			continue;
		}
		struct pagetable *space = thread_space(t);
		if (!space) {
			thread_fault(t, FAULT_ACCESS, arch_regs_pc(&t->regs), 0);
			continue;
		}
		sched_run(t, space);
	}
}

/*
 * Most calls end with the thread current here running on: the caller, or
 * the one a direct switch handed the hart to (sched_hand_to). Then there
 * is nothing to choose, and sched_run()'s records are already made: while
 * a hart's current thread is t, t->running_on and t->last_cpu are that
 * hart (sched_set_current makes all three; t stops being current only
 * after sched_let_go or sched_switch, the only other writers of
 * running_on), which the invariant checker's thread rule checks. Kept out
 * of the loop, this way saves no registers; the loop takes the rest, a
 * stretch being measured (kstat_point) among them.
 */
void sched_exit(void)
{
	struct runqueue *q = sched_this_rq();
	struct thread *t = q->current;
	struct pagetable *space;

	/* Outranked first: that is how a tick that woke someone fails. A
	 * stretch being measured goes the long way at once, so that it
	 * measures that way and not this one's failed tests as well. */
	if (!kstat.stretch_on && t && (int)t->prio >= q->top && running_here(t) &&
	    !work_is_worker(t) && (space = thread_space(t)) && !arch_tlb_flush_owed())
		arch_enter_user(&t->regs, pt_space_token(space));   /* drops the lock */
	sched_choose(q);
}
