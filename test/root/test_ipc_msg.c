/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * Message IPC between address spaces: both orders, blocking and not,
 * FIFO order and badges, the counts delivered, and the transfer itself
 * (docs/design.md §1.4): the payload frames are exchanged, capabilities copied into
 * the slots the receiver names, nothing of the receiver leaks to the
 * sender, delivery activates a stopped thread, and the charged activity
 * counts the delivery. A queue capability travels in a message too.
 *
 * Senders and receivers are children (spawn.h) in spaces of their own, or
 * the root task; the root never makes a blocking call unless the other
 * side is known to be waiting already, so a broken kernel fails a case
 * instead of hanging the suite.
 */
#include "ipc_util.h"

/* Receiver waiting first, then a blocking send from another space. */
UTEST(ipc_msg_receiver_first)
{
	struct ipc_side a, b;
	unsigned long q, sum, state;

	CHECK_EQ(ipc_begin(), 0);
	CHECK(q = ipc_new(OBJ_QUEUE, 0));
	CHECK_EQ(ipc_side_make(&b, 1, q, CAP_R, 0, IPC_OP_RECV, IPC_BLOCK), 0);
	CHECK_EQ(ipc_side_make(&a, 0, q, CAP_W, 0x1234, IPC_OP_SEND, IPC_BLOCK), 0);
	sum = ipc_fill(a.m.hdr, 1, 100);
	CHECK_EQ(child_run(b.c, ipc_child_op), ERR_OK);
	CHECK(child_wait_state(b.c, THREAD_BLOCKED));
	CHECK_EQ(msg_info(b.m.msg, &state, NULL, NULL), ERR_OK);
	CHECK_EQ(state, MSG_RECEIVING);
	CHECK_EQ(child_run(a.c, ipc_child_op), ERR_OK);
	CHECK(child_wait_done(a.c));
	CHECK(child_wait_done(b.c));
	CHECK_EQ(ipc_results_are(a.c, 0, ERR_OK, 0x1234, 0, 100), 0);
	CHECK_EQ(ipc_results_are(b.c, 0, ERR_OK, 0x1234, 0, 100), 0);
	/* The receiver's own mapping shows the bytes; the sender's reads zero. */
	CHECK_EQ(b.c->res[10], 100);
	CHECK_EQ(b.c->res[15], sum);
	CHECK_EQ(a.c->res[8], 1);
	/* Both messages are idle again, their delivery consumed. */
	CHECK_EQ(msg_info(a.m.msg, &state, NULL, NULL), ERR_OK);
	CHECK_EQ(state, MSG_IDLE);
	CHECK_EQ(msg_info(b.m.msg, &state, NULL, NULL), ERR_OK);
	CHECK_EQ(state, MSG_IDLE);
	return 0;
}

/* Sender queued first (blocked), then the receiver takes it. */
UTEST(ipc_msg_sender_first)
{
	struct ipc_side a, b;
	unsigned long q, sum, state;

	CHECK_EQ(ipc_begin(), 0);
	CHECK(q = ipc_new(OBJ_QUEUE, 0));
	CHECK_EQ(ipc_side_make(&a, 0, q, CAP_W, 0x77, IPC_OP_SEND, IPC_BLOCK), 0);
	CHECK_EQ(ipc_side_make(&b, 1, q, CAP_R, 0, IPC_OP_RECV, IPC_BLOCK), 0);
	sum = ipc_fill(a.m.hdr, 2, MSG_MAX_BYTES);
	CHECK_EQ(child_run(a.c, ipc_child_op), ERR_OK);
	CHECK(child_wait_state(a.c, THREAD_BLOCKED));
	CHECK_EQ(msg_info(a.m.msg, &state, NULL, NULL), ERR_OK);
	CHECK_EQ(state, MSG_SENDING);
	CHECK_EQ(a.c->done, 0);
	CHECK_EQ(child_run(b.c, ipc_child_op), ERR_OK);
	CHECK(child_wait_done(b.c));
	CHECK(child_wait_done(a.c));
	CHECK_EQ(ipc_results_are(a.c, 0, ERR_OK, 0x77, 0, MSG_MAX_BYTES), 0);
	CHECK_EQ(ipc_results_are(b.c, 0, ERR_OK, 0x77, 0, MSG_MAX_BYTES), 0);
	CHECK_EQ(b.c->res[15], sum);
	CHECK_EQ(a.c->res[8], 1);
	return 0;
}

/*
 * Without IPC_BLOCK a send or receive returns at once (ERR_OK, no
 * results); MSG_WAIT collects the outcome, blocking while the message is
 * still queued, and only once.
 */
