/* SPDX-License-Identifier: BSD-2-Clause */
#ifndef IPC_MESSAGE_H
#define IPC_MESSAGE_H

/*
 * Messages, queues and replies (docs/design.md §1).
 *
 * A message is what is transferred: a payload frame (header, capability
 * addresses, data: struct msg_header in kern/abi.h), the address space the
 * capability addresses resolve in, and optionally a thread to activate on
 * delivery. A queue is where it goes: sending messages and receiving
 * messages wait on it until they meet. A queue can be named by a
 * capability and transferred; it can never be enqueued.
 *
 * Invariants (message):
 *  - state SENDING or RECEIVING  <=>  on queue's senders or receivers list
 *    (a RECEIVING message waiting for a reply has queue == NULL and is
 *    named instead by exactly one armed reply object, struct reply).
 *  - state TRANSFER  <=>  peer != NULL and peer->peer == this; copied <=
 *    ncaps; capability i < copied has been dealt with (copied or failed).
 *  - waiter, if set, is a thread BLOCKED in WAIT_MESSAGE on this message
 *    (waiting_on == this). It is set in one place (settle, ipc/invoke.c)
 *    and never replaced; delivery (msg_finish), the thread ceasing to wait
 *    (ipc_cancel) and teardown clear it.
 *  - xfer is queued (kern/work.h) only for the source of a transfer (state
 *    TRANSFER, is_source) that a preemption point cut: between system
 *    calls, a message is in TRANSFER only while its xfer is queued.
 *  - delivered is set only in state IDLE, until a MSG_WAIT consumes it.
 *
 * Invariants (queue): every message on senders is SENDING and on receivers
 * is RECEIVING, with queue == this; every thread on callers is BLOCKED in
 * WAIT_CALL and on waiters in WAIT_RECV, with waiting_on == this.
 */

#include <kern/obj.h>
#include <kern/work.h>

struct thread;
struct queue;
struct irq;

#define MSG_SLOT_PAYLOAD 0
#define MSG_SLOT_SPACE   1
#define MSG_SLOT_THREAD  2
#define MSG_SLOT_CHARGED 3
#define MSG_SLOT_REPLY   4
#define MSG_SLOTS        5
#define REPLY_SLOT_TARGET 0

struct message {
	struct obj hdr;
	struct cap payload;       /* a frame */
	struct cap space;         /* a level-2 page table */
	struct cap thread;        /* optional: activated on delivery */
	struct cap charged;       /* the activity a send charges */
	struct cap reply;         /* a call's reply object, for the receiver */
	uint8_t state;            /* MSG_* (kern/abi.h) */
	bool delivered;
	bool is_source;           /* in TRANSFER: this is the sending side */
	uint64_t badge;           /* of the queue capability it was sent through */
	struct queue *queue;
	struct message *q_next, *q_prev;
	struct message *peer;
	uint32_t ncaps, copied, failed;
	uint64_t landed[MSG_MAX_CAPS / 64]; /* source: capability i was copied */
	struct thread *waiter;
	struct work xfer;         /* source: the transfer, carried on by the worker
				     after a preemption point cut it */
	/* the last delivery, for MSG_WAIT */
	long status;
	uint64_t got_badge;
	uint32_t got_caps, got_bytes;
};
OBJ_FITS_CELL(struct message);

struct queue {
	struct obj hdr;
	struct message *senders, *senders_tail;
	struct message *receivers, *receivers_tail;
	struct thread *callers, *callers_tail;   /* register IPC */
	struct thread *waiters, *waiters_tail;
	struct irq *pending_irqs;                /* interrupts waiting for a receiver */
};
OBJ_FITS_CELL(struct queue);

/*
 * A one-shot reply: where a call's reply goes. Each call arms it with a new
 * generation; the capability the receiver gets carries that generation as
 * its badge, and only an armed reply whose generation matches can be used,
 * once. Older capabilities to it are dead without anything to revoke.
 *
 * Invariant: armed  <=>  reply_open(): the call it was armed for still
 * waits, and nothing else has taken its target. A call that can no
 * longer be answered (its target or its message's reply capability
 * deleted, ipc/objects.c) ends, and disarms it.
 */
struct reply {
	struct obj hdr;
	struct cap target;        /* the message the reply is delivered into */
	uint64_t generation;
	bool armed;
};
OBJ_FITS_CELL(struct reply);

/* A call armed r and its caller still waits for the reply (in the message
 * r's target names, RECEIVING on no queue). */
static inline bool reply_open(const struct reply *r)
{
	const struct message *t = (const struct message *)r->target.obj;

	return r->armed && t && t->state == MSG_RECEIVING && !t->queue;
}

/* A message can take part in a transfer: payload frame, space, and a frame
 * with no more capabilities than an exchange rewrites the mappings of (a
 * count the derivation tree keeps, kern/obj.h). Inline: six a round trip. */
static inline int msg_check(const struct message *m)
{
	if (cap_is_empty(&m->payload) || m->payload.type != OBJ_FRAME || m->payload.obj->dying)
		return ERR_BAD_ARG;
	if (cap_is_empty(&m->space) || m->space.obj->dying)
		return ERR_BAD_ARG;
	if (m->payload.obj->ncaps > MSG_PAYLOAD_MAX_CAPS)
		return ERR_IN_USE;
	return ERR_OK;
}

/* ipc/transfer.c */
/* The delivery of s, a send, into t is charged to s's activity (and its
 * ancestors): 1 + the capabilities it will copy. ERR_QUOTA (or ERR_DEAD,
 * for one being or already destroyed) if one of them cannot pay; then
 * nothing is charged. Both checked (msg_check). */
int msg_charge(struct message *s, struct message *t);
/* Pair s with t, both of which passed msg_check() (only then may their
 * payload pages be read) in this kernel entry, with the lock held since,
 * to move s's contents into t with msg_transfer() (preemptible: call
 * again; a call after a cut checks both again). */
void msg_pair(struct message *s, struct message *t);
int msg_transfer(struct message *s);
/* m is being destroyed in the middle of a transfer: the other side's part
 * ends with ERR_DEAD, reporting exactly which capabilities had arrived. */
void msg_abort(struct message *m);
/* End m's part in a delivery with status, waking and activating as asked. */
void msg_finish(struct message *m, long status, uint64_t badge, uint32_t caps, uint32_t bytes);
/* s is a call's message whose reply can no longer come (its reply
 * capability could not be placed, or was taken away, or s failed): the
 * call, if still open, ends with err for the caller, who would otherwise
 * wait for a reply nobody can send. */
void msg_fail_call(struct message *s, long err);
/* r is disarmed, and its open call, if any, ends with err for the caller
 * (nothing can answer it now). */
void reply_end_call(struct reply *r, long err);

/* ipc/queue.c */
void queue_unlink_msg(struct message *m);
/* s (SENDING-ready, checked) meets a receiver, or waits; likewise t. A
 * waiting partner that fails msg_check() is dropped with its error. */
int queue_send(struct queue *q, struct message *s);
int queue_receive(struct queue *q, struct message *t);

#endif
