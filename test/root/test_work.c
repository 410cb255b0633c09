/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * Long operations carried on by the kernel (kern/work.h): a transfer or a
 * destruction that a preemption point cuts is finished by the hart's
 * worker, whatever happens to the thread that started it, and the threads
 * that wait for the outcome get the right one. Each case cuts at every
 * preemption point (SYSCTL_PREEMPT_EVERY 1), so the root, of the same
 * priority as everyone here, runs between any two steps, and acts in the
 * middle.
 *
 * Every case failed on the kernel that resumed long operations by having
 * the thread issue its call again (before kern/work.c); see
 * docs/isolation.md.
 */
#include "ipc_util.h"

#define NCOPY   64      /* capabilities a transfer copies: 8 steps */
#define SRC_PG  0       /* root view of the sender's source page */
#define DST_PG  1       /* root view of the receiver's target page */
#define RMSLOT  11      /* a caller's reply message */
#define RSLOT   12      /* a caller's reply object */
#define REPLY_AT 20     /* where a server child's reply capability lands */

/* Every case is a body run with the cuts on, and off after, whatever. */
#define WORK_CASE(name)                          \
	static int name##_body(void);            \
	UTEST(name)                              \
	{                                        \
		int bad = name##_body();         \
		sysctl_preempt_every(R_SYSCTL, 0); \
		return bad;                      \
	}                                        \
	static int name##_body(void)

/*
 * A sender side (a's message names NCOPY sources in a's extra capability
 * page: copies of one frame capability, with G) and a receiver side (b's
 * message names NCOPY empty slots of b's extra page).
 */
static int sides(struct ipc_side *a, struct ipc_side *b, unsigned long q, unsigned long aop,
		 unsigned long bop)
{
	unsigned long f;

	CHECK(ipc_page(&f));
	CHECK_EQ(ipc_side_make(a, 0, q, CAP_W, 0x5e, aop, IPC_BLOCK), 0);
	CHECK_EQ(ipc_side_make(b, 1, q, CAP_R, 0, bop, IPC_BLOCK), 0);
	CHECK_EQ(ipc_child_cappage(a->c, 0, SRC_PG), ERR_OK);
	CHECK_EQ(ipc_child_cappage(b->c, 0, DST_PG), ERR_OK);
	for (unsigned i = 0; i < NCOPY; i++) {
		CHECK_EQ(sys_cap_copy(f, 0, ipc_root_caps(SRC_PG, i), CAP_R | CAP_G), ERR_OK);
		a->m.hdr->caddr[i] = ipc_child_caps(0, i);
		b->m.hdr->caddr[i] = ipc_child_caps(0, i);
	}
	a->m.hdr->cap_count = b->m.hdr->cap_count = NCOPY;
	a->m.hdr->byte_count = 8;
	a->c->arg[7] = b->c->arg[7] = 0;
	return 0;
}

/* Yield until msg is in transfer with at least n capabilities copied. */
static int wait_copied(unsigned long msg, unsigned long n)
{
	unsigned long state = ~0UL, copied = 0;

	for (unsigned i = 0; i < 4000; i++) {
		if (msg_info(msg, &state, &copied, NULL) == ERR_OK && state == MSG_TRANSFER &&
		    copied >= n)
			return 1;
		sys_yield();
	}
	printf("    wait_copied: state %lu, %lu copied\n", state, copied);
	return 0;
}

/* A send between the sides on a new queue *q, the receiver b waiting
 * first, cut at every point, and under way: n capabilities copied. */
static int cut_send_started(struct ipc_side *a, struct ipc_side *b, unsigned long *q,
			    unsigned long n)
{
	CHECK_EQ(ipc_begin(), 0);
	CHECK(*q = ipc_new(OBJ_QUEUE, 0));
	CHECK_EQ(sides(a, b, *q, IPC_OP_SEND, IPC_OP_RECV), 0);
	CHECK_EQ(child_run(b->c, ipc_child_op), ERR_OK);
	CHECK(child_wait_state(b->c, THREAD_BLOCKED));
	CHECK_EQ(sysctl_preempt_every(R_SYSCTL, 1), ERR_OK);
	CHECK_EQ(child_run(a->c, ipc_child_op), ERR_OK);
	CHECK(wait_copied(b->m.msg, n));
	return 0;
}

/* The first n target slots of the receiver hold a capability, the rest none. */
static int landed(unsigned n)
{
	for (unsigned i = 0; i < NCOPY; i++)
		CHECK_EQ(sys_cap_info(ipc_root_caps(DST_PG, i), NULL, NULL, NULL),
			 i < n ? ERR_OK : ERR_SLOT_EMPTY);
	return 0;
}