UTEST(ipc_msg_nonblocking)
{
	struct ipc_side a, b;
	unsigned long q, badge = 0, caps = ~0UL, bytes = 0, state;

	CHECK_EQ(ipc_begin(), 0);
	CHECK(q = ipc_new(OBJ_QUEUE, 0));
	/* A queues its message and waits on it with MSG_WAIT. */
	CHECK_EQ(ipc_side_make(&a, 0, q, CAP_W, 5, IPC_OP_SEND | IPC_THEN_WAIT, 0), 0);
	CHECK_EQ(ipc_side_make(&b, 1, q, CAP_R, 0, IPC_OP_RECV | IPC_THEN_WAIT, 0), 0);
	ipc_fill(a.m.hdr, 3, 8);
	CHECK_EQ(child_run(a.c, ipc_child_op), ERR_OK);
	CHECK(child_wait_state(a.c, THREAD_BLOCKED));   /* in MSG_WAIT */
	CHECK_EQ(a.c->res[0], ERR_OK);                   /* the send itself returned */
	CHECK_EQ(a.c->res[2], 0);
	/* B's receive finds A's message: delivered within the call. */
	CHECK_EQ(child_run(b.c, ipc_child_op), ERR_OK);
	CHECK(child_wait_done(b.c));
	CHECK(child_wait_done(a.c));
	CHECK_EQ(ipc_results_are(b.c, 0, ERR_OK, 0, 0, 0), 0);
	CHECK_EQ(ipc_results_are(b.c, 4, ERR_OK, 5, 0, 8), 0);
	CHECK_EQ(ipc_results_are(a.c, 4, ERR_OK, 5, 0, 8), 0);
	/* Consumed: a second MSG_WAIT has nothing to wait for. */
	CHECK_EQ(msg_wait(a.m.msg, NULL, NULL, NULL), ERR_BAD_ARG);
	CHECK_EQ(msg_wait(b.m.msg, NULL, NULL, NULL), ERR_BAD_ARG);

	/* Root-side, receiver queued first without blocking, then a
	 * non-blocking send: both deliveries wait for MSG_WAIT. */
	struct ipc_msg s, t;
	unsigned long qb;
	CHECK_EQ(ipc_msg_make(&s, R_SPACE, 0), ERR_OK);
	CHECK_EQ(ipc_msg_make(&t, b.c->space, 0), ERR_OK);
	CHECK(qb = ipc_mint(q, CAP_R | CAP_W, 9));
	s.hdr->byte_count = 16;
	CHECK_EQ(queue_receive(q, t.msg, 0).err, ERR_OK);
	CHECK_EQ(msg_info(t.msg, &state, NULL, NULL), ERR_OK);
	CHECK_EQ(state, MSG_RECEIVING);
	CHECK_EQ(msg_info(t.msg, NULL, NULL, &bytes), ERR_OK);
	CHECK_EQ(bytes, 0);                                /* not delivered yet */
	CHECK_EQ(queue_send(qb, s.msg, T_ACT, 0).err, ERR_OK);
	CHECK_EQ(msg_wait(s.msg, &badge, &caps, &bytes), ERR_OK);
	CHECK_EQ(badge, 9);
	CHECK_EQ(caps, 0);
	CHECK_EQ(bytes, 16);
	badge = bytes = 0;
	CHECK_EQ(msg_wait(t.msg, &badge, &caps, &bytes), ERR_OK);
	CHECK_EQ(badge, 9);
	CHECK_EQ(bytes, 16);
	return 0;
}

/* Three senders in three spaces, queued in order with badges 1, 2, 3:
 * the receiver gets them first come, first served. */
UTEST(ipc_msg_fifo_badges)
{
	struct ipc_side a[3];
	struct ipc_msg t;
	unsigned long q, badge, caps, bytes;

	CHECK_EQ(ipc_begin(), 0);
	CHECK(q = ipc_new(OBJ_QUEUE, 0));
	CHECK_EQ(ipc_msg_make(&t, R_SPACE, 0), ERR_OK);
	for (unsigned i = 0; i < 3; i++) {
		CHECK_EQ(ipc_side_make(&a[i], i, q, CAP_W, i + 1, IPC_OP_SEND, IPC_BLOCK), 0);
		ipc_fill(a[i].m.hdr, 10 + i, 8 * (i + 1));
		((unsigned long *)msg_data(a[i].m.hdr))[0] = 0xf1f0 + i;
	}
	/* Start them in the order 2, 0, 1: queue order is the order they send. */
	static const unsigned order[3] = { 2, 0, 1 };
	for (unsigned k = 0; k < 3; k++) {
		CHECK_EQ(child_run(a[order[k]].c, ipc_child_op), ERR_OK);
		CHECK(child_wait_state(a[order[k]].c, THREAD_BLOCKED));
	}
	for (unsigned k = 0; k < 3; k++) {
		unsigned i = order[k];
		/* A sender is queued: this receive completes within the call. */
		CHECK_EQ(queue_receive(q, t.msg, 0).err, ERR_OK);
		CHECK_EQ(msg_wait(t.msg, &badge, &caps, &bytes), ERR_OK);
		CHECK_EQ(badge, i + 1);
		CHECK_EQ(bytes, 8 * (i + 1));
		CHECK_EQ(t.hdr->byte_count, 8 * (i + 1));
		CHECK_EQ(((unsigned long *)msg_data(t.hdr))[0], 0xf1f0 + i);
		CHECK(child_wait_done(a[i].c));
		CHECK_EQ(ipc_results_are(a[i].c, 0, ERR_OK, i + 1, 0, 8 * (i + 1)), 0);
		/* The later senders are still waiting. */
		for (unsigned l = k + 1; l < 3; l++)
			CHECK_EQ(a[order[l]].c->done, 0);
	}
	return 0;
}

