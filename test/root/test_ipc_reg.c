/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * Register IPC (SYS_CALL, SYS_RECV, SYS_REPLY_RECV): four words each way
 * and the badge to the receiver, between two address spaces, with the fast
 * path on and off. Both must give the same words, badges and errors; only
 * KCOUNT_FASTPATH tells them apart, and it moves only when the fast path
 * is on.
 */
#include "ipc_util.h"

#define NCALLS 8
#define LOG_WORDS 6

/* What each side saw, per configuration: words and badge, or the reply. */
#define NCFG 6
static unsigned long server_log[NCFG][NCALLS][LOG_WORDS];
static unsigned long caller_log[NCFG][NCALLS][LOG_WORDS];

static unsigned long reply_word(unsigned long w, unsigned i)
{
	return (w ^ 0x5a5a5a5a5a5a5a5aUL) + i;
}

/* Serve calls forever (the root stops it): answer each word transformed. */
static void reg_server(struct child *c)
{
	unsigned long (*log)[LOG_WORDS] = server_log[c->arg[2]];
	unsigned long w[4], reply[4], badge = 0;
	long err = sys_recv4(c->arg[1], w, &badge);

	for (unsigned k = 0; err == ERR_OK; k++) {
		if (k < NCALLS) {
			for (unsigned i = 0; i < 4; i++)
				log[k][i] = w[i];
			log[k][4] = badge;
			log[k][5] = err;
		}
		for (unsigned i = 0; i < 4; i++)
			reply[i] = reply_word(w[i], i);
		err = sys_reply_recv4(c->arg[1], reply, w, &badge);
	}
	c->res[0] = err;
}

static void reg_caller(struct child *c)
{
	unsigned long (*log)[LOG_WORDS] = caller_log[c->arg[2]];

	for (unsigned k = 0; k < NCALLS; k++) {
		unsigned long in[4] = { k, 0x1000 + k, ~(unsigned long)k, 0xfeedUL << 32 | k };
		unsigned long out[4] = { 0 };
		log[k][5] = sys_call4(c->arg[1], in, out);
		for (unsigned i = 0; i < 4; i++)
			log[k][i] = out[i];
		log[k][4] = 0;
	}
}

/*
 * One configuration: server and caller in two spaces, the server waiting
 * first or the caller; fast path on or off; the server of the caller's
 * priority or above it. Returns through the logs.
 */
static int reg_run(unsigned cfg, int fast, int caller_first, int server_above,
		   unsigned long *fastpath_calls)
{
	struct child *srv, *cli;
	unsigned long q, f0;

	CHECK(q = ipc_new(OBJ_QUEUE, 0));
	CHECK(srv = spawn(2 * cfg, T_ACT, SPAWN_SELF));
	CHECK(cli = spawn(2 * cfg + 1, T_ACT, SPAWN_SELF));
	CHECK_EQ(sys_cap_copy(q, 0, VSLOT(srv, 8), CAP_R), ERR_OK);
	CHECK_EQ(sys_cap_mint(q, 0, VSLOT(cli, 8), CAP_W, 0xb0b0 + caller_first), ERR_OK);
	srv->arg[1] = cli->arg[1] = CSLOT(8);
	srv->arg[2] = cli->arg[2] = cfg;
	if (server_above)
		CHECK_EQ(thread_set_prio(srv->thread, CHILD_PRIO + 1, CHILD_PRIO + 1), ERR_OK);
	CHECK_EQ(sysctl_fastpath(R_SYSCTL, fast), ERR_OK);
	f0 = kcount(KCOUNT_FASTPATH);
	if (caller_first) {
		CHECK_EQ(child_run(cli, reg_caller), ERR_OK);
		CHECK(child_wait_state(cli, THREAD_BLOCKED));
		CHECK_EQ(child_run(srv, reg_server), ERR_OK);
	} else {
		CHECK_EQ(child_run(srv, reg_server), ERR_OK);
		CHECK(child_wait_state(srv, THREAD_BLOCKED));
		CHECK_EQ(child_run(cli, reg_caller), ERR_OK);
	}
	CHECK(child_wait_done(cli));
	*fastpath_calls = kcount(KCOUNT_FASTPATH) - f0;
	CHECK(child_wait_state(srv, THREAD_BLOCKED));   /* waiting for a ninth call */
	CHECK_EQ(thread_stop(srv->thread), ERR_OK);
	CHECK_EQ(sysctl_fastpath(R_SYSCTL, 1), ERR_OK);
	/* Each side saw what the other sent. */
	for (unsigned k = 0; k < NCALLS; k++) {
		unsigned long in[4] = { k, 0x1000 + k, ~(unsigned long)k, 0xfeedUL << 32 | k };
		for (unsigned i = 0; i < 4; i++) {
			CHECK_EQ(server_log[cfg][k][i], in[i]);
			CHECK_EQ(caller_log[cfg][k][i], reply_word(in[i], i));
		}
		CHECK_EQ(server_log[cfg][k][4], 0xb0b0 + caller_first);
		CHECK_EQ(server_log[cfg][k][5], ERR_OK);
		CHECK_EQ(caller_log[cfg][k][5], ERR_OK);
	}
	return 0;
}

