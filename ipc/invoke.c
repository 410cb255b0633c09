/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * The methods of messages, queues and replies (docs/abi.md, docs/ipc.md).
 * Each checks everything first. A call that starts a transfer does as much
 * of the copy as it can before a preemption point; the rest is work for
 * the hart's worker (kern/work.h), and the call goes on as if the
 * transfer were under way (a blocking one waits for the outcome on its
 * message). A message in transfer belongs to the transfer: a call naming
 * it for a new send or receive gets ERR_IN_USE.
 */
#include <cap/cspace.h>
#include <cap/ops.h>
#include <ipc/ipc.h>
#include <ipc/message.h>
#include <kern/activity.h>
#include <kern/kerr.h>
#include <kern/object.h>
#include <kern/pagetable.h>
#include <kern/sched.h>
#include <kern/thread.h>
#include <kern/trace.h>
#include <kern/work.h>

/* Results of a finished delivery, consumed: its error returned, its
 * words in res. */
static long take_results(struct message *m, struct sysret *res)
{
	m->delivered = false;
	sys_results(res, m->got_badge, m->got_caps, m->got_bytes);
	return m->status;
}

/* The source message of the transfer m takes part in. */
static struct message *source_of(struct message *m)
{
	return m->is_source ? m : m->peer;
}

/*
 * A transfer this call started and a preemption point cut: the hart's
 * worker carries it on (kern/work.h), at the priority of the caller or of
 * a thread waiting on either side, whichever is the most urgent (a
 * high-priority receiver waiting on a low-priority sender's copy gets the
 * copy done at its own priority).
 */
static void carry_on(struct thread *self, struct message *m)
{
	struct message *s = source_of(m), *t = s->peer;
	unsigned prio = self->prio;

	if (s->waiter && s->waiter->prio > prio)
		prio = s->waiter->prio;
	if (t->waiter && t->waiter->prio > prio)
		prio = t->waiter->prio;
	work_add(&s->xfer, WORK_TRANSFER, prio, self->cpu);
}

/* After a send or receive: results now, or wait for them. A thread that
 * waits on a transfer in progress lends it its priority. */
static long settle(struct thread *self, struct message *m, bool block, struct sysret *res)
{
	if (m->state == MSG_IDLE && m->delivered)
		return block ? take_results(m, res) : ERR_OK;
	if (!block)
		return ERR_OK;
	if (m->waiter)   /* one waiter, never replaced (ipc/message.h) */
		return ERR_IN_USE;
	m->waiter = self;
	thread_block(self, WAIT_MESSAGE, m);
	if (m->state == MSG_TRANSFER)
		work_add(&source_of(m)->xfer, WORK_TRANSFER, self->prio, self->cpu);
	return KERR_BLOCKED;
}

/* Slot := a child of src with rights (or empty, for no src). A slot
 * already holding just that (a reply's target, which a client names call
 * after call) is left as it is: deleting it and deriving it again would
 * give the same node under the same parent. */
static inline void set_slot(struct cap *slot, struct cap *src, uint8_t rights)
{
	if (src && !cap_is_empty(slot) && slot->parent == src &&
	    slot->rights == (src->rights & rights) && slot->badge == src->badge &&
	    !slot->first_child && !slot->reserved)
		return;
	if (!cap_is_empty(slot))
		cap_delete(slot);
	if (src)
		cap_derive(slot, src, rights);
}

static long msg_set(struct pagetable *own, struct message *m, const unsigned long *a,
		    struct sysret *res)
{
	struct cap *frame, *space, *thread = 0;

	if (m->state != MSG_IDLE)
		return ERR_IN_USE;
	if (!(frame = sys_cap_at(own, a[2], OBJ_FRAME, CAP_R | CAP_W, res)))
		return res->err;
	if (!(space = sys_cap_at(own, a[3], OBJ_PAGETABLE, PT_SPACE_RIGHTS, res)))
		return res->err;
	if (((struct pagetable *)space->obj)->level != PT_LEVELS - 1)
		return ERR_BAD_ARG;
	if (a[4] && !(thread = sys_cap_at(own, a[4], OBJ_THREAD, CAP_W, res)))
		return res->err;
	set_slot(&m->payload, frame, CAP_R | CAP_W);
	set_slot(&m->space, space, CAP_ALL);
	set_slot(&m->thread, thread, CAP_ALL);
	m->delivered = false;
	return ERR_OK;
}

