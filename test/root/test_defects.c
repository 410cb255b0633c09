/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * Regression tests of the isolation issue's defects, one case (or two)
 * each, named after what must hold. Each was run against the kernel
 * before its fix and failed there (or crashed the kernel, or hung it);
 * docs/isolation.md lists them with how they failed.
 *
 * The cases that need two harts at once run their attacker on cpu 1; on a
 * one-hart machine they still run, and check what one hart can show.
 */
#include "ipc_util.h"

#define ROUNDS     40

static unsigned nharts(void)
{
	return utest_bootinfo->nharts;
}

/* The cpu an attacker runs on: another hart when there is one. */
static unsigned other_cpu(void)
{
	return nharts() > 1 ? 1 : 0;
}

/* Bounded waits that work across harts: sleep a tick at a time (a yield
 * returns at once when this hart has nothing else to run). */
static int wait_state_ticks(unsigned long thread, unsigned long want)
{
	unsigned long state = ~0UL;

	for (unsigned i = 0; i < WAIT_TICKS; i++) {
		if (thread_info(thread, &state, NULL) == ERR_OK && state == want)
			return 1;
		sys_sleep(1);
	}
	return 0;
}

static int wait_count_ticks(volatile long *counter, long at_least)
{
	for (unsigned i = 0; i < WAIT_TICKS; i++) {
		if (__atomic_load_n(counter, __ATOMIC_SEQ_CST) >= at_least)
			return 1;
		sys_sleep(1);
	}
	return 0;
}

/* Stores arg[1] at arg[0] forever, counting in res[0]. */
static void child_storer(struct child *c)
{
	volatile unsigned long *p = (volatile unsigned long *)c->arg[0];

	for (;;) {
		*p = c->arg[1];
		__atomic_add_fetch(&c->res[0], 1, __ATOMIC_SEQ_CST);
	}
}

/* Counts in res[0] forever, touching nothing but shared memory. */
static void child_counter(struct child *c)
{
	for (;;)
		__atomic_add_fetch(&c->res[0], 1, __ATOMIC_SEQ_CST);
}

/*
 * Defect 1: a frame is freed only after every hart that may hold a
 * translation of it has fenced, and the allocator never follows a link a
 * user could have written. The attacker, on another hart, stores the
 * physical address of a frame G it keeps mapped into a frame F while F is
 * destroyed: if F reached the free list before the attacker's hart fenced,
 * the next allocations would hand out G (still mapped by the attacker) as
 * a new object.
 */
UTEST(iso_frame_freed_after_fence)
{
	struct child *w;
	unsigned long g_pa, pa, l1, l0;
	unsigned long *g_view;

	CHECK((w = spawn(0, T_ACT, 0)));
	CHECK_EQ(thread_set_cpu(w->thread, other_cpu()), ERR_OK);
	/* G: mapped in the attacker's space and in the root's, for a look. */
	CHECK_EQ(activity_create(T_ACT, OBJ_FRAME, S(2), 0), ERR_OK);
	CHECK_EQ(frame_info(S(2), &g_pa), ERR_OK);
	CHECK_EQ(pt_set(w->l0, CHILD_DATA_FIRST + 1, S(2), CAP_R | CAP_W), ERR_OK);
	l1 = S(10);
	l0 = S(11);
	CHECK_EQ(map_data_region(T_ACT, 0, l1, l0), ERR_OK);
	CHECK_EQ(pt_set(l0, 0, S(2), CAP_R | CAP_W), ERR_OK);
	g_view = (unsigned long *)DATA_VA(0);
	for (unsigned round = 0; round < ROUNDS; round++) {
		/* F, mapped where the attacker stores. */
		CHECK_EQ(activity_create(T_ACT, OBJ_FRAME, S(1), 0), ERR_OK);
		CHECK_EQ(pt_set(w->l0, CHILD_DATA_FIRST, S(1), CAP_R | CAP_W), ERR_OK);
		w->arg[0] = CHILD_DATA_VA(0);
		w->arg[1] = g_pa;
		w->res[0] = 0;
		CHECK_EQ(child_run(w, child_storer), ERR_OK);
		CHECK(wait_count_ticks(&w->res[0], 1000));
		CHECK_EQ(activity_destroy(T_ACT, S(1)), ERR_OK);
		/* Allocate: no new frame may be G, and G stays untouched. */
		for (unsigned i = 0; i < 4; i++) {
			CHECK_EQ(activity_create(T_ACT, OBJ_FRAME, S(3 + i), 0), ERR_OK);
			CHECK_EQ(frame_info(S(3 + i), &pa), ERR_OK);
			CHECK(pa != g_pa);
		}
		for (unsigned i = 0; i < 3; i++)
			CHECK_EQ(activity_create(T_ACT, OBJ_QUEUE, S(7 + i), 0), ERR_OK);
		CHECK(ipc_all_zero(g_view, PAGE_BYTES));
		for (unsigned i = 0; i < 7; i++)
			CHECK_EQ(activity_destroy(T_ACT, S(3 + i)), ERR_OK);
		/* The attacker's next store into F faulted. */
		CHECK(wait_state_ticks(w->thread, THREAD_FAULTED));
	}
	return 0;
}

