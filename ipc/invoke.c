/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * The methods of messages, queues and replies (docs/abi.md, docs/ipc.md).
 * Each checks everything first. A call that drives a transfer can be
 * preempted (KERR_PREEMPTED): it is issued again and finds its message in
 * MSG_TRANSFER, so it resumes the transfer before anything else.
 */
#include <cap/cspace.h>
#include <cap/ops.h>
#include <ipc/ipc.h>
#include <ipc/message.h>
#include <kern/activity.h>
#include <kern/kerr.h>
#include <kern/object.h>
#include <kern/pagetable.h>
#include <kern/thread.h>

/* Results of a finished delivery, consumed. */
static struct sysret take_results(struct message *m)
{
	m->delivered = false;
	return (struct sysret){ .err = m->status, .r = { m->got_badge, m->got_caps, m->got_bytes } };
}

/* Drive a preempted transfer m takes part in; KERR_PREEMPTED if still not done. */
static int resume(struct message *m)
{
	return msg_transfer(m->is_source ? m : m->peer);
}

/* After a send or receive: results now, or wait for them. */
static struct sysret settle(struct thread *self, struct message *m, bool block)
{
	if (m->state == MSG_IDLE && m->delivered)
		return block ? take_results(m) : SYSRET(ERR_OK);
	if (!block)
		return SYSRET(ERR_OK);
	if (m->waiter)   /* one waiter, never replaced (ipc/message.h) */
		return SYSRET(ERR_IN_USE);
	m->waiter = self;
	thread_block(self, WAIT_MESSAGE, m);
	return SYSRET(KERR_BLOCKED);
}

static void set_slot(struct cap *slot, struct cap *src, uint8_t rights)
{
	if (!cap_is_empty(slot))
		cap_delete(slot);
	if (src)
		cap_derive(slot, src, rights);
}

static struct sysret msg_set(struct pagetable *own, struct message *m, const unsigned long *a)
{
	struct sysret res = SYSRET(ERR_OK);
	struct cap *frame, *space, *thread = 0;

	if (m->state != MSG_IDLE)
		return SYSRET(ERR_IN_USE);
	if (!(frame = sys_cap_at(own, a[2], OBJ_FRAME, CAP_R | CAP_W, &res)))
		return res;
	if (!(space = sys_cap_at(own, a[3], OBJ_PAGETABLE, PT_SPACE_RIGHTS, &res)))
		return res;
	if (((struct pagetable *)space->obj)->level != PT_LEVELS - 1)
		return SYSRET(ERR_BAD_ARG);
	if (a[4] && !(thread = sys_cap_at(own, a[4], OBJ_THREAD, CAP_W, &res)))
		return res;
	set_slot(&m->payload, frame, CAP_R | CAP_W);
	set_slot(&m->space, space, CAP_ALL);
	set_slot(&m->thread, thread, CAP_ALL);
	m->delivered = false;
	return res;
}

static struct sysret invoke_message(struct thread *self, struct pagetable *own, struct cap *c,
				    unsigned long method, const unsigned long *a)
{
	struct message *m = (struct message *)c->obj;

	switch (method) {
	case MSG_SET:
		if (!(c->rights & CAP_W))
			return SYSRET(ERR_RIGHTS);
		return msg_set(own, m, a);
	case MSG_WAIT:
		if (!(c->rights & CAP_W))
			return SYSRET(ERR_RIGHTS);
		if (m->state == MSG_TRANSFER && resume(m) == KERR_PREEMPTED)
			return SYSRET(KERR_PREEMPTED);
		if (m->state == MSG_IDLE && !m->delivered)
			return SYSRET(ERR_BAD_ARG);   /* nothing to wait for */
		if (m->state == MSG_RECEIVING && !m->queue)
			return SYSRET(ERR_IN_USE);    /* a call's reply: its caller waits */
		if (m->waiter)
			return SYSRET(ERR_IN_USE);
		return settle(self, m, true);
	case MSG_INFO:
		if (!(c->rights & CAP_R))
			return SYSRET(ERR_RIGHTS);
		return (struct sysret){ .r = { m->state, m->copied, m->delivered } };
	default:
		return SYSRET(ERR_BAD_METHOD);
	}
}

