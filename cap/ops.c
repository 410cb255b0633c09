/* SPDX-License-Identifier: BSD-2-Clause */
#include <cap/ops.h>
#include <kern/arch.h>
#include <kern/kerr.h>
#include <kern/kstat.h>
#include <kern/pagetable.h>
#include <kern/sched.h>
#include <kern/thread.h>
#include <ipc/irq.h>

/* Each container type's reaction to one of its slots being emptied. */
static void slot_cleared(struct cap *c)
{
	struct obj *container = c->container;

	if (!container)
		return;
	switch (container->type) {
	case OBJ_PAGETABLE:
		pt_slot_cleared((struct pagetable *)container, c->index);
		break;
	case OBJ_THREAD:
		thread_slot_cleared((struct thread *)container, c->index);
		break;
	case OBJ_IRQ:
		irq_queue_gone((struct irq *)container);
		break;
	default:
		break;
	}
}

void cap_delete(struct cap *c)
{
	slot_cleared(c);
	cap_unlink(c);
}

/*
 * Whether a tick lands inside a given copy or revoke depends on how fast
 * the host runs QEMU, so tests that need an operation cut at a known point
 * ask for injected preemption instead: every n-th point then behaves as a
 * tick would, ending the caller's slice so that a thread of the same
 * priority runs before the operation goes on.
 */
static unsigned inject_every, inject_count;

void cap_preempt_every(unsigned n)
{
	inject_every = n;
	inject_count = 0;
}

static bool injected(void)
{
	if (!inject_every || ++inject_count < inject_every)
		return false;
	inject_count = 0;
	sched_yield();
	return true;
}

bool cap_should_preempt(void)
{
	/* Injection first: when it is on, every n-th point ends the slice
	 * whether or not a tick is also pending, so tests see the same cuts
	 * on every host. */
	if (!injected() && !arch_preempt_pending())
		return false;
	kstat.preemptions++;
	return true;
}

/*
 * Revocation deletes leaves one at a time, so the tree itself records how
 * far it got: a restarted revoke simply finds the next leaf. It checks for
 * a pending timer interrupt every CAP_REVOKE_BATCH deletions.
 */
#define CAP_REVOKE_BATCH 16

int cap_revoke(struct cap *c)
{
	struct cap *leaf;
	unsigned n = 0;

	while ((leaf = cap_first_leaf(c)) != 0) {
		cap_delete(leaf);
		if (++n % CAP_REVOKE_BATCH == 0 && cap_should_preempt())
			return KERR_PREEMPTED;
	}
	return ERR_OK;
}