/*
 * Defect 2: the frame exchange never shows the sender the receiver's page.
 * A spy thread in the sender's space, on another hart, scans the sender's
 * payload page for the receiver's marker while the root sends and
 * receives over and over. And the page the receiver gets carries its own
 * capability addresses (or zeros), never the sender's.
 */
#define MARK_T   0x7a7a7a7a7a7a7a7aUL   /* the receiver's bytes */
#define SENDER_CADDR(i) (0x5e5e5e5e5e00UL + (i) * 8)   /* not slots: copies fail */

struct spy {
	unsigned long page;       /* offset 0: where to look */
	unsigned long marker;     /* 8 */
	volatile unsigned long found;   /* 16 */
	volatile unsigned long loops;   /* 24 */
};

static struct spy spy;

/* a0 = struct spy; uses no stack (it shares a space with its owner). */
__asm__(".text\n"
	".globl stub_spy\n"
	"stub_spy:\n"
	"	ld t0, 0(a0)\n"
	"	ld t1, 8(a0)\n"
	"1:	li t2, 512\n"
	"	mv t3, t0\n"
	"2:	ld t4, 0(t3)\n"
	"	bne t4, t1, 3f\n"
	"	li t5, 1\n"
	"	sd t5, 16(a0)\n"
	"3:	addi t3, t3, 8\n"
	"	addi t2, t2, -1\n"
	"	bnez t2, 2b\n"
	"	ld t5, 24(a0)\n"
	"	addi t5, t5, 1\n"
	"	sd t5, 24(a0)\n"
	"	j 1b\n");
extern const char stub_spy[];

UTEST(iso_exchange_hides_receiver_page)
{
	struct child *a, *b;
	struct ipc_msg s, t;
	unsigned long q, spy_thread, state;
	unsigned long dst = ipc_child_caps(0, 5);

	CHECK_EQ(ipc_begin(), 0);
	CHECK(q = ipc_new(OBJ_QUEUE, 0));
	CHECK((a = spawn(0, T_ACT, 0)));
	CHECK((b = spawn(1, T_ACT, 0)));
	CHECK_EQ(ipc_child_cappage(b, 0, 0), ERR_OK);
	CHECK_EQ(ipc_msg_make(&s, a->space, 0), ERR_OK);
	CHECK_EQ(ipc_msg_give(&s, a, MSLOT, 0), ERR_OK);
	CHECK_EQ(ipc_msg_make(&t, b->space, 0), ERR_OK);
	/* The spy: a thread in a's space, where a's payload is mapped. */
	CHECK(spy_thread = ipc_new(OBJ_THREAD, 0));
	CHECK_EQ(thread_set_space(spy_thread, a->space), ERR_OK);
	CHECK_EQ(thread_set_prio(spy_thread, CHILD_PRIO, CHILD_PRIO), ERR_OK);
	CHECK_EQ(thread_set_cpu(spy_thread, other_cpu()), ERR_OK);
	spy = (struct spy){ .page = s.va, .marker = MARK_T };
	CHECK_EQ(thread_set_regs(spy_thread, (unsigned long)stub_spy, 0, (unsigned long)&spy),
		 ERR_OK);
	CHECK_EQ(thread_start(spy_thread), ERR_OK);
	for (unsigned round = 0; round < 4 * ROUNDS; round++) {
		unsigned long *w = (unsigned long *)msg_data(t.hdr);
		for (unsigned i = 0; i < MSG_MAX_BYTES / 8; i++)
			w[i] = MARK_T;
		t.hdr->cap_count = 1;
		t.hdr->caddr[0] = dst;
		for (unsigned i = 1; i < MSG_MAX_CAPS; i++)
			t.hdr->caddr[i] = MARK_T;
		ipc_fill(s.hdr, round + 1, 64);
		s.hdr->cap_count = 3;
		for (unsigned i = 0; i < 3; i++)
			s.hdr->caddr[i] = SENDER_CADDR(i);
		CHECK_EQ(queue_receive(q, t.msg, 0).err, ERR_OK);
		CHECK_EQ(queue_send(q, s.msg, T_ACT, 0).err, ERR_OK);
		CHECK(!spy.found);
		/* The receiver's page: the sender's bytes, its own addresses. */
		CHECK_EQ(t.hdr->byte_count, 64);
		CHECK(t.hdr->caddr[0] == dst || t.hdr->caddr[0] == 0);
		for (unsigned i = 1; i < MSG_MAX_CAPS; i++)
			CHECK_EQ(t.hdr->caddr[i], 0);
		CHECK(ipc_all_zero(s.hdr, PAGE_BYTES));
	}
	/* The spy looked (all along, given a hart of its own), and never
	 * faulted. */
	CHECK(wait_count_ticks((volatile long *)&spy.loops, 1));
	CHECK_EQ(thread_info(spy_thread, &state, NULL), ERR_OK);
	CHECK_EQ(state, THREAD_RUNNABLE);
	CHECK_EQ(thread_stop(spy_thread), ERR_OK);
	CHECK(!spy.found);
	return 0;
}

