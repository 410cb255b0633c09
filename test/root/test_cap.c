/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * Capability operations: copy, mint, move, delete, revoke, info, and every
 * kind of bad capability address in every position that takes one.
 */
#include "ipc_util.h"
#include "spawn.h"

UTEST(cap_copy_rights_shrink)
{
	unsigned long type, rights;

	CHECK_EQ(activity_create(T_ACT, OBJ_FRAME, S(1), 0), ERR_OK);
	for (unsigned m = 0; m <= CAP_ALL; m++) {
		CHECK_EQ(sys_cap_copy(S(1), 0, S(2), m), ERR_OK);
		CHECK_EQ(sys_cap_info(S(2), &type, &rights, NULL), ERR_OK);
		CHECK_EQ(type, OBJ_FRAME);
		CHECK_EQ(rights, m);
		/* A copy of the copy never gets more back. */
		CHECK_EQ(sys_cap_copy(S(2), 0, S(3), CAP_ALL), ERR_OK);
		CHECK_EQ(sys_cap_info(S(3), NULL, &rights, NULL), ERR_OK);
		CHECK_EQ(rights, m);
		CHECK_EQ(sys_cap_copy(S(3), 0, S(4), CAP_R | CAP_X), ERR_OK);
		CHECK_EQ(sys_cap_info(S(4), NULL, &rights, NULL), ERR_OK);
		CHECK_EQ(rights, m & (CAP_R | CAP_X));
		CHECK_EQ(sys_cap_delete(S(4)), ERR_OK);
		CHECK_EQ(sys_cap_delete(S(3)), ERR_OK);
		CHECK_EQ(sys_cap_delete(S(2)), ERR_OK);
	}
	return 0;
}

UTEST(cap_copy_bad_args)
{
	CHECK_EQ(activity_create(T_ACT, OBJ_FRAME, S(1), 0), ERR_OK);
	CHECK_EQ(activity_create(T_ACT, OBJ_FRAME, S(2), 0), ERR_OK);
	CHECK_EQ(sys_cap_copy(S(1), 0, S(3), CAP_ALL + 1), ERR_BAD_ARG);
	CHECK_EQ(sys_cap_copy(S(1), 0, S(3), ~0UL), ERR_BAD_ARG);
	CHECK_EQ(sys_cap_copy(S(1), 0, S(3), 1UL << 40), ERR_BAD_ARG);
	CHECK_EQ(sys_cap_mint(S(1), 0, S(3), CAP_ALL + 1, 5), ERR_BAD_ARG);
	CHECK_EQ(sys_cap_copy(S(1), 0, S(2), CAP_ALL), ERR_SLOT_FULL);
	CHECK_EQ(sys_cap_copy(S(1), 0, S(1), CAP_ALL), ERR_SLOT_FULL);
	CHECK_EQ(sys_cap_copy(S(9), 0, S(3), CAP_ALL), ERR_SLOT_EMPTY);
	CHECK_EQ(sys_cap_info(S(3), NULL, NULL, NULL), ERR_SLOT_EMPTY);
	return 0;
}

UTEST(cap_mint_badge_once)
{
	unsigned long type, rights, badge;

	CHECK_EQ(activity_create(T_ACT, OBJ_THREAD, S(1), 0), ERR_OK);
	CHECK_EQ(sys_cap_mint(S(1), 0, S(2), CAP_R | CAP_W, 0xfeedface12345678UL), ERR_OK);
	CHECK_EQ(sys_cap_info(S(2), &type, &rights, &badge), ERR_OK);
	CHECK_EQ(type, OBJ_THREAD);
	CHECK_EQ(rights, CAP_R | CAP_W);
	CHECK_EQ(badge, 0xfeedface12345678UL);
	CHECK_EQ(sys_cap_mint(S(2), 0, S(3), CAP_ALL, 7), ERR_BAD_ARG);
	CHECK_EQ(sys_cap_info(S(3), NULL, NULL, NULL), ERR_SLOT_EMPTY);
	/* A copy keeps the badge, and cannot be re-badged either. */
	CHECK_EQ(sys_cap_copy(S(2), 0, S(3), CAP_R), ERR_OK);
	CHECK_EQ(sys_cap_info(S(3), NULL, &rights, &badge), ERR_OK);
	CHECK_EQ(rights, CAP_R);
	CHECK_EQ(badge, 0xfeedface12345678UL);
	CHECK_EQ(sys_cap_mint(S(3), 0, S(4), CAP_ALL, 7), ERR_BAD_ARG);
	/* The original is unbadged: another mint from it works. */
	CHECK_EQ(sys_cap_mint(S(1), 0, S(4), CAP_ALL, 9), ERR_OK);
	CHECK_EQ(sys_cap_info(S(4), NULL, &rights, &badge), ERR_OK);
	CHECK_EQ(rights, CAP_ALL);
	CHECK_EQ(badge, 9);
	/* The badged capability still works as one. */
	CHECK_EQ(thread_info(S(2), NULL, NULL), ERR_OK);
	return 0;
}

