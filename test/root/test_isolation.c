/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * Isolation: each case tries one way in and expects the documented error
 * (or fault). With the cases elsewhere that already do (test_fault.c:
 * memory without a capability, the kernel half; test_defects.c: a
 * diminished table used as a space, the other side's bytes after a
 * transfer), docs/isolation.md lists them all.
 */
#include "ipc_util.h"

static unsigned other_cpu(void)
{
	return utest_bootinfo->nharts > 1 ? 1 : 0;
}

static int wait_count_ticks(volatile long *counter, long at_least)
{
	for (unsigned i = 0; i < WAIT_TICKS; i++) {
		if (__atomic_load_n(counter, __ATOMIC_SEQ_CST) >= at_least)
			return 1;
		sys_sleep(1);
	}
	return 0;
}

/* Run pc(arg) in child id: it must fault with cause at address value. */
static int faults(unsigned id, unsigned long pc, unsigned long arg, unsigned long cause,
		  unsigned long value)
{
	struct child *c = spawn(id, T_ACT, 0);
	unsigned long fc = ~0UL, fv = 0;

	CHECK(c);
	CHECK_EQ(child_run_at(c, pc, arg), ERR_OK);
	CHECK(child_wait_state(c, THREAD_FAULTED));
	CHECK_EQ(thread_read_fault(c->thread, &fc, NULL, &fv), ERR_OK);
	CHECK_EQ(fc, cause);
	CHECK_EQ(fv, value);
	return 0;
}

/* A capability page is named, never read, written or run. */
UTEST(iso_cappage_is_never_data)
{
	CHECK_EQ(faults(0, (unsigned long)stub_store, CHILD_CAPS + 64, FAULT_PAGE, CHILD_CAPS + 64),
		 0);
	CHECK_EQ(faults(1, (unsigned long)stub_amo, CHILD_CAPS, FAULT_PAGE, CHILD_CAPS), 0);
	CHECK_EQ(faults(2, (unsigned long)stub_jump, CHILD_CAPS, FAULT_PAGE, CHILD_CAPS), 0);
	return 0;
}

/*
 * A mapping has no more rights than the capability it was made from,
 * whatever mask PT_SET is given: a read-only frame stays read-only, a
 * frame without X is never run, and a copy never gains a right.
 */
UTEST(iso_mapping_rights_never_grow)
{
	struct child *c;
	unsigned long rights, va = CHILD_DATA_VA(0);

	CHECK((c = spawn(0, T_ACT, 0)));
	CHECK_EQ(activity_create(T_ACT, OBJ_FRAME, S(1), 0), ERR_OK);
	CHECK_EQ(sys_cap_copy(S(1), 0, S(2), CAP_R | CAP_G), ERR_OK);
	CHECK_EQ(sys_cap_copy(S(2), 0, S(3), CAP_ALL), ERR_OK);
	CHECK_EQ(sys_cap_info(S(3), NULL, &rights, NULL), ERR_OK);
	CHECK_EQ(rights, CAP_R | CAP_G);
	CHECK_EQ(pt_set(c->l0, CHILD_DATA_FIRST, S(3), CAP_ALL), ERR_OK);
	CHECK_EQ(child_run_at(c, (unsigned long)stub_store, va), ERR_OK);
	CHECK(child_wait_state(c, THREAD_FAULTED));
	unsigned long cause = ~0UL, value = 0;
	CHECK_EQ(thread_read_fault(c->thread, &cause, NULL, &value), ERR_OK);
	CHECK_EQ(cause, FAULT_PAGE);
	CHECK_EQ(value, va);
	CHECK_EQ(child_run_at(c, (unsigned long)stub_jump, va), ERR_OK);
	CHECK(child_wait_state(c, THREAD_FAULTED));
	CHECK_EQ(thread_read_fault(c->thread, &cause, NULL, &value), ERR_OK);
	CHECK_EQ(cause, FAULT_PAGE);
	CHECK_EQ(value, va);
	/* It reads, though: the load runs and the ebreak after it stops it. */
	CHECK_EQ(child_run_at(c, (unsigned long)stub_load, va), ERR_OK);
	CHECK(child_wait_state(c, THREAD_FAULTED));
	CHECK_EQ(thread_read_fault(c->thread, &cause, NULL, NULL), ERR_OK);
	CHECK_EQ(cause, FAULT_BREAKPOINT);
	return 0;
}

