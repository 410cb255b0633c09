/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * The IPC and SMP fuzzer: FUZZ_IPC_THREADS fuzz threads, spread over the
 * harts, each in its own space with its own seed (printed), share a pool
 * of queues, messages with payload frames, replies, frames and server
 * threads, and make random calls on them and on what they create: register
 * calls and receives, message sends, receives and calls, replies, waits,
 * MSG_SET with random payload headers (up to MSG_MAX_CAPS capability
 * addresses), capability copies into the pool's space, revokes, deletes,
 * creations, and destroys of pool objects through the pool's activity
 * while the others use them. Every FUZZ_IPC_CHECK calls each thread runs
 * the kernel's invariant checker (SYSCTL_CHECK, with a read-only sysctl
 * capability).
 *
 * The root, at a higher priority, keeps the game going one tick at a
 * time: it stops and restarts a thread blocked for two rounds (its call
 * ends with ERR_CANCELED), restarts one that faulted, puts back pool
 * objects that were destroyed, and changes the injected preemption
 * (SYSCTL_PREEMPT_EVERY) each round so copies, revokes and destroys are
 * cut at many points. It stops when the threads have made FUZZ_IPC_CALLS
 * calls in all (a count, not a time). Then every thread is stopped, the
 * pool's activity destroyed, and the machine's free frames must be back to
 * their first figure, with no rule broken.
 *
 * The count is FUZZ_IPC_CALLS unless the kernel command line says
 * fuzz_ipc_calls=N: 10^7 calls are one option away,
 *   scripts/utest --smp 4 --append fuzz_ipc_calls=10000000 fuzz_ipc_smp
 */
#include "spawn.h"

#ifndef FUZZ_IPC_CALLS
#define FUZZ_IPC_CALLS 200000UL
#endif
#ifndef FUZZ_IPC_SEED
#define FUZZ_IPC_SEED 0x2545f4914f6cdd1dUL
#endif
#define FUZZ_IPC_THREADS 4
#define FUZZ_IPC_CHECK   4096       /* calls between invariant checks */
#define FUZZ_IPC_RESET   2048       /* calls between clearing its own slots */
#define FUZZ_IPC_QUOTA   4000       /* frames of the pool's activity */
#define FUZZ_IPC_ROUNDS_PER_CALL 1  /* bound on the root's rounds, per call asked for */
#define FUZZ_PRIO        100
#define FUZZ_IPC_ROUND_US 1000      /* the root's round: one tick of this */
#define FUZZ_IPC_REFILL  16         /* rounds between putting the pool back */

/* Pool sizes. */
#define NQ 4      /* queues */
#define NR 2      /* replies */
#define NM 6      /* messages, each with a payload frame */
#define NF 2      /* plain frames */
#define NT 2      /* server threads, in the pool space */

/* The fuzz threads' capability pages (as they name them). */
#define Z_Q      8                  /* queues 8..11 */
#define Z_R      (Z_Q + NQ)         /* replies */
#define Z_M      (Z_R + NR)         /* messages */
#define Z_F      (Z_M + NM)         /* frames */
#define Z_T      (Z_F + NF)         /* server threads */
#define Z_PACT   (Z_T + NT)         /* the pool's activity (W) */
#define Z_OWN    (Z_PACT + 1)       /* its own sub-activity of the pool's */
#define Z_SYSCTL (Z_OWN + 1)        /* sysctl, R only: counters and checks */
#define Z_SPACE  (Z_SYSCTL + 1)     /* the pool space (all rights) */
#define Z_FREE   (Z_SPACE + 1)      /* slots it fills */
_Static_assert(Z_FREE < 40, "room left for the fuzz threads' own slots");

/* The pool space: the root's image at entry 0 (the servers' code), a
 * capability page at P_CAPS whose slots messages name. */
#define P_VPN2   1
#define P_CAPS   ((unsigned long)P_VPN2 << 30)
#define PSLOT(n) caddr_slot(P_CAPS, (n))
#define P_FIRST_FREE 32             /* P slots 0..31 hold pool copies */

