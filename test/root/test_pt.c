/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * Page tables: mappings in the root task's own space that really work, and
 * go away when their capability does. Whether an address is mapped is seen
 * from a helper thread in the root's space that runs a stub (spawn.h) and
 * either faults (FAULT_PAGE) or reaches the ebreak after the access (a
 * jump's fault is at its target).
 */
#include "spawn.h"

#define L1 S(60)
#define L0 S(61)
#define HELPER S(62)
#define VA(i) (DATA_VA(0) + (unsigned long)(i) * PAGE_BYTES)

/* Run stub(addr) in a thread sharing the root's space: 1 if the access
 * went through, 0 if it page-faulted at addr, -1 otherwise. */
static int access_ok(const char *stub, unsigned long addr)
{
	unsigned long cause = 0, pc = 0, value = 0, state = 0;

	if (sys_cap_info(HELPER, NULL, NULL, NULL) == ERR_SLOT_EMPTY &&
	    (activity_create(T_ACT, OBJ_THREAD, HELPER, 0) ||
	     thread_set_space(HELPER, R_SPACE) ||
	     thread_set_prio(HELPER, CHILD_PRIO, CHILD_PRIO)))
		return -1;
	if (thread_set_regs(HELPER, (unsigned long)stub, 0, addr) || thread_start(HELPER))
		return -1;
	for (unsigned i = 0; i < 100 && state != THREAD_FAULTED; i++) {
		sys_yield();
		if (thread_info(HELPER, &state, NULL))
			return -1;
	}
	if (state != THREAD_FAULTED || thread_read_fault(HELPER, &cause, &pc, &value))
		return -1;
	if (cause == FAULT_BREAKPOINT && pc == (unsigned long)stub + 4)
		return 1;
	if (cause == FAULT_PAGE && value == addr && (pc == (unsigned long)stub || pc == addr))
		return 0;
	printf("    helper: cause %lu pc %#lx value %#lx\n", cause, pc, value);
	return -1;
}

static int setup(void)
{
	CHECK_EQ(map_data_region(T_ACT, 0, L1, L0), ERR_OK);
	return 0;
}

UTEST(pt_map_read_write)
{
	volatile unsigned long *p = (volatile unsigned long *)VA(0);
	volatile unsigned long *alias = (volatile unsigned long *)VA(7);

	CHECK_EQ(setup(), 0);
	CHECK_EQ(map_new_frame(T_ACT, S(1), L0, 0, CAP_R | CAP_W), ERR_OK);
	for (unsigned i = 0; i < PAGE_BYTES / 8; i++)
		CHECK_EQ(p[i], 0);   /* a new frame is zeroed */
	p[0] = 0x1122334455667788UL;
	p[511] = 42;
	CHECK_EQ(p[0], 0x1122334455667788UL);
	/* The same frame at a second address. */
	CHECK_EQ(pt_set(L0, 7, S(1), CAP_R), ERR_OK);
	CHECK_EQ(alias[0], 0x1122334455667788UL);
	CHECK_EQ(alias[511], 42);
	p[1] = 5;
	CHECK_EQ(alias[1], 5);
	CHECK_EQ(access_ok(stub_load, VA(0)), 1);
	CHECK_EQ(access_ok(stub_store, VA(0) + 64), 1);
	CHECK_EQ(p[8], VA(0) + 64);   /* the helper's store landed */
	/* The kernel can read it too. */
	static const char msg[] = "    (written through a mapped frame)\n";
	for (unsigned i = 0; i < sizeof(msg) - 1; i++)
		((volatile char *)p)[1024 + i] = msg[i];
	CHECK_EQ(sys_debug_write((const void *)(VA(7) + 1024), sizeof(msg) - 1), ERR_OK);
	return 0;
}

UTEST(pt_clear_unmaps)
{
	volatile unsigned long *p = (volatile unsigned long *)VA(3);

	CHECK_EQ(setup(), 0);
	CHECK_EQ(map_new_frame(T_ACT, S(1), L0, 3, CAP_R | CAP_W), ERR_OK);
	p[0] = 9;
	CHECK_EQ(access_ok(stub_load, VA(3)), 1);
	CHECK_EQ(pt_clear(L0, 3), ERR_OK);
	CHECK_EQ(access_ok(stub_load, VA(3)), 0);
	CHECK_EQ(pt_clear(L0, 3), ERR_SLOT_EMPTY);
	CHECK_EQ(sys_debug_write((const void *)VA(3), 1), ERR_BAD_ADDR);
	/* The frame lives on: map it again and the data is there. */
	CHECK_EQ(pt_set(L0, 4, S(1), CAP_R), ERR_OK);
	CHECK_EQ(((volatile unsigned long *)VA(4))[0], 9);
	/* Clearing the level-1 entry unmaps everything under it. */
	CHECK_EQ(pt_clear(R_SPACE, DATA_VPN2(0)), ERR_OK);
	CHECK_EQ(access_ok(stub_load, VA(4)), 0);
	return 0;
}

UTEST(pt_read_only)
{
	CHECK_EQ(setup(), 0);
	CHECK_EQ(map_new_frame(T_ACT, S(1), L0, 0, CAP_R), ERR_OK);
	CHECK_EQ(((volatile unsigned long *)VA(0))[0], 0);
	CHECK_EQ(access_ok(stub_load, VA(0)), 1);
	CHECK_EQ(access_ok(stub_store, VA(0)), 0);
	/* A capability without W maps read-only whatever the mask says. */
	CHECK_EQ(activity_create(T_ACT, OBJ_FRAME, S(2), 0), ERR_OK);
	CHECK_EQ(sys_cap_copy(S(2), 0, S(3), CAP_R | CAP_X), ERR_OK);
	CHECK_EQ(pt_set(L0, 1, S(3), CAP_ALL), ERR_OK);
	CHECK_EQ(access_ok(stub_store, VA(1) + 8), 0);
	CHECK_EQ(access_ok(stub_load, VA(1) + 8), 1);
	/* Not executable without X: jumping there faults at the target. */
	CHECK_EQ(access_ok(stub_jump, VA(0)), 0);
	return 0;
}

UTEST(pt_revoke_unmaps)
{
	volatile unsigned long *p = (volatile unsigned long *)VA(0);

	CHECK_EQ(setup(), 0);
	CHECK_EQ(activity_create(T_ACT, OBJ_FRAME, S(1), 0), ERR_OK);
	CHECK_EQ(sys_cap_copy(S(1), 0, S(2), CAP_R | CAP_W), ERR_OK);
	CHECK_EQ(pt_set(L0, 0, S(2), CAP_R | CAP_W), ERR_OK);
	p[0] = 1;
	CHECK_EQ(sys_cap_revoke(S(1)), ERR_OK);
	CHECK_EQ(access_ok(stub_load, VA(0)), 0);
	CHECK_EQ(pt_clear(L0, 0), ERR_SLOT_EMPTY);
	CHECK_EQ(sys_cap_info(S(2), NULL, NULL, NULL), ERR_SLOT_EMPTY);
	/* Deleting the capability a mapping came from leaves the mapping
	 * (it moves up to the object), unlike revoke. */
	CHECK_EQ(sys_cap_copy(S(1), 0, S(2), CAP_R | CAP_W), ERR_OK);
	CHECK_EQ(pt_set(L0, 0, S(2), CAP_R | CAP_W), ERR_OK);
	CHECK_EQ(sys_cap_delete(S(2)), ERR_OK);
	CHECK_EQ(p[0], 1);
	CHECK_EQ(access_ok(stub_load, VA(0)), 1);
	return 0;
}

UTEST(pt_destroy_frame_unmaps)
{
	volatile unsigned long *p = (volatile unsigned long *)VA(2);
	unsigned long free0;

	CHECK_EQ(setup(), 0);
	free0 = free_frames();
	CHECK_EQ(map_new_frame(T_ACT, S(1), L0, 2, CAP_R | CAP_W), ERR_OK);
	CHECK_EQ(pt_set(L0, 9, S(1), CAP_R), ERR_OK);
	p[0] = 0xdead;
	CHECK_EQ(activity_destroy(T_ACT, S(1)), ERR_OK);
	CHECK_EQ(sys_cap_info(S(1), NULL, NULL, NULL), ERR_SLOT_EMPTY);
	CHECK_EQ(access_ok(stub_load, VA(2)), 0);
	CHECK_EQ(access_ok(stub_load, VA(9)), 0);
	CHECK_EQ(pt_clear(L0, 9), ERR_SLOT_EMPTY);
	/* A new frame in its place reads zero, whatever frame it gets. */
	CHECK_EQ(map_new_frame(T_ACT, S(1), L0, 2, CAP_R | CAP_W), ERR_OK);
	CHECK_EQ(p[0], 0);
	(void)free0;
	/* Destroying the level-0 table unmaps all of it. */
	CHECK_EQ(activity_destroy(T_ACT, L0), ERR_OK);
	CHECK_EQ(access_ok(stub_load, VA(2)), 0);
	CHECK_EQ(sys_cap_info(S(1), NULL, NULL, NULL), ERR_OK);
	return 0;
}

/* A capability page installed in a level-0 table extends the cspace. */
UTEST(pt_cappage_extends_cspace)
{
	unsigned long type;

	CHECK_EQ(setup(), 0);
	CHECK_EQ(activity_create(T_ACT, OBJ_CAPPAGE, S(1), 0), ERR_OK);
	CHECK_EQ(pt_set(L0, 5, S(1), CAP_ALL), ERR_OK);
	CHECK_EQ(sys_cap_copy(S(1), 0, caddr_slot(VA(5), 63), CAP_R), ERR_OK);
	CHECK_EQ(sys_cap_info(caddr_slot(VA(5), 63), &type, NULL, NULL), ERR_OK);
	CHECK_EQ(type, OBJ_CAPPAGE);
	/* Never mapped for loads. */
	CHECK_EQ(access_ok(stub_load, VA(5)), 0);
	CHECK_EQ(sys_debug_write((const void *)VA(5), 8), ERR_BAD_ADDR);
	/* Unmapped again, its slots are out of reach (and kept). */
	CHECK_EQ(pt_clear(L0, 5), ERR_OK);
	CHECK_EQ(sys_cap_info(caddr_slot(VA(5), 63), NULL, NULL, NULL), ERR_NO_TABLE);
	CHECK_EQ(pt_set(L0, 6, S(1), CAP_ALL), ERR_OK);
	CHECK_EQ(sys_cap_info(caddr_slot(VA(6), 63), &type, NULL, NULL), ERR_OK);
	return 0;
}

UTEST(pt_info_levels)
{
	unsigned long level;

	for (unsigned l = 0; l < 3; l++) {
		CHECK_EQ(activity_create(T_ACT, OBJ_PAGETABLE, S(1 + l), l), ERR_OK);
		CHECK_EQ(sys_cap_copy(S(1 + l), 0, S(10 + l), CAP_R), ERR_OK);  /* R will do */
		CHECK_EQ(pt_info(S(10 + l), &level), ERR_OK);
		CHECK_EQ(level, l);
		CHECK_EQ(sys_cap_copy(S(1 + l), 0, S(20 + l), CAP_ALL & ~CAP_R), ERR_OK);
		CHECK_EQ(pt_info(S(20 + l), &level), ERR_RIGHTS);
	}
	return 0;
}

UTEST(pt_bad_index)
{
	CHECK_EQ(activity_create(T_ACT, OBJ_PAGETABLE, S(1), 0), ERR_OK);
	CHECK_EQ(activity_create(T_ACT, OBJ_PAGETABLE, S(2), 2), ERR_OK);
	CHECK_EQ(activity_create(T_ACT, OBJ_PAGETABLE, S(3), 1), ERR_OK);
	CHECK_EQ(activity_create(T_ACT, OBJ_FRAME, S(4), 0), ERR_OK);
	CHECK_EQ(pt_set(S(1), 512, S(4), CAP_R), ERR_BAD_ARG);
	CHECK_EQ(pt_set(S(1), ~0UL, S(4), CAP_R), ERR_BAD_ARG);
	CHECK_EQ(pt_set(S(1), 511, S(4), CAP_R), ERR_OK);
	CHECK_EQ(pt_set(S(2), 256, S(3), CAP_ALL), ERR_BAD_ARG);   /* kernel half */
	CHECK_EQ(pt_set(S(2), 511, S(3), CAP_ALL), ERR_BAD_ARG);
	CHECK_EQ(pt_set(S(2), 255, S(3), CAP_ALL), ERR_OK);
	CHECK_EQ(pt_set(R_SPACE, 300, S(3), CAP_ALL), ERR_BAD_ARG);
	CHECK_EQ(pt_clear(S(1), 512), ERR_BAD_ARG);
	CHECK_EQ(pt_clear(S(1), ~0UL), ERR_BAD_ARG);
	CHECK_EQ(pt_clear(S(1), 0), ERR_SLOT_EMPTY);
	/* Out of range in all 64 bits: index 2^32 + 7 is not index 7. */
	CHECK_EQ(pt_set(S(1), (1UL << 32) | 7, S(4), CAP_R), ERR_BAD_ARG);
	CHECK_EQ(pt_clear(S(1), 7), ERR_SLOT_EMPTY);
	return 0;
}

/* docs/abi.md: a root table's slots 256..511 are the kernel half:
 * ERR_BAD_ARG (for PT_CLEAR as for PT_SET). */
UTEST(pt_clear_kernel_half)
{
	CHECK_EQ(pt_clear(R_SPACE, 256), ERR_BAD_ARG);
	CHECK_EQ(pt_clear(R_SPACE, 511), ERR_BAD_ARG);
	return 0;
}

UTEST(pt_bad_source)
{
	CHECK_EQ(activity_create(T_ACT, OBJ_PAGETABLE, S(1), 0), ERR_OK);
	CHECK_EQ(activity_create(T_ACT, OBJ_PAGETABLE, S(2), 1), ERR_OK);
	CHECK_EQ(activity_create(T_ACT, OBJ_PAGETABLE, S(3), 2), ERR_OK);
	CHECK_EQ(activity_create(T_ACT, OBJ_FRAME, S(4), 0), ERR_OK);
	CHECK_EQ(activity_create(T_ACT, OBJ_THREAD, S(5), 0), ERR_OK);
	CHECK_EQ(activity_create(T_ACT, OBJ_ACTIVITY, S(6), 10), ERR_OK);
	CHECK_EQ(activity_create(T_ACT, OBJ_PAGETABLE, S(7), 0), ERR_OK);
	/* Levels: only the next level down goes in a level-2 or -1 table. */
	CHECK_EQ(pt_set(S(3), 0, S(1), CAP_ALL), ERR_BAD_ARG);
	CHECK_EQ(pt_set(S(3), 0, S(3), CAP_ALL), ERR_BAD_ARG);
	CHECK_EQ(pt_set(S(2), 0, S(2), CAP_ALL), ERR_BAD_ARG);
	CHECK_EQ(pt_set(S(2), 0, S(3), CAP_ALL), ERR_BAD_ARG);
	/* No table at all in a level-0 table; no leaf in a level-1 table. */
	CHECK_EQ(pt_set(S(1), 0, S(2), CAP_ALL), ERR_WRONG_TYPE);
	CHECK_EQ(pt_set(S(1), 0, S(7), CAP_ALL), ERR_WRONG_TYPE);
	CHECK_EQ(pt_set(S(2), 0, S(4), CAP_ALL), ERR_WRONG_TYPE);
	CHECK_EQ(pt_set(S(1), 0, S(5), CAP_ALL), ERR_WRONG_TYPE);
	CHECK_EQ(pt_set(S(1), 0, S(6), CAP_ALL), ERR_WRONG_TYPE);
	CHECK_EQ(pt_set(S(1), 0, R_SYSCTL, CAP_ALL), ERR_WRONG_TYPE);
	/* Rights: a frame needs R; masks with unknown bits are bad. */
	CHECK_EQ(pt_set(S(1), 0, S(4), CAP_W), ERR_RIGHTS);
	CHECK_EQ(pt_set(S(1), 0, S(4), 0), ERR_RIGHTS);
	CHECK_EQ(sys_cap_copy(S(4), 0, S(8), CAP_W | CAP_X), ERR_OK);
	CHECK_EQ(pt_set(S(1), 0, S(8), CAP_ALL), ERR_RIGHTS);
	CHECK_EQ(pt_set(S(1), 0, S(4), CAP_ALL + 1), ERR_BAD_ARG);
	CHECK_EQ(pt_set(S(1), 0, S(4), ~0UL), ERR_BAD_ARG);
	/* The table itself needs W for SET and CLEAR. */
	CHECK_EQ(sys_cap_copy(S(1), 0, S(9), CAP_R | CAP_X | CAP_G), ERR_OK);
	CHECK_EQ(pt_set(S(9), 0, S(4), CAP_R), ERR_RIGHTS);
	CHECK_EQ(pt_set(S(1), 0, S(4), CAP_R), ERR_OK);
	CHECK_EQ(pt_clear(S(9), 0), ERR_RIGHTS);
	CHECK_EQ(pt_set(S(1), 0, S(4), CAP_R), ERR_SLOT_FULL);
	CHECK_EQ(pt_clear(S(1), 0), ERR_OK);
	/* Unknown methods. */
	CHECK_EQ(sys_invoke(S(1), 0, 0, 0, 0, 0, 0).err, ERR_BAD_METHOD);
	CHECK_EQ(sys_invoke(S(1), 4, 0, 0, 0, 0, 0).err, ERR_BAD_METHOD);
	CHECK_EQ(sys_invoke(S(1), 1000, 0, 0, 0, 0, 0).err, ERR_BAD_METHOD);
	return 0;
}

UTEST(pt_device_frame)
{
	const struct bootinfo_dev *d = &utest_bootinfo->dev[0];
	unsigned long dev;

	if (utest_bootinfo->ndev == 0)
		return 0;
	dev = ROOT_SLOT(d->first_slot);
	CHECK_EQ(setup(), 0);
	CHECK_EQ(pt_set(L0, 0, dev, CAP_R | CAP_W), ERR_OK);
	/* Device registers are not "a readable frame" for the console. */
	CHECK_EQ(sys_debug_write((const void *)VA(0), 1), ERR_BAD_ADDR);
	CHECK_EQ(pt_clear(L0, 0), ERR_OK);
	CHECK_EQ(pt_set(L0, 0, dev, CAP_W), ERR_RIGHTS);
	return 0;
}
