/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * Faults in user threads: the kernel records the cause, pc and address,
 * stops the thread in THREAD_FAULTED, and carries on. Each case runs a
 * stub (spawn.h) in a child space and reads the record back.
 */
#include "spawn.h"

#define UNMAPPED (CHILD_BASE + 200 * PAGE_BYTES)   /* in the child's level-0 table, empty */
#define FAR_AWAY (100UL << 30)                     /* no level-1 table at all */

/* Run pc(arg) in a fresh child; it must fault with cause at fpc (value
 * checked unless ~0). */
static int expect_fault(unsigned long pc, unsigned long arg, unsigned long cause,
			unsigned long fpc, unsigned long value)
{
	static unsigned next_id;
	struct child *c = spawn(next_id++ % CHILD_MAX, T_ACT, 0);
	unsigned long state, fc = ~0UL, fp = 0, fv = 0;

	CHECK(c);
	CHECK_EQ(child_run_at(c, pc, arg), ERR_OK);
	CHECK(child_wait_state(c, THREAD_FAULTED));
	CHECK_EQ(thread_info(c->thread, &state, NULL), ERR_OK);
	CHECK_EQ(state, THREAD_FAULTED);
	CHECK_EQ(thread_read_fault(c->thread, &fc, &fp, &fv), ERR_OK);
	CHECK_EQ(fc, cause);
	CHECK_EQ(fp, fpc);
	if (value != ~0UL)
		CHECK_EQ(fv, value);
	return 0;
}

UTEST(fault_load_unmapped)
{
	CHECK_EQ(expect_fault((unsigned long)stub_load, UNMAPPED, FAULT_PAGE,
			      (unsigned long)stub_load, UNMAPPED), 0);
	return expect_fault((unsigned long)stub_load, FAR_AWAY + 8, FAULT_PAGE,
			    (unsigned long)stub_load, FAR_AWAY + 8);
}

UTEST(fault_store_unmapped)
{
	return expect_fault((unsigned long)stub_store, UNMAPPED + 16, FAULT_PAGE,
			    (unsigned long)stub_store, UNMAPPED + 16);
}

/* The capability page is in the tree but never hardware-mapped. */
UTEST(fault_load_cappage)
{
	return expect_fault((unsigned long)stub_load, CHILD_CAPS, FAULT_PAGE,
			    (unsigned long)stub_load, CHILD_CAPS);
}

/* Text is R|X: a store to it faults. */
UTEST(fault_store_text)
{
	return expect_fault((unsigned long)stub_store, (unsigned long)stub_store, FAULT_PAGE,
			    (unsigned long)stub_store, (unsigned long)stub_store);
}

/* The kernel half is not user-accessible. */
UTEST(fault_load_kernel_half)
{
	struct child *c = spawn(0, T_ACT, 0);
	unsigned long cause = 0;

	CHECK(c);
	CHECK_EQ(child_run_at(c, (unsigned long)stub_load, 0xffffffc000200000UL), ERR_OK);
	CHECK(child_wait_state(c, THREAD_FAULTED));
	CHECK_EQ(thread_read_fault(c->thread, &cause, NULL, NULL), ERR_OK);
	CHECK(cause == FAULT_PAGE || cause == FAULT_ACCESS);
	return 0;
}

UTEST(fault_jump_unmapped)
{
	return expect_fault((unsigned long)stub_jump, UNMAPPED, FAULT_PAGE, UNMAPPED, UNMAPPED);
}

/* The stack is R|W, not X. */
UTEST(fault_jump_no_exec)
{
	return expect_fault((unsigned long)stub_jump, CHILD_BASE, FAULT_PAGE, CHILD_BASE,
			    CHILD_BASE);
}

UTEST(fault_illegal_instruction)
{
	return expect_fault((unsigned long)stub_illegal, 0, FAULT_ILLEGAL,
			    (unsigned long)stub_illegal, ~0UL);
}

/* THREAD_SET_REGS puts the thread's pc straight on the .word 0. */
UTEST(fault_breakpoint)
{
	return expect_fault((unsigned long)stub_ebreak, 0, FAULT_BREAKPOINT,
			    (unsigned long)stub_ebreak, ~0UL);
}

/* Atomics must be naturally aligned: never emulated. */
UTEST(fault_misaligned_amo)
{
	return expect_fault((unsigned long)stub_amo, CHILD_STACK_TOP - 64 + 2, FAULT_MISALIGNED,
			    (unsigned long)stub_amo, CHILD_STACK_TOP - 64 + 2);
}

