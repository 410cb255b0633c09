/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * Floating point in user threads (docs/fpu.md): arithmetic works in the
 * root task and in a child, each thread sees only its own f registers and
 * fcsr however the kernel switches them (between spaces on one hart,
 * across harts, after a reset or a destroy), a new thread starts with
 * them all zero, and an instruction that is illegal with the FPU on is
 * still reported as a fault.
 *
 * The register patterns are written and checked by the assembly helpers
 * below, never by compiled C, so that nothing the compiler does with FP
 * registers of its own can hide or fake a switch.
 */
#include <stdint.h>
#include <string.h>
#include "spawn.h"

#define ROUNDS     200    /* yields each thread makes holding its pattern */
#define MOVES      6

#define STR_FPU(x) #x
#define XSTR_FPU(x) STR_FPU(x)

/*
 * fpu_fill(seed, fcsr): f_n = seed + n as a bit pattern, and fcsr.
 * fpu_wrong(seed, fcsr): how many of f0..f31 and fcsr differ from that.
 * fpu_read(out): f0..f31, then fcsr, into out[0..32].
 * fpu_hold(seed, fcsr, rounds): fill, then yield and count what is wrong,
 *   rounds times; the total.
 */
__asm__(".text\n"
	".p2align 2\n"
	".globl fpu_fill\n"
	"fpu_fill:\n"
	"	.irp n, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31\n"
	"	addi t0, a0, \\n\n"
	"	fmv.d.x f\\n, t0\n"
	"	.endr\n"
	"	fscsr a1\n"
	"	ret\n"
	".globl fpu_wrong\n"
	"fpu_wrong:\n"
	"	li t2, 0\n"
	"	.irp n, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31\n"
	"	fmv.x.d t0, f\\n\n"
	"	addi t1, a0, \\n\n"
	"	beq t0, t1, 1f\n"
	"	addi t2, t2, 1\n"
	"1:\n"
	"	.endr\n"
	"	frcsr t0\n"
	"	beq t0, a1, 2f\n"
	"	addi t2, t2, 1\n"
	"2:	mv a0, t2\n"
	"	ret\n"
	".globl fpu_read\n"
	"fpu_read:\n"
	"	.irp n, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31\n"
	"	fsd f\\n, (\\n * 8)(a0)\n"
	"	.endr\n"
	"	frcsr t0\n"
	"	sd t0, 256(a0)\n"
	"	ret\n"
	".globl fpu_hold\n"
	"fpu_hold:\n"
	"	addi sp, sp, -48\n"
	"	sd ra, 0(sp)\n"
	"	sd s0, 8(sp)\n"
	"	sd s1, 16(sp)\n"
	"	sd s2, 24(sp)\n"
	"	sd s3, 32(sp)\n"
	"	mv s0, a0\n"
	"	mv s1, a1\n"
	"	mv s2, a2\n"
	"	li s3, 0\n"
	"	call fpu_fill\n"
	"3:	beqz s2, 4f\n"
	"	li a7, " XSTR_FPU(SYS_YIELD) "\n"
	"	ecall\n"
	"	mv a0, s0\n"
	"	mv a1, s1\n"
	"	call fpu_wrong\n"
	"	add s3, s3, a0\n"
	"	addi s2, s2, -1\n"
	"	j 3b\n"
	"4:	mv a0, s3\n"
	"	ld ra, 0(sp)\n"
	"	ld s0, 8(sp)\n"
	"	ld s1, 16(sp)\n"
	"	ld s2, 24(sp)\n"
	"	ld s3, 32(sp)\n"
	"	addi sp, sp, 48\n"
	"	ret\n"
	/* fadd.d f0, f0, f0 with the reserved rounding mode 5: illegal
	 * whether the FPU is on or off. */
	".option push\n"
	".option norvc\n"
	".globl stub_fp_bad_rm\n"
	"stub_fp_bad_rm:	.word 0x02005053\n"
	"	ebreak\n"
	".option pop\n");

void fpu_fill(uint64_t seed, uint64_t fcsr);
unsigned long fpu_wrong(uint64_t seed, uint64_t fcsr);
void fpu_read(uint64_t out[33]);
unsigned long fpu_hold(uint64_t seed, uint64_t fcsr, unsigned long rounds);
extern const char stub_fp_bad_rm[];

/* A thread's pattern: fcsr gets a valid rounding mode (0..4, bits 7:5)
 * and flags (bits 4:0), both from the seed. */
static uint64_t seed_of(unsigned who)
{
	return 0x5eed000000000000UL + ((uint64_t)who << 32) + ((uint64_t)who << 8);
}

