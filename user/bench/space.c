/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * Threads in address spaces of their own, after test/root/spawn.c: every
 * benchmark partner runs in a space separate from the root task's, so each
 * round trip pays for the switch of satp a real server would.
 */
#include <stddef.h>
#include <stdio.h>
#include "bench.h"

#define WAIT_YIELDS 1000

_Static_assert(offsetof(struct child, tp) == 0, "child_entry loads tp from offset 0");

struct child children[CHILD_MAX];
static char tls_pool[CHILD_MAX][CHILD_TLS_AREA] __attribute__((aligned(64)));

/* Called by child_entry (user/lib/child_entry.c). */
void child_main(struct child *c) __attribute__((noreturn, used));

void child_main(struct child *c)
{
	c->fn(c);
	thread_stop(C(C_SELF));
	for (;;)
		sys_yield();
}

/* A page table of level in dst, installed at parent[index]. */
static long new_table(unsigned long dst, unsigned level, unsigned long parent, unsigned index)
{
	long err = activity_create(R_ACT, OBJ_PAGETABLE, dst, level);

	return err ? err : pt_set(parent, index, dst, CAP_ALL);
}

/* A new object of type in dst, installed at l0[index] with rights. */
static long new_leaf(unsigned long type, unsigned long dst, unsigned long l0, unsigned index,
		     unsigned long rights)
{
	long err = activity_create(R_ACT, type, dst, 0);

	return err ? err : pt_set(l0, index, dst, rights);
}

static long build(struct child *c, unsigned id, unsigned prio)
{
	long err;

	if (ulib_tls_size() > CHILD_TLS_AREA)
		return ERR_BAD_ARG;
	*c = (struct child){ .id = id };
	c->view = CAPPAGE_AT(16 + id);
	c->ctl = CAPPAGE_AT(32 + id);
	c->tp = (unsigned long)ulib_tls_init(tls_pool[id]);

	/* The control page: seen by the root only. */
	if ((err = new_leaf(OBJ_CAPPAGE, B(32 + id), R_CAPS0, 32 + id, CAP_ALL)))
		return err;
	/* The space: the shared image, then stack and capability page. */
	if ((err = activity_create(R_ACT, OBJ_PAGETABLE, CTL(c, CTL_SPACE), 2)))
		return err;
	if ((err = pt_set(CTL(c, CTL_SPACE), 0, R_IMAGE, CAP_ALL)))
		return err;
	if ((err = new_table(CTL(c, CTL_L1), 1, CTL(c, CTL_SPACE), CHILD_VPN2)))
		return err;
	if ((err = new_table(CTL(c, CTL_L0), 0, CTL(c, CTL_L1), 0)))
		return err;
	for (unsigned i = 0; i < CHILD_STACK_PAGES; i++)
		if ((err = new_leaf(OBJ_FRAME, CTL(c, CTL_STACK + i), CTL(c, CTL_L0), i,
				    CAP_R | CAP_W)))
			return err;
	if ((err = new_leaf(OBJ_CAPPAGE, CTL(c, CTL_CAPS), CTL(c, CTL_L0), CHILD_CAPS_INDEX,
			    CAP_ALL)))
		return err;
	/* The root sees the child's capability page too, to fill it. */
	if ((err = pt_set(R_CAPS0, 16 + id, CTL(c, CTL_CAPS), CAP_ALL)))
		return err;
	if ((err = sys_cap_copy(CTL(c, CTL_CAPS), 0, VSLOT(c, C_CAPS), CAP_ALL)))
		return err;
	/* The thread. */
	if ((err = activity_create(R_ACT, OBJ_THREAD, CTL(c, CTL_THREAD), 0)))
		return err;
	if ((err = thread_set_space(CTL(c, CTL_THREAD), CTL(c, CTL_SPACE))))
		return err;
	if ((err = thread_set_prio(CTL(c, CTL_THREAD), prio, prio)))
		return err;
	return sys_cap_copy(CTL(c, CTL_THREAD), 0, VSLOT(c, C_SELF), CAP_ALL);
}

struct child *child_build(unsigned id, unsigned prio)
{
	long err = id < CHILD_MAX ? build(&children[id], id, prio) : ERR_BAD_ARG;

	if (err) {
		printf("bench-note: building child %u: error %ld\n", id, err);
		return NULL;
	}
	return &children[id];
}

long child_map_data(struct child *c, unsigned i)
{
	return new_leaf(OBJ_FRAME, CTL(c, CTL_DATA + i), CTL(c, CTL_L0), CHILD_DATA_INDEX + i,
			CAP_R | CAP_W);
}

long child_add_recv_pages(struct child *c)
{
	long err = 0;

	for (unsigned k = 0; k < CHILD_RECV_PAGES && !err; k++)
		err = new_leaf(OBJ_CAPPAGE, CTL(c, CTL_RECV + k), CTL(c, CTL_L0),
			       CHILD_RECV_INDEX + k, CAP_ALL);
	return err;
}

long child_run(struct child *c, void (*fn)(struct child *))
{
	c->fn = fn;
	return child_run_at(c, (unsigned long)child_entry, (unsigned long)c);
}

long child_run_at(struct child *c, unsigned long pc, unsigned long arg)
{
	long err = thread_set_regs(CTL(c, CTL_THREAD), pc, CHILD_STACK_TOP, arg);

	return err ? err : thread_start(CTL(c, CTL_THREAD));
}

int child_wait_state(struct child *c, unsigned long state)
{
	unsigned long s = ~0UL;

	for (unsigned i = 0; i < WAIT_YIELDS; i++) {
		if (thread_info(CTL(c, CTL_THREAD), &s, NULL) == ERR_OK && s == state)
			return 1;
		sys_yield();
	}
	return 0;
}