/* Root-side slots (in the case's scratch page). */
enum {
	RS_PACT = 1, RS_PL2, RS_PL1, RS_PL0, RS_PCAPS, RS_SYSCTL_R,
	RS_Q = 8, RS_R = RS_Q + NQ, RS_M = RS_R + NR, RS_PAY = RS_M + NM,
	RS_F = RS_PAY + NM, RS_T = RS_F + NF, RS_OWN = RS_T + NT,
	RS_END = RS_OWN + FUZZ_IPC_THREADS,
};
_Static_assert(RS_END < CAP_SLOTS_PER_PAGE, "root slots fit the scratch page");

/* Shared with the fuzz threads (the image is shared memory). */
static volatile unsigned long calls_total, checks_broken, checks_run;

/* A server thread: replies to whatever it receives, forever; when its
 * queue is gone (a fuzz thread took it away) it sleeps a tick rather than
 * spin. No stack. */
__asm__(".text\n"
	".globl stub_server\n"
	"stub_server:\n"
	"	mv t0, a0\n"
	"1:	mv a0, t0\n"
	"	li a7, 12\n"          /* SYS_REPLY_RECV */
	"	ecall\n"
	"	beqz a0, 1b\n"
	"	li a0, 1\n"
	"	li a7, 14\n"          /* SYS_SLEEP */
	"	ecall\n"
	"	j 1b\n");
extern const char stub_server[];
_Static_assert(SYS_REPLY_RECV == 12 && SYS_SLEEP == 14, "stub_server's system call numbers");

/* ---- the fuzz threads ---------------------------------------------------- */

struct fz {
	unsigned long s;         /* xorshift state */
	unsigned long calls;
};

static unsigned long rnd(struct fz *z)
{
	return xorshift64(&z->s);
}

static unsigned long below(struct fz *z, unsigned long n)
{
	return rnd(z) % n;
}

static unsigned long zslot(struct fz *z, unsigned first, unsigned n)
{
	return CSLOT(first + below(z, n));
}

/* A slot it may fill, empty or move: never its page, its activities, its
 * sysctl or its pool space (the root puts pool copies back). */
static unsigned long scratch(struct fz *z)
{
	return CSLOT(Z_FREE + below(z, CAP_SLOTS_PER_PAGE - Z_FREE));
}

/* Any of its slots: pool objects mostly, its own, now and then garbage. */
static unsigned long any_slot(struct fz *z)
{
	switch (below(z, 10)) {
	case 0: return CSLOT(below(z, CAP_SLOTS_PER_PAGE));
	case 1: return rnd(z) & ~63UL;
	case 2: return PSLOT(below(z, CAP_SLOTS_PER_PAGE));   /* not its space: empty */
	case 3:
	case 4: return scratch(z);
	default: return CSLOT(Z_Q + below(z, Z_PACT - Z_Q));
	}
}

static unsigned long any_act(struct fz *z)
{
	return below(z, 3) ? CSLOT(Z_OWN) : CSLOT(Z_PACT);
}

static struct sys_ret zcall(struct fz *z, unsigned long nr, unsigned long a0, unsigned long a1,
			    unsigned long a2, unsigned long a3, unsigned long a4, unsigned long a5)
{
	z->calls++;
	__atomic_add_fetch(&calls_total, 1, __ATOMIC_RELAXED);
	return sys_call(nr, a0, a1, a2, a3, a4, a5, 0);
}

/* Register IPC: calls, receives, replies (they block; the root unblocks). */
static void reg_ipc(struct fz *z)
{
	unsigned long q = below(z, 8) ? zslot(z, Z_Q, NQ) : any_slot(z);
	unsigned long w = rnd(z);
	unsigned long nr = below(z, 3) == 0 ? SYS_CALL : below(z, 2) ? SYS_REPLY_RECV : SYS_RECV;

	zcall(z, nr, q, w, w >> 8, w >> 16, w >> 24, 0);
}