/* Byte counts are clamped to the data area; capability counts are MIN. */
UTEST(ipc_msg_counts)
{
	struct ipc_msg s, t;
	unsigned long q, badge, caps, bytes, src[3];

	CHECK_EQ(ipc_begin(), 0);
	CHECK(q = ipc_new(OBJ_QUEUE, 0));
	CHECK_EQ(ipc_msg_make(&s, R_SPACE, 0), ERR_OK);
	CHECK_EQ(ipc_msg_make(&t, R_SPACE, 0), ERR_OK);
	for (unsigned i = 0; i < 3; i++)
		CHECK(src[i] = ipc_copy(q, CAP_ALL));
	static const struct { unsigned scaps, tcaps, bytes, want_caps, want_bytes; } cases[] = {
		{ 0, 0, 0, 0, 0 },
		{ 3, 5, 1, 3, 1 },
		{ 3, 2, MSG_MAX_BYTES, 2, MSG_MAX_BYTES },
		{ 1, 0, MSG_MAX_BYTES + 1, 0, MSG_MAX_BYTES },
		{ 2, 2, ~0U, 2, MSG_MAX_BYTES },
	};
	for (unsigned k = 0; k < sizeof(cases) / sizeof(cases[0]); k++) {
		s.hdr->cap_count = cases[k].scaps;
		s.hdr->byte_count = cases[k].bytes;
		for (unsigned i = 0; i < cases[k].scaps; i++)
			s.hdr->caddr[i] = src[i];
		t.hdr->cap_count = cases[k].tcaps;
		for (unsigned i = 0; i < cases[k].tcaps; i++)
			CHECK(t.hdr->caddr[i] = ipc_slot());
		CHECK_EQ(queue_receive(q, t.msg, 0).err, ERR_OK);
		CHECK_EQ(queue_send(q, s.msg, T_ACT, IPC_BLOCK).err, ERR_OK);
		CHECK_EQ(msg_wait(t.msg, &badge, &caps, &bytes), ERR_OK);
		CHECK_EQ(caps, cases[k].want_caps);
		CHECK_EQ(bytes, cases[k].want_bytes);
		CHECK_EQ(t.hdr->cap_count, cases[k].want_caps);
		CHECK_EQ(t.hdr->byte_count, cases[k].want_bytes);
	}
	return 0;
}

/* b receives, then a sends it MSG_MAX_BYTES; both calls end. */
static int full_page_sent(struct ipc_side *a, struct ipc_side *b)
{
	CHECK_EQ(child_run(b->c, ipc_child_op), ERR_OK);
	CHECK(child_wait_state(b->c, THREAD_BLOCKED));
	CHECK_EQ(child_run(a->c, ipc_child_op), ERR_OK);
	CHECK(child_wait_done(a->c));
	CHECK(child_wait_done(b->c));
	CHECK_EQ(ipc_results_are(b->c, 0, ERR_OK, 0, 0, MSG_MAX_BYTES), 0);
	return 0;
}

/*
 * docs/design.md §1.4 step 3: the payload frames are exchanged. The receiver's mapping
 * shows the sender's bytes, all of them; the sender's buffer stays mapped
 * and reads zero (the receiver's old bytes are gone, not handed over).
 * FRAME_INFO's physical addresses show the pages themselves moved: each
 * frame object now holds the page the other one held.
 */
