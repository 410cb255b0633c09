/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * The system-call fuzzer: FUZZ_CALLS random system calls from a thread in
 * its own address space, seeded with FUZZ_SEED (both printed). Its cspace
 * is one capability page holding only that page (C_CAPS), a sub-activity F
 * (FZ_ACT, quota FUZZ_QUOTA frames) and what it creates itself: not its own
 * thread or space, so it cannot stop or unmap itself; no sysctl.
 *
 * Each call is one of: numbers that are mostly garbage (syscall numbers,
 * methods, arguments), capability addresses that are half right (its own
 * slots, the right page at a wrong offset, unmapped, kernel half, its stack
 * frame, misaligned), real capabilities with random methods, and sensible
 * operations with random parameters: creations, destroys, copies, mints,
 * moves, deletes, revokes, PT_SETs, thread starts at random pcs (those
 * threads fault, in spaces with nothing mapped but zeroed frames). Every
 * FUZZ_RESET calls it destroys everything it holds and starts over.
 *
 * It makes no call that can block: no IPC objects (their creation is
 * filtered to bad types) and no IPC or sleep system calls. It holds no
 * console capability, so its SYS_DEBUG_* calls all fail. When done it sets fuzz_done; the root waits a
 * bounded time, stops it, destroys F and checks every frame came back.
 *
 * A longer run is one option away: fuzz_calls=N on the kernel command
 * line (scripts/utest --append fuzz_calls=1000000 fuzz_syscalls); another
 * seed needs -DFUZZ_SEED=... (test/root/README.md).
 */
#include "spawn.h"

#ifndef FUZZ_CALLS
#define FUZZ_CALLS 100000UL
#endif
#ifndef FUZZ_SEED
#define FUZZ_SEED 0x9e3779b97f4a7c15UL
#endif
#define FUZZ_QUOTA 2000
#define FUZZ_RESET 4096

#define FZ_ACT   CSLOT(C_FREE)        /* F */
#define FZ_SUB   CSLOT(C_FREE + 1)    /* G: a sub-activity of F, remade at resets */
#define FZ_FIRST (C_FREE + 2)         /* slots it fills */

static volatile int fuzz_done;
static volatile unsigned long fuzz_calls, fuzz_ok, fuzz_created, fuzz_resets;

static unsigned long rnd(unsigned long *s)
{
	return xorshift64(s);
}

static unsigned long below(unsigned long *s, unsigned long n)
{
	return rnd(s) % n;
}

/* One of its own slots (mostly the ones it fills). */
static unsigned long own_slot(unsigned long *s)
{
	if (below(s, 16) == 0)
		return CSLOT(below(s, CAP_SLOTS_PER_PAGE));
	return CSLOT(FZ_FIRST + below(s, CAP_SLOTS_PER_PAGE - FZ_FIRST));
}

/* A capability address that is right, nearly right, or plainly wrong. */
static unsigned long any_caddr(unsigned long *s)
{
	switch (below(s, 12)) {
	case 0: return CHILD_CAPS + below(s, PAGE_BYTES);          /* misaligned mostly */
	case 1: return CHILD_BASE + below(s, CHILD_STACK_PAGES) * PAGE_BYTES; /* a frame */
	case 2: return below(s, USER_ADDR_LIMIT) & ~63UL;          /* unmapped mostly */
	case 3: return -(below(s, 1UL << 20) * 64) - 64;           /* kernel half */
	case 4: return USER_ADDR_LIMIT + (below(s, 1000) << 6);    /* not canonical */
	case 5: return rnd(s);
	case 6: return 0;
	case 7: return CHILD_CAPS + PAGE_BYTES * (1 + below(s, 8)); /* next pages: empty */
	default: return own_slot(s);
	}
}

static unsigned long any_rights(unsigned long *s)
{
	return below(s, 8) ? below(s, CAP_ALL + 1) : rnd(s);
}

/* A creatable type, or now and then a bad one (never an IPC object). */
static unsigned long any_type(unsigned long *s)
{
	static const unsigned long types[] = {
		OBJ_FRAME, OBJ_FRAME, OBJ_PAGETABLE, OBJ_PAGETABLE, OBJ_CAPPAGE,
		OBJ_THREAD, OBJ_THREAD, OBJ_ACTIVITY,
		OBJ_NONE, OBJ_DEVFRAME, OBJ_SYSCTL, OBJ_IRQ, OBJ_TYPE_COUNT, 77,
	};
	return types[below(s, sizeof(types) / sizeof(types[0]))];
}

static int ipc_type(unsigned long t)
{
	return t == OBJ_MESSAGE || t == OBJ_QUEUE || t == OBJ_REPLY;
}

static unsigned long any_act(unsigned long *s)
{
	switch (below(s, 8)) {
	case 0: return FZ_ACT;
	case 1: return any_caddr(s);
	default: return FZ_SUB;
	}
}