/* A random payload header in one of the pool messages it has mapped. */
static void scribble(struct fz *z)
{
	struct msg_header *h = (struct msg_header *)CHILD_DATA_VA(below(z, NM));
	unsigned n = below(z, 4) ? below(z, 12) : below(z, MSG_MAX_CAPS + 2);

	h->cap_count = n;
	h->byte_count = below(z, 4) ? below(z, 64) : rnd(z);
	h->reply_slot = below(z, 4) ? PSLOT(P_FIRST_FREE + below(z, 32)) : rnd(z);
	for (unsigned i = 0; i < n && i < MSG_MAX_CAPS; i++)
		h->caddr[i] = below(z, 8) ? PSLOT(below(z, CAP_SLOTS_PER_PAGE)) : rnd(z);
}

static void msg_ipc(struct fz *z)
{
	unsigned long m = below(z, 8) ? zslot(z, Z_M, NM) : any_slot(z);
	unsigned long q = zslot(z, Z_Q, NQ), flags = below(z, 4) == 0 ? IPC_BLOCK : 0;

	switch (below(z, 9)) {
	case 0:
		zcall(z, SYS_INVOKE, q, QUEUE_SEND, m, any_act(z), flags, 0);
		break;
	case 1:
		zcall(z, SYS_INVOKE, q, QUEUE_RECEIVE, m, flags, 0, 0);
		break;
	case 2:
		zcall(z, SYS_INVOKE, q, QUEUE_CALL, m, any_act(z), zslot(z, Z_M, NM),
		      below(z, 4) ? zslot(z, Z_R, NR) : any_slot(z));
		break;
	case 3:
		zcall(z, SYS_INVOKE, below(z, 2) ? zslot(z, Z_R, NR) : scratch(z), REPLY_SEND, m, 0,
		      0, 0);
		break;
	case 4:
		zcall(z, SYS_INVOKE, below(z, 2) ? zslot(z, Z_R, NR) : scratch(z), REPLY_RECV, m, q,
		      zslot(z, Z_M, NM), 0);
		break;
	case 5:
		zcall(z, SYS_INVOKE, m, below(z, 8) ? MSG_INFO : MSG_WAIT, 0, 0, 0, 0);
		break;
	case 6:
		zcall(z, SYS_INVOKE, m, MSG_SET, below(z, 2) ? zslot(z, Z_F, NF) : any_slot(z),
		      below(z, 4) ? CSLOT(Z_SPACE) : any_slot(z),
		      below(z, 2) ? 0 : zslot(z, Z_T, NT), 0);
		break;
	default:
		scribble(z);
		break;
	}
}

static void cap_ops(struct fz *z)
{
	unsigned long src = any_slot(z), dst = scratch(z);
	unsigned long rights = below(z, 8) ? CAP_ALL : below(z, CAP_ALL + 1);

	switch (below(z, 7)) {
	case 0:
		zcall(z, SYS_CAP_COPY, src, 0, dst, rights, 0, 0);
		break;
	case 1: /* into the pool space, where messages find capabilities */
		zcall(z, SYS_CAP_COPY, src, CSLOT(Z_SPACE), PSLOT(below(z, CAP_SLOTS_PER_PAGE)),
		      rights, 0, 0);
		break;
	case 2:
		zcall(z, SYS_CAP_MINT, src, 0, dst, rights, rnd(z), 0);
		break;
	case 3:
		zcall(z, SYS_CAP_MOVE, scratch(z), 0, dst, 0, 0, 0);
		break;
	case 4:
		zcall(z, SYS_CAP_DELETE, below(z, 2) ? scratch(z) : zslot(z, Z_Q, Z_PACT - Z_Q), 0,
		      0, 0, 0, 0);
		break;
	case 5:
		zcall(z, SYS_CAP_REVOKE, any_slot(z), 0, 0, 0, 0, 0);
		break;
	default:
		zcall(z, SYS_CAP_INFO, any_slot(z), 0, 0, 0, 0, 0);
		break;
	}
}

