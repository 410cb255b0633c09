/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * Calls with message objects: QUEUE_CALL sends a message and waits for the
 * reply in a reply message, through a one-shot reply object; the server
 * (here the root task, in another space than every caller) finds the reply
 * capability at its header's reply_slot, answers with REPLY_SEND, or
 * REPLY_RECV to answer and take the next call at once.
 */
#include "ipc_util.h"

#define RMSLOT  11   /* caller: the reply message */
#define RSLOT   12   /* caller: the reply object */

/* A caller child: a call through q (badge) with a reply message whose
 * payload it sees at CHILD_DATA_VA(1), and reply object reply. */
static int caller_make(struct ipc_side *s, struct ipc_msg *rm, unsigned id, unsigned long q,
		       unsigned long badge, unsigned long reply, unsigned long word)
{
	CHECK_EQ(ipc_side_make(s, id, q, CAP_W, badge, IPC_OP_CALL, 0), 0);
	CHECK_EQ(ipc_msg_make(rm, s->c->space, 0), ERR_OK);
	CHECK_EQ(ipc_msg_give(rm, s->c, RMSLOT, 1), ERR_OK);
	CHECK_EQ(sys_cap_copy(reply, 0, VSLOT(s->c, RSLOT), CAP_ALL), ERR_OK);
	s->c->arg[5] = CSLOT(RMSLOT);
	s->c->arg[6] = CSLOT(RSLOT);
	s->c->arg[7] = rm->va;       /* report the reply's payload */
	((unsigned long *)msg_data(s->m.hdr))[0] = word;
	s->m.hdr->byte_count = 8;
	return 0;
}

static int reply_cap_is(unsigned long slot, unsigned long *gen)
{
	unsigned long type = ~0UL, rights = ~0UL;

	CHECK_EQ(sys_cap_info(slot, &type, &rights, gen), ERR_OK);
	CHECK_EQ(type, OBJ_REPLY);
	CHECK_EQ(rights, CAP_R | CAP_W);
	return 0;
}