static int reg_calls(void)
{
	unsigned long n[NCFG];

	CHECK_EQ(ipc_begin(), 0);
	/* cfg: 0 fast, server first; 1 fast, caller first; 2 and 3 slow;
	 * 4 fast and 5 slow, server first and of higher priority. */
	for (unsigned cfg = 0; cfg < 4; cfg++)
		CHECK_EQ(reg_run(cfg, cfg < 2, cfg % 2, 0, &n[cfg]), 0);
	CHECK_EQ(reg_run(4, 1, 0, 1, &n[4]), 0);
	CHECK_EQ(reg_run(5, 0, 0, 1, &n[5]), 0);
	printf("    fast path completions: %lu, %lu, %lu (on); %lu, %lu, %lu (off)\n",
	       n[0], n[1], n[4], n[2], n[3], n[5]);
	/* Server waiting first, fast path on: every call and every reply-and-
	 * receive but the last (nobody to wait for) can take it. */
	CHECK(n[0] >= NCALLS);
	CHECK(n[1] > 0);
	CHECK_EQ(n[2], 0);
	CHECK_EQ(n[3], 0);
	/* A server above the caller: each call switches straight to it (the
	 * replies go down in priority and take the general path). */
	CHECK(n[4] >= NCALLS);
	CHECK_EQ(n[5], 0);
	/* Identical results whichever path ran. */
	for (unsigned k = 0; k < NCALLS; k++)
		for (unsigned i = 0; i < LOG_WORDS; i++) {
			CHECK_EQ(server_log[0][k][i], server_log[2][k][i]);
			CHECK_EQ(caller_log[0][k][i], caller_log[2][k][i]);
			CHECK_EQ(server_log[1][k][i], server_log[3][k][i]);
			CHECK_EQ(caller_log[1][k][i], caller_log[3][k][i]);
			CHECK_EQ(server_log[4][k][i], server_log[5][k][i]);
			CHECK_EQ(caller_log[4][k][i], caller_log[5][k][i]);
		}
	return 0;
}

UTEST(ipc_reg_calls_fast_and_slow)
{
	int bad = reg_calls();

	sysctl_fastpath(R_SYSCTL, 1);
	return bad;
}

/*
 * Bad queue capabilities: the same error, and the same result registers,
 * with the fast path on and off. None of these calls can block.
 */
