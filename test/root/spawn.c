/* SPDX-License-Identifier: BSD-2-Clause */
/* Threads in spaces of their own (spawn.h), and fault stubs. */
#include <stddef.h>
#include <stdio.h>
#include "spawn.h"

#define WAIT_YIELDS 400

_Static_assert(offsetof(struct child, tp) == 0, "child_entry loads tp from offset 0");

static char tls_pool[CHILD_MAX][CHILD_TLS_AREA] __attribute__((aligned(64)));

/* Called by child_entry (user/lib/child_entry.c). */
void child_main(struct child *c) __attribute__((noreturn, used));

void child_main(struct child *c)
{
	c->fn(c);
	__atomic_store_n(&c->done, 1, __ATOMIC_SEQ_CST);
	thread_stop(CSLOT(C_SELF));
	for (;;)   /* no capability to itself: the root stops it */
		sys_yield();
}

/*
 * Fault stubs: uncompressed, so each instruction is 4 bytes and the pc of
 * a fault is known. An instruction that did not fault is followed by an
 * ebreak (FAULT_BREAKPOINT at the next pc).
 */
__asm__(".text\n"
	".option push\n"
	".option norvc\n"
	".p2align 2\n"
	".globl stub_load\n"
	"stub_load:	ld a1, 0(a0)\n"
	"	ebreak\n"
	".globl stub_store\n"
	"stub_store:	sd a0, 0(a0)\n"
	"	ebreak\n"
	".globl stub_jump\n"
	"stub_jump:	jr a0\n"
	".globl stub_amo\n"
	"stub_amo:	amoadd.w zero, zero, (a0)\n"
	"	ebreak\n"
	".globl stub_illegal\n"
	"stub_illegal:	.word 0\n"
	".globl stub_ebreak\n"
	"stub_ebreak:	ebreak\n"
	/* a0 = where to store a0..a1 after an unknown system call */
	".globl stub_ecall_bad\n"
	"stub_ecall_bad:	mv t1, a0\n"
	"	li a7, 9999\n"
	"	li a0, 0x1234\n"
	"	ecall\n"
	"	sd a0, 0(t1)\n"
	"	sd a7, 8(t1)\n"
	".globl stub_ecall_bad_ebreak\n"
	"stub_ecall_bad_ebreak:	ebreak\n"
	".globl stub_spin\n"
	"stub_spin:	j stub_spin\n"
	".option pop\n");

struct child children[CHILD_MAX];

static long build(struct child *c, unsigned id, unsigned long act, unsigned flags)
{
	long err;

	if (ulib_tls_size() > CHILD_TLS_AREA)
		return ERR_BAD_ARG;
	*c = (struct child){ .id = id };
	c->view = CAPPAGE_AT(16 + id);
	c->ctl = CAPPAGE_AT(32 + id);
	c->thread = CTL(c, CTL_THREAD);
	c->space = CTL(c, CTL_SPACE);
	c->l0 = CTL(c, CTL_L0);
	c->tp = (unsigned long)ulib_tls_init(tls_pool[id]);

	if ((err = new_cappage(act, R_CAPS0, 32 + id, c->ctl)))
		return err;
	/* The space: image, stack, capability page. */
	if ((err = activity_create(act, OBJ_PAGETABLE, c->space, 2)))
		return err;
	if ((err = pt_set(c->space, 0, R_IMAGE, CAP_ALL)))
		return err;
	if ((err = new_table(act, CTL(c, CTL_L1), 1, c->space, CHILD_VPN2)))
		return err;
	if ((err = new_table(act, c->l0, 0, CTL(c, CTL_L1), 0)))
		return err;
	for (unsigned i = 0; i < CHILD_STACK_PAGES; i++)
		if ((err = map_new_frame(act, CTL(c, CTL_STACK + i), c->l0, i, CAP_R | CAP_W)))
			return err;
	if ((err = activity_create(act, OBJ_CAPPAGE, CTL(c, CTL_CAPS), 0)))
		return err;
	if ((err = pt_set(c->l0, CHILD_CAPS_INDEX, CTL(c, CTL_CAPS), CAP_ALL)))
		return err;
	if ((err = pt_set(R_CAPS0, 16 + id, CTL(c, CTL_CAPS), CAP_ALL)))
		return err;
	if ((err = sys_cap_copy(CTL(c, CTL_CAPS), 0, VSLOT(c, C_CAPS), CAP_ALL)))
		return err;
	/* The thread. */
	if ((err = activity_create(act, OBJ_THREAD, c->thread, 0)))
		return err;
	if ((err = thread_set_space(c->thread, c->space)))
		return err;
	if ((err = thread_set_prio(c->thread, CHILD_PRIO, CHILD_PRIO)))
		return err;
	if ((flags & SPAWN_SELF) &&
	    (err = sys_cap_copy(c->thread, 0, VSLOT(c, C_SELF), CAP_ALL)))
		return err;
	if ((flags & SPAWN_SPACE) &&
	    (err = sys_cap_copy(c->space, 0, VSLOT(c, C_SPACE), CAP_ALL)))
		return err;
	return ERR_OK;
}

struct child *spawn(unsigned id, unsigned long act, unsigned flags)
{
	long err = id < CHILD_MAX ? build(&children[id], id, act, flags) : ERR_BAD_ARG;

	if (err) {
		printf("    spawn %u: error %ld\n", id, err);
		return NULL;
	}
	return &children[id];
}

long child_run(struct child *c, void (*fn)(struct child *))
{
	c->fn = fn;
	c->done = 0;
	c->step = 0;
	return child_run_at(c, (unsigned long)child_entry, (unsigned long)c);
}

long child_run_at(struct child *c, unsigned long pc, unsigned long arg)
{
	long err = thread_set_regs(c->thread, pc, CHILD_STACK_TOP, arg);

	if (err)
		return err;
	return thread_start(c->thread);
}

int wait_flag(volatile int *flag, unsigned long max_yields)
{
	for (unsigned long i = 0; i < max_yields; i++) {
		if (__atomic_load_n(flag, __ATOMIC_SEQ_CST))
			return 1;
		sys_yield();
	}
	return __atomic_load_n(flag, __ATOMIC_SEQ_CST) != 0;
}

int child_wait_done(struct child *c)
{
	return wait_flag(&c->done, WAIT_YIELDS);
}

int child_wait_state(struct child *c, unsigned long state)
{
	unsigned long s = ~0UL;

	for (unsigned i = 0; i < WAIT_YIELDS; i++) {
		if (thread_info(c->thread, &s, NULL) == ERR_OK && s == state)
			return 1;
		sys_yield();
	}
	return 0;
}