/* A blocked receiver is served although the sender, cut in its copy, is
 * stopped, destroyed, or loses the queue it sent through. */
static int sender_goes(int how)
{
	struct ipc_side a, b;
	unsigned long q;

	CHECK_EQ(cut_send_started(&a, &b, &q, MSG_COPY_BATCH), 0);
	switch (how) {
	case 0:
		CHECK_EQ(thread_stop(a.c->thread), ERR_OK);
		break;
	case 1:
		CHECK_EQ(activity_destroy(T_ACT, a.c->thread), ERR_OK);
		break;
	default:
		CHECK_EQ(activity_destroy(T_ACT, q), ERR_OK);
		break;
	}
	CHECK(child_wait_done(b.c));
	CHECK_EQ(sysctl_preempt_every(R_SYSCTL, 0), ERR_OK);
	CHECK_EQ(ipc_results_are(b.c, 0, ERR_OK, 0x5e, NCOPY, 8), 0);
	CHECK_EQ(landed(NCOPY), 0);
	if (how == 2) {   /* the sender, still there, is told too */
		CHECK(child_wait_done(a.c));
		CHECK_EQ(ipc_results_are(a.c, 0, ERR_OK, 0x5e, NCOPY, 8), 0);
	}
	return 0;
}

WORK_CASE(work_sender_stopped_receiver_served)
{
	return sender_goes(0);
}

WORK_CASE(work_sender_destroyed_receiver_served)
{
	return sender_goes(1);
}

WORK_CASE(work_queue_destroyed_transfer_finishes)
{
	return sender_goes(2);
}

/*
 * A side destroyed in the middle of a copy: the survivor's call ends with
 * ERR_DEAD and says exactly which capabilities arrived: its header keeps
 * the addresses of the slots that were filled and 0 for the others, and
 * the count is theirs.
 */
WORK_CASE(work_side_destroyed_reports_slots)
{
	struct ipc_side a, b;
	unsigned long q, copied = 0, n = 0;

	CHECK_EQ(cut_send_started(&a, &b, &q, 2 * MSG_COPY_BATCH), 0);
	CHECK_EQ(msg_info(b.m.msg, NULL, &copied, NULL), ERR_OK);
	CHECK_EQ(activity_destroy(T_ACT, a.m.msg), ERR_OK);
	CHECK_EQ(sysctl_preempt_every(R_SYSCTL, 0), ERR_OK);
	CHECK(child_wait_done(b.c));
	CHECK_EQ(b.c->res[0], ERR_DEAD);
	CHECK_EQ(b.c->res[2], copied);
	CHECK(copied >= 2 * MSG_COPY_BATCH && copied < NCOPY);
	CHECK_EQ(b.m.hdr->cap_count, copied);
	for (unsigned i = 0; i < NCOPY; i++) {
		CHECK_EQ(b.m.hdr->caddr[i], i < copied ? ipc_child_caps(0, i) : 0);
		n += sys_cap_info(ipc_root_caps(DST_PG, i), NULL, NULL, NULL) == ERR_OK;
	}
	CHECK_EQ(n, copied);
	CHECK_EQ(landed(copied), 0);
	return 0;
}

/*
 * A call cut in its send waits for the reply, not for the send: when the
 * receiver has the message (the send is over), the caller still waits,
 * and it gets the reply's results (badge 0, the reply's counts), never the
 * send's (the queue capability's badge, NCOPY).
 */