UTEST(cap_move)
{
	unsigned long type, rights, badge;

	CHECK_EQ(activity_create(T_ACT, OBJ_CAPPAGE, S(1), 0), ERR_OK);
	CHECK_EQ(sys_cap_mint(S(1), 0, S(2), CAP_R | CAP_G, 77), ERR_OK);
	CHECK_EQ(sys_cap_copy(S(2), 0, S(3), CAP_R), ERR_OK);   /* a child of S(2) */
	CHECK_EQ(sys_cap_move(S(2), 0, S(4)), ERR_OK);
	CHECK_EQ(sys_cap_info(S(2), NULL, NULL, NULL), ERR_SLOT_EMPTY);
	CHECK_EQ(sys_cap_info(S(4), &type, &rights, &badge), ERR_OK);
	CHECK_EQ(type, OBJ_CAPPAGE);
	CHECK_EQ(rights, CAP_R | CAP_G);
	CHECK_EQ(badge, 77);
	/* The moved node keeps its children and its place. */
	CHECK_EQ(sys_cap_revoke(S(4)), ERR_OK);
	CHECK_EQ(sys_cap_info(S(3), NULL, NULL, NULL), ERR_SLOT_EMPTY);
	CHECK_EQ(sys_cap_info(S(4), NULL, NULL, NULL), ERR_OK);
	CHECK_EQ(sys_cap_copy(S(4), 0, S(3), CAP_ALL), ERR_OK);
	CHECK_EQ(sys_cap_revoke(S(1)), ERR_OK);
	CHECK_EQ(sys_cap_info(S(4), NULL, NULL, NULL), ERR_SLOT_EMPTY);
	CHECK_EQ(sys_cap_info(S(3), NULL, NULL, NULL), ERR_SLOT_EMPTY);
	/* Errors. */
	CHECK_EQ(sys_cap_move(S(2), 0, S(5)), ERR_SLOT_EMPTY);
	CHECK_EQ(sys_cap_move(S(1), 0, S(1)), ERR_SLOT_FULL);
	CHECK_EQ(sys_cap_move(S(1), 0, S(0)), ERR_SLOT_FULL);
	CHECK_EQ(sys_cap_info(S(1), NULL, NULL, NULL), ERR_OK);
	return 0;
}

UTEST(cap_delete)
{
	CHECK_EQ(activity_create(T_ACT, OBJ_FRAME, S(1), 0), ERR_OK);
	CHECK_EQ(sys_cap_copy(S(1), 0, S(2), CAP_ALL), ERR_OK);
	CHECK_EQ(sys_cap_copy(S(2), 0, S(3), CAP_R), ERR_OK);
	CHECK_EQ(sys_cap_delete(S(2)), ERR_OK);
	CHECK_EQ(sys_cap_info(S(2), NULL, NULL, NULL), ERR_SLOT_EMPTY);
	CHECK_EQ(sys_cap_delete(S(2)), ERR_SLOT_EMPTY);
	/* S(3) went up to S(1): revoking S(1) takes it. */
	CHECK_EQ(sys_cap_info(S(3), NULL, NULL, NULL), ERR_OK);
	CHECK_EQ(sys_cap_revoke(S(1)), ERR_OK);
	CHECK_EQ(sys_cap_info(S(3), NULL, NULL, NULL), ERR_SLOT_EMPTY);
	/* Deleting the last capability does not free the object: the
	 * activity still pays for it until destroyed. */
	unsigned long used = act_used(T_ACT);
	CHECK_EQ(sys_cap_delete(S(1)), ERR_OK);
	CHECK_EQ(act_used(T_ACT), used);
	return 0;
}