/*
 * Defect 3: rights on page-table capabilities mean something. A table
 * capability without R, W and X is no address space, cannot be linked
 * under another table, and cannot be inspected without R.
 */
UTEST(iso_table_rights_required)
{
	struct child *c;
	unsigned long level;
	struct ipc_msg m;

	CHECK_EQ(ipc_begin(), 0);
	CHECK((c = spawn(0, T_ACT, 0)));
	CHECK_EQ(ipc_msg_make(&m, c->space, 0), ERR_OK);
	/* A zero-rights copy of c's space, and a read-only one. */
	CHECK_EQ(sys_cap_copy(c->space, 0, S(40), 0), ERR_OK);
	CHECK_EQ(sys_cap_copy(c->space, 0, S(41), CAP_R), ERR_OK);
	CHECK_EQ(activity_create(T_ACT, OBJ_THREAD, S(42), 0), ERR_OK);
	CHECK_EQ(thread_set_space(S(42), S(40)), ERR_RIGHTS);
	CHECK_EQ(thread_set_space(S(42), S(41)), ERR_RIGHTS);
	CHECK_EQ(msg_set(m.msg, m.frame, S(40), 0), ERR_RIGHTS);
	CHECK_EQ(msg_set(m.msg, m.frame, S(41), 0), ERR_RIGHTS);
	CHECK_EQ(sys_cap_copy(R_SYSCTL, S(41), CSLOT(C_FREE), CAP_R), ERR_RIGHTS);
	CHECK_EQ(pt_info(S(40), &level), ERR_RIGHTS);
	CHECK_EQ(pt_info(S(41), &level), ERR_OK);
	CHECK_EQ(level, 2);
	/* A read-only copy of c's level-0 table (its stack is mapped R|W
	 * there) linked under a level-1 table of the root's: that would be a
	 * writable alias of c's stack. */
	CHECK_EQ(sys_cap_copy(c->l0, 0, S(43), CAP_R), ERR_OK);
	CHECK_EQ(activity_create(T_ACT, OBJ_PAGETABLE, S(44), 1), ERR_OK);
	CHECK_EQ(pt_set(S(44), 0, S(43), CAP_ALL), ERR_RIGHTS);
	CHECK_EQ(sys_cap_copy(c->l0, 0, S(45), CAP_R | CAP_W), ERR_OK);
	CHECK_EQ(pt_set(S(44), 0, S(45), CAP_ALL), ERR_RIGHTS);
	/* With every right it links, as before. */
	CHECK_EQ(pt_set(S(44), 0, c->l0, CAP_ALL), ERR_OK);
	CHECK_EQ(thread_set_space(S(42), c->space), ERR_OK);
	return 0;
}

