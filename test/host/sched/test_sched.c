/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * The scheduler (kern/sched.c) on the host: what sched_exit() chooses,
 * slices, yields, preemption, threads moving between harts and the IPIs
 * that make another hart choose again. The kernel source is compiled
 * unchanged; fake/arch/riscv/inline.h makes the hart a variable (so one
 * process plays several harts in turn, as the big kernel lock orders
 * them), and the arch functions sched.c calls are stubs here that record
 * what happened. Leaving the kernel (arch_enter_user(), or
 * arch_idle_wait() with nothing to run) longjmps back into the test.
 *
 * Every invariant of kern/sched.h, and thread.h's rule for running_on, is
 * checked after each step: the run queues are only ever seen through what
 * sched_exit() does, so a broken list or bitmap would otherwise show up
 * much later as a wrong choice. A random run (fixed, printed seed) on
 * three harts checks also that what sched_exit() runs is the best choice
 * and that a hart whose choice went stale was sent an IPI, and each step
 * that a hart which stopped running a thread let its FP state go
 * (arch_fpu_let_go, docs/fpu.md) while the thread was still its current.
 */
#include <setjmp.h>
#include <string.h>
#include <kern/kstat.h>
#include <kern/sched.h>
#include <ipc/ipc.h>
#include "../cap/check.h"

#define NTHREADS 10
#define NHARTS   3    /* of KERN_MAX_CPUS; the others must stay untouched */

static struct thread th[NTHREADS];
static struct pagetable space[NTHREADS];   /* sched.c reads only token */

/* ---- the arch, faked (fake/arch/riscv/inline.h declares these) ---- */

unsigned host_hart;
void *host_cpu_local[KERN_MAX_CPUS];
bool arch_remote_fence_owed;
struct bkl bkl;

static jmp_buf out;                     /* where leaving the kernel lands */
static struct thread *entered;          /* what arch_enter_user() ran; 0: idle */
static unsigned ipis[KERN_MAX_CPUS];    /* IPIs each hart was sent */
static bool ipi_pending[KERN_MAX_CPUS]; /* sent and not yet taken */
static unsigned idles, idle_spaces, flushes, ipc_ticks;
static struct thread *wake_on_idle;     /* an interrupt the idling hart takes */
static struct thread *faulted;
static int fpu_let_go[NTHREADS];        /* the hart that let each thread's FP
					   state go since the last entry, -1 */

static void start(struct thread *t);

static int tid(const struct thread *t)
{
	for (int i = 0; i < NTHREADS; i++)
		if (t == &th[i])
			return i;
	return -1;
}

static const char *name(const struct thread *t)
{
	static const char *names[NTHREADS] = { "A", "B", "C", "D", "E",
					       "F", "G", "H", "I", "J" };

	return !t ? "nothing" : tid(t) < 0 ? "a stranger" : names[tid(t)];
}

static bool locked(void)
{
	return bkl.held == 1;
}

static bool unlocked(void)
{
	return bkl.held == 0;
}

void arch_set_cpu_local(unsigned cpu, void *p)
{
	CHECK(cpu < KERN_MAX_CPUS, "arch_set_cpu_local(%u)", cpu);
	host_cpu_local[cpu] = p;
}

void arch_send_ipi(unsigned cpu)
{
	CHECK(locked(), "IPI sent without the lock");
	/* An IPI to itself would be wasted: the hart chooses on its way out. */
	CHECK(cpu < NHARTS && cpu != host_hart, "hart %u sent an IPI to hart %u", host_hart,
	      cpu);
	ipis[cpu]++;
	ipi_pending[cpu] = true;
}

/* The longest-stretch measurement is off here. */
struct kstat kstat;

void kstat_measure(void)
{
}

uint64_t arch_instret(void)
{
	return 0;
}

/* No kernel work in this test: the scheduler never meets a worker. */
void work_run(void)
{
}

/* One process plays every hart: leaving user mode is the IPI alone. */
void arch_cpu_leave_user(unsigned cpu)
{
	arch_send_ipi(cpu);
}

void arch_enter_user(struct arch_regs *r, uint64_t token)
{
	struct thread *t = thread_of_regs(r);

	CHECK(tid(t) >= 0, "entered registers %p of no thread", (void *)r);
	CHECK(token == space[tid(t)].token, "%s entered with token %#lx, not its own", name(t),
	      (unsigned long)token);
	CHECK(locked(), "left for user mode without the lock");
	CHECK(!arch_remote_fence_owed, "left for user mode with TLB fences owed");
	entered = t;
	bkl_unlock();   /* as the real one does */
	longjmp(out, 1);
}

void arch_tlb_flush_finish(void)
{
	CHECK(locked(), "fences sent without the lock");
	flushes++;
	arch_remote_fence_owed = false;
}

void arch_idle_space(void)
{
	CHECK(locked(), "idle space loaded without the lock");
	idle_spaces++;
}

void arch_idle_wait(void)
{
	CHECK(unlocked(), "idling with the lock held");
	idles++;
	if (!wake_on_idle)
		longjmp(out, 2);
}

/* What woke the idle hart: a device interrupt that makes a thread runnable. */
void arch_poll_interrupts(void)
{
	CHECK(locked(), "interrupts polled without the lock");
	if (wake_on_idle) {
		start(wake_on_idle);
		wake_on_idle = 0;
	}
}

void ipc_tick(void)
{
	/* Sleeps are timed by one hart's clock. */
	CHECK(host_hart == 0, "ipc_tick() on hart %u", host_hart);
	ipc_ticks++;
}

/* kern/thread.c's, for a thread without a fault handler. */
void thread_fault(struct thread *t, uint64_t cause, uint64_t pc, uint64_t value)
{
	faulted = t;
	t->fault = (struct thread_fault){ cause, pc, value };
	if (t->state == THREAD_RUNNABLE)   /* thread_stop() */
		sched_remove(t);
	t->state = THREAD_FAULTED;
}

/* ---- what the rest of the kernel does to threads ---- */

/* thread_init(), with an address space and a priority. */
static struct thread *make(int i, unsigned prio, unsigned cpu)
{
	struct thread *t = &th[i];