WORK_CASE(work_call_waits_for_reply)
{
	struct ipc_side a, b;
	struct ipc_msg rm, t, rep;
	unsigned long q, reply, state, badge, caps;

	CHECK_EQ(ipc_begin(), 0);
	CHECK(q = ipc_new(OBJ_QUEUE, 0));
	CHECK(reply = ipc_new(OBJ_REPLY, 0));
	CHECK_EQ(sides(&a, &b, q, IPC_OP_CALL, IPC_OP_RECV), 0);
	CHECK_EQ(ipc_msg_make(&rm, a.c->space, 0), ERR_OK);
	CHECK_EQ(sys_cap_copy(rm.msg, 0, VSLOT(a.c, RMSLOT), CAP_ALL), ERR_OK);
	CHECK_EQ(sys_cap_copy(reply, 0, VSLOT(a.c, RSLOT), CAP_ALL), ERR_OK);
	a.c->arg[5] = CSLOT(RMSLOT);
	a.c->arg[6] = CSLOT(RSLOT);
	/* The root receives, in its own space: NCOPY slots of an extra page,
	 * the reply capability to S(60). */
	CHECK_EQ(ipc_root_cappage(DST_PG + 1), ERR_OK);
	CHECK_EQ(ipc_msg_make(&t, R_SPACE, 0), ERR_OK);
	for (unsigned i = 0; i < NCOPY; i++)
		t.hdr->caddr[i] = ipc_root_caps(DST_PG + 1, i);
	t.hdr->cap_count = NCOPY;
	t.hdr->reply_slot = S(60);
	CHECK_EQ(queue_receive(q, t.msg, 0).err, ERR_OK);
	CHECK_EQ(sysctl_preempt_every(R_SYSCTL, 1), ERR_OK);
	CHECK_EQ(child_run(a.c, ipc_child_op), ERR_OK);
	CHECK(wait_copied(t.msg, MSG_COPY_BATCH));
	/* The root waits for the delivery: the worker finishes the copy. */
	CHECK_EQ(msg_wait(t.msg, &badge, &caps, NULL), ERR_OK);
	CHECK_EQ(sysctl_preempt_every(R_SYSCTL, 0), ERR_OK);
	CHECK_EQ(badge, 0x5e);
	CHECK_EQ(caps, NCOPY);
	/* The send is over; the call is not: its caller waits on. */
	for (unsigned i = 0; i < 100; i++)
		sys_yield();
	CHECK_EQ(thread_info(a.c->thread, &state, NULL), ERR_OK);
	CHECK_EQ(state, THREAD_BLOCKED);
	CHECK(!a.c->done);
	/* The reply: 5 bytes, no capabilities. */
	CHECK_EQ(ipc_msg_make(&rep, R_SPACE, 0), ERR_OK);
	rep.hdr->byte_count = 5;
	CHECK_EQ(reply_send(S(60), rep.msg).err, ERR_OK);
	CHECK(child_wait_done(a.c));
	CHECK_EQ(ipc_results_are(a.c, 0, ERR_OK, 0, 0, 5), 0);
	return 0;
}

/*
 * A server whose REPLY_RECV is cut while its reply's capabilities are
 * copied: the reply arrives, complete, and the server goes on to receive.
 */
static void server_replies(struct child *c)
{
	struct sys_ret r = queue_receive(CSLOT(QSLOT), CSLOT(MSLOT), IPC_BLOCK);

	c->res[0] = r.err;
	r = reply_recv(CSLOT(REPLY_AT), c->arg[2], CSLOT(QSLOT), CSLOT(MSLOT));
	c->res[1] = r.err;
}

WORK_CASE(work_reply_recv_cut_delivers_reply)
{
	struct ipc_side srv, cl;
	struct ipc_msg rm, rep;
	unsigned long q, reply, f;

	CHECK_EQ(ipc_begin(), 0);
	CHECK(q = ipc_new(OBJ_QUEUE, 0));
	CHECK(reply = ipc_new(OBJ_REPLY, 0));
	CHECK(ipc_page(&f));
	/* The server: receives into its message (reply capability to slot
	 * REPLY_AT), replies with rep, which names NCOPY of its capabilities. */
	CHECK_EQ(ipc_side_make(&srv, 0, q, CAP_R, 0, 0, 0), 0);
	srv.m.hdr->reply_slot = CSLOT(REPLY_AT);
	CHECK_EQ(ipc_child_cappage(srv.c, 0, SRC_PG), ERR_OK);
	CHECK_EQ(ipc_msg_make(&rep, srv.c->space, 0), ERR_OK);
	CHECK_EQ(sys_cap_copy(rep.msg, 0, VSLOT(srv.c, 13), CAP_ALL), ERR_OK);
	for (unsigned i = 0; i < NCOPY; i++) {
		CHECK_EQ(sys_cap_copy(f, 0, ipc_root_caps(SRC_PG, i), CAP_R | CAP_G), ERR_OK);
		rep.hdr->caddr[i] = ipc_child_caps(0, i);
	}
	rep.hdr->cap_count = NCOPY;
	rep.hdr->byte_count = 3;
	srv.c->arg[2] = CSLOT(13);
	/* The caller: its reply message names NCOPY empty slots of its page. */
	CHECK_EQ(ipc_side_make(&cl, 1, q, CAP_W, 0, IPC_OP_CALL, 0), 0);
	CHECK_EQ(ipc_child_cappage(cl.c, 0, DST_PG), ERR_OK);
	CHECK_EQ(ipc_msg_make(&rm, cl.c->space, 0), ERR_OK);
	CHECK_EQ(sys_cap_copy(rm.msg, 0, VSLOT(cl.c, RMSLOT), CAP_ALL), ERR_OK);
	CHECK_EQ(sys_cap_copy(reply, 0, VSLOT(cl.c, RSLOT), CAP_ALL), ERR_OK);
	for (unsigned i = 0; i < NCOPY; i++)
		rm.hdr->caddr[i] = ipc_child_caps(0, i);
	rm.hdr->cap_count = NCOPY;
	cl.c->arg[5] = CSLOT(RMSLOT);
	cl.c->arg[6] = CSLOT(RSLOT);
	cl.c->arg[7] = 0;
	CHECK_EQ(child_run(srv.c, server_replies), ERR_OK);
	CHECK(child_wait_state(srv.c, THREAD_BLOCKED));
	CHECK_EQ(sysctl_preempt_every(R_SYSCTL, 1), ERR_OK);
	CHECK_EQ(child_run(cl.c, ipc_child_op), ERR_OK);
	CHECK(child_wait_done(cl.c));
	CHECK_EQ(sysctl_preempt_every(R_SYSCTL, 0), ERR_OK);
	CHECK_EQ(ipc_results_are(cl.c, 0, ERR_OK, 0, NCOPY, 3), 0);
	CHECK_EQ(landed(NCOPY), 0);
	/* The server took the call and now waits for the next one. */
	CHECK_EQ(srv.c->res[0], ERR_OK);
	CHECK(child_wait_state(srv.c, THREAD_BLOCKED));
	CHECK(!srv.c->done);
	return 0;
}

