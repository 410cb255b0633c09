/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * The benchmark root task: kernel operations counted in retired
 * instructions (rdinstret) and cycles (rdcycle), read in U-mode around one
 * ecall. Every operation runs RUNS times; a row gives the median, minimum
 * and maximum, each less the median cost of the measurement itself (the
 * same counter reads with nothing between them). Under QEMU with
 * -icount shift=0,sleep=off the counts are exact and the same on every run
 * (docs/performance.md). The output is one line per operation,
 *
 *   bench: <operation> | instructions <median> | min <n> | max <n> | cycles <median>
 *
 * then "bench: done, N rows" (scripts/bench checks it got all N), and the
 * machine powers off. Anything else worth knowing is printed on
 * "bench-note:" lines.
 */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include "bench.h"

#define RUNS      1001   /* samples per operation: odd, so the median is one of them */
#define LAT_RUNS  1000   /* ticks the sleeper waits for */
#define LAT_TICK  1009   /* timebase units (100 instructions each under -icount shift=0):
			    a prime, so the tick drifts across the copy/delete cycle */

#define STR(x)  #x
#define XSTR(x) STR(x)

/* Slots of capability page 1 (B(n)): the root's objects. */
enum {
	B_L1, B_L0,                 /* the data region's tables */
	B_FS, B_FR, B_FS3,          /* payload frames: call, its reply, capability send */
	B_Q1, B_Q2, B_Q3,           /* queues: register IPC, message call, capability send */
	B_MS, B_MR, B_REPLY,        /* the call's message, reply message, reply object */
	B_MS3,                      /* the message that carries capabilities */
	B_TOKEN,                    /* the frame the 256 transferred capabilities name */
	B_MT1, B_MT2, B_MT3,        /* the partners' messages */
	B_Q4,                       /* queue: register IPC with floating point */
	B_CHURN = 29,               /* a frame capability made and deleted between calls
				       (30 and 31 are hostile.c's, bench.h) */
	B_CTL = 32,                 /* B_CTL + id: child id's control page (space.c) */
};

/* Child ids. */
enum { ID_REG_SERVER, ID_MSG_SERVER, ID_RECEIVER, ID_SLEEPER, ID_FP_SERVER };

#define PRIO_SLEEPER 200

/* ---- measuring ---- */

struct sample {
	unsigned long ins, cyc;
};

/* a0..a7 of one system call, in and out. */
struct regs {
	unsigned long a[8];
};

static unsigned long ins[RUNS], cyc[RUNS];
static struct sample overhead;
static int failed;
static unsigned rows;

/*
 * The counters around one ecall. The window opens with rdcycle, rdinstret
 * and closes with rdinstret, rdcycle, so each counter's window holds the
 * ecall and the other counter's reads; measure_overhead() takes the same
 * four reads with nothing between them, and that is subtracted.
 */
#define TIMED_ECALL(name, after)                                              \
static inline struct sample name(struct regs *r)                              \
{                                                                             \
	register unsigned long a0 __asm__("a0") = r->a[0];                    \
	register unsigned long a1 __asm__("a1") = r->a[1];                    \
	register unsigned long a2 __asm__("a2") = r->a[2];                    \
	register unsigned long a3 __asm__("a3") = r->a[3];                    \
	register unsigned long a4 __asm__("a4") = r->a[4];                    \
	register unsigned long a5 __asm__("a5") = r->a[5];                    \
	register unsigned long a6 __asm__("a6") = r->a[6];                    \
	register unsigned long a7 __asm__("a7") = r->a[7];                    \
	unsigned long c0, i0, i1, c1;                                         \
									      \
	__asm__ volatile("rdcycle %[c0]\n\trdinstret %[i0]\n\tecall\n\t"     \
			 after "rdinstret %[i1]\n\trdcycle %[c1]"              \
			 : "+r"(a0), "+r"(a1), "+r"(a2), "+r"(a3), "+r"(a4), "+r"(a5), \
			   "+r"(a6), "+r"(a7),                                \
			   [c0] "=&r"(c0), [i0] "=&r"(i0), [i1] "=&r"(i1), [c1] "=&r"(c1) \
			 : : "memory", "ft0");                                \
	r->a[0] = a0;                                                         \
	r->a[1] = a1;                                                         \
	r->a[2] = a2;                                                         \
	r->a[3] = a3;                                                         \
	r->a[4] = a4;                                                         \
	r->a[5] = a5;                                                         \
	return (struct sample){ i1 - i0, c1 - c0 };                           \
}
TIMED_ECALL(timed_ecall, "")
/* The same with one FP instruction (writing ft0) after the ecall, in the
 * window: where the caller's first FP use after a switch pays for taking
 * its FP registers back (docs/fpu.md). */