static uint64_t fcsr_of(unsigned who)
{
	return ((who % 5) << 5) | ((who * 7 + 3) & 0x1f);
}

static long set_cpu(unsigned long thread, unsigned long cpu)
{
	return sys_invoke(thread, THREAD_SET_CPU, cpu, 0, 0, 0, 0).err;
}

static int wait_ticks(volatile int *flag)
{
	for (unsigned i = 0; i < WAIT_TICKS && !__atomic_load_n(flag, __ATOMIC_SEQ_CST); i++)
		sys_sleep(1);
	return __atomic_load_n(flag, __ATOMIC_SEQ_CST) != 0;
}

/* ---- arithmetic ---- */

static volatile double d_in[3] = { 1.5, 2.25, 1e300 };
static volatile float f_in[2] = { 3.0f, 4.0f };

static uint64_t bits(double d)
{
	uint64_t u;

	memcpy(&u, &d, sizeof(u));
	return u;
}

/* 0 if the FPU computes what IEEE 754 says, else the failing line. */
static long arith(void)
{
	double a = d_in[0], b = d_in[1], s = 0;
	float x = f_in[0], y = f_in[1];

	if (a * b != 3.375 || b / a != 1.5 || a - b != -0.75)
		return __LINE__;
	if ((long)(a * 1000.0) != 1500 || (double)(long)b != 2.0)
		return __LINE__;
	for (int i = 1; i <= 20; i++)
		s += 1.0 / (double)(1L << i);
	if (bits(s) != 0x3feffffe00000000UL)   /* 1 - 2^-20, exact */
		return __LINE__;
	if (x / y != 0.75f || x * y != 12.0f || (double)(x / y) != 0.75)
		return __LINE__;
	if (__builtin_isinf(d_in[2] * d_in[2]) == 0)   /* overflow */
		return __LINE__;
	return 0;
}

UTEST(fpu_arith_root)
{
	CHECK_EQ(arith(), 0);
	return 0;
}

static void child_arith(struct child *c)
{
	c->res[0] = arith();
	c->res[1] = 1;
}

UTEST(fpu_arith_child)
{
	struct child *c = spawn(0, T_ACT, 0);

	CHECK(c);
	CHECK_EQ(child_run(c, child_arith), ERR_OK);
	CHECK(child_wait_done(c));
	CHECK_EQ(c->res[1], 1);
	CHECK_EQ(c->res[0], 0);
	return 0;
}

/* ---- isolation between spaces on one hart ---- */

static void child_hold(struct child *c)
{
	c->res[0] = (long)fpu_hold(seed_of(c->arg[0]), fcsr_of(c->arg[0]), ROUNDS);
}

/* Two children in spaces of their own and the root, on one hart, each
 * with its own pattern in every f register and fcsr, take turns ROUNDS
 * times: each finds only its own values after every turn. */
UTEST(fpu_isolation_spaces)
{
	struct child *a = spawn(0, T_ACT, 0), *b = spawn(1, T_ACT, 0);
	unsigned long wrong;

	CHECK(a && b);
	a->arg[0] = 1;
	b->arg[0] = 2;
	CHECK_EQ(set_cpu(a->thread, 0), ERR_OK);
	CHECK_EQ(set_cpu(b->thread, 0), ERR_OK);
	CHECK_EQ(child_run(a, child_hold), ERR_OK);
	CHECK_EQ(child_run(b, child_hold), ERR_OK);
	wrong = fpu_hold(seed_of(3), fcsr_of(3), ROUNDS);
	CHECK(child_wait_done(a));
	CHECK(child_wait_done(b));
	CHECK_EQ(a->res[0], 0);
	CHECK_EQ(b->res[0], 0);
	CHECK_EQ(wrong, 0);
	return 0;
}

/* ---- the IPC fast path's direct switch ---- */

/* A register server that checks its pattern on every call and writes it
 * again (so it is dirty at each reply); res[1] counts what was wrong. */
static void child_fp_server(struct child *c)
{
	unsigned long in[4], out[4] = { 0 }, badge, wrong = 0;
	long err;

	fpu_fill(seed_of(7), fcsr_of(7));
	err = sys_recv4(CSLOT(C_FREE), in, &badge);
	for (unsigned n = 0; err == ERR_OK && n < c->arg[0]; n++) {
		wrong += fpu_wrong(seed_of(7), fcsr_of(7));
		fpu_fill(seed_of(7), fcsr_of(7));
		out[0] = in[0] + 1;
		c->res[1] = (long)wrong;
		err = sys_reply_recv4(CSLOT(C_FREE), out, in, &badge);
	}
	c->res[0] = err;
}

