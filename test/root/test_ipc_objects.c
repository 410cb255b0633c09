/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * IPC objects: creating messages, queues and replies, MSG_SET and the
 * errors of the message and queue methods (kern/abi.h "IPC"). Nothing here
 * blocks: a send or receive that finds nobody just queues.
 */
#include "ipc_util.h"

UTEST(ipc_create_objects)
{
	static const unsigned long types[] = { OBJ_MESSAGE, OBJ_QUEUE, OBJ_REPLY };
	unsigned long s, type, rights, badge, state, copied, delivered;

	CHECK_EQ(ipc_begin(), 0);
	for (unsigned i = 0; i < 3; i++) {
		CHECK(s = ipc_new(types[i], 0));
		type = rights = badge = ~0UL;
		CHECK_EQ(sys_cap_info(s, &type, &rights, &badge), ERR_OK);
		CHECK_EQ(type, types[i]);
		CHECK_EQ(rights, CAP_ALL);
		CHECK_EQ(badge, 0);
		if (types[i] == OBJ_MESSAGE) {
			/* A new message is idle, with nothing delivered. */
			state = copied = delivered = ~0UL;
			CHECK_EQ(msg_info(s, &state, &copied, &delivered), ERR_OK);
			CHECK_EQ(state, MSG_IDLE);
			CHECK_EQ(copied, 0);
			CHECK_EQ(delivered, 0);
		}
	}
	return 0;
}

/* MSG_SET: a frame with R|W, a level-2 table (own or a child's), a thread with W. */
UTEST(ipc_msg_set_ok)
{
	struct child *c;
	unsigned long m, f, own;
	void *page;

	CHECK_EQ(ipc_begin(), 0);
	CHECK(c = spawn(0, T_ACT, 0));
	CHECK(m = ipc_new(OBJ_MESSAGE, 0));
	CHECK(page = ipc_page(&f));
	CHECK_EQ(msg_set(m, f, R_SPACE, 0), ERR_OK);
	CHECK_EQ(msg_set(m, f, c->space, 0), ERR_OK);        /* set again: replaced */
	CHECK_EQ(msg_set(m, f, c->space, c->thread), ERR_OK);
	CHECK_EQ(msg_set(m, f, R_SPACE, R_THREAD), ERR_OK);
	/* A space capability needs R, W and X (docs/abi.md): it is walked
	 * for the sender's capabilities and filled for the receiver's. */
	CHECK(own = ipc_copy(R_SPACE, CAP_R));
	CHECK_EQ(msg_set(m, f, own, 0), ERR_RIGHTS);
	CHECK(own = ipc_copy(R_SPACE, CAP_R | CAP_W | CAP_X));
	CHECK_EQ(msg_set(m, f, own, 0), ERR_OK);
	return 0;
}

UTEST(ipc_msg_set_errors)
{
	unsigned long m, f, q, fr, fw, l1, tr, mr, empty, frame_g;
	void *page;

	CHECK_EQ(ipc_begin(), 0);
	CHECK(m = ipc_new(OBJ_MESSAGE, 0));
	CHECK(q = ipc_new(OBJ_QUEUE, 0));
	CHECK(page = ipc_page(&f));
	CHECK(l1 = ipc_new(OBJ_PAGETABLE, 1));
	CHECK(fr = ipc_copy(f, CAP_R | CAP_G));
	CHECK(fw = ipc_copy(f, CAP_W | CAP_G));
	CHECK(frame_g = ipc_copy(f, CAP_R | CAP_W));
	CHECK(tr = ipc_copy(R_THREAD, CAP_R));
	CHECK(mr = ipc_copy(m, CAP_R | CAP_G));
	CHECK(empty = ipc_slot());
	/* payload */
	CHECK_EQ(msg_set(m, empty, R_SPACE, 0), ERR_SLOT_EMPTY);
	CHECK_EQ(msg_set(m, q, R_SPACE, 0), ERR_WRONG_TYPE);
	CHECK_EQ(msg_set(m, R_SPACE, R_SPACE, 0), ERR_WRONG_TYPE);
	CHECK_EQ(msg_set(m, fr, R_SPACE, 0), ERR_RIGHTS);
	CHECK_EQ(msg_set(m, fw, R_SPACE, 0), ERR_RIGHTS);
	CHECK_EQ(msg_set(m, frame_g, R_SPACE, 0), ERR_OK);   /* G is not needed */
	/* space */
	CHECK_EQ(msg_set(m, f, empty, 0), ERR_SLOT_EMPTY);
	CHECK_EQ(msg_set(m, f, f, 0), ERR_WRONG_TYPE);
	CHECK_EQ(msg_set(m, f, l1, 0), ERR_BAD_ARG);         /* not a root table */
	CHECK_EQ(msg_set(m, f, R_CAPS0, 0), ERR_BAD_ARG);    /* level 0 */
	/* thread */
	CHECK_EQ(msg_set(m, f, R_SPACE, q), ERR_WRONG_TYPE);
	CHECK_EQ(msg_set(m, f, R_SPACE, tr), ERR_RIGHTS);
	CHECK_EQ(msg_set(m, f, R_SPACE, empty), ERR_SLOT_EMPTY);
	/* the message itself */
	CHECK_EQ(msg_set(mr, f, R_SPACE, 0), ERR_RIGHTS);
	/* On a queue the number means QUEUE_SEND, whose a2 must be a message. */
	CHECK_EQ(msg_set(q, f, R_SPACE, 0), ERR_WRONG_TYPE);
	CHECK_EQ(sys_invoke(m, 99, 0, 0, 0, 0, 0).err, ERR_BAD_METHOD);
	CHECK_EQ(sys_invoke(q, 99, 0, 0, 0, 0, 0).err, ERR_BAD_METHOD);
	/* Nothing failed half-way: the last good setting still works. */
	CHECK_EQ(msg_set(m, f, R_SPACE, 0), ERR_OK);
	return 0;
}