UTEST(ipc_call_reply)
{
	struct ipc_side a1, a2;
	struct ipc_msg rm1, rm2, t, ans;
	unsigned long q, r1, r2, rs1, rs2, g1 = 0, g2 = 0, badge = 0, bytes = 0, state;
	struct sys_ret res;

	CHECK_EQ(ipc_begin(), 0);
	CHECK(q = ipc_new(OBJ_QUEUE, 0));
	CHECK(r1 = ipc_new(OBJ_REPLY, 0));
	CHECK(r2 = ipc_new(OBJ_REPLY, 0));
	CHECK(rs1 = ipc_slot());
	CHECK(rs2 = ipc_slot());
	CHECK_EQ(ipc_msg_make(&t, R_SPACE, 0), ERR_OK);
	CHECK_EQ(ipc_msg_make(&ans, R_SPACE, 0), ERR_OK);
	CHECK_EQ(caller_make(&a1, &rm1, 0, q, 0xa1, r1, 0x1111), 0);
	CHECK_EQ(caller_make(&a2, &rm2, 1, q, 0xa2, r2, 0x2222), 0);

	/* The first call waits on the queue. */
	CHECK_EQ(child_run(a1.c, ipc_child_op), ERR_OK);
	CHECK(child_wait_state(a1.c, THREAD_BLOCKED));
	t.hdr->reply_slot = rs1;
	CHECK_EQ(queue_receive(q, t.msg, 0).err, ERR_OK);
	CHECK(ipc_wait_delivered(t.msg));
	CHECK_EQ(msg_wait(t.msg, &badge, NULL, &bytes), ERR_OK);
	CHECK_EQ(badge, 0xa1);
	CHECK_EQ(bytes, 8);
	CHECK_EQ(((unsigned long *)msg_data(t.hdr))[0], 0x1111);
	CHECK_EQ(reply_cap_is(rs1, &g1), 0);
	/* Received but not answered: the caller still waits, its reply
	 * message receiving. */
	for (unsigned i = 0; i < 5; i++)
		sys_yield();
	CHECK_EQ(a1.c->done, 0);
	CHECK_EQ(msg_info(rm1.msg, &state, NULL, NULL), ERR_OK);
	CHECK_EQ(state, MSG_RECEIVING);

	/* A second caller queues; REPLY_RECV answers the first and takes it. */
	CHECK_EQ(child_run(a2.c, ipc_child_op), ERR_OK);
	CHECK(child_wait_state(a2.c, THREAD_BLOCKED));
	((unsigned long *)msg_data(ans.hdr))[0] = 0x1e1;
	ans.hdr->byte_count = 8;
	t.hdr->reply_slot = rs2;
	res = reply_recv(rs1, ans.msg, q, t.msg);
	CHECK_EQ(res.err, ERR_OK);
	CHECK_EQ(res.r1, 0xa2);
	CHECK_EQ(res.r3, 8);
	CHECK_EQ(((unsigned long *)msg_data(t.hdr))[0], 0x2222);
	CHECK_EQ(reply_cap_is(rs2, &g2), 0);
	CHECK(child_wait_done(a1.c));
	CHECK_EQ(ipc_results_are(a1.c, 0, ERR_OK, 0, 0, 8), 0);
	CHECK_EQ(a1.c->res[11], 0x1e1);   /* through the caller's own mapping */
	/* One shot: the reply used the capability up and emptied its slot. */
	CHECK_EQ(sys_cap_info(rs1, NULL, NULL, NULL), ERR_SLOT_EMPTY);
	CHECK_EQ(reply_send(rs1, ans.msg).err, ERR_SLOT_EMPTY);

	((unsigned long *)msg_data(ans.hdr))[0] = 0x2e2;
	ans.hdr->byte_count = 16;
	res = reply_send(rs2, ans.msg);
	CHECK_EQ(res.err, ERR_OK);
	CHECK(child_wait_done(a2.c));
	CHECK_EQ(ipc_results_are(a2.c, 0, ERR_OK, 0, 0, 16), 0);
	CHECK_EQ(a2.c->res[11], 0x2e2);
	CHECK_EQ(reply_send(rs2, ans.msg).err, ERR_SLOT_EMPTY);
	/* The replier's own message is idle, nothing left for MSG_WAIT. */
	CHECK_EQ(msg_info(ans.msg, &state, NULL, NULL), ERR_OK);
	CHECK_EQ(state, MSG_IDLE);
	return 0;
}

/*
 * Each call arms its reply object anew: a capability from an earlier call
 * through the same object stays dead even while the object is armed again.
 * One that has copies is not emptied by its reply (docs/abi.md): it and
 * its copy stay, both dead. A reply capability can carry capabilities
 * back.
 */