/*
 * Defect 4: a server's reply to a caller is never lost or overwritten.
 * Server S receives C1's call, then receives again and takes C2's: C1
 * can no longer be replied to, so its call ends at once (ERR_CANCELED);
 * stopping C1 afterwards must not drop C2's reply, which arrives.
 */
static void server_twice(struct child *c)
{
	unsigned long in[4], out[4] = { 0 }, badge;

	c->res[0] = sys_recv4(CSLOT(QSLOT), in, &badge);
	c->res[1] = in[0];
	while (!__atomic_load_n(&c->step, __ATOMIC_SEQ_CST))
		sys_yield();
	c->res[2] = sys_recv4(CSLOT(QSLOT), in, &badge);
	c->res[3] = in[0];
	while (__atomic_load_n(&c->step, __ATOMIC_SEQ_CST) < 2)
		sys_yield();
	out[0] = in[0] + 100;
	c->res[4] = sys_reply_recv4(CSLOT(QSLOT), out, in, &badge);
}

static void caller_once(struct child *c)
{
	unsigned long in[4] = { c->arg[0], 0, 0, 0 }, out[4] = { 0 };

	c->res[0] = sys_call4(CSLOT(QSLOT), in, out);
	c->res[1] = out[0];
}

static struct child *reg_child(unsigned id, unsigned long q, unsigned long rights)
{
	struct child *c = spawn(id, T_ACT, SPAWN_SELF);

	if (!c || sys_cap_copy(q, 0, VSLOT(c, QSLOT), rights))
		return NULL;
	c->res[0] = ~0UL;
	return c;
}

static int reply_overwrite(int destroy_server)
{
	struct child *srv, *c1, *c2;
	unsigned long q;

	CHECK_EQ(ipc_begin(), 0);
	CHECK(q = ipc_new(OBJ_QUEUE, 0));
	CHECK((srv = reg_child(0, q, CAP_R)));
	CHECK((c1 = reg_child(1, q, CAP_W)));
	CHECK((c2 = reg_child(2, q, CAP_W)));
	c1->arg[0] = 1;
	c2->arg[0] = 2;
	CHECK_EQ(child_run(srv, server_twice), ERR_OK);
	CHECK(child_wait_state(srv, THREAD_BLOCKED));
	CHECK_EQ(child_run(c1, caller_once), ERR_OK);
	CHECK(child_wait_state(c1, THREAD_BLOCKED));
	CHECK_EQ(srv->res[0], ERR_OK);
	CHECK_EQ(srv->res[1], 1);
	CHECK_EQ(child_run(c2, caller_once), ERR_OK);
	CHECK(child_wait_state(c2, THREAD_BLOCKED));
	__atomic_store_n(&srv->step, 1, __ATOMIC_SEQ_CST);
	for (unsigned i = 0; i < 400 && srv->res[3] != 2; i++)
		sys_yield();
	CHECK_EQ(srv->res[2], ERR_OK);
	CHECK_EQ(srv->res[3], 2);
	/* C1's call is over: nobody can reply to it now. */
	CHECK(child_wait_done(c1));
	CHECK_EQ(c1->res[0], ERR_CANCELED);
	if (destroy_server) {
		CHECK_EQ(activity_destroy(T_ACT, srv->thread), ERR_OK);
		CHECK(child_wait_done(c2));
		CHECK_EQ(c2->res[0], ERR_DEAD);
		CHECK_EQ(thread_stop(c1->thread), ERR_OK);
		return 0;
	}
	CHECK_EQ(thread_stop(c1->thread), ERR_OK);
	__atomic_store_n(&srv->step, 2, __ATOMIC_SEQ_CST);
	CHECK(child_wait_done(c2));
	CHECK_EQ(c2->res[0], ERR_OK);
	CHECK_EQ(c2->res[1], 102);
	return 0;
}

UTEST(iso_reply_never_overwritten)
{
	return reply_overwrite(0);
}

UTEST(iso_reply_server_destroyed)
{
	return reply_overwrite(1);
}

/*
 * Defect 5: two threads driving one preempted transfer. A's send is cut,
 * A is stopped; B drives the same transfer and is cut and stopped too;
 * the message is destroyed and its cell reused by another message with a
 * delivery of its own. A, restarted, re-issues its call: it must fail
 * cleanly, never report the other message's delivery.
 */
