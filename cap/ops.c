/* SPDX-License-Identifier: BSD-2-Clause */
#include <cap/ops.h>
#include <kern/arch.h>
#include <kern/bkl.h>
#include <kern/kerr.h>
#include <kern/kstat.h>
#include <kern/pagetable.h>
#include <kern/sched.h>
#include <kern/thread.h>

/* The container's reaction to one of its slots being emptied. */
static void slot_cleared(struct cap *c)
{
	struct obj *container = c->container;

	if (container && obj_types[container->type].slot_cleared)
		obj_types[container->type].slot_cleared(container, c->index);
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
	kstat_point();
	/* A hart waiting for the kernel lock ends the step, as a tick does:
	 * the lock is held for one step, not for a whole operation. */
	bool waited = bkl_contended();

	if (waited && ++bkl.hold_waited > kstat.lock_wait_max)
		kstat.lock_wait_max = bkl.hold_waited;
	/* Injection first: when it is on, every n-th point ends the slice
	 * whether or not a tick is also pending, so tests see the same cuts
	 * on every host. */
	if (!injected() && !arch_preempt_pending() && !waited)
		return false;
	kstat.preemptions++;
	return true;
}

/*
 * Each step of a long delete or revoke costs a bounded amount, whatever
 * the tree's shape: handing CAP_ADOPT_BATCH children up a level, or
 * deleting one capability that has no children left. A preemption point
 * comes every CAP_REVOKE_BATCH steps. The tree itself records how far it
 * got, whole after every step: a call issued again carries on.
 */
#define CAP_ADOPT_BATCH  16
#define CAP_REVOKE_BATCH 8

int cap_delete_preemptible(struct cap *c)
{
	while (!cap_adopt_children(c, CAP_ADOPT_BATCH))
		if (cap_should_preempt())
			return KERR_PREEMPTED;
	cap_delete(c);
	return ERR_OK;
}

int cap_move_preemptible(struct cap *dst, struct cap *src)
{
	if (!cap_moving_to(src, dst)) {
		if (!src->first_child) {
			cap_move(dst, src);
			return ERR_OK;
		}
		cap_move_begin(dst, src);
	}
	while (!cap_move_children(dst, src, CAP_ADOPT_BATCH))
		if (cap_should_preempt())
			return KERR_PREEMPTED;
	cap_move_end(dst, src);
	return ERR_OK;
}

/*
 * Revoke deletes c's children, first handing each one's own children up
 * to c, so no step walks the tree: a chain thousands deep and a capability
 * with thousands of children cost the same per step.
 */
int cap_revoke(struct cap *c)
{
	struct cap *x;
	unsigned n = 0;

	while ((x = c->first_child) != 0) {
		if (cap_adopt_children(x, CAP_ADOPT_BATCH))
			cap_delete(x);
		if (++n % CAP_REVOKE_BATCH == 0 && cap_should_preempt())
			return KERR_PREEMPTED;
	}
	return ERR_OK;
}
