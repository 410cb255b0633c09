/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * Thousands of objects and tens of thousands of capabilities: creation
 * with exact accounting, destruction that is preempted along the way and
 * still ends with every frame back, and a revoke of ~20000 copies.
 */
#include "spawn.h"

#define PT_FRAMES 9
#define L1 S(60)
#define L0 S(61)
#define REGION 10
#define PAGE_VA(i) (DATA_VA(REGION) + (unsigned long)(i) * PAGE_BYTES)
#define SLOT(p, n) caddr_slot(PAGE_VA(p), (n))
#define FAST_TICK tick_us(100)

static unsigned long preempt_before;

static void preempt_mark(void)
{
	preempt_before = kcount(KCOUNT_PREEMPTIONS);
}

static unsigned long preempt_since(void)
{
	return kcount(KCOUNT_PREEMPTIONS) - preempt_before;
}

/* The type for slot n of page p, and its cost in frames besides the cell. */
static unsigned long bulk_type(unsigned p, unsigned n, unsigned long *arg, unsigned *frames)
{
	unsigned k = (p * 63 + n) % 20;

	*arg = 0;
	if (k < 8) {
		*frames = 1;
		return OBJ_FRAME;
	}
	if (k < 15) {
		*frames = 0;
		return OBJ_THREAD;
	}
	if (k < 19) {
		*frames = 1;
		return OBJ_CAPPAGE;
	}
	*arg = p % 3;
	*frames = PT_FRAMES;
	return OBJ_PAGETABLE;
}

/* Fill npages capability pages from act, mapped at PAGE_VA(0..), with
 * objects from act; returns the frames that should be charged, or 0. */
static unsigned long fill(unsigned long act, unsigned npages)
{
	unsigned long objects = 0, frames = 0, arg;
	unsigned f;

	for (unsigned p = 0; p < npages; p++) {
		if (new_cappage(act, L0, p, PAGE_VA(p)))
			return 0;
		objects++;
		frames++;
		for (unsigned n = 1; n < CAP_SLOTS_PER_PAGE; n++) {
			unsigned long type = bulk_type(p, n, &arg, &f);
			long err = activity_create(act, type, SLOT(p, n), arg);
			if (err) {
				printf("    create %lu in page %u slot %u: error %ld\n", type, p, n,
				       err);
				return 0;
			}
			objects++;
			frames += f;
		}
	}
	return frames + (objects + 2) / 3;   /* and the cell frames */
}

/* Polls ACTIVITY_INFO on its copy of the activity being destroyed and
 * counts what it sees: OK, then ERR_DEAD while destruction is under way,
 * then ERR_SLOT_EMPTY once the copy is revoked. Anything else, or going
 * back, is wrong. */
static volatile int poll_stop;

static void child_poll(struct child *c)
{
	int phase = 0;

	while (!poll_stop) {
		long err = activity_info(CSLOT(C_FREE), NULL, NULL, NULL);
		int now = err == ERR_OK ? 0 : err == ERR_DEAD ? 1 : err == ERR_SLOT_EMPTY ? 2 : 3;
		if (now == 3 || now < phase)
			c->res[3]++;
		else
			phase = now;
		c->res[now < 3 ? now : 3]++;
		if (now == 2)
			break;
		sys_yield();
	}
}