#define NCOPY      64
#define OTHER_BADGE 0xb16

static int two_drivers(void)
{
	struct child *a, *b;
	struct ipc_msg s, t, t2;
	unsigned long q, q2, m2, f2, qb, state, copied;
	struct msg_header *h2;

	CHECK_EQ(ipc_begin(), 0);
	CHECK(q = ipc_new(OBJ_QUEUE, 0));
	CHECK(q2 = ipc_new(OBJ_QUEUE, 0));
	CHECK((a = spawn(0, T_ACT, SPAWN_SELF)));
	CHECK((b = spawn(1, T_ACT, SPAWN_SELF)));
	CHECK_EQ(ipc_child_cappage(a, 0, 0), ERR_OK);
	/* s names NCOPY copies of one queue capability of a's; t, in the
	 * root's space, names NCOPY times one slot (the first copy lands,
	 * the others fail, but each is a step of the loop). */
	CHECK_EQ(sys_cap_copy(q, 0, ipc_root_caps(0, 0), CAP_ALL), ERR_OK);
	CHECK_EQ(ipc_msg_make(&s, a->space, 0), ERR_OK);
	CHECK_EQ(ipc_msg_make(&t, R_SPACE, 0), ERR_OK);
	s.hdr->cap_count = t.hdr->cap_count = NCOPY;
	for (unsigned i = 0; i < NCOPY; i++) {
		s.hdr->caddr[i] = ipc_child_caps(0, 0);
		t.hdr->caddr[i] = S(60);
	}
	for (unsigned k = 0; k < 2; k++) {
		struct child *c = k ? b : a;
		CHECK_EQ(sys_cap_copy(s.msg, 0, VSLOT(c, MSLOT), CAP_ALL), ERR_OK);
		CHECK_EQ(sys_cap_copy(q, 0, VSLOT(c, QSLOT), CAP_ALL), ERR_OK);
		CHECK_EQ(sys_cap_copy(T_ACT, 0, VSLOT(c, ASLOT), CAP_W), ERR_OK);
		c->arg[0] = IPC_OP_SEND;
		c->arg[1] = CSLOT(QSLOT);
		c->arg[2] = CSLOT(MSLOT);
		c->arg[3] = CSLOT(ASLOT);
		c->arg[4] = IPC_BLOCK;
		c->arg[7] = 0;
		c->res[0] = ~0UL;
	}
	CHECK_EQ(queue_receive(q, t.msg, 0).err, ERR_OK);
	CHECK_EQ(sysctl_preempt_every(R_SYSCTL, 1), ERR_OK);
	/* A starts the transfer and is cut: stop it there. */
	CHECK_EQ(child_run(a, ipc_child_op), ERR_OK);
	for (unsigned i = 0; i < 400; i++) {
		CHECK_EQ(msg_info(t.msg, &state, &copied, NULL), ERR_OK);
		if (state == MSG_TRANSFER)
			break;
		sys_yield();
	}
	CHECK_EQ(thread_stop(a->thread), ERR_OK);
	CHECK_EQ(state, MSG_TRANSFER);
	/* B drives it one batch further and is stopped too. */
	CHECK_EQ(child_run(b, ipc_child_op), ERR_OK);
	for (unsigned i = 0; i < 400; i++) {
		unsigned long now;
		CHECK_EQ(msg_info(t.msg, &state, &now, NULL), ERR_OK);
		if (now > copied)
			break;
		sys_yield();
	}
	CHECK_EQ(thread_stop(b->thread), ERR_OK);
	CHECK_EQ(sysctl_preempt_every(R_SYSCTL, 0), ERR_OK);
	CHECK_EQ(state, MSG_TRANSFER);
	/* The message goes; another takes its cell and gets a delivery. */
	CHECK_EQ(activity_destroy(T_ACT, s.msg), ERR_OK);
	CHECK(m2 = ipc_new(OBJ_MESSAGE, 0));
	CHECK(h2 = ipc_page(&f2));
	CHECK_EQ(msg_set(m2, f2, R_SPACE, 0), ERR_OK);
	CHECK_EQ(ipc_msg_make(&t2, R_SPACE, 0), ERR_OK);
	CHECK(qb = ipc_mint(q2, CAP_W, OTHER_BADGE));
	CHECK_EQ(queue_receive(q2, t2.msg, 0).err, ERR_OK);
	CHECK_EQ(queue_send(qb, m2, T_ACT, 0).err, ERR_OK);
	/* A re-issues its call. */
	CHECK_EQ(thread_start(a->thread), ERR_OK);
	CHECK(child_wait_done(a));
	CHECK(a->res[0] != ERR_OK);
	CHECK(a->res[1] != OTHER_BADGE);
	/* The other message's delivery is still its own. */
	CHECK_EQ(msg_wait(m2, &state, NULL, NULL), ERR_OK);
	CHECK_EQ(state, OTHER_BADGE);
	return 0;
}