/* The checks shared by send and call: the message and the activity. */
static struct sysret prepare_send(struct pagetable *own, struct cap *qcap, struct message *s,
				  uint64_t act_caddr)
{
	struct sysret res = SYSRET(ERR_OK);
	struct cap *act;
	int err;

	if (s->state != MSG_IDLE)
		return SYSRET(ERR_IN_USE);
	if (!(act = sys_cap_at(own, act_caddr, OBJ_ACTIVITY, CAP_W, &res)))
		return res;
	if ((err = msg_check(s)))
		return SYSRET(err);
	s->badge = qcap->badge;
	s->delivered = false;
	set_slot(&s->charged, act, CAP_R);
	return res;
}

static struct sysret queue_call(struct thread *self, struct pagetable *own, struct cap *qcap,
				const unsigned long *a)
{
	struct sysret res = SYSRET(ERR_OK);
	struct cap *mc, *rmc, *rc;
	struct message *s, *r;
	struct reply *reply;

	if (!(mc = sys_cap_at(own, a[2], OBJ_MESSAGE, CAP_W, &res)) ||
	    !(rmc = sys_cap_at(own, a[4], OBJ_MESSAGE, CAP_W, &res)) ||
	    !(rc = sys_cap_at(own, a[5], OBJ_REPLY, CAP_W, &res)))
		return res;
	s = (struct message *)mc->obj;
	r = (struct message *)rmc->obj;
	reply = (struct reply *)rc->obj;
	if (s->state == MSG_TRANSFER && s->is_source) {
		if (resume(s) == KERR_PREEMPTED)
			return SYSRET(KERR_PREEMPTED);
		goto wait_reply;
	}
	if (s == r || r->state != MSG_IDLE || r->waiter)
		return SYSRET(ERR_IN_USE);
	int err = msg_check(r);
	if (err)
		return SYSRET(err);
	res = prepare_send(own, qcap, s, a[3]);
	if (res.err)
		return res;
	/* Arm the reply: a new generation, so older reply capabilities die. */
	reply->generation++;
	reply->armed = true;
	set_slot(&reply->target, rmc, CAP_ALL);
	set_slot(&s->reply, rc, CAP_R | CAP_W);
	s->reply.badge = reply->generation;
	r->state = MSG_RECEIVING;
	r->queue = 0;
	r->delivered = false;
	if (queue_send((struct queue *)qcap->obj, s) == KERR_PREEMPTED) {
		/* Cut before s met a receiver (while dead ones were dropped):
		 * nothing has happened, and the call starts over when issued
		 * again. */
		if (s->state == MSG_IDLE) {
			reply->armed = false;
			r->state = MSG_IDLE;
			set_slot(&s->reply, 0, 0);
		}
		return SYSRET(KERR_PREEMPTED);
	}
wait_reply:
	return settle(self, r, true);
}