static int reg_errors(void)
{
	unsigned long q, qr, qw, f, empty, out[2][4], badge[2];
	long err[2];
	const unsigned long in[4] = { 1, 2, 3, 4 };
	struct { unsigned long nr, cap; long want; } cases[] = {
		{ SYS_CALL, 0, ERR_SLOT_EMPTY },
		{ SYS_CALL, 0, ERR_WRONG_TYPE },
		{ SYS_CALL, 0, ERR_RIGHTS },            /* R only: calling needs W */
		{ SYS_RECV, 0, ERR_RIGHTS },            /* W only: receiving needs R */
		{ SYS_REPLY_RECV, 0, ERR_RIGHTS },
		{ SYS_RECV, 0, ERR_WRONG_TYPE },
		{ SYS_CALL, -64UL, ERR_CADDR_KERNEL },
		{ SYS_CALL, 0, ERR_CADDR_ALIGN },
		{ SYS_REPLY_RECV, 0, ERR_NO_TABLE },
		{ SYS_CALL, 0, ERR_NO_TABLE },
	};

	CHECK_EQ(ipc_begin(), 0);
	CHECK(q = ipc_new(OBJ_QUEUE, 0));
	CHECK(qr = ipc_copy(q, CAP_R));
	CHECK(qw = ipc_copy(q, CAP_W));
	CHECK(empty = ipc_slot());
	CHECK(ipc_page(&f));
	cases[0].cap = empty;
	cases[1].cap = f;
	cases[2].cap = qr;
	cases[3].cap = qw;
	cases[4].cap = qw;
	cases[5].cap = T_ACT;
	cases[7].cap = qr + 8;
	cases[8].cap = 100UL << 30;             /* no level-1 table there */
	cases[9].cap = DATA_VA(IPC_REGION) + 0x200000;   /* no level-0 table */
	for (unsigned k = 0; k < sizeof(cases) / sizeof(cases[0]); k++) {
		for (unsigned fast = 0; fast < 2; fast++) {
			CHECK_EQ(sysctl_fastpath(R_SYSCTL, fast), ERR_OK);
			for (unsigned i = 0; i < 4; i++)
				out[fast][i] = 0xdead;
			badge[fast] = 0xdead;
			err[fast] = sys_reg_ipc(cases[k].nr, cases[k].cap, in, out[fast], &badge[fast]);
		}
		CHECK_EQ(sysctl_fastpath(R_SYSCTL, 1), ERR_OK);
		if (err[0] != cases[k].want)
			printf("    case %u\n", k);
		CHECK_EQ(err[0], cases[k].want);
		CHECK_EQ(err[1], cases[k].want);
		for (unsigned i = 0; i < 4; i++)
			CHECK_EQ(out[0][i], out[1][i]);
		CHECK_EQ(badge[0], badge[1]);
	}
	/* The lookup level of ERR_NO_TABLE comes back in a1. */
	CHECK_EQ(out[0][0], 1);
	return 0;
}

UTEST(ipc_reg_errors_fast_and_slow)
{
	int bad = reg_errors();

	sysctl_fastpath(R_SYSCTL, 1);
	return bad;
}

/*
 * The fast path keeps each thread's last capability lookup while no slot
 * anywhere has been emptied. Whatever happens to the slot the root calls
 * through (replaced by a capability to another queue, deleted, refilled
 * with fewer rights, moved away), the next call must see it: the answer
 * comes from the other server, or the error is the general path's. So
 * must a change of the path to the slot (another capability page where
 * the slot's was, or none).
 */
static void id_server(struct child *c)
{
	unsigned long w[4], reply[4], badge = 0;
	long err = sys_recv4(c->arg[1], w, &badge);

	while (err == ERR_OK) {
		for (unsigned i = 0; i < 4; i++)
			reply[i] = w[i] + 1000 * c->arg[2];
		err = sys_reply_recv4(c->arg[1], reply, w, &badge);
	}
	c->res[0] = err;
}

/* Call through x: the server's id from the reply, or the error negated. */
static long call_id(unsigned long x, unsigned long word)
{
	unsigned long in[4] = { word, 0, 0, 0 }, out[4] = { 0 };
	long err = sys_call4(x, in, out);

	return err ? -err : (long)((out[0] - word) / 1000);
}

/* Two level-0 tables, each with a capability page in entry 0, taking
 * turns in entry 1 of the root's level-1 table R_CAPS1 (entry 0 holds
 * R_CAPS0), so the address below resolves through one and then the other. */