	memset(t, 0, sizeof(*t));
	memset(&space[i], 0, sizeof(space[i]));
	space[i].hdr.type = OBJ_PAGETABLE;
	space[i].level = 2;
	space[i].token = 0x8000000000000000UL | (uint64_t)(i + 1) << 12;
	t->state = THREAD_INACTIVE;
	t->prio = (uint8_t)prio;
	t->max_prio = THREAD_PRIO_MAX;
	t->cpu = (uint8_t)cpu;
	t->slice = THREAD_DEFAULT_SLICE;
	t->running_on = -1;
	t->last_cpu = -1;
	t->space = (struct cap){ .obj = &space[i].hdr, .type = OBJ_PAGETABLE,
				 .rights = CAP_ALL, .container = &t->hdr };
	t->regs.sepc = 0x10000 + 0x100 * (unsigned long)i;
	return t;
}

/* thread_start(): a fresh turn. */
static void start(struct thread *t)
{
	t->ticks_left = t->slice;
	t->state = THREAD_RUNNABLE;
	sched_add(t);
}

/* thread_wake(): the turn's ticks are kept. */
static void wake(struct thread *t)
{
	t->state = THREAD_RUNNABLE;
	sched_add(t);
}

/* A register call to a waiting receiver x, or a reply to a waiting
 * caller x and a receive that waits (ipc/regipc.c): self blocks, then
 * wakes x with thread_wake_in_place(). */
static void hand(struct thread *self, struct thread *x)
{
	sched_remove(self);
	self->state = THREAD_BLOCKED;
	x->state = THREAD_RUNNABLE;
	sched_hand_to(self, x);
}

/* thread_block() */
static void block(struct thread *t)
{
	if (t->state == THREAD_RUNNABLE)
		sched_remove(t);
	t->state = THREAD_BLOCKED;
}

/* thread_stop() */
static void stop(struct thread *t)
{
	if (t->state == THREAD_RUNNABLE)
		sched_remove(t);
	t->state = THREAD_INACTIVE;
}

/* kern/syscall.c, THREAD_SET_PRIO */
static void set_prio(struct thread *t, unsigned prio)
{
	if (t->state == THREAD_RUNNABLE)
		sched_remove(t);
	t->prio = (uint8_t)prio;
	if (t->state == THREAD_RUNNABLE)
		sched_add(t);
}

/* kern/syscall.c, THREAD_SET_CPU */
static void set_cpu(struct thread *t, unsigned cpu)
{
	if (t->state == THREAD_RUNNABLE) {
		sched_remove(t);
		t->cpu = (uint8_t)cpu;
		sched_add(t);
	} else {
		t->cpu = (uint8_t)cpu;
	}
}

/* ---- the invariants ---- */

/* Every invariant of struct runqueue (kern/sched.h) on every hart, and
 * thread.h's: running_on is set exactly for a hart's current thread. */
static void check_all(void)
{
	int listed[NTHREADS] = { 0 };

	for (unsigned h = 0; h < KERN_MAX_CPUS; h++) {
		const struct runqueue *q = &sched_rq[h];
		int top = -1;

		for (unsigned p = 0; p < NPRIO; p++) {
			const struct thread *head = q->head[p], *t = head;
			bool bit = q->nonempty[p / 64] >> (p % 64) & 1;
			int n = 0;

			CHECK(bit == (head != 0), "hart %u: bit %u is %d, list %s", h, p, bit,
			      head ? "non-empty" : "empty");
			if (!head)
				continue;
			top = (int)p;
			do {
				CHECK(tid(t) >= 0, "hart %u prio %u: a stranger %p on the list", h,
				      p, (const void *)t);
				CHECK(++n <= NTHREADS, "hart %u prio %u: the list does not close",
				      h, p);
				CHECK(t->rq_next && t->rq_prev && t->rq_next->rq_prev == t &&
				      t->rq_prev->rq_next == t,
				      "hart %u prio %u: %s's links are broken", h, p, name(t));
				CHECK(t->state == THREAD_RUNNABLE && t->cpu == h && t->prio == p,
				      "hart %u prio %u: %s listed in state %u, hart %u, prio %u", h,
				      p, name(t), t->state, t->cpu, t->prio);
				listed[tid(t)]++;
				t = t->rq_next;
			} while (t != head);
		}
		CHECK(q->top == top, "hart %u: top %d, highest listed %d", h, q->top, top);
		CHECK(!q->current || tid(q->current) >= 0, "hart %u runs a stranger", h);
		CHECK(!q->current || q->current->running_on == (int)h,
		      "hart %u runs %s, whose running_on is %d", h, name(q->current),
		      q->current ? q->current->running_on : 0);
		CHECK(h < NHARTS || (top < 0 && !q->current), "hart %u was never used", h);
	}
	for (int i = 0; i < NTHREADS; i++) {
		const struct thread *t = &th[i];

		CHECK(listed[i] == (t->rq_next != 0), "%s listed %d times, rq_next %p", name(t),
		      listed[i], (void *)t->rq_next);
		CHECK(t->rq_next || !t->rq_prev, "%s off the lists with rq_prev set", name(t));
		CHECK(t->running_on < 0 ||
		      (t->running_on < NHARTS && sched_rq[t->running_on].current == t),
		      "%s running_on %d but not that hart's current", name(t), t->running_on);
		CHECK(t->state != THREAD_RUNNABLE || listed[i] || sched_rq[t->cpu].current == t,
		      "%s is RUNNABLE on hart %u but neither listed nor current there",
		      name(t), t->cpu);
	}
}

/* Could hart h take t from its lists now (pick() skips a thread still
 * running on another hart)? */
static bool pickable(const struct thread *t, unsigned h)
{
	return t->rq_next && t->cpu == h && (t->running_on < 0 || t->running_on == (int)h);
}

/* Hart h runs t (0: idles): nothing it could take outranks that. */
static void check_choice(unsigned h, const struct thread *t)
{
	for (int i = 0; i < NTHREADS; i++) {
		const struct thread *x = &th[i];

		if (!pickable(x, h))
			continue;
		CHECK(t, "hart %u idles while %s (prio %u) waits on it", h, name(x), x->prio);
		CHECK(x->prio <= t->prio, "hart %u runs %s (prio %u) while %s (prio %u) waits",
		      h, name(t), t->prio, name(x), x->prio);
	}
}

/* ---- kernel entry and exit ---- */