/*
 * A capability revoked on one hart is useless on every other the moment
 * the revoke returns: the thread on another hart that was using it in a
 * loop (an inspection and a register call to a server) gets at most the
 * call that was in flight through.
 */
static void child_uses_caps(struct child *c)
{
	const unsigned long in[4] = { 1, 2, 3, 4 };
	unsigned long out[4];

	for (;;) {
		if (sys_cap_info(CSLOT(C_FREE), NULL, NULL, NULL) == ERR_OK)
			__atomic_add_fetch(&c->res[0], 1, __ATOMIC_SEQ_CST);
		if (sys_call4(CSLOT(C_FREE + 1), in, out) == ERR_OK)
			__atomic_add_fetch(&c->res[1], 1, __ATOMIC_SEQ_CST);
		__atomic_add_fetch(&c->res[2], 1, __ATOMIC_SEQ_CST);
	}
}

static void child_serves(struct child *c)
{
	unsigned long in[4], out[4] = { 0 }, badge;
	long err = sys_recv4(CSLOT(C_FREE), in, &badge);

	while (err == ERR_OK)
		err = sys_reply_recv4(CSLOT(C_FREE), out, in, &badge);
	c->res[0] = err;
}

UTEST(iso_revoked_capability_on_other_hart)
{
	struct child *u, *srv;
	long infos, calls, loops;

	CHECK_EQ(activity_create(T_ACT, OBJ_QUEUE, S(1), 0), ERR_OK);
	CHECK_EQ(activity_create(T_ACT, OBJ_FRAME, S(2), 0), ERR_OK);
	/* The user's capabilities come through S(3), S(4): revoked below. */
	CHECK_EQ(sys_cap_copy(S(2), 0, S(3), CAP_ALL), ERR_OK);
	CHECK_EQ(sys_cap_copy(S(1), 0, S(4), CAP_W), ERR_OK);
	CHECK((u = spawn(0, T_ACT, 0)));
	CHECK((srv = spawn(1, T_ACT, 0)));
	CHECK_EQ(sys_cap_copy(S(3), 0, VSLOT(u, C_FREE), CAP_ALL), ERR_OK);
	CHECK_EQ(sys_cap_copy(S(4), 0, VSLOT(u, C_FREE + 1), CAP_W), ERR_OK);
	CHECK_EQ(sys_cap_copy(S(1), 0, VSLOT(srv, C_FREE), CAP_R), ERR_OK);
	CHECK_EQ(thread_set_cpu(u->thread, other_cpu()), ERR_OK);
	CHECK_EQ(thread_set_cpu(srv->thread, other_cpu()), ERR_OK);
	CHECK_EQ(child_run(srv, child_serves), ERR_OK);
	CHECK_EQ(child_run(u, child_uses_caps), ERR_OK);
	CHECK(wait_count_ticks(&u->res[1], 100));
	CHECK_EQ(sys_cap_revoke(S(3)), ERR_OK);
	CHECK_EQ(sys_cap_revoke(S(4)), ERR_OK);
	infos = __atomic_load_n(&u->res[0], __ATOMIC_SEQ_CST);
	calls = __atomic_load_n(&u->res[1], __ATOMIC_SEQ_CST);
	loops = __atomic_load_n(&u->res[2], __ATOMIC_SEQ_CST);
	CHECK(wait_count_ticks(&u->res[2], loops + 100));
	CHECK(u->res[0] - infos <= 1);
	CHECK(u->res[1] - calls <= 1);
	CHECK_EQ(thread_stop(u->thread), ERR_OK);
	CHECK_EQ(thread_stop(srv->thread), ERR_OK);
	return 0;
}