/* A message on a queue is not idle: it cannot be set, sent or received again. */
UTEST(ipc_msg_busy)
{
	struct ipc_msg a, b;
	unsigned long q, f2, state = ~0UL, delivered = ~0UL;
	void *page;

	CHECK_EQ(ipc_begin(), 0);
	CHECK(q = ipc_new(OBJ_QUEUE, 0));
	CHECK_EQ(ipc_msg_make(&a, R_SPACE, 0), ERR_OK);
	CHECK_EQ(ipc_msg_make(&b, R_SPACE, 0), ERR_OK);
	CHECK(page = ipc_page(&f2));
	CHECK_EQ(queue_send(q, a.msg, T_ACT, 0).err, ERR_OK);   /* nobody receives: queued */
	CHECK_EQ(msg_info(a.msg, &state, NULL, &delivered), ERR_OK);
	CHECK_EQ(state, MSG_SENDING);
	CHECK_EQ(delivered, 0);
	CHECK_EQ(msg_set(a.msg, f2, R_SPACE, 0), ERR_IN_USE);
	CHECK_EQ(queue_send(q, a.msg, T_ACT, 0).err, ERR_IN_USE);
	CHECK_EQ(queue_receive(q, a.msg, 0).err, ERR_IN_USE);
	/* A receiving message likewise, on another queue. */
	CHECK(q = ipc_new(OBJ_QUEUE, 0));
	CHECK_EQ(queue_receive(q, b.msg, 0).err, ERR_OK);
	CHECK_EQ(msg_info(b.msg, &state, NULL, NULL), ERR_OK);
	CHECK_EQ(state, MSG_RECEIVING);
	CHECK_EQ(msg_set(b.msg, f2, R_SPACE, 0), ERR_IN_USE);
	CHECK_EQ(queue_send(q, b.msg, T_ACT, 0).err, ERR_IN_USE);
	return 0;
}