static void object_ops(struct fz *z)
{
	static const unsigned long types[] = {
		OBJ_MESSAGE, OBJ_QUEUE, OBJ_REPLY, OBJ_FRAME, OBJ_CAPPAGE, OBJ_PAGETABLE,
		OBJ_THREAD, OBJ_ACTIVITY, OBJ_IRQ,
	};
	unsigned long t = types[below(z, sizeof(types) / sizeof(types[0]))];

	switch (below(z, 6)) {
	case 0:
	case 1:
		zcall(z, SYS_INVOKE, any_act(z), ACTIVITY_CREATE, t, scratch(z),
		      t == OBJ_PAGETABLE ? below(z, 3) : t == OBJ_ACTIVITY ? 1 + below(z, 50) : 0, 0);
		break;
	case 2: /* destroy what another may be using */
		zcall(z, SYS_INVOKE, CSLOT(Z_PACT), ACTIVITY_DESTROY, any_slot(z), 0, 0, 0);
		break;
	case 3: {
		unsigned long th = zslot(z, Z_T, NT);
		unsigned long m = below(z, 3);
		zcall(z, SYS_INVOKE, th,
		      m == 0 ? THREAD_STOP : m == 1 ? THREAD_START : THREAD_SET_PRIO,
		      below(z, FUZZ_PRIO + 1), FUZZ_PRIO, 0, 0);
		break;
	}
	case 4:
		zcall(z, SYS_INVOKE, CSLOT(Z_SPACE), below(z, 2) ? PT_SET : PT_CLEAR,
		      below(z, 4), any_slot(z), CAP_ALL, 0);
		break;
	default:
		if (below(z, 16) == 0)
			zcall(z, SYS_SLEEP, 1 + below(z, 2), 0, 0, 0, 0, 0);
		else
			zcall(z, SYS_YIELD, 0, 0, 0, 0, 0, 0);
		break;
	}
}

static void raw(struct fz *z)
{
	unsigned long nr = below(z, SYS_COUNT + 2), a[6];

	for (unsigned i = 0; i < 6; i++)
		a[i] = below(z, 2) ? any_slot(z) : below(z, 2) ? below(z, 16) : rnd(z);
	zcall(z, nr, a[0], a[1], a[2], a[3], a[4], a[5]);
}

/* Empty its own slots: what it made goes back (through destroy or delete). */
static void clear_own(struct fz *z)
{
	for (unsigned n = Z_FREE; n < CAP_SLOTS_PER_PAGE; n++) {
		zcall(z, SYS_INVOKE, CSLOT(Z_OWN), ACTIVITY_DESTROY, CSLOT(n), 0, 0, 0);
		zcall(z, SYS_CAP_DELETE, CSLOT(n), 0, 0, 0, 0, 0);
	}
}

static void fuzz_thread(struct child *c)
{
	struct fz z = { .s = c->arg[0], .calls = c->res[0] };
	unsigned long broken = ~0UL;

	while (__atomic_load_n(&calls_total, __ATOMIC_RELAXED) < c->arg[1]) {
		switch (below(&z, 12)) {
		case 0:
		case 1:
		case 2: reg_ipc(&z); break;
		case 3:
		case 4:
		case 5: msg_ipc(&z); break;
		case 6:
		case 7: cap_ops(&z); break;
		case 8:
		case 9: object_ops(&z); break;
		default: raw(&z); break;
		}
		if (z.calls / FUZZ_IPC_RESET != (z.calls + 4) / FUZZ_IPC_RESET)
			clear_own(&z);
		if (z.calls / FUZZ_IPC_CHECK != (unsigned long)c->res[1]) {
			c->res[1] = z.calls / FUZZ_IPC_CHECK;
			/* Its sysctl capability may be gone (it deletes and moves
			 * at random): the root gives it back. */
			if (sysctl_check(CSLOT(Z_SYSCTL), &broken) == ERR_OK) {
				__atomic_add_fetch(&checks_run, 1, __ATOMIC_RELAXED);
				if (broken)
					__atomic_add_fetch(&checks_broken, 1, __ATOMIC_RELAXED);
			}
		}
		/* Where a restart (after a fault or a stop) picks up. */
		c->res[0] = z.calls;
		c->arg[0] = z.s;
	}
	c->res[2] = 1;   /* done */
}