/*
 * A badge is the kernel's word, never the sender's: a register call with
 * a5 (the receiver's badge register) loaded reaches the server with the
 * badge of the capability invoked, 0 for an unbadged one; a badged
 * capability cannot be minted again; a copy keeps its badge.
 */
static void child_badge_server(struct child *c)
{
	unsigned long in[4], out[4] = { 0 }, badge = 0;
	long err = sys_recv4(CSLOT(C_FREE), in, &badge);

	for (unsigned n = 0; err == ERR_OK && n < 4; n++) {
		c->res[n] = badge;
		err = sys_reply_recv4(CSLOT(C_FREE), out, in, &badge);
	}
}

static void raw_call_with_a5(unsigned long q, unsigned long a5)
{
	unsigned long r[8] = { q, 1, 2, 3, 4, a5, 0, SYS_CALL };

	ipc_raw_ecall(r);
}

UTEST(iso_badge_cannot_be_forged)
{
	struct child *srv;
	unsigned long badge;

	CHECK_EQ(activity_create(T_ACT, OBJ_QUEUE, S(1), 0), ERR_OK);
	CHECK((srv = spawn(0, T_ACT, 0)));
	CHECK_EQ(sys_cap_copy(S(1), 0, VSLOT(srv, C_FREE), CAP_R), ERR_OK);
	CHECK_EQ(sys_cap_copy(S(1), 0, S(2), CAP_W), ERR_OK);
	CHECK_EQ(sys_cap_mint(S(1), 0, S(3), CAP_W, 0x77), ERR_OK);
	CHECK_EQ(sys_cap_mint(S(3), 0, S(4), CAP_W, 0x66), ERR_BAD_ARG);
	CHECK_EQ(sys_cap_copy(S(3), 0, S(5), CAP_W), ERR_OK);
	CHECK_EQ(sys_cap_info(S(5), NULL, NULL, &badge), ERR_OK);
	CHECK_EQ(badge, 0x77);
	for (unsigned n = 0; n < 4; n++)
		srv->res[n] = ~0UL;
	CHECK_EQ(child_run(srv, child_badge_server), ERR_OK);
	CHECK(child_wait_state(srv, THREAD_BLOCKED));
	raw_call_with_a5(S(2), 0xbadbad);
	raw_call_with_a5(S(3), 0xbadbad);
	raw_call_with_a5(S(5), 0);
	CHECK_EQ(sysctl_fastpath(R_SYSCTL, 0), ERR_OK);
	raw_call_with_a5(S(2), 0xbadbad);
	CHECK_EQ(sysctl_fastpath(R_SYSCTL, 1), ERR_OK);
	CHECK_EQ(srv->res[0], 0);
	CHECK_EQ(srv->res[1], 0x77);
	CHECK_EQ(srv->res[2], 0x77);
	CHECK_EQ(srv->res[3], 0);
	return 0;
}

/*
 * No kernel address ever reaches a user register. Every system call, each
 * with arguments that are good, bad and garbage, made through a stub that
 * loads and records all 31 registers: after the call no register holds a
 * kernel address (the direct map, the device window, the kernel image:
 * arch/riscv/memlayout.h) that the caller did not put there itself. The
 * calls run in a child with a queue (and a server behind it), a message,
 * a reply and a frame, so that error paths and success paths of every
 * object type are among them.
 */
#define KERNEL_HALF 0xffffffc000000000UL   /* the direct map's start */
#define KERNEL_END  0xffffffffc0000000UL   /* the kernel image's gigabyte's end */

/* Where the kernel's own addresses lie: all ones (ACTIVITY_IPC_UNLIMITED,
 * say) is a number, not an address. */
static int kernel_address(unsigned long v)
{
	return v >= KERNEL_HALF && v < KERNEL_END;
}

struct regs {
	unsigned long x[32];
};

/* a0 = struct regs: load x5..x31 (a0 last) from it, ecall, store them
 * back, and x1, x3, x4 as they are; ra, sp, gp, tp and s0..s11 are kept
 * for the C caller. */