UTEST(ipc_transfer_frame_exchange)
{
	struct ipc_side a, b;
	unsigned long q, sum, pa_a0 = ~0UL, pa_b0 = ~0UL, pa_a1 = ~0UL, pa_b1 = ~0UL;

	CHECK_EQ(ipc_begin(), 0);
	CHECK(q = ipc_new(OBJ_QUEUE, 0));
	CHECK_EQ(ipc_side_make(&a, 0, q, CAP_W, 0, IPC_OP_SEND, IPC_BLOCK), 0);
	CHECK_EQ(ipc_side_make(&b, 1, q, CAP_R, 0, IPC_OP_RECV, IPC_BLOCK), 0);
	sum = ipc_fill(a.m.hdr, 42, MSG_MAX_BYTES);
	/* The receiver's buffer holds bytes of its own, which must not reach A. */
	for (unsigned long i = 0; i < PAGE_BYTES; i++)
		((unsigned char *)b.m.hdr)[i] = 0xee;
	b.m.hdr->cap_count = 0;
	CHECK_EQ(frame_info(a.m.frame, &pa_a0), ERR_OK);
	CHECK_EQ(frame_info(b.m.frame, &pa_b0), ERR_OK);
	CHECK_EQ(full_page_sent(&a, &b), 0);
	CHECK_EQ(frame_info(a.m.frame, &pa_a1), ERR_OK);
	CHECK_EQ(frame_info(b.m.frame, &pa_b1), ERR_OK);
	CHECK(pa_a0 != 0 && pa_b0 != 0 && pa_a0 != pa_b0);
	CHECK_EQ(pa_a1, pa_b0);
	CHECK_EQ(pa_b1, pa_a0);
	/* The receiver, through its own mapping and the root's. */
	CHECK_EQ(b.c->res[8], 0);
	CHECK_EQ(b.c->res[9], 0);
	CHECK_EQ(b.c->res[10], MSG_MAX_BYTES);
	CHECK_EQ(b.c->res[15], sum);
	CHECK_EQ(ipc_data_sum(b.m.hdr), sum);
	/* The sender: its mapping is still there and reads zero everywhere. */
	CHECK_EQ(a.c->res[8], 1);
	CHECK(ipc_all_zero(a.m.hdr, PAGE_BYTES));
	/* Still mapped and writable: it can build the next message in place. */
	a.m.hdr->byte_count = 1;
	CHECK_EQ(a.m.hdr->byte_count, 1);
	return 0;
}

/*
 * The same with both payload frames mapped six times (the most their
 * MSG_PAYLOAD_MAX_CAPS capabilities allow: the frame's own, the message's
 * and six mappings), past the mappings an exchange keeps from hiding them
 * to showing them again (ipc/transfer.c: MAPPINGS_KEPT): every mapping of
 * each frame follows its new page.
 */
/*
 * Each frame lists its mappings (cap/cappage.h), and the exchange goes
 * through the list. The sender's frame gets two aliases and loses the
 * first: a mapping taken from the middle of the list must leave it, and
 * the one after it stay. The receiver's gets four (six mappings, past
 * FRAME_MAPPINGS_KEPT: the list loses track) and loses three: the first
 * exchange walks and finds the list again, the second goes through it.
 * The kept aliases must follow their frames' new pages over both
 * exchanges, and the invariant checker after the case finds any hardware
 * entry written for a slot that was cleared.
 */
UTEST(ipc_transfer_frame_exchange_after_unmap)
{
	enum { ALIASES_B = 4 };
	struct ipc_side a, b;
	unsigned long q, sum;
	unsigned char *gone_a, *kept_a, *alias_b[ALIASES_B], *kept_b;

	CHECK_EQ(ipc_begin(), 0);
	CHECK(q = ipc_new(OBJ_QUEUE, 0));
	CHECK_EQ(ipc_side_make(&a, 0, q, CAP_W, 0, IPC_OP_SEND, IPC_BLOCK), 0);
	CHECK_EQ(ipc_side_make(&b, 1, q, CAP_R, 0, IPC_OP_RECV, IPC_BLOCK), 0);
	CHECK(gone_a = ipc_alias(a.m.frame));
	CHECK(kept_a = ipc_alias(a.m.frame));
	for (unsigned i = 0; i < ALIASES_B; i++)
		CHECK(alias_b[i] = ipc_alias(b.m.frame));
	CHECK_EQ(ipc_unalias(gone_a), ERR_OK);
	for (unsigned i = 0; i < ALIASES_B - 1; i++)
		CHECK_EQ(ipc_unalias(alias_b[i]), ERR_OK);
	kept_b = alias_b[ALIASES_B - 1];
	for (unsigned round = 0; round < 2; round++) {
		/* The frames swapped pages: a's view is b's old page. */
		sum = ipc_fill(a.m.hdr, 3 + round, MSG_MAX_BYTES);
		for (unsigned long i = 0; i < PAGE_BYTES; i++)
			((unsigned char *)b.m.hdr)[i] = 0xee;
		b.m.hdr->cap_count = 0;
		CHECK_EQ(kept_b[PAGE_BYTES - 1], 0xee);
		CHECK_EQ(ipc_data_sum((struct msg_header *)kept_a), sum);
		CHECK_EQ(full_page_sent(&a, &b), 0);
		CHECK_EQ(ipc_data_sum(b.m.hdr), sum);
		CHECK_EQ(ipc_data_sum((struct msg_header *)kept_b), sum);
		CHECK(ipc_all_zero(a.m.hdr, PAGE_BYTES));
		CHECK(ipc_all_zero(kept_a, PAGE_BYTES));
	}
	return 0;
}

