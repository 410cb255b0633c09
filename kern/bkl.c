/* SPDX-License-Identifier: BSD-2-Clause */
#include <kern/arch.h>
#include <kern/bkl.h>

static struct {
	volatile unsigned next;     /* the next ticket to hand out */
	volatile unsigned serving;  /* the ticket that may enter */
	volatile int holder;        /* cpu index, -1 when free */
} bkl = { 0, 0, -1 };

void bkl_lock(void)
{
	unsigned ticket = __atomic_fetch_add(&bkl.next, 1, __ATOMIC_RELAXED);

	while (__atomic_load_n(&bkl.serving, __ATOMIC_ACQUIRE) != ticket)
		;
	bkl.holder = (int)arch_cpu_index();
}

void bkl_unlock(void)
{
	bkl.holder = -1;
	__atomic_store_n(&bkl.serving, bkl.serving + 1, __ATOMIC_RELEASE);
}

bool bkl_held(void)
{
	return bkl.holder == (int)arch_cpu_index();
}