static struct sysret invoke_queue(struct thread *self, struct pagetable *own, struct cap *c,
				  unsigned long method, const unsigned long *a)
{
	struct queue *q = (struct queue *)c->obj;
	struct sysret res = SYSRET(ERR_OK);
	struct cap *mc;
	struct message *m;
	unsigned long flags;

	switch (method) {
	case QUEUE_SEND:
	case QUEUE_RECEIVE:
		flags = method == QUEUE_SEND ? a[4] : a[3];
		if (flags & ~(unsigned long)IPC_BLOCK)
			return SYSRET(ERR_BAD_ARG);
		if (!(c->rights & (method == QUEUE_SEND ? CAP_W : CAP_R)))
			return SYSRET(ERR_RIGHTS);
		if (!(mc = sys_cap_at(own, a[2], OBJ_MESSAGE, CAP_W, &res)))
			return res;
		m = (struct message *)mc->obj;
		if (m->state == MSG_TRANSFER) {
			if (resume(m) == KERR_PREEMPTED)
				return SYSRET(KERR_PREEMPTED);
			return settle(self, m, flags & IPC_BLOCK);
		}
		if (method == QUEUE_SEND) {
			res = prepare_send(own, c, m, a[3]);
			if (res.err)
				return res;
			if (queue_send(q, m) == KERR_PREEMPTED)
				return SYSRET(KERR_PREEMPTED);
		} else {
			int err;
			if (m->state != MSG_IDLE)
				return SYSRET(ERR_IN_USE);
			if ((err = msg_check(m)))
				return SYSRET(err);
			m->delivered = false;
			if (queue_receive(q, m) == KERR_PREEMPTED)
				return SYSRET(KERR_PREEMPTED);
		}
		return settle(self, m, flags & IPC_BLOCK);
	case QUEUE_CALL:
		if (!(c->rights & CAP_W))
			return SYSRET(ERR_RIGHTS);
		return queue_call(self, own, c, a);
	default:
		return SYSRET(ERR_BAD_METHOD);
	}
}

/* Reply with message m through reply capability c. */
static struct sysret reply_send(struct pagetable *own, struct cap *c, uint64_t msg_caddr)
{
	struct reply *reply = (struct reply *)c->obj;
	struct sysret res = SYSRET(ERR_OK);
	struct cap *mc = sys_cap_at(own, msg_caddr, OBJ_MESSAGE, CAP_W, &res);
	struct message *m, *target;
	int err;

	if (!mc)
		return res;
	m = (struct message *)mc->obj;
	if (m->state == MSG_TRANSFER && m->is_source)
		return SYSRET(resume(m) == KERR_PREEMPTED ? KERR_PREEMPTED : ERR_OK);
	if (!reply->armed || c->badge != reply->generation || cap_is_empty(&reply->target))
		return SYSRET(ERR_DEAD);
	target = (struct message *)reply->target.obj;
	if (target->state != MSG_RECEIVING || target->queue)
		return SYSRET(ERR_DEAD);
	if (m->state != MSG_IDLE || m == target)
		return SYSRET(ERR_IN_USE);
	if ((err = msg_check(m)))
		return SYSRET(err);
	if ((err = msg_check(target))) {
		/* The caller took its reply message's payload or space away: its
		 * call ends with that error, and this reply has nowhere to go. */
		reply->armed = false;
		msg_finish(target, err, 0, 0, 0);
		return SYSRET(ERR_DEAD);
	}
	reply->armed = false;     /* one shot */
	m->badge = 0;
	m->delivered = false;
	msg_pair(m, target);
	if (msg_transfer(m) == KERR_PREEMPTED)
		return SYSRET(KERR_PREEMPTED);
	m->delivered = false;     /* the replier does not wait for its reply */
	return res;
}

static struct sysret invoke_reply(struct thread *self, struct pagetable *own, struct cap *c,
				  unsigned long method, const unsigned long *a)
{
	struct sysret res = SYSRET(ERR_OK);

	if (!(c->rights & CAP_W))
		return SYSRET(ERR_RIGHTS);
	switch (method) {
	case REPLY_SEND:
		return reply_send(own, c, a[2]);
	case REPLY_RECV: {
		/* Receive into a[4] on queue a[3]; a resumed receive skips the reply. */
		unsigned long recv_args[7] = { a[3], QUEUE_RECEIVE, a[4], IPC_BLOCK };
		struct cap *qc = sys_cap_at(own, a[3], OBJ_QUEUE, CAP_R, &res);
		if (!qc)
			return res;
		struct cap *tm = sys_cap_at(own, a[4], OBJ_MESSAGE, CAP_W, &res);
		if (!tm)
			return res;
		if (((struct message *)tm->obj)->state == MSG_IDLE) {
			res = reply_send(own, c, a[2]);
			if (res.err)
				return res;
		}
		return invoke_queue(self, own, qc, QUEUE_RECEIVE, recv_args);
	}
	default:
		return SYSRET(ERR_BAD_METHOD);
	}
}