/* ---- the root's side ------------------------------------------------------ */

static struct child *fz[FUZZ_IPC_THREADS];
static unsigned nfz;

#define RS(n) S(n)

/* Put pool object k (of type, in root slot rs, fuzz slot zs) back if it was
 * destroyed; give the pool space and each fuzz thread a copy where they
 * have none. Errors are expected (a slot that is full, a message that is
 * busy) and change nothing. */
static void pool_refill(unsigned long type, unsigned rs, unsigned zs, unsigned k)
{
	if (sys_cap_info(RS(rs), NULL, NULL, NULL) != ERR_OK) {
		if (activity_create(RS(RS_PACT), type, RS(rs), 0) != ERR_OK)
			return;
		if (type == OBJ_THREAD) {
			thread_set_prio(RS(rs), FUZZ_PRIO, FUZZ_PRIO);
			thread_set_cpu(RS(rs), k % utest_bootinfo->nharts);
		}
	}
	if (type == OBJ_MESSAGE) {
		if (sys_cap_info(RS(RS_PAY + k), NULL, NULL, NULL) != ERR_OK)
			activity_create(RS(RS_PACT), OBJ_FRAME, RS(RS_PAY + k), 0);
		msg_set(RS(rs), RS(RS_PAY + k), RS(RS_PL2), 0);
	}
	if (type == OBJ_THREAD) {
		unsigned long state = ~0UL;
		thread_info(RS(rs), &state, NULL);
		if (state == THREAD_INACTIVE || state == THREAD_FAULTED) {
			thread_set_space(RS(rs), RS(RS_PL2));
			thread_set_regs(RS(rs), (unsigned long)stub_server, 0, PSLOT(k % NQ));
			thread_start(RS(rs));
		}
	}
	sys_cap_copy(RS(rs), RS(RS_PL2), PSLOT(rs - RS_Q), CAP_ALL);
	for (unsigned i = 0; i < nfz; i++) {
		sys_cap_copy(RS(rs), 0, VSLOT(fz[i], zs), CAP_ALL);
		if (type == OBJ_MESSAGE)
			pt_set(fz[i]->l0, CHILD_DATA_FIRST + k, RS(RS_PAY + k), CAP_R | CAP_W);
	}
}

/* An object of the pool space in root slot rs, made again if destroyed. */
static void space_part(unsigned rs, unsigned long type, unsigned long arg)
{
	if (sys_cap_info(RS(rs), NULL, NULL, NULL) != ERR_OK)
		activity_create(RS(RS_PACT), type, RS(rs), arg);
}