UTEST(iso_two_drivers_one_transfer)
{
	int bad = two_drivers();

	sysctl_preempt_every(R_SYSCTL, 0);
	return bad;
}

/*
 * Defect 6: revoking the space a thread runs in stops it on every hart
 * before the revoke returns.
 */
UTEST(iso_revoke_space_stops_thread)
{
	struct child *w;
	long at_return, later;
	unsigned long state;

	CHECK((w = spawn(0, T_ACT, 0)));
	CHECK_EQ(thread_set_cpu(w->thread, other_cpu()), ERR_OK);
	w->res[0] = 0;
	CHECK_EQ(child_run(w, child_counter), ERR_OK);
	CHECK(wait_count_ticks(&w->res[0], 1000));
	CHECK_EQ(sys_cap_revoke(w->space), ERR_OK);
	at_return = __atomic_load_n(&w->res[0], __ATOMIC_SEQ_CST);
	CHECK(wait_state_ticks(w->thread, THREAD_FAULTED));
	later = __atomic_load_n(&w->res[0], __ATOMIC_SEQ_CST);
	CHECK(later - at_return <= 1);
	CHECK_EQ(thread_info(w->thread, &state, NULL), ERR_OK);
	CHECK_EQ(state, THREAD_FAULTED);
	return 0;
}

/*
 * Defect 7: debug output needs a capability; a physical address needs a
 * right. A thread with no console capability writes nothing.
 */
static void child_debug_write(struct child *c)
{
	static const char msg[] = "iso: this line must not appear\n";

	c->res[0] = sys_call(SYS_DEBUG_PUTC, 'x', 0, 0, 0, 0, 0, 0).err;
	c->res[1] = sys_call(SYS_DEBUG_WRITE, (unsigned long)msg, sizeof(msg) - 1, 0, 0, 0, 0,
			     0).err;
}

UTEST(iso_debug_output_needs_capability)
{
	struct child *c;
	unsigned long pa;

	CHECK((c = spawn(0, T_ACT, 0)));
	CHECK_EQ(child_run(c, child_debug_write), ERR_OK);
	CHECK(child_wait_done(c));
	CHECK(c->res[0] != ERR_OK);
	CHECK(c->res[1] != ERR_OK);
	/* FRAME_INFO's physical address needs a right a plain copy lacks. */
	CHECK_EQ(activity_create(T_ACT, OBJ_FRAME, S(1), 0), ERR_OK);
	CHECK_EQ(sys_cap_copy(S(1), 0, S(2), 0), ERR_OK);
	CHECK_EQ(frame_info(S(2), &pa), ERR_RIGHTS);
	return 0;
}

/*
 * Defect 9: a message without a payload is refused where it is used,
 * never read. (a) A queued receiver whose frame was destroyed is dropped
 * with its own error when a sender comes, and the sender waits for the
 * next receiver. (b) A caller that destroys its reply message's frame
 * gets an error; the server's reply fails cleanly.
 */
