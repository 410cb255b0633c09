/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * The longest stretch of kernel work between two preemption points (or
 * kernel entries and exits), while the root task does what a hostile user
 * would: a capability with 12,800 children deleted and moved, the wide tree
 * revoked, a derivation chain 12,800 deep revoked, 256-capability
 * messages, a bulk destroy. The kernel measures it (SYSCTL_STRETCH,
 * KCOUNT_STRETCH) in retired instructions; one row per operation, then the
 * worst of all and what it was.
 */
#include <stdio.h>
#include "bench.h"

#define WIDE        12800          /* children, and chain links */
#define PER_PAGE    (CAP_SLOTS_PER_PAGE - 1)   /* slot 0 holds the page itself */
#define PAGES       ((WIDE + 2 + PER_PAGE - 1) / PER_PAGE)
#define FIRST_PAGE  64             /* R_CAPS0 index of the first hostile page (space.c
				      uses 16.., 32.. for the children) */
#define BULK_FRAMES 2000

/* Hostile slot i (0 .. PAGES * PER_PAGE - 1). */
static unsigned long H(unsigned i)
{
	return caddr_slot(CAPPAGE_AT(FIRST_PAGE + i / PER_PAGE), 1 + i % PER_PAGE);
}

static long pages_make(void)
{
	long err;

	for (unsigned k = 0; k < PAGES; k++) {
		unsigned long self = caddr_slot(CAPPAGE_AT(FIRST_PAGE + k), 0);
		if ((err = activity_create(R_ACT, OBJ_CAPPAGE, B(B_HTMP), 0)) ||
		    (err = pt_set(R_CAPS0, FIRST_PAGE + k, B(B_HTMP), CAP_ALL)) ||
		    (err = sys_cap_move(B(B_HTMP), 0, self)))
			return err;
	}
	return ERR_OK;
}

static unsigned long worst, worst_op;
static const char *worst_what;

static void stretch_start(void)
{
	sysctl(SYSCTL_STRETCH, 1);
}

/* The stretch since stretch_start(), as a row. */
static void stretch_row(const char *what)
{
	unsigned long n = ~0UL, op = 0;
	char row[96];

	sysctl_counter(R_SYSCTL, KCOUNT_STRETCH, &n);
	sysctl_counter(R_SYSCTL, KCOUNT_STRETCH_OP, &op);
	sysctl(SYSCTL_STRETCH, 0);
	snprintf(row, sizeof(row), "longest stretch: %s", what);
	bench_row(row, n, n, n, "-");
	if (n > worst) {
		worst = n;
		worst_op = op;
		worst_what = what;
	}
}

/* A frame capability in H(0) and WIDE copies of a copy of it (H(1)). */
static long wide_make(void)
{
	long err;

	if ((err = activity_create(R_ACT, OBJ_FRAME, H(0), 0)) ||
	    (err = sys_cap_copy(H(0), 0, H(1), CAP_ALL)))
		return err;
	for (unsigned i = 0; i < WIDE; i++)
		if ((err = sys_cap_copy(H(1), 0, H(2 + i), CAP_ALL)))
			return err;
	return ERR_OK;
}

static long chain_make(void)
{
	long err;

	if ((err = sys_cap_copy(H(0), 0, H(1), CAP_ALL)))
		return err;
	for (unsigned i = 0; i < WIDE; i++)
		if ((err = sys_cap_copy(H(1 + i), 0, H(2 + i), CAP_ALL)))
			return err;
	return ERR_OK;
}

static long bulk_destroy(void)
{
	unsigned long a = B(B_HACT);
	long err;

	if ((err = activity_create(R_ACT, OBJ_ACTIVITY, a, BULK_FRAMES + 1000)))
		return err;
	for (unsigned i = 0; i < BULK_FRAMES; i++)
		if ((err = activity_create(a, OBJ_FRAME, H(i), 0)))
			return err;
	stretch_start();
	err = activity_destroy(R_ACT, a);
	stretch_row("destroy of an activity with 2000 frames");
	return err;
}

void bench_hostile(struct child *receiver, long (*send)(struct child *, unsigned))
{
	char row[128];
	long err;

	if ((err = pages_make()) || (err = wide_make()))
		return bench_fail("hostile setup", err);
	stretch_start();
	err = sys_cap_move(H(1), 0, B(B_HTMP));
	stretch_row("move of a capability with 12800 children");
	if (err)
		return bench_fail("move", err);
	stretch_start();
	err = sys_cap_delete(B(B_HTMP));
	stretch_row("delete of a capability with 12800 children");
	if (err)
		return bench_fail("delete", err);
	stretch_start();
	err = sys_cap_revoke(H(0));
	stretch_row("revoke of 12800 capabilities, one level deep");
	if (err)
		return bench_fail("revoke wide", err);
	if ((err = chain_make()))
		return bench_fail("chain", err);
	stretch_start();
	err = sys_cap_revoke(H(1));
	stretch_row("revoke of a derivation chain 12800 deep");
	if (err)
		return bench_fail("revoke chain", err);
	if ((err = sys_cap_delete(H(1))) || (err = sys_cap_delete(H(0))))
		return bench_fail("chain cleanup", err);
	if (receiver) {
		stretch_start();
		for (unsigned i = 0; i < 8 && !err; i++)
			err = send(receiver, MSG_MAX_CAPS);
		stretch_row("send 256 capabilities, 8 times");
		if (err)
			return bench_fail("send", err);
	}
	if ((err = bulk_destroy()))
		return bench_fail("bulk destroy", err);
	snprintf(row, sizeof(row), "longest stretch, whole hostile workload (%s, op %#lx)",
		 worst_what, worst_op);
	bench_row(row, worst, worst, worst, "-");
}
