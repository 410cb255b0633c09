/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * The IPC trace (SYSCTL_TRACE, kern/trace.h): a small real scenario,
 * recorded and dumped on the kernel console, from which scripts/trace
 * draws the sequence diagram of docs/book/07-messages-and-queues.md:
 *
 *   A. a call with message objects: the client's QUEUE_CALL waits on the
 *      queue, the root (the server) receives it and answers with REPLY_SEND;
 *   B. a send of NCAPS capabilities to a waiting receiver, cut at every
 *      batch (SYSCTL_PREEMPT_EVERY 1): the hart's worker carries it on
 *      while the sending root waits on its message;
 *   C. register IPC between two other threads, through the fast path;
 *   D. the register queue destroyed under its waiting server, which wakes
 *      with ERR_DEAD.
 *
 * Only the kernel-trace image has the trace; elsewhere the method is
 * ERR_BAD_METHOD, and with trace=1 on the command line (scripts/trace, the
 * trace ctest) the case fails there.
 */
#include "ipc_util.h"

#define NCAPS    24          /* three batches: two cuts */
#define RMSLOT   11          /* client: its reply message */
#define RSLOT    12          /* client: the reply object */
#define NREG     2           /* register calls in part C */

static long trace_op(unsigned long op, unsigned long a3, unsigned long a4, unsigned long *r1)
{
	struct sys_ret r = sys_invoke(R_SYSCTL, SYSCTL_TRACE, op, a3, a4, 0, 0);

	if (r1)
		*r1 = r.r1;
	return r.err;
}

/* Up to 8 characters, the first in the low byte (TRACE_NAME). */
static unsigned long pack(const char *s)
{
	unsigned long w = 0;

	for (unsigned i = 0; i < 8 && s[i]; i++)
		w |= (unsigned long)(unsigned char)s[i] << (8 * i);
	return w;
}

static int name(unsigned long cap, const char *s)
{
	CHECK_EQ(trace_op(TRACE_NAME, cap, pack(s), NULL), ERR_OK);
	return 0;
}

/* Part C's two threads: a server answering each call, a client calling. */
static void reg_server(struct child *c)
{
	unsigned long w[4], badge = 0;
	long err = sys_recv4(c->arg[1], w, &badge);

	while (err == ERR_OK) {
		w[0] += 1;
		err = sys_reply_recv4(c->arg[1], w, w, &badge);
	}
	c->res[0] = err;
}

static void reg_client(struct child *c)
{
	unsigned long w[4] = { 0 };

	for (unsigned k = 0; k < NREG; k++) {
		unsigned long in[4] = { k, 0, 0, 0 };
		c->res[k] = sys_call4(c->arg[1], in, w);
		c->res[NREG + k] = w[0];
	}
}

