/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * Queues: sending and receiving messages wait here until they meet, in
 * FIFO order on each side. The operation that makes them meet drives the
 * transfer (ipc/transfer.c).
 */
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

int queue_send(struct queue *q, struct message *s)
{
	struct message *t = pop(&q->receivers, &q->receivers_tail);

	if (!t) {
		s->state = MSG_SENDING;
		s->queue = q;
		push(&q->senders, &q->senders_tail, s);
		return ERR_OK;
	}
	t->queue = 0;
	msg_pair(s, t);
	return msg_transfer(s);
}

int queue_receive(struct queue *q, struct message *t)
{
	struct message *s = pop(&q->senders, &q->senders_tail);

	if (!s) {
		t->state = MSG_RECEIVING;
		t->queue = q;
		push(&q->receivers, &q->receivers_tail, t);
		return ERR_OK;
	}
	s->queue = 0;
	msg_pair(s, t);
	return msg_transfer(s);
}