#define PATH_L1_INDEX 1
#define PATH_ADDR     caddr_slot(ROOT_CAPPAGE + PATH_L1_INDEX * (PAGE_BYTES << 9), 3)

static int path_table_replaced(unsigned long q1, unsigned long q2)
{
	unsigned long l0[2], cp[2];

	for (unsigned i = 0; i < 2; i++) {
		CHECK(l0[i] = ipc_slot());
		CHECK(cp[i] = ipc_slot());
		CHECK_EQ(activity_create(T_ACT, OBJ_PAGETABLE, l0[i], 0), ERR_OK);
		CHECK_EQ(activity_create(T_ACT, OBJ_CAPPAGE, cp[i], 0), ERR_OK);
		CHECK_EQ(pt_set(l0[i], 0, cp[i], CAP_ALL), ERR_OK);
	}
	CHECK_EQ(pt_set(R_CAPS1, PATH_L1_INDEX, l0[0], CAP_ALL), ERR_OK);
	CHECK_EQ(sys_cap_copy(q1, 0, PATH_ADDR, CAP_W), ERR_OK);
	CHECK_EQ(call_id(PATH_ADDR, 22), 1);
	CHECK_EQ(call_id(PATH_ADDR, 23), 1);
	CHECK_EQ(pt_clear(R_CAPS1, PATH_L1_INDEX), ERR_OK);
	CHECK_EQ(pt_set(R_CAPS1, PATH_L1_INDEX, l0[1], CAP_ALL), ERR_OK);
	CHECK_EQ(sys_cap_copy(q2, 0, PATH_ADDR, CAP_W), ERR_OK);
	CHECK_EQ(call_id(PATH_ADDR, 24), 2);
	CHECK_EQ(call_id(PATH_ADDR, 25), 2);
	CHECK_EQ(pt_clear(R_CAPS1, PATH_L1_INDEX), ERR_OK);
	CHECK_EQ(call_id(PATH_ADDR, 26), -ERR_NO_TABLE);
	return 0;
}