/* Calls and replies between two spaces on one hart, both with their FP
 * registers dirty at every switch: the fast path's direct switch hands
 * each its own. KCOUNT_FASTPATH shows the fast path took them. */
UTEST(fpu_fastpath_switch)
{
	enum { CALLS = ROUNDS };
	unsigned long in[4] = { 0 }, out[4], wrong = 0, fast0, fast1;
	struct child *s = spawn(0, T_ACT, 0);

	CHECK(s);
	CHECK_EQ(activity_create(T_ACT, OBJ_QUEUE, S(1), 0), ERR_OK);
	CHECK_EQ(sys_cap_copy(S(1), s->space, CSLOT(C_FREE), CAP_R), ERR_OK);
	CHECK_EQ(set_cpu(s->thread, 0), ERR_OK);
	s->arg[0] = CALLS;
	CHECK_EQ(child_run(s, child_fp_server), ERR_OK);
	CHECK(child_wait_state(s, THREAD_BLOCKED));
	fast0 = kcount(KCOUNT_FASTPATH);
	for (unsigned n = 0; n < CALLS; n++) {
		fpu_fill(seed_of(8), fcsr_of(8));
		in[0] = n;
		CHECK_EQ(sys_call4(S(1), in, out), ERR_OK);
		CHECK_EQ(out[0], n + 1);
		wrong += fpu_wrong(seed_of(8), fcsr_of(8));
	}
	fast1 = kcount(KCOUNT_FASTPATH);
	CHECK_EQ(wrong, 0);
	CHECK_EQ(s->res[1], 0);
	CHECK(fast1 - fast0 >= CALLS);   /* most calls and replies: fast */
	CHECK_EQ(activity_destroy(T_ACT, S(1)), ERR_OK);
	CHECK(child_wait_done(s));
	CHECK_EQ(s->res[0], ERR_DEAD);
	return 0;
}

/* ---- a new thread starts with zeros ---- */

static uint64_t seen[CHILD_MAX][33];

static void child_read(struct child *c)
{
	fpu_read(seen[c->id]);
}

static void child_fill(struct child *c)
{
	fpu_fill(seed_of(c->arg[0]), fcsr_of(c->arg[0]));
}

static int all_zero(const uint64_t *v)
{
	for (unsigned i = 0; i < 33; i++)
		if (v[i]) {
			printf("    register %u: %#lx\n", i, (unsigned long)v[i]);
			return 0;
		}
	return 1;
}

/* Run fn in c and wait for its end. */
static int run_done(struct child *c, void (*fn)(struct child *))
{
	return child_run(c, fn) == ERR_OK && child_wait_done(c);
}

UTEST(fpu_fresh_thread_zero)
{
	struct child *c = spawn(0, T_ACT, SPAWN_SELF);

	CHECK(c);
	CHECK_EQ(set_cpu(c->thread, 0), ERR_OK);
	/* The hart's registers hold the root's pattern. */
	fpu_fill(seed_of(4), fcsr_of(4));
	memset(seen[0], 0xff, sizeof(seen[0]));
	CHECK(run_done(c, child_read));
	CHECK(all_zero(seen[0]));
	CHECK_EQ(fpu_wrong(seed_of(4), fcsr_of(4)), 0);

	/* Restarted (THREAD_SET_REGS) after it filled its registers: a fresh
	 * start, nothing of the old run, though the hart still holds it. */
	c->arg[0] = 5;
	CHECK(run_done(c, child_fill));
	CHECK(child_wait_state(c, THREAD_INACTIVE));
	memset(seen[0], 0xff, sizeof(seen[0]));
	CHECK(run_done(c, child_read));
	CHECK(all_zero(seen[0]));

	/* Destroyed while its values are in the hart's registers, and a new
	 * thread made in its place (the activity's free cell: the same one). */
	c->arg[0] = 6;
	CHECK(run_done(c, child_fill));
	CHECK(child_wait_state(c, THREAD_INACTIVE));
	CHECK_EQ(activity_destroy(T_ACT, c->thread), ERR_OK);
	CHECK_EQ(activity_create(T_ACT, OBJ_THREAD, c->thread, 0), ERR_OK);
	CHECK_EQ(thread_set_space(c->thread, c->space), ERR_OK);
	CHECK_EQ(thread_set_prio(c->thread, CHILD_PRIO, CHILD_PRIO), ERR_OK);
	CHECK_EQ(set_cpu(c->thread, 0), ERR_OK);
	CHECK_EQ(sys_cap_copy(c->thread, 0, VSLOT(c, C_SELF), CAP_ALL), ERR_OK);
	memset(seen[0], 0xff, sizeof(seen[0]));
	CHECK(run_done(c, child_read));
	CHECK(all_zero(seen[0]));
	return 0;
}