UTEST(iso_message_without_payload)
{
	struct ipc_msg s, t, t2, r, sm, rep;
	struct ipc_side cl;
	unsigned long q, state, reply, badge;

	CHECK_EQ(ipc_begin(), 0);
	CHECK(q = ipc_new(OBJ_QUEUE, 0));
	CHECK_EQ(ipc_msg_make(&s, R_SPACE, 0), ERR_OK);
	CHECK_EQ(ipc_msg_make(&t, R_SPACE, 0), ERR_OK);
	CHECK_EQ(ipc_msg_make(&t2, R_SPACE, 0), ERR_OK);
	CHECK_EQ(queue_receive(q, t.msg, 0).err, ERR_OK);
	CHECK_EQ(activity_destroy(T_ACT, t.frame), ERR_OK);
	s.hdr->byte_count = 8;
	CHECK_EQ(queue_send(q, s.msg, T_ACT, 0).err, ERR_OK);
	CHECK_EQ(msg_wait(t.msg, NULL, NULL, NULL), ERR_BAD_ARG);
	CHECK_EQ(msg_info(s.msg, &state, NULL, NULL), ERR_OK);
	CHECK_EQ(state, MSG_SENDING);
	CHECK_EQ(queue_receive(q, t2.msg, IPC_BLOCK).err, ERR_OK);
	CHECK_EQ(msg_wait(s.msg, NULL, NULL, NULL), ERR_OK);

	/* (b) the caller is a child; the root serves. */
	CHECK(reply = ipc_new(OBJ_REPLY, 0));
	CHECK_EQ(ipc_side_make(&cl, 0, q, CAP_W, 0, IPC_OP_CALL, 0), 0);
	CHECK_EQ(ipc_msg_make(&r, cl.c->space, 0), ERR_OK);
	CHECK_EQ(sys_cap_copy(r.msg, 0, VSLOT(cl.c, 11), CAP_ALL), ERR_OK);
	CHECK_EQ(sys_cap_copy(reply, 0, VSLOT(cl.c, 12), CAP_ALL), ERR_OK);
	cl.c->arg[5] = CSLOT(11);
	cl.c->arg[6] = CSLOT(12);
	cl.c->arg[7] = 0;
	CHECK_EQ(ipc_msg_make(&sm, R_SPACE, 0), ERR_OK);
	sm.hdr->reply_slot = S(50);
	CHECK_EQ(queue_receive(q, sm.msg, 0).err, ERR_OK);
	CHECK_EQ(child_run(cl.c, ipc_child_op), ERR_OK);
	CHECK(child_wait_state(cl.c, THREAD_BLOCKED));
	CHECK_EQ(msg_wait(sm.msg, &badge, NULL, NULL), ERR_OK);
	CHECK_EQ(sys_cap_info(S(50), &state, NULL, NULL), ERR_OK);
	CHECK_EQ(state, OBJ_REPLY);
	CHECK_EQ(activity_destroy(T_ACT, r.frame), ERR_OK);
	CHECK_EQ(ipc_msg_make(&rep, R_SPACE, 0), ERR_OK);
	CHECK(reply_send(S(50), rep.msg).err != ERR_OK);
	CHECK(child_wait_done(cl.c));
	CHECK_EQ(cl.c->res[0], ERR_BAD_ARG);
	return 0;
}

/*
 * Defect 10: a message has one waiter, never overwritten. A's call is cut
 * in its send; B tries to wait on A's reply message meanwhile: refused
 * (A waits there), and A gets its reply.
 */