__asm__(".text\n"
	".globl iso_ecall_all\n"
	"iso_ecall_all:\n"
	"	addi sp, sp, -128\n"
	"	sd ra, 0(sp)\n"
	"	sd s0, 8(sp)\n"
	"	sd s1, 16(sp)\n"
	"	sd s2, 24(sp)\n"
	"	sd s3, 32(sp)\n"
	"	sd s4, 40(sp)\n"
	"	sd s5, 48(sp)\n"
	"	sd s6, 56(sp)\n"
	"	sd s7, 64(sp)\n"
	"	sd s8, 72(sp)\n"
	"	sd s9, 80(sp)\n"
	"	sd s10, 88(sp)\n"
	"	sd s11, 96(sp)\n"
	"	sd a0, 104(sp)\n"
	"	ld x5, 40(a0)\n  ld x6, 48(a0)\n  ld x7, 56(a0)\n  ld x8, 64(a0)\n"
	"	ld x9, 72(a0)\n  ld x11, 88(a0)\n ld x12, 96(a0)\n ld x13, 104(a0)\n"
	"	ld x14, 112(a0)\n ld x15, 120(a0)\n ld x16, 128(a0)\n ld x17, 136(a0)\n"
	"	ld x18, 144(a0)\n ld x19, 152(a0)\n ld x20, 160(a0)\n ld x21, 168(a0)\n"
	"	ld x22, 176(a0)\n ld x23, 184(a0)\n ld x24, 192(a0)\n ld x25, 200(a0)\n"
	"	ld x26, 208(a0)\n ld x27, 216(a0)\n ld x28, 224(a0)\n ld x29, 232(a0)\n"
	"	ld x30, 240(a0)\n ld x31, 248(a0)\n ld x10, 80(a0)\n"
	"	ecall\n"
	"	sd t0, 112(sp)\n"
	"	ld t0, 104(sp)\n"
	"	sd x1, 8(t0)\n  sd x3, 24(t0)\n  sd x4, 32(t0)\n"
	"	sd x6, 48(t0)\n  sd x7, 56(t0)\n  sd x8, 64(t0)\n  sd x9, 72(t0)\n"
	"	sd x10, 80(t0)\n sd x11, 88(t0)\n sd x12, 96(t0)\n sd x13, 104(t0)\n"
	"	sd x14, 112(t0)\n sd x15, 120(t0)\n sd x16, 128(t0)\n sd x17, 136(t0)\n"
	"	sd x18, 144(t0)\n sd x19, 152(t0)\n sd x20, 160(t0)\n sd x21, 168(t0)\n"
	"	sd x22, 176(t0)\n sd x23, 184(t0)\n sd x24, 192(t0)\n sd x25, 200(t0)\n"
	"	sd x26, 208(t0)\n sd x27, 216(t0)\n sd x28, 224(t0)\n sd x29, 232(t0)\n"
	"	sd x30, 240(t0)\n sd x31, 248(t0)\n"
	"	ld t1, 112(sp)\n"
	"	sd t1, 40(t0)\n"
	"	ld ra, 0(sp)\n"
	"	ld s0, 8(sp)\n"
	"	ld s1, 16(sp)\n"
	"	ld s2, 24(sp)\n"
	"	ld s3, 32(sp)\n"
	"	ld s4, 40(sp)\n"
	"	ld s5, 48(sp)\n"
	"	ld s6, 56(sp)\n"
	"	ld s7, 64(sp)\n"
	"	ld s8, 72(sp)\n"
	"	ld s9, 80(sp)\n"
	"	ld s10, 88(sp)\n"
	"	ld s11, 96(sp)\n"
	"	addi sp, sp, 128\n"
	"	ret\n");
void iso_ecall_all(struct regs *r);

/*
 * Every register a call does not return is what it was: the null call,
 * which the entry answers without storing s0..s11 (arch/riscv/trap.S),
 * and a register call on the fast path and on the general path, which
 * switch to the server and back. x5..x31 hold a pattern going in; out,
 * a0 is the error and a1..a3 the results (0 for the null call), a1..a4
 * the reply's words for the call; the rest must match.
 */