TIMED_ECALL(timed_ecall_fp, "fadd.d ft0, ft0, ft1\n\t")

static inline struct sample timed_nothing(void)
{
	unsigned long c0, i0, i1, c1;

	__asm__ volatile("rdcycle %[c0]\n\trdinstret %[i0]\n\t"
			 "rdinstret %[i1]\n\trdcycle %[c1]"
			 : [c0] "=&r"(c0), [i0] "=&r"(i0), [i1] "=&r"(i1), [c1] "=&r"(c1)
			 : : "memory");
	return (struct sample){ i1 - i0, c1 - c0 };
}

static void sort(unsigned long *v, unsigned n)
{
	for (unsigned i = 1; i < n; i++)
		for (unsigned j = i; j > 0 && v[j - 1] > v[j]; j--) {
			unsigned long t = v[j];
			v[j] = v[j - 1];
			v[j - 1] = t;
		}
}

static unsigned long sub(unsigned long v, unsigned long base)
{
	return v > base ? v - base : 0;
}

/* Print the row for the n samples in ins[] (and cyc[], if there are cycles). */
static void report(const char *what, unsigned n, bool cycles)
{
	char c[24] = "-";

	sort(ins, n);
	if (cycles) {
		sort(cyc, n);
		snprintf(c, sizeof(c), "%lu", sub(cyc[n / 2], overhead.cyc));
	}
	bench_row(what, sub(ins[n / 2], overhead.ins), sub(ins[0], overhead.ins),
		  sub(ins[n - 1], overhead.ins), c);
}

void bench_row(const char *what, unsigned long median, unsigned long min,
	       unsigned long max, const char *cycles)
{
	printf("bench: %s | instructions %lu | min %lu | max %lu | cycles %s\n", what,
	       median, min, max, cycles);
	rows++;
}

void bench_fail(const char *what, long err)
{
	printf("bench-note: FAILED: %s: error %ld\n", what, err);
	failed = 1;
}

static void measure_overhead(void)
{
	for (unsigned i = 0; i < RUNS; i++) {
		struct sample s = timed_nothing();
		ins[i] = s.ins;
		cyc[i] = s.cyc;
	}
	sort(ins, RUNS);
	sort(cyc, RUNS);
	overhead = (struct sample){ ins[RUNS / 2], cyc[RUNS / 2] };
	printf("bench-note: measurement overhead (subtracted): %lu instructions, %lu cycles\n",
	       overhead.ins, overhead.cyc);
}

/* ---- SYS_NULL ---- */

static void bench_null(void)
{
	for (unsigned i = 0; i < RUNS; i++) {
		struct regs r = { .a[7] = SYS_NULL };
		struct sample s = timed_ecall(&r);
		ins[i] = s.ins;
		cyc[i] = s.cyc;
	}
	report("null system call (SYS_NULL), U-S-U", RUNS, true);
}

/* ---- register IPC ---- */

/*
 * The register server, as lean as a server loop gets (like sel4bench's):
 * receive once, then reply with the words it got and wait for the next
 * call, forever. a0 = its queue; the error that comes back in a0 is not
 * looked at (the client checks the words it gets back).
 */
__asm__(".text\n"
	".globl reg_server\n"
	".p2align 2\n"
	"reg_server:\n"
	"	mv s0, a0\n"
	"	li a7, " XSTR(SYS_RECV) "\n"
	"	ecall\n"
	"1:	mv a0, s0\n"
	"	li a7, " XSTR(SYS_REPLY_RECV) "\n"
	"	ecall\n"
	"	j 1b\n");
extern const char reg_server[];