static void pool_refill_all(void)
{
	/* The pool space: the servers' code, the capability page messages
	 * name; whatever of it was destroyed or taken out goes back. */
	space_part(RS_PL2, OBJ_PAGETABLE, 2);
	space_part(RS_PL1, OBJ_PAGETABLE, 1);
	space_part(RS_PL0, OBJ_PAGETABLE, 0);
	space_part(RS_PCAPS, OBJ_CAPPAGE, 0);
	pt_set(RS(RS_PL2), 0, R_IMAGE, CAP_ALL);
	pt_set(RS(RS_PL2), P_VPN2, RS(RS_PL1), CAP_ALL);
	pt_set(RS(RS_PL1), 0, RS(RS_PL0), CAP_ALL);
	pt_set(RS(RS_PL0), 0, RS(RS_PCAPS), CAP_ALL);
	for (unsigned k = 0; k < NQ; k++)
		pool_refill(OBJ_QUEUE, RS_Q + k, Z_Q + k, k);
	for (unsigned k = 0; k < NR; k++)
		pool_refill(OBJ_REPLY, RS_R + k, Z_R + k, k);
	for (unsigned k = 0; k < NM; k++)
		pool_refill(OBJ_MESSAGE, RS_M + k, Z_M + k, k);
	for (unsigned k = 0; k < NF; k++)
		pool_refill(OBJ_FRAME, RS_F + k, Z_F + k, k);
	for (unsigned k = 0; k < NT; k++)
		pool_refill(OBJ_THREAD, RS_T + k, Z_T + k, k);
	for (unsigned i = 0; i < nfz; i++) {
		if (sys_cap_info(RS(RS_OWN + i), NULL, NULL, NULL) != ERR_OK)
			activity_create(RS(RS_PACT), OBJ_ACTIVITY, RS(RS_OWN + i),
					FUZZ_IPC_QUOTA / 8);
		sys_cap_copy(RS(RS_OWN + i), 0, VSLOT(fz[i], Z_OWN), CAP_ALL);
		sys_cap_copy(RS(RS_PACT), 0, VSLOT(fz[i], Z_PACT), CAP_W);
		sys_cap_copy(RS(RS_SYSCTL_R), 0, VSLOT(fz[i], Z_SYSCTL), CAP_R);
		sys_cap_copy(RS(RS_PL2), 0, VSLOT(fz[i], Z_SPACE), CAP_ALL);
	}
}

/* The pool: its activity and read-only sysctl; the rest is refilled. */
static int pool_make(void)
{
	CHECK_EQ(activity_create(T_ACT, OBJ_ACTIVITY, RS(RS_PACT), FUZZ_IPC_QUOTA), ERR_OK);
	CHECK_EQ(sys_cap_copy(R_SYSCTL, 0, RS(RS_SYSCTL_R), CAP_R), ERR_OK);
	pool_refill_all();
	for (unsigned i = 0; i < nfz; i++)
		CHECK_EQ(sys_cap_info(VSLOT(fz[i], Z_SPACE), NULL, NULL, NULL), ERR_OK);
	return 0;
}

static unsigned long ncalls;

/* The fuzz threads, not started: their spaces come out of T_ACT. */
static int fuzzers_make(void)
{
	nfz = FUZZ_IPC_THREADS;
	for (unsigned i = 0; i < nfz; i++) {
		struct child *c = fz[i] = spawn(i, T_ACT, 0);
		CHECK(c);
		CHECK_EQ(thread_set_prio(c->thread, FUZZ_PRIO, FUZZ_PRIO), ERR_OK);
		CHECK_EQ(thread_set_cpu(c->thread, i % utest_bootinfo->nharts), ERR_OK);
		c->arg[0] = FUZZ_IPC_SEED ^ (0x9e3779b97f4a7c15UL * (i + 1));
		c->arg[1] = ncalls;
		c->res[0] = c->res[1] = c->res[2] = 0;
		printf("    fuzz ipc: thread %u on cpu %u, seed %#lx\n", i,
		       i % utest_bootinfo->nharts, c->arg[0]);
	}
	return 0;
}

/* One round of the root: unblock, restart, refill; then a tick passes. */
static void round_keep_going(unsigned round, unsigned long *blocked_before,
			     unsigned long *unblocks, unsigned long *restarts)
{
	static const unsigned long cuts[] = { 0, 1, 0, 2, 0, 5 };

	sysctl_preempt_every(R_SYSCTL, cuts[round % (sizeof(cuts) / sizeof(cuts[0]))]);
	for (unsigned i = 0; i < nfz; i++) {
		unsigned long state = ~0UL;
		thread_info(fz[i]->thread, &state, NULL);
		if (state == THREAD_BLOCKED && (*blocked_before & (1UL << i))) {
			thread_stop(fz[i]->thread);
			thread_start(fz[i]->thread);
			(*unblocks)++;
		}
		if (state == THREAD_FAULTED || (state == THREAD_INACTIVE && !fz[i]->res[2])) {
			child_run(fz[i], fuzz_thread);
			(*restarts)++;
		}
		if (state == THREAD_BLOCKED)
			*blocked_before |= 1UL << i;
		else
			*blocked_before &= ~(1UL << i);
	}
	if (round % FUZZ_IPC_REFILL == 0)
		pool_refill_all();
	sys_sleep(1);
}