static void kept_server(struct child *c)
{
	unsigned long w[4], reply[4], badge = 0;
	long err = sys_recv4(c->arg[1], w, &badge);

	while (err == ERR_OK) {
		for (unsigned i = 0; i < 4; i++)
			reply[i] = w[i] ^ 0xff;
		err = sys_reply_recv4(c->arg[1], reply, w, &badge);
	}
	c->res[0] = err;
}

static int regs_kept(unsigned long nr, unsigned long a0, unsigned results)
{
	struct regs in, out;

	for (unsigned i = 0; i < 32; i++)
		in.x[i] = 0x5a5a0000UL + i;
	in.x[10] = a0;
	in.x[17] = nr;
	out = in;
	iso_ecall_all(&out);
	CHECK_EQ(out.x[10], ERR_OK);
	for (unsigned i = 5; i < 32; i++) {
		if (i >= 10 && i <= 10 + results)   /* a0: the error, above */
			continue;
		if (out.x[i] != in.x[i])
			printf("    x%u: %#lx, was %#lx\n", i, out.x[i], in.x[i]);
		CHECK_EQ(out.x[i], in.x[i]);
	}
	if (nr == SYS_NULL)
		for (unsigned i = 11; i <= 13; i++)
			CHECK_EQ(out.x[i], 0);
	else
		for (unsigned i = 11; i <= 14; i++)
			CHECK_EQ(out.x[i], in.x[i] ^ 0xff);
	return 0;
}

static int calls_keep_registers(void)
{
	struct child *srv;
	unsigned long q, f0;

	CHECK_EQ(ipc_begin(), 0);
	for (unsigned i = 0; i < 3; i++)
		CHECK_EQ(regs_kept(SYS_NULL, 0, 3), 0);
	CHECK(q = ipc_new(OBJ_QUEUE, 0));
	CHECK(srv = spawn(0, T_ACT, SPAWN_SELF));
	CHECK_EQ(sys_cap_copy(q, 0, VSLOT(srv, C_FREE), CAP_R), ERR_OK);
	srv->arg[1] = CSLOT(C_FREE);
	CHECK_EQ(child_run(srv, kept_server), ERR_OK);
	CHECK(child_wait_state(srv, THREAD_BLOCKED));
	f0 = kcount(KCOUNT_FASTPATH);
	for (unsigned i = 0; i < 3; i++)
		CHECK_EQ(regs_kept(SYS_CALL, q, 4), 0);
	CHECK(kcount(KCOUNT_FASTPATH) - f0 >= 3);
	CHECK_EQ(sysctl_fastpath(R_SYSCTL, 0), ERR_OK);
	f0 = kcount(KCOUNT_FASTPATH);
	for (unsigned i = 0; i < 3; i++)
		CHECK_EQ(regs_kept(SYS_CALL, q, 4), 0);
	CHECK_EQ(kcount(KCOUNT_FASTPATH), f0);
	CHECK_EQ(sysctl_fastpath(R_SYSCTL, 1), ERR_OK);
	CHECK_EQ(thread_stop(srv->thread), ERR_OK);
	return 0;
}

UTEST(iso_calls_keep_registers)
{
	int bad = calls_keep_registers();

	sysctl_fastpath(R_SYSCTL, 1);
	return bad;
}

/* Every method of every capability it holds, three times with other
 * arguments; then every other system call as many times. */
#define INVOKE_SLOTS  12
#define INVOKE_METHODS 14
#define REG_ROUNDS    3
#define REG_CALLS     (2 * REG_ROUNDS * INVOKE_SLOTS * INVOKE_METHODS)

static unsigned long pick(unsigned long *s)
{
	static const unsigned long slots[] = { 0, 1, 8, 9, 10, 11, 40 };
	switch (xorshift64(s) % 5) {
	case 0: return xorshift64(s);
	case 1: return xorshift64(s) % 16;
	case 2: return KERNEL_HALF | (xorshift64(s) & ~63UL);
	default: return CSLOT(slots[xorshift64(s) % (sizeof(slots) / sizeof(slots[0]))]);
	}
}

