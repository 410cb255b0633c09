/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * Lab 05 (labs/05-slots/README.md): the slot allocator over capability
 * pages mapped in the root task's level-0 table of capability pages
 * (R_CAPS0), entries CAPS0_FREE_FIRST and up. What a slot holds is asked
 * of the kernel (SYS_CAP_INFO), never taken from the allocator.
 */
#include "helpers.h"
#include "slots.h"

#define FIRST   CAPS0_FREE_FIRST
#define VA      CAPPAGE_AT(FIRST)
#define TMP     S(63)
#define PER_PAGE (CAP_SLOTS_PER_PAGE - 1)

/* The n-th slot a fresh allocator hands out: lowest first. */
static unsigned long nth(unsigned long n)
{
	return caddr_slot(VA + n / PER_PAGE * PAGE_BYTES, 1 + n % PER_PAGE);
}

UTEST(lab05_alloc_in_order)
{
	static unsigned long got[200];
	struct slots s;

	slots_init(&s, T_ACT, R_CAPS0, FIRST, 4, VA, TMP);
	CHECK_EQ(slots_in_use(&s), 0);
	for (unsigned i = 0; i < 200; i++) {
		got[i] = slots_alloc(&s);
		CHECK_EQ(got[i], nth(i));
		/* An empty slot the program can use at once. */
		CHECK_EQ(sys_cap_info(got[i], NULL, NULL, NULL), ERR_SLOT_EMPTY);
		if (i % 10 == 0)
			CHECK_EQ(sys_cap_copy(T_ACT, 0, got[i], CAP_R), ERR_OK);
	}
	CHECK_EQ(slots_in_use(&s), 200);
	CHECK_EQ(s.pages, 4);
	/* Each page holds itself in slot 0; the temporary slot is empty. */
	for (unsigned p = 0; p < 4; p++) {
		unsigned long type = 0;
		CHECK_EQ(sys_cap_info(caddr_slot(VA + p * PAGE_BYTES, 0), &type, NULL, NULL), ERR_OK);
		CHECK_EQ(type, OBJ_CAPPAGE);
	}
	CHECK_EQ(sys_cap_info(TMP, NULL, NULL, NULL), ERR_SLOT_EMPTY);
	for (unsigned i = 0; i < 200; i += 10) {
		unsigned long type = 0;
		CHECK_EQ(sys_cap_info(got[i], &type, NULL, NULL), ERR_OK);
		CHECK_EQ(type, OBJ_ACTIVITY);
	}
	return 0;
}

UTEST(lab05_free_and_reuse)
{
	unsigned long seed = 0x1ab05, freed[64] = { 0 }, nfree = 0;
	struct slots s;

	slots_init(&s, T_ACT, R_CAPS0, FIRST, 4, VA, TMP);
	for (unsigned i = 0; i < 150; i++)
		CHECK_EQ(slots_alloc(&s), nth(i));
	/* Only a slot it handed out, empty, once. */
	CHECK_EQ(sys_cap_copy(T_ACT, 0, nth(7), CAP_R), ERR_OK);
	CHECK_EQ(slots_free(&s, nth(7)), ERR_SLOT_FULL);
	CHECK_EQ(sys_cap_delete(nth(7)), ERR_OK);
	CHECK_EQ(slots_free(&s, nth(7)), ERR_OK);
	CHECK_EQ(slots_free(&s, nth(7)), ERR_BAD_ARG);
	CHECK_EQ(slots_free(&s, nth(160)), ERR_BAD_ARG);      /* not handed out yet */
	CHECK_EQ(slots_free(&s, caddr_slot(VA, 0)), ERR_BAD_ARG);
	CHECK_EQ(slots_free(&s, nth(8) + 8), ERR_BAD_ARG);
	CHECK_EQ(slots_free(&s, S(5)), ERR_BAD_ARG);
	CHECK_EQ(slots_free(&s, VA + 9 * PAGE_BYTES), ERR_BAD_ARG);
	CHECK_EQ(slots_in_use(&s), 149);
	CHECK_EQ(slots_alloc(&s), nth(7));
	/* Random ones given back come back lowest first, with no new page. */
	for (unsigned i = 0; i < 40; i++) {
		unsigned long n = xorshift64(&seed) % 150;
		if (freed[n / 64] >> (n % 64) & 1)
			continue;
		CHECK_EQ(slots_free(&s, nth(n)), ERR_OK);
		freed[n / 64] |= 1UL << (n % 64);
		nfree++;
	}
	CHECK_EQ(slots_in_use(&s), 150 - nfree);
	for (unsigned long n = 0; n < 150; n++)
		if (freed[n / 64] >> (n % 64) & 1)
			CHECK_EQ(slots_alloc(&s), nth(n));
	CHECK_EQ(s.pages, 3);
	CHECK_EQ(slots_alloc(&s), nth(150));
	return 0;
}

