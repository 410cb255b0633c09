/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * Waiting ends with the object waited on: destroying a queue wakes every
 * receiver and sender on it, message-based and register-based, with
 * ERR_DEAD; so does destroying a message a thread waits on, or the
 * activity that holds the queue. THREAD_STOP cuts a wait short: restarted,
 * the thread resumes after its call with ERR_CANCELED.
 */
#include "ipc_util.h"

#define QSLOT2 12   /* a second queue capability in a child */

/* Register receive / call / sleep once, the error in res[0]. */
static void reg_recv_once(struct child *c)
{
	unsigned long w[4], badge;

	c->res[0] = sys_recv4(c->arg[1], w, &badge);
}

static void reg_call_once(struct child *c)
{
	const unsigned long in[4] = { 1, 2, 3, 4 };
	unsigned long out[4];

	c->res[0] = sys_call4(c->arg[1], in, out);
}

static void sleep_long(struct child *c)
{
	c->res[0] = sys_sleep(1000000);
}

/* A child with just the queue capability (rights), to run fn on it. */
static struct child *reg_child(unsigned id, unsigned long q, unsigned long rights)
{
	struct child *c = spawn(id, T_ACT, SPAWN_SELF);

	if (!c || sys_cap_copy(q, 0, VSLOT(c, QSLOT), rights))
		return NULL;
	c->arg[1] = CSLOT(QSLOT);
	c->res[0] = ~0UL;
	return c;
}

static int wait_all_blocked(struct child **c, unsigned n)
{
	for (unsigned i = 0; i < n; i++)
		CHECK(child_wait_state(c[i], THREAD_BLOCKED));
	return 0;
}

UTEST(ipc_destroy_queue_wakes_waiters)
{
	struct ipc_side a, c;
	struct child *b, *d, *all[4];
	struct ipc_msg m;
	unsigned long q1, q2, state;

	CHECK_EQ(ipc_begin(), 0);
	CHECK(q1 = ipc_new(OBJ_QUEUE, 0));
	CHECK(q2 = ipc_new(OBJ_QUEUE, 0));
	/* q1: two receivers (a message, a register one); q2: two senders and
	 * a message queued by the root that nobody waits on. */
	CHECK_EQ(ipc_side_make(&a, 0, q1, CAP_R, 0, IPC_OP_RECV, IPC_BLOCK), 0);
	CHECK(b = reg_child(1, q1, CAP_R));
	CHECK_EQ(ipc_side_make(&c, 2, q2, CAP_W, 0, IPC_OP_SEND, IPC_BLOCK), 0);
	CHECK(d = reg_child(3, q2, CAP_W));
	CHECK_EQ(ipc_msg_make(&m, R_SPACE, 0), ERR_OK);
	CHECK_EQ(child_run(a.c, ipc_child_op), ERR_OK);
	CHECK_EQ(child_run(b, reg_recv_once), ERR_OK);
	CHECK_EQ(child_run(c.c, ipc_child_op), ERR_OK);
	CHECK_EQ(child_run(d, reg_call_once), ERR_OK);
	all[0] = a.c;
	all[1] = b;
	all[2] = c.c;
	all[3] = d;
	CHECK_EQ(wait_all_blocked(all, 4), 0);
	CHECK_EQ(queue_send(q2, m.msg, T_ACT, 0).err, ERR_OK);
	CHECK_EQ(activity_destroy(T_ACT, q1), ERR_OK);
	CHECK_EQ(activity_destroy(T_ACT, q2), ERR_OK);
	for (unsigned i = 0; i < 4; i++) {
		CHECK(child_wait_done(all[i]));
		CHECK_EQ(all[i]->res[0], ERR_DEAD);
	}
	/* Every message is idle again; the one nobody waited on keeps its
	 * outcome for MSG_WAIT. */
	CHECK_EQ(msg_info(a.m.msg, &state, NULL, NULL), ERR_OK);
	CHECK_EQ(state, MSG_IDLE);
	CHECK_EQ(msg_info(c.m.msg, &state, NULL, NULL), ERR_OK);
	CHECK_EQ(state, MSG_IDLE);
	CHECK_EQ(msg_info(m.msg, &state, NULL, NULL), ERR_OK);
	CHECK_EQ(state, MSG_IDLE);
	CHECK_EQ(msg_wait(m.msg, NULL, NULL, NULL), ERR_DEAD);
	/* And usable: through a new queue. */
	CHECK(q1 = ipc_new(OBJ_QUEUE, 0));
	CHECK_EQ(queue_receive(q1, a.m.msg, 0).err, ERR_OK);
	CHECK_EQ(queue_send(q1, m.msg, T_ACT, IPC_BLOCK).err, ERR_OK);
	return 0;
}

/* Destroying the message a thread waits on (MSG_WAIT, or a blocking
 * receive) wakes it with ERR_DEAD; the queue it was on stays sound. */
