/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * Revocation three deep across three address spaces: the original frame
 * capability in the root's cspace, a copy in space A, a copy of that in
 * space B, each mapped in its own space; children read through the
 * mappings. Revoking the original empties the copies in A and B, unmaps
 * both, and leaves the original.
 */
#include "spawn.h"

#define COPY_SLOT C_FREE
#define DATA_INDEX 40

static void child_read(struct child *c)
{
	c->res[0] = *(volatile unsigned long *)c->arg[0];
	*(volatile unsigned long *)(c->arg[0] + 8) = 0xb0b0 + c->id;
	/* A copy of a copy, done by the child itself into the other space. */
	if (c->arg[1])
		c->res[1] = sys_cap_copy(CSLOT(COPY_SLOT), CSLOT(C_FREE + 1), CSLOT(COPY_SLOT),
					 CAP_R | CAP_W);
}

UTEST(revoke_three_spaces)
{
	struct child *a, *b;
	volatile unsigned long *root_view = (volatile unsigned long *)DATA_VA(0);
	unsigned long va = CHILD_DATA_VA(DATA_INDEX - CHILD_DATA_FIRST), cause, value;
	unsigned long type, rights;

	CHECK((a = spawn(0, T_ACT, SPAWN_SELF)));
	CHECK((b = spawn(1, T_ACT, SPAWN_SELF)));
	CHECK_EQ(map_data_region(T_ACT, 0, S(60), S(61)), ERR_OK);
	CHECK_EQ(activity_create(T_ACT, OBJ_FRAME, S(1), 0), ERR_OK);
	CHECK_EQ(pt_set(S(61), 0, S(1), CAP_R | CAP_W), ERR_OK);   /* root mapping */
	root_view[0] = 0x5eed;
	/* Root -> A (a1 = A's root table), A maps its copy. */
	CHECK_EQ(sys_cap_copy(S(1), a->space, CSLOT(COPY_SLOT), CAP_R | CAP_W | CAP_G), ERR_OK);
	CHECK_EQ(pt_set(a->l0, DATA_INDEX, VSLOT(a, COPY_SLOT), CAP_R | CAP_W), ERR_OK);
	/* A -> B, done by A: it gets B's root table for that. */
	CHECK_EQ(sys_cap_copy(b->space, a->space, CSLOT(C_FREE + 1), CAP_R | CAP_W | CAP_X),
		 ERR_OK);
	a->arg[0] = va;
	a->arg[1] = 1;
	CHECK_EQ(child_run(a, child_read), ERR_OK);
	CHECK(child_wait_done(a));
	CHECK_EQ(a->res[0], 0x5eed);
	CHECK_EQ(a->res[1], ERR_OK);
	CHECK_EQ(root_view[1], 0xb0b0);
	CHECK_EQ(sys_cap_info(VSLOT(b, COPY_SLOT), &type, &rights, NULL), ERR_OK);
	CHECK_EQ(type, OBJ_FRAME);
	CHECK_EQ(rights, CAP_R | CAP_W);
	/* B maps its copy (read-only) and reads. */
	CHECK_EQ(pt_set(b->l0, DATA_INDEX, VSLOT(b, COPY_SLOT), CAP_R), ERR_OK);
	b->arg[0] = va;
	b->arg[1] = 0;
	CHECK_EQ(child_run_at(b, (unsigned long)stub_load, va), ERR_OK);
	CHECK(child_wait_state(b, THREAD_FAULTED));
	CHECK_EQ(thread_read_fault(b->thread, &cause, NULL, NULL), ERR_OK);
	CHECK_EQ(cause, FAULT_BREAKPOINT);   /* the load went through */
	CHECK_EQ(child_run_at(b, (unsigned long)stub_store, va), ERR_OK);
	CHECK(child_wait_state(b, THREAD_FAULTED));
	CHECK_EQ(thread_read_fault(b->thread, &cause, NULL, &value), ERR_OK);
	CHECK_EQ(cause, FAULT_PAGE);         /* B's mapping is read-only */
	CHECK_EQ(value, va);

	/* Revoke the original. */
	CHECK_EQ(sys_cap_revoke(S(1)), ERR_OK);
	CHECK_EQ(sys_cap_info(S(1), &type, &rights, NULL), ERR_OK);
	CHECK_EQ(type, OBJ_FRAME);
	CHECK_EQ(rights, CAP_ALL);
	CHECK_EQ(sys_cap_info(VSLOT(a, COPY_SLOT), NULL, NULL, NULL), ERR_SLOT_EMPTY);
	CHECK_EQ(sys_cap_info(VSLOT(b, COPY_SLOT), NULL, NULL, NULL), ERR_SLOT_EMPTY);
	CHECK_EQ(pt_clear(a->l0, DATA_INDEX), ERR_SLOT_EMPTY);
	CHECK_EQ(pt_clear(b->l0, DATA_INDEX), ERR_SLOT_EMPTY);
	CHECK_EQ(pt_clear(S(61), 0), ERR_SLOT_EMPTY);
	/* Both children fault on the address now. */
	CHECK_EQ(child_run_at(a, (unsigned long)stub_load, va), ERR_OK);
	CHECK_EQ(child_run_at(b, (unsigned long)stub_load, va), ERR_OK);
	CHECK(child_wait_state(a, THREAD_FAULTED));
	CHECK(child_wait_state(b, THREAD_FAULTED));
	CHECK_EQ(thread_read_fault(a->thread, &cause, NULL, &value), ERR_OK);
	CHECK_EQ(cause, FAULT_PAGE);
	CHECK_EQ(value, va);
	CHECK_EQ(thread_read_fault(b->thread, &cause, NULL, &value), ERR_OK);
	CHECK_EQ(cause, FAULT_PAGE);
	CHECK_EQ(value, va);
	/* The frame itself is fine: mapped again, its data is there. */
	CHECK_EQ(pt_set(S(61), 1, S(1), CAP_R), ERR_OK);
	CHECK_EQ(((volatile unsigned long *)(DATA_VA(0) + PAGE_BYTES))[0], 0x5eed);
	CHECK_EQ(((volatile unsigned long *)(DATA_VA(0) + PAGE_BYTES))[1], 0xb0b0);
	return 0;
}