static unsigned long any_pc(unsigned long *s)
{
	switch (below(s, 5)) {
	case 0: return below(s, USER_ADDR_LIMIT) & ~1UL;
	case 1: return rnd(s);                                     /* mostly bad */
	case 2: return below(s, 64) * PAGE_BYTES;                  /* low pages */
	case 3: return CHILD_BASE + below(s, 64) * 4;
	default: return 0x1000 | 1;                                /* odd */
	}
}

static struct sys_ret call(unsigned long nr, unsigned long a0, unsigned long a1,
			   unsigned long a2, unsigned long a3, unsigned long a4,
			   unsigned long a5, unsigned long a6)
{
	struct sys_ret r = sys_call(nr, a0, a1, a2, a3, a4, a5, a6);

	fuzz_calls++;
	if (r.err == ERR_OK)
		fuzz_ok++;
	return r;
}

/* Its two activities and its page stay put: calls that would empty those
 * slots get another slot. */
static unsigned long not_precious(unsigned long *s, unsigned long caddr)
{
	if (caddr == FZ_ACT || caddr == FZ_SUB || caddr == CSLOT(C_CAPS))
		return CSLOT(FZ_FIRST + below(s, CAP_SLOTS_PER_PAGE - FZ_FIRST));
	return caddr;
}

/* Anything at all, made safe: nothing that blocks, prints, or empties
 * the precious slots. */
static void raw_call(unsigned long *s)
{
	unsigned long nr = below(s, 4) ? below(s, SYS_COUNT + 2) : rnd(s);
	unsigned long a[7];

	for (unsigned i = 0; i < 7; i++)
		a[i] = below(s, 3) ? below(s, 16) : rnd(s);
	if (below(s, 2))
		a[0] = any_caddr(s);
	switch (nr) {
	case SYS_CALL:
	case SYS_REPLY_RECV:
	case SYS_RECV:
	case SYS_SLEEP:
		nr = SYS_COUNT + below(s, 1000);   /* unknown instead */
		break;
	case SYS_CAP_DELETE:
	case SYS_CAP_MOVE:
		a[0] = not_precious(s, a[0]);
		break;
	case SYS_INVOKE:
		if (a[1] == ACTIVITY_CREATE && ipc_type(a[2]))
			a[2] = OBJ_NONE;
		break;
	}
	call(nr, a[0], a[1], a[2], a[3], a[4], a[5], a[6]);
}

static void create(unsigned long *s)
{
	unsigned long type = any_type(s), arg = 0;

	if (type == OBJ_PAGETABLE)
		arg = below(s, 5);   /* 3 and 4 are bad */
	else if (type == OBJ_ACTIVITY)
		arg = below(s, 4) ? 1 + below(s, 200) : rnd(s);
	else if (below(s, 8) == 0)
		arg = rnd(s);
	if (call(SYS_INVOKE, any_act(s), ACTIVITY_CREATE, type, own_slot(s), arg, 0, 0).err ==
	    ERR_OK)
		fuzz_created++;
}

static void cap_op(unsigned long *s)
{
	unsigned long src = below(s, 4) ? own_slot(s) : any_caddr(s);
	unsigned long dst = below(s, 4) ? own_slot(s) : any_caddr(s);
	unsigned long space = below(s, 4) ? 0 : own_slot(s);

	switch (below(s, 6)) {
	case 0: call(SYS_CAP_COPY, src, space, dst, any_rights(s), 0, 0, 0); break;
	case 1: call(SYS_CAP_MINT, src, space, dst, any_rights(s), rnd(s), 0, 0); break;
	case 2: call(SYS_CAP_MOVE, not_precious(s, src), space, dst, 0, 0, 0, 0); break;
	case 3: call(SYS_CAP_DELETE, not_precious(s, src), 0, 0, 0, 0, 0, 0); break;
	case 4: call(SYS_CAP_REVOKE, src, 0, 0, 0, 0, 0, 0); break;
	default: call(SYS_CAP_INFO, src, 0, 0, 0, 0, 0, 0); break;
	}
}

static void object_op(unsigned long *s)
{
	unsigned long c = below(s, 8) ? own_slot(s) : any_caddr(s);
	unsigned long m = below(s, 8) ? below(s, 10) : rnd(s);
	unsigned long x = own_slot(s);

	switch (below(s, 8)) {
	case 0: /* PT_SET with a sensible index most of the time */
		call(SYS_INVOKE, c, PT_SET, below(s, 4) ? below(s, 512) : rnd(s), x,
		     any_rights(s), 0, 0);
		break;
	case 1:
		call(SYS_INVOKE, c, PT_CLEAR, below(s, 4) ? below(s, 512) : rnd(s), 0, 0, 0, 0);
		break;
	case 2: /* a thread somewhere, started at a random pc */
		call(SYS_INVOKE, c, THREAD_SET_SPACE, x, 0, 0, 0, 0);
		call(SYS_INVOKE, c, THREAD_SET_REGS, any_pc(s), any_pc(s), rnd(s), 0, 0);
		call(SYS_INVOKE, c, THREAD_SET_PRIO, below(s, CHILD_PRIO + 2),
		     below(s, 4) ? CHILD_PRIO : below(s, 300), 0, 0, 0);
		call(SYS_INVOKE, c, THREAD_START, 0, 0, 0, 0, 0);
		break;
	case 3:
		call(SYS_INVOKE, c, ACTIVITY_DESTROY + (below(s, 4) ? 0 : below(s, 3)),
		     not_precious(s, x), 0, 0, 0, 0);
		break;
	case 4:
		call(SYS_INVOKE, any_act(s), ACTIVITY_DESTROY, not_precious(s, x), 0, 0, 0, 0);
		break;
	default: { /* a random method on a real capability */
		unsigned long a2 = below(s, 2) ? own_slot(s) : rnd(s);
		if (m == ACTIVITY_CREATE && ipc_type(a2))
			a2 = OBJ_NONE;
		if (m == ACTIVITY_DESTROY || m == THREAD_SET_FAULT)
			a2 = not_precious(s, a2);
		call(SYS_INVOKE, c, m, a2, below(s, 2) ? own_slot(s) : rnd(s),
		     below(s, 16), rnd(s), rnd(s));
		break;
	}
	}
}