UTEST(cap_revoke_tree)
{
	CHECK_EQ(activity_create(T_ACT, OBJ_FRAME, S(1), 0), ERR_OK);
	CHECK_EQ(sys_cap_copy(S(1), 0, S(2), CAP_ALL), ERR_OK);
	CHECK_EQ(sys_cap_copy(S(1), 0, S(3), CAP_R), ERR_OK);
	CHECK_EQ(sys_cap_copy(S(2), 0, S(4), CAP_R), ERR_OK);
	CHECK_EQ(sys_cap_mint(S(4), 0, S(5), CAP_R, 3), ERR_OK);
	CHECK_EQ(sys_cap_copy(S(5), 0, S(6), CAP_R), ERR_OK);
	/* Revoking a middle node takes only its subtree. */
	CHECK_EQ(sys_cap_revoke(S(4)), ERR_OK);
	CHECK_EQ(sys_cap_info(S(5), NULL, NULL, NULL), ERR_SLOT_EMPTY);
	CHECK_EQ(sys_cap_info(S(6), NULL, NULL, NULL), ERR_SLOT_EMPTY);
	CHECK_EQ(sys_cap_info(S(4), NULL, NULL, NULL), ERR_OK);
	CHECK_EQ(sys_cap_info(S(3), NULL, NULL, NULL), ERR_OK);
	CHECK_EQ(sys_cap_revoke(S(1)), ERR_OK);
	for (unsigned i = 2; i <= 6; i++)
		CHECK_EQ(sys_cap_info(S(i), NULL, NULL, NULL), ERR_SLOT_EMPTY);
	CHECK_EQ(sys_cap_info(S(1), NULL, NULL, NULL), ERR_OK);
	CHECK_EQ(sys_cap_revoke(S(1)), ERR_OK);   /* nothing left: still fine */
	CHECK_EQ(sys_cap_revoke(S(2)), ERR_SLOT_EMPTY);
	return 0;
}

/* ERR_NO_TABLE says which level's entry was empty. */
UTEST(cap_no_table_levels)
{
	struct sys_ret r;

	r = sys_call(SYS_CAP_INFO, DATA_VA(40), 0, 0, 0, 0, 0, 0);
	CHECK_EQ(r.err, ERR_NO_TABLE);
	CHECK_EQ(r.r1, 2);
	r = sys_call(SYS_CAP_INFO, ROOT_CAPPAGE + 5 * vpn_span(1), 0, 0, 0, 0, 0, 0);
	CHECK_EQ(r.err, ERR_NO_TABLE);
	CHECK_EQ(r.r1, 1);
	r = sys_call(SYS_CAP_INFO, CAPPAGE_AT(500), 0, 0, 0, 0, 0, 0);
	CHECK_EQ(r.err, ERR_NO_TABLE);
	CHECK_EQ(r.r1, 0);
	return 0;
}

/*
 * Every bad address, in every position that takes a capability address.
 * The good value of each position is substituted by each bad one in turn.
 */
struct bad_addr {
	unsigned long addr;
	long err;
};

static const struct bad_addr bad_addrs[] = {
	{ 0xffffffc000000000UL, ERR_CADDR_KERNEL },
	{ -64UL, ERR_CADDR_KERNEL },
	{ USER_ADDR_LIMIT, ERR_CADDR_KERNEL },       /* not canonical */
	{ 1UL << 63, ERR_CADDR_KERNEL },
	{ 0x0000400000000000UL, ERR_CADDR_KERNEL },
	{ ROOT_CAPPAGE + 65, ERR_CADDR_ALIGN },
	{ ROOT_CAPPAGE + 32, ERR_CADDR_ALIGN },
	{ 0x3000000000UL, ERR_NO_TABLE },            /* root entry empty */
	{ 0, ERR_NO_TABLE },                         /* address 0: page 0 is not mapped */
	{ CAPPAGE_AT(300), ERR_NO_TABLE },
	{ BOOTINFO_ADDR, ERR_NOT_CAPPAGE },          /* a frame */
	{ 0x10000, ERR_NOT_CAPPAGE },                /* text */
};
#define NBAD (sizeof(bad_addrs) / sizeof(bad_addrs[0]))

/* Run call nr with args a[], position pos replaced by each bad address. */
static int each_bad(unsigned long nr, const unsigned long a[7], unsigned pos, int is_space)
{
	for (unsigned i = 0; i < NBAD; i++) {
		unsigned long v[7];
		long want = bad_addrs[i].err;

		for (unsigned k = 0; k < 7; k++)
			v[k] = a[k];
		v[pos] = bad_addrs[i].addr;
		if (is_space && v[pos] == 0)
			continue;   /* 0 means "own space" here */
		struct sys_ret r = sys_call(nr, v[0], v[1], v[2], v[3], v[4], v[5], v[6]);
		if (r.err != want) {
			printf("    syscall %lu arg %u = %#lx: error %ld, want %ld\n", nr, pos,
			       bad_addrs[i].addr, r.err, want);
			return 1;
		}
	}
	return 0;
}

