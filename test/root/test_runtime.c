/* SPDX-License-Identifier: BSD-2-Clause */
/* The user runtime itself: what crt0 and user.ld set up, and bootinfo. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "suite.h"

UTEST(bootinfo_page)
{
	const struct bootinfo *bi = utest_bootinfo;

	CHECK_EQ((unsigned long)bi, BOOTINFO_ADDR);
	CHECK_EQ(bi->magic, BOOTINFO_MAGIC);
	CHECK(bi->free_frames > 0);
	CHECK(bi->nmem >= 1 && bi->nmem <= BOOTINFO_MAX_MEM);
	CHECK(bi->nharts >= 1 && bi->nharts <= BOOTINFO_MAX_HARTS);
	CHECK(bi->ndev <= BOOTINFO_MAX_DEV);
	CHECK(bi->timebase_hz > 0);
	CHECK(memchr(bi->console, '\0', sizeof(bi->console)) != NULL);
	return 0;
}

static int zeroed[64];
static int initialised = 42;

UTEST(runtime_data_bss)
{
	for (unsigned i = 0; i < 64; i++)
		CHECK_EQ(zeroed[i], 0);
	CHECK_EQ(initialised, 42);
	return 0;
}

static __thread int tls_zero;
static __thread int tls_init = 7;

/* errno is thread-local in picolibc: this needs tp and the TLS block. */
UTEST(runtime_tls_errno)
{
	extern char __main_tls[];
	unsigned long tp;

	__asm__("mv %0, tp" : "=r"(tp));
	CHECK_EQ(tp, (unsigned long)__main_tls);
	CHECK_EQ(tls_zero, 0);
	CHECK_EQ(tls_init, 7);
	tls_zero++;     /* written, so they stay real .tbss/.tdata variables */
	tls_init++;
	CHECK_EQ(tls_zero, 1);
	CHECK_EQ(tls_init, 8);
	errno = 0;
	CHECK_EQ(strtol("99999999999999999999999", NULL, 10), 0x7fffffffffffffffUL);
	CHECK_EQ(errno, ERANGE);
	return 0;
}

UTEST(caddr_helpers)
{
	struct slot_alloc sa;

	CHECK_EQ(caddr_slot(ROOT_CAPPAGE, 5), ROOT_SLOT(5));
	CHECK_EQ(caddr_index(ROOT_SLOT(63)), 63);
	CHECK_EQ(caddr_page(ROOT_SLOT(63)), ROOT_CAPPAGE);
	CHECK_EQ(vpn(ROOT_CAPPAGE, 2), 128);
	CHECK_EQ(vpn(BOOTINFO_ADDR, 2), 127);
	CHECK_EQ(vpn(BOOTINFO_ADDR, 1), 511);
	CHECK_EQ(vpn(BOOTINFO_ADDR, 0), 511);

	slot_alloc_init(&sa, ROOT_CAPPAGE, ROOT_SLOT_FREE_FIRST);
	CHECK_EQ(slot_get(&sa), ROOT_SLOT(ROOT_SLOT_FREE_FIRST));
	CHECK_EQ(slot_get(&sa), ROOT_SLOT(ROOT_SLOT_FREE_FIRST + 1));
	slot_put(&sa, ROOT_SLOT(ROOT_SLOT_FREE_FIRST));
	CHECK_EQ(slot_get(&sa), ROOT_SLOT(ROOT_SLOT_FREE_FIRST));
	for (unsigned i = ROOT_SLOT_FREE_FIRST + 2; i < CAP_SLOTS_PER_PAGE; i++)
		CHECK_EQ(slot_get(&sa), ROOT_SLOT(i));
	CHECK_EQ(slot_get(&sa), 0);
	return 0;
}