UTEST(ipc_call_generation)
{
	struct ipc_side a1, a2;
	struct ipc_msg rm1, rm2, t, ans;
	unsigned long q, r, rs1, rs2, g1 = 0, g2 = 0, gift, copy;

	CHECK_EQ(ipc_begin(), 0);
	CHECK(q = ipc_new(OBJ_QUEUE, 0));
	CHECK(r = ipc_new(OBJ_REPLY, 0));
	CHECK(rs1 = ipc_slot());
	CHECK(rs2 = ipc_slot());
	CHECK(gift = ipc_mint(q, CAP_R | CAP_G, 0x61f7));
	CHECK_EQ(ipc_msg_make(&t, R_SPACE, 0), ERR_OK);
	CHECK_EQ(ipc_msg_make(&ans, R_SPACE, 0), ERR_OK);
	CHECK_EQ(caller_make(&a1, &rm1, 0, q, 1, r, 1), 0);
	CHECK_EQ(caller_make(&a2, &rm2, 1, q, 2, r, 2), 0);

	CHECK_EQ(child_run(a1.c, ipc_child_op), ERR_OK);
	CHECK(child_wait_state(a1.c, THREAD_BLOCKED));
	t.hdr->reply_slot = rs1;
	CHECK_EQ(queue_receive(q, t.msg, 0).err, ERR_OK);
	CHECK(ipc_wait_delivered(t.msg));
	CHECK_EQ(reply_cap_is(rs1, &g1), 0);
	CHECK(copy = ipc_copy(rs1, CAP_ALL));
	ans.hdr->byte_count = 0;
	CHECK_EQ(reply_send(rs1, ans.msg).err, ERR_OK);
	CHECK_EQ(reply_cap_is(rs1, &g1), 0);   /* it has a copy: still there */
	CHECK(child_wait_done(a1.c));
	CHECK_EQ(a1.c->res[0], ERR_OK);

	/* Same reply object, next call. */
	CHECK_EQ(child_run(a2.c, ipc_child_op), ERR_OK);
	CHECK(child_wait_state(a2.c, THREAD_BLOCKED));
	t.hdr->reply_slot = rs2;
	CHECK_EQ(queue_receive(q, t.msg, 0).err, ERR_OK);
	CHECK(ipc_wait_delivered(t.msg));
	CHECK_EQ(reply_cap_is(rs2, &g2), 0);
	CHECK(g2 != g1);
	CHECK_EQ(reply_send(rs1, ans.msg).err, ERR_DEAD);   /* the old one */
	CHECK_EQ(reply_send(copy, ans.msg).err, ERR_DEAD);  /* and its copy */
	CHECK_EQ(a2.c->done, 0);
	/* Reply with a capability: it lands where the caller's reply message says. */
	ans.hdr->cap_count = 1;
	ans.hdr->caddr[0] = gift;
	rm2.hdr->cap_count = 1;
	rm2.hdr->caddr[0] = CSLOT(40);
	CHECK_EQ(reply_send(rs2, ans.msg).err, ERR_OK);
	CHECK(child_wait_done(a2.c));
	CHECK_EQ(ipc_results_are(a2.c, 0, ERR_OK, 0, 1, 0), 0);
	unsigned long type = 0, badge = 0;
	CHECK_EQ(sys_cap_info(VSLOT(a2.c, 40), &type, NULL, &badge), ERR_OK);
	CHECK_EQ(type, OBJ_QUEUE);
	CHECK_EQ(badge, 0x61f7);
	return 0;
}

/*
 * A server takes every call's reply capability in one slot, deleting
 * nothing: each reply uses its capability up and empties the slot, so the
 * next call's lands there (REPLY_RECV: the reply, then the receive). A
 * reply that finds its caller's reply message gone bad ends that call
 * (ERR_DEAD for the replier, the message's error for the caller) and
 * empties the slot too.
 */