UTEST(ipc_transfer_frame_exchange_many_mappings)
{
	enum { ALIASES = 4 };
	struct ipc_side a, b;
	unsigned long q, sum;
	unsigned char *alias_a[ALIASES], *alias_b[ALIASES];

	CHECK_EQ(ipc_begin(), 0);
	CHECK(q = ipc_new(OBJ_QUEUE, 0));
	CHECK_EQ(ipc_side_make(&a, 0, q, CAP_W, 0, IPC_OP_SEND, IPC_BLOCK), 0);
	CHECK_EQ(ipc_side_make(&b, 1, q, CAP_R, 0, IPC_OP_RECV, IPC_BLOCK), 0);
	for (unsigned i = 0; i < ALIASES; i++) {
		CHECK(alias_a[i] = ipc_alias(a.m.frame));
		CHECK(alias_b[i] = ipc_alias(b.m.frame));
	}
	sum = ipc_fill(a.m.hdr, 7, MSG_MAX_BYTES);
	for (unsigned long i = 0; i < PAGE_BYTES; i++)
		((unsigned char *)b.m.hdr)[i] = 0xee;
	b.m.hdr->cap_count = 0;
	CHECK_EQ(alias_b[ALIASES - 1][PAGE_BYTES - 1], 0xee);
	CHECK_EQ(full_page_sent(&a, &b), 0);
	CHECK_EQ(b.c->res[15], sum);   /* the receiver's own mapping */
	CHECK_EQ(ipc_data_sum(b.m.hdr), sum);
	CHECK(ipc_all_zero(a.m.hdr, PAGE_BYTES));
	for (unsigned i = 0; i < ALIASES; i++) {
		CHECK_EQ(ipc_data_sum((struct msg_header *)alias_b[i]), sum);
		CHECK(ipc_all_zero(alias_a[i], PAGE_BYTES));
	}
	return 0;
}

/* One capability slot of child c, as CAP_INFO sees it; type OBJ_NONE if empty. */
static int slot_is(struct child *c, unsigned n, unsigned long type, unsigned long rights,
		   unsigned long badge)
{
	unsigned long t = ~0UL, r = ~0UL, b = ~0UL;
	long err = sys_cap_info(VSLOT(c, n), &t, &r, &b);

	if (type == OBJ_NONE) {
		CHECK_EQ(err, ERR_SLOT_EMPTY);
		return 0;
	}
	CHECK_EQ(err, ERR_OK);
	CHECK_EQ(t, type);
	CHECK_EQ(r, rights);
	CHECK_EQ(b, badge);
	return 0;
}

/*
 * docs/design.md §1.4 step 1: the first MIN(sender, receiver) capability addresses are
 * copied, rights and badge intact, into the slots the receiver names;
 * sources without CAP_G, and occupied targets, are skipped (and not
 * counted); slots the receiver listed beyond MIN stay empty.
 */