/*
 * One call at a time on a reply object: a second QUEUE_CALL while the
 * first caller waits for its reply is refused (it would re-arm the reply
 * and leave the first caller waiting for ever); destroying the reply
 * object ends the first caller's call.
 */
WORK_CASE(work_reply_one_call_at_a_time)
{
	struct ipc_side a, b;
	struct ipc_msg ra, rb, t;
	unsigned long q, reply;

	CHECK_EQ(ipc_begin(), 0);
	CHECK(q = ipc_new(OBJ_QUEUE, 0));
	CHECK(reply = ipc_new(OBJ_REPLY, 0));
	CHECK_EQ(ipc_side_make(&a, 0, q, CAP_W, 0, IPC_OP_CALL, 0), 0);
	CHECK_EQ(ipc_side_make(&b, 1, q, CAP_W, 0, IPC_OP_CALL, 0), 0);
	CHECK_EQ(ipc_msg_make(&ra, a.c->space, 0), ERR_OK);
	CHECK_EQ(ipc_msg_make(&rb, b.c->space, 0), ERR_OK);
	CHECK_EQ(sys_cap_copy(ra.msg, 0, VSLOT(a.c, RMSLOT), CAP_ALL), ERR_OK);
	CHECK_EQ(sys_cap_copy(rb.msg, 0, VSLOT(b.c, RMSLOT), CAP_ALL), ERR_OK);
	CHECK_EQ(sys_cap_copy(reply, 0, VSLOT(a.c, RSLOT), CAP_ALL), ERR_OK);
	CHECK_EQ(sys_cap_copy(reply, 0, VSLOT(b.c, RSLOT), CAP_ALL), ERR_OK);
	for (unsigned k = 0; k < 2; k++) {
		struct child *c = k ? b.c : a.c;
		c->arg[5] = CSLOT(RMSLOT);
		c->arg[6] = CSLOT(RSLOT);
		c->arg[7] = 0;
		c->res[0] = ~0UL;
	}
	CHECK_EQ(ipc_msg_make(&t, R_SPACE, 0), ERR_OK);
	t.hdr->reply_slot = S(60);
	CHECK_EQ(queue_receive(q, t.msg, 0).err, ERR_OK);
	CHECK_EQ(child_run(a.c, ipc_child_op), ERR_OK);
	CHECK(child_wait_state(a.c, THREAD_BLOCKED));
	CHECK(ipc_wait_delivered(t.msg));
	CHECK_EQ(child_run(b.c, ipc_child_op), ERR_OK);
	CHECK(child_wait_done(b.c));
	CHECK_EQ(b.c->res[0], ERR_IN_USE);
	CHECK(!a.c->done);
	CHECK_EQ(activity_destroy(T_ACT, reply), ERR_OK);
	CHECK(child_wait_done(a.c));
	CHECK_EQ(a.c->res[0], ERR_DEAD);
	return 0;
}

/*
 * Destructions. A child destroys X, an activity holding OBJS frames and,
 * made first so that it goes last, a sub-activity Y; every preemption point
 * cuts it, so the root can act in the middle.
 */
#define OBJS 120

