/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * Every hart runs threads: a thread bound to each hart runs there, IPC
 * works between threads on different harts, and a revoke on one hart has
 * taken effect on every hart by the time it returns. On a one-hart machine
 * the cases check what they can (binding to a hart that is not there is
 * refused).
 */
#include "spawn.h"

static long set_cpu(unsigned long thread, unsigned long cpu)
{
	return sys_invoke(thread, THREAD_SET_CPU, cpu, 0, 0, 0, 0).err;
}

static long thread_cpu(unsigned long thread, unsigned long *cpu, long *last)
{
	struct sys_ret r = sys_invoke(thread, THREAD_CPU, 0, 0, 0, 0, 0);

	if (r.err == ERR_OK) {
		*cpu = r.r1;
		*last = (long)r.r2;
	}
	return r.err;
}

static int wait_done_ticks(struct child *c)
{
	for (unsigned i = 0; i < WAIT_TICKS && !__atomic_load_n(&c->done, __ATOMIC_SEQ_CST); i++)
		sys_sleep(1);
	return __atomic_load_n(&c->done, __ATOMIC_SEQ_CST);
}

static unsigned nharts(void)
{
	return utest_bootinfo->nharts;
}

static void child_note(struct child *c)
{
	c->res[0] = 0x600d + c->id;
}

/* Every hart the kernel numbered is online, unless the boot hart left it
 * out (the runs with hart_wait_ms=0 do so on purpose): such a hart is
 * refused like one that does not exist. */
UTEST(smp_threads_run_on_every_hart)
{
	unsigned n = nharts() < CHILD_MAX ? nharts() : CHILD_MAX;
	uint64_t online = utest_bootinfo->cpus_online;
	unsigned long cpu;
	long last;

	CHECK(online & 1);
	CHECK_EQ(online >> nharts(), 0);
	if (!ulib_cmdline_value(utest_bootinfo, "hart_wait_ms"))
		CHECK_EQ(online, (1UL << nharts()) - 1);
	for (unsigned i = 0; i < n; i++) {
		struct child *c = spawn(i, T_ACT, 0);
		CHECK(c);
		if (!(online & (1UL << i))) {
			CHECK_EQ(set_cpu(c->thread, i), ERR_BAD_ARG);
			CHECK_EQ(thread_cpu(c->thread, &cpu, &last), ERR_OK);
			CHECK(cpu != i);
			continue;
		}
		CHECK_EQ(set_cpu(c->thread, i), ERR_OK);
		CHECK_EQ(child_run(c, child_note), ERR_OK);
		CHECK(wait_done_ticks(c));
		CHECK_EQ(c->res[0], 0x600d + i);
		CHECK_EQ(thread_cpu(c->thread, &cpu, &last), ERR_OK);
		CHECK_EQ(cpu, i);
		CHECK_EQ(last, (long)i);
	}
	/* A hart that does not exist is refused. */
	struct child *c = spawn(n < CHILD_MAX ? n : 0, T_ACT, 0);
	CHECK(c);
	CHECK_EQ(set_cpu(c->thread, n), ERR_BAD_ARG);
	CHECK_EQ(set_cpu(c->thread, 1UL << 40), ERR_BAD_ARG);
	return 0;
}

/* A server on another hart: answers SYS_CALL with each word plus one. */
static void child_server(struct child *c)
{
	unsigned long in[4], out[4] = { 0 }, badge;
	long err = sys_recv4(CSLOT(C_FREE), in, &badge);

	for (unsigned n = 0; err == ERR_OK && n < c->arg[0]; n++) {
		for (unsigned i = 0; i < 4; i++)
			out[i] = in[i] + 1;
		out[3] = badge;
		err = sys_reply_recv4(CSLOT(C_FREE), out, in, &badge);
	}
	c->res[0] = err;
}

UTEST(smp_ipc_across_harts)
{
	enum { CALLS = 200 };
	unsigned server_cpu = nharts() > 1 ? 1 : 0;
	unsigned long in[4], out[4];
	struct child *s;

	CHECK((s = spawn(0, T_ACT, 0)));
	CHECK_EQ(activity_create(T_ACT, OBJ_QUEUE, S(1), 0), ERR_OK);
	CHECK_EQ(sys_cap_copy(S(1), s->space, CSLOT(C_FREE), CAP_R), ERR_OK);
	CHECK_EQ(sys_cap_mint(S(1), 0, S(2), CAP_W, 0x77), ERR_OK);
	CHECK_EQ(set_cpu(s->thread, server_cpu), ERR_OK);
	s->arg[0] = CALLS;
	CHECK_EQ(child_run(s, child_server), ERR_OK);
	for (unsigned n = 0; n < CALLS; n++) {
		for (unsigned i = 0; i < 4; i++)
			in[i] = n * 10 + i;
		CHECK_EQ(sys_call4(S(2), in, out), ERR_OK);
		CHECK_EQ(out[0], n * 10 + 1);
		CHECK_EQ(out[2], n * 10 + 3);
		CHECK_EQ(out[3], 0x77);
	}
	unsigned long cpu;
	long last;
	CHECK_EQ(thread_cpu(s->thread, &cpu, &last), ERR_OK);
	CHECK_EQ(last, (long)server_cpu);
	/* Destroying the queue ends the server's wait with ERR_DEAD. */
	CHECK_EQ(activity_destroy(T_ACT, S(1)), ERR_OK);
	CHECK(wait_done_ticks(s));
	CHECK_EQ(s->res[0], ERR_DEAD);
	return 0;
}