/* Destroy all it holds (what F or G allocated) and make G again. */
static void reset(void)
{
	for (unsigned n = FZ_FIRST; n < CAP_SLOTS_PER_PAGE; n++)
		call(SYS_INVOKE, FZ_ACT, ACTIVITY_DESTROY, CSLOT(n), 0, 0, 0, 0);
	call(SYS_INVOKE, FZ_ACT, ACTIVITY_DESTROY, FZ_SUB, 0, 0, 0, 0);
	call(SYS_CAP_DELETE, FZ_SUB, 0, 0, 0, 0, 0, 0);
	call(SYS_INVOKE, FZ_ACT, ACTIVITY_CREATE, OBJ_ACTIVITY, FZ_SUB, FUZZ_QUOTA - 100, 0, 0);
	fuzz_resets++;
}

static void fuzz_main(struct child *c)
{
	unsigned long s = c->arg[0];

	reset();
	while (fuzz_calls < c->arg[1]) {
		switch (below(&s, 10)) {
		case 0:
		case 1:
		case 2: raw_call(&s); break;
		case 3:
		case 4: create(&s); break;
		case 5:
		case 6: cap_op(&s); break;
		default: object_op(&s); break;
		}
		if (fuzz_calls / FUZZ_RESET != (fuzz_calls + 8) / FUZZ_RESET)
			reset();
	}
	fuzz_done = 1;
}

UTEST(fuzz_syscalls)
{
	struct child *c;
	unsigned long free0, used0, state;
	unsigned long t0 = kcount(KCOUNT_SYSCALLS), p0 = kcount(KCOUNT_PREEMPTIONS);

	CHECK((c = spawn(0, T_ACT, 0)));
	free0 = free_frames();
	used0 = act_used(T_ACT);
	CHECK_EQ(activity_create(T_ACT, OBJ_ACTIVITY, S(1), FUZZ_QUOTA), ERR_OK);
	CHECK_EQ(sys_cap_copy(S(1), 0, VSLOT(c, C_FREE), CAP_ALL), ERR_OK);
	fuzz_done = 0;
	fuzz_calls = fuzz_ok = fuzz_created = fuzz_resets = 0;
	c->arg[0] = FUZZ_SEED;
	c->arg[1] = cmdline_number("fuzz_calls", FUZZ_CALLS);
	printf("    fuzz: seed %#lx, %lu calls\n", (unsigned long)FUZZ_SEED, c->arg[1]);
	CHECK_EQ(child_run(c, fuzz_main), ERR_OK);
	wait_flag(&fuzz_done, c->arg[1] / 20 + 2000);
	CHECK_EQ(thread_stop(c->thread), ERR_OK);
	printf("    fuzz: %lu calls made (%lu succeeded, %lu objects created, %lu resets), "
	       "%lu kernel system calls, %lu preemptions\n", fuzz_calls, fuzz_ok,
	       fuzz_created, fuzz_resets, kcount(KCOUNT_SYSCALLS) - t0,
	       kcount(KCOUNT_PREEMPTIONS) - p0);
	CHECK(fuzz_done);
	CHECK(fuzz_calls >= c->arg[1]);
	CHECK_EQ(thread_info(c->thread, &state, NULL), ERR_OK);
	CHECK_EQ(state, THREAD_INACTIVE);   /* it never faulted */
	/* Everything it made goes with F. */
	CHECK_EQ(activity_destroy(T_ACT, S(1)), ERR_OK);
	CHECK_EQ(free_frames(), free0);
	CHECK_EQ(act_used(T_ACT), used0);
	/* Its page and the root's world are intact. */
	CHECK_EQ(sys_cap_info(VSLOT(c, C_CAPS), NULL, NULL, NULL), ERR_OK);
	CHECK_EQ(sys_cap_info(VSLOT(c, C_FREE), NULL, NULL, NULL), ERR_SLOT_EMPTY);
	CHECK_EQ(sys_cap_info(R_SYSCTL, NULL, NULL, NULL), ERR_OK);
	return 0;
}