UTEST(bulk_thousands_of_objects)
{
	const unsigned npages = 80;
	unsigned long free0, used0, want;
	struct child *c;

	/* A child watches the destruction. */
	CHECK((c = spawn(0, T_ACT, SPAWN_SELF)));
	CHECK_EQ(map_data_region(T_ACT, REGION, L1, L0), ERR_OK);
	free0 = free_frames();
	used0 = act_used(T_ACT);
	CHECK_EQ(activity_create(T_ACT, OBJ_ACTIVITY, S(1), 20000), ERR_OK);
	CHECK((want = fill(S(1), npages)) != 0);
	printf("    %u objects, %lu frames\n", npages * CAP_SLOTS_PER_PAGE, want);
	CHECK_EQ(act_used(S(1)), want);
	CHECK_EQ(act_used(T_ACT) - used0 - want <= 1, 1);   /* S(1)'s own cell */
	CHECK_EQ(free0 - free_frames(), act_used(T_ACT) - used0);
	CHECK_EQ(sys_cap_copy(S(1), 0, VSLOT(c, C_FREE), CAP_R), ERR_OK);
	poll_stop = 0;
	CHECK_EQ(child_run(c, child_poll), ERR_OK);
	sys_yield();
	/* A short tick: the destruction spans many of the root's slices.
	 * And every 64th preemption point ends the slice as a tick would, so
	 * the watcher gets its turns however late the host's ticks come. */
	CHECK_EQ(set_tick(FAST_TICK), ERR_OK);
	CHECK_EQ(sysctl_preempt_every(R_SYSCTL, 64), ERR_OK);
	preempt_mark();
	CHECK_EQ(activity_destroy(T_ACT, S(1)), ERR_OK);
	printf("    destroyed with %lu preemptions\n", preempt_since());
	CHECK_EQ(sysctl_preempt_every(R_SYSCTL, 0), ERR_OK);
	CHECK_EQ(set_tick(0), ERR_OK);
	CHECK_EQ(free_frames(), free0);
	CHECK_EQ(act_used(T_ACT), used0);
	CHECK_EQ(sys_cap_info(S(1), NULL, NULL, NULL), ERR_SLOT_EMPTY);
	for (unsigned p = 0; p < npages; p++)
		CHECK_EQ(sys_cap_info(SLOT(p, 1), NULL, NULL, NULL), ERR_NO_TABLE);
	CHECK(child_wait_done(c));
	printf("    watcher saw OK %ld, ERR_DEAD %ld, then empty\n", c->res[0], c->res[1]);
	CHECK_EQ(c->res[3], 0);
	CHECK_EQ(c->res[2], 1);
	CHECK(c->res[1] > 0);   /* the cuts make it visible */
	return 0;
}

/* Three nested activities, each with hundreds of objects, from the top:
 * every frame comes back, the sub-activities' own cells included. */
UTEST(bulk_nested_destroy)
{
	unsigned long free0, used0, arg;
	unsigned f;

	CHECK_EQ(map_data_region(T_ACT, REGION, L1, L0), ERR_OK);
	free0 = free_frames();
	used0 = act_used(T_ACT);
	CHECK_EQ(activity_create(T_ACT, OBJ_ACTIVITY, S(1), 9000), ERR_OK);
	CHECK_EQ(activity_create(S(1), OBJ_ACTIVITY, S(2), 9000), ERR_OK);
	CHECK_EQ(activity_create(S(2), OBJ_ACTIVITY, S(3), 9000), ERR_OK);
	/* 10 pages of objects each: pages 0..9 from S(3), 10..19, 20..29. */
	for (unsigned d = 0; d < 3; d++) {
		unsigned long act = S(3 - d);
		for (unsigned p = d * 10; p < d * 10 + 10; p++) {
			CHECK_EQ(new_cappage(act, L0, p, PAGE_VA(p)), ERR_OK);
			for (unsigned n = 1; n < CAP_SLOTS_PER_PAGE; n++)
				CHECK_EQ(activity_create(act, bulk_type(p, n, &arg, &f),
							 SLOT(p, n), arg), ERR_OK);
		}
	}
	CHECK(act_used(S(3)) > 0);
	CHECK(act_used(S(2)) > act_used(S(3)));
	CHECK(act_used(S(1)) > act_used(S(2)));
	CHECK_EQ(free0 - free_frames(), act_used(T_ACT) - used0);
	CHECK_EQ(set_tick(FAST_TICK), ERR_OK);
	preempt_mark();
	CHECK_EQ(activity_destroy(T_ACT, S(1)), ERR_OK);
	printf("    destroyed with %lu preemptions\n", preempt_since());
	CHECK_EQ(set_tick(0), ERR_OK);
	CHECK_EQ(free_frames(), free0);
	CHECK_EQ(act_used(T_ACT), used0);
	for (unsigned i = 1; i <= 3; i++)
		CHECK_EQ(sys_cap_info(S(i), NULL, NULL, NULL), ERR_SLOT_EMPTY);
	CHECK_EQ(sys_cap_info(SLOT(0, 1), NULL, NULL, NULL), ERR_NO_TABLE);
	CHECK_EQ(sys_cap_info(SLOT(29, 63), NULL, NULL, NULL), ERR_NO_TABLE);
	return 0;
}