/* The same server using floating point: one fadd.d (writing ft0) on each
 * call before it replies, so its FP registers are dirty at every switch. */
__asm__(".text\n"
	".globl fp_reg_server\n"
	".p2align 2\n"
	"fp_reg_server:\n"
	"	mv s0, a0\n"
	"	li a7, " XSTR(SYS_RECV) "\n"
	"	ecall\n"
	"1:	fadd.d ft0, ft0, ft1\n"
	"	mv a0, s0\n"
	"	li a7, " XSTR(SYS_REPLY_RECV) "\n"
	"	ecall\n"
	"	j 1b\n");
extern const char fp_reg_server[];

/* How reg_round_trips calls: with RT_FP the client uses floating point
 * too; with RT_CHURN a capability is copied and deleted before each call,
 * as threads anywhere in the system do all the time (each message
 * delivery empties slots too): an emptied slot must not cost the fast
 * path its kept lookup unless it was on that lookup's path (cap/cap.h). */
#define RT_FP    0x1
#define RT_CHURN 0x2

static void reg_round_trips(const char *what, unsigned long queue, unsigned how)
{
	unsigned long fast0 = 0, fast1 = 0;

	sysctl_counter(R_SYSCTL, KCOUNT_FASTPATH, &fast0);
	for (unsigned i = 0; i < RUNS; i++) {
		struct regs r = { .a = { queue, i, i + 1, i + 2, i + 3, 0, 0, SYS_CALL } };
		long err;
		if ((how & RT_CHURN) && ((err = sys_cap_copy(B(B_FS), 0, B(B_CHURN), CAP_R)) ||
					 (err = sys_cap_delete(B(B_CHURN))))) {
			bench_fail("churn", err);
			return;
		}
		struct sample s = (how & RT_FP) ? timed_ecall_fp(&r) : timed_ecall(&r);
		if (r.a[0] != ERR_OK || r.a[1] != i || r.a[4] != i + 3) {
			bench_fail("register call", r.a[0]);
			return;
		}
		ins[i] = s.ins;
		cyc[i] = s.cyc;
	}
	sysctl_counter(R_SYSCTL, KCOUNT_FASTPATH, &fast1);
	report(what, RUNS, true);
	printf("bench-note: %s: %lu of %u calls and replies took the fast path\n", what,
	       fast1 - fast0, 2 * RUNS);
}

/*
 * Child id as a register server: a new queue in B(qslot), the child's
 * thread on hart cpu, started at entry (reg_server or fp_reg_server), and
 * waiting for its first call. Sleep, not yield, while it gets there: a
 * server on another hart runs when that hart can (under -icount QEMU takes
 * the harts in turns). 0, or the step that failed reported.
 */
static int reg_server_start(unsigned id, unsigned qslot, const char *entry, unsigned long cpu)
{
	struct child *c = child_build(id, PRIO_ROOT);
	long err;

	if (!c) {
		bench_fail("register server", ERR_BAD_ARG);
		return -1;
	}
	if ((err = activity_create(R_ACT, OBJ_QUEUE, B(qslot), 0)) ||
	    (err = sys_cap_copy(B(qslot), 0, VSLOT(c, C_QUEUE), CAP_R)) ||
	    (err = thread_set_cpu(CTL(c, CTL_THREAD), cpu)) ||
	    (err = child_run_at(c, (unsigned long)entry, C(C_QUEUE)))) {
		bench_fail("register server setup", err);
		return -1;
	}
	for (unsigned i = 0; i < 100 && !child_wait_state(c, THREAD_BLOCKED); i++)
		sys_sleep(1);
	if (!child_wait_state(c, THREAD_BLOCKED)) {
		bench_fail("register server does not wait", ERR_BAD_ARG);
		return -1;
	}
	return 0;
}

static void bench_register(void)
{
	long err;

	if (reg_server_start(ID_REG_SERVER, B_Q1, reg_server, 0))
		return;
	/* Same priority as the root: the fast path switches directly only to
	 * a partner no runnable thread outranks. */
	reg_round_trips("register call+reply round trip, fast path (4 words, other space)",
			B(B_Q1), 0);
	reg_round_trips("the same, a capability copied and deleted before each call", B(B_Q1),
			RT_CHURN);
	if ((err = sysctl(SYSCTL_FASTPATH, 0)))
		return bench_fail("SYSCTL_FASTPATH 0", err);
	reg_round_trips("register call+reply round trip, general path (SYSCTL_FASTPATH 0)",
			B(B_Q1), 0);
	sysctl(SYSCTL_FASTPATH, 1);
}