static int waiter_once(void)
{
	struct ipc_side a;
	struct ipc_msg r, t, rep;
	struct child *b;
	unsigned long q, reply, state;

	CHECK_EQ(ipc_begin(), 0);
	CHECK(q = ipc_new(OBJ_QUEUE, 0));
	CHECK(reply = ipc_new(OBJ_REPLY, 0));
	CHECK_EQ(ipc_side_make(&a, 0, q, CAP_W, 0, IPC_OP_CALL, 0), 0);
	CHECK_EQ(ipc_child_cappage(a.c, 0, 0), ERR_OK);
	CHECK_EQ(sys_cap_copy(q, 0, ipc_root_caps(0, 0), CAP_ALL), ERR_OK);
	CHECK_EQ(ipc_msg_make(&r, a.c->space, 0), ERR_OK);
	CHECK_EQ(sys_cap_copy(r.msg, 0, VSLOT(a.c, 11), CAP_ALL), ERR_OK);
	CHECK_EQ(sys_cap_copy(reply, 0, VSLOT(a.c, 12), CAP_ALL), ERR_OK);
	a.c->arg[5] = CSLOT(11);
	a.c->arg[6] = CSLOT(12);
	a.c->arg[7] = 0;
	a.m.hdr->cap_count = NCOPY;
	CHECK_EQ(ipc_msg_make(&t, R_SPACE, 0), ERR_OK);
	t.hdr->cap_count = NCOPY;
	for (unsigned i = 0; i < NCOPY; i++) {
		a.m.hdr->caddr[i] = ipc_child_caps(0, 0);
		t.hdr->caddr[i] = S(60);
	}
	t.hdr->reply_slot = S(61);
	CHECK((b = spawn(1, T_ACT, SPAWN_SELF)));
	CHECK_EQ(sys_cap_copy(r.msg, 0, VSLOT(b, MSLOT), CAP_ALL), ERR_OK);
	b->arg[0] = IPC_OP_WAIT;
	b->arg[2] = CSLOT(MSLOT);
	b->arg[7] = 0;
	b->res[0] = ~0UL;
	CHECK_EQ(queue_receive(q, t.msg, 0).err, ERR_OK);
	CHECK_EQ(sysctl_preempt_every(R_SYSCTL, 1), ERR_OK);
	CHECK_EQ(child_run(a.c, ipc_child_op), ERR_OK);
	for (unsigned i = 0; i < 400; i++) {
		CHECK_EQ(msg_info(t.msg, &state, NULL, NULL), ERR_OK);
		if (state == MSG_TRANSFER)
			break;
		sys_yield();
	}
	CHECK_EQ(state, MSG_TRANSFER);
	CHECK_EQ(child_run(b, ipc_child_op), ERR_OK);
	/* Both run until A's send is done and A waits for its reply. */
	for (unsigned i = 0; i < 4000; i++) {
		CHECK_EQ(msg_info(t.msg, &state, NULL, NULL), ERR_OK);
		if (state == MSG_IDLE && b->done)
			break;
		sys_yield();
	}
	CHECK_EQ(sysctl_preempt_every(R_SYSCTL, 0), ERR_OK);
	CHECK(b->done);
	CHECK_EQ(b->res[0], ERR_IN_USE);
	CHECK(child_wait_state(a.c, THREAD_BLOCKED));
	CHECK_EQ(ipc_msg_make(&rep, R_SPACE, 0), ERR_OK);
	CHECK_EQ(reply_send(S(61), rep.msg).err, ERR_OK);
	CHECK(child_wait_done(a.c));
	CHECK_EQ(a.c->res[0], ERR_OK);
	return 0;
}

UTEST(iso_message_waiter_never_overwritten)
{
	int bad = waiter_once();

	sysctl_preempt_every(R_SYSCTL, 0);
	return bad;
}

/*
 * Defect 11: user-supplied counts and intervals are range-checked or
 * saturate. A huge tick interval is refused (it would put the deadline
 * in the past); a huge sleep sleeps, it does not wrap into a short one.
 */
static void child_sleep_huge(struct child *c)
{
	c->res[0] = sys_sleep(~0UL);
}

UTEST(iso_arithmetic_limits)
{
	struct child *c;
	unsigned long state;

	CHECK_EQ(sysctl_tick(R_SYSCTL, ~0UL), ERR_BAD_ARG);
	CHECK_EQ(sysctl_tick(R_SYSCTL, 1UL << 63), ERR_BAD_ARG);
	/* The documented range, 10 us .. 10 s, at both edges. */
	CHECK_EQ(sysctl_tick(R_SYSCTL, tick_us(10 * 1000 * 1000) + 1), ERR_BAD_ARG);
	CHECK_EQ(sysctl_tick(R_SYSCTL, tick_us(10 * 1000 * 1000)), ERR_OK);
	CHECK_EQ(sysctl_tick(R_SYSCTL, tick_us(10) - 1), ERR_BAD_ARG);
	CHECK_EQ(sysctl_tick(R_SYSCTL, tick_us(10)), ERR_OK);
	CHECK_EQ(sysctl_tick(R_SYSCTL, 0), ERR_OK);
	CHECK((c = spawn(0, T_ACT, 0)));
	c->res[0] = ~0UL;
	CHECK_EQ(child_run(c, child_sleep_huge), ERR_OK);
	CHECK(child_wait_state(c, THREAD_BLOCKED));
	for (unsigned i = 0; i < 5; i++)
		sys_sleep(1);
	CHECK_EQ(thread_info(c->thread, &state, NULL), ERR_OK);
	CHECK_EQ(state, THREAD_BLOCKED);
	CHECK_EQ(c->res[0], ~0UL);
	CHECK_EQ(thread_stop(c->thread), ERR_OK);
	return 0;
}