static int lookup_follows(void)
{
	struct child *s1, *s2;
	unsigned long q1, q2, x, y, z, cpa, cpb, f0;
	long err;

	CHECK_EQ(ipc_begin(), 0);
	CHECK_EQ(sysctl_fastpath(R_SYSCTL, 1), ERR_OK);
	CHECK(q1 = ipc_new(OBJ_QUEUE, 0));
	CHECK(q2 = ipc_new(OBJ_QUEUE, 0));
	CHECK(s1 = spawn(0, T_ACT, SPAWN_SELF));
	CHECK(s2 = spawn(1, T_ACT, SPAWN_SELF));
	CHECK_EQ(sys_cap_copy(q1, 0, VSLOT(s1, 8), CAP_R), ERR_OK);
	CHECK_EQ(sys_cap_copy(q2, 0, VSLOT(s2, 8), CAP_R), ERR_OK);
	s1->arg[1] = s2->arg[1] = CSLOT(8);
	s1->arg[2] = 1;
	s2->arg[2] = 2;
	CHECK_EQ(child_run(s1, id_server), ERR_OK);
	CHECK_EQ(child_run(s2, id_server), ERR_OK);
	CHECK(child_wait_state(s1, THREAD_BLOCKED));
	CHECK(child_wait_state(s2, THREAD_BLOCKED));
	CHECK(x = ipc_copy(q1, CAP_W));
	CHECK(y = ipc_slot());
	/* Twice through one slot: the second call finds the first's lookup. */
	f0 = kcount(KCOUNT_FASTPATH);
	CHECK_EQ(call_id(x, 7), 1);
	CHECK_EQ(call_id(x, 8), 1);
	CHECK(kcount(KCOUNT_FASTPATH) - f0 >= 2);
	/* The slot now names the other queue. */
	CHECK_EQ(sys_cap_delete(x), ERR_OK);
	CHECK_EQ(sys_cap_copy(q2, 0, x, CAP_W), ERR_OK);
	CHECK_EQ(call_id(x, 9), 2);
	/* Empty, then fewer rights, then the first queue again. */
	CHECK_EQ(sys_cap_delete(x), ERR_OK);
	CHECK_EQ(call_id(x, 10), -ERR_SLOT_EMPTY);
	CHECK_EQ(sys_cap_copy(q1, 0, x, CAP_R), ERR_OK);
	CHECK_EQ(call_id(x, 11), -ERR_RIGHTS);
	CHECK_EQ(sys_cap_delete(x), ERR_OK);
	CHECK_EQ(sys_cap_copy(q1, 0, x, CAP_W), ERR_OK);
	CHECK_EQ(call_id(x, 12), 1);
	/* Moved away: the old address is empty, the new one works. */
	CHECK_EQ(sys_cap_move(x, 0, y), ERR_OK);
	CHECK_EQ(call_id(x, 13), -ERR_SLOT_EMPTY);
	CHECK_EQ(call_id(y, 14), 1);
	CHECK_EQ(call_id(y, 15), 1);
	/* The path changes, not the slot: another capability page is put
	 * where the one holding the slot was, then destroyed. */
	CHECK(cpa = ipc_slot());
	CHECK(cpb = ipc_slot());
	CHECK_EQ(activity_create(T_ACT, OBJ_CAPPAGE, cpa, 0), ERR_OK);
	CHECK_EQ(activity_create(T_ACT, OBJ_CAPPAGE, cpb, 0), ERR_OK);
	CHECK_EQ(pt_set(R_CAPS0, CAPS0_FREE_FIRST, cpa, CAP_ALL), ERR_OK);
	z = ipc_root_caps(0, 5);
	CHECK_EQ(sys_cap_copy(q1, 0, z, CAP_W), ERR_OK);
	CHECK_EQ(call_id(z, 17), 1);
	CHECK_EQ(call_id(z, 18), 1);
	CHECK_EQ(pt_clear(R_CAPS0, CAPS0_FREE_FIRST), ERR_OK);
	CHECK_EQ(pt_set(R_CAPS0, CAPS0_FREE_FIRST, cpb, CAP_ALL), ERR_OK);
	CHECK_EQ(sys_cap_copy(q2, 0, z, CAP_W), ERR_OK);
	CHECK_EQ(call_id(z, 19), 2);
	CHECK_EQ(call_id(z, 20), 2);
	/* A level-0 table on the path is replaced by another, whose
	 * capability page holds the other queue at the same address. */
	CHECK_EQ(path_table_replaced(q1, q2), 0);
	CHECK_EQ(activity_destroy(T_ACT, cpb), ERR_OK);
	err = call_id(z, 21);
	CHECK_EQ(sysctl_fastpath(R_SYSCTL, 0), ERR_OK);
	CHECK_EQ(call_id(z, 21), err);
	CHECK_EQ(sysctl_fastpath(R_SYSCTL, 1), ERR_OK);
	CHECK(err < 0);
	/* Both paths start from the kept lookup (ipc/regipc.c:queue_at): a
	 * lookup that keeps none says the same. */
	CHECK_EQ(err, -sys_cap_info(z, NULL, NULL, NULL));
	/* (Destroying the page took its entry out too.) */
	CHECK_EQ(pt_clear(R_CAPS0, CAPS0_FREE_FIRST), ERR_SLOT_EMPTY);
	/* The queue destroyed under a kept lookup: the call fails as the
	 * general path says, and the server is told. */
	CHECK_EQ(activity_destroy(T_ACT, q1), ERR_OK);
	CHECK_EQ(call_id(y, 16), -ERR_SLOT_EMPTY);
	CHECK(child_wait_done(s1));
	CHECK_EQ(s1->res[0], ERR_DEAD);
	CHECK_EQ(thread_stop(s2->thread), ERR_OK);
	return 0;
}