void host_fpu_let_go(struct arch_regs *r)
{
	struct thread *t = thread_of_regs(r);

	CHECK(tid(t) >= 0, "FP state of a stranger let go");
	CHECK(sched_rq[host_hart].current == t,
	      "hart %u let %s's FP state go, but it runs %s", host_hart, name(t),
	      name(sched_rq[host_hart].current));
	fpu_let_go[tid(t)] = (int)host_hart;
}

/* sched_let_go() found t bound elsewhere: the hart running it tells. */
void arch_fpu_moved(struct arch_regs *r, struct arch_fpu *f)
{
	struct thread *t = thread_of_regs(r);

	CHECK(tid(t) >= 0 && &t->fpu == f, "FP move of a stranger");
	CHECK(t->cpu != host_hart, "hart %u moved %s's FP state, but it is bound there",
	      host_hart, name(t));
}

static void reset(const char *what)
{
	memset(sched_rq, 0, sizeof(sched_rq));
	memset(host_cpu_local, 0, sizeof(host_cpu_local));
	for (int i = 0; i < NTHREADS; i++)
		make(i, 0, 0);   /* never started: the cases make those they use */
	memset(ipis, 0, sizeof(ipis));
	memset(ipi_pending, 0, sizeof(ipi_pending));
	idles = idle_spaces = flushes = ipc_ticks = 0;
	wake_on_idle = faulted = 0;
	arch_remote_fence_owed = false;
	bkl = (struct bkl){ 0 };
	host_hart = 0;
	CONTEXT("%s", what);
	sched_init();
	for (unsigned h = 0; h < KERN_MAX_CPUS; h++)
		CHECK(host_cpu_local[h] == &sched_rq[h] && sched_rq[h].top == -1,
		      "sched_init() left hart %u unset", h);
	check_all();
}

static void pass(const char *what)
{
	printf("sched: %s: ok\n", what);
}

/* Hart h enters the kernel (a trap, an interrupt or a system call). */
static void enter(unsigned h)
{
	CHECK(unlocked(), "hart %u enters while the lock is held", h);
	host_hart = h;
	bkl_lock();
	ipi_pending[h] = false;   /* it chooses again on its way out */
	for (int i = 0; i < NTHREADS; i++)
		fpu_let_go[i] = -1;
}

/* The hart that entered leaves: sched_exit() runs a thread or idles. */
static struct thread *leave(void)
{
	struct runqueue *const q = sched_this_rq();
	struct thread *const prev = q->current;
	const unsigned h = host_hart;

	entered = 0;
	if (!setjmp(out))
		sched_exit();
	CHECK(unlocked(), "hart %u left the kernel with the lock held", h);
	CHECK(q->current == entered, "hart %u ran %s but its current is %s", h, name(entered),
	      name(q->current));
	if (entered) {
		struct thread *t = entered;

		CHECK(t->state == THREAD_RUNNABLE && t->cpu == h && !t->rq_next,
		      "hart %u runs %s: state %u, hart %u, %s", h, name(t), t->state, t->cpu,
		      t->rq_next ? "listed" : "off the lists");
		CHECK(t->running_on == (int)h && t->last_cpu == (int)h,
		      "hart %u runs %s with running_on %d, last_cpu %d", h, name(t),
		      t->running_on, t->last_cpu);
	}
	if (prev && prev != entered) {
		CHECK(prev->running_on < 0, "hart %u left %s with running_on %d", h, name(prev),
		      prev->running_on);
		CHECK(fpu_let_go[tid(prev)] == (int)h,
		      "hart %u left %s without letting its FP state go", h, name(prev));
		/* Now another hart may take prev: if prev waits on its list
		 * (moved there while it ran here), that hart must be told. */
		CHECK(!prev->rq_next || prev->cpu == h || ipi_pending[prev->cpu],
		      "hart %u let %s go but did not tell hart %u, where it waits", h,
		      name(prev), prev->cpu);
	}
	check_all();
	check_choice(h, entered);
	return entered;
}

static struct thread *run(unsigned h)
{
	enter(h);
	return leave();
}

/* The timer interrupt on hart h. */
static struct thread *tick(unsigned h)
{
	enter(h);
	sched_tick();
	return leave();
}

static void expect(const struct thread *got, const struct thread *want)
{
	CHECK(got == want, "ran %s, expected %s", name(got), name(want));
}

/* ---- the cases ---- */

static void test_pick(void)
{
	reset("pick: highest priority, FIFO within one");
	struct thread *a = make(0, 5, 0), *b = make(1, 5, 0), *c = make(2, 5, 0);
	struct thread *d = make(3, 3, 0);

	enter(0);
	start(d);
	start(a);
	start(b);
	start(c);
	check_all();
	CHECK(sched_rq[0].top == 5, "top %d", sched_rq[0].top);
	expect(leave(), a);
	CHECK(sched_rq[0].head[5] == b && b->rq_next == c && c->rq_next == b,
	      "B, C not left in order behind A");
	/* Each blocks in turn: the rest come in order, then the lower one. */
	struct thread *const order[] = { b, c, d };
	for (unsigned i = 0; i < 3; i++) {
		enter(0);
		block(sched_current());
		expect(leave(), order[i]);
	}
	enter(0);
	block(d);
	expect(leave(), 0);

	/* Priorities either side of the bitmap's word boundaries, started
	 * out of order: scan_top() must find each next one down. */
	static const unsigned prios[] = { 0, 63, 64, 127, 128, 255 };
	static const int shuffle[] = { 2, 0, 5, 3, 1, 4 };
	for (int i = 0; i < 6; i++)
		make(4 + i, prios[i], 0);
	enter(0);
	for (int i = 0; i < 6; i++)
		start(&th[4 + shuffle[i]]);
	for (int i = 5; i >= 0; i--) {
		expect(leave(), &th[4 + i]);
		enter(0);
		block(&th[4 + i]);
	}
	expect(leave(), 0);
	pass("pick: highest priority, FIFO within one, taken off its list");
}