/* ~20000 copies of one frame capability, in chains of 63 in 320 pages. */
UTEST(bulk_revoke_20000)
{
	const unsigned npages = 320;
	unsigned long free0, rights, type;

	CHECK_EQ(map_data_region(T_ACT, REGION, L1, L0), ERR_OK);
	free0 = free_frames();
	CHECK_EQ(activity_create(T_ACT, OBJ_ACTIVITY, S(1), 1000), ERR_OK);
	CHECK_EQ(activity_create(T_ACT, OBJ_FRAME, S(2), 0), ERR_OK);
	for (unsigned p = 0; p < npages; p++) {
		CHECK_EQ(new_cappage(S(1), L0, p, PAGE_VA(p)), ERR_OK);
		CHECK_EQ(sys_cap_copy(S(2), 0, SLOT(p, 1), CAP_ALL), ERR_OK);
		for (unsigned n = 2; n < CAP_SLOTS_PER_PAGE; n++) {
			long err = n != 16 ? sys_cap_copy(SLOT(p, n - 1), 0, SLOT(p, n), CAP_ALL)
					   : sys_cap_mint(SLOT(p, n - 1), 0, SLOT(p, n), CAP_R, p + 1);
			CHECK_EQ(err, ERR_OK);
		}
	}
	printf("    %u copies\n", npages * (CAP_SLOTS_PER_PAGE - 1));
	CHECK_EQ(sys_cap_info(SLOT(npages - 1, 63), &type, &rights, NULL), ERR_OK);
	CHECK_EQ(rights, CAP_R);
	CHECK_EQ(set_tick(FAST_TICK), ERR_OK);
	preempt_mark();
	CHECK_EQ(sys_cap_revoke(S(2)), ERR_OK);
	printf("    revoked with %lu preemptions\n", preempt_since());
	for (unsigned p = 0; p < npages; p++)
		for (unsigned n = 1; n < CAP_SLOTS_PER_PAGE; n++)
			CHECK_EQ(sys_cap_info(SLOT(p, n), NULL, NULL, NULL), ERR_SLOT_EMPTY);
	CHECK_EQ(sys_cap_info(S(2), &type, &rights, NULL), ERR_OK);
	CHECK_EQ(type, OBJ_FRAME);
	CHECK_EQ(rights, CAP_ALL);
	/* The same again, destroyed with the frame: every copy goes with it. */
	for (unsigned p = 0; p < npages; p++)
		for (unsigned n = 1; n < CAP_SLOTS_PER_PAGE; n++)
			CHECK_EQ(sys_cap_copy(n == 1 ? S(2) : SLOT(p, n - 1), 0, SLOT(p, n),
					      CAP_ALL), ERR_OK);
	preempt_mark();
	CHECK_EQ(activity_destroy(T_ACT, S(2)), ERR_OK);
	printf("    frame destroyed with %lu preemptions\n", preempt_since());
	CHECK_EQ(set_tick(0), ERR_OK);
	CHECK_EQ(sys_cap_info(SLOT(npages - 1, 63), NULL, NULL, NULL), ERR_SLOT_EMPTY);
	CHECK_EQ(sys_cap_info(SLOT(0, 1), NULL, NULL, NULL), ERR_SLOT_EMPTY);
	CHECK_EQ(activity_destroy(T_ACT, S(1)), ERR_OK);
	CHECK_EQ(free_frames(), free0);
	return 0;
}