static void child_destroys(struct child *c)
{
	c->res[0] = activity_destroy(CSLOT(C_FREE), c->arg[0]);
}

struct doomed {
	struct child *d;
	unsigned long x, y;          /* root slots */
	unsigned long used_before;   /* T_ACT's use before X */
};

static int doomed_make(struct doomed *e)
{
	CHECK((e->d = spawn(0, T_ACT, SPAWN_SELF)));
	e->used_before = act_used(T_ACT);
	CHECK(e->x = ipc_new(OBJ_ACTIVITY, 4 * OBJS));
	CHECK(e->y = ipc_slot());
	CHECK_EQ(activity_create(e->x, OBJ_ACTIVITY, e->y, 16), ERR_OK);
	for (unsigned i = 0; i < OBJS; i++) {
		CHECK_EQ(activity_create(e->x, OBJ_FRAME, R_TMP, 0), ERR_OK);
		CHECK_EQ(sys_cap_delete(R_TMP), ERR_OK);
	}
	CHECK_EQ(sys_cap_copy(T_ACT, 0, VSLOT(e->d, C_FREE), CAP_W), ERR_OK);
	CHECK_EQ(sys_cap_copy(e->x, 0, VSLOT(e->d, C_FREE + 1), CAP_ALL), ERR_OK);
	e->d->arg[0] = CSLOT(C_FREE + 1);
	e->d->res[0] = ~0UL;
	return 0;
}

/* Start the child's destroy of X and yield until X is dying. */
static int doomed_start(struct doomed *e)
{
	unsigned long quota;

	CHECK_EQ(sysctl_preempt_every(R_SYSCTL, 1), ERR_OK);
	CHECK_EQ(child_run(e->d, child_destroys), ERR_OK);
	for (unsigned i = 0; i < 400 && activity_info(e->x, &quota, NULL, NULL) == ERR_OK; i++)
		sys_yield();
	CHECK_EQ(activity_info(e->x, &quota, NULL, NULL), ERR_DEAD);
	return 0;
}

/* X is gone, all of it: the slot is empty and every frame back. */
static int doomed_gone(struct doomed *e)
{
	for (unsigned i = 0; i < 400 && act_used(T_ACT) != e->used_before; i++)
		sys_yield();
	CHECK_EQ(sys_cap_info(e->x, NULL, NULL, NULL), ERR_SLOT_EMPTY);
	CHECK_EQ(act_used(T_ACT), e->used_before);
	return 0;
}

/* An activity under one being destroyed makes nothing more. */
WORK_CASE(work_child_of_dying_activity_makes_nothing)
{
	struct doomed e;

	CHECK_EQ(ipc_begin(), 0);
	CHECK_EQ(doomed_make(&e), 0);
	CHECK_EQ(doomed_start(&e), 0);
	CHECK_EQ(activity_create(e.y, OBJ_FRAME, R_TMP, 0), ERR_DEAD);
	CHECK_EQ(sysctl_preempt_every(R_SYSCTL, 0), ERR_OK);
	CHECK(child_wait_done(e.d));
	CHECK_EQ(e.d->res[0], ERR_OK);
	CHECK_EQ(doomed_gone(&e), 0);
	return 0;
}

/* The thread whose destroy was cut is destroyed itself: the destruction
 * still finishes, and every frame comes back (the case's teardown checks
 * the last frame). */
WORK_CASE(work_destroyer_destroyed_destruction_finishes)
{
	struct doomed e;

	CHECK_EQ(ipc_begin(), 0);
	CHECK_EQ(doomed_make(&e), 0);
	CHECK_EQ(doomed_start(&e), 0);
	CHECK_EQ(sysctl_preempt_every(R_SYSCTL, 0), ERR_OK);
	CHECK_EQ(activity_destroy(T_ACT, e.d->thread), ERR_OK);
	for (unsigned i = 0; i < 400 && sys_cap_info(e.x, NULL, NULL, NULL) == ERR_OK; i++)
		sys_yield();
	CHECK_EQ(sys_cap_info(e.x, NULL, NULL, NULL), ERR_SLOT_EMPTY);
	CHECK_EQ(activity_info(e.y, NULL, NULL, NULL), ERR_SLOT_EMPTY);
	CHECK(act_used(T_ACT) <= e.used_before);
	return 0;
}

/*
 * The thread whose destroy was cut is reset to destroy something else:
 * that is what its new call does and reports; the first destruction
 * finishes anyway.
 */
static void child_destroys_other(struct child *c)
{
	c->res[1] = activity_destroy(CSLOT(C_FREE), CSLOT(C_FREE + 2));
}