static void test_keep_running(void)
{
	reset("current keeps running");
	struct thread *a = make(0, 5, 0), *b = make(1, 5, 0), *c = make(2, 3, 0);
	struct thread *d = make(3, 5, 0);

	enter(0);
	start(a);
	start(b);
	start(c);
	expect(leave(), a);
	for (int i = 0; i < 10; i++) {
		/* The null system call: nothing queued outranks A. */
		expect(run(0), a);
		CHECK(a->ticks_left == a->slice, "A's turn changed: %u ticks left",
		      a->ticks_left);
	}
	/* An equal one made runnable does not preempt either. */
	enter(0);
	start(d);
	expect(leave(), a);
	CHECK(sched_rq[0].head[5] == b && b->rq_next == d, "B, D not queued in order");
	pass("current keeps running while nothing outranks it");
}

static void test_preempt(void)
{
	reset("preemption");
	struct thread *a = make(0, 5, 0), *b = make(1, 5, 0), *c = make(2, 5, 0);
	struct thread *hi = make(3, 9, 0);

	enter(0);
	start(a);
	start(b);
	start(c);
	expect(leave(), a);
	expect(tick(0), a);
	CHECK(a->ticks_left == a->slice - 1, "A has %u ticks left", a->ticks_left);

	enter(0);
	start(hi);   /* A's system call, or an interrupt, wakes it */
	expect(leave(), hi);
	CHECK(sched_rq[0].head[5] == a && a->rq_next == b && b->rq_next == c,
	      "preempted A is not back at the front, before B and C");
	CHECK(a->running_on == -1, "A still marked running");

	enter(0);
	block(hi);
	expect(leave(), a);
	CHECK(a->ticks_left == a->slice - 1, "A's turn restarted: %u ticks left",
	      a->ticks_left);
	CHECK(sched_rq[0].head[5] == b && b->rq_next == c, "B, C out of order");

	/* Blocked but still current: the same choice. */
	enter(0);
	start(hi);
	expect(leave(), hi);
	enter(0);
	hi->state = THREAD_BLOCKED;   /* without sched_remove(): it is off the lists */
	expect(leave(), a);
	pass("a higher priority preempts; the preempted goes back at the front");
}

static void test_slice(void)
{
	reset("slices");
	struct thread *t[3];

	enter(0);
	for (int i = 0; i < 3; i++) {
		t[i] = make(i, 5, 0);
		t[i]->slice = 3;
		start(t[i]);
	}
	expect(leave(), t[0]);
	for (unsigned k = 1; k <= 40; k++) {
		CONTEXT("slices: tick %u", k);
		struct thread *now = tick(0);

		/* Each runs its 3 ticks, then the next: A, B, C, A, ... */
		expect(now, t[k / 3 % 3]);
		CHECK(now->ticks_left == 3 - k % 3, "%s has %u ticks left", name(now),
		      now->ticks_left);
		CHECK(ipc_ticks == k, "ipc_tick() ran %u times in %u ticks", ipc_ticks, k);
		if (k % 3 == 0) {
			struct thread *was = t[(k / 3 + 2) % 3];

			CHECK(sched_rq[0].head[5]->rq_prev == was, "%s not at the tail",
			      name(was));
		}
	}
	/* Alone at its priority, a thread whose slice ends goes on. */
	for (int i = 1; i < 3; i++) {
		enter(0);
		block(t[i]);
		leave();
	}
	for (unsigned k = 0; k < 7; k++)
		expect(tick(0), t[0]);
	/* Ticks on another hart leave sleep timing to hart 0. */
	unsigned before = ipc_ticks;
	expect(tick(1), 0);
	CHECK(ipc_ticks == before, "hart 1's tick called ipc_tick()");
	pass("slice end: to the tail, round robin A, B, C, A, ...");
}

static void test_yield(void)
{
	reset("yield");
	struct thread *a = make(0, 5, 0), *b = make(1, 3, 0), *c = make(2, 5, 0);

	enter(0);
	start(a);
	start(b);
	expect(leave(), a);
	expect(tick(0), a);
	enter(0);
	sched_yield();
	expect(leave(), a);   /* alone at 5: picked again, with a new turn */
	CHECK(a->ticks_left == a->slice, "A has %u ticks left", a->ticks_left);

	enter(0);
	start(c);
	expect(leave(), a);
	enter(0);
	sched_yield();
	expect(leave(), c);
	CHECK(sched_rq[0].head[5] == a, "A not queued behind C");
	enter(0);
	sched_yield();
	expect(leave(), a);
	pass("yield: to the tail; alone at its priority, picked again");
}

static void test_block(void)
{
	reset("blocking and idling");
	struct thread *a = make(0, 5, 0), *b = make(1, 5, 0);

	enter(0);
	start(a);
	start(b);
	expect(leave(), a);
	enter(0);
	block(a);   /* thread_block() takes it off: not run again */
	expect(leave(), b);
	CHECK(a->running_on == -1 && !a->rq_next, "blocked A still running or listed");
	enter(0);
	block(b);
	expect(leave(), 0);
	CHECK(idles == 1 && idle_spaces == 1, "went idle %u times, idle space %u times", idles,
	      idle_spaces);
	CHECK(b->running_on == -1, "B still marked running on an idle hart");
	expect(run(0), 0);
	CHECK(idles == 2, "idle %u times", idles);
	expect(tick(0), 0);
	pass("a blocked thread is not run; nothing runnable: idle");
}

/*
 * sched_hand_to: the woken thread becomes current at once when
 * sched_exit() would choose it anyway, touching no list; in every other
 * case it is queued, and sched_exit() chooses as it would have.
 */
