/* SPDX-License-Identifier: BSD-2-Clause */
#ifndef CAP_OPS_H
#define CAP_OPS_H

/*
 * Capability operations with their side effects on the objects that hold
 * the slots: deleting the capability behind a page-table entry unmaps it,
 * deleting a thread's address-space capability leaves it without one.
 */

#include <cap/cap.h>

/* Delete the capability in c (non-empty). Its children move up a level, all
 * at once: for slots users cannot derive from (inside objects), or that
 * have few children. */
void cap_delete(struct cap *c);
/* The same for any slot: the children move up a batch at a time, with
 * preemption points (KERR_PREEMPTED: c is still there with fewer children,
 * the tree whole; call again). */
int cap_delete_preemptible(struct cap *c);
/* Move src (non-empty) to dst (empty, or the other half of a move of src
 * that was cut: cap_moving_to), its children handed over a batch at a
 * time; KERR_PREEMPTED: call again. */
int cap_move_preemptible(struct cap *dst, struct cap *src);
/* Delete everything derived from c, a child at a time after handing its
 * own children up to c (so no step walks the tree). Returns ERR_OK, or
 * KERR_PREEMPTED with the work so far done (call again to go on). */
int cap_revoke(struct cap *c);

/* True if a long loop should stop at its next preemption point. */
bool cap_should_preempt(void);
/* Tests: every n-th preemption point stops as if the tick had come (0: off). */
void cap_preempt_every(unsigned n);

#endif