WORK_CASE(work_reset_destroyer_does_its_new_call)
{
	struct doomed e;
	unsigned long z;

	CHECK_EQ(ipc_begin(), 0);
	CHECK_EQ(doomed_make(&e), 0);
	CHECK(z = ipc_new(OBJ_QUEUE, 0));
	CHECK_EQ(sys_cap_copy(z, 0, VSLOT(e.d, C_FREE + 2), CAP_ALL), ERR_OK);
	CHECK_EQ(doomed_start(&e), 0);
	CHECK_EQ(thread_stop(e.d->thread), ERR_OK);
	e.d->res[1] = ~0UL;
	CHECK_EQ(sysctl_preempt_every(R_SYSCTL, 0), ERR_OK);
	CHECK_EQ(child_run(e.d, child_destroys_other), ERR_OK);
	CHECK(child_wait_done(e.d));
	CHECK_EQ(e.d->res[1], ERR_OK);
	CHECK_EQ(sys_cap_info(z, NULL, NULL, NULL), ERR_SLOT_EMPTY);
	CHECK_EQ(doomed_gone(&e), 0);
	return 0;
}

/*
 * A thread stopped while its send is cut, and given new registers, makes
 * its new call, not the end of the old one.
 */
#define NEW_Q   30   /* the reset sender's queue and message */
#define NEW_MSG 31

static void child_receives_once(struct child *c)
{
	struct sys_ret r = queue_receive(CSLOT(NEW_Q), CSLOT(NEW_MSG), 0);

	c->res[4] = r.err;
	c->res[5] = r.r1;
	c->res[6] = r.r2;
}

WORK_CASE(work_reset_sender_makes_its_new_call)
{
	struct ipc_side a, b;
	struct ipc_msg m2;
	unsigned long q, q2, state;

	CHECK_EQ(ipc_begin(), 0);
	CHECK(q = ipc_new(OBJ_QUEUE, 0));
	CHECK(q2 = ipc_new(OBJ_QUEUE, 0));
	CHECK_EQ(sides(&a, &b, q, IPC_OP_SEND, IPC_OP_RECV), 0);
	CHECK_EQ(ipc_msg_make(&m2, a.c->space, 0), ERR_OK);
	CHECK_EQ(sys_cap_copy(q2, 0, VSLOT(a.c, NEW_Q), CAP_ALL), ERR_OK);
	CHECK_EQ(sys_cap_copy(m2.msg, 0, VSLOT(a.c, NEW_MSG), CAP_ALL), ERR_OK);
	CHECK_EQ(child_run(b.c, ipc_child_op), ERR_OK);
	CHECK(child_wait_state(b.c, THREAD_BLOCKED));
	CHECK_EQ(sysctl_preempt_every(R_SYSCTL, 1), ERR_OK);
	CHECK_EQ(child_run(a.c, ipc_child_op), ERR_OK);
	CHECK(wait_copied(b.m.msg, MSG_COPY_BATCH));
	CHECK_EQ(thread_stop(a.c->thread), ERR_OK);
	CHECK_EQ(sysctl_preempt_every(R_SYSCTL, 0), ERR_OK);
	CHECK(child_wait_done(b.c));   /* the first transfer ends anyway */
	a.c->res[4] = ~0UL;
	CHECK_EQ(child_run(a.c, child_receives_once), ERR_OK);
	CHECK(child_wait_done(a.c));
	CHECK_EQ(a.c->res[4], ERR_OK);
	CHECK_EQ(a.c->res[5], 0);
	CHECK_EQ(msg_info(m2.msg, &state, NULL, NULL), ERR_OK);
	CHECK_EQ(state, MSG_RECEIVING);
	return 0;
}

/*
 * The activity a send names pays for the delivery, 1 + the capabilities
 * it copies, against a limit its holder sets (ACTIVITY_IPC_LIMIT): a send
 * it cannot pay for fails with nothing done, the receiver still waiting;
 * a queued sender that cannot pay is dropped with its own error when a
 * receiver comes; and destroying the activity in the middle of a transfer
 * it paid for does not stop the transfer.
 */