UTEST(lab05_exhaust_pages)
{
	unsigned long used;
	struct slots s;

	slots_init(&s, T_ACT, R_CAPS0, FIRST, 2, VA, TMP);
	for (unsigned i = 0; i < 2 * PER_PAGE; i++)
		CHECK_EQ(slots_alloc(&s), nth(i));
	used = act_used(T_ACT);
	CHECK_EQ(slots_alloc(&s), 0);
	CHECK_EQ(slots_alloc(&s), 0);
	CHECK_EQ(act_used(T_ACT), used);
	CHECK_EQ(s.pages, 2);
	CHECK_EQ(slots_free(&s, nth(100)), ERR_OK);
	CHECK_EQ(slots_alloc(&s), nth(100));
	return 0;
}

/* An activity that cannot pay for another page: 0, nothing left behind. */
UTEST(lab05_exhaust_quota)
{
	unsigned long quota = 5, sub = S(10), n = 0, last = 0;
	struct slots s;

	CHECK_EQ(activity_create(T_ACT, OBJ_ACTIVITY, sub, quota), ERR_OK);
	slots_init(&s, sub, R_CAPS0, FIRST, SLOTS_MAX_PAGES, VA, TMP);
	while (n < SLOTS_MAX_PAGES * PER_PAGE) {
		unsigned long slot = slots_alloc(&s);
		if (!slot)
			break;
		CHECK_EQ(slot, nth(n));
		last = slot;
		n++;
	}
	CHECK(s.pages >= 1 && s.pages < SLOTS_MAX_PAGES);
	CHECK_EQ(n, s.pages * PER_PAGE);
	CHECK(act_used(sub) <= quota);
	CHECK_EQ(sys_cap_info(TMP, NULL, NULL, NULL), ERR_SLOT_EMPTY);
	CHECK_EQ(sys_cap_info(caddr_slot(VA + s.pages * PAGE_BYTES, 0), NULL, NULL, NULL),
		 ERR_NO_TABLE);
	CHECK_EQ(slots_free(&s, last), ERR_OK);
	CHECK_EQ(slots_alloc(&s), last);
	return 0;
}

UTEST(lab05_release)
{
	unsigned long before = act_used(T_ACT);
	struct slots s;

	slots_init(&s, T_ACT, R_CAPS0, FIRST, 4, VA, TMP);
	for (unsigned i = 0; i < 70; i++)
		CHECK_EQ(slots_alloc(&s), nth(i));
	CHECK(act_used(T_ACT) > before);
	CHECK_EQ(slots_release(&s), ERR_IN_USE);
	CHECK_EQ(s.pages, 2);
	for (unsigned i = 0; i < 70; i++)
		CHECK_EQ(slots_free(&s, nth(i)), ERR_OK);
	CHECK_EQ(slots_release(&s), ERR_OK);
	CHECK_EQ(act_used(T_ACT), before);
	CHECK_EQ(sys_cap_info(nth(0), NULL, NULL, NULL), ERR_NO_TABLE);
	CHECK_EQ(slots_in_use(&s), 0);
	/* And it starts again from the first page. */
	CHECK_EQ(slots_alloc(&s), nth(0));
	return 0;
}