static void test_hand_to(void)
{
	reset("sched_hand_to");
	struct thread *a = make(0, 5, 0), *b = make(1, 5, 0), *c = make(2, 5, 0);
	struct thread *d = make(3, 6, 0), *e = make(4, 7, 1);

	enter(0);
	start(a);
	expect(leave(), a);
	b->state = THREAD_BLOCKED;
	enter(0);
	hand(a, b);
	CHECK(sched_rq[0].current == b && !b->rq_next && b->running_on == 0 &&
	      a->running_on == -1 && sched_rq[0].top == -1,
	      "B not current at once (current %s, B %s, running_on %d, top %d)",
	      name(sched_rq[0].current), b->rq_next ? "listed" : "off the lists", b->running_on,
	      sched_rq[0].top);
	CHECK(fpu_let_go[0] == 0, "A's FP state not let go when B took its place");
	expect(leave(), b);

	/* One of its priority listed first: that one goes first. */
	enter(0);
	start(c);
	hand(b, a);
	CHECK(sched_rq[0].current == b && a->rq_next, "A not queued behind C");
	expect(leave(), c);

	/* Above everything listed: at once, the listed one stays. */
	d->state = THREAD_BLOCKED;
	enter(0);
	hand(c, d);
	CHECK(sched_rq[0].current == d && !d->rq_next, "D (prio 6) not current at once");
	expect(leave(), d);
	CHECK(a->rq_next, "A lost its place on the list");

	/* Bound to another hart: queued there, and that hart told. */
	e->state = THREAD_BLOCKED;
	enter(0);
	hand(d, e);
	CHECK(e->rq_next && ipi_pending[1], "E not queued on hart 1 with an IPI");
	expect(leave(), a);
	expect(run(1), e);

	/* The caller did not block (no hand-over from a running thread). */
	b->state = THREAD_BLOCKED;
	enter(0);
	b->state = THREAD_RUNNABLE;
	sched_hand_to(a, b);
	CHECK(sched_rq[0].current == a && b->rq_next, "B taken in place of a running A");
	expect(leave(), a);
	pass("sched_hand_to: in place when it would be chosen, else queued");
}

/* thread_wake_held(): the waiter a message delivery woke. */
static void wake_held(struct thread *t)
{
	t->state = THREAD_RUNNABLE;
	sched_add_held(t);
}

/*
 * A held wake (kern/sched.h): the first message waiter woken in a call is
 * held off the lists; the call's end runs it at once when sched_exit()
 * would choose it anyway, else queues it; every sched_add() in between
 * queues it first; a held thread stopped, blocked or handed over is
 * dropped. The random runs check that the outcome is always the same as
 * with plain wakes.
 */
static void test_hold(void)
{
	reset("held wakes");
	struct thread *a = make(0, 5, 0), *b = make(1, 5, 0), *c = make(2, 5, 0);
	struct thread *d = make(3, 6, 0), *e = make(4, 5, 1);

	enter(0);
	start(a);
	expect(leave(), a);

	/* Woken, held, and run in the blocked caller's place. */
	b->state = THREAD_BLOCKED;
	enter(0);
	sched_hold_wakes();
	wake_held(b);
	CHECK(sched_rq[0].held == b && !b->rq_next && sched_rq[0].top == -1,
	      "B not held off the lists (held %s, top %d)", name(sched_rq[0].held),
	      sched_rq[0].top);
	block(a);
	sched_hold_end();
	CHECK(!sched_rq[0].holding && !sched_rq[0].held, "the hold outlived the call");
	CHECK(sched_rq[0].current == b && !b->rq_next && b->running_on == 0 &&
	      a->running_on == -1, "B not current at once (current %s)",
	      name(sched_rq[0].current));
	CHECK(fpu_let_go[0] == 0, "A's FP state not let go when B took its place");
	expect(leave(), b);

	/* A later wake queues the held one first: the lists keep the order. */
	a->state = c->state = THREAD_BLOCKED;
	enter(0);
	sched_hold_wakes();
	wake_held(a);
	wake(c);
	CHECK(!sched_rq[0].held && sched_rq[0].head[5] == a && a->rq_next == c,
	      "A not queued before C (head %s)", name(sched_rq[0].head[5]));
	block(b);
	sched_hold_end();
	expect(leave(), a);
	expect(run(0), a);
	block(a);
	expect(run(0), c);

	/* One of its priority listed first: that one goes first. */
	a->state = THREAD_BLOCKED;
	enter(0);
	start(b);
	sched_hold_wakes();
	wake_held(a);
	block(c);
	sched_hold_end();
	CHECK(a->rq_next && sched_rq[0].head[5] == b, "A not queued behind B");
	expect(leave(), b);

	/* The caller did not block: queued, and it outranks the caller. */
	d->state = THREAD_BLOCKED;
	enter(0);
	sched_hold_wakes();
	wake_held(d);
	sched_hold_end();
	CHECK(d->rq_next && sched_rq[0].current == b, "D taken in place of a running B");
	expect(leave(), d);

	/* Held, then stopped: dropped. Held, then moved: queued once there. */
	block(a);
	enter(0);
	block(b);
	expect(leave(), d);
	b->state = THREAD_BLOCKED;
	enter(0);
	sched_hold_wakes();
	wake_held(b);
	stop(b);
	block(d);
	sched_hold_end();
	CHECK(b->state == THREAD_INACTIVE && !b->rq_next && sched_rq[0].current != b,
	      "a stopped held thread was queued or run");
	expect(leave(), 0);
	start(d);
	enter(0);
	expect(leave(), d);
	b->state = THREAD_BLOCKED;
	enter(0);
	sched_hold_wakes();
	wake_held(b);
	set_cpu(b, 1);
	CHECK(!sched_rq[0].held && b->rq_next && ipi_pending[1], "B not queued once on hart 1");
	block(d);
	sched_hold_end();
	expect(leave(), 0);
	expect(run(1), b);

	/* Bound to another hart: never held. */
	e->state = THREAD_BLOCKED;
	enter(0);
	sched_hold_wakes();
	wake_held(e);
	CHECK(!sched_rq[0].held && e->rq_next && ipi_pending[1], "E not queued on hart 1");
	sched_hold_end();
	expect(leave(), 0);
	expect(run(1), b);
	pass("held wakes: run at once when chosen anyway, else queued in order");
}

/* The whole scheduler state, to see that a call changed nothing. */
struct snapshot {
	struct runqueue rq[KERN_MAX_CPUS];
	struct thread *links[NTHREADS][2];
};

static void snap(struct snapshot *s)
{
	memcpy(s->rq, sched_rq, sizeof(sched_rq));
	for (int i = 0; i < NTHREADS; i++) {
		s->links[i][0] = th[i].rq_next;
		s->links[i][1] = th[i].rq_prev;
	}
}