/* The fast-path round trip again, with both threads using floating point:
 * each switch saves the FP registers the thread leaving wrote, and each
 * side's first FP instruction after it traps and loads its own (lazy
 * switching, docs/fpu.md). */
static void bench_register_fp(void)
{
	if (reg_server_start(ID_FP_SERVER, B_Q4, fp_reg_server, 0))
		return;
	reg_round_trips("register call+reply round trip, fast path, both threads using FP "
			"(4 words, other space)", B(B_Q4), RT_FP);
	printf("bench-note: FP round trip: the client's fadd.d after the ecall is in its "
	       "window (1 instruction and, after the switch back, its FP trap)\n");
}

/*
 * The register round trip with the server on another hart (scripts/bench
 * boots a second, 2-hart machine for it, "bench=harts" on the command
 * line). No fast path: the server is not bound to the caller's hart, so
 * each call and each reply goes the general way and wakes the other hart
 * with an IPI. Instructions count what the client's hart retires (its
 * ecall, then idle in wfi until the reply's IPI); cycles, with -icount,
 * the time the round trip took, both harts' work and the IPIs included.
 */
static void bench_cross_hart(const struct bootinfo *bi)
{
	if (bi->nharts < 2)
		return bench_fail("bench=harts needs 2 harts", ERR_BAD_ARG);
	if (reg_server_start(ID_REG_SERVER, B_Q1, reg_server, 1))
		return;
	reg_round_trips("register call+reply round trip, server on another hart "
			"(general path, IPIs; both harts' instructions)", B(B_Q1), 0);
}

/* ---- message objects ---- */

static inline uint64_t *data_word(unsigned long page)
{
	return (uint64_t *)(page + MSG_DATA_OFFSET);
}

/*
 * The message server: receive a call into C_MSG_RECV, reply with
 * C_MSG_REPLY carrying the request's first data word + 1, and wait for the
 * next call, in one REPLY_RECV. Every call's reply capability lands in
 * C_REPLY: the reply uses it up and empties the slot (docs/abi.md), so the
 * next one finds it empty (else the call fails, ERR_SLOT_FULL, and so does
 * the benchmark).
 */
static void msg_server(struct child *c)
{
	struct msg_header *in = (struct msg_header *)CHILD_DATA_VA(0);
	struct msg_header *out = (struct msg_header *)CHILD_DATA_VA(1);
	struct sys_ret r;

	in->cap_count = 0;
	in->byte_count = 0;
	in->reply_slot = C(C_REPLY);
	r = queue_receive(C(C_QUEUE), C(C_MSG_RECV), IPC_BLOCK);
	for (;;) {
		if (r.err) {
			c->err = r.err;
			return;
		}
		/* Our reply frame was exchanged last time: a fresh, zeroed page. */
		out->cap_count = 0;
		out->byte_count = MSG_MAX_BYTES;
		*data_word((unsigned long)out) = *data_word((unsigned long)in) + 1;
		/* Our receive frame is the caller's page now: its header is theirs. */
		in->cap_count = 0;
		in->reply_slot = C(C_REPLY);
		r = reply_recv(C(C_REPLY), C(C_MSG_REPLY), C(C_QUEUE), C(C_MSG_RECV));
		c->count++;
	}
}

/* A message object in B(slot) on frame, resolving in space. */
static long new_message(unsigned slot, unsigned long frame, unsigned long space)
{
	long err = activity_create(R_ACT, OBJ_MESSAGE, B(slot), 0);

	return err ? err : msg_set(B(slot), frame, space, 0);
}