WORK_CASE(work_charged_activity_pays)
{
	struct ipc_side a, b;
	struct ipc_msg s, s2, t2;
	unsigned long q, q2, x, charged = ~0UL, state;

	CHECK_EQ(ipc_begin(), 0);
	CHECK(q = ipc_new(OBJ_QUEUE, 0));
	CHECK(x = ipc_new(OBJ_ACTIVITY, 16));
	CHECK_EQ(sides(&a, &b, q, IPC_OP_SEND, IPC_OP_RECV), 0);
	/* The root sends a's message (NCOPY capabilities), charged to x. */
	s = a.m;
	CHECK_EQ(activity_ipc_limit(x, NCOPY), ERR_OK);   /* one short */
	CHECK_EQ(child_run(b.c, ipc_child_op), ERR_OK);
	CHECK(child_wait_state(b.c, THREAD_BLOCKED));
	CHECK_EQ(queue_send(q, s.msg, x, IPC_BLOCK).err, ERR_QUOTA);
	CHECK_EQ(activity_ipc_info(x, &charged), ERR_OK);
	CHECK_EQ(charged, 0);
	CHECK_EQ(landed(0), 0);
	CHECK_EQ(msg_info(b.m.msg, &state, NULL, NULL), ERR_OK);
	CHECK_EQ(state, MSG_RECEIVING);
	/* Queued the other way round (on another queue): the receiver that
	 * comes drops it, with its own error, and waits on. */
	CHECK(q2 = ipc_new(OBJ_QUEUE, 0));
	CHECK_EQ(ipc_msg_make(&s2, R_SPACE, 0), ERR_OK);
	CHECK_EQ(ipc_msg_make(&t2, R_SPACE, 0), ERR_OK);
	s2.hdr->cap_count = t2.hdr->cap_count = 1;   /* a delivery of 1 + 1 */
	CHECK_EQ(activity_ipc_limit(x, 1), ERR_OK);
	CHECK_EQ(queue_send(q2, s2.msg, x, 0).err, ERR_OK);
	CHECK_EQ(msg_info(s2.msg, &state, NULL, NULL), ERR_OK);
	CHECK_EQ(state, MSG_SENDING);
	CHECK_EQ(queue_receive(q2, t2.msg, 0).err, ERR_OK);
	CHECK_EQ(msg_wait(s2.msg, NULL, NULL, NULL), ERR_QUOTA);
	CHECK_EQ(msg_info(t2.msg, &state, NULL, NULL), ERR_OK);
	CHECK_EQ(state, MSG_RECEIVING);
	CHECK_EQ(activity_ipc_info(x, &charged), ERR_OK);
	CHECK_EQ(charged, 0);
	/* Enough now: the send goes, cut at every step, and x is destroyed
	 * in the middle; the transfer finishes, paid for. */
	CHECK_EQ(activity_ipc_limit(x, 1 + NCOPY), ERR_OK);
	CHECK_EQ(sys_cap_copy(x, 0, VSLOT(a.c, ASLOT + 20), CAP_W), ERR_OK);
	a.c->arg[3] = CSLOT(ASLOT + 20);
	CHECK_EQ(sysctl_preempt_every(R_SYSCTL, 1), ERR_OK);
	CHECK_EQ(child_run(a.c, ipc_child_op), ERR_OK);
	CHECK(wait_copied(b.m.msg, MSG_COPY_BATCH));
	CHECK_EQ(activity_ipc_info(x, &charged), ERR_OK);
	CHECK_EQ(charged, 1 + NCOPY);
	CHECK_EQ(activity_destroy(T_ACT, x), ERR_OK);
	CHECK_EQ(sysctl_preempt_every(R_SYSCTL, 0), ERR_OK);
	CHECK(child_wait_done(b.c));
	CHECK_EQ(ipc_results_are(b.c, 0, ERR_OK, 0x5e, NCOPY, 8), 0);
	CHECK_EQ(landed(NCOPY), 0);
	return 0;
}

/*
 * A queued sender whose paying activity is destroyed while it waits has
 * nobody to charge: the receiver that comes drops it with ERR_DEAD, as a
 * payer being destroyed does (kern/activity.c:activity_charge_ipc), and
 * waits on. It is not delivered for free, past the limits of the
 * activity's ancestors.
 */
UTEST(work_queued_sender_payer_destroyed)
{
	struct ipc_msg s, t;
	unsigned long q, x, state;

	CHECK_EQ(ipc_begin(), 0);
	CHECK(q = ipc_new(OBJ_QUEUE, 0));
	CHECK(x = ipc_new(OBJ_ACTIVITY, 16));
	CHECK_EQ(ipc_msg_make(&s, R_SPACE, 0), ERR_OK);
	CHECK_EQ(ipc_msg_make(&t, R_SPACE, 0), ERR_OK);
	CHECK_EQ(queue_send(q, s.msg, x, 0).err, ERR_OK);
	CHECK_EQ(msg_info(s.msg, &state, NULL, NULL), ERR_OK);
	CHECK_EQ(state, MSG_SENDING);
	CHECK_EQ(activity_destroy(T_ACT, x), ERR_OK);
	CHECK_EQ(queue_receive(q, t.msg, 0).err, ERR_OK);
	CHECK_EQ(msg_wait(s.msg, NULL, NULL, NULL), ERR_DEAD);
	CHECK_EQ(msg_info(t.msg, &state, NULL, NULL), ERR_OK);
	CHECK_EQ(state, MSG_RECEIVING);
	return 0;
}

