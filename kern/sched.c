/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * Fixed-priority round-robin scheduling: one FIFO per priority, the highest
 * non-empty one runs, and a thread that used up its slice goes to the back
 * of its FIFO. The running thread stays at the head of its queue.
 *
 * Threads run on the boot hart only for now (the other harts idle in wfi);
 * the run queues are therefore touched by one hart and need no lock.
 */
#include <kern/arch.h>
#include <kern/pagetable.h>
#include <kern/thread.h>
#include <ipc/ipc.h>

#define NPRIO (THREAD_PRIO_MAX + 1)
#define BITMAP_WORDS (NPRIO / 64)

static struct thread *queue_head[NPRIO];
static uint64_t nonempty[BITMAP_WORDS];
static struct thread *current;

static void mark(unsigned prio, bool set)
{
	if (set)
		nonempty[prio / 64] |= 1UL << (prio % 64);
	else
		nonempty[prio / 64] &= ~(1UL << (prio % 64));
}

/* Queues are circular: head->rq_prev is the tail. */
void sched_add(struct thread *t)
{
	struct thread **head = &queue_head[t->prio];

	if (!*head) {
		t->rq_next = t->rq_prev = t;
		*head = t;
		mark(t->prio, true);
		return;
	}
	t->rq_next = *head;
	t->rq_prev = (*head)->rq_prev;
	(*head)->rq_prev->rq_next = t;
	(*head)->rq_prev = t;
}

void sched_add_front(struct thread *t)
{
	sched_add(t);
	queue_head[t->prio] = t;
}

void sched_set_current(struct thread *t)
{
	current = t;
}

unsigned sched_top_prio(void)
{
	for (int w = BITMAP_WORDS - 1; w >= 0; w--)
		if (nonempty[w])
			return w * 64 + 63 - __builtin_clzl(nonempty[w]);
	return 0;
}

void sched_remove(struct thread *t)
{
	struct thread **head = &queue_head[t->prio];

	if (t->rq_next == t) {
		*head = 0;
		mark(t->prio, false);
	} else {
		t->rq_prev->rq_next = t->rq_next;
		t->rq_next->rq_prev = t->rq_prev;
		if (*head == t)
			*head = t->rq_next;
	}
	t->rq_next = t->rq_prev = 0;
	if (current == t)
		current = 0;
}

static struct thread *pick(void)
{
	for (int w = BITMAP_WORDS - 1; w >= 0; w--)
		if (nonempty[w])
			return queue_head[w * 64 + 63 - __builtin_clzl(nonempty[w])];
	return 0;
}


struct thread *sched_current(void)
{
	return current;
}

static void rotate(struct thread *t)
{
	t->ticks_left = t->slice;
	if (queue_head[t->prio] == t)
		queue_head[t->prio] = t->rq_next;
}

void sched_tick(void)
{
	struct thread *t = current;

	if (arch_cpu_index() != 0)
		return;
	ipc_tick();
	if (!t)
		return;
	if (t->ticks_left > 1) {
		t->ticks_left--;
		return;
	}
	rotate(t);
}

void sched_yield(void)
{
	if (current)
		rotate(current);
}

void sched_exit(void)
{
	for (;;) {
		struct thread *t = pick();
		if (!t) {
			current = 0;
			/* Idle until an interrupt; the tick runs in trap_kernel. */
			arch_irq_enable();
			arch_wait_for_interrupt();
			arch_irq_save();
			continue;
		}
		struct pagetable *space = thread_space(t);
		if (!space) {
			thread_fault(t, FAULT_ACCESS, arch_regs_pc(&t->regs), 0);
			continue;
		}
		current = t;
		arch_enter_user(&t->regs, pt_space_token(space));
	}
}