UTEST(cap_bad_addresses_everywhere)
{
	unsigned long f = S(1), t = S(2), pt0 = S(3), act = S(4), e = S(10);

	CHECK_EQ(activity_create(T_ACT, OBJ_FRAME, f, 0), ERR_OK);
	CHECK_EQ(activity_create(T_ACT, OBJ_THREAD, t, 0), ERR_OK);
	CHECK_EQ(activity_create(T_ACT, OBJ_PAGETABLE, pt0, 0), ERR_OK);
	CHECK_EQ(activity_create(T_ACT, OBJ_PAGETABLE, S(5), 2), ERR_OK);
	CHECK_EQ(activity_create(T_ACT, OBJ_ACTIVITY, act, 100), ERR_OK);
	{
		const unsigned long copy[7] = { f, 0, e, CAP_ALL };
		const unsigned long mint[7] = { f, 0, e, CAP_ALL, 1 };
		const unsigned long move[7] = { f, 0, e };
		const unsigned long one[7] = { f };
		const unsigned long inv[7] = { act, ACTIVITY_INFO };
		const unsigned long create[7] = { act, ACTIVITY_CREATE, OBJ_FRAME, e };
		const unsigned long destroy[7] = { T_ACT, ACTIVITY_DESTROY, f };
		const unsigned long ptset[7] = { pt0, PT_SET, 3, f, CAP_R };
		const unsigned long space[7] = { t, THREAD_SET_SPACE, S(5) };

		CHECK_EQ(each_bad(SYS_CAP_COPY, copy, 0, 0), 0);
		CHECK_EQ(each_bad(SYS_CAP_COPY, copy, 2, 0), 0);
		CHECK_EQ(each_bad(SYS_CAP_MINT, mint, 0, 0), 0);
		CHECK_EQ(each_bad(SYS_CAP_MINT, mint, 2, 0), 0);
		CHECK_EQ(each_bad(SYS_CAP_MOVE, move, 0, 0), 0);
		CHECK_EQ(each_bad(SYS_CAP_MOVE, move, 2, 0), 0);
		CHECK_EQ(each_bad(SYS_CAP_DELETE, one, 0, 0), 0);
		CHECK_EQ(each_bad(SYS_CAP_REVOKE, one, 0, 0), 0);
		CHECK_EQ(each_bad(SYS_CAP_INFO, one, 0, 0), 0);
		CHECK_EQ(each_bad(SYS_INVOKE, inv, 0, 0), 0);
		CHECK_EQ(each_bad(SYS_INVOKE, create, 3, 0), 0);
		CHECK_EQ(each_bad(SYS_INVOKE, destroy, 2, 0), 0);
		CHECK_EQ(each_bad(SYS_INVOKE, ptset, 3, 0), 0);
		CHECK_EQ(each_bad(SYS_INVOKE, space, 2, 0), 0);
		/* The destination-space argument: the same lookup errors. */
		CHECK_EQ(each_bad(SYS_CAP_COPY, copy, 1, 1), 0);
		CHECK_EQ(each_bad(SYS_CAP_MINT, mint, 1, 1), 0);
		CHECK_EQ(each_bad(SYS_CAP_MOVE, move, 1, 1), 0);
	}
	/* Nothing happened on the way. */
	CHECK_EQ(sys_cap_info(f, NULL, NULL, NULL), ERR_OK);
	CHECK_EQ(sys_cap_info(e, NULL, NULL, NULL), ERR_SLOT_EMPTY);
	CHECK_EQ(act_used(act), 0);
	/* Empty slots where a capability is needed. */
	CHECK_EQ(sys_cap_copy(e, 0, S(11), CAP_ALL), ERR_SLOT_EMPTY);
	CHECK_EQ(sys_cap_copy(f, e, S(11), CAP_ALL), ERR_SLOT_EMPTY);
	CHECK_EQ(sys_invoke(e, ACTIVITY_INFO, 0, 0, 0, 0, 0).err, ERR_SLOT_EMPTY);
	CHECK_EQ(pt_set(pt0, 3, e, CAP_R), ERR_SLOT_EMPTY);
	CHECK_EQ(thread_set_space(t, e), ERR_SLOT_EMPTY);
	return 0;
}

