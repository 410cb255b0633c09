/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * Register IPC, the general path (docs/design.md §1.6): a call carries four words
 * and the badge of the queue capability in registers, and the receiver gets
 * an implicit one-shot reply right to the caller (struct thread.reply_to).
 * ipc/fastpath.h does the common cases of the same calls with less work;
 * both must give identical results (test/root checks this both ways).
 *
 * Register use: SYS_CALL a0 = queue, a1..a4 = words; returns a0 = error,
 * a1..a4 = the reply words. SYS_RECV / SYS_REPLY_RECV a0 = queue, a1..a4 =
 * the reply words (REPLY_RECV); return a0 = error, a1..a4 = words, a5 =
 * badge.
 */
#include <cap/cspace.h>
#include <ipc/fastpath.h>
#include <ipc/ipc.h>
#include <ipc/irq.h>
#include <ipc/message.h>
#include <kern/arch.h>
#include <kern/kerr.h>
#include <kern/kstat.h>
#include <kern/sched.h>
#include <kern/thread.h>
#include <kern/trace.h>

#define REG_WORDS 4

bool ipc_fastpath_enabled = true;   /* SYSCTL_FASTPATH */

/*
 * Sleeping threads, in the order they wake (wake_tick, then the order they
 * went to sleep): the tick takes the due ones off the front and touches
 * no other. A sleep is put in place from the back, where most land (sleeps
 * of one length arrive in the order they end); one that ends before many
 * others walks past them. The boot hart's tick drives it (ipc_tick).
 */
static struct thread *sleepers, *sleepers_tail;

/* Append t to a list with a tail pointer (FIFO). */
static void tpush(struct thread **head, struct thread **tail, struct thread *t)
{
	t->wq_next = 0;
	t->wq_prev = *tail;
	if (*tail)
		(*tail)->wq_next = t;
	else
		*head = t;
	*tail = t;
}

static void tunlink(struct thread **head, struct thread **tail, struct thread *t)
{
	if (t->wq_prev)
		t->wq_prev->wq_next = t->wq_next;
	else
		*head = t->wq_next;
	if (t->wq_next)
		t->wq_next->wq_prev = t->wq_prev;
	else if (tail)
		*tail = t->wq_prev;
	t->wq_next = t->wq_prev = 0;
}

void ipc_cancel(struct thread *t)
{
	struct queue *q = t->waiting_on;

	switch (t->wait) {
	case WAIT_MESSAGE:
		((struct message *)t->waiting_on)->waiter = 0;
		break;
	case WAIT_CALL:
		tunlink(&q->callers, &q->callers_tail, t);
		break;
	case WAIT_RECV:
		tunlink(&q->waiters, &q->waiters_tail, t);
		break;
	case WAIT_REPLY: {
		struct thread *server = t->waiting_on;
		if (server->reply_to == t)
			server->reply_to = 0;
		break;
	}
	case WAIT_SLEEP:
		tunlink(&sleepers, &sleepers_tail, t);
		break;
	case WAIT_DESTROY:
		tunlink(&((struct obj *)t->waiting_on)->destroy_waiters, 0, t);
		break;
	}
	t->wait = WAIT_NONE;
	t->waiting_on = 0;
}

void ipc_thread_gone(struct thread *t)
{
	struct thread *caller = t->reply_to;

	/* Nobody can reply to this caller any more. */
	if (caller) {
		t->reply_to = 0;
		ipc_fail_caller(caller, ERR_DEAD);
	}
}

/* The queue caddr names, with the rights asked: self's kept lookup if it
 * still holds (ipc/fastpath.h:fast_queue, which keeps what it walks), else
 * the full lookup, which also gives the error for a bad address: *res is
 * written whole only on that way (the kept lookup cannot fail). */
static __attribute__((noinline)) struct queue *queue_looked_up(struct pagetable *own,
								uint64_t caddr, uint8_t rights,
								struct sysret *res, uint64_t *badge)
{
	struct cap *c;

	*res = SYSRET(ERR_OK);
	if (!(c = sys_cap_at(own, caddr, OBJ_QUEUE, rights, res)))
		return 0;
	*badge = c->badge;
	return (struct queue *)c->obj;
}

/* The full lookup apart (a jump to it), so that the kept one needs no
 * stack frame. */
static inline __attribute__((always_inline)) struct queue *
queue_at(struct thread *self, struct pagetable *own, uint64_t caddr, uint8_t rights,
	 struct sysret *res, uint64_t *badge)
{
	struct queue *q;

	if (fast_queue(self, caddr, rights, &q, badge))
		return q;
	return queue_looked_up(own, caddr, rights, res, badge);
}

/* The words a caller left in its registers (or its fault, for a fault
 * message), as a receiver's results. */
static struct sysret words_of(struct thread *caller, uint64_t badge)
{
	struct sysret r = { .err = ERR_OK, .nres = 5 };

	if (caller->fault_ipc) {
		r.r[0] = caller->fault.cause;
		r.r[1] = caller->fault.pc;
		r.r[2] = caller->fault.value;
	} else {
		for (unsigned i = 0; i < REG_WORDS; i++)
			r.r[i] = arch_regs_arg(&caller->regs, 1 + i);
	}
	r.r[REG_WORDS] = badge;
	return r;
}

void ipc_fail_caller(struct thread *c, long err)
{
	if (c->fault_ipc) {
		/* Nobody will handle the fault: the thread stays stopped on it. */
		c->fault_ipc = false;
		c->wait = WAIT_NONE;
		c->waiting_on = 0;
		c->state = THREAD_FAULTED;
		return;
	}
	thread_wake(c, &SYSRET(err));
}