/*
 * A queued sender whose message goes bad while it waits (its payload frame
 * gets more than MSG_PAYLOAD_MAX_CAPS capabilities, so it can no longer be
 * exchanged) is dropped with its own error when a receiver comes: the
 * receiver's receive does not fail, it waits on, and takes the next
 * sender.
 */
UTEST(work_queued_sender_gone_bad_dropped)
{
	struct ipc_msg bad, good, t;
	unsigned long q, copies[MSG_PAYLOAD_MAX_CAPS + 1], state;

	CHECK_EQ(ipc_begin(), 0);
	CHECK(q = ipc_new(OBJ_QUEUE, 0));
	CHECK_EQ(ipc_msg_make(&bad, R_SPACE, 0), ERR_OK);
	CHECK_EQ(ipc_msg_make(&good, R_SPACE, 0), ERR_OK);
	CHECK_EQ(ipc_msg_make(&t, R_SPACE, 0), ERR_OK);
	CHECK_EQ(queue_send(q, bad.msg, T_ACT, 0).err, ERR_OK);
	CHECK_EQ(msg_info(bad.msg, &state, NULL, NULL), ERR_OK);
	CHECK_EQ(state, MSG_SENDING);
	for (unsigned i = 0; i <= MSG_PAYLOAD_MAX_CAPS; i++)
		CHECK(copies[i] = ipc_copy(bad.frame, CAP_ALL));
	CHECK_EQ(queue_receive(q, t.msg, 0).err, ERR_OK);
	CHECK_EQ(msg_info(t.msg, &state, NULL, NULL), ERR_OK);
	CHECK_EQ(state, MSG_RECEIVING);
	CHECK_EQ(msg_wait(bad.msg, NULL, NULL, NULL), ERR_IN_USE);
	CHECK_EQ(msg_info(bad.msg, &state, NULL, NULL), ERR_OK);
	CHECK_EQ(state, MSG_IDLE);
	good.hdr->byte_count = 8;
	CHECK_EQ(queue_send(q, good.msg, T_ACT, IPC_BLOCK).err, ERR_OK);
	CHECK_EQ(msg_wait(t.msg, NULL, NULL, NULL), ERR_OK);
	for (unsigned i = 0; i <= MSG_PAYLOAD_MAX_CAPS; i++)
		CHECK_EQ(sys_cap_delete(copies[i]), ERR_OK);
	return 0;
}

/*
 * A cut transfer whose sender's message goes bad while it waits (its
 * payload frame gets more than MSG_PAYLOAD_MAX_CAPS capabilities, so the
 * exchange's walk over the frame's mappings would no longer be bounded)
 * ends when it is carried on: the sender gets ERR_BAD_ARG, the receiver
 * ERR_DEAD and the count of what landed, and no exchange happens (the
 * receiver's page keeps its own header). A fresh transfer is checked
 * once, when paired; a cut one again at each step (ipc/transfer.c).
 */
WORK_CASE(work_cut_transfer_gone_bad_ends)
{
	struct ipc_side a, b;
	unsigned long q, copies[MSG_PAYLOAD_MAX_CAPS + 1];

	CHECK_EQ(cut_send_started(&a, &b, &q, MSG_COPY_BATCH), 0);
	for (unsigned i = 0; i <= MSG_PAYLOAD_MAX_CAPS; i++)
		CHECK(copies[i] = ipc_copy(a.m.frame, CAP_ALL));
	CHECK_EQ(sysctl_preempt_every(R_SYSCTL, 0), ERR_OK);
	CHECK(child_wait_done(a.c));
	CHECK(child_wait_done(b.c));
	CHECK_EQ(a.c->res[0], ERR_BAD_ARG);
	CHECK_EQ(b.c->res[0], ERR_DEAD);
	CHECK(b.c->res[2] >= MSG_COPY_BATCH && b.c->res[2] < NCOPY);
	CHECK_EQ(b.m.hdr->cap_count, b.c->res[2]);
	CHECK_EQ(a.m.hdr->byte_count, 8);   /* a's page is still a's */
	for (unsigned i = 0; i <= MSG_PAYLOAD_MAX_CAPS; i++)
		CHECK_EQ(sys_cap_delete(copies[i]), ERR_OK);
	return 0;
}
