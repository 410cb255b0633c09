/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * Lab 03 (labs/03-pingpong/README.md): the ping-pong server runs in a
 * thread of its own address space; the root task calls it through queue
 * capabilities minted with different badges and keeps its own tally of
 * what each answer must be.
 */
#include "spawn.h"
#include "pingpong.h"

#define QSLOT_SERVER 8

static void server(struct child *c)
{
	c->res[0] = pp_serve(CSLOT(QSLOT_SERVER));
}

/* A server child on a fresh queue (in S(1)); clients minted from it with
 * badges 1, 2 and PP_MAX_CLIENTS + 1 in S(2)..S(4). */
static struct child *start_server(void)
{
	struct child *c = spawn(0, T_ACT, 0);

	if (!c || activity_create(T_ACT, OBJ_QUEUE, S(1), 0) ||
	    sys_cap_copy(S(1), 0, VSLOT(c, QSLOT_SERVER), CAP_R) ||
	    sys_cap_mint(S(1), 0, S(2), CAP_W, 1) || sys_cap_mint(S(1), 0, S(3), CAP_W, 2) ||
	    sys_cap_mint(S(1), 0, S(4), CAP_W, PP_MAX_CLIENTS + 1) ||
	    child_run(c, server))
		return 0;
	return c;
}

/* The server's own count, asked through client, is every call made
 * before it and this one; then destroying the queue ends the server's
 * wait, and it returns the same count. */
static int count_then_stop(struct child *c, unsigned long client, unsigned long calls)
{
	unsigned long served = 0;

	CHECK_EQ(pp_count(client, &served), 0);
	CHECK_EQ(served, calls + 1);
	CHECK_EQ(activity_destroy(T_ACT, S(1)), ERR_OK);
	CHECK(child_wait_done(c));
	CHECK_EQ(c->res[0], calls + 1);
	return 0;
}

UTEST(lab03_ping)
{
	unsigned long seed = 0x1ab03, x, y, calls = 0;
	struct child *c;

	CHECK((c = start_server()));
	for (unsigned i = 0; i < 500; i++) {
		x = xorshift64(&seed);
		y = x;
		CHECK_EQ(pp_ping(S(2 + i % 3), x, &y), 0);
		CHECK_EQ(y, x + 1);
		calls++;
	}
	/* Totals too (each server starts its own at 0: see the next case). */
	for (unsigned long i = 1, sum = 0; i <= 3; i++) {
		CHECK_EQ(pp_add(S(2), 7, &y), 0);
		CHECK_EQ(y, sum += 7);
		calls++;
	}
	return count_then_stop(c, S(2), calls);
}

UTEST(lab03_totals_per_badge)
{
	unsigned long seed = 0x1ab033, total[2] = { 0, 0 }, got, calls = 0;
	unsigned long in[4] = { 0 }, out[4];
	struct child *c;

	CHECK((c = start_server()));
	for (unsigned i = 0; i < 300; i++) {
		unsigned k = xorshift64(&seed) & 1;
		unsigned long x = xorshift64(&seed) % 1000;
		total[k] += x;
		CHECK_EQ(pp_add(S(2 + k), x, &got), 0);
		CHECK_EQ(got, total[k]);
		calls++;
	}
	/* A badge out of range has no total; an unknown operation is refused;
	 * both are served (and counted) all the same. */
	CHECK_EQ(pp_add(S(4), 5, &got), -PP_EINVAL);
	in[0] = PP_COUNT + 7;
	CHECK_EQ(sys_call4(S(2), in, out), ERR_OK);
	CHECK_EQ(out[0], PP_EINVAL);
	calls += 2;
	CHECK_EQ(pp_add(S(2), 0, &got), 0);
	CHECK_EQ(got, total[0]);
	calls++;
	return count_then_stop(c, S(4), calls);
}