UTEST(ipc_call_reply_slot_reused)
{
	struct ipc_side a1, a2, a3;
	struct ipc_msg rm1, rm2, rm3, t, ans;
	unsigned long q, r1, r2, r3, rs, g1 = 0, g2 = 0, copies[MSG_PAYLOAD_MAX_CAPS];
	struct sys_ret res;

	CHECK_EQ(ipc_begin(), 0);
	CHECK(q = ipc_new(OBJ_QUEUE, 0));
	CHECK(r1 = ipc_new(OBJ_REPLY, 0));
	CHECK(r2 = ipc_new(OBJ_REPLY, 0));
	CHECK(r3 = ipc_new(OBJ_REPLY, 0));
	CHECK(rs = ipc_slot());
	CHECK_EQ(ipc_msg_make(&t, R_SPACE, 0), ERR_OK);
	CHECK_EQ(ipc_msg_make(&ans, R_SPACE, 0), ERR_OK);
	CHECK_EQ(caller_make(&a1, &rm1, 0, q, 1, r1, 0x11), 0);
	CHECK_EQ(caller_make(&a2, &rm2, 1, q, 2, r2, 0x22), 0);
	CHECK_EQ(caller_make(&a3, &rm3, 2, q, 3, r3, 0x33), 0);

	CHECK_EQ(child_run(a1.c, ipc_child_op), ERR_OK);
	CHECK(child_wait_state(a1.c, THREAD_BLOCKED));
	t.hdr->reply_slot = rs;
	CHECK_EQ(queue_receive(q, t.msg, 0).err, ERR_OK);
	CHECK(ipc_wait_delivered(t.msg));
	CHECK_EQ(msg_wait(t.msg, NULL, NULL, NULL), ERR_OK);
	CHECK_EQ(reply_cap_is(rs, &g1), 0);

	/* The second call's reply capability lands where the first one was. */
	CHECK_EQ(child_run(a2.c, ipc_child_op), ERR_OK);
	CHECK(child_wait_state(a2.c, THREAD_BLOCKED));
	ans.hdr->byte_count = 8;
	((unsigned long *)msg_data(ans.hdr))[0] = 0x1e1;
	t.hdr->reply_slot = rs;
	res = reply_recv(rs, ans.msg, q, t.msg);
	CHECK_EQ(res.err, ERR_OK);
	CHECK_EQ(res.r1, 2);
	CHECK(child_wait_done(a1.c));
	CHECK_EQ(ipc_results_are(a1.c, 0, ERR_OK, 0, 0, 8), 0);
	CHECK_EQ(a2.c->done, 0);   /* it waits for its reply */
	CHECK_EQ(reply_cap_is(rs, &g2), 0);
	ans.hdr->byte_count = 8;   /* a fresh page since the last reply */
	((unsigned long *)msg_data(ans.hdr))[0] = 0x2e2;
	CHECK_EQ(reply_send(rs, ans.msg).err, ERR_OK);
	CHECK(child_wait_done(a2.c));
	CHECK_EQ(ipc_results_are(a2.c, 0, ERR_OK, 0, 0, 8), 0);
	CHECK_EQ(a2.c->res[11], 0x2e2);
	CHECK_EQ(sys_cap_info(rs, NULL, NULL, NULL), ERR_SLOT_EMPTY);

	/* The third caller's reply frame gets more capabilities than a
	 * transfer allows while it waits: the reply ends its call. */
	CHECK_EQ(child_run(a3.c, ipc_child_op), ERR_OK);
	CHECK(child_wait_state(a3.c, THREAD_BLOCKED));
	t.hdr->reply_slot = rs;
	CHECK_EQ(queue_receive(q, t.msg, 0).err, ERR_OK);
	CHECK(ipc_wait_delivered(t.msg));
	CHECK_EQ(reply_cap_is(rs, &g1), 0);
	for (unsigned i = 0; i < MSG_PAYLOAD_MAX_CAPS; i++)
		CHECK(copies[i] = ipc_copy(rm3.frame, CAP_R));
	CHECK_EQ(reply_send(rs, ans.msg).err, ERR_DEAD);
	CHECK(child_wait_done(a3.c));
	CHECK_EQ(a3.c->res[0], ERR_IN_USE);
	CHECK_EQ(sys_cap_info(rs, NULL, NULL, NULL), ERR_SLOT_EMPTY);
	for (unsigned i = 0; i < MSG_PAYLOAD_MAX_CAPS; i++)
		CHECK_EQ(sys_cap_delete(copies[i]), ERR_OK);
	return 0;
}

/* One caller (a, with reply message rm and reply object r) and the root
 * as its server, which takes calls on q into t, the reply capability in
 * rs. */
struct one_caller {
	struct ipc_side a;
	struct ipc_msg rm, t;
	unsigned long q, r, rs;
};

static int one_caller_make(struct one_caller *k)
{
	CHECK_EQ(ipc_begin(), 0);
	CHECK(k->q = ipc_new(OBJ_QUEUE, 0));
	CHECK(k->r = ipc_new(OBJ_REPLY, 0));
	CHECK(k->rs = ipc_slot());
	CHECK_EQ(ipc_msg_make(&k->t, R_SPACE, 0), ERR_OK);
	CHECK_EQ(caller_make(&k->a, &k->rm, 0, k->q, 1, k->r, 0x11), 0);
	k->t.hdr->reply_slot = k->rs;
	return 0;
}