static void bench_message(void)
{
	struct child *c = child_build(ID_MSG_SERVER, PRIO_ROOT);
	struct msg_header *s = (struct msg_header *)DATA_VA(0);
	struct msg_header *rh = (struct msg_header *)DATA_VA(1);
	char what[80];
	long err;

	if (!c)
		return bench_fail("message server", ERR_BAD_ARG);
	if ((err = child_map_data(c, 0)) || (err = child_map_data(c, 1)) ||
	    (err = activity_create(R_ACT, OBJ_QUEUE, B(B_Q2), 0)) ||
	    (err = sys_cap_copy(B(B_Q2), 0, VSLOT(c, C_QUEUE), CAP_R)) ||
	    (err = new_message(B_MT1, CTL(c, CTL_DATA), CTL(c, CTL_SPACE))) ||
	    (err = new_message(B_MT2, CTL(c, CTL_DATA + 1), CTL(c, CTL_SPACE))) ||
	    (err = sys_cap_copy(B(B_MT1), 0, VSLOT(c, C_MSG_RECV), CAP_ALL)) ||
	    (err = sys_cap_copy(B(B_MT2), 0, VSLOT(c, C_MSG_REPLY), CAP_ALL)) ||
	    (err = new_message(B_MS, B(B_FS), R_SPACE)) ||
	    (err = new_message(B_MR, B(B_FR), R_SPACE)) ||
	    (err = activity_create(R_ACT, OBJ_REPLY, B(B_REPLY), 0)) ||
	    (err = child_run(c, msg_server)))
		return bench_fail("message server setup", err);
	if (!child_wait_state(c, THREAD_BLOCKED))
		return bench_fail("message server does not wait", c->err);
	for (unsigned i = 0; i < RUNS; i++) {
		/* Our send frame was exchanged by the last call: zeroed. */
		s->cap_count = 0;
		s->byte_count = MSG_MAX_BYTES;
		*data_word(DATA_VA(0)) = i;
		rh->cap_count = 0;
		struct regs r = { .a = { B(B_Q2), QUEUE_CALL, B(B_MS), R_ACT, B(B_MR), B(B_REPLY),
					 0, SYS_INVOKE } };
		struct sample m = timed_ecall(&r);
		if (r.a[0] != ERR_OK || r.a[3] != MSG_MAX_BYTES || *data_word(DATA_VA(1)) != i + 1) {
			bench_fail("message call", r.a[0] ? (long)r.a[0] : c->err);
			return;
		}
		ins[i] = m.ins;
		cyc[i] = m.cyc;
	}
	snprintf(what, sizeof(what), "message call+reply round trip, 4 KiB frames exchanged "
		 "(%lu data bytes)", MSG_MAX_BYTES);
	report(what, RUNS, true);
}

/* ---- capability transfer ---- */

/*
 * The receiver: offer all 256 slots, wait for a message, then empty the
 * slots it got capabilities in, and wait again.
 */
static void cap_receiver(struct child *c)
{
	struct msg_header *in = (struct msg_header *)CHILD_DATA_VA(0);
	struct sys_ret r;
	long err;

	for (;;) {
		in->cap_count = MSG_MAX_CAPS;
		in->byte_count = 0;
		in->reply_slot = 0;
		for (unsigned i = 0; i < MSG_MAX_CAPS; i++)
			in->caddr[i] = RECV(i);
		r = queue_receive(C(C_QUEUE), C(C_MSG_RECV), IPC_BLOCK);
		if (r.err) {
			c->err = r.err;
			return;
		}
		for (unsigned i = 0; i < r.r2; i++)
			if ((err = sys_cap_delete(RECV(i)))) {
				c->err = err;
				return;
			}
		c->count++;
	}
}

/* Send n capabilities to the waiting receiver; the sample if timed. */
static long send_caps(struct child *rc, unsigned n, struct sample *timed)
{
	struct msg_header *h = (struct msg_header *)DATA_VA(2);
	struct regs r = { .a = { B(B_Q3), QUEUE_SEND, B(B_MS3), R_ACT, IPC_BLOCK, 0, 0,
				 SYS_INVOKE } };

	if (!child_wait_state(rc, THREAD_BLOCKED))
		return rc->err ? rc->err : ERR_BAD_ARG;
	h->cap_count = n;
	h->byte_count = 0;
	h->reply_slot = 0;
	for (unsigned i = 0; i < n; i++)
		h->caddr[i] = SRC(i);
	if (timed) {
		*timed = timed_ecall(&r);
	} else {
		struct sys_ret s = queue_send(r.a[0], r.a[2], r.a[3], r.a[4]);
		r.a[0] = s.err;
		r.a[2] = s.r2;
	}
	if (r.a[0] != ERR_OK)
		return r.a[0];
	return r.a[2] == n ? ERR_OK : ERR_BAD_ARG;   /* a2 = capabilities delivered */
}

