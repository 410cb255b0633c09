/* SPDX-License-Identifier: BSD-2-Clause */
/* Thread methods, their rights and bad arguments, and threads in other
 * spaces doing things to themselves. */
#include "spawn.h"

UTEST(thread_methods)
{
	unsigned long state, prio;
	struct sys_ret r;

	CHECK_EQ(activity_create(T_ACT, OBJ_THREAD, S(1), 0), ERR_OK);
	CHECK_EQ(thread_info(S(1), &state, NULL), ERR_OK);
	CHECK_EQ(state, THREAD_INACTIVE);
	CHECK_EQ(thread_set_prio(S(1), 7, 9), ERR_OK);
	r = sys_invoke(S(1), THREAD_INFO, 0, 0, 0, 0, 0);
	CHECK_EQ(r.err, ERR_OK);
	CHECK_EQ(r.r1, THREAD_INACTIVE);
	CHECK_EQ(r.r2, 7);
	CHECK_EQ(r.r3, 9);
	CHECK_EQ(thread_set_prio(S(1), THREAD_PRIO_MAX, THREAD_PRIO_MAX), ERR_OK);
	CHECK_EQ(thread_info(S(1), NULL, &prio), ERR_OK);
	CHECK_EQ(prio, THREAD_PRIO_MAX);
	CHECK_EQ(thread_set_prio(S(1), 0, 0), ERR_OK);
	/* Stopping a stopped thread is fine. */
	CHECK_EQ(thread_stop(S(1)), ERR_OK);
	CHECK_EQ(thread_info(S(1), &state, NULL), ERR_OK);
	CHECK_EQ(state, THREAD_INACTIVE);
	/* Starting oneself: already running, nothing happens. */
	CHECK_EQ(thread_start(R_THREAD), ERR_OK);
	CHECK_EQ(thread_info(R_THREAD, &state, &prio), ERR_OK);
	CHECK_EQ(state, THREAD_RUNNABLE);
	return 0;
}

UTEST(thread_bad_args)
{
	CHECK_EQ(activity_create(T_ACT, OBJ_THREAD, S(1), 0), ERR_OK);
	CHECK_EQ(activity_create(T_ACT, OBJ_PAGETABLE, S(2), 1), ERR_OK);
	CHECK_EQ(activity_create(T_ACT, OBJ_PAGETABLE, S(3), 2), ERR_OK);
	/* Priorities. */
	CHECK_EQ(thread_set_prio(S(1), 10, 9), ERR_PRIORITY);
	CHECK_EQ(thread_set_prio(S(1), 0, THREAD_PRIO_MAX + 1), ERR_PRIORITY);
	CHECK_EQ(thread_set_prio(S(1), THREAD_PRIO_MAX + 1, THREAD_PRIO_MAX + 1), ERR_PRIORITY);
	CHECK_EQ(thread_set_prio(S(1), 0, ~0UL), ERR_PRIORITY);
	CHECK_EQ(thread_set_prio(S(1), 0, (1UL << 32) | 5), ERR_PRIORITY);
	/* Registers. */
	CHECK_EQ(thread_set_regs(S(1), 0x10001, 0, 0), ERR_BAD_ARG);
	CHECK_EQ(thread_set_regs(S(1), USER_ADDR_LIMIT, 0, 0), ERR_BAD_ARG);
	CHECK_EQ(thread_set_regs(S(1), -2UL, 0, 0), ERR_BAD_ARG);
	CHECK_EQ(thread_set_regs(S(1), 0x10000, USER_ADDR_LIMIT, 0), ERR_BAD_ARG);
	CHECK_EQ(thread_set_regs(S(1), 0x10002, USER_ADDR_LIMIT - 16, ~0UL), ERR_OK);
	CHECK_EQ(thread_set_regs(R_THREAD, 0x10000, ROOT_STACK_TOP, 0), ERR_IN_USE);
	/* Space. */
	CHECK_EQ(thread_set_space(S(1), S(2)), ERR_BAD_ARG);
	CHECK_EQ(thread_set_space(S(1), S(1)), ERR_WRONG_TYPE);
	CHECK_EQ(thread_set_space(S(1), S(40)), ERR_SLOT_EMPTY);
	CHECK_EQ(thread_set_space(S(1), S(3)), ERR_OK);
	CHECK_EQ(thread_set_space(S(1), S(3)), ERR_OK);   /* replacing is fine */
	/* Methods. */
	CHECK_EQ(sys_invoke(S(1), 0, 0, 0, 0, 0, 0).err, ERR_BAD_METHOD);
	CHECK_EQ(sys_invoke(S(1), THREAD_CPU + 1, 0, 0, 0, 0, 0).err, ERR_BAD_METHOD);
	CHECK_EQ(sys_invoke(S(1), ~0UL, 0, 0, 0, 0, 0).err, ERR_BAD_METHOD);
	return 0;
}