/* The server takes a call waiting on the queue. */
static int one_call_received(struct one_caller *k)
{
	CHECK_EQ(queue_receive(k->q, k->t.msg, 0).err, ERR_OK);
	CHECK(ipc_wait_delivered(k->t.msg));
	CHECK_EQ(msg_wait(k->t.msg, NULL, NULL, NULL), ERR_OK);
	return 0;
}

/* The caller calls, and the server takes the call. */
static int one_call_taken(struct one_caller *k)
{
	CHECK_EQ(child_run(k->a.c, ipc_child_op), ERR_OK);
	CHECK(child_wait_state(k->a.c, THREAD_BLOCKED));
	return one_call_received(k);
}

/*
 * A call's reply object holds a child of the capability the caller named
 * for its reply message (QUEUE_CALL's a4); a call that names the same one
 * as the last keeps the child it has (ipc/invoke.c:set_slot). Here the
 * second call names a copy instead: the reply object's child must be the
 * copy's, so revoking the copy takes the reply's target away. Nothing can
 * answer the call then: it ends at once with ERR_DEAD for the caller, and
 * the server's reply finds it gone (ERR_DEAD).
 */
UTEST(ipc_call_reply_target_follows_the_capability)
{
	enum { RMCOPY = 13 };
	struct one_caller k;
	struct ipc_msg ans;

	CHECK_EQ(one_caller_make(&k), 0);
	CHECK_EQ(ipc_msg_make(&ans, R_SPACE, 0), ERR_OK);
	CHECK_EQ(one_call_taken(&k), 0);
	ans.hdr->byte_count = 8;
	CHECK_EQ(reply_send(k.rs, ans.msg).err, ERR_OK);
	CHECK(child_wait_done(k.a.c));
	CHECK_EQ(ipc_results_are(k.a.c, 0, ERR_OK, 0, 0, 8), 0);
	CHECK_EQ(sys_cap_copy(VSLOT(k.a.c, RMSLOT), 0, VSLOT(k.a.c, RMCOPY), CAP_ALL), ERR_OK);
	k.a.c->arg[5] = CSLOT(RMCOPY);
	CHECK_EQ(one_call_taken(&k), 0);
	CHECK_EQ(sys_cap_revoke(VSLOT(k.a.c, RMCOPY)), ERR_OK);
	CHECK(child_wait_done(k.a.c));
	CHECK_EQ(k.a.c->res[0], ERR_DEAD);
	CHECK_EQ(reply_send(k.rs, ans.msg).err, ERR_DEAD);
	return 0;
}

/*
 * The same while the call still waits on the queue, and for the reply
 * object: a call whose reply message or whose reply capability (the one
 * the call's message carries, under the caller's reply object capability)
 * is taken away before a server receives it ends with ERR_DEAD for the
 * caller. Its message is still delivered, as a send: with the reply
 * message gone, its reply capability is dead; with the reply capability
 * gone, it brings none.
 */
