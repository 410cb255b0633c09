/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * Lab 06 (labs/06-short-path/README.md): the key-value server in a thread
 * of its own space, the root task its client. lab06_kv_works checks what
 * the answers are (the starter passes it); lab06_kv_short measures a
 * kv_get round trip and a bare register round trip (SYS_CALL to a server
 * that answers at once) in the same boot, under -icount, and wants the
 * first within KV_BOUND_PERCENT of the second. Both figures are printed
 * as "bench:" lines: scripts/bench --lab shows them as a table.
 */
#include "ipc_util.h"
#include "kv.h"

#define KV_BOUND_PERCENT 125
#define RUNS 101

#define SRV_Q     8
#define SRV_MSG   9
#define SRV_RMSG  10
#define SRV_RSLOT 11

static struct kv_server server;
static struct kv_client client;

static void kv_child(struct child *c)
{
	c->res[0] = kv_serve(&server);
}

/* Answer every register call at once, until the queue goes. */
static void null_child(struct child *c)
{
	unsigned long w[4], badge;
	long err = sys_recv4(c->arg[1], w, &badge);

	while (err == ERR_OK)
		err = sys_reply_recv4(c->arg[1], w, w, &badge);
}

/* The server (child 0) on a queue in *q, with everything struct kv_server
 * names, and the root task's struct kv_client. */
static int kv_start(unsigned long *q, struct child **srv)
{
	struct ipc_msg t, ans, m, rm;
	struct child *c;
	unsigned long reply;

	CHECK_EQ(ipc_begin(), 0);
	CHECK(*q = ipc_new(OBJ_QUEUE, 0));
	CHECK(reply = ipc_new(OBJ_REPLY, 0));
	CHECK((c = spawn(0, T_ACT, 0)));
	CHECK_EQ(sys_cap_copy(*q, 0, VSLOT(c, SRV_Q), CAP_R), ERR_OK);
	CHECK_EQ(ipc_msg_make(&t, c->space, 0), ERR_OK);
	CHECK_EQ(ipc_msg_give(&t, c, SRV_MSG, 0), ERR_OK);
	CHECK_EQ(ipc_msg_make(&ans, c->space, 0), ERR_OK);
	CHECK_EQ(ipc_msg_give(&ans, c, SRV_RMSG, 1), ERR_OK);
	server = (struct kv_server){
		.queue = CSLOT(SRV_Q), .msg = CSLOT(SRV_MSG), .hdr = (void *)t.va,
		.reply_msg = CSLOT(SRV_RMSG), .reply_hdr = (void *)ans.va,
		.reply_slot = CSLOT(SRV_RSLOT),
	};
	CHECK_EQ(ipc_msg_make(&m, R_SPACE, 0), ERR_OK);
	CHECK_EQ(ipc_msg_make(&rm, R_SPACE, 0), ERR_OK);
	client = (struct kv_client){
		.queue = *q, .act = T_ACT, .msg = m.msg, .hdr = m.hdr,
		.reply_msg = rm.msg, .reply_hdr = rm.hdr, .reply = reply,
	};
	CHECK_EQ(child_run(c, kv_child), ERR_OK);
	*srv = c;
	return 0;
}

/* Destroying the queue ends the server: it returns what it served. */
static int kv_stop(unsigned long q, struct child *srv, unsigned long calls)
{
	CHECK_EQ(activity_destroy(T_ACT, q), ERR_OK);
	CHECK(child_wait_done(srv));
	CHECK_EQ(srv->res[0], calls);
	return 0;
}

UTEST(lab06_kv_works)
{
	static unsigned long model[KV_KEYS];
	unsigned long q, seed = 0x1ab06, v, calls = 0;
	struct child *srv;

	CHECK_EQ(kv_start(&q, &srv), 0);
	for (unsigned i = 0; i < 400; i++) {
		unsigned long key = xorshift64(&seed) % KV_KEYS, val = xorshift64(&seed);
		v = ~val;
		if (i % 3) {
			CHECK_EQ(kv_put(&client, key, val, &v), 0);
			CHECK_EQ(v, model[key]);
			model[key] = val;
		} else {
			CHECK_EQ(kv_get(&client, key, &v), 0);
			CHECK_EQ(v, model[key]);
		}
		calls++;
	}
	CHECK_EQ(kv_get(&client, KV_KEYS, &v), -KV_ENOKEY);
	CHECK_EQ(kv_put(&client, ~0UL, 1, &v), -KV_ENOKEY);
	calls += 2;
	CHECK_EQ(kv_stop(q, srv, calls), 0);
	return 0;
}

/* Sorted samples v[RUNS] as a "bench:" line; the median. */
static unsigned long report(const char *what, unsigned long *v)
{
	sort_samples(v, RUNS);
	printf("bench: %s | instructions %lu | min %lu | max %lu | cycles -\n", what,
	       v[RUNS / 2], v[0], v[RUNS - 1]);
	return v[RUNS / 2];
}

UTEST(lab06_kv_short)
{
	static unsigned long v[RUNS];
	unsigned long q, q2, ref, kv, fp0, fp1, val = 0, calls = 0;
	unsigned long in[4] = { 1, 2, 3, 4 }, out[4];
	struct child *srv, *null;

	if (!instret_exact()) {
		printf("    lab 06: instret follows host time here: run it under -icount"
		       " (scripts/lab 06, scripts/bench --lab)\n");
		return 1;
	}
	CHECK_EQ(kv_start(&q, &srv), 0);
	CHECK(q2 = ipc_new(OBJ_QUEUE, 0));
	CHECK((null = spawn(1, T_ACT, 0)));
	CHECK_EQ(sys_cap_copy(q2, 0, VSLOT(null, SRV_Q), CAP_R), ERR_OK);
	null->arg[1] = CSLOT(SRV_Q);
	CHECK_EQ(child_run(null, null_child), ERR_OK);
	CHECK_EQ(kv_put(&client, 7, 0x77, NULL), 0);
	calls++;
	/* Warm up both paths, then measure: the bare round trip first. */
	for (unsigned i = 0; i < 4; i++) {
		CHECK_EQ(sys_call4(q2, in, out), ERR_OK);
		CHECK_EQ(kv_get(&client, 7, &val), 0);
		calls++;
	}
	for (unsigned i = 0; i < RUNS; i++) {
		unsigned long t0 = rdinstret();
		long err = sys_call4(q2, in, out);
		v[i] = rdinstret() - t0;
		CHECK_EQ(err, ERR_OK);
	}
	ref = report("lab06 register round trip (the bound's base)", v);
	fp0 = kcount(KCOUNT_FASTPATH);
	for (unsigned i = 0; i < RUNS; i++) {
		unsigned long t0 = rdinstret();
		long err = kv_get(&client, 7, &val);
		v[i] = rdinstret() - t0;
		CHECK_EQ(err, 0);
		CHECK_EQ(val, 0x77);
		calls++;
	}
	fp1 = kcount(KCOUNT_FASTPATH);
	kv = report("lab06 kv_get round trip", v);
	printf("    lab 06: kv_get %lu instructions, bound %lu (%u%% of %lu);"
	       " %lu register fast-path switches in %u calls\n",
	       kv, ref * KV_BOUND_PERCENT / 100, KV_BOUND_PERCENT, ref, fp1 - fp0, RUNS);
	CHECK_EQ(activity_destroy(T_ACT, q2), ERR_OK);
	CHECK_EQ(kv_stop(q, srv, calls), 0);
	CHECK(kv <= ref * KV_BOUND_PERCENT / 100);
	return 0;
}
