/* SPDX-License-Identifier: BSD-2-Clause */
#include <cap/ops.h>
#include <kern/kerr.h>
#include <kern/pagetable.h>
#include <kern/sched.h>
#include <kern/syscall.h>
#include <kern/thread.h>
#include <kern/trace.h>
#include <ipc/ipc.h>

void thread_init(struct thread *t)
{
	t->state = THREAD_INACTIVE;
	t->slice = THREAD_DEFAULT_SLICE;
	t->running_on = -1;
	t->last_cpu = -1;
	t->space.container = &t->hdr;
	t->space.index = THREAD_SLOT_SPACE;
	t->fault_handler.container = &t->hdr;
	t->fault_handler.index = THREAD_SLOT_FAULT;
}

void thread_start(struct thread *t)
{
	if (t->state == THREAD_RUNNABLE)
		return;
	t->fault = (struct thread_fault){ 0 };
	t->ticks_left = t->slice;
	t->state = THREAD_RUNNABLE;
	sched_add(t);
}

void thread_stop(struct thread *t)
{
	if (t->state == THREAD_RUNNABLE)
		sched_remove(t);
	if (t->state == THREAD_BLOCKED) {
		ipc_cancel(t);
		/* A thread waiting for its fault handler was not in a call:
		 * its registers are its own. */
		if (!t->fault_ipc)
			syscall_complete(t, &SYSRET(ERR_CANCELED));
		t->fault_ipc = false;
	}
	t->state = THREAD_INACTIVE;
}

void thread_block(struct thread *t, unsigned wait, void *on)
{
	trace(TR_BLOCK, t, on, 0, wait, 0);
	if (t->state == THREAD_RUNNABLE)
		sched_remove(t);
	t->state = THREAD_BLOCKED;
	t->wait = wait;
	t->waiting_on = on;
}

/* t, whose results are written, waits no more. Inline for its four
 * entry points. */
static inline __attribute__((always_inline)) void waits_no_more(struct thread *t, long err)
{
	trace(TR_WAKE, t, 0, 0, (uint64_t)err, 0);
	t->wait = WAIT_NONE;
	t->waiting_on = 0;
	t->state = THREAD_RUNNABLE;
}

static inline __attribute__((always_inline)) void ready(struct thread *t,
							 const struct sysret *res)
{
	syscall_complete(t, res);
	waits_no_more(t, res->err);
}

/* ready() with err and n result words given, not a struct sysret. */
static inline __attribute__((always_inline)) void ready_words(struct thread *t, long err,
							       const unsigned long *words,
							       unsigned n)
{
	arch_regs_set_result(&t->regs, (unsigned long)err, words, n);
	waits_no_more(t, err);
}

void thread_ready_words(struct thread *t, const unsigned long *words, unsigned n)
{
	ready_words(t, ERR_OK, words, n);
}

void thread_wake(struct thread *t, const struct sysret *res)
{
	ready(t, res);
	sched_add(t);
}

void thread_wake_held(struct thread *t, long err, unsigned long r0, unsigned long r1,
		      unsigned long r2)
{
	const unsigned long words[3] = { r0, r1, r2 };

	ready_words(t, err, words, 3);
	sched_add_held(t);
}

void thread_wake_in_place(struct thread *self, struct thread *t, const struct sysret *res)
{
	ready(t, res);
	sched_hand_to(self, t);
}

void thread_fault(struct thread *t, uint64_t cause, uint64_t pc, uint64_t value)
{
	t->fault = (struct thread_fault){ cause, pc, value };
	if (!cap_is_empty(&t->fault_handler) && ipc_fault(t))
		return;   /* now waiting for its handler's reply */
	thread_stop(t);
	t->state = THREAD_FAULTED;
}

void thread_slot_cleared(struct thread *t, unsigned index)
{
	/* Losing the address space is noticed when the thread is next
	 * scheduled (sched_exit records a fault then). Running on another
	 * hart, it leaves user mode now: a revoke or delete of its space has
	 * taken effect on every hart before it returns (docs/smp.md). */
	if (index == THREAD_SLOT_SPACE && t->running_on >= 0 &&
	    t->running_on != (int)arch_cpu_index())
		arch_cpu_leave_user(t->running_on);
}

void thread_wait_destroy(struct thread *t, struct obj *o)
{
	thread_block(t, WAIT_DESTROY, o);
	t->wq_prev = 0;
	t->wq_next = o->destroy_waiters;
	if (t->wq_next)
		t->wq_next->wq_prev = t;
	o->destroy_waiters = t;
}

void thread_wake_destroyers(struct obj *o)
{
	struct thread *t;

	while ((t = o->destroy_waiters)) {
		o->destroy_waiters = t->wq_next;
		if (o->destroy_waiters)
			o->destroy_waiters->wq_prev = 0;
		t->wq_next = t->wq_prev = 0;
		thread_wake(t, &SYSRET(ERR_OK));
	}
}

int thread_teardown(struct thread *t)
{
	thread_stop(t);
	/* Still executing on another hart (until the IPI thread_stop sent
	 * lands): its registers must not be saved into a freed cell. */
	if (t->running_on >= 0 && t->running_on != (int)arch_cpu_index())
		return KERR_PREEMPTED;
	arch_fpu_reset(&t->fpu);
	if (!cap_is_empty(&t->space))
		cap_delete(&t->space);
	if (!cap_is_empty(&t->fault_handler))
		cap_delete(&t->fault_handler);
	ipc_thread_gone(t);
	return ERR_OK;
}
