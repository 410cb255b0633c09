/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * The register IPC fast path (design §1.6), after seL4's: the common case of
 * a call to a waiting receiver, and of a reply to a waiting caller followed
 * by a receive that must wait, done with the fewest steps and a direct
 * switch to the other thread. Anything unusual (no partner waiting, a
 * partner of lower priority than someone else runnable, a lookup error)
 * returns false before changing anything, and the general path in
 * ipc/regipc.c does the call; the results are the same either way.
 */
#include <cap/cappage.h>
#include <cap/cspace.h>
#include <ipc/ipc.h>
#include <ipc/message.h>
#include <kern/arch.h>
#include <kern/kstat.h>
#include <kern/pagetable.h>
#include <kern/thread.h>

bool ipc_fastpath_enabled = true;

#define VA_PAGE_MASK 0xfffUL

static inline struct pagetable *next_table(struct pagetable *pt, uint64_t va, int level)
{
	struct cap *s = pt_slot(pt, (va >> (12 + 9 * level)) & (PT_SLOTS - 1));

	return (struct pagetable *)s->obj;   /* NULL if empty */
}

/*
 * The queue a0 names, with the rights asked, or NULL for the slow path:
 * the walk cspace_lookup() does, inlined, with every unusual case (errors
 * included) left to the general path, which reports it.
 */
static inline struct queue *fast_queue(struct pagetable *own, uint64_t caddr, uint8_t rights,
				       uint64_t *badge)
{
	struct pagetable *pt;
	struct cap *leaf, *c;

	if (caddr >= USER_ADDR_LIMIT || (caddr % CAP_SLOT_SIZE))
		return 0;
	if (!(pt = next_table(own, caddr, 2)) || !(pt = next_table(pt, caddr, 1)))
		return 0;
	leaf = pt_slot(pt, (caddr >> 12) & (PT_SLOTS - 1));
	if (leaf->type != OBJ_CAPPAGE)
		return 0;
	c = &((struct cappage *)leaf->obj)->slots[(caddr & VA_PAGE_MASK) / CAP_SLOT_SIZE];
	if (c->type != OBJ_QUEUE || (c->rights & rights) != rights || c->obj->dying)
		return 0;
	*badge = c->badge;
	return (struct queue *)c->obj;
}

/* Leave the kernel into to, which must be the best thread to run. */
static __attribute__((noreturn)) void switch_to(struct thread *to, struct pagetable *space)
{
	to->state = THREAD_RUNNABLE;
	to->wait = WAIT_NONE;
	to->waiting_on = 0;
	to->ticks_left = to->slice;
	sched_add_front(to);
	kstat.fastpath++;
	sched_run(to, space);
}

static bool fast_call(struct thread *self, struct pagetable *own)
{
	uint64_t badge;
	struct queue *q = fast_queue(own, arch_regs_arg(&self->regs, 0), CAP_W, &badge);
	struct thread *r = q ? q->waiters : 0;
	struct pagetable *rspace;

	if (!r || r->cpu != arch_cpu_index() || r->prio < sched_top_prio() ||
	    !(rspace = thread_space(r)))
		return false;
	/* commit */
	q->waiters = r->wq_next;
	if (q->waiters)
		q->waiters->wq_prev = 0;
	else
		q->waiters_tail = 0;
	r->wq_next = 0;
	for (unsigned i = 1; i <= 4; i++)
		r->regs.x[REG_A0 + i] = self->regs.x[REG_A0 + i];
	r->regs.x[REG_A0] = ERR_OK;
	r->regs.x[REG_A0 + 5] = badge;
	r->reply_to = self;
	arch_regs_skip_syscall(&self->regs);
	thread_block(self, WAIT_REPLY, r);
	switch_to(r, rspace);
}

static bool fast_reply_recv(struct thread *self, struct pagetable *own)
{
	uint64_t badge;
	struct queue *q = fast_queue(own, arch_regs_arg(&self->regs, 0), CAP_R, &badge);
	struct thread *c = self->reply_to;
	struct pagetable *cspace;

	if (!q || !c || q->callers || q->pending_irqs || c->fault_ipc || c->cpu != arch_cpu_index() ||
	    c->prio < sched_top_prio() || !(cspace = thread_space(c)))
		return false;
	/* commit */
	for (unsigned i = 1; i <= 4; i++)
		c->regs.x[REG_A0 + i] = self->regs.x[REG_A0 + i];
	c->regs.x[REG_A0] = ERR_OK;
	self->reply_to = 0;
	arch_regs_skip_syscall(&self->regs);
	thread_block(self, WAIT_RECV, q);
	self->wq_next = 0;
	self->wq_prev = q->waiters_tail;
	if (q->waiters_tail)
		q->waiters_tail->wq_next = self;
	else
		q->waiters = self;
	q->waiters_tail = self;
	switch_to(c, cspace);
}

bool ipc_fastpath(struct thread *self)
{
	unsigned long nr = arch_regs_syscall_nr(&self->regs);
	struct pagetable *own;

	if (!ipc_fastpath_enabled || (nr != SYS_CALL && nr != SYS_REPLY_RECV))
		return false;
	if (!(own = thread_space(self)))
		return false;
	return nr == SYS_CALL ? fast_call(self, own) : fast_reply_recv(self, own);
}