UTEST(ipc_call_reply_lost_while_queued)
{
	enum { RMCOPY = 13 };
	struct one_caller k;
	struct ipc_msg ans;
	unsigned long state;

	CHECK_EQ(one_caller_make(&k), 0);
	CHECK_EQ(ipc_msg_make(&ans, R_SPACE, 0), ERR_OK);
	ans.hdr->byte_count = 8;
	/* The reply message's capability is revoked. */
	CHECK_EQ(sys_cap_copy(VSLOT(k.a.c, RMSLOT), 0, VSLOT(k.a.c, RMCOPY), CAP_ALL), ERR_OK);
	k.a.c->arg[5] = CSLOT(RMCOPY);
	CHECK_EQ(child_run(k.a.c, ipc_child_op), ERR_OK);
	CHECK(child_wait_state(k.a.c, THREAD_BLOCKED));
	CHECK_EQ(sys_cap_revoke(VSLOT(k.a.c, RMCOPY)), ERR_OK);
	CHECK(child_wait_done(k.a.c));
	CHECK_EQ(k.a.c->res[0], ERR_DEAD);
	CHECK_EQ(msg_info(k.rm.msg, &state, NULL, NULL), ERR_OK);
	CHECK_EQ(state, MSG_IDLE);
	CHECK_EQ(one_call_received(&k), 0);
	CHECK_EQ(reply_send(k.rs, ans.msg).err, ERR_DEAD);
	CHECK_EQ(sys_cap_delete(k.rs), ERR_OK);

	/* The caller's reply object capability is revoked. */
	k.a.c->arg[5] = CSLOT(RMSLOT);
	CHECK_EQ(sys_cap_delete(VSLOT(k.a.c, RMCOPY)), ERR_OK);
	CHECK_EQ(child_run(k.a.c, ipc_child_op), ERR_OK);
	CHECK(child_wait_state(k.a.c, THREAD_BLOCKED));
	CHECK_EQ(sys_cap_revoke(VSLOT(k.a.c, RSLOT)), ERR_OK);
	CHECK(child_wait_done(k.a.c));
	CHECK_EQ(k.a.c->res[0], ERR_DEAD);
	CHECK_EQ(one_call_received(&k), 0);
	CHECK_EQ(sys_cap_info(k.rs, NULL, NULL, NULL), ERR_SLOT_EMPTY);
	return 0;
}

/*
 * A reply object keeps its last target after the call ends. Here that
 * message (a's reply message) waits in a second call through another
 * reply object when b calls through the first: the new call replaces the
 * first object's target, which must not end a's open call.
 */
UTEST(ipc_call_reply_old_target_in_another_call)
{
	enum { R2SLOT = 14 };
	struct one_caller k;
	struct ipc_side b;
	struct ipc_msg ans, rmb;
	unsigned long r2, rs2;

	CHECK_EQ(one_caller_make(&k), 0);
	CHECK_EQ(ipc_msg_make(&ans, R_SPACE, 0), ERR_OK);
	ans.hdr->byte_count = 8;
	CHECK_EQ(caller_make(&b, &rmb, 1, k.q, 2, k.r, 0x22), 0);
	CHECK(r2 = ipc_new(OBJ_REPLY, 0));
	CHECK(rs2 = ipc_slot());
	/* a's first call, through k.r, answered: k.r's target is a's reply
	 * message. */
	CHECK_EQ(one_call_taken(&k), 0);
	CHECK_EQ(reply_send(k.rs, ans.msg).err, ERR_OK);
	CHECK(child_wait_done(k.a.c));
	/* a calls again, through r2, and waits; then b calls through k.r. */
	CHECK_EQ(sys_cap_copy(r2, 0, VSLOT(k.a.c, R2SLOT), CAP_ALL), ERR_OK);
	k.a.c->arg[6] = CSLOT(R2SLOT);
	CHECK_EQ(one_call_taken(&k), 0);
	CHECK_EQ(child_run(b.c, ipc_child_op), ERR_OK);
	CHECK(child_wait_state(b.c, THREAD_BLOCKED));
	k.t.hdr->reply_slot = rs2;
	CHECK_EQ(one_call_received(&k), 0);
	for (unsigned i = 0; i < 5; i++)
		sys_yield();
	CHECK_EQ(k.a.c->done, 0);   /* still waiting for its reply */
	ans.hdr->byte_count = 8;    /* each reply leaves a fresh page */
	CHECK_EQ(reply_send(k.rs, ans.msg).err, ERR_OK);
	CHECK(child_wait_done(k.a.c));
	CHECK_EQ(ipc_results_are(k.a.c, 0, ERR_OK, 0, 0, 8), 0);
	ans.hdr->byte_count = 8;
	CHECK_EQ(reply_send(rs2, ans.msg).err, ERR_OK);
	CHECK(child_wait_done(b.c));
	CHECK_EQ(ipc_results_are(b.c, 0, ERR_OK, 0, 0, 8), 0);
	return 0;
}