/* Copy and move into another space: a1 names its level-2 table. */
UTEST(cap_copy_other_space)
{
	struct child *c;
	unsigned long type, rights, badge;
	struct sys_ret r;

	CHECK((c = spawn(0, T_ACT, 0)));
	CHECK_EQ(activity_create(T_ACT, OBJ_FRAME, S(1), 0), ERR_OK);
	CHECK_EQ(sys_cap_copy(S(1), c->space, CSLOT(C_FREE), CAP_R | CAP_W), ERR_OK);
	CHECK_EQ(sys_cap_info(VSLOT(c, C_FREE), &type, &rights, NULL), ERR_OK);
	CHECK_EQ(type, OBJ_FRAME);
	CHECK_EQ(rights, CAP_R | CAP_W);
	CHECK_EQ(sys_cap_mint(S(1), c->space, CSLOT(C_FREE + 1), CAP_R, 5), ERR_OK);
	CHECK_EQ(sys_cap_info(VSLOT(c, C_FREE + 1), NULL, &rights, &badge), ERR_OK);
	CHECK_EQ(rights, CAP_R);
	CHECK_EQ(badge, 5);
	CHECK_EQ(activity_create(T_ACT, OBJ_THREAD, S(2), 0), ERR_OK);
	CHECK_EQ(sys_cap_move(S(2), c->space, CSLOT(C_FREE + 2)), ERR_OK);
	CHECK_EQ(sys_cap_info(S(2), NULL, NULL, NULL), ERR_SLOT_EMPTY);
	CHECK_EQ(sys_cap_info(VSLOT(c, C_FREE + 2), &type, NULL, NULL), ERR_OK);
	CHECK_EQ(type, OBJ_THREAD);
	/* The destination is looked up in the other space. */
	CHECK_EQ(sys_cap_copy(S(1), c->space, CSLOT(C_FREE), CAP_ALL), ERR_SLOT_FULL);
	r = sys_call(SYS_CAP_COPY, S(1), c->space, ROOT_SLOT(40), CAP_ALL, 0, 0, 0);
	CHECK_EQ(r.err, ERR_NO_TABLE);
	CHECK_EQ(r.r1, 2);
	r = sys_call(SYS_CAP_COPY, S(1), c->space, CHILD_BASE + 3 * vpn_span(1), CAP_ALL,
		     0, 0, 0);
	CHECK_EQ(r.err, ERR_NO_TABLE);
	CHECK_EQ(r.r1, 1);
	CHECK_EQ(sys_cap_copy(S(1), c->space, CHILD_BASE, CAP_ALL), ERR_NOT_CAPPAGE);
	/* a1 must be a level-2 table with W. */
	CHECK_EQ(sys_cap_copy(S(1), S(1), CSLOT(C_FREE + 3), CAP_ALL), ERR_WRONG_TYPE);
	CHECK_EQ(sys_cap_copy(S(1), CTL(c, CTL_L1), CSLOT(C_FREE + 3), CAP_ALL), ERR_BAD_ARG);
	CHECK_EQ(sys_cap_copy(S(1), c->l0, CSLOT(C_FREE + 3), CAP_ALL), ERR_BAD_ARG);
	CHECK_EQ(sys_cap_copy(c->space, 0, S(3), CAP_R), ERR_OK);
	CHECK_EQ(sys_cap_copy(S(1), S(3), CSLOT(C_FREE + 3), CAP_ALL), ERR_RIGHTS);
	CHECK_EQ(sys_cap_move(S(1), S(3), CSLOT(C_FREE + 3)), ERR_RIGHTS);
	CHECK_EQ(sys_cap_info(S(1), NULL, NULL, NULL), ERR_OK);
	CHECK_EQ(sys_cap_info(VSLOT(c, C_FREE + 3), NULL, NULL, NULL), ERR_SLOT_EMPTY);
	/* Its own space named explicitly works like 0. */
	CHECK_EQ(sys_cap_copy(S(1), R_SPACE, S(4), CAP_R), ERR_OK);
	CHECK_EQ(sys_cap_info(S(4), NULL, &rights, NULL), ERR_OK);
	CHECK_EQ(rights, CAP_R);
	return 0;
}