static struct child *receiver;

static long send_caps_untimed(struct child *rc, unsigned n)
{
	return send_caps(rc, n, NULL);
}

static void bench_caps(void)
{
	static const unsigned counts[] = { 1, 16, MSG_MAX_CAPS };
	struct child *c = child_build(ID_RECEIVER, PRIO_ROOT);
	long err;

	if (!c)
		return bench_fail("receiver", ERR_BAD_ARG);
	if ((err = child_map_data(c, 0)) || (err = child_add_recv_pages(c)) ||
	    (err = activity_create(R_ACT, OBJ_QUEUE, B(B_Q3), 0)) ||
	    (err = sys_cap_copy(B(B_Q3), 0, VSLOT(c, C_QUEUE), CAP_R)) ||
	    (err = new_message(B_MT3, CTL(c, CTL_DATA), CTL(c, CTL_SPACE))) ||
	    (err = sys_cap_copy(B(B_MT3), 0, VSLOT(c, C_MSG_RECV), CAP_ALL)) ||
	    (err = new_message(B_MS3, B(B_FS3), R_SPACE)) ||
	    (err = activity_create(R_ACT, OBJ_FRAME, B(B_TOKEN), 0)))
		return bench_fail("receiver setup", err);
	/* 256 distinct slots, each a copy of one frame capability (with G). */
	for (unsigned i = 0; i < MSG_MAX_CAPS; i++)
		if ((err = sys_cap_copy(B(B_TOKEN), 0, SRC(i), CAP_ALL)))
			return bench_fail("source capabilities", err);
	if ((err = child_run(c, cap_receiver)))
		return bench_fail("receiver start", err);
	receiver = c;
	for (unsigned k = 0; k < sizeof(counts) / sizeof(counts[0]); k++) {
		char what[80];
		for (unsigned i = 0; i < RUNS; i++) {
			struct sample s;
			if ((err = send_caps(c, counts[k], &s)))
				return bench_fail("capability send", err);
			ins[i] = s.ins;
			cyc[i] = s.cyc;
		}
		snprintf(what, sizeof(what), "send %u capabilit%s to a waiting receiver",
			 counts[k], counts[k] == 1 ? "y" : "ies");
		report(what, RUNS, true);
	}
}

/* ---- timer latency during a 256-capability copy ---- */

static unsigned long wake_ins[LAT_RUNS], tick_ins[LAT_RUNS];

/*
 * The sleeper: sleep one tick, and the first thing it does on waking is
 * read instret; then it asks the kernel for the instret it recorded when
 * it took the tick. Higher priority than everything else: the tick's
 * wakeup switches straight to it.
 */
static void sleeper(struct child *c)
{
	for (unsigned i = 0; i < LAT_RUNS; i++) {
		register unsigned long a0 __asm__("a0") = 1;
		register unsigned long a7 __asm__("a7") = SYS_SLEEP;
		unsigned long now;
		struct sys_ret r;

		__asm__ volatile("ecall\n\trdinstret %[now]"
				 : "+r"(a0), [now] "=&r"(now)
				 : "r"(a7)
				 : "a1", "a2", "a3", "memory");
		r = sys_invoke(C(C_SYSCTL), SYSCTL_COUNTER, KCOUNT_TICK_INSTRET, 0, 0, 0, 0);
		if (a0 != ERR_OK || r.err != ERR_OK) {
			c->err = a0 ? (long)a0 : r.err;
			return;
		}
		wake_ins[i] = now;
		tick_ins[i] = r.r1;
		c->count = i + 1;
	}
}