/* The server's reply capability sits under the one the caller named for
 * its reply object (it is moved there from the call's message,
 * ipc/transfer.c:give_reply): revoking the caller's takes it away. */
UTEST(ipc_call_reply_capability_under_the_callers)
{
	struct one_caller k;

	CHECK_EQ(one_caller_make(&k), 0);
	CHECK_EQ(one_call_taken(&k), 0);
	CHECK_EQ(reply_cap_is(k.rs, NULL), 0);
	CHECK_EQ(sys_cap_revoke(VSLOT(k.a.c, RSLOT)), ERR_OK);
	CHECK_EQ(sys_cap_info(k.rs, NULL, NULL, NULL), ERR_SLOT_EMPTY);
	/* Nothing answers the call now: the caller is stopped. */
	CHECK_EQ(thread_stop(CTL(k.a.c, CTL_THREAD)), ERR_OK);
	return 0;
}

/* A call whose reply capability cannot be placed (the server's reply_slot
 * is occupied) fails for the caller instead of waiting forever. */
UTEST(ipc_call_reply_slot_full)
{
	struct ipc_side a;
	struct ipc_msg rm, t;
	unsigned long q, r, full, type = 0;

	CHECK_EQ(ipc_begin(), 0);
	CHECK(q = ipc_new(OBJ_QUEUE, 0));
	CHECK(r = ipc_new(OBJ_REPLY, 0));
	CHECK(full = ipc_copy(q, CAP_R));
	CHECK_EQ(ipc_msg_make(&t, R_SPACE, 0), ERR_OK);
	CHECK_EQ(caller_make(&a, &rm, 0, q, 3, r, 3), 0);
	CHECK_EQ(child_run(a.c, ipc_child_op), ERR_OK);
	CHECK(child_wait_state(a.c, THREAD_BLOCKED));
	t.hdr->reply_slot = full;
	CHECK_EQ(queue_receive(q, t.msg, 0).err, ERR_OK);
	CHECK(child_wait_done(a.c));
	CHECK_EQ(a.c->res[0], ERR_SLOT_FULL);
	/* The occupant is untouched. */
	CHECK_EQ(sys_cap_info(full, &type, NULL, NULL), ERR_OK);
	CHECK_EQ(type, OBJ_QUEUE);
	return 0;
}

UTEST(ipc_call_errors)
{
	struct ipc_msg m, rm;
	unsigned long q, r, rr, m0;

	CHECK_EQ(ipc_begin(), 0);
	CHECK(q = ipc_new(OBJ_QUEUE, 0));
	CHECK(r = ipc_new(OBJ_REPLY, 0));
	CHECK(rr = ipc_copy(r, CAP_R));
	CHECK(m0 = ipc_new(OBJ_MESSAGE, 0));
	CHECK_EQ(ipc_msg_make(&m, R_SPACE, 0), ERR_OK);
	CHECK_EQ(ipc_msg_make(&rm, R_SPACE, 0), ERR_OK);
	/* None of these may block: they fail before anything is queued. */
	CHECK_EQ(queue_call(q, m.msg, T_ACT, rm.msg, q).err, ERR_WRONG_TYPE);
	CHECK_EQ(queue_call(q, m.msg, T_ACT, rm.msg, rr).err, ERR_RIGHTS);
	CHECK_EQ(queue_call(q, m.msg, T_ACT, q, r).err, ERR_WRONG_TYPE);
	CHECK_EQ(queue_call(q, m.msg, T_ACT, m.msg, r).err, ERR_IN_USE);   /* same message */
	CHECK_EQ(queue_call(q, m.msg, T_ACT, m0, r).err, ERR_BAD_ARG);     /* reply message unset */
	CHECK_EQ(queue_call(q, m0, T_ACT, rm.msg, r).err, ERR_BAD_ARG);
	CHECK_EQ(reply_send(r, m.msg).err, ERR_DEAD);   /* nothing armed it */
	return 0;
}