/* The reply to caller c: its results, or for a fault message, where it
 * resumes (word 0, if non-zero: a new pc; else the faulting instruction).
 * c is RUNNABLE after, on no list: the caller queues it or hands over. */
static void reply_to_caller(struct thread *c, const unsigned long *words)
{
	if (c->fault_ipc) {
		c->fault_ipc = false;
		if (words[0])
			c->regs.sepc = words[0];
		c->fault = (struct thread_fault){ 0 };
		c->wait = WAIT_NONE;
		c->waiting_on = 0;
		c->state = THREAD_RUNNABLE;
		return;
	}
	thread_ready_words(c, words, REG_WORDS);
}

bool ipc_fault(struct thread *t)
{
	struct queue *q = (struct queue *)t->fault_handler.obj;
	uint64_t badge = t->fault_handler.badge;
	struct thread *r = q->waiters;

	if (q->hdr.dying)
		return false;
	t->fault_ipc = true;
	if (r) {
		struct sysret words = words_of(t, badge);

		tunlink(&q->waiters, &q->waiters_tail, r);
		r->reply_to = t;
		thread_block(t, WAIT_REPLY, r);
		thread_wake_in_place(t, r, &words);
	} else {
		t->ipc_badge = badge;
		thread_block(t, WAIT_CALL, q);
		tpush(&q->callers, &q->callers_tail, t);
	}
	return true;
}

void ipc_reg_call(struct thread *self, struct pagetable *own, const unsigned long *a)
{
	struct sysret res;
	uint64_t badge;
	struct queue *q = queue_at(self, own, a[0], CAP_W, &res, &badge);
	struct thread *r;

	if (!q) {
		syscall_complete(self, &res);
		return;
	}
	r = q->waiters;
	trace(TR_REGCALL, q, r, 0, 0, 0);
	if (r) {
		tunlink(&q->waiters, &q->waiters_tail, r);
		r->reply_to = self;
		thread_block(self, WAIT_REPLY, r);
		/* words_of(self), written straight into r's results: self
		 * makes this call, so it waits for no fault reply. */
		thread_ready_words(r, a + 1, REG_WORDS);
		arch_regs_set_arg(&r->regs, 1 + REG_WORDS, badge);
		sched_hand_to(self, r);
	} else {
		self->ipc_badge = badge;
		thread_block(self, WAIT_CALL, q);
		tpush(&q->callers, &q->callers_tail, self);
	}
}

void ipc_reg_reply_recv(struct thread *self, struct pagetable *own, const unsigned long *a,
			bool reply)
{
	struct sysret res;
	uint64_t badge;
	struct queue *q = queue_at(self, own, a[0], CAP_R, &res, &badge);
	struct thread *c, *replied = 0;
	struct irq *irq;

	if (!q) {
		syscall_complete(self, &res);
		return;
	}
	trace(TR_REGRECV, q, q->callers, self->reply_to, reply, 0);
	/* Whoever self owed a reply gets it now, or, if self receives
	 * without replying, learns that none will come: self is about to
	 * take another caller, and owes one reply at a time. A caller
	 * replied to is queued once self knows whether it waits: if it
	 * does, the caller may run in its place (sched_hand_to). */
	if (self->reply_to) {
		c = self->reply_to;
		self->reply_to = 0;
		if (reply) {
			reply_to_caller(c, a + 1);
			replied = c;
		} else {
			ipc_fail_caller(c, ERR_CANCELED);
		}
	}
	if ((c = q->callers)) {
		tunlink(&q->callers, &q->callers_tail, c);
		c->wait = WAIT_REPLY;
		c->waiting_on = self;
		self->reply_to = c;
		res = words_of(c, c->ipc_badge);
	} else if ((irq = irq_take_pending(q))) {
		res = irq_words(irq);
	} else {
		thread_block(self, WAIT_RECV, q);
		tpush(&q->waiters, &q->waiters_tail, self);
		if (replied)
			sched_hand_to(self, replied);
		return;
	}
	if (replied)
		sched_add(replied);
	syscall_complete(self, &res);   /* a has been read: its registers may change */
}

/* ---- sleeping ---- */

struct thread *ipc_sleepers(void)
{
	return sleepers;
}

static uint64_t now_ticks;

/* Into the sleepers, after every one that wakes no later. */
static void sleep_insert(struct thread *t)
{
	struct thread *after = sleepers_tail;

	while (after && after->wake_tick > t->wake_tick)
		after = after->wq_prev;
	t->wq_prev = after;
	t->wq_next = after ? after->wq_next : sleepers;
	if (t->wq_next)
		t->wq_next->wq_prev = t;
	else
		sleepers_tail = t;
	if (after)
		after->wq_next = t;
	else
		sleepers = t;
}

long ipc_sleep(struct thread *self, unsigned long ticks)
{
	if (ticks == 0)
		return ERR_BAD_ARG;
	/* Saturate: a huge count must not wrap into a short sleep. */
	self->wake_tick = ticks > UINT64_MAX - now_ticks ? UINT64_MAX : now_ticks + ticks;
	thread_block(self, WAIT_SLEEP, 0);
	sleep_insert(self);
	return KERR_BLOCKED;
}

void ipc_tick(void)
{
	struct thread *t;

	now_ticks++;
	kstat.tick_instret = arch_instret();
	while ((t = sleepers) && t->wake_tick <= now_ticks) {
		tunlink(&sleepers, &sleepers_tail, t);
		thread_wake(t, &SYSRET(ERR_OK));
	}
}