static void test_remove(void)
{
	reset("sched_remove");
	struct thread *a = make(0, 5, 0), *b = make(1, 5, 0), *c = make(2, 5, 0);
	struct thread *d = make(3, 5, 1);
	struct snapshot before, after;

	enter(0);
	start(a);
	start(b);
	start(c);
	start(d);
	expect(leave(), a);
	expect(run(1), d);

	/* Queued: taken off. */
	enter(0);
	unsigned sent = ipis[1];
	sched_remove(b);
	CHECK(!b->rq_next && !b->rq_prev, "B still linked");
	CHECK(sched_rq[0].head[5] == c && c->rq_next == c, "C not alone at 5");
	b->state = THREAD_INACTIVE;
	check_all();
	CHECK(ipis[1] == sent && ipis[0] == 0, "an IPI for a queued thread");
	expect(leave(), a);

	/* Current here, off the lists: no list changes, no IPI. */
	enter(0);
	snap(&before);
	sched_remove(a);
	snap(&after);
	CHECK(!memcmp(&before, &after, sizeof(before)), "removing the current changed a list");
	CHECK(ipis[1] == sent && ipis[0] == 0, "an IPI for this hart's current");
	a->state = THREAD_BLOCKED;
	expect(leave(), c);

	/* Running on hart 1: hart 1 is told to stop it. */
	enter(0);
	stop(d);
	CHECK(ipis[1] == sent + 1 && ipi_pending[1], "no IPI to hart 1, where D runs");
	leave();
	expect(run(1), 0);
	CHECK(d->running_on == -1, "D still marked running");
	pass("sched_remove: queued off, current untouched, elsewhere an IPI");
}

static void test_add_ipi(void)
{
	reset("sched_add IPIs");
	struct thread *a = make(0, 5, 0), *x = make(1, 5, 1), *y = make(2, 5, 0);
	struct thread *z = make(3, 5, 2);

	enter(0);
	start(a);
	CHECK(!ipis[0] && !ipis[1] && !ipis[2], "an IPI for a thread of this hart");
	start(x);
	CHECK(ipis[1] == 1 && !ipis[0] && !ipis[2], "IPIs %u %u %u for one on hart 1", ipis[0],
	      ipis[1], ipis[2]);
	start(y);
	CHECK(ipis[1] == 1 && !ipis[0] && !ipis[2], "an IPI for a thread of this hart");
	expect(leave(), a);
	expect(run(1), x);
	enter(1);
	block(x);
	z->state = THREAD_BLOCKED;
	wake(z);   /* from hart 1, to hart 2 */
	CHECK(ipis[2] == 1 && !ipis[0], "IPIs %u %u %u for a wake on hart 2", ipis[0], ipis[1],
	      ipis[2]);
	expect(leave(), 0);
	expect(run(2), z);
	pass("sched_add: an IPI to another hart, none to this one");
}

static void test_move(void)
{
	reset("moving between harts");
	struct thread *t = make(0, 5, 0), *u = make(1, 1, 1), *v = make(2, 1, 1);

	enter(0);
	start(t);
	start(u);
	start(v);
	expect(leave(), t);
	expect(run(1), u);

	/* U, on hart 1, moves T there while hart 0 runs it. */
	enter(1);
	unsigned to0 = ipis[0], to1 = ipis[1];
	set_cpu(t, 1);
	CHECK(ipis[0] == to0 + 1 && ipi_pending[0], "hart 0, running T, was not told");
	CHECK(ipis[1] == to1, "an IPI to this hart");
	CHECK(pickable(t, 1) == false && t->rq_next && t->running_on == 0,
	      "T not queued on hart 1 while running on hart 0");
	expect(leave(), u);   /* T outranks U, but still runs on hart 0 */
	CHECK(sched_rq[1].head[5] == t, "T lost its place");

	/* Hart 0 had trapped already: T's yield (trap_syscall() acts on it,
	 * T is still RUNNABLE) must leave hart 1's list alone. Then hart 0
	 * lets T go: it is not bound there any more. */
	enter(0);
	sched_yield();
	CHECK(sched_rq[1].head[5] == t && t->rq_next == t && sched_rq[0].top == -1,
	      "the yield of a thread bound elsewhere touched the lists");
	CHECK(t->ticks_left == t->slice, "T's turn not renewed");
	to1 = ipis[1];
	expect(leave(), 0);
	CHECK(t->running_on == -1, "T still marked running on hart 0");
	CHECK(ipis[1] == to1 + 1 && ipi_pending[1], "hart 1, where T waits, was not told");
	expect(run(1), t);   /* the IPI brings hart 1 in */
	CHECK(t->last_cpu == 1, "T's last hart %d", t->last_cpu);
	CHECK(sched_rq[1].head[1] == u && u->rq_next == v, "preempted U not at the front");

	/* T moves itself back: its hart switches away at once, hart 0 takes
	 * it after. */
	enter(1);
	to0 = ipis[0];
	to1 = ipis[1];
	set_cpu(t, 0);
	CHECK(ipis[0] == to0 + 1 && ipis[1] == to1, "IPIs %u %u, were %u %u", ipis[0], ipis[1],
	      to0, to1);
	expect(leave(), u);
	CHECK(t->running_on == -1, "T still marked running on hart 1");
	expect(run(0), t);
	CHECK(t->last_cpu == 0, "T's last hart %d", t->last_cpu);

	/* Moved while blocked: only its hart changes. */
	enter(0);
	block(t);
	set_cpu(t, 1);
	expect(leave(), 0);
	enter(0);
	wake(t);
	expect(leave(), 0);
	expect(run(1), t);
	pass("a thread moved while running elsewhere waits until it stops there");
}

static void test_set_prio(void)
{
	reset("priority changes");
	struct thread *a = make(0, 5, 0), *b = make(1, 4, 0), *c = make(2, 3, 0);

	enter(0);
	start(a);
	start(b);
	start(c);
	expect(leave(), a);
	/* A lowers itself below B: queued again, at the tail of 3... */
	enter(0);
	set_prio(a, 3);
	CHECK(a->rq_next, "A not queued after its priority changed");
	expect(leave(), b);
	/* ...behind C, who was there first. */
	enter(0);
	block(b);
	expect(leave(), c);
	/* C raises A, queued behind it, over everything: A preempts. */
	enter(0);
	set_prio(a, 200);
	expect(leave(), a);
	CHECK(sched_rq[0].head[3] == c, "C not back at the front");
	pass("a priority change requeues at the new priority");
}