/* Objects without methods, and methods on the wrong type. */
UTEST(cap_wrong_type_methods)
{
	CHECK_EQ(activity_create(T_ACT, OBJ_CAPPAGE, S(1), 0), ERR_OK);
	CHECK_EQ(activity_create(T_ACT, OBJ_FRAME, S(2), 0), ERR_OK);
	for (unsigned long m = 0; m < 10; m++) {
		CHECK_EQ(sys_invoke(S(1), m, 0, 0, 0, 0, 0).err, ERR_BAD_METHOD);
		if (m != FRAME_INFO)
			CHECK_EQ(sys_invoke(S(2), m, 0, 0, 0, 0, 0).err, ERR_BAD_METHOD);
	}
	/* The boot information is read-only, without CAP_P. */
	CHECK_EQ(sys_invoke(R_BOOTINFO, FRAME_INFO, 0, 0, 0, 0, 0).err, ERR_RIGHTS);
	CHECK_EQ(sys_invoke(R_SYSCTL, 0, 0, 0, 0, 0, 0).err, ERR_BAD_METHOD);
	CHECK_EQ(sys_invoke(R_SYSCTL, 99, 0, 0, 0, 0, 0).err, ERR_BAD_METHOD);
	CHECK_EQ(sys_invoke(R_SYSCTL, SYSCTL_COUNTER, 0, 0, 0, 0, 0).err, ERR_BAD_ARG);
	CHECK_EQ(sys_invoke(R_SYSCTL, SYSCTL_COUNTER, 99, 0, 0, 0, 0).err, ERR_BAD_ARG);
	/* Typed arguments: a frame is no table, no thread space. */
	CHECK_EQ(activity_create(T_ACT, OBJ_THREAD, S(3), 0), ERR_OK);
	CHECK_EQ(thread_set_space(S(3), S(2)), ERR_WRONG_TYPE);
	CHECK_EQ(thread_set_space(S(3), S(1)), ERR_WRONG_TYPE);
	return 0;
}

UTEST(cap_frame_info)
{
	unsigned long pa = ~0UL;

	CHECK_EQ(activity_create(T_ACT, OBJ_FRAME, S(1), 0), ERR_OK);
	CHECK_EQ(sys_cap_copy(S(1), 0, S(2), CAP_P), ERR_OK);   /* P alone will do */
	CHECK_EQ(frame_info(S(2), &pa), ERR_OK);
	CHECK_EQ(sys_cap_copy(S(1), 0, S(3), CAP_ALL & ~CAP_P), ERR_OK);
	CHECK_EQ(frame_info(S(3), &pa), ERR_RIGHTS);
	/* A RAM frame: a page-aligned address inside one of the memory banks. */
	CHECK(pa != 0 && pa % PAGE_BYTES == 0);
	int in_ram = 0;
	for (unsigned i = 0; i < utest_bootinfo->nmem; i++)
		in_ram |= pa >= utest_bootinfo->mem[i].base &&
			  pa - utest_bootinfo->mem[i].base < utest_bootinfo->mem[i].size;
	CHECK(in_ram);
	for (unsigned i = 0; i < utest_bootinfo->ndev; i++) {
		const struct bootinfo_dev *d = &utest_bootinfo->dev[i];
		unsigned long type;
		for (unsigned k = 0; k < d->frames; k++) {
			CHECK_EQ(sys_cap_info(ROOT_SLOT(d->first_slot + k), &type, NULL, NULL),
				 ERR_OK);
			CHECK_EQ(type, OBJ_DEVFRAME);
			CHECK_EQ(frame_info(ROOT_SLOT(d->first_slot + k), &pa), ERR_OK);
			CHECK_EQ(pa, d->pa + k * PAGE_BYTES);
		}
	}
	/* What is made through an activity capability without P lacks it. */
	unsigned long rights;
	CHECK_EQ(sys_cap_copy(T_ACT, 0, S(4), CAP_ALL & ~CAP_P), ERR_OK);
	CHECK_EQ(activity_create(S(4), OBJ_FRAME, S(5), 0), ERR_OK);
	CHECK_EQ(sys_cap_info(S(5), NULL, &rights, NULL), ERR_OK);
	CHECK_EQ(rights, CAP_ALL & ~CAP_P);
	CHECK_EQ(frame_info(S(5), &pa), ERR_RIGHTS);
	return 0;
}