UTEST(ipc_reg_lookup_follows_slot_changes)
{
	int bad = lookup_follows();

	sysctl_fastpath(R_SYSCTL, 1);
	return bad;
}

/*
 * A queue that starts dying while a caller's capability to it remains: a
 * destroy cut in its revoke (SYSCTL_PREEMPT_EVERY 1) leaves the queue dying
 * and the caller's capability in place for a while. The caller, whose
 * lookup is kept from its earlier calls, must get the general path's
 * ERR_DEAD, not the server still waiting on the queue. The caller's
 * capability has DYING_EXTRA copies derived from it, which the revoke
 * deletes first (leaves first), so it outlives several cuts, and the
 * caller (of the root's priority) gets a turn at each.
 */
#define DYING_EXTRA 48

static void dying_caller(struct child *c)
{
	long r;

	do {
		r = call_id(c->arg[1], 1);
		c->res[1]++;
		sys_yield();
	} while (r == (long)c->arg[2]);
	c->res[0] = r;
}

static int lookup_sees_dying(void)
{
	struct child *s, *c;
	unsigned long q;

	CHECK_EQ(ipc_begin(), 0);
	CHECK_EQ(sysctl_fastpath(R_SYSCTL, 1), ERR_OK);
	CHECK(q = ipc_new(OBJ_QUEUE, 0));
	CHECK(s = spawn(0, T_ACT, SPAWN_SELF));
	CHECK(c = spawn(1, T_ACT, SPAWN_SELF));
	CHECK_EQ(sys_cap_copy(q, 0, VSLOT(s, C_FREE), CAP_R), ERR_OK);
	CHECK_EQ(sys_cap_copy(q, 0, VSLOT(c, C_FREE), CAP_W), ERR_OK);
	for (unsigned i = 0; i < DYING_EXTRA; i++)
		CHECK_EQ(sys_cap_copy(VSLOT(c, C_FREE), 0, VSLOT(c, C_FREE + 1 + i), CAP_W),
			 ERR_OK);
	s->arg[1] = c->arg[1] = CSLOT(C_FREE);
	s->arg[2] = c->arg[2] = 3;
	CHECK_EQ(child_run(s, id_server), ERR_OK);
	CHECK(child_wait_state(s, THREAD_BLOCKED));
	CHECK_EQ(child_run(c, dying_caller), ERR_OK);
	for (unsigned i = 0; i < 1000 && c->res[1] < 3; i++)
		sys_yield();
	CHECK(c->res[1] >= 3);
	CHECK(!c->done);
	CHECK_EQ(sysctl_preempt_every(R_SYSCTL, 1), ERR_OK);
	CHECK_EQ(activity_destroy(T_ACT, q), ERR_OK);
	CHECK_EQ(sysctl_preempt_every(R_SYSCTL, 0), ERR_OK);
	CHECK(child_wait_done(c));
	CHECK_EQ(c->res[0], -ERR_DEAD);
	CHECK(child_wait_done(s));
	CHECK_EQ(s->res[0], ERR_DEAD);
	return 0;
}

UTEST(ipc_reg_lookup_sees_dying_queue)
{
	int bad = lookup_sees_dying();

	sysctl_preempt_every(R_SYSCTL, 0);
	sysctl_fastpath(R_SYSCTL, 1);
	return bad;
}

UTEST(ipc_reg_sleep_and_sysctl_args)
{
	CHECK_EQ(sys_sleep(0), ERR_BAD_ARG);
	CHECK_EQ(sys_sleep(1), ERR_OK);
	CHECK_EQ(sysctl_fastpath(R_SYSCTL, 2), ERR_BAD_ARG);
	/* Shorter than 10 us is refused, whatever the timebase. */
	CHECK_EQ(sysctl_tick(R_SYSCTL, tick_us(10) - 1), ERR_BAD_ARG);
	CHECK_EQ(sysctl_tick(R_SYSCTL, 1), ERR_BAD_ARG);
	CHECK_EQ(sysctl_tick(R_SYSCTL, 0), ERR_OK);
	return 0;
}
