/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * Lab 02 (labs/02-method/README.md): QUEUE_INFO, a method of the queue,
 * -> a1 = messages waiting on it as senders, a2 = as receivers. What the
 * test expects comes from MSG_INFO on every message it made: a message is
 * MSG_SENDING or MSG_RECEIVING exactly while it waits on a queue.
 */
#include "ipc_util.h"

#ifndef QUEUE_INFO
/* The starter: the method is not there yet, so this lab's one case fails. */
UTEST(lab02_queue_info)
{
	printf("    lab 02: QUEUE_INFO is not in kern/abi.h yet\n");
	return 1;
}
#else
static long queue_info(unsigned long q, unsigned long *senders, unsigned long *receivers)
{
	return sys_out(sys_invoke(q, QUEUE_INFO, 0, 0, 0, 0, 0), senders, receivers, NULL);
}

#define POOL 8

/* QUEUE_INFO against what MSG_INFO says of the n messages m[] (those with
 * msg == 0 are gone): 0 if they agree. */
static int agrees(unsigned long q, const struct ipc_msg *m, unsigned n)
{
	unsigned long senders = ~0UL, receivers = ~0UL, state, want_s = 0, want_r = 0;

	for (unsigned i = 0; i < n; i++) {
		if (!m[i].msg)
			continue;
		CHECK_EQ(msg_info(m[i].msg, &state, NULL, NULL), ERR_OK);
		want_s += state == MSG_SENDING;
		want_r += state == MSG_RECEIVING;
	}
	CHECK_EQ(queue_info(q, &senders, &receivers), ERR_OK);
	CHECK_EQ(senders, want_s);
	CHECK_EQ(receivers, want_r);
	return 0;
}

UTEST(lab02_queue_info)
{
	struct ipc_msg m[POOL];
	unsigned long q, seed = 0x1ab02, state;

	CHECK_EQ(QUEUE_INFO, 4);
	CHECK_EQ(ipc_begin(), 0);
	CHECK(q = ipc_new(OBJ_QUEUE, 0));
	for (unsigned i = 0; i < POOL; i++)
		CHECK_EQ(ipc_msg_make(&m[i], R_SPACE, 0), ERR_OK);
	CHECK_EQ(agrees(q, m, POOL), 0);
	/* Three senders wait; a receiver takes the first. */
	for (unsigned i = 0; i < 3; i++) {
		CHECK_EQ(queue_send(q, m[i].msg, T_ACT, 0).err, ERR_OK);
		CHECK_EQ(agrees(q, m, POOL), 0);
	}
	CHECK_EQ(queue_receive(q, m[3].msg, 0).err, ERR_OK);
	CHECK_EQ(agrees(q, m, POOL), 0);
	/* A waiting message destroyed leaves the queue. */
	CHECK_EQ(activity_destroy(T_ACT, m[1].msg), ERR_OK);
	m[1].msg = 0;
	CHECK_EQ(agrees(q, m, POOL), 0);
	/* One whose payload frame went is dropped by the receiver that meets
	 * it, and the receiver waits instead. */
	CHECK_EQ(activity_destroy(T_ACT, m[2].frame), ERR_OK);
	CHECK_EQ(queue_receive(q, m[4].msg, 0).err, ERR_OK);
	CHECK_EQ(msg_info(m[4].msg, &state, NULL, NULL), ERR_OK);
	CHECK_EQ(state, MSG_RECEIVING);
	CHECK_EQ(agrees(q, m, POOL), 0);
	m[2].msg = 0;
	/* Random sends and receives with the rest. */
	for (unsigned step = 0; step < 150; step++) {
		unsigned i = xorshift64(&seed) % POOL;
		if (!m[i].msg || msg_info(m[i].msg, &state, NULL, NULL) != ERR_OK || state != MSG_IDLE)
			continue;
		if (xorshift64(&seed) & 1)
			CHECK_EQ(queue_send(q, m[i].msg, T_ACT, 0).err, ERR_OK);
		else
			CHECK_EQ(queue_receive(q, m[i].msg, 0).err, ERR_OK);
		CHECK_EQ(agrees(q, m, POOL), 0);
	}
	return 0;
}

/* Reading a queue's state needs R; other objects have no such method. */
UTEST(lab02_queue_info_rights)
{
	unsigned long q, w, r, s = 0, n = 0;
	struct ipc_msg m;

	CHECK_EQ(ipc_begin(), 0);
	CHECK(q = ipc_new(OBJ_QUEUE, 0));
	CHECK(w = ipc_copy(q, CAP_W));
	CHECK(r = ipc_copy(q, CAP_R));
	CHECK_EQ(ipc_msg_make(&m, R_SPACE, 0), ERR_OK);
	CHECK_EQ(queue_send(w, m.msg, T_ACT, 0).err, ERR_OK);
	CHECK_EQ(queue_info(w, &s, &n), ERR_RIGHTS);
	CHECK_EQ(queue_info(r, &s, &n), ERR_OK);
	CHECK_EQ(s, 1);
	CHECK_EQ(n, 0);
	CHECK_EQ(sys_invoke(m.msg, QUEUE_INFO, 0, 0, 0, 0, 0).err, ERR_BAD_METHOD);
	CHECK_EQ(sys_invoke(q, QUEUE_INFO + 1, 0, 0, 0, 0, 0).err, ERR_BAD_METHOD);
	return 0;
}
#endif