UTEST(cap_sysctl_counters)
{
	unsigned long a = 0, b = 0, f1 = 0, f2 = 0;

	CHECK_EQ(sysctl_counter(R_SYSCTL, KCOUNT_SYSCALLS, &a), ERR_OK);
	CHECK_EQ(sysctl_counter(R_SYSCTL, KCOUNT_SYSCALLS, &b), ERR_OK);
	CHECK_EQ(b - a, 1);
	CHECK_EQ(sysctl_counter(R_SYSCTL, KCOUNT_FREE_FRAMES, &f1), ERR_OK);
	CHECK_EQ(activity_create(T_ACT, OBJ_PAGETABLE, S(1), 0), ERR_OK);
	CHECK_EQ(sysctl_counter(R_SYSCTL, KCOUNT_FREE_FRAMES, &f2), ERR_OK);
	CHECK(f1 - f2 == 9 || f1 - f2 == 10);
	CHECK_EQ(activity_info(T_ACT, NULL, NULL, &a), ERR_OK);
	CHECK_EQ(a, f2);
	CHECK_EQ(sysctl_counter(R_SYSCTL, KCOUNT_PREEMPTIONS, &a), ERR_OK);
	/* The machine's cap copied without rights still reads counters? Only
	 * the type is checked: just make sure a copy works at all. */
	CHECK_EQ(sys_cap_copy(R_SYSCTL, 0, S(2), CAP_R), ERR_OK);
	CHECK_EQ(sysctl_counter(S(2), KCOUNT_FREE_FRAMES, &a), ERR_OK);
	return 0;
}

/*
 * A move or a delete of a capability with children is cut at every
 * preemption point (SYSCTL_PREEMPT_EVERY 1) and issued again each time
 * (KERR_PREEMPTED leaves the pc on the ecall): the tree records how far
 * it got, so the result is an uncut one's. Moved: the children (and a
 * grandchild) follow to the new slot, and revoking it takes them all.
 * Deleted: they go up to the deleted one's parent. The invariant checker
 * walks the tree after the case.
 */
UTEST(cap_move_and_delete_cut_carry_on)
{
	enum { KIDS = 48, DST = 60 };
	unsigned long p0;

	CHECK_EQ(activity_create(T_ACT, OBJ_FRAME, S(1), 0), ERR_OK);
	CHECK_EQ(sys_cap_copy(S(1), 0, S(2), CAP_ALL), ERR_OK);
	for (unsigned i = 0; i < KIDS; i++)
		CHECK_EQ(sys_cap_copy(S(2), 0, S(3 + i), CAP_R | CAP_W), ERR_OK);
	CHECK_EQ(sys_cap_copy(S(3), 0, S(3 + KIDS), CAP_R), ERR_OK);   /* a grandchild */

	CHECK_EQ(sysctl_preempt_every(R_SYSCTL, 1), ERR_OK);
	p0 = kcount(KCOUNT_PREEMPTIONS);
	long err = sys_cap_move(S(2), 0, S(DST));
	unsigned long cuts = kcount(KCOUNT_PREEMPTIONS) - p0;
	CHECK_EQ(sysctl_preempt_every(R_SYSCTL, 0), ERR_OK);
	CHECK_EQ(err, ERR_OK);
	CHECK(cuts >= 2);   /* 48 children, handed over 16 a step */
	CHECK_EQ(sys_cap_info(S(2), NULL, NULL, NULL), ERR_SLOT_EMPTY);
	CHECK_EQ(sys_cap_revoke(S(DST)), ERR_OK);
	for (unsigned i = 0; i <= KIDS; i++)
		CHECK_EQ(sys_cap_info(S(3 + i), NULL, NULL, NULL), ERR_SLOT_EMPTY);
	CHECK_EQ(sys_cap_info(S(DST), NULL, NULL, NULL), ERR_OK);

	for (unsigned i = 0; i < KIDS; i++)
		CHECK_EQ(sys_cap_copy(S(DST), 0, S(3 + i), CAP_R), ERR_OK);
	CHECK_EQ(sysctl_preempt_every(R_SYSCTL, 1), ERR_OK);
	p0 = kcount(KCOUNT_PREEMPTIONS);
	err = sys_cap_delete(S(DST));
	cuts = kcount(KCOUNT_PREEMPTIONS) - p0;
	CHECK_EQ(sysctl_preempt_every(R_SYSCTL, 0), ERR_OK);
	CHECK_EQ(err, ERR_OK);
	CHECK(cuts >= 2);
	CHECK_EQ(sys_cap_info(S(DST), NULL, NULL, NULL), ERR_SLOT_EMPTY);
	for (unsigned i = 0; i < KIDS; i++)
		CHECK_EQ(sys_cap_info(S(3 + i), NULL, NULL, NULL), ERR_OK);
	/* They are the frame's original's children now. */
	CHECK_EQ(sys_cap_revoke(S(1)), ERR_OK);
	for (unsigned i = 0; i < KIDS; i++)
		CHECK_EQ(sys_cap_info(S(3 + i), NULL, NULL, NULL), ERR_SLOT_EMPTY);
	return 0;
}

