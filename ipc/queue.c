/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * Queues: sending and receiving messages wait here until they meet, in
 * FIFO order on each side. The operation that makes them meet drives the
 * transfer (ipc/transfer.c).
 */
#include <cap/ops.h>
#include <ipc/message.h>
#include <kern/kerr.h>
#include <kern/thread.h>

static void push(struct message **head, struct message **tail, struct message *m)
{
	m->q_next = 0;
	m->q_prev = *tail;
	if (*tail)
		(*tail)->q_next = m;
	else
		*head = m;
	*tail = m;
}

static struct message *pop(struct message **head, struct message **tail)
{
	struct message *m = *head;

	if (!m)
		return 0;
	*head = m->q_next;
	if (*head)
		(*head)->q_prev = 0;
	else
		*tail = 0;
	m->q_next = m->q_prev = 0;
	return m;
}

void queue_unlink_msg(struct message *m)
{
	struct queue *q = m->queue;
	struct message **head, **tail;

	if (!q)
		return;
	if (m->state == MSG_SENDING) {
		head = &q->senders;
		tail = &q->senders_tail;
	} else {
		head = &q->receivers;
		tail = &q->receivers_tail;
	}
	if (m->q_prev)
		m->q_prev->q_next = m->q_next;
	else
		*head = m->q_next;
	if (m->q_next)
		m->q_next->q_prev = m->q_prev;
	else
		*tail = m->q_prev;
	m->q_next = m->q_prev = 0;
	m->queue = 0;
}

/* Back at the front, where it was (its partner could not pay). */
static void push_front(struct message **head, struct message **tail, struct message *m)
{
	m->q_prev = 0;
	m->q_next = *head;
	if (*head)
		(*head)->q_prev = m;
	else
		*tail = m;
	*head = m;
}

/*
 * The first message waiting on one side that can still take part in a
 * transfer. One that cannot (its payload frame or space went since it was
 * queued; for a sender met by receiver t, its activity cannot pay for the
 * delivery) is dropped with its own error, never read. Dropping is work a
 * user can pile up, so it stops at preemption points: the caller's
 * message is not queued yet, and its call is issued again.
 */
#define DROP_BATCH 16

static __attribute__((noinline)) int pop_usable_loop(struct message **head,
						     struct message **tail, struct message *t,
						     struct message **out)
{
	struct message *m;
	unsigned dropped = 0;

	while ((m = pop(head, tail))) {
		int err = msg_check(m);
		if (!err && t)
			err = msg_charge(m, t);
		m->queue = 0;
		if (!err) {
			*out = m;
			return ERR_OK;
		}
		msg_finish(m, err, 0, 0, 0);
		if (++dropped % DROP_BATCH == 0 && *head && cap_should_preempt())
			return KERR_PREEMPTED;
	}
	*out = 0;
	return ERR_OK;
}

/* pop_usable_loop's common cases inline, with no stack frame: nobody
 * waiting, or a first receiver that can take part (a receiver has no
 * charge to pay). */
static inline __attribute__((always_inline)) int pop_usable(struct message **head,
							    struct message **tail,
							    struct message *t,
							    struct message **out)
{
	struct message *m = *head;

	if (!m) {
		*out = 0;
		return ERR_OK;
	}
	if (!t && !msg_check(m)) {
		pop(head, tail);
		m->queue = 0;
		*out = m;
		return ERR_OK;
	}
	return pop_usable_loop(head, tail, t, out);
}

int queue_send(struct queue *q, struct message *s)
{
	struct message *t;
	int err;

	if (pop_usable(&q->receivers, &q->receivers_tail, 0, &t) == KERR_PREEMPTED)
		return KERR_PREEMPTED;
	if (!t) {
		s->state = MSG_SENDING;
		s->queue = q;
		push(&q->senders, &q->senders_tail, s);
		return ERR_OK;
	}
	if ((err = msg_charge(s, t))) {
		/* The sender's activity cannot pay: the send fails, nothing
		 * done, and the receiver waits on, first in line still. */
		t->queue = q;
		push_front(&q->receivers, &q->receivers_tail, t);
		msg_finish(s, err, 0, 0, 0);
		return ERR_OK;
	}
	msg_pair(s, t);
	return msg_transfer(s);
}

int queue_receive(struct queue *q, struct message *t)
{
	struct message *s;

	if (pop_usable(&q->senders, &q->senders_tail, t, &s) == KERR_PREEMPTED)
		return KERR_PREEMPTED;
	if (!s) {
		t->state = MSG_RECEIVING;
		t->queue = q;
		push(&q->receivers, &q->receivers_tail, t);
		return ERR_OK;
	}
	msg_pair(s, t);
	return msg_transfer(s);
}
