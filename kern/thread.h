/* SPDX-License-Identifier: BSD-2-Clause */
#ifndef KERN_THREAD_H
#define KERN_THREAD_H

/*
 * A thread: user registers, an address space, a priority and a time slice.
 *
 * Invariants:
 *  - state == THREAD_RUNNABLE  <=>  the thread is on the run queue of its
 *    hart and priority, or it is the thread its hart runs (kern/sched.h).
 *  - space (slot 0) is empty or holds a level-2 page table; a thread
 *    without one cannot run: scheduling it records a fault instead.
 *  - prio <= max_prio; a thread can set another's priority or maximum only
 *    up to its own max_prio.
 *  - fault.cause != FAULT_NONE only in state THREAD_FAULTED (or BLOCKED
 *    waiting for its fault handler: fault_ipc).
 *  - running_on >= 0 only while a hart executes it in user mode or is in
 *    the kernel on its behalf; another hart never runs it then.
 *  - while running_on < 0, fpu holds its floating-point registers (the
 *    hart that let it go saved them: arch_fpu_let_go); while it runs,
 *    they may be live in the hart instead (arch/riscv/fpu.c).
 */

#include <kern/arch.h>
#include <kern/obj.h>

#define THREAD_SLOT_SPACE 0
#define THREAD_SLOT_FAULT 1
#define THREAD_DEFAULT_SLICE 5   /* ticks */

struct thread_fault {
	uint64_t cause;           /* FAULT_* */
	uint64_t pc;
	uint64_t value;
};

struct thread {
	struct obj hdr;
	struct arch_regs regs;
	uint8_t state;            /* THREAD_* (kern/abi.h) */
	uint8_t wait;             /* WAIT_* (below; IPC): beside state, which
				     changes with it, so both take one store */
	uint8_t prio;
	uint8_t max_prio;
	uint8_t cpu;              /* the hart it runs on (THREAD_SET_CPU) */
	uint32_t slice;           /* ticks per turn */
	int running_on;           /* the hart executing it now, -1 if none */
	uint32_t ticks_left;      /* of its turn; waking does not renew it */
	int last_cpu;             /* the hart it last ran on, -1 if never (not
				     beside running_on: the compiler would
				     merge their stores into a dearer one) */
	struct thread *rq_next, *rq_prev;
	struct cap space;
	struct cap fault_handler;
	struct thread_fault fault;

	/* IPC (ipc/). A BLOCKED thread waits for exactly one thing (wait,
	 * above): */
	void *waiting_on;         /* the message, queue or thread it waits on */
	struct thread *wq_next, *wq_prev; /* on a queue's register-IPC list, the
				     sleepers or an object's destroy_waiters */
	uint64_t ipc_badge;       /* badge of the queue capability a waiting caller used */
	struct thread *reply_to;  /* the caller this thread owes a register reply */
	uint64_t wake_tick;       /* WAIT_SLEEP: the tick to wake at */
	bool fault_ipc;           /* waiting for its fault handler's reply */
	bool worker;              /* a hart's worker (kern/work.h): no space, no user mode */

	/* The IPC fast path's last lookup: while cap_generation is still
	 * fp_generation (cap/cap.h), capability address fp_caddr in this
	 * thread's space names live queue fp_queue with fp_rights and
	 * fp_badge. None is kept while fp_rights is 0 (zeroed cell). */
	uint64_t fp_caddr;
	uint64_t fp_generation;
	struct queue *fp_queue;
	uint64_t fp_badge;
	uint8_t fp_rights;

	/* Its floating-point registers while no hart holds them; read and
	 * written only on an FP switch, so last. */
	struct arch_fpu fpu;
};

/* What a THREAD_BLOCKED thread waits for. */
#define WAIT_NONE       0
#define WAIT_MESSAGE    1   /* delivery of the message waiting_on */
#define WAIT_RECV       2   /* a register message on the queue waiting_on */
#define WAIT_CALL       3   /* a receiver on the queue waiting_on (register call) */
#define WAIT_REPLY      4   /* the register reply of the thread waiting_on */
#define WAIT_SLEEP      5
#define WAIT_DESTROY    6   /* the destruction of the object waiting_on (kern/work.h) */

/* A hart's worker (kern/work.h): run in the kernel, never entered. */
static inline bool work_is_worker(const struct thread *t)
{
	return t->worker;
}

/* Block the current thread; wake it with results. */
void thread_block(struct thread *t, unsigned wait, void *on);
struct sysret;
void thread_wake(struct thread *t, const struct sysret *res);
/* thread_wake() by self, the current thread, which has just blocked in
 * the same call: t may run in self's place at once (sched_hand_to). */
void thread_wake_in_place(struct thread *self, struct thread *t, const struct sysret *res);
/* thread_wake() of a message's waiter, with err and three result words
 * (a delivery's: no struct sysret built for them): held, if this hart's
 * current call holds wakes (kern/sched.h:sched_hold_wakes). */
void thread_wake_held(struct thread *t, long err, unsigned long r0, unsigned long r1,
		      unsigned long r2);
/* thread_wake() but not yet queued, with ERR_OK and n (4 or 5) result
 * words read from words (a register message's, written straight from the
 * sender's registers): RUNNABLE, on no list; the caller queues it
 * (sched_add) or hands this hart to it (sched_hand_to). */
void thread_ready_words(struct thread *t, const unsigned long *words, unsigned n);
OBJ_FITS_CELL(struct thread);

void thread_init(struct thread *t);
void thread_start(struct thread *t);
void thread_stop(struct thread *t);
/* Record a fault and stop the thread; the kernel carries on. */
void thread_fault(struct thread *t, uint64_t cause, uint64_t pc, uint64_t value);
void thread_slot_cleared(struct thread *t, unsigned index);
/* The caller's destroy of o was cut: it waits until the worker is done. */
void thread_wait_destroy(struct thread *t, struct obj *o);
/* o's destruction is over: wake every thread waiting for it. */
void thread_wake_destroyers(struct obj *o);
/* The thread whose registers r are (a trap from user mode saves into the
 * running thread's). */
static inline struct thread *thread_of_regs(struct arch_regs *r)
{
	return (struct thread *)((char *)r - __builtin_offsetof(struct thread, regs));
}

static inline struct pagetable *thread_space(const struct thread *t)
{
	return cap_is_empty(&t->space) ? 0 : (struct pagetable *)t->space.obj;
}
int thread_teardown(struct thread *t);

#endif