/*
 * A system call's lookup is kept in the space's table (kern/pagetable.h:
 * pt_kept) while no slot on the address's path is emptied. Every change of
 * the path must show at once: the capability page taken off the path,
 * another put in its place, the first put back, the page destroyed while
 * on the path. The copies' source lookups are the kept ones; SYS_CAP_INFO
 * walks every time, so the two must agree.
 */
/* Copy z's capability to t (z's lookup is a kept one), read the copy's
 * badge, delete it: the badge, or minus the first error. */
static long badge_through(unsigned long z, unsigned long t)
{
	unsigned long badge;
	long err;

	if ((err = sys_cap_copy(z, 0, t, CAP_ALL)) || (err = sys_cap_info(t, NULL, NULL, &badge)) ||
	    (err = sys_cap_delete(t)))
		return -err;
	return (long)badge;
}

UTEST(cap_kept_lookup_follows_path)
{
	unsigned long q1, q2, cpa, cpb, t, z;

	CHECK_EQ(ipc_begin(), 0);
	CHECK(q1 = ipc_new(OBJ_QUEUE, 0));
	CHECK(q2 = ipc_new(OBJ_QUEUE, 0));
	CHECK(cpa = ipc_new(OBJ_CAPPAGE, 0));
	CHECK(cpb = ipc_new(OBJ_CAPPAGE, 0));
	CHECK(t = ipc_slot());
	CHECK_EQ(pt_set(R_CAPS0, CAPS0_FREE_FIRST, cpa, CAP_ALL), ERR_OK);
	z = ipc_root_caps(0, 5);
	CHECK_EQ(sys_cap_mint(q1, 0, z, CAP_ALL, 1), ERR_OK);
	/* Twice through z: the second copy finds the first's lookup. */
	for (int i = 0; i < 2; i++)
		CHECK_EQ(badge_through(z, t), 1);
	/* Off the path: z names nothing. */
	CHECK_EQ(pt_clear(R_CAPS0, CAPS0_FREE_FIRST), ERR_OK);
	CHECK_EQ(badge_through(z, t), -ERR_NO_TABLE);
	CHECK_EQ(sys_cap_info(z, NULL, NULL, NULL), ERR_NO_TABLE);
	/* Another page in its place: z is that page's empty slot. */
	CHECK_EQ(pt_set(R_CAPS0, CAPS0_FREE_FIRST, cpb, CAP_ALL), ERR_OK);
	CHECK_EQ(badge_through(z, t), -ERR_SLOT_EMPTY);
	CHECK_EQ(sys_cap_info(z, NULL, NULL, NULL), ERR_SLOT_EMPTY);
	CHECK_EQ(sys_cap_mint(q2, 0, z, CAP_ALL, 2), ERR_OK);
	CHECK_EQ(badge_through(z, t), 2);
	/* The first page back: z is its slot again, with q1. */
	CHECK_EQ(pt_clear(R_CAPS0, CAPS0_FREE_FIRST), ERR_OK);
	CHECK_EQ(pt_set(R_CAPS0, CAPS0_FREE_FIRST, cpa, CAP_ALL), ERR_OK);
	CHECK_EQ(badge_through(z, t), 1);
	/* Destroyed while on the path: its entry goes with it. */
	CHECK_EQ(activity_destroy(T_ACT, cpa), ERR_OK);
	CHECK_EQ(badge_through(z, t), -ERR_NO_TABLE);
	CHECK_EQ(sys_cap_info(z, NULL, NULL, NULL), ERR_NO_TABLE);
	CHECK_EQ(pt_clear(R_CAPS0, CAPS0_FREE_FIRST), ERR_SLOT_EMPTY);
	CHECK_EQ(activity_destroy(T_ACT, cpb), ERR_OK);
	CHECK_EQ(activity_destroy(T_ACT, q1), ERR_OK);
	CHECK_EQ(activity_destroy(T_ACT, q2), ERR_OK);
	return 0;
}