UTEST(thread_rights)
{
	unsigned long state, cause;

	CHECK_EQ(activity_create(T_ACT, OBJ_THREAD, S(1), 0), ERR_OK);
	CHECK_EQ(activity_create(T_ACT, OBJ_PAGETABLE, S(3), 2), ERR_OK);
	CHECK_EQ(sys_cap_copy(S(1), 0, S(2), CAP_R | CAP_X | CAP_G), ERR_OK);
	CHECK_EQ(thread_set_space(S(2), S(3)), ERR_RIGHTS);
	CHECK_EQ(thread_set_regs(S(2), 0x10000, 0, 0), ERR_RIGHTS);
	CHECK_EQ(thread_set_prio(S(2), 1, 1), ERR_RIGHTS);
	CHECK_EQ(thread_start(S(2)), ERR_RIGHTS);
	CHECK_EQ(thread_stop(S(2)), ERR_RIGHTS);
	CHECK_EQ(sys_invoke(S(2), 99, 0, 0, 0, 0, 0).err, ERR_RIGHTS);
	CHECK_EQ(thread_info(S(2), &state, NULL), ERR_OK);
	CHECK_EQ(thread_read_fault(S(2), &cause, NULL, NULL), ERR_OK);
	CHECK_EQ(sys_cap_copy(S(1), 0, S(4), CAP_R), ERR_OK);
	CHECK_EQ(thread_info(S(4), &state, NULL), ERR_OK);
	CHECK_EQ(state, THREAD_INACTIVE);
	/* Reading its state needs R. */
	CHECK_EQ(sys_cap_copy(S(1), 0, S(5), CAP_ALL & ~CAP_R), ERR_OK);
	CHECK_EQ(thread_info(S(5), &state, NULL), ERR_RIGHTS);
	CHECK_EQ(thread_read_fault(S(5), &cause, NULL, NULL), ERR_RIGHTS);
	return 0;
}

/* A child with maximum CHILD_PRIO cannot hand out more. */
static void child_prio(struct child *c)
{
	c->res[0] = thread_set_prio(CSLOT(C_FREE), 10, CHILD_PRIO + 1);
	c->res[1] = thread_set_prio(CSLOT(C_FREE), CHILD_PRIO, CHILD_PRIO);
	c->res[2] = thread_set_prio(CSLOT(C_SELF), CHILD_PRIO + 1, CHILD_PRIO + 1);
	c->res[3] = thread_set_prio(CSLOT(C_SELF), CHILD_PRIO, CHILD_PRIO);
	c->res[4] = thread_set_regs(CSLOT(C_SELF), 0x10000, CHILD_STACK_TOP, 0);
	c->res[5] = thread_set_prio(CSLOT(C_FREE), 0, 0);
}

UTEST(thread_priority_limit)
{
	struct child *c;
	struct sys_ret r;

	CHECK_EQ(activity_create(T_ACT, OBJ_THREAD, S(1), 0), ERR_OK);
	CHECK((c = spawn(0, T_ACT, SPAWN_SELF)));
	CHECK_EQ(sys_cap_copy(S(1), 0, VSLOT(c, C_FREE), CAP_ALL), ERR_OK);
	CHECK_EQ(child_run(c, child_prio), ERR_OK);
	CHECK(child_wait_done(c));
	CHECK_EQ(c->res[0], ERR_PRIORITY);
	CHECK_EQ(c->res[1], ERR_OK);
	CHECK_EQ(c->res[2], ERR_PRIORITY);
	CHECK_EQ(c->res[3], ERR_OK);
	CHECK_EQ(c->res[4], ERR_IN_USE);
	CHECK_EQ(c->res[5], ERR_OK);
	r = sys_invoke(S(1), THREAD_INFO, 0, 0, 0, 0, 0);
	CHECK_EQ(r.r2, 0);
	CHECK_EQ(r.r3, 0);
	return 0;
}

/* A child stops itself; the root restarts it elsewhere. */
static volatile int stop_count;

static void child_stops_twice(struct child *c)
{
	stop_count++;
	c->res[0] = thread_stop(CSLOT(C_SELF));
	stop_count++;   /* after the root restarts it */
}

UTEST(thread_stop_self_and_restart)
{
	struct child *c;
	unsigned long state;

	stop_count = 0;
	CHECK((c = spawn(0, T_ACT, SPAWN_SELF)));
	CHECK_EQ(child_run(c, child_stops_twice), ERR_OK);
	CHECK(child_wait_state(c, THREAD_INACTIVE));
	CHECK_EQ(stop_count, 1);
	CHECK(!c->done);
	/* Started again, it goes on from the ecall's return. */
	CHECK_EQ(thread_start(c->thread), ERR_OK);
	CHECK(child_wait_done(c));
	CHECK_EQ(stop_count, 2);
	CHECK_EQ(c->res[0], ERR_OK);
	CHECK(child_wait_state(c, THREAD_INACTIVE));
	CHECK_EQ(thread_info(c->thread, &state, NULL), ERR_OK);
	return 0;
}