static void test_fastpath_count(void)
{
	reset("fast-path count");
	CHECK(sched_fastpath_count() == 0, "count %lu from nothing",
	      (unsigned long)sched_fastpath_count());
	uint64_t sum = 0;
	for (unsigned h = 0; h < KERN_MAX_CPUS; h++) {
		sched_rq[h].fastpath = (uint64_t)(h + 1) << (4 * h);
		sum += sched_rq[h].fastpath;
	}
	CHECK(sched_fastpath_count() == sum, "count %lu, harts hold %lu",
	      (unsigned long)sched_fastpath_count(), (unsigned long)sum);
	pass("sched_fastpath_count() sums every hart");
}

static void test_idle_wake(void)
{
	reset("an interrupt ends idling");
	struct thread *a = make(0, 5, 0), *w = make(1, 2, 0);

	enter(0);
	start(a);
	expect(leave(), a);
	enter(0);
	block(a);
	wake_on_idle = w;   /* it idles, retakes the lock, polls, runs W */
	expect(leave(), w);
	CHECK(idles == 1 && idle_spaces == 1 && !wake_on_idle, "idled %u times", idles);
	pass("idle: an interrupt that wakes a thread runs it");
}

static void test_no_space(void)
{
	reset("a thread without an address space");
	struct thread *a = make(0, 5, 0), *f = make(1, 9, 0);

	f->space = (struct cap){ .container = &f->hdr };
	enter(0);
	start(a);
	start(f);
	expect(leave(), a);
	CHECK(faulted == f && f->state == THREAD_FAULTED &&
	      f->fault.cause == FAULT_ACCESS && f->fault.pc == f->regs.sepc,
	      "F's fault not recorded: %s, state %u, cause %lu", name(faulted), f->state,
	      (unsigned long)f->fault.cause);
	pass("no address space: a fault instead, the next one runs");
}

static void test_fences(void)
{
	reset("TLB fences before leaving");
	struct thread *a = make(0, 5, 0);

	enter(0);
	start(a);
	arch_remote_fence_owed = true;   /* an unmap in this system call */
	expect(leave(), a);              /* arch_enter_user() checks they went */
	CHECK(flushes == 1, "fences sent %u times", flushes);
	enter(0);
	block(a);
	arch_remote_fence_owed = true;
	expect(leave(), 0);
	CHECK(!arch_remote_fence_owed, "idle with fences owed");
	pass("owed TLB fences go out before user mode or idle");
}

/*
 * Every hart whose choice went stale has an IPI on its way: the others'
 * current threads may run on, not blocked, not moved, not outranked.
 */
static void check_stale(void)
{
	for (unsigned h = 0; h < NHARTS; h++) {
		const struct thread *c = sched_rq[h].current;

		if (ipi_pending[h])
			continue;
		CHECK(!c || (c->state == THREAD_RUNNABLE && c->cpu == h && !c->rq_next),
		      "hart %u runs %s (state %u, hart %u, %s) and was sent no IPI", h, name(c),
		      c->state, c->cpu, c->rq_next ? "listed" : "off the lists");
		check_choice(h, c);
	}
}

/*
 * The random runs' held wake: a message call (or reply) whose delivery
 * wakes a waiter, then up to three other changes, then the caller blocks
 * or not. Run twice from the same state: with plain wakes, and with the
 * wake held (kern/sched.h); the lists, the threads and what the hart runs
 * must come out the same.
 */
struct world {
	struct thread th[NTHREADS];
	struct runqueue rq[KERN_MAX_CPUS];
	unsigned ipis[KERN_MAX_CPUS], idles, idle_spaces, flushes, ipc_ticks;
	bool ipi_pending[KERN_MAX_CPUS], fence_owed;
	int fpu_let_go[NTHREADS];
	struct thread *entered, *wake_on_idle, *faulted;
	struct bkl bkl;
	unsigned hart;
};

static void save_world(struct world *w)
{
	memcpy(w->th, th, sizeof(th));
	memcpy(w->rq, sched_rq, sizeof(sched_rq));
	memcpy(w->ipis, ipis, sizeof(ipis));
	memcpy(w->ipi_pending, ipi_pending, sizeof(ipi_pending));
	memcpy(w->fpu_let_go, fpu_let_go, sizeof(fpu_let_go));
	w->idles = idles, w->idle_spaces = idle_spaces, w->flushes = flushes;
	w->ipc_ticks = ipc_ticks, w->fence_owed = arch_remote_fence_owed;
	w->entered = entered, w->wake_on_idle = wake_on_idle, w->faulted = faulted;
	w->bkl = bkl, w->hart = host_hart;
}

static void load_world(const struct world *w)
{
	memcpy(th, w->th, sizeof(th));
	memcpy(sched_rq, w->rq, sizeof(sched_rq));
	memcpy(ipis, w->ipis, sizeof(ipis));
	memcpy(ipi_pending, w->ipi_pending, sizeof(ipi_pending));
	memcpy(fpu_let_go, w->fpu_let_go, sizeof(fpu_let_go));
	idles = w->idles, idle_spaces = w->idle_spaces, flushes = w->flushes;
	ipc_ticks = w->ipc_ticks, arch_remote_fence_owed = w->fence_owed;
	entered = w->entered, wake_on_idle = w->wake_on_idle, faulted = w->faulted;
	bkl = w->bkl, host_hart = w->hart;
}

static unsigned held_wakes;   /* random runs' holds that held a thread */

enum { HOLD_WAKE, HOLD_START, HOLD_STOP, HOLD_PRIO, HOLD_MOVE, HOLD_KINDS };

struct hold_step {
	unsigned kind, arg;
	struct thread *x;
};

static void hold_steps(struct thread *self, const struct hold_step *st, unsigned n,
		       bool block_self, bool held)
{
	static const unsigned prios[] = { 0, 5, 5, 5, 63, 64, 128, 255 };

	if (held)
		sched_hold_wakes();
	for (unsigned i = 0; i < n; i++) {
		struct thread *x = st[i].x;

		switch (st[i].kind) {
		case HOLD_WAKE:   /* the delivery's waiter (the first is held) */
			if (x->state == THREAD_BLOCKED) {
				if (held)
					wake_held(x);
				else
					wake(x);
				held_wakes += held && sched_rq[host_hart].held == x;
			}
			break;
		case HOLD_START:
			if (x->state == THREAD_INACTIVE)
				start(x);
			break;
		case HOLD_STOP:
			stop(x);
			break;
		case HOLD_PRIO:
			set_prio(x, prios[st[i].arg % 8]);
			break;
		case HOLD_MOVE:
			set_cpu(x, st[i].arg % NHARTS);
			break;
		}
	}
	if (block_self && self->state == THREAD_RUNNABLE)
		block(self);
	if (held)
		sched_hold_end();
}