static int fuzz_ipc(void)
{
	unsigned long free0, used0, blocked = 0, unblocks = 0, restarts = 0, broken = ~0UL;
	unsigned long p0 = kcount(KCOUNT_PREEMPTIONS), c0 = kcount(KCOUNT_COPY_PREEMPT);
	unsigned long s0 = kcount(KCOUNT_SYSCALLS);
	unsigned round;

	calls_total = checks_broken = checks_run = 0;
	ncalls = cmdline_number("fuzz_ipc_calls", FUZZ_IPC_CALLS);
	printf("    fuzz ipc: %u threads, %lu calls, a check every %u of a thread's\n",
	       FUZZ_IPC_THREADS, ncalls, FUZZ_IPC_CHECK);
	CHECK_EQ(fuzzers_make(), 0);
	free0 = free_frames();
	used0 = act_used(T_ACT);
	CHECK_EQ(pool_make(), 0);
	/* Rounds of a millisecond: a blocked thread waits one or two. */
	CHECK_EQ(sysctl_tick(R_SYSCTL, tick_us(FUZZ_IPC_ROUND_US)), ERR_OK);
	for (unsigned i = 0; i < nfz; i++)
		CHECK_EQ(child_run(fz[i], fuzz_thread), ERR_OK);
	for (round = 0; round < ncalls * FUZZ_IPC_ROUNDS_PER_CALL &&
			__atomic_load_n(&calls_total, __ATOMIC_RELAXED) < ncalls;
	     round++) {
		round_keep_going(round, &blocked, &unblocks, &restarts);
		if (round % 2000 == 0)
			printf("    fuzz ipc: round %u, %lu calls\n", round, calls_total);
	}
	sysctl_preempt_every(R_SYSCTL, 0);
	for (unsigned i = 0; i < nfz; i++)
		CHECK_EQ(thread_stop(fz[i]->thread), ERR_OK);
	printf("    fuzz ipc: %lu calls in %u rounds (%lu unblocked, %lu restarted), "
	       "%lu kernel system calls, %lu preemptions (%lu in copies), %lu checks\n",
	       calls_total, round, unblocks, restarts, kcount(KCOUNT_SYSCALLS) - s0,
	       kcount(KCOUNT_PREEMPTIONS) - p0, kcount(KCOUNT_COPY_PREEMPT) - c0, checks_run);
	CHECK(calls_total >= ncalls);
	CHECK(checks_run > 0);
	CHECK_EQ(checks_broken, 0);
	CHECK_EQ(sysctl_check(R_SYSCTL, &broken), ERR_OK);
	CHECK_EQ(broken, 0);
	/* Everything the pool and the threads made goes with its activity:
	 * every frame is back. */
	CHECK_EQ(activity_destroy(T_ACT, RS(RS_PACT)), ERR_OK);
	CHECK_EQ(sysctl_check(R_SYSCTL, &broken), ERR_OK);
	CHECK_EQ(broken, 0);
	CHECK_EQ(act_used(T_ACT), used0);
	CHECK_EQ(free_frames(), free0);
	return 0;
}

UTEST(fuzz_ipc_smp)
{
	int bad = fuzz_ipc();

	sysctl_preempt_every(R_SYSCTL, 0);
	sysctl_tick(R_SYSCTL, 0);
	return bad;
}