long ipc_message_invoke(struct thread *self, struct pagetable *own, struct cap *c,
			unsigned long method, const unsigned long *a, struct sysret *res)
{
	struct message *m = (struct message *)c->obj;

	switch (method) {
	case MSG_SET:
		if (!(c->rights & CAP_W))
			return ERR_RIGHTS;
		return msg_set(own, m, a, res);
	case MSG_WAIT:
		if (!(c->rights & CAP_W))
			return ERR_RIGHTS;
		if (m->state == MSG_IDLE && !m->delivered)
			return ERR_BAD_ARG;   /* nothing to wait for */
		if (m->state == MSG_RECEIVING && !m->queue)
			return ERR_IN_USE;    /* a call's reply: its caller waits */
		if (m->waiter)
			return ERR_IN_USE;
		return settle(self, m, true, res);
	case MSG_INFO:
		if (!(c->rights & CAP_R))
			return ERR_RIGHTS;
		return sys_results(res, m->state, m->copied, m->delivered);
	default:
		return ERR_BAD_METHOD;
	}
}

/* The checks shared by send and call: the message and the activity.
 * Inline in both (the call's frame serves). */
static inline __attribute__((always_inline)) long
prepare_send(struct pagetable *own, struct cap *qcap, struct message *s, uint64_t act_caddr,
	     struct sysret *res)
{
	struct cap *act;
	int err;

	if (s->state != MSG_IDLE)
		return ERR_IN_USE;
	if (!(act = sys_cap_at(own, act_caddr, OBJ_ACTIVITY, CAP_W, res)))
		return res->err;
	if ((err = msg_check(s)))
		return err;
	s->badge = qcap->badge;
	s->delivered = false;
	set_slot(&s->charged, act, CAP_R);
	return ERR_OK;
}

static long queue_call(struct thread *self, struct pagetable *own, struct cap *qcap,
		       const unsigned long *a, struct sysret *res)
{
	struct cap *mc, *rmc, *rc;
	struct message *s, *r;
	struct reply *reply;
	long err;

	if (!(mc = sys_cap_at(own, a[2], OBJ_MESSAGE, CAP_W, res)) ||
	    !(rmc = sys_cap_at(own, a[4], OBJ_MESSAGE, CAP_W, res)) ||
	    !(rc = sys_cap_at(own, a[5], OBJ_REPLY, CAP_W, res)))
		return res->err;
	s = (struct message *)mc->obj;
	r = (struct message *)rmc->obj;
	reply = (struct reply *)rc->obj;
	if (s == r || r->state != MSG_IDLE || r->waiter)
		return ERR_IN_USE;
	if (reply_open(reply))
		return ERR_IN_USE;   /* its first call still waits: one at a time */
	if ((err = msg_check(r)))
		return err;
	if ((err = prepare_send(own, qcap, s, a[3], res)))
		return err;
	/* Arm the reply: a new generation, so older reply capabilities die.
	 * Its old target goes first, disarmed: that message may be waiting
	 * in another reply's call, which emptying this slot must not end
	 * (ipc/objects.c:ipc_reply_slot_cleared). */
	reply->armed = false;
	set_slot(&reply->target, rmc, CAP_ALL);
	reply->generation++;
	reply->armed = true;
	set_slot(&s->reply, rc, CAP_R | CAP_W);
	s->reply.badge = reply->generation;
	r->state = MSG_RECEIVING;
	r->queue = 0;
	r->delivered = false;
	trace(TR_CALL, qcap->obj, s, r, 0, 0);
	if (queue_send((struct queue *)qcap->obj, s) == KERR_PREEMPTED) {
		if (s->state != MSG_TRANSFER) {
			/* Cut before s met a receiver (while dead ones were
			 * dropped): nothing has happened, and the call starts
			 * over when issued again. */
			reply->armed = false;
			r->state = MSG_IDLE;
			set_slot(&s->reply, 0, 0);
			return KERR_PREEMPTED;
		}
		carry_on(self, s);
	}
	return settle(self, r, true, res);   /* the reply's results, not the send's */
}

/* After m's send or receive on a queue (err, queue_send's or
 * queue_receive's): a cut before m met anyone changed nothing, and the
 * call is issued again; a cut transfer is carried on. Then the results,
 * or the wait. */
static long queued(struct thread *self, struct message *m, int err, unsigned long flags,
		   struct sysret *res)
{
	if (err == KERR_PREEMPTED) {
		if (m->state != MSG_TRANSFER)
			return KERR_PREEMPTED;
		carry_on(self, m);
	}
	return settle(self, m, flags & IPC_BLOCK, res);
}

/* QUEUE_RECEIVE of m on q, its arguments checked; also REPLY_RECV's
 * receive, which looked both up before its reply. */
static long receive(struct thread *self, struct queue *q, struct message *m, unsigned long flags,
		    struct sysret *res)
{
	long err;

	if (m->state != MSG_IDLE)
		return ERR_IN_USE;
	if ((err = msg_check(m)))
		return err;
	m->delivered = false;
	trace(TR_RECV, q, m, 0, flags, 0);
	return queued(self, m, queue_receive(q, m), flags, res);
}