static int scenario(void)
{
	struct ipc_side cl, rx;
	struct ipc_msg rm, t, ans, snd;
	struct child *srv, *rcl;
	unsigned long q, q2, q3, r, rs, f, caps[NCAPS], n = 0, p0;
	struct sys_ret res;

	/* Everything is made before recording starts: the picture shows IPC. */
	CHECK_EQ(ipc_begin(), 0);
	CHECK(q = ipc_new(OBJ_QUEUE, 0));
	CHECK(q2 = ipc_new(OBJ_QUEUE, 0));
	CHECK(q3 = ipc_new(OBJ_QUEUE, 0));
	CHECK(r = ipc_new(OBJ_REPLY, 0));
	CHECK(rs = ipc_slot());
	CHECK(f = ipc_new(OBJ_FRAME, 0));
	for (unsigned i = 0; i < NCAPS; i++)
		CHECK(caps[i] = ipc_copy(f, CAP_R | CAP_G));
	CHECK_EQ(ipc_msg_make(&t, R_SPACE, 0), ERR_OK);
	CHECK_EQ(ipc_msg_make(&ans, R_SPACE, 0), ERR_OK);
	CHECK_EQ(ipc_msg_make(&snd, R_SPACE, 0), ERR_OK);

	/* A: the client's call, with a reply message and a reply object. */
	CHECK_EQ(ipc_side_make(&cl, 0, q, CAP_W, 0xc1, IPC_OP_CALL, 0), 0);
	CHECK_EQ(ipc_msg_make(&rm, cl.c->space, 0), ERR_OK);
	CHECK_EQ(ipc_msg_give(&rm, cl.c, RMSLOT, 1), ERR_OK);
	CHECK_EQ(sys_cap_copy(r, 0, VSLOT(cl.c, RSLOT), CAP_ALL), ERR_OK);
	cl.c->arg[5] = CSLOT(RMSLOT);
	cl.c->arg[6] = CSLOT(RSLOT);
	cl.c->arg[7] = rm.va;
	((unsigned long *)msg_data(cl.m.hdr))[0] = 0xca11;
	cl.m.hdr->byte_count = 8;
	t.hdr->reply_slot = rs;
	((unsigned long *)msg_data(ans.hdr))[0] = 0xa115;
	ans.hdr->byte_count = 8;

	/* B: the receiver names NCAPS empty slots of its own; the root's
	 * message names NCAPS capabilities with the grant right. */
	CHECK_EQ(ipc_side_make(&rx, 1, q2, CAP_R, 0, IPC_OP_RECV, IPC_BLOCK), 0);
	rx.m.hdr->cap_count = NCAPS;
	snd.hdr->cap_count = NCAPS;
	for (unsigned i = 0; i < NCAPS; i++) {
		rx.m.hdr->caddr[i] = CSLOT(FREE0 + i);
		snd.hdr->caddr[i] = caps[i];
	}
	snd.hdr->byte_count = 16;

	/* C: a register server and client on q3. */
	CHECK(srv = spawn(2, T_ACT, SPAWN_SELF));
	CHECK(rcl = spawn(3, T_ACT, SPAWN_SELF));
	CHECK_EQ(sys_cap_copy(q3, 0, VSLOT(srv, QSLOT), CAP_R), ERR_OK);
	CHECK_EQ(sys_cap_mint(q3, 0, VSLOT(rcl, QSLOT), CAP_W, 0xc3), ERR_OK);
	srv->arg[1] = rcl->arg[1] = CSLOT(QSLOT);

	CHECK_EQ(trace_op(TRACE_START, 0, 0, NULL), ERR_OK);
	CHECK_EQ(name(R_THREAD, "root"), 0);
	CHECK_EQ(name(cl.c->thread, "client"), 0);
	CHECK_EQ(name(rx.c->thread, "receiver"), 0);
	CHECK_EQ(name(srv->thread, "rserver"), 0);
	CHECK_EQ(name(rcl->thread, "rclient"), 0);
	CHECK_EQ(name(q, "q-call"), 0);
	CHECK_EQ(name(q2, "q-caps"), 0);
	CHECK_EQ(name(q3, "q-reg"), 0);
	CHECK_EQ(name(r, "reply"), 0);
	CHECK_EQ(name(cl.m.msg, "request"), 0);
	CHECK_EQ(name(rm.msg, "answer"), 0);
	CHECK_EQ(name(t.msg, "srv-in"), 0);
	CHECK_EQ(name(ans.msg, "srv-out"), 0);
	CHECK_EQ(name(snd.msg, "caps-out"), 0);
	CHECK_EQ(name(rx.m.msg, "caps-in"), 0);

	/* A */
	CHECK_EQ(child_run(cl.c, ipc_child_op), ERR_OK);
	CHECK(child_wait_state(cl.c, THREAD_BLOCKED));
	res = queue_receive(q, t.msg, IPC_BLOCK);
	CHECK_EQ(res.err, ERR_OK);
	CHECK_EQ(res.r1, 0xc1);
	CHECK_EQ(((unsigned long *)msg_data(t.hdr))[0], 0xca11);
	CHECK_EQ(reply_send(rs, ans.msg).err, ERR_OK);
	CHECK(child_wait_done(cl.c));
	CHECK_EQ(ipc_results_are(cl.c, 0, ERR_OK, 0, 0, 8), 0);
	CHECK_EQ(cl.c->res[11], 0xa115);

	/* B */
	CHECK_EQ(child_run(rx.c, ipc_child_op), ERR_OK);
	CHECK(child_wait_state(rx.c, THREAD_BLOCKED));
	p0 = kcount(KCOUNT_COPY_PREEMPT);
	CHECK_EQ(sysctl_preempt_every(R_SYSCTL, 1), ERR_OK);
	res = queue_send(q2, snd.msg, T_ACT, IPC_BLOCK);
	CHECK_EQ(sysctl_preempt_every(R_SYSCTL, 0), ERR_OK);
	CHECK_EQ(res.err, ERR_OK);
	CHECK_EQ(res.r2, NCAPS);
	CHECK_EQ(kcount(KCOUNT_COPY_PREEMPT) - p0, NCAPS / MSG_COPY_BATCH - 1);
	CHECK(child_wait_done(rx.c));
	CHECK_EQ(ipc_results_are(rx.c, 0, ERR_OK, 0, NCAPS, 16), 0);

	/* C */
	CHECK_EQ(child_run(srv, reg_server), ERR_OK);
	CHECK(child_wait_state(srv, THREAD_BLOCKED));
	CHECK_EQ(child_run(rcl, reg_client), ERR_OK);
	CHECK(child_wait_done(rcl));
	CHECK(child_wait_state(srv, THREAD_BLOCKED));
	for (unsigned k = 0; k < NREG; k++) {
		CHECK_EQ(rcl->res[k], ERR_OK);
		CHECK_EQ(rcl->res[NREG + k], k + 1);
	}

	/* D */
	CHECK_EQ(activity_destroy(T_ACT, q3), ERR_OK);
	CHECK(child_wait_done(srv));
	CHECK_EQ(srv->res[0], ERR_DEAD);

	CHECK_EQ(trace_op(TRACE_DUMP, 0, 0, &n), ERR_OK);
	printf("    trace: %lu events dumped\n", n);
	CHECK(n > 0);
	return 0;
}