/* Two children at the root's priority take turns with it. */
static volatile unsigned long spins[2];
static volatile int spin_stop;

static void child_spinner(struct child *c)
{
	while (!spin_stop) {
		spins[c->id]++;
		sys_yield();
	}
}

UTEST(thread_round_robin)
{
	struct child *a, *b;

	spins[0] = spins[1] = 0;
	spin_stop = 0;
	CHECK((a = spawn(0, T_ACT, SPAWN_SELF)));
	CHECK((b = spawn(1, T_ACT, SPAWN_SELF)));
	CHECK_EQ(child_run(a, child_spinner), ERR_OK);
	CHECK_EQ(child_run(b, child_spinner), ERR_OK);
	for (unsigned i = 0; i < 100; i++)
		sys_yield();
	CHECK(spins[0] >= 50 && spins[1] >= 50);
	spin_stop = 1;
	CHECK(child_wait_done(a));
	CHECK(child_wait_done(b));
	/* A thread at a lower priority does not run while the root can. */
	spin_stop = 0;
	spins[0] = 0;
	CHECK_EQ(thread_set_prio(a->thread, CHILD_PRIO - 1, CHILD_PRIO), ERR_OK);
	CHECK_EQ(child_run(a, child_spinner), ERR_OK);
	for (unsigned i = 0; i < 50; i++)
		sys_yield();
	CHECK_EQ(spins[0], 0);
	CHECK_EQ(thread_stop(a->thread), ERR_OK);
	return 0;
}

/* Changing another thread's priority while it runs. */
UTEST(thread_prio_while_running)
{
	struct child *a;
	unsigned long state, prio;

	spin_stop = 0;
	spins[0] = 0;
	CHECK((a = spawn(0, T_ACT, SPAWN_SELF)));
	CHECK_EQ(child_run(a, child_spinner), ERR_OK);
	sys_yield();
	CHECK_EQ(thread_set_prio(a->thread, CHILD_PRIO - 5, CHILD_PRIO), ERR_OK);
	unsigned long seen = spins[0];
	for (unsigned i = 0; i < 20; i++)
		sys_yield();
	CHECK_EQ(spins[0], seen);
	CHECK_EQ(thread_info(a->thread, &state, &prio), ERR_OK);
	CHECK_EQ(state, THREAD_RUNNABLE);
	CHECK_EQ(prio, CHILD_PRIO - 5);
	CHECK_EQ(thread_set_prio(a->thread, CHILD_PRIO, CHILD_PRIO), ERR_OK);
	for (unsigned i = 0; i < 20; i++)
		sys_yield();
	CHECK(spins[0] > seen);
	spin_stop = 1;
	CHECK(child_wait_done(a));
	return 0;
}

/* Moving a running thread to another space: it faults there (nothing
 * mapped), and the kernel carries on. */
UTEST(thread_set_space_while_running)
{
	struct child *a;
	unsigned long cause;

	spin_stop = 0;
	CHECK((a = spawn(0, T_ACT, SPAWN_SELF)));
	CHECK_EQ(activity_create(T_ACT, OBJ_PAGETABLE, S(1), 2), ERR_OK);
	CHECK_EQ(child_run(a, child_spinner), ERR_OK);
	sys_yield();
	CHECK_EQ(thread_set_space(a->thread, S(1)), ERR_OK);
	CHECK(child_wait_state(a, THREAD_FAULTED));
	CHECK_EQ(thread_read_fault(a->thread, &cause, NULL, NULL), ERR_OK);
	CHECK_EQ(cause, FAULT_PAGE);
	/* Deleting a running thread's space (by destroying the table). */
	CHECK_EQ(thread_set_space(a->thread, a->space), ERR_OK);
	CHECK_EQ(child_run(a, child_spinner), ERR_OK);
	sys_yield();
	CHECK_EQ(activity_destroy(T_ACT, a->space), ERR_OK);
	CHECK(child_wait_state(a, THREAD_FAULTED));
	spin_stop = 1;
	return 0;
}

/* Destroying a running thread from another. */
UTEST(thread_destroy_running)
{
	struct child *a;

	spin_stop = 0;
	CHECK((a = spawn(0, T_ACT, SPAWN_SELF)));
	CHECK_EQ(child_run(a, child_spinner), ERR_OK);
	sys_yield();
	CHECK_EQ(activity_destroy(T_ACT, a->thread), ERR_OK);
	CHECK_EQ(sys_cap_info(a->thread, NULL, NULL, NULL), ERR_SLOT_EMPTY);
	CHECK_EQ(sys_cap_info(VSLOT(a, C_SELF), NULL, NULL, NULL), ERR_SLOT_EMPTY);
	for (unsigned i = 0; i < 10; i++)
		sys_yield();
	spin_stop = 1;
	return 0;
}
