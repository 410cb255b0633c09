/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * Activities: creating each type, the cost of each (docs/abi.md: one cell,
 * three cells to a frame, plus a frame's 4 KiB, a capability page's slots,
 * a page table's hardware table and 8 frames of slots), quotas, destroy.
 */
#include "spawn.h"

#define PT_FRAMES 9     /* hardware table + 512 slots of 64 bytes */

UTEST(activity_create_each_type)
{
	static const struct { unsigned long type, arg; } want[] = {
		{ OBJ_ACTIVITY, 100 }, { OBJ_FRAME, 0 }, { OBJ_PAGETABLE, 0 },
		{ OBJ_PAGETABLE, 1 }, { OBJ_PAGETABLE, 2 }, { OBJ_CAPPAGE, 0 },
		{ OBJ_THREAD, 0 },
	};
	unsigned long type, rights, badge, level;

	for (unsigned i = 0; i < sizeof(want) / sizeof(want[0]); i++) {
		CHECK_EQ(activity_create(T_ACT, want[i].type, S(1 + i), want[i].arg), ERR_OK);
		type = rights = badge = ~0UL;
		CHECK_EQ(sys_cap_info(S(1 + i), &type, &rights, &badge), ERR_OK);
		CHECK_EQ(type, want[i].type);
		CHECK_EQ(rights, CAP_ALL);
		CHECK_EQ(badge, 0);
		if (want[i].type == OBJ_PAGETABLE) {
			CHECK_EQ(pt_info(S(1 + i), &level), ERR_OK);
			CHECK_EQ(level, want[i].arg);
		}
	}
	CHECK_EQ(act_quota(S(1)), 100);
	CHECK_EQ(act_used(S(1)), 0);
	return 0;
}

/* Step by step in a fresh activity, whose parent pays the same. */
UTEST(activity_costs)
{
	static const struct { unsigned long type, arg, used; } steps[] = {
		{ OBJ_PAGETABLE, 0, 1 + PT_FRAMES },  /* first cell frame */
		{ OBJ_CAPPAGE, 0, 1 + PT_FRAMES + 1 },
		{ OBJ_THREAD, 0, 1 + PT_FRAMES + 1 },  /* third cell: frame full */
		{ OBJ_FRAME, 0, 1 + PT_FRAMES + 1 + 2 },
		{ OBJ_FRAME, 0, 1 + PT_FRAMES + 1 + 3 },
		{ OBJ_ACTIVITY, 5, 1 + PT_FRAMES + 1 + 3 },
		{ OBJ_PAGETABLE, 2, 1 + PT_FRAMES + 1 + 4 + PT_FRAMES },
	};
	unsigned long quota, used, freef, parent0, free0;

	CHECK_EQ(activity_create(T_ACT, OBJ_ACTIVITY, S(1), 1000), ERR_OK);
	CHECK_EQ(activity_info(S(1), &quota, &used, &freef), ERR_OK);
	CHECK_EQ(quota, 1000);
	CHECK_EQ(used, 0);
	CHECK_EQ(freef, free_frames());
	parent0 = act_used(T_ACT);
	free0 = free_frames();
	for (unsigned i = 0; i < sizeof(steps) / sizeof(steps[0]); i++) {
		CHECK_EQ(activity_create(S(1), steps[i].type, S(2 + i), steps[i].arg), ERR_OK);
		CHECK_EQ(act_used(S(1)), steps[i].used);
		CHECK_EQ(act_used(T_ACT) - parent0, steps[i].used);
		CHECK_EQ(free0 - free_frames(), steps[i].used);
	}
	CHECK_EQ(act_used(S(7)), 0);   /* the sub-activity itself */
	CHECK_EQ(act_quota(S(7)), 5);
	/* Destroying one object returns what it holds (its cell stays with
	 * the activity for reuse). */
	used = act_used(S(1));
	CHECK_EQ(activity_destroy(S(1), S(2)), ERR_OK);
	CHECK_EQ(act_used(S(1)), used - PT_FRAMES);
	CHECK_EQ(activity_destroy(S(1), S(5)), ERR_OK);
	CHECK_EQ(act_used(S(1)), used - PT_FRAMES - 1);
	CHECK_EQ(activity_destroy(S(1), S(4)), ERR_OK);   /* thread: cell only */
	CHECK_EQ(act_used(S(1)), used - PT_FRAMES - 1);
	/* Freed cells are reused before a new cell frame is taken. */
	CHECK_EQ(activity_create(S(1), OBJ_FRAME, S(20), 0), ERR_OK);
	CHECK_EQ(activity_create(S(1), OBJ_FRAME, S(21), 0), ERR_OK);
	CHECK_EQ(act_used(S(1)), used - PT_FRAMES + 1);
	/* Destroying the activity gives everything back. */
	CHECK_EQ(activity_destroy(T_ACT, S(1)), ERR_OK);
	CHECK_EQ(act_used(T_ACT), parent0);
	CHECK_EQ(free_frames(), free0);
	for (unsigned i = 1; i <= 8; i++)
		CHECK_EQ(sys_cap_info(S(i), NULL, NULL, NULL), ERR_SLOT_EMPTY);
	return 0;
}

/* Frames until the quota: used == quota, and everything comes back. */
UTEST(activity_quota_exhausted)
{
	unsigned long free0, parent0;
	unsigned n = 0;
	long err;

	CHECK_EQ(activity_create(T_ACT, OBJ_ACTIVITY, S(1), 10), ERR_OK);
	free0 = free_frames();
	parent0 = act_used(T_ACT);
	while ((err = activity_create(S(1), OBJ_FRAME, S(2 + n), 0)) == ERR_OK)
		CHECK(++n < 20);
	CHECK_EQ(err, ERR_QUOTA);
	CHECK_EQ(n, 7);                 /* 7 frames + 3 cell frames = 10 */
	CHECK_EQ(act_used(S(1)), 10);
	CHECK_EQ(act_used(T_ACT) - parent0, 10);
	CHECK_EQ(free0 - free_frames(), 10);
	/* Other types fail the same way, and charge nothing. */
	CHECK_EQ(activity_create(S(1), OBJ_CAPPAGE, S(30), 0), ERR_QUOTA);
	CHECK_EQ(activity_create(S(1), OBJ_PAGETABLE, S(30), 0), ERR_QUOTA);
	CHECK_EQ(act_used(S(1)), 10);
	CHECK_EQ(sys_cap_info(S(30), NULL, NULL, NULL), ERR_SLOT_EMPTY);
	/* Freeing one frame makes room for exactly one. */
	CHECK_EQ(activity_destroy(S(1), S(2)), ERR_OK);
	CHECK_EQ(activity_create(S(1), OBJ_FRAME, S(2), 0), ERR_OK);
	CHECK_EQ(activity_create(S(1), OBJ_FRAME, S(30), 0), ERR_QUOTA);
	CHECK_EQ(activity_destroy(T_ACT, S(1)), ERR_OK);
	CHECK_EQ(free_frames(), free0);
	CHECK_EQ(act_used(T_ACT), parent0);
	return 0;
}

/* docs/abi.md: a call that fails with ERR_QUOTA allocates nothing. A page
 * table needs a cell frame and 9 frames; with a quota of 9 neither fits. */
UTEST(activity_quota_failure_charges_nothing)
{
	CHECK_EQ(activity_create(T_ACT, OBJ_ACTIVITY, S(1), PT_FRAMES), ERR_OK);
	CHECK_EQ(activity_create(S(1), OBJ_PAGETABLE, S(2), 0), ERR_QUOTA);
	CHECK_EQ(act_used(S(1)), 0);
	return 0;
}

/* A charge counts against every ancestor's quota too. */
UTEST(activity_quota_ancestor)
{
	unsigned n = 0;
	long err;

	CHECK_EQ(activity_create(T_ACT, OBJ_ACTIVITY, S(1), 20), ERR_OK);
	CHECK_EQ(activity_create(S(1), OBJ_ACTIVITY, S(2), 20), ERR_OK);
	CHECK_EQ(activity_create(S(1), OBJ_PAGETABLE, S(3), 0), ERR_OK);  /* 10 */
	while ((err = activity_create(S(2), OBJ_FRAME, S(10 + n), 0)) == ERR_OK)
		CHECK(++n < 40);
	CHECK_EQ(err, ERR_QUOTA);
	CHECK_EQ(act_used(S(1)), 20);
	CHECK_EQ(act_used(S(2)), 10);
	CHECK(act_used(S(2)) < act_quota(S(2)));
	return 0;
}

UTEST(activity_bad_quota)
{
	unsigned long quota = act_quota(T_ACT);

	CHECK_EQ(activity_create(T_ACT, OBJ_ACTIVITY, S(1), quota + 1), ERR_BAD_ARG);
	CHECK_EQ(activity_create(T_ACT, OBJ_ACTIVITY, S(1), ~0UL), ERR_BAD_ARG);
	CHECK_EQ(activity_create(T_ACT, OBJ_ACTIVITY, S(1), 0), ERR_BAD_ARG);
	CHECK_EQ(sys_cap_info(S(1), NULL, NULL, NULL), ERR_SLOT_EMPTY);
	CHECK_EQ(activity_create(T_ACT, OBJ_ACTIVITY, S(1), quota), ERR_OK);
	CHECK_EQ(activity_create(S(1), OBJ_ACTIVITY, S(2), quota + 1), ERR_BAD_ARG);
	return 0;
}

UTEST(activity_bad_type)
{
	static const unsigned long bad[] = {
		OBJ_NONE, OBJ_DEVFRAME, OBJ_SYSCTL, OBJ_IRQ, OBJ_TYPE_COUNT, 1000,
		~0UL, (1UL << 32) | OBJ_FRAME,
	};
	unsigned long used = act_used(T_ACT);

	for (unsigned i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		CHECK_EQ(activity_create(T_ACT, bad[i], S(1), 0), ERR_BAD_ARG);
	CHECK_EQ(sys_cap_info(S(1), NULL, NULL, NULL), ERR_SLOT_EMPTY);
	CHECK_EQ(act_used(T_ACT), used);
	return 0;
}

UTEST(activity_bad_pt_level)
{
	unsigned long used = act_used(T_ACT);

	CHECK_EQ(activity_create(T_ACT, OBJ_PAGETABLE, S(1), 3), ERR_BAD_ARG);
	CHECK_EQ(activity_create(T_ACT, OBJ_PAGETABLE, S(1), ~0UL), ERR_BAD_ARG);
	CHECK_EQ(sys_cap_info(S(1), NULL, NULL, NULL), ERR_SLOT_EMPTY);
	CHECK_EQ(act_used(T_ACT), used);
	/* Out of range is out of range in all 64 bits. */
	CHECK_EQ(activity_create(T_ACT, OBJ_PAGETABLE, S(1), (1UL << 32) | 1), ERR_BAD_ARG);
	return 0;
}

UTEST(activity_rights)
{
	unsigned long quota;

	CHECK_EQ(activity_create(T_ACT, OBJ_FRAME, S(1), 0), ERR_OK);
	CHECK_EQ(sys_cap_copy(T_ACT, 0, S(2), CAP_R), ERR_OK);      /* no W */
	CHECK_EQ(sys_cap_copy(T_ACT, 0, S(3), CAP_W | CAP_G), ERR_OK); /* no R */
	CHECK_EQ(activity_create(S(2), OBJ_FRAME, S(4), 0), ERR_RIGHTS);
	CHECK_EQ(activity_destroy(S(2), S(1)), ERR_RIGHTS);
	CHECK_EQ(activity_info(S(2), &quota, NULL, NULL), ERR_OK);
	CHECK_EQ(quota, act_quota(T_ACT));
	CHECK_EQ(activity_info(S(3), NULL, NULL, NULL), ERR_RIGHTS);
	CHECK_EQ(activity_create(S(3), OBJ_FRAME, S(4), 0), ERR_OK);
	CHECK_EQ(activity_destroy(S(3), S(4)), ERR_OK);
	CHECK_EQ(sys_cap_info(S(4), NULL, NULL, NULL), ERR_SLOT_EMPTY);
	CHECK_EQ(sys_cap_info(S(1), NULL, NULL, NULL), ERR_OK);
	return 0;
}

UTEST(activity_create_dst)
{
	unsigned long used;

	CHECK_EQ(activity_create(T_ACT, OBJ_FRAME, S(1), 0), ERR_OK);
	used = act_used(T_ACT);
	CHECK_EQ(activity_create(T_ACT, OBJ_FRAME, S(1), 0), ERR_SLOT_FULL);
	CHECK_EQ(activity_create(T_ACT, OBJ_FRAME, R_ACT, 0), ERR_SLOT_FULL);
	CHECK_EQ(activity_create(T_ACT, OBJ_FRAME, S(2) + 8, 0), ERR_CADDR_ALIGN);
	CHECK_EQ(activity_create(T_ACT, OBJ_FRAME, -64UL, 0), ERR_CADDR_KERNEL);
	CHECK_EQ(activity_create(T_ACT, OBJ_FRAME, USER_ADDR_LIMIT, 0), ERR_CADDR_KERNEL);
	CHECK_EQ(activity_create(T_ACT, OBJ_FRAME, DATA_VA(50), 0), ERR_NO_TABLE);
	CHECK_EQ(activity_create(T_ACT, OBJ_FRAME, BOOTINFO_ADDR, 0), ERR_NOT_CAPPAGE);
	CHECK_EQ(act_used(T_ACT), used);
	return 0;
}

UTEST(activity_bad_method)
{
	CHECK_EQ(sys_invoke(T_ACT, 0, 0, 0, 0, 0, 0).err, ERR_BAD_METHOD);
	CHECK_EQ(sys_invoke(T_ACT, ACTIVITY_IPC_LIMIT + 1, 0, 0, 0, 0, 0).err, ERR_BAD_METHOD);
	CHECK_EQ(sys_invoke(T_ACT, ~0UL, 0, 0, 0, 0, 0).err, ERR_BAD_METHOD);
	CHECK_EQ(sys_invoke(T_ACT, (1UL << 32) | ACTIVITY_INFO, 0, 0, 0, 0, 0).err,
		 ERR_BAD_METHOD);
	return 0;
}

UTEST(activity_destroy_bad)
{
	CHECK_EQ(activity_create(T_ACT, OBJ_ACTIVITY, S(1), 50), ERR_OK);
	CHECK_EQ(activity_create(T_ACT, OBJ_FRAME, S(2), 0), ERR_OK);
	CHECK_EQ(activity_create(S(1), OBJ_FRAME, S(3), 0), ERR_OK);
	/* Not allocated from it: a sibling's, the parent's, the root's. */
	CHECK_EQ(activity_destroy(S(1), S(2)), ERR_BAD_ARG);
	CHECK_EQ(activity_destroy(S(1), T_ACT), ERR_BAD_ARG);
	CHECK_EQ(activity_destroy(T_ACT, R_CAPPAGE), ERR_BAD_ARG);
	CHECK_EQ(activity_destroy(S(1), S(1)), ERR_BAD_ARG);
	/* The kernel's own: sysctl, device frames, the root activity. */
	CHECK_EQ(activity_destroy(R_ACT, R_SYSCTL), ERR_BAD_ARG);
	if (utest_bootinfo->ndev > 0)
		CHECK_EQ(activity_destroy(R_ACT, ROOT_SLOT(utest_bootinfo->dev[0].first_slot)),
			 ERR_BAD_ARG);
	CHECK_EQ(activity_destroy(R_ACT, R_ACT), ERR_BAD_ARG);
	/* The calling thread. */
	CHECK_EQ(activity_destroy(R_ACT, R_THREAD), ERR_IN_USE);
	/* Lookup errors. */
	CHECK_EQ(activity_destroy(T_ACT, S(40)), ERR_SLOT_EMPTY);
	CHECK_EQ(activity_destroy(T_ACT, S(40) + 4), ERR_CADDR_ALIGN);
	CHECK_EQ(activity_destroy(T_ACT, -4096UL), ERR_CADDR_KERNEL);
	CHECK_EQ(activity_destroy(T_ACT, DATA_VA(60)), ERR_NO_TABLE);
	CHECK_EQ(activity_destroy(T_ACT, BOOTINFO_ADDR), ERR_NOT_CAPPAGE);
	/* From an ancestor: fine. */
	CHECK_EQ(activity_destroy(T_ACT, S(3)), ERR_OK);
	CHECK_EQ(sys_cap_info(S(3), NULL, NULL, NULL), ERR_SLOT_EMPTY);
	CHECK_EQ(sys_cap_info(R_SYSCTL, NULL, NULL, NULL), ERR_OK);
	CHECK_EQ(sys_cap_info(R_THREAD, NULL, NULL, NULL), ERR_OK);
	return 0;
}

/* Three deep, with objects at each level and capabilities to them spread
 * over the levels' own capability pages; destroyed from the top. */
UTEST(activity_nested_destroy)
{
	unsigned long free0, used0;
	unsigned long act = T_ACT;

	free0 = free_frames();
	used0 = act_used(T_ACT);
	for (unsigned d = 0; d < 3; d++) {
		unsigned long sub = S(1 + d);
		CHECK_EQ(activity_create(act, OBJ_ACTIVITY, sub, 1000), ERR_OK);
		for (unsigned i = 0; i < 5; i++) {
			CHECK_EQ(activity_create(sub, OBJ_FRAME, S(10 + d * 10 + i), 0), ERR_OK);
			CHECK_EQ(sys_cap_copy(S(10 + d * 10 + i), 0, S(40 + d * 5 + i), CAP_R),
				 ERR_OK);
		}
		CHECK_EQ(activity_create(sub, OBJ_PAGETABLE, S(15 + d * 10), d), ERR_OK);
		CHECK_EQ(activity_create(sub, OBJ_THREAD, S(16 + d * 10), 0), ERR_OK);
		act = sub;
	}
	CHECK_EQ(act_used(S(3)), 5 + PT_FRAMES + 3);
	CHECK_EQ(act_used(S(1)), 3 * (5 + PT_FRAMES + 3));
	CHECK_EQ(activity_destroy(T_ACT, S(1)), ERR_OK);
	for (unsigned i = 1; i < 60; i++)
		CHECK_EQ(sys_cap_info(S(i), NULL, NULL, NULL), ERR_SLOT_EMPTY);
	CHECK_EQ(free_frames(), free0);
	CHECK_EQ(act_used(T_ACT), used0);
	return 0;
}

/* A thread cannot destroy itself, nor an activity it was allocated from
 * (through that activity's parent). */
static void child_destroys_itself(struct child *c)
{
	c->res[0] = activity_destroy(CSLOT(C_FREE), CSLOT(C_SELF));
	c->res[1] = activity_destroy(CSLOT(C_FREE), CSLOT(C_FREE));
	c->res[2] = activity_destroy(CSLOT(C_FREE + 1), CSLOT(C_FREE));
}

UTEST(activity_destroy_in_use)
{
	struct child *c;
	unsigned long state;

	CHECK_EQ(activity_create(T_ACT, OBJ_ACTIVITY, S(1), 1000), ERR_OK);
	CHECK((c = spawn(0, S(1), SPAWN_SELF)));
	CHECK_EQ(sys_cap_copy(S(1), 0, VSLOT(c, C_FREE), CAP_ALL), ERR_OK);
	CHECK_EQ(sys_cap_copy(T_ACT, 0, VSLOT(c, C_FREE + 1), CAP_ALL), ERR_OK);
	CHECK_EQ(child_run(c, child_destroys_itself), ERR_OK);
	CHECK(child_wait_done(c));
	CHECK_EQ(c->res[0], ERR_IN_USE);
	CHECK_EQ(c->res[1], ERR_BAD_ARG);  /* an activity is not allocated from itself */
	CHECK_EQ(c->res[2], ERR_IN_USE);   /* ... and through its parent */
	CHECK(child_wait_state(c, THREAD_INACTIVE));
	CHECK_EQ(thread_info(c->thread, &state, NULL), ERR_OK);
	return 0;
}

/*
 * A thread may not destroy the activity its own address space came from:
 * the call is refused with ERR_IN_USE (a destroy that took the caller's
 * space away could not resume after a preemption), and nothing changes.
 */
static void child_destroys_its_space(struct child *c)
{
	c->res[0] = activity_destroy(CSLOT(C_FREE), CSLOT(C_FREE + 1));
	c->res[1] = 1;
}

UTEST(activity_destroy_own_space)
{
	struct child *c;
	unsigned long state = 0;

	CHECK_EQ(activity_create(T_ACT, OBJ_ACTIVITY, S(1), 1000), ERR_OK);
	CHECK((c = spawn(0, S(1), 0)));
	/* A thread from T_ACT in the space built from S(1). */
	CHECK_EQ(activity_create(T_ACT, OBJ_THREAD, S(2), 0), ERR_OK);
	CHECK_EQ(thread_set_space(S(2), c->space), ERR_OK);
	CHECK_EQ(thread_set_prio(S(2), CHILD_PRIO, CHILD_PRIO), ERR_OK);
	CHECK_EQ(sys_cap_copy(T_ACT, 0, VSLOT(c, C_FREE), CAP_ALL), ERR_OK);
	CHECK_EQ(sys_cap_copy(S(1), 0, VSLOT(c, C_FREE + 1), CAP_ALL), ERR_OK);
	c->fn = child_destroys_its_space;
	c->res[0] = c->res[1] = -1;
	CHECK_EQ(thread_set_regs(S(2), (unsigned long)child_entry, CHILD_STACK_TOP,
				 (unsigned long)c), ERR_OK);
	CHECK_EQ(thread_start(S(2)), ERR_OK);
	for (unsigned i = 0; i < 1000 && c->res[1] != 1; i++)
		sys_yield();
	CHECK_EQ(c->res[1], 1);
	CHECK_EQ(c->res[0], ERR_IN_USE);
	CHECK_EQ(thread_info(S(2), &state, NULL), ERR_OK);
	CHECK(state != THREAD_FAULTED);
	CHECK_EQ(sys_cap_info(S(1), NULL, NULL, NULL), ERR_OK);
	/* The owner can still destroy it, with the thread's space in it. */
	CHECK_EQ(thread_stop(S(2)), ERR_OK);
	CHECK_EQ(activity_destroy(T_ACT, S(1)), ERR_OK);
	CHECK_EQ(sys_cap_info(S(1), NULL, NULL, NULL), ERR_SLOT_EMPTY);
	return 0;
}