UTEST(trace_ipc_picture)
{
	unsigned long n = ~0UL;
	int bad;

	if (trace_op(TRACE_START, 0, 0, NULL) == ERR_BAD_METHOD) {
		/* Not the trace image: every operation is unknown. */
		CHECK_EQ(cmdline_number("trace", 0), 0);
		CHECK_EQ(trace_op(TRACE_DUMP, 0, 0, NULL), ERR_BAD_METHOD);
		CHECK_EQ(trace_op(TRACE_NAME, R_THREAD, pack("root"), NULL), ERR_BAD_METHOD);
		printf("    no trace in this image\n");
		return 0;
	}
	/* Every bad argument, then an empty dump, then the scenario. */
	CHECK_EQ(trace_op(0, 0, 0, NULL), ERR_BAD_ARG);
	CHECK_EQ(trace_op(99, 0, 0, NULL), ERR_BAD_ARG);
	CHECK_EQ(trace_op(TRACE_NAME, S(63), pack("x"), NULL), ERR_SLOT_EMPTY);
	CHECK_EQ(trace_op(TRACE_NAME, R_THREAD + 8, pack("x"), NULL), ERR_CADDR_ALIGN);
	CHECK_EQ(trace_op(TRACE_NAME, R_THREAD, 0, NULL), ERR_BAD_ARG);
	CHECK_EQ(trace_op(TRACE_NAME, R_THREAD, pack("a b"), NULL), ERR_BAD_ARG);
	CHECK_EQ(trace_op(TRACE_NAME, R_THREAD, pack("a") | 'b' << 16, NULL), ERR_BAD_ARG);
	CHECK_EQ(trace_op(TRACE_NAME, R_THREAD, pack("\x7f"), NULL), ERR_BAD_ARG);
	CHECK_EQ(trace_op(TRACE_NAME, R_THREAD, pack("12345678"), NULL), ERR_OK);
	CHECK_EQ(trace_op(TRACE_DUMP, 0, 0, &n), ERR_OK);
	CHECK_EQ(n, 0);   /* nothing recorded between start and dump */
	bad = scenario();
	sysctl_preempt_every(R_SYSCTL, 0);
	return bad;
}