/* Calls the server arg[0] times through C_FREE; res[1] counts wrong replies. */
static void child_caller(struct child *c)
{
	unsigned long in[4], out[4];

	for (unsigned n = 0; n < c->arg[0]; n++) {
		for (unsigned i = 0; i < 4; i++)
			in[i] = n * 10 + i;
		if (sys_call4(CSLOT(C_FREE), in, out) != ERR_OK || out[0] != n * 10 + 1 ||
		    out[2] != n * 10 + 3 || out[3] != c->arg[1])
			c->res[1]++;
	}
	c->res[0] = c->arg[0];
}

static int wait_blocked_ticks(struct child *c)
{
	unsigned long state = ~0UL;

	for (unsigned i = 0; i < WAIT_TICKS; i++) {
		if (thread_info(c->thread, &state, NULL) == ERR_OK && state == THREAD_BLOCKED)
			return 1;
		sys_sleep(1);
	}
	return 0;
}

/*
 * The register fast path on every hart (up to 4): a client and a server
 * bound to one hart call and reply CALLS times. Each hart finds its own
 * run queue and keeps its own share of KCOUNT_FASTPATH (kern/sched.h), so
 * the count must grow by exactly one per call and one per reply, and the
 * words and badge must be right.
 */
UTEST(smp_fastpath_on_each_hart)
{
	enum { CALLS = 50 };
	unsigned n = nharts() < 4 ? nharts() : 4;
	unsigned long cpu, f0;
	long last;

	CHECK_EQ(sysctl_fastpath(R_SYSCTL, 1), ERR_OK);
	for (unsigned h = 0; h < n; h++) {
		struct child *s, *c;

		CHECK((s = spawn(2 * h, T_ACT, 0)));
		CHECK((c = spawn(2 * h + 1, T_ACT, 0)));
		CHECK_EQ(activity_create(T_ACT, OBJ_QUEUE, S(1 + h), 0), ERR_OK);
		CHECK_EQ(sys_cap_copy(S(1 + h), s->space, CSLOT(C_FREE), CAP_R), ERR_OK);
		CHECK_EQ(sys_cap_mint(S(1 + h), c->space, CSLOT(C_FREE), CAP_W, 0x500 + h), ERR_OK);
		CHECK_EQ(set_cpu(s->thread, h), ERR_OK);
		CHECK_EQ(set_cpu(c->thread, h), ERR_OK);
		s->arg[0] = CALLS;
		c->arg[0] = CALLS;
		c->arg[1] = 0x500 + h;
		CHECK_EQ(child_run(s, child_server), ERR_OK);
		CHECK(wait_blocked_ticks(s));
		f0 = kcount(KCOUNT_FASTPATH);
		CHECK_EQ(child_run(c, child_caller), ERR_OK);
		CHECK(wait_done_ticks(c));
		/* The server's last reply-and-wait waits for a call that never
		 * comes: the queue's destruction ends it. */
		CHECK(wait_blocked_ticks(s));
		CHECK_EQ(kcount(KCOUNT_FASTPATH) - f0, 2 * CALLS);
		CHECK_EQ(c->res[0], CALLS);
		CHECK_EQ(c->res[1], 0);
		CHECK_EQ(activity_destroy(T_ACT, S(1 + h)), ERR_OK);
		CHECK(wait_done_ticks(s));
		CHECK_EQ(s->res[0], ERR_DEAD);
		CHECK_EQ(thread_cpu(c->thread, &cpu, &last), ERR_OK);
		CHECK_EQ(last, (long)h);
	}
	return 0;
}

/* Reads a page in a loop, counting each read that completed. */
static void child_reader(struct child *c)
{
	volatile unsigned long *p = (volatile unsigned long *)c->arg[0];

	for (;;) {
		c->arg[2] = *p;
		__atomic_add_fetch(&c->res[0], 1, __ATOMIC_SEQ_CST);
	}
}