UTEST(ipc_destroy_message_wakes_waiter)
{
	struct ipc_side a, b;
	struct ipc_msg s, t;
	struct child *all[2];
	unsigned long q, badge = 0;

	CHECK_EQ(ipc_begin(), 0);
	CHECK(q = ipc_new(OBJ_QUEUE, 0));
	/* A queues its message and waits on it; B waits to receive. */
	CHECK_EQ(ipc_side_make(&a, 0, q, CAP_W, 0, IPC_OP_SEND | IPC_THEN_WAIT, 0), 0);
	CHECK(q = ipc_new(OBJ_QUEUE, 0));
	CHECK_EQ(ipc_side_make(&b, 1, q, CAP_R, 0, IPC_OP_RECV, IPC_BLOCK), 0);
	CHECK_EQ(child_run(a.c, ipc_child_op), ERR_OK);
	CHECK_EQ(child_run(b.c, ipc_child_op), ERR_OK);
	all[0] = a.c;
	all[1] = b.c;
	CHECK_EQ(wait_all_blocked(all, 2), 0);
	CHECK_EQ(a.c->res[0], ERR_OK);          /* the send returned; MSG_WAIT blocks */
	CHECK_EQ(activity_destroy(T_ACT, a.m.msg), ERR_OK);
	CHECK_EQ(activity_destroy(T_ACT, b.m.msg), ERR_OK);
	CHECK(child_wait_done(a.c));
	CHECK(child_wait_done(b.c));
	CHECK_EQ(a.c->res[4], ERR_DEAD);
	CHECK_EQ(b.c->res[0], ERR_DEAD);
	/* B's queue no longer lists the dead receiver: a new pair meets. */
	CHECK_EQ(ipc_msg_make(&s, R_SPACE, 0), ERR_OK);
	CHECK_EQ(ipc_msg_make(&t, R_SPACE, 0), ERR_OK);
	CHECK_EQ(queue_send(q, s.msg, T_ACT, 0).err, ERR_OK);
	CHECK_EQ(queue_receive(q, t.msg, IPC_BLOCK).err, ERR_OK);
	CHECK_EQ(msg_wait(s.msg, &badge, NULL, NULL), ERR_OK);
	return 0;
}

/* The activity the queue was allocated from goes, and the queue with it. */
UTEST(ipc_destroy_activity_wakes_waiters)
{
	struct ipc_side a;
	struct child *b, *all[2];
	unsigned long x, q;

	CHECK_EQ(ipc_begin(), 0);
	CHECK(x = ipc_new(OBJ_ACTIVITY, 64));
	CHECK(q = ipc_slot());
	CHECK_EQ(activity_create(x, OBJ_QUEUE, q, 0), ERR_OK);
	CHECK_EQ(ipc_side_make(&a, 0, q, CAP_R, 0, IPC_OP_RECV, IPC_BLOCK), 0);
	CHECK(b = reg_child(1, q, CAP_R));
	CHECK_EQ(child_run(a.c, ipc_child_op), ERR_OK);
	CHECK_EQ(child_run(b, reg_recv_once), ERR_OK);
	all[0] = a.c;
	all[1] = b;
	CHECK_EQ(wait_all_blocked(all, 2), 0);
	CHECK_EQ(activity_destroy(T_ACT, x), ERR_OK);
	CHECK(child_wait_done(a.c));
	CHECK(child_wait_done(b));
	CHECK_EQ(a.c->res[0], ERR_DEAD);
	CHECK_EQ(b->res[0], ERR_DEAD);
	CHECK_EQ(sys_cap_info(q, NULL, NULL, NULL), ERR_SLOT_EMPTY);
	return 0;
}

/*
 * THREAD_STOP of a thread blocked in each kind of wait; started again, it
 * resumes after the call with ERR_CANCELED.
 */
UTEST(ipc_stop_waiting_thread_canceled)
{
	struct ipc_side a, e;
	struct child *b, *c, *d, *all[5];
	unsigned long q, qe, state = ~0UL;

	CHECK_EQ(ipc_begin(), 0);
	CHECK(q = ipc_new(OBJ_QUEUE, 0));
	CHECK(qe = ipc_new(OBJ_QUEUE, 0));
	CHECK_EQ(ipc_side_make(&a, 0, q, CAP_R, 0, IPC_OP_RECV, IPC_BLOCK), 0);   /* receive */
	CHECK(b = reg_child(1, q, CAP_R));                                      /* SYS_RECV */
	CHECK(c = reg_child(2, qe, CAP_W));                                     /* SYS_CALL */
	CHECK(d = reg_child(3, q, 0));                                          /* SYS_SLEEP */
	CHECK_EQ(ipc_side_make(&e, 4, qe, CAP_W, 0, IPC_OP_SEND | IPC_THEN_WAIT, 0), 0);
	CHECK_EQ(child_run(a.c, ipc_child_op), ERR_OK);
	CHECK_EQ(child_run(b, reg_recv_once), ERR_OK);
	CHECK_EQ(child_run(c, reg_call_once), ERR_OK);
	CHECK_EQ(child_run(d, sleep_long), ERR_OK);
	CHECK_EQ(child_run(e.c, ipc_child_op), ERR_OK);   /* blocks in MSG_WAIT */
	all[0] = a.c;
	all[1] = b;
	all[2] = c;
	all[3] = d;
	all[4] = e.c;
	CHECK_EQ(wait_all_blocked(all, 5), 0);
	for (unsigned i = 0; i < 5; i++) {
		CHECK_EQ(thread_stop(all[i]->thread), ERR_OK);
		CHECK_EQ(thread_info(all[i]->thread, &state, NULL), ERR_OK);
		CHECK_EQ(state, THREAD_INACTIVE);
	}
	for (unsigned i = 0; i < 10; i++)
		sys_yield();
	for (unsigned i = 0; i < 5; i++)
		CHECK_EQ(all[i]->done, 0);       /* stopped, not finished */
	for (unsigned i = 0; i < 5; i++)
		CHECK_EQ(thread_start(all[i]->thread), ERR_OK);
	for (unsigned i = 0; i < 4; i++) {
		CHECK(child_wait_done(all[i]));
		CHECK_EQ(all[i]->res[0], ERR_CANCELED);
	}
	CHECK(child_wait_done(e.c));
	CHECK_EQ(e.c->res[0], ERR_OK);
	CHECK_EQ(e.c->res[4], ERR_CANCELED);
	return 0;
}