/* ---- across harts ---- */

/* Checks, at each step the root announces (after moving it), that its
 * registers hold the previous step's pattern, then writes the next;
 * res[0] = k + 1 once it wrote step k's. */
static void child_steps(struct child *c)
{
	fpu_fill(seed_of(10), fcsr_of(10));
	__atomic_store_n(&c->res[0], 1, __ATOMIC_SEQ_CST);
	for (unsigned k = 1; k <= MOVES; k++) {
		for (unsigned i = 0; i < 10 * WAIT_TICKS &&
		     __atomic_load_n(&c->step, __ATOMIC_SEQ_CST) != (int)k; i++)
			sys_sleep(1);
		c->res[k] = (long)fpu_wrong(seed_of(10 + k - 1), fcsr_of(10 + k - 1));
		fpu_fill(seed_of(10 + k), fcsr_of(10 + k));
		__atomic_store_n(&c->res[0], k + 1, __ATOMIC_SEQ_CST);
	}
}

static unsigned nharts(void)
{
	return utest_bootinfo->nharts;
}

/* Moved between harts while blocked: what it wrote on one hart it finds
 * on the next, and back on a hart whose registers still hold what it
 * wrote there before, it finds its newer values. On one hart every move
 * is to hart 0. */
UTEST(fpu_migration)
{
	struct child *c = spawn(0, T_ACT, 0);
	unsigned n = nharts();
	const unsigned path[MOVES] = { 1, 0, 1, n - 1, 0, n - 1 };

	CHECK(c);
	CHECK_EQ(set_cpu(c->thread, 0), ERR_OK);
	CHECK_EQ(child_run(c, child_steps), ERR_OK);
	for (unsigned k = 1; k <= MOVES; k++) {
		/* It has written step k-1's pattern and sleeps. */
		for (unsigned i = 0; i < WAIT_TICKS && c->res[0] != (long)k; i++)
			sys_sleep(1);
		CHECK_EQ(c->res[0], k);
		CHECK_EQ(set_cpu(c->thread, path[k - 1] % n), ERR_OK);
		__atomic_store_n(&c->step, (int)k, __ATOMIC_SEQ_CST);
	}
	CHECK(wait_ticks(&c->done));
	for (unsigned k = 1; k <= MOVES; k++)
		CHECK_EQ(c->res[k], 0);
	return 0;
}

static volatile int churn_stop;

/* Writes and checks its pattern over and over until told to stop. */
static void child_churn(struct child *c)
{
	unsigned long wrong = 0, rounds = 0;

	while (!__atomic_load_n(&churn_stop, __ATOMIC_SEQ_CST)) {
		fpu_fill(seed_of(20), fcsr_of(20));
		wrong += fpu_wrong(seed_of(20), fcsr_of(20));
		rounds++;
	}
	c->res[0] = (long)wrong;
	c->res[1] = (long)rounds;
}

/* Moved while it runs, FP registers dirty, from one hart to another (on
 * one hart, preempted by the root): it never finds them changed. */
UTEST(fpu_migration_running)
{
	struct child *c = spawn(0, T_ACT, 0);
	unsigned n = nharts();

	CHECK(c);
	churn_stop = 0;
	CHECK_EQ(set_cpu(c->thread, n - 1), ERR_OK);
	CHECK_EQ(child_run(c, child_churn), ERR_OK);
	for (unsigned k = 0; k < 4 * MOVES; k++) {
		sys_sleep(1);
		CHECK_EQ(set_cpu(c->thread, k % n), ERR_OK);
	}
	sys_sleep(1);
	churn_stop = 1;
	CHECK(wait_ticks(&c->done));
	CHECK(c->res[1] > 0);
	CHECK_EQ(c->res[0], 0);
	return 0;
}

/* ---- faults ---- */

/* An FP instruction that is illegal with the FPU on: the first trap (FS
 * Off) gives the thread the FPU, the second is its fault, at its pc. */
UTEST(fpu_illegal_still_faults)
{
	struct child *c = spawn(0, T_ACT, 0);
	unsigned long cause = ~0UL, pc = 0;

	CHECK(c);
	CHECK_EQ(child_run_at(c, (unsigned long)stub_fp_bad_rm, 0), ERR_OK);
	CHECK(child_wait_state(c, THREAD_FAULTED));
	CHECK_EQ(thread_read_fault(c->thread, &cause, &pc, NULL), ERR_OK);
	CHECK_EQ(cause, FAULT_ILLEGAL);
	CHECK_EQ(pc, (unsigned long)stub_fp_bad_rm);
	return 0;
}