static void bench_latency(void)
{
	struct child *c = child_build(ID_SLEEPER, PRIO_SLEEPER);
	unsigned long preempt0 = 0, preempt1 = 0;
	long err;

	if (!c || !receiver)
		return bench_fail("sleeper", ERR_BAD_ARG);
	if ((err = sys_cap_copy(R_SYSCTL, 0, VSLOT(c, C_SYSCTL), CAP_ALL)))
		return bench_fail("sleeper setup", err);
	if ((err = sysctl(SYSCTL_TICK, LAT_TICK)))
		return bench_fail("SYSCTL_TICK", err);
	sysctl_counter(R_SYSCTL, KCOUNT_COPY_PREEMPT, &preempt0);
	if ((err = child_run(c, sleeper)))
		return bench_fail("sleeper start", err);
	/* Copy 256 capabilities over and over until the sleeper has its runs. */
	while (c->count < LAT_RUNS && !c->err)
		if ((err = send_caps(receiver, MSG_MAX_CAPS, NULL)))
			return bench_fail("capability send under ticks", err);
	sysctl_counter(R_SYSCTL, KCOUNT_COPY_PREEMPT, &preempt1);
	sysctl(SYSCTL_TICK, 0);
	if (c->err)
		return bench_fail("sleeper", c->err);

	/* The kernel records instret only: no cycle figure for this row. */
	for (unsigned i = 0; i < LAT_RUNS; i++)
		ins[i] = wake_ins[i] - tick_ins[i];
	report("timer tick taken to sleeper running, 256-capability copies (max = worst)",
	       LAT_RUNS, false);
	printf("bench-note: latency: %u ticks of %u timebase units, %lu of them stopped a "
	       "capability copy at a preemption point\n", LAT_RUNS, LAT_TICK, preempt1 - preempt0);
}

/* ---- setup ---- */

/* Capability page B, the 256 source slots, the root's data region. */
static long setup(void)
{
	long err;

	if ((err = activity_create(R_ACT, OBJ_CAPPAGE, R_BPAGE, 0)) ||
	    (err = pt_set(R_CAPS0, 1, R_BPAGE, CAP_ALL)))
		return err;
	for (unsigned k = 0; k < MSG_MAX_CAPS / CAP_SLOTS_PER_PAGE; k++)
		if ((err = activity_create(R_ACT, OBJ_CAPPAGE, R_SRCPAGE(k), 0)) ||
		    (err = pt_set(R_CAPS0, 2 + k, R_SRCPAGE(k), CAP_ALL)))
			return err;
	if ((err = activity_create(R_ACT, OBJ_PAGETABLE, B(B_L1), 1)) ||
	    (err = pt_set(R_SPACE, DATA_VPN2, B(B_L1), CAP_ALL)) ||
	    (err = activity_create(R_ACT, OBJ_PAGETABLE, B(B_L0), 0)) ||
	    (err = pt_set(B(B_L1), 0, B(B_L0), CAP_ALL)))
		return err;
	for (unsigned i = 0; i < 3; i++)
		if ((err = activity_create(R_ACT, OBJ_FRAME, B(B_FS + i), 0)) ||
		    (err = pt_set(B(B_L0), i, B(B_FS + i), CAP_R | CAP_W)))
			return err;
	return ERR_OK;
}

int main(unsigned long arg)
{
	const struct bootinfo *bi = (const struct bootinfo *)arg;
	const char *mode;
	long err;

	printf("bench-note: %u samples per operation; median, min, max less the "
	       "measurement overhead\n", RUNS);
	if ((err = setup())) {
		bench_fail("setup", err);
	} else if ((mode = ulib_cmdline_value(bi, "bench")) && strncmp(mode, "harts", 5) == 0 &&
		   (mode[5] == ' ' || mode[5] == 0)) {
		measure_overhead();
		bench_cross_hart(bi);
	} else {
#ifdef BENCH_PROFILE
		/* scripts/profile: QEMU logs every block this runs, so only
		 * the register round trips, fast path then general path,
		 * and the message round trip. */
		bench_register();
		bench_message();
#else
		measure_overhead();
		bench_null();
		bench_register();
		bench_register_fp();
		bench_message();
		bench_caps();
		bench_latency();
		bench_hostile(receiver, send_caps_untimed);
#endif
	}
	if (!failed)
		printf("bench: done, %u rows\n", rows);
	ulib_console_flush();
	sysctl_poweroff(R_SYSCTL, failed);
	return 1;
}