long ipc_queue_invoke(struct thread *self, struct pagetable *own, struct cap *c,
		      unsigned long method, const unsigned long *a, struct sysret *res)
{
	struct queue *q = (struct queue *)c->obj;
	struct cap *mc;
	struct message *m;
	unsigned long flags;
	long err;

	switch (method) {
	case QUEUE_SEND:
	case QUEUE_RECEIVE:
		flags = method == QUEUE_SEND ? a[4] : a[3];
		if (flags & ~(unsigned long)IPC_BLOCK)
			return ERR_BAD_ARG;
		if (!(c->rights & (method == QUEUE_SEND ? CAP_W : CAP_R)))
			return ERR_RIGHTS;
		if (!(mc = sys_cap_at(own, a[2], OBJ_MESSAGE, CAP_W, res)))
			return res->err;
		m = (struct message *)mc->obj;
		if (method == QUEUE_RECEIVE)
			return receive(self, q, m, flags, res);
		if ((err = prepare_send(own, c, m, a[3], res)))
			return err;
		trace(TR_SEND, q, m, 0, flags, 0);
		return queued(self, m, queue_send(q, m), flags, res);
	case QUEUE_CALL:
		if (!(c->rights & CAP_W))
			return ERR_RIGHTS;
		/* The server this wakes may run in the caller's place when
		 * the caller waits for its reply (kern/sched.h). */
		sched_hold_wakes();
		return queue_call(self, own, c, a, res);
	default:
		return ERR_BAD_METHOD;
	}
}

/* The reply capability c has ended its call (replied, or found the
 * caller's reply message gone bad): it is used up, and its slot emptied,
 * so that the next call's reply capability can land there. One with
 * copies stays, dead like them: deleting it would hand its children on,
 * one step each, which a reply does not wait for (delete it as any
 * capability). */
static void reply_used(struct cap *c)
{
	if (!c->first_child)
		cap_delete(c);
}

/* Reply with message m through reply capability c. The replier does not
 * wait for its reply's delivery: a copy that a preemption point cuts is
 * carried on by the worker. */
static long reply_send(struct thread *self, struct pagetable *own, struct cap *c,
		       uint64_t msg_caddr, struct sysret *res)
{
	struct reply *reply = (struct reply *)c->obj;
	struct cap *mc = sys_cap_at(own, msg_caddr, OBJ_MESSAGE, CAP_W, res);
	struct message *m, *target;
	int err;

	if (!mc)
		return res->err;
	m = (struct message *)mc->obj;
	if (!reply_open(reply) || c->badge != reply->generation)
		return ERR_DEAD;
	target = (struct message *)reply->target.obj;
	if (m->state != MSG_IDLE || m == target)
		return ERR_IN_USE;
	if ((err = msg_check(m)))
		return err;
	if ((err = msg_check(target))) {
		/* The caller took its reply message's payload or space away: its
		 * call ends with that error, and this reply has nowhere to go. */
		reply_end_call(reply, err);
		reply_used(c);
		return ERR_DEAD;
	}
	reply->armed = false;     /* one shot */
	reply_used(c);
	m->badge = 0;
	m->delivered = false;
	trace(TR_REPLY, reply, m, target, 0, 0);
	msg_pair(m, target);
	if (msg_transfer(m) == KERR_PREEMPTED)
		carry_on(self, m);
	else
		m->delivered = false;   /* nobody waits for this outcome */
	return ERR_OK;
}

long ipc_reply_invoke(struct thread *self, struct pagetable *own, struct cap *c,
		      unsigned long method, const unsigned long *a, struct sysret *res)
{
	long err;

	if (!(c->rights & CAP_W))
		return ERR_RIGHTS;
	switch (method) {
	case REPLY_SEND:
		return reply_send(self, own, c, a[2], res);
	case REPLY_RECV: {
		/* Reply, then receive into a[4] on queue a[3]. Both are looked
		 * up first, so that a bad one fails the call before the reply;
		 * the reply changes neither slot (its copy fills only empty
		 * slots, and it deletes only the reply capability c). */
		unsigned long recv_args[4] = { a[3], QUEUE_RECEIVE, a[4], IPC_BLOCK };
		struct cap *qc = sys_cap_at(own, a[3], OBJ_QUEUE, CAP_R, res), *mc;
		if (!qc)
			return res->err;
		if (!(mc = sys_cap_at(own, a[4], OBJ_MESSAGE, CAP_W, res)))
			return res->err;
		/* The caller the reply wakes may run in this thread's place
		 * when the receive waits (kern/sched.h). */
		sched_hold_wakes();
		if ((err = reply_send(self, own, c, a[2], res)))
			return err;
		err = receive(self, (struct queue *)qc->obj, (struct message *)mc->obj, IPC_BLOCK, res);
		if (err == KERR_PREEMPTED) {
			/* The receive was cut before it began; the reply is
			 * done. What the thread issues again is the receive
			 * alone: its arguments say so now. */
			for (unsigned i = 0; i < 4; i++)
				arch_regs_set_arg(&self->regs, i, recv_args[i]);
		}
		return err;
	}
	default:
		return ERR_BAD_METHOD;
	}
}