static void child_scan_registers(struct child *c)
{
	static const unsigned slots[INVOKE_SLOTS] = { 0, 1, 2, 8, 9, 10, 11, 40, 41, 42, 43, 44 };
	unsigned long s = 0x1234567;
	struct regs in, out;

	for (unsigned n = 0; n < REG_CALLS; n++) {
		unsigned k = n % (INVOKE_SLOTS * INVOKE_METHODS);
		for (unsigned i = 0; i < 32; i++)
			in.x[i] = 0x1000 + i;
		for (unsigned i = 10; i < 17; i++)
			in.x[i] = pick(&s);
		if (n < REG_CALLS / 2) {
			in.x[17] = SYS_INVOKE;
			in.x[10] = CSLOT(slots[k / INVOKE_METHODS]);
			in.x[11] = k % INVOKE_METHODS;
		} else {
			in.x[17] = n % (SYS_COUNT + 1);   /* every call, and one unknown */
		}
		if (in.x[17] == SYS_SLEEP)
			in.x[10] = 1;
		if (in.x[17] == SYS_CAP_MINT)
			in.x[14] %= 1000;   /* a badge it chose would come back in a3 */
		out = in;
		iso_ecall_all(&out);
		for (unsigned i = 1; i < 32; i++) {
			unsigned long v = out.x[i];
			if (i == 2)
				continue;   /* sp: ours, not recorded */
			if (kernel_address(v) && (i < 5 || v != in.x[i])) {
				c->res[0]++;
				c->res[1] = n;
				c->res[2] = i;
				c->res[3] = v;
			}
		}
	}
	c->res[4] = 1;
}

UTEST(iso_no_kernel_address_in_registers)
{
	struct child *c, *srv;
	struct ipc_msg m;

	CHECK_EQ(ipc_begin(), 0);
	CHECK((c = spawn(0, T_ACT, 0)));
	CHECK((srv = spawn(1, T_ACT, 0)));
	CHECK_EQ(activity_create(T_ACT, OBJ_QUEUE, S(40), 0), ERR_OK);
	CHECK_EQ(sys_cap_copy(S(40), 0, VSLOT(c, 8), CAP_ALL), ERR_OK);
	CHECK_EQ(sys_cap_copy(S(40), 0, VSLOT(srv, C_FREE), CAP_R), ERR_OK);
	CHECK_EQ(ipc_msg_make(&m, c->space, 0), ERR_OK);
	CHECK_EQ(ipc_msg_give(&m, c, 9, 0), ERR_OK);
	CHECK_EQ(activity_create(T_ACT, OBJ_REPLY, S(41), 0), ERR_OK);
	CHECK_EQ(sys_cap_copy(S(41), 0, VSLOT(c, 10), CAP_ALL), ERR_OK);
	CHECK_EQ(activity_create(T_ACT, OBJ_FRAME, S(42), 0), ERR_OK);
	CHECK_EQ(sys_cap_copy(S(42), 0, VSLOT(c, 11), CAP_ALL), ERR_OK);
	CHECK_EQ(sys_cap_copy(T_ACT, 0, VSLOT(c, 40), CAP_R), ERR_OK);
	CHECK_EQ(child_run(srv, child_serves), ERR_OK);
	c->res[0] = c->res[4] = 0;
	CHECK_EQ(child_run(c, child_scan_registers), ERR_OK);
	/* Calls that block are cut short by the root (ERR_CANCELED). */
	for (unsigned i = 0; i < 4000 && !c->res[4]; i++) {
		unsigned long state = ~0UL;
		if (thread_info(c->thread, &state, NULL) == ERR_OK && state == THREAD_BLOCKED) {
			thread_stop(c->thread);
			thread_start(c->thread);
		}
		if (state == THREAD_FAULTED || state == THREAD_INACTIVE)
			break;
		sys_yield();
	}
	if (c->res[0])
		printf("    call %ld left %#lx in x%ld\n", c->res[1], c->res[3], c->res[2]);
	CHECK_EQ(c->res[4], 1);
	CHECK_EQ(c->res[0], 0);
	CHECK_EQ(thread_stop(srv->thread), ERR_OK);
	return 0;
}

