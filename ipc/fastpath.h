/* SPDX-License-Identifier: BSD-2-Clause */
#ifndef IPC_FASTPATH_H
#define IPC_FASTPATH_H

/*
 * The register IPC fast path (docs/design.md §1.6), after seL4's: the common case of
 * a call to a waiting receiver, and of a reply to a waiting caller followed
 * by a receive that must wait, done with the fewest steps and a direct
 * switch to the other thread. Anything unusual (no partner waiting, a
 * partner of lower priority than someone else runnable, a lookup error)
 * returns NULL before changing anything, and the general path in
 * ipc/regipc.c does the call; the results are the same either way.
 *
 * It is all inline, for the one caller: the arch's system-call entry
 * (trap_syscall_fast), so that a call costs no more than it must; that
 * caller also leaves the kernel into the thread it returns.
 */
#include <cap/cappage.h>
#include <cap/cspace.h>
#include <ipc/ipc.h>
#include <ipc/message.h>
#include <kern/arch.h>
#include <kern/pagetable.h>
#include <kern/sched.h>
#include <kern/thread.h>
#include <kern/trace.h>

#define VA_PAGE_MASK 0xfffUL

static inline struct pagetable *next_table(struct pagetable *pt, uint64_t va, int level)
{
	struct cap *s = pt_slot(pt, (va >> (12 + 9 * level)) & (PT_SLOTS - 1));

	return (struct pagetable *)s->obj;   /* NULL if empty */
}

/*
 * The queue caddr names in self's space, with at least the rights asked,
 * in *qu (and its badge), or false for the slow path: the walk
 * cspace_lookup() does, inlined, with every unusual case (errors
 * included) left to the general path, which reports it. A thread's last
 * answer is kept while cap_generation stays what it was (cap/cap.h): a
 * server or client calling one queue over and over walks once, and then
 * needs neither its space nor the slot.
 */
static inline bool fast_queue(struct thread *self, uint64_t caddr, uint8_t rights,
			      struct queue **qu, uint64_t *badge)
{
	struct pagetable *pt;
	struct cap *leaf, *c;

	if (self->fp_caddr == caddr && self->fp_generation == cap_generation &&
	    (self->fp_rights & rights) == rights) {
		*qu = self->fp_queue;
		*badge = self->fp_badge;
		return true;
	}
	if (caddr >= USER_ADDR_LIMIT || (caddr % CAP_SLOT_SIZE) || !(pt = thread_space(self)))
		return false;
	if (!(pt = next_table(pt, caddr, 2)) || !(pt = next_table(pt, caddr, 1)))
		return false;
	leaf = pt_slot(pt, (caddr >> 12) & (PT_SLOTS - 1));
	if (leaf->type != OBJ_CAPPAGE)
		return false;
	c = &((struct cappage *)leaf->obj)->slots[(caddr & VA_PAGE_MASK) / CAP_SLOT_SIZE];
	if (c->type != OBJ_QUEUE || (c->rights & rights) != rights || c->obj->dying)
		return false;
	self->fp_caddr = caddr;
	self->fp_generation = cap_generation;
	self->fp_queue = *qu = (struct queue *)c->obj;
	self->fp_rights = c->rights;
	self->fp_badge = *badge = c->badge;
	return true;
}

/*
 * The fast path proper. It checks everything first and changes nothing
 * until "commit"; from there it cannot fail. One function, so that the
 * call and the reply share one copy of the checks and the switch. Returns
 * the thread to enter, with its space's token in *token (the caller enters
 * it), or NULL, having changed nothing, for the general path.
 */
static inline struct thread *ipc_fastpath(struct thread *self, uint64_t *token)
{
	unsigned long nr = arch_regs_syscall_nr(&self->regs);
	bool call = nr == SYS_CALL;
	unsigned long cpu = arch_cpu_index();
	struct runqueue *q = sched_this_rq();
	struct pagetable *space;
	struct queue *qu;
	struct thread *to;
	uint64_t badge;

	if (!ipc_fastpath_enabled)
		return 0;
	if (call) {
		if (!fast_queue(self, arch_regs_arg(&self->regs, 0), CAP_W, &qu, &badge))
			return 0;
		to = qu->waiters;           /* a receiver is waiting */
		if (!to)
			return 0;
	} else if (nr == SYS_REPLY_RECV) {
		if (!fast_queue(self, arch_regs_arg(&self->regs, 0), CAP_R, &qu, &badge))
			return 0;
		to = self->reply_to;        /* its caller waits for the reply, */
		/* and nobody is queued for self to receive from at once */
		if (!to || to->fault_ipc || qu->callers || qu->pending_irqs)
			return 0;
	} else {
		return 0;
	}
	/*
	 * to runs at once in self's place: bound to this hart and not
	 * outranked by anything queued here. self is off the run queues, as
	 * the thread a hart runs is (kern/sched.h), unless another hart just
	 * queued it again (restarted it, or bound it to another hart: so off
	 * the queues, it is bound here). No TLB fences are owed: a system
	 * call never finds any (arch_tlb_flush_owed()).
	 */
	if (to->cpu != cpu || self->rq_next || (int)to->prio < q->top ||
	    !(space = thread_space(to)))
		return 0;

	/* commit */
	trace(call ? TR_FASTCALL : TR_FASTREPLY, qu, to, 0, 0, 0);
	for (unsigned i = 1; i <= 4; i++)
		to->regs.x[REG_A0 + i] = self->regs.x[REG_A0 + i];
	to->regs.x[REG_A0] = ERR_OK;
	arch_regs_skip_syscall(&self->regs);
	self->state = THREAD_BLOCKED;
	if (call) {
		qu->waiters = to->wq_next;
		if (qu->waiters)
			qu->waiters->wq_prev = 0;
		else
			qu->waiters_tail = 0;
		to->wq_next = 0;
		to->regs.x[REG_A0 + 5] = badge;
		to->reply_to = self;
		self->wait = WAIT_REPLY;
		self->waiting_on = to;
	} else {
		self->reply_to = 0;
		self->wq_next = 0;
		self->wq_prev = qu->waiters_tail;
		if (qu->waiters_tail)
			qu->waiters_tail->wq_next = self;
		else
			qu->waiters = self;
		qu->waiters_tail = self;
		self->wait = WAIT_RECV;
		self->waiting_on = qu;
	}
	to->state = THREAD_RUNNABLE;
	to->wait = WAIT_NONE;
	to->waiting_on = 0;
	q->fastpath++;
	sched_switch(q, cpu, self, to);
	*token = pt_space_token(space);
	return to;
}

#endif