UTEST(smp_revoke_is_immediate_on_all_harts)
{
	unsigned reader_cpu = nharts() > 1 ? 1 : 0;
	unsigned long va = CHILD_DATA_VA(0), cause, value, state;
	struct child *r;
	long at_return, later;

	CHECK((r = spawn(0, T_ACT, 0)));
	CHECK_EQ(activity_create(T_ACT, OBJ_FRAME, S(1), 0), ERR_OK);
	CHECK_EQ(sys_cap_copy(S(1), r->space, CSLOT(C_FREE), CAP_R), ERR_OK);
	CHECK_EQ(pt_set(r->l0, CHILD_DATA_FIRST, VSLOT(r, C_FREE), CAP_R), ERR_OK);
	CHECK_EQ(set_cpu(r->thread, reader_cpu), ERR_OK);
	r->arg[0] = va;
	r->res[0] = 0;
	CHECK_EQ(child_run(r, child_reader), ERR_OK);
	/* Let it read for a while (on its own hart, if there is one). */
	for (unsigned i = 0; i < WAIT_TICKS && __atomic_load_n(&r->res[0], __ATOMIC_SEQ_CST) < 1000; i++)
		sys_sleep(1);
	CHECK(__atomic_load_n(&r->res[0], __ATOMIC_SEQ_CST) >= 1000);
	CHECK_EQ(sys_cap_revoke(S(1)), ERR_OK);
	at_return = __atomic_load_n(&r->res[0], __ATOMIC_SEQ_CST);
	/* The reader's next load faults: at most the read in flight when the
	 * fence landed can still be counted. */
	for (unsigned i = 0; i < WAIT_TICKS; i++) {
		CHECK_EQ(thread_info(r->thread, &state, NULL), ERR_OK);
		if (state == THREAD_FAULTED)
			break;
		sys_sleep(1);
	}
	CHECK_EQ(state, THREAD_FAULTED);
	later = __atomic_load_n(&r->res[0], __ATOMIC_SEQ_CST);
	CHECK(later - at_return <= 1);
	CHECK_EQ(thread_read_fault(r->thread, &cause, NULL, &value), ERR_OK);
	CHECK_EQ(cause, FAULT_PAGE);
	CHECK_EQ(value, va);
	return 0;
}

/* Enters the kernel over and over (arg[0] times at most) until the root
 * sets step: so this hart often waits for the kernel lock. */
static void child_hammer(struct child *c)
{
	unsigned long n = 0;

	while (n < c->arg[0] && !__atomic_load_n(&c->step, __ATOMIC_SEQ_CST)) {
		sys_null();
		n++;
	}
	c->res[0] = n;
}

/* ROUNDS rounds of a revoke of KIDS children and a destroy of an
 * activity holding KIDS frames: each passes more than a dozen preemption
 * points. */
static long long_operations(void)
{
	enum { KIDS = 60, ROUNDS = 40 };
	long err = ERR_OK;

	for (unsigned r = 0; r < ROUNDS && !err; r++) {
		if ((err = activity_create(T_ACT, OBJ_FRAME, S(1), 0)))
			break;
		for (unsigned i = 0; i < KIDS && !err; i++)
			err = sys_cap_copy(S(1), 0, S(2 + i), CAP_ALL);
		if (!err)
			err = sys_cap_revoke(S(1));
		if (!err)
			err = activity_destroy(T_ACT, S(1));
		if (!err)
			err = activity_create(T_ACT, OBJ_ACTIVITY, S(1), 2 * KIDS + 16);
		for (unsigned i = 0; i < KIDS && !err; i++)
			err = activity_create(S(1), OBJ_FRAME, S(2 + i), 0);
		if (!err)
			err = activity_destroy(T_ACT, S(1));
	}
	return err;
}

/*
 * The kernel lock is held for one step of a long operation, not for the
 * whole of it, when another hart wants it: the step ends at the first
 * preemption point that finds a hart waiting (cap_should_preempt), and
 * the lock is let go there (the call issued again, or the worker handing
 * it off between steps, kern/bkl.h:bkl_hand_off). KCOUNT_LOCK_WAIT, the
 * most points one hold passed with a hart waiting, must stay at 1. It
 * counts the holder's own points, so a waiting hart that its host runs
 * slowly changes nothing. On one hart nobody waits: 0.
 */
UTEST(smp_lock_held_one_step_while_waited_for)
{
	unsigned long root_cpu, waits = ~0UL;
	long last;
	struct child *h;

	CHECK_EQ(thread_cpu(R_THREAD, &root_cpu, &last), ERR_OK);
	CHECK((h = spawn(0, T_ACT, 0)));
	if (nharts() > 1)
		CHECK_EQ(set_cpu(h->thread, (last + 1) % nharts()), ERR_OK);
	CHECK_EQ(sys_invoke(R_SYSCTL, SYSCTL_STRETCH, 1, 0, 0, 0, 0).err, ERR_OK);
	h->arg[0] = 50000000;
	if (nharts() > 1)
		CHECK_EQ(child_run(h, child_hammer), ERR_OK);
	long err = long_operations();
	CHECK_EQ(sysctl_counter(R_SYSCTL, KCOUNT_LOCK_WAIT, &waits), ERR_OK);
	__atomic_store_n(&h->step, 1, __ATOMIC_SEQ_CST);
	CHECK_EQ(sys_invoke(R_SYSCTL, SYSCTL_STRETCH, 0, 0, 0, 0, 0).err, ERR_OK);
	if (nharts() > 1)
		CHECK(wait_done_ticks(h));
	CHECK_EQ(err, ERR_OK);
	if (waits > (nharts() > 1 ? 1 : 0))
		printf("    one hold passed %lu points with a hart waiting\n", waits);
	CHECK(waits <= (nharts() > 1 ? 1 : 0));
	return 0;
}