/*
 * Every documented limit on a user-supplied count, index or size, at its
 * edge: the last good value works, the first bad one is refused (or, for
 * a message's counts, clipped), and nothing past an array is touched.
 */
UTEST(iso_limits_at_their_edges)
{
	static char crs[SYS_DEBUG_WRITE_MAX + 1];   /* carriage returns: invisible in logs */
	struct ipc_msg s, t;
	unsigned long q, quota, got_caps, got_bytes, n0;
	unsigned ndev = utest_bootinfo->plic_ndev;

	CHECK_EQ(ipc_begin(), 0);
	/* Debug output: 4096 bytes, written 16 at a time. */
	for (unsigned i = 0; i < sizeof(crs); i++)
		crs[i] = '\r';
	n0 = kcount(KCOUNT_SYSCALLS);
	CHECK_EQ(sys_debug_write(crs, SYS_DEBUG_WRITE_MAX), ERR_OK);
	CHECK(kcount(KCOUNT_SYSCALLS) - n0 > SYS_DEBUG_WRITE_MAX / SYS_DEBUG_WRITE_CHUNK);
	CHECK_EQ(sys_debug_write(crs, SYS_DEBUG_WRITE_MAX + 1), ERR_BAD_ARG);
	/* Priorities: up to THREAD_PRIO_MAX. */
	CHECK_EQ(activity_create(T_ACT, OBJ_THREAD, S(41), 0), ERR_OK);
	CHECK_EQ(thread_set_prio(S(41), THREAD_PRIO_MAX, THREAD_PRIO_MAX), ERR_OK);
	CHECK_EQ(thread_set_prio(S(41), THREAD_PRIO_MAX + 1, THREAD_PRIO_MAX + 1), ERR_PRIORITY);
	CHECK_EQ(thread_set_prio(S(41), 1, 0), ERR_PRIORITY);
	/* Registers: pc and sp below USER_ADDR_LIMIT. */
	CHECK_EQ(thread_set_regs(S(41), USER_ADDR_LIMIT - 2, USER_ADDR_LIMIT - 16, 0), ERR_OK);
	CHECK_EQ(thread_set_regs(S(41), USER_ADDR_LIMIT, 0, 0), ERR_BAD_ARG);
	CHECK_EQ(thread_set_regs(S(41), 0, USER_ADDR_LIMIT, 0), ERR_BAD_ARG);
	/* Table indices: 511 at level 0, 255 in a root (256 is the kernel's). */
	CHECK_EQ(activity_create(T_ACT, OBJ_PAGETABLE, S(42), 0), ERR_OK);
	CHECK_EQ(activity_create(T_ACT, OBJ_PAGETABLE, S(43), 2), ERR_OK);
	CHECK_EQ(activity_create(T_ACT, OBJ_PAGETABLE, S(44), 1), ERR_OK);
	CHECK_EQ(activity_create(T_ACT, OBJ_FRAME, S(45), 0), ERR_OK);
	CHECK_EQ(pt_set(S(42), PT_SLOTS - 1, S(45), CAP_R), ERR_OK);
	CHECK_EQ(pt_set(S(42), PT_SLOTS, S(45), CAP_R), ERR_BAD_ARG);
	CHECK_EQ(pt_set(S(43), PT_SLOTS / 2 - 1, S(44), CAP_ALL), ERR_OK);
	CHECK_EQ(pt_set(S(43), PT_SLOTS / 2, S(44), CAP_ALL), ERR_BAD_ARG);
	/* A sub-activity's quota: up to its parent's. */
	CHECK_EQ(activity_info(T_ACT, &quota, NULL, NULL), ERR_OK);
	CHECK_EQ(activity_create(T_ACT, OBJ_ACTIVITY, S(46), quota + 1), ERR_BAD_ARG);
	CHECK_EQ(activity_create(T_ACT, OBJ_ACTIVITY, S(46), quota), ERR_OK);
	CHECK_EQ(activity_create(T_ACT, OBJ_ACTIVITY, S(47), 0), ERR_BAD_ARG);
	/* Interrupt sources: 1 .. plic_ndev. */
	if (ndev) {
		CHECK_EQ(sys_invoke(R_SYSCTL, SYSCTL_IRQ, ndev + 1, T_ACT, S(48), 0, 0).err,
			 ERR_BAD_ARG);
		CHECK_EQ(sys_invoke(R_SYSCTL, SYSCTL_IRQ, 0, T_ACT, S(48), 0, 0).err, ERR_BAD_ARG);
		CHECK_EQ(sys_invoke(R_SYSCTL, SYSCTL_IRQ, ndev, T_ACT, S(48), 0, 0).err, ERR_OK);
		CHECK_EQ(activity_destroy(T_ACT, S(48)), ERR_OK);
	}
	/* Sleep: at least one tick. */
	CHECK_EQ(sys_sleep(0), ERR_BAD_ARG);
	CHECK_EQ(sys_sleep(1), ERR_OK);
	/* A message's counts past their limits are clipped, not followed: 2^32-1
	 * capability addresses on both sides copy MSG_MAX_CAPS (all fail: they
	 * name nothing), and a byte count past MSG_MAX_BYTES arrives as it. */
	CHECK(q = ipc_new(OBJ_QUEUE, 0));
	CHECK_EQ(ipc_msg_make(&s, R_SPACE, 0), ERR_OK);
	CHECK_EQ(ipc_msg_make(&t, R_SPACE, 0), ERR_OK);
	s.hdr->cap_count = t.hdr->cap_count = ~0u;
	s.hdr->byte_count = MSG_MAX_BYTES + 1;
	CHECK_EQ(queue_receive(q, t.msg, 0).err, ERR_OK);
	CHECK_EQ(queue_send(q, s.msg, T_ACT, IPC_BLOCK).err, ERR_OK);
	CHECK_EQ(msg_wait(t.msg, NULL, &got_caps, &got_bytes), ERR_OK);
	CHECK_EQ(got_caps, 0);
	CHECK_EQ(got_bytes, MSG_MAX_BYTES);
	CHECK_EQ(t.hdr->byte_count, MSG_MAX_BYTES);
	for (unsigned i = 0; i < MSG_MAX_CAPS; i++)
		CHECK_EQ(t.hdr->caddr[i], 0);
	return 0;
}

/*
 * ASIDs are given back with their spaces: after more root tables have
 * come and gone than there are ASIDs to hand out once each, a new space
 * still gets one of its own, and switching to it flushes nothing
 * (KCOUNT_ASID_FLUSHES stays).
 */
#define SPACES_THROUGH 4200   /* more than the kernel keeps (arch/riscv/user.c) */

static void child_spins_a_while(struct child *c)
{
	for (unsigned i = 0; i < 20; i++)
		sys_yield();
	c->res[0] = 1;
}

UTEST(iso_asids_recycled)
{
	struct child *c;
	unsigned long before;

	for (unsigned i = 0; i < SPACES_THROUGH; i++) {
		CHECK_EQ(activity_create(T_ACT, OBJ_PAGETABLE, S(1), PT_LEVELS - 1), ERR_OK);
		CHECK_EQ(activity_destroy(T_ACT, S(1)), ERR_OK);
	}
	before = kcount(KCOUNT_ASID_FLUSHES);
	CHECK((c = spawn(0, T_ACT, 0)));
	CHECK_EQ(child_run(c, child_spins_a_while), ERR_OK);
	CHECK(child_wait_done(c));
	CHECK_EQ(kcount(KCOUNT_ASID_FLUSHES), before);
	return 0;
}