UTEST(ipc_queue_errors)
{
	struct ipc_msg a;
	unsigned long q, qr, qw, m0, empty, act_r, page_frames[10];

	CHECK_EQ(ipc_begin(), 0);
	CHECK(q = ipc_new(OBJ_QUEUE, 0));
	CHECK(qr = ipc_copy(q, CAP_R));
	CHECK(qw = ipc_copy(q, CAP_W));
	CHECK(m0 = ipc_new(OBJ_MESSAGE, 0));    /* never set: no payload */
	CHECK(empty = ipc_slot());
	CHECK(act_r = ipc_copy(T_ACT, CAP_R));
	CHECK_EQ(ipc_msg_make(&a, R_SPACE, 0), ERR_OK);
	/* rights on the queue: send needs W, receive R */
	CHECK_EQ(queue_send(qr, a.msg, T_ACT, 0).err, ERR_RIGHTS);
	CHECK_EQ(queue_receive(qw, a.msg, 0).err, ERR_RIGHTS);
	CHECK_EQ(queue_call(qr, a.msg, T_ACT, m0, empty).err, ERR_RIGHTS);
	/* flags */
	CHECK_EQ(queue_send(q, a.msg, T_ACT, 2).err, ERR_BAD_ARG);
	CHECK_EQ(queue_receive(q, a.msg, ~0UL).err, ERR_BAD_ARG);
	/* the message */
	CHECK_EQ(queue_send(q, empty, T_ACT, 0).err, ERR_SLOT_EMPTY);
	CHECK_EQ(queue_send(q, q, T_ACT, 0).err, ERR_WRONG_TYPE);
	CHECK_EQ(queue_receive(q, T_ACT, 0).err, ERR_WRONG_TYPE);
	CHECK_EQ(queue_send(q, m0, T_ACT, 0).err, ERR_BAD_ARG);   /* no payload or space */
	CHECK_EQ(queue_receive(q, m0, 0).err, ERR_BAD_ARG);
	/* the charged activity: an activity with W */
	CHECK_EQ(queue_send(q, a.msg, empty, 0).err, ERR_SLOT_EMPTY);
	CHECK_EQ(queue_send(q, a.msg, q, 0).err, ERR_WRONG_TYPE);
	CHECK_EQ(queue_send(q, a.msg, act_r, 0).err, ERR_RIGHTS);
	/* not a queue */
	CHECK_EQ(queue_send(a.msg, a.msg, T_ACT, 0).err, ERR_WRONG_TYPE);  /* MSG_SET: a2 is no frame */
	/* MSG_WAIT on a message that was never sent: nothing to wait for */
	CHECK_EQ(msg_wait(a.msg, NULL, NULL, NULL), ERR_BAD_ARG);
	/* A payload frame with more than MSG_PAYLOAD_MAX_CAPS capabilities to
	 * it cannot be exchanged cheaply: refused at send. */
	for (unsigned i = 0; i < 10; i++)
		CHECK(page_frames[i] = ipc_copy(a.frame, CAP_ALL));
	CHECK_EQ(queue_send(q, a.msg, T_ACT, 0).err, ERR_IN_USE);
	for (unsigned i = 0; i < 10; i++)
		CHECK_EQ(sys_cap_delete(page_frames[i]), ERR_OK);
	/* Everything that failed left the message idle and usable. */
	CHECK_EQ(queue_send(q, a.msg, T_ACT, 0).err, ERR_OK);
	return 0;
}

/*
 * The payload frame's capability count (struct obj.ncaps, kept by the
 * tree's operations) follows each of them: a copy adds one, a move keeps
 * it, a delete takes one away. The frame has three capabilities (its own,
 * its mapping's, the message's); six copies make one past
 * MSG_PAYLOAD_MAX_CAPS.
 */
UTEST(ipc_payload_cap_count_follows)
{
	enum { COPIES = MSG_PAYLOAD_MAX_CAPS - 2 };
	struct ipc_msg a;
	unsigned long q, copies[COPIES], moved;

	CHECK_EQ(ipc_begin(), 0);
	CHECK(q = ipc_new(OBJ_QUEUE, 0));
	CHECK_EQ(ipc_msg_make(&a, R_SPACE, 0), ERR_OK);
	for (unsigned i = 0; i < COPIES; i++)
		CHECK(copies[i] = ipc_copy(a.frame, CAP_ALL));
	CHECK_EQ(queue_send(q, a.msg, T_ACT, 0).err, ERR_IN_USE);
	CHECK(moved = ipc_slot());
	CHECK_EQ(sys_cap_move(copies[0], 0, moved), ERR_OK);
	CHECK_EQ(queue_send(q, a.msg, T_ACT, 0).err, ERR_IN_USE);
	CHECK_EQ(sys_cap_delete(moved), ERR_OK);
	CHECK_EQ(queue_send(q, a.msg, T_ACT, 0).err, ERR_OK);
	return 0;
}

/* A reply nobody armed, and replies with the wrong rights or arguments. */
UTEST(ipc_reply_errors)
{
	struct ipc_msg a;
	unsigned long r, rr, q;

	CHECK_EQ(ipc_begin(), 0);
	CHECK(r = ipc_new(OBJ_REPLY, 0));
	CHECK(rr = ipc_copy(r, CAP_R));
	CHECK(q = ipc_new(OBJ_QUEUE, 0));
	CHECK_EQ(ipc_msg_make(&a, R_SPACE, 0), ERR_OK);
	CHECK_EQ(reply_send(r, a.msg).err, ERR_DEAD);      /* never armed */
	CHECK_EQ(reply_send(rr, a.msg).err, ERR_RIGHTS);
	CHECK_EQ(reply_send(r, q).err, ERR_WRONG_TYPE);
	CHECK_EQ(sys_invoke(r, 99, 0, 0, 0, 0, 0).err, ERR_BAD_METHOD);
	/* REPLY_RECV checks the queue and the receiving message first. */
	CHECK_EQ(reply_recv(r, a.msg, a.msg, a.msg).err, ERR_WRONG_TYPE);
	CHECK_EQ(reply_recv(r, a.msg, q, q).err, ERR_WRONG_TYPE);
	return 0;
}