/* An aligned AMO on the stack works: the stub goes on to its ebreak. */
UTEST(fault_aligned_amo_runs)
{
	return expect_fault((unsigned long)stub_amo, CHILD_STACK_TOP - 64, FAULT_BREAKPOINT,
			    (unsigned long)stub_amo + 4, ~0UL);
}

/* An unknown system call is an error return, not a fault. */
static volatile unsigned long ecall_out[2];

UTEST(fault_bad_syscall_returns)
{
	ecall_out[0] = ecall_out[1] = 0;
	CHECK_EQ(expect_fault((unsigned long)stub_ecall_bad, (unsigned long)ecall_out,
			      FAULT_BREAKPOINT, (unsigned long)stub_ecall_bad_ebreak, ~0UL), 0);
	CHECK_EQ(ecall_out[0], ERR_BAD_SYSCALL);
	CHECK_EQ(ecall_out[1], 9999);   /* a7 preserved */
	return 0;
}

/* A thread with no address space faults when scheduled, with no crash. */
UTEST(fault_no_space)
{
	unsigned long state = 0, cause = 0;

	CHECK_EQ(activity_create(T_ACT, OBJ_THREAD, S(1), 0), ERR_OK);
	CHECK_EQ(thread_set_regs(S(1), (unsigned long)stub_spin, 0, 0), ERR_OK);
	CHECK_EQ(thread_set_prio(S(1), CHILD_PRIO, CHILD_PRIO), ERR_OK);
	CHECK_EQ(thread_start(S(1)), ERR_OK);
	for (unsigned i = 0; i < 100 && state != THREAD_FAULTED; i++) {
		sys_yield();
		CHECK_EQ(thread_info(S(1), &state, NULL), ERR_OK);
	}
	CHECK_EQ(state, THREAD_FAULTED);
	CHECK_EQ(thread_read_fault(S(1), &cause, NULL, NULL), ERR_OK);
	CHECK(cause != FAULT_NONE);
	return 0;
}

/* Restarting a faulted thread clears the record; it faults again. A
 * stopped thread reads FAULT_NONE. */
UTEST(fault_restart_and_stop)
{
	struct child *c = spawn(0, T_ACT, 0);
	unsigned long cause = ~0UL, state;

	CHECK(c);
	CHECK_EQ(thread_read_fault(c->thread, &cause, NULL, NULL), ERR_OK);
	CHECK_EQ(cause, FAULT_NONE);
	CHECK_EQ(child_run_at(c, (unsigned long)stub_ebreak, 0), ERR_OK);
	CHECK(child_wait_state(c, THREAD_FAULTED));
	CHECK_EQ(thread_start(c->thread), ERR_OK);
	CHECK(child_wait_state(c, THREAD_FAULTED));
	CHECK_EQ(thread_read_fault(c->thread, &cause, NULL, NULL), ERR_OK);
	CHECK_EQ(cause, FAULT_BREAKPOINT);
	/* A spinning thread is runnable until stopped. */
	CHECK_EQ(child_run_at(c, (unsigned long)stub_spin, 0), ERR_OK);
	sys_yield();
	CHECK_EQ(thread_info(c->thread, &state, NULL), ERR_OK);
	CHECK_EQ(state, THREAD_RUNNABLE);
	CHECK_EQ(thread_stop(c->thread), ERR_OK);
	CHECK_EQ(thread_info(c->thread, &state, NULL), ERR_OK);
	CHECK_EQ(state, THREAD_INACTIVE);
	CHECK_EQ(thread_read_fault(c->thread, &cause, NULL, NULL), ERR_OK);
	CHECK_EQ(cause, FAULT_NONE);
	return 0;
}

/* A child that runs C code with gp/tp set up, and finishes. */
static void child_hello(struct child *c)
{
	c->res[0] = sys_null();
	c->res[1] = 42;
}

UTEST(fault_free_child_finishes)
{
	struct child *c = spawn(0, T_ACT, SPAWN_SELF);
	unsigned long state;

	CHECK(c);
	CHECK_EQ(child_run(c, child_hello), ERR_OK);
	CHECK(child_wait_done(c));
	CHECK_EQ(c->res[0], ERR_OK);
	CHECK_EQ(c->res[1], 42);
	CHECK(child_wait_state(c, THREAD_INACTIVE));
	CHECK_EQ(thread_info(c->thread, &state, NULL), ERR_OK);
	CHECK_EQ(state, THREAD_INACTIVE);
	return 0;
}