/* Returns what the plain run left, in *plain, and leaves the held run's
 * state in place (the caller's leave() follows, then same_world()). */
static void hold_twin(struct thread *self, struct thread *x, struct world *plain)
{
	struct hold_step st[4];
	unsigned n = 1 + rng_below(4);
	bool block_self = rng_below(4) != 0;
	struct world before;

	/* The waiter: a blocked thread, if there is one from x on. */
	for (int i = 0; i < NTHREADS && x->state != THREAD_BLOCKED; i++)
		x = &th[(tid(x) + 1) % NTHREADS];
	st[0] = (struct hold_step){ HOLD_WAKE, 0, x };
	for (unsigned i = 1; i < n; i++)
		st[i] = (struct hold_step){ rng_below(HOLD_KINDS), rng_below(64),
					    &th[rng_below(NTHREADS)] };
	save_world(&before);
	hold_steps(self, st, n, block_self, false);
	check_all();
	leave();
	save_world(plain);
	load_world(&before);
	hold_steps(self, st, n, block_self, true);
	CHECK(!sched_rq[host_hart].holding && !sched_rq[host_hart].held,
	      "the hold outlived the call");
}

static void same_world(const struct world *plain)
{
	CHECK(entered == plain->entered, "held: ran %s, plain wakes ran %s", name(entered),
	      name(plain->entered));
	CHECK(!memcmp(sched_rq, plain->rq, sizeof(sched_rq)),
	      "held: the run queues differ from plain wakes'");
	for (int i = 0; i < NTHREADS; i++)
		CHECK(!memcmp(&th[i], &plain->th[i], sizeof(th[i])),
		      "held: %s differs from plain wakes' (state %u/%u, %s/%s)", name(&th[i]),
		      th[i].state, plain->th[i].state, th[i].rq_next ? "listed" : "off",
		      plain->th[i].rq_next ? "listed" : "off");
	CHECK(!memcmp(ipi_pending, plain->ipi_pending, sizeof(ipi_pending)),
	      "held: IPIs differ from plain wakes'");
}

static void random_round(uint64_t seed, int steps)
{
	static const unsigned prios[] = { 0, 5, 5, 5, 63, 64, 128, 255 };
	enum { IPI, TICK, WAKE, NUL, BLOCK, YIELD, STOP, PRIO, MOVE, HAND, HOLD, NOPS };
	static const char *const names[NOPS] = { "ipi",  "tick", "wake", "null",
						 "block", "yield", "stop", "prio",
						 "move", "hand", "hold" };
	struct world plain;
	unsigned counts[NOPS] = { 0 };
	unsigned ran = 0;

	reset("random");
	rng_state = seed;
	for (int i = 0; i < NTHREADS; i++) {
		make(i, prios[rng_below(8)], rng_below(NHARTS));
		th[i].slice = 1 + rng_below(4);
	}
	for (int step = 0; step < steps; step++) {
		unsigned h = rng_below(NHARTS);
		struct thread *x = &th[rng_below(NTHREADS)];
		struct thread *self = sched_rq[h].current;
		unsigned op;

		/* An IPI sent to a hart usually brings it in next; but the
		 * hart may have trapped already and waited for the lock while
		 * another changed its threads: then it handles the trap in
		 * the new state (a system call only of a thread still
		 * RUNNABLE, as trap_syscall() does). */
		if (ipi_pending[h] && rng_below(2))
			op = IPI;
		else if (self && self->state == THREAD_RUNNABLE)
			op = TICK + rng_below(NOPS - TICK);
		else
			op = TICK + rng_below(NUL - TICK + 1);   /* interrupts only */
		CONTEXT("random seed %#lx step %d: hart %u %s, %s on %s", (unsigned long)seed, step,
			h, names[op], name(x), name(self));
		enter(h);
		switch (op) {
		case TICK:
			sched_tick();
			break;
		case WAKE:
			if (x->state == THREAD_INACTIVE)
				start(x);
			else if (x->state == THREAD_BLOCKED)
				wake(x);
			break;
		case BLOCK:
			block(self);
			break;
		case YIELD:
			sched_yield();
			break;
		case STOP:
			stop(x);
			break;
		case PRIO:
			set_prio(x, prios[rng_below(8)]);
			break;
		case MOVE:
			set_cpu(x, rng_below(NHARTS));
			break;
		case HAND:
			if (x->state == THREAD_BLOCKED)
				hand(self, x);
			break;
		case HOLD:
			hold_twin(self, x, &plain);
			break;
		}
		counts[op]++;
		check_all();
		arch_remote_fence_owed = rng_below(8) == 0;
		ran += leave() != 0;
		check_stale();
		if (op == HOLD)
			same_world(&plain);
	}
	printf("  seed %#lx: %u ipi, %u tick, %u wake, %u null, %u block, %u yield, %u stop, "
	       "%u prio, %u move, %u hand, %u hold (%u held); ran a thread %u times, idled %u\n",
	       (unsigned long)seed, counts[IPI], counts[TICK], counts[WAKE], counts[NUL],
	       counts[BLOCK], counts[YIELD], counts[STOP], counts[PRIO], counts[MOVE], counts[HAND],
	       counts[HOLD], held_wakes, ran, idles);
	held_wakes = 0;
}

int main(void)
{
	const uint64_t seed = 0x5c4edb0bb1e5UL;

	test_pick();
	test_keep_running();
	test_preempt();
	test_slice();
	test_yield();
	test_block();
	test_hand_to();
	test_hold();
	test_remove();
	test_add_ipi();
	test_move();
	test_set_prio();
	test_fastpath_count();
	test_idle_wake();
	test_no_space();
	test_fences();
	printf("sched: random runs on %d harts, base seed %#lx\n", NHARTS, (unsigned long)seed);
	for (uint64_t i = 0; i < 6; i++)
		random_round(seed + i * 0x9e3779b97f4a7c15UL, 5000);
	printf("sched: all passed\n");
	return 0;
}