UTEST(ipc_transfer_caps)
{
	struct ipc_side a, b;
	unsigned long q, f, r;
	void *page;

	CHECK_EQ(ipc_begin(), 0);
	CHECK(q = ipc_new(OBJ_QUEUE, 0));
	CHECK(r = ipc_new(OBJ_REPLY, 0));
	CHECK(page = ipc_page(&f));
	CHECK_EQ(ipc_side_make(&a, 0, q, CAP_W, 0, IPC_OP_SEND, IPC_BLOCK), 0);
	CHECK_EQ(ipc_side_make(&b, 1, q, CAP_R, 0, IPC_OP_RECV, IPC_BLOCK), 0);
	/* Sources in A's space. */
	CHECK_EQ(sys_cap_mint(q, 0, VSLOT(a.c, 16), CAP_R | CAP_W | CAP_G, 0x77), ERR_OK);
	CHECK_EQ(sys_cap_copy(f, 0, VSLOT(a.c, 17), CAP_R | CAP_G), ERR_OK);
	CHECK_EQ(sys_cap_copy(r, 0, VSLOT(a.c, 18), CAP_W | CAP_G), ERR_OK);
	CHECK_EQ(sys_cap_copy(f, 0, VSLOT(a.c, 19), CAP_R | CAP_W), ERR_OK);   /* no G */
	CHECK_EQ(sys_cap_copy(q, 0, VSLOT(a.c, 20), CAP_G), ERR_OK);
	a.m.hdr->cap_count = 5;
	for (unsigned i = 0; i < 5; i++)
		a.m.hdr->caddr[i] = CSLOT(16 + i);
	/* B takes four; a fifth address is listed but not counted. */
	b.m.hdr->cap_count = 4;
	for (unsigned i = 0; i < 5; i++)
		b.m.hdr->caddr[i] = CSLOT(40 + i);
	CHECK_EQ(child_run(b.c, ipc_child_op), ERR_OK);
	CHECK(child_wait_state(b.c, THREAD_BLOCKED));
	CHECK_EQ(child_run(a.c, ipc_child_op), ERR_OK);
	CHECK(child_wait_done(a.c));
	CHECK(child_wait_done(b.c));
	CHECK_EQ(ipc_results_are(a.c, 0, ERR_OK, 0, 3, 0), 0);
	CHECK_EQ(ipc_results_are(b.c, 0, ERR_OK, 0, 3, 0), 0);
	CHECK_EQ(b.c->res[9], 3);
	/* B's header names B's slots where a capability landed, 0 where none
	 * did, and 0 for the address A listed past B's count: never A's. */
	for (unsigned i = 0; i < 5; i++)
		CHECK_EQ(b.m.hdr->caddr[i], i < 3 ? CSLOT(40 + i) : 0);
	CHECK_EQ(slot_is(b.c, 40, OBJ_QUEUE, CAP_R | CAP_W | CAP_G, 0x77), 0);
	CHECK_EQ(slot_is(b.c, 41, OBJ_FRAME, CAP_R | CAP_G, 0), 0);
	CHECK_EQ(slot_is(b.c, 42, OBJ_REPLY, CAP_W | CAP_G, 0), 0);
	CHECK_EQ(slot_is(b.c, 43, OBJ_NONE, 0, 0), 0);    /* source had no G */
	CHECK_EQ(slot_is(b.c, 44, OBJ_NONE, 0, 0), 0);    /* beyond MIN */
	CHECK_EQ(slot_is(b.c, 39, OBJ_NONE, 0, 0), 0);
	/* The sources are still the sender's: a copy, not a move. */
	CHECK_EQ(slot_is(a.c, 16, OBJ_QUEUE, CAP_R | CAP_W | CAP_G, 0x77), 0);
	CHECK_EQ(slot_is(a.c, 19, OBJ_FRAME, CAP_R | CAP_W, 0), 0);
	/* The copies derive from the sources: revoking a source takes its copy. */
	CHECK_EQ(sys_cap_revoke(VSLOT(a.c, 17)), ERR_OK);
	CHECK_EQ(slot_is(b.c, 41, OBJ_NONE, 0, 0), 0);

	/* Round two, fresh sides: the sender has fewer; an occupied target
	 * is skipped. */
	CHECK_EQ(ipc_side_make(&a, 2, q, CAP_W, 0, IPC_OP_SEND, IPC_BLOCK), 0);
	CHECK_EQ(ipc_side_make(&b, 3, q, CAP_R, 0, IPC_OP_RECV, IPC_BLOCK), 0);
	CHECK_EQ(sys_cap_mint(q, 0, VSLOT(a.c, 16), CAP_R | CAP_W | CAP_G, 0x77), ERR_OK);
	CHECK_EQ(sys_cap_copy(q, 0, VSLOT(a.c, 20), CAP_G), ERR_OK);
	CHECK_EQ(sys_cap_copy(f, 0, VSLOT(b.c, 50), CAP_R), ERR_OK);
	a.m.hdr->cap_count = 2;
	a.m.hdr->caddr[0] = CSLOT(16);
	a.m.hdr->caddr[1] = CSLOT(20);
	b.m.hdr->cap_count = 3;
	for (unsigned i = 0; i < 3; i++)
		b.m.hdr->caddr[i] = CSLOT(50 + i);
	CHECK_EQ(child_run(b.c, ipc_child_op), ERR_OK);
	CHECK(child_wait_state(b.c, THREAD_BLOCKED));
	CHECK_EQ(child_run(a.c, ipc_child_op), ERR_OK);
	CHECK(child_wait_done(a.c));
	CHECK(child_wait_done(b.c));
	CHECK_EQ(ipc_results_are(b.c, 0, ERR_OK, 0, 1, 0), 0);
	CHECK_EQ(slot_is(b.c, 50, OBJ_FRAME, CAP_R, 0), 0);  /* untouched */
	CHECK_EQ(slot_is(b.c, 51, OBJ_QUEUE, CAP_G, 0), 0);
	CHECK_EQ(slot_is(b.c, 52, OBJ_NONE, 0, 0), 0);
	return 0;
}

/*
 * The sender never sees the receiver's capability addresses (docs/design.md §1.4): after
 * a delivery with capabilities and a reply slot, nothing the sender can
 * read holds one of them: not its payload page (all zero), not any of
 * a0..a7 after the call (a0..a3 are the error, badge and counts), not
 * MSG_INFO. The root is the sender, so every register is visible.
 */
