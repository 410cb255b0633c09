/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * Lab 01 (labs/01-syscall/README.md): SYS_CAP_COUNT, a0 = any slot of a
 * capability page -> a1 = how many of that page's slots hold a capability.
 * The expected counts come from SYS_CAP_INFO on every slot of the page, so
 * the test knows nothing the kernel did not say another way.
 */
#include "helpers.h"

#ifndef SYS_CAP_COUNT
/* The starter: the number is not there yet, so this lab's one case fails. */
UTEST(lab01_cap_count)
{
	printf("    lab 01: SYS_CAP_COUNT is not in kern/abi.h yet\n");
	return 1;
}
#else
static long cap_count(unsigned long slot, unsigned long *n)
{
	return sys_out(sys_call(SYS_CAP_COUNT, slot, 0, 0, 0, 0, 0, 0), n, NULL, NULL);
}

/* Slots of the page holding slot that SYS_CAP_INFO says are full. */
static unsigned long counted_by_info(unsigned long slot)
{
	unsigned long page = caddr_page(slot), n = 0;

	for (unsigned i = 0; i < CAP_SLOTS_PER_PAGE; i++)
		if (sys_cap_info(caddr_slot(page, i), NULL, NULL, NULL) == ERR_OK)
			n++;
	return n;
}

UTEST(lab01_cap_count)
{
	unsigned long n = ~0UL, seed = 0x1ab01;

	CHECK_EQ(SYS_CAP_COUNT, 15);
	CHECK_EQ(SYS_COUNT, 16);
	/* The scratch page holds only itself, in slot 0; any slot names it. */
	CHECK_EQ(counted_by_info(S(5)), 1);
	CHECK_EQ(cap_count(S(5), &n), ERR_OK);
	CHECK_EQ(n, 1);
	CHECK_EQ(cap_count(S(0), &n), ERR_OK);
	CHECK_EQ(n, 1);
	/* Fill random slots, empty some again: the count follows. */
	for (unsigned round = 0; round < 40; round++) {
		unsigned i = 1 + xorshift64(&seed) % (CAP_SLOTS_PER_PAGE - 1);
		if (sys_cap_info(S(i), NULL, NULL, NULL) == ERR_OK)
			CHECK_EQ(sys_cap_delete(S(i)), ERR_OK);
		else
			CHECK_EQ(activity_create(T_ACT, OBJ_QUEUE, S(i), 0), ERR_OK);
		CHECK_EQ(cap_count(S(xorshift64(&seed) % CAP_SLOTS_PER_PAGE), &n), ERR_OK);
		CHECK_EQ(n, counted_by_info(S(0)));
	}
	/* The root task's own page: as many as SYS_CAP_INFO finds there. */
	CHECK_EQ(cap_count(ROOT_SLOT(ROOT_SLOT_FREE_FIRST + 7), &n), ERR_OK);
	CHECK_EQ(n, counted_by_info(ROOT_SLOT(0)));
	CHECK(n >= ROOT_SLOT_DEV_FIRST);
	/* A full page: every slot counts. */
	for (unsigned i = 1; i < CAP_SLOTS_PER_PAGE; i++)
		if (sys_cap_info(S(i), NULL, NULL, NULL) != ERR_OK)
			CHECK_EQ(sys_cap_copy(T_ACT, 0, S(i), CAP_R), ERR_OK);
	CHECK_EQ(cap_count(S(63), &n), ERR_OK);
	CHECK_EQ(n, CAP_SLOTS_PER_PAGE);
	return 0;
}

/* Every argument is checked, with the errors the other calls give. */
UTEST(lab01_cap_count_bad_args)
{
	unsigned long n = 0x5a5a;
	struct sys_ret r;

	CHECK_EQ(cap_count(S(1) + 8, &n), ERR_CADDR_ALIGN);
	CHECK_EQ(cap_count(USER_ADDR_LIMIT, &n), ERR_CADDR_KERNEL);
	CHECK_EQ(cap_count(~0UL, &n), ERR_CADDR_KERNEL);
	/* Nothing mapped there: the walk fails, saying at which level. */
	r = sys_call(SYS_CAP_COUNT, DATA_VA(40), 0, 0, 0, 0, 0, 0);
	CHECK_EQ(r.err, ERR_NO_TABLE);
	CHECK_EQ(r.r1, 2);
	/* A frame (the boot information) is no capability page. */
	CHECK_EQ(cap_count(BOOTINFO_ADDR, &n), ERR_NOT_CAPPAGE);
	CHECK_EQ(n, 0x5a5a);
	/* The number past it is still unknown. */
	CHECK_EQ(sys_call(SYS_COUNT, 0, 0, 0, 0, 0, 0, 0).err, ERR_BAD_SYSCALL);
	return 0;
}
#endif
