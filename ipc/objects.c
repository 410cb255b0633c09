/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * Creating and destroying messages, queues, replies, and what emptying
 * their slots does. Destruction wakes every thread waiting on the object
 * with ERR_DEAD and leaves no message half-transferred: a transfer whose
 * other side dies ends for the survivor with ERR_DEAD, and the survivor
 * is idle again. A call that loses what its reply needs ends the same way.
 */
#include <cap/ops.h>
#include <ipc/ipc.h>
#include <ipc/message.h>
#include <kern/kerr.h>
#include <kern/thread.h>

static void init_slot(struct obj *o, struct cap *c, unsigned index)
{
	c->container = o;
	c->index = index;
}

int ipc_message_init(struct obj *o, uint64_t arg)
{
	struct message *m = (struct message *)o;

	(void)arg;
	init_slot(o, &m->payload, MSG_SLOT_PAYLOAD);
	init_slot(o, &m->space, MSG_SLOT_SPACE);
	init_slot(o, &m->thread, MSG_SLOT_THREAD);
	init_slot(o, &m->charged, MSG_SLOT_CHARGED);
	init_slot(o, &m->reply, MSG_SLOT_REPLY);
	return ERR_OK;
}

int ipc_reply_init(struct obj *o, uint64_t arg)
{
	(void)arg;
	init_slot(o, &((struct reply *)o)->target, REPLY_SLOT_TARGET);
	return ERR_OK;
}

struct cap *ipc_message_slot(struct obj *o, unsigned index)
{
	struct message *m = (struct message *)o;

	switch (index) {
	case MSG_SLOT_PAYLOAD:
		return &m->payload;
	case MSG_SLOT_SPACE:
		return &m->space;
	case MSG_SLOT_THREAD:
		return &m->thread;
	case MSG_SLOT_CHARGED:
		return &m->charged;
	default:
		return &m->reply;
	}
}

struct cap *ipc_reply_slot(struct obj *o, unsigned index)
{
	(void)index;
	return &((struct reply *)o)->target;
}

/*
 * A call's caller waits in its reply's target (a message RECEIVING on no
 * queue) for a reply through the reply capability its message carries.
 * Either slot emptied while the call is open (a revoke, a destroy) means
 * no reply can come: the call ends with ERR_DEAD, as when the reply object
 * is destroyed, rather than leave the caller waiting until stopped.
 */
void ipc_message_slot_cleared(struct obj *o, unsigned index)
{
	struct message *m = (struct message *)o;

	/* Only a send that has not delivered it yet still holds its reply
	 * capability (a delivery moves it to the server, msg_transfer). */
	if (index == MSG_SLOT_REPLY && (m->state == MSG_SENDING || m->state == MSG_TRANSFER))
		msg_fail_call(m, ERR_DEAD);
}

void ipc_reply_slot_cleared(struct obj *o, unsigned index)
{
	(void)index;
	reply_end_call((struct reply *)o, ERR_DEAD);
}

static void delete_if_set(struct cap *c)
{
	if (!cap_is_empty(c))
		cap_delete(c);
}

static void message_teardown(struct message *m)
{
	switch (m->state) {
	case MSG_SENDING:
	case MSG_RECEIVING:
		queue_unlink_msg(m);
		break;
	case MSG_TRANSFER:
		msg_abort(m);
		break;
	}
	msg_finish(m, ERR_DEAD, 0, 0, 0);   /* wakes a waiter with ERR_DEAD */
	m->delivered = false;
	delete_if_set(&m->payload);
	delete_if_set(&m->space);
	delete_if_set(&m->thread);
}

/* Everyone waiting on q is told, a batch at a time: a queue can have
 * thousands waiting. The lists are the progress. */
#define QUEUE_TEARDOWN_BATCH 16

static int queue_teardown(struct queue *q)
{
	struct message *m;
	struct thread *t;
	unsigned n = 0;

	while ((m = q->senders) || (m = q->receivers)) {
		queue_unlink_msg(m);
		msg_finish(m, ERR_DEAD, 0, 0, 0);
		if (++n % QUEUE_TEARDOWN_BATCH == 0 && cap_should_preempt())
			return KERR_PREEMPTED;
	}
	while ((t = q->callers) || (t = q->waiters)) {
		ipc_cancel(t);
		ipc_fail_caller(t, ERR_DEAD);
		if (++n % QUEUE_TEARDOWN_BATCH == 0 && cap_should_preempt())
			return KERR_PREEMPTED;
	}
	return ERR_OK;
}

int ipc_message_teardown(struct obj *o)
{
	message_teardown((struct message *)o);
	return ERR_OK;
}

int ipc_queue_teardown(struct obj *o)
{
	return queue_teardown((struct queue *)o);
}

int ipc_reply_teardown(struct obj *o)
{
	struct reply *r = (struct reply *)o;

	delete_if_set(&r->target);   /* an open call ends (ipc_reply_slot_cleared) */
	r->armed = false;
	return ERR_OK;
}