UTEST(ipc_transfer_no_leak)
{
	struct ipc_side b;
	struct ipc_msg s;
	unsigned long q, src[3], secret[5], r[8], info[3], state;

	CHECK_EQ(ipc_begin(), 0);
	CHECK(q = ipc_new(OBJ_QUEUE, 0));
	CHECK_EQ(ipc_side_make(&b, 1, q, CAP_R, 0, IPC_OP_RECV, IPC_BLOCK), 0);
	CHECK_EQ(ipc_child_cappage(b.c, 0, 0), ERR_OK);
	CHECK_EQ(ipc_msg_make(&s, R_SPACE, 0), ERR_OK);
	for (unsigned i = 0; i < 3; i++) {
		CHECK(src[i] = ipc_copy(q, CAP_W | CAP_G));
		s.hdr->caddr[i] = src[i];
	}
	s.hdr->cap_count = 3;
	s.hdr->byte_count = 24;
	/* Odd slots of an extra page: addresses nothing else would hold. */
	for (unsigned i = 0; i < 5; i++)
		secret[i] = ipc_child_caps(0, 63 - 2 * i);
	b.m.hdr->cap_count = 4;
	for (unsigned i = 0; i < 4; i++)
		b.m.hdr->caddr[i] = secret[i];
	b.m.hdr->reply_slot = secret[4];
	CHECK_EQ(child_run(b.c, ipc_child_op), ERR_OK);
	CHECK(child_wait_state(b.c, THREAD_BLOCKED));
	CHECK_EQ(msg_info(b.m.msg, &state, NULL, NULL), ERR_OK);
	CHECK_EQ(state, MSG_RECEIVING);   /* so the blocking send cannot wait */
	r[0] = q;
	r[1] = QUEUE_SEND;
	r[2] = s.msg;
	r[3] = T_ACT;
	r[4] = IPC_BLOCK;
	r[5] = 0x5555;
	r[6] = 0x6666;
	r[7] = SYS_INVOKE;
	ipc_raw_ecall(r);
	CHECK_EQ(r[0], ERR_OK);
	CHECK_EQ(r[1], 0);        /* badge */
	CHECK_EQ(r[2], 3);        /* capabilities */
	CHECK_EQ(r[3], 24);       /* bytes */
	CHECK_EQ(r[4], IPC_BLOCK);
	CHECK_EQ(r[5], 0x5555);
	CHECK_EQ(r[6], 0x6666);
	CHECK_EQ(r[7], SYS_INVOKE);
	CHECK(ipc_all_zero(s.hdr, PAGE_BYTES));
	CHECK_EQ(msg_info(s.msg, &info[0], &info[1], &info[2]), ERR_OK);
	for (unsigned i = 0; i < 5; i++) {
		CHECK(!ipc_has_word(r, sizeof(r), secret[i]));
		CHECK(!ipc_has_word(info, sizeof(info), secret[i]));
	}
	/* The delivery did use them, so there was something to leak. */
	CHECK(child_wait_done(b.c));
	CHECK_EQ(ipc_results_are(b.c, 0, ERR_OK, 0, 3, 24), 0);
	for (unsigned i = 0; i < 3; i++)
		CHECK_EQ(sys_cap_info(ipc_root_caps(0, 63 - 2 * i), NULL, NULL, NULL), ERR_OK);
	return 0;
}

/* A receiving message naming a stopped thread starts it on delivery. */
static void activated(struct child *c)
{
	unsigned long badge = 0, caps = 0, bytes = 0;
	const struct msg_header *h = (const struct msg_header *)c->arg[7];

	c->res[0] = msg_wait(CSLOT(MSLOT), &badge, &caps, &bytes);
	c->res[1] = badge;
	c->res[2] = bytes;
	c->res[3] = ((const unsigned long *)msg_data((struct msg_header *)h))[0];
}

UTEST(ipc_transfer_activation)
{
	struct ipc_msg s, t;
	struct child *b;
	unsigned long q, state = ~0UL;

	CHECK_EQ(ipc_begin(), 0);
	CHECK(q = ipc_new(OBJ_QUEUE, 0));
	CHECK(b = spawn(1, T_ACT, SPAWN_SELF));
	CHECK_EQ(ipc_msg_make(&t, b->space, b->thread), ERR_OK);
	CHECK_EQ(ipc_msg_give(&t, b, MSLOT, 0), ERR_OK);
	b->arg[7] = t.va;
	CHECK_EQ(ipc_child_prepare(b, activated), ERR_OK);
	CHECK_EQ(ipc_msg_make(&s, R_SPACE, 0), ERR_OK);
	((unsigned long *)msg_data(s.hdr))[0] = 0xac71;
	s.hdr->byte_count = 8;
	CHECK_EQ(queue_receive(q, t.msg, 0).err, ERR_OK);
	for (unsigned i = 0; i < 10; i++)
		sys_yield();
	CHECK_EQ(thread_info(b->thread, &state, NULL), ERR_OK);
	CHECK_EQ(state, THREAD_INACTIVE);      /* queued, nothing delivered yet */
	CHECK_EQ(b->done, 0);
	CHECK_EQ(queue_send(q, s.msg, T_ACT, IPC_BLOCK).err, ERR_OK);
	CHECK(child_wait_done(b));
	CHECK_EQ(b->res[0], ERR_OK);
	CHECK_EQ(b->res[2], 8);
	CHECK_EQ(b->res[3], 0xac71);
	return 0;
}