/*
 * The relation "t's preempted call drives m's transfer" (t on m's list of
 * resumers): set in resume_link and cleared in ipc_forget_call only, from
 * whichever end goes first.
 */
static void resume_link(struct thread *t, struct message *m)
{
	t->resume_msg = &m->hdr;
	t->resume_prev = 0;
	t->resume_next = m->resumers;
	if (m->resumers)
		m->resumers->resume_prev = t;
	m->resumers = t;
}

void ipc_forget_call(struct thread *t)
{
	struct message *m = (struct message *)t->resume_msg;

	if (!m)
		return;
	if (t->resume_prev)
		t->resume_prev->resume_next = t->resume_next;
	else
		m->resumers = t->resume_next;
	if (t->resume_next)
		t->resume_next->resume_prev = t->resume_prev;
	t->resume_next = t->resume_prev = 0;
	t->resume_msg = 0;
}

/*
 * A call that was preempted mid-transfer is issued again (its pc stayed on
 * the ecall). If the transfer was ended meanwhile by someone else (another
 * thread drove it to the end, or the other side was destroyed), the call
 * must not start over: it returns the outcome recorded in the message
 * instead. A message destroyed meanwhile has unlinked the thread: its call
 * then starts over, and finds the capability gone.
 */
static bool finished_elsewhere(struct thread *self, struct message **m)
{
	if (!self->resume_msg)
		return false;
	*m = (struct message *)self->resume_msg;
	if ((*m)->state == MSG_TRANSFER)
		return false;
	ipc_forget_call(self);
	return true;
}

static struct sysret dispatch(struct thread *self, struct pagetable *own, struct cap *c,
			      unsigned long method, const unsigned long *a)
{
	switch (c->type) {
	case OBJ_MESSAGE:
		return invoke_message(self, own, c, method, a);
	case OBJ_QUEUE:
		return invoke_queue(self, own, c, method, a);
	case OBJ_REPLY:
		return invoke_reply(self, own, c, method, a);
	default:
		return SYSRET(ERR_BAD_METHOD);
	}
}

/* The message a call names whose transfer it may drive. */
static struct message *driven_message(struct pagetable *own, struct cap *c, unsigned long method,
				      const unsigned long *a)
{
	struct lookup l;
	uint64_t caddr;

	if (c->type == OBJ_MESSAGE && method == MSG_WAIT)
		return (struct message *)c->obj;
	if (c->type == OBJ_QUEUE || (c->type == OBJ_REPLY && method == REPLY_SEND))
		caddr = a[2];
	else if (c->type == OBJ_REPLY && method == REPLY_RECV)
		caddr = a[4];
	else
		return 0;
	l = cspace_lookup(own, caddr);
	if (l.err || cap_is_empty(l.slot) || l.slot->type != OBJ_MESSAGE)
		return 0;
	return (struct message *)l.slot->obj;
}

struct sysret ipc_invoke(struct thread *self, struct pagetable *own, struct cap *c,
			 unsigned long method, const unsigned long *a)
{
	struct message *m;
	struct sysret res;

	if (finished_elsewhere(self, &m)) {
		if (m->delivered)
			return take_results(m);
		return SYSRET(m->status ? m->status : ERR_DEAD);
	}
	res = dispatch(self, own, c, method, a);
	ipc_forget_call(self);
	if (res.err == KERR_PREEMPTED && (m = driven_message(own, c, method, a)))
		resume_link(self, m);
	return res;
}