/* Revoking a thread capability held by the thread itself, in its own
 * space: the child loses its way to stop itself, nothing else. */
static void child_revoke_self(struct child *c)
{
	c->res[0] = sys_cap_copy(CSLOT(C_SELF), 0, CSLOT(C_FREE), CAP_R);
	c->res[1] = sys_cap_revoke(CSLOT(C_FREE + 1));
	c->res[2] = sys_cap_info(CSLOT(C_FREE + 2), NULL, NULL, NULL);
	c->res[3] = sys_cap_info(CSLOT(C_SELF), NULL, NULL, NULL);
}

UTEST(revoke_from_other_space)
{
	struct child *a;

	CHECK((a = spawn(0, T_ACT, SPAWN_SELF)));
	CHECK_EQ(activity_create(T_ACT, OBJ_CAPPAGE, S(1), 0), ERR_OK);
	/* The child holds the original's copy and a copy of that; it revokes
	 * its copy, the root's sibling copy is untouched. */
	CHECK_EQ(sys_cap_copy(S(1), 0, S(2), CAP_ALL), ERR_OK);
	CHECK_EQ(sys_cap_copy(S(1), a->space, CSLOT(C_FREE + 1), CAP_ALL), ERR_OK);
	CHECK_EQ(sys_cap_copy(VSLOT(a, C_FREE + 1), a->space, CSLOT(C_FREE + 2), CAP_R), ERR_OK);
	CHECK_EQ(child_run(a, child_revoke_self), ERR_OK);
	CHECK(child_wait_done(a));
	CHECK_EQ(a->res[0], ERR_OK);
	CHECK_EQ(a->res[1], ERR_OK);
	CHECK_EQ(a->res[2], ERR_SLOT_EMPTY);
	CHECK_EQ(a->res[3], ERR_OK);
	CHECK_EQ(sys_cap_info(S(2), NULL, NULL, NULL), ERR_OK);
	CHECK_EQ(sys_cap_info(VSLOT(a, C_FREE + 1), NULL, NULL, NULL), ERR_OK);
	return 0;
}