/* ACTIVITY_IPC_INFO: each delivery charges its activity 1 + capabilities. */
UTEST(ipc_transfer_charge)
{
	struct ipc_msg s, t;
	unsigned long q, x, xw, charged = ~0UL, other = ~0UL, src;

	CHECK_EQ(ipc_begin(), 0);
	CHECK(q = ipc_new(OBJ_QUEUE, 0));
	CHECK(x = ipc_new(OBJ_ACTIVITY, 10));
	CHECK(xw = ipc_copy(x, CAP_W));
	CHECK(src = ipc_copy(q, CAP_ALL));
	CHECK_EQ(ipc_msg_make(&s, R_SPACE, 0), ERR_OK);
	CHECK_EQ(ipc_msg_make(&t, R_SPACE, 0), ERR_OK);
	CHECK_EQ(activity_ipc_info(x, &charged), ERR_OK);
	CHECK_EQ(charged, 0);
	CHECK_EQ(activity_ipc_info(T_ACT, &other), ERR_OK);
	/* Three capabilities. */
	s.hdr->cap_count = t.hdr->cap_count = 3;
	for (unsigned i = 0; i < 3; i++) {
		s.hdr->caddr[i] = src;
		CHECK(t.hdr->caddr[i] = ipc_slot());
	}
	CHECK_EQ(queue_receive(q, t.msg, 0).err, ERR_OK);
	CHECK_EQ(queue_send(q, s.msg, xw, IPC_BLOCK).err, ERR_OK);   /* W is enough */
	CHECK_EQ(activity_ipc_info(x, &charged), ERR_OK);
	CHECK_EQ(charged, 1 + 3);
	/* None, queued the other way round. */
	s.hdr->cap_count = 0;
	CHECK_EQ(queue_send(q, s.msg, x, 0).err, ERR_OK);
	CHECK_EQ(activity_ipc_info(x, &charged), ERR_OK);
	CHECK_EQ(charged, 4);                     /* not delivered yet */
	CHECK_EQ(queue_receive(q, t.msg, IPC_BLOCK).err, ERR_OK);
	CHECK_EQ(activity_ipc_info(x, &charged), ERR_OK);
	CHECK_EQ(charged, 5);
	/* Its parent counts it too, as it counts its frames. */
	CHECK_EQ(activity_ipc_info(T_ACT, &charged), ERR_OK);
	CHECK_EQ(charged, other + 5);
	/* Reading needs R. */
	CHECK_EQ(activity_ipc_info(xw, NULL), ERR_RIGHTS);
	return 0;
}

/* A queue capability travels in a message, and the receiver uses it. */
static void receive_then_use(struct child *c)
{
	ipc_child_op(c);          /* receives the capability at CSLOT(30) */
	if (c->res[0] != ERR_OK)
		return;
	c->res[16] = queue_send(CSLOT(30), CSLOT(MSLOT + 2), CSLOT(ASLOT), 0).err;
}

UTEST(ipc_transfer_queue_cap)
{
	struct ipc_side b;
	struct ipc_msg s, t, back;
	unsigned long q, q2, badge = 0, bytes = 0;

	CHECK_EQ(ipc_begin(), 0);
	CHECK(q = ipc_new(OBJ_QUEUE, 0));
	CHECK(q2 = ipc_new(OBJ_QUEUE, 0));
	CHECK_EQ(ipc_side_make(&b, 1, q, CAP_R, 0, IPC_OP_RECV, IPC_BLOCK), 0);
	/* B's second message, to send on the queue it will be given. */
	CHECK_EQ(ipc_msg_make(&back, b.c->space, 0), ERR_OK);
	CHECK_EQ(ipc_msg_give(&back, b.c, MSLOT + 2, 1), ERR_OK);
	((unsigned long *)msg_data(back.hdr))[0] = 0xbac;
	back.hdr->byte_count = 8;
	b.m.hdr->cap_count = 1;
	b.m.hdr->caddr[0] = CSLOT(30);
	CHECK_EQ(ipc_msg_make(&s, R_SPACE, 0), ERR_OK);
	CHECK_EQ(ipc_msg_make(&t, R_SPACE, 0), ERR_OK);
	s.hdr->cap_count = 1;
	CHECK(s.hdr->caddr[0] = ipc_mint(q2, CAP_W | CAP_G, 0x99));
	b.c->res[16] = ~0UL;
	CHECK_EQ(child_run(b.c, receive_then_use), ERR_OK);
	CHECK(child_wait_state(b.c, THREAD_BLOCKED));
	CHECK_EQ(queue_send(q, s.msg, T_ACT, IPC_BLOCK).err, ERR_OK);
	CHECK(child_wait_done(b.c));
	CHECK_EQ(ipc_results_are(b.c, 0, ERR_OK, 0, 1, 0), 0);
	CHECK_EQ(slot_is(b.c, 30, OBJ_QUEUE, CAP_W | CAP_G, 0x99), 0);
	/* B sent on it (without waiting); the root receives on its own capability. */
	CHECK_EQ(b.c->res[16], ERR_OK);
	CHECK_EQ(queue_receive(q2, t.msg, 0).err, ERR_OK);
	CHECK(ipc_wait_delivered(t.msg));
	CHECK_EQ(msg_wait(t.msg, &badge, NULL, &bytes), ERR_OK);
	CHECK_EQ(badge, 0x99);
	CHECK_EQ(bytes, 8);
	CHECK_EQ(((unsigned long *)msg_data(t.hdr))[0], 0xbac);
	return 0;
}
