/* SPDX-License-Identifier: BSD-2-Clause */
#ifndef TEST_ROOT_HELPERS_H
#define TEST_ROOT_HELPERS_H

/*
 * Names and small helpers shared by the cases.
 *
 * Every case runs with a fresh sub-activity of the root activity in T_ACT
 * (main.c makes it before the case and destroys it after, checking that
 * the root activity's use is back where it was): cases allocate from it,
 * so whatever a failing case leaves behind goes with it. A capability page
 * from T_ACT is mapped at SCR_PAGE; its slots S(1)..S(63) are the case's
 * scratch slots (S(0) holds the page itself).
 *
 * The root task's level-0 table for its capability pages (R_CAPS0) maps
 * page i at CAPPAGE_AT(i): 0 is the kernel's, 1 the scratch page, 16..31
 * children's capability pages and 32..47 their control pages (spawn.h);
 * cases may use CAPS0_FREE_FIRST and up.
 */

#include <stdbool.h>
#include "suite.h"

#define R_ACT     ROOT_SLOT(ROOT_SLOT_ACTIVITY)
#define R_THREAD  ROOT_SLOT(ROOT_SLOT_THREAD)
#define R_SPACE   ROOT_SLOT(ROOT_SLOT_SPACE)
#define R_CAPPAGE ROOT_SLOT(ROOT_SLOT_CAPPAGE)
#define R_BOOTINFO ROOT_SLOT(ROOT_SLOT_BOOTINFO)
#define R_SYSCTL  ROOT_SLOT(ROOT_SLOT_SYSCTL)
#define R_CAPS1   ROOT_SLOT(ROOT_SLOT_PT_CAPS)
#define R_CAPS0   ROOT_SLOT(ROOT_SLOT_PT_CAPS0)
#define R_IMAGE   ROOT_SLOT(ROOT_SLOT_PT_IMAGE)

#define T_ACT     ROOT_SLOT(ROOT_SLOT_FREE_FIRST)        /* this case's activity */
#define R_TMP     ROOT_SLOT(CAP_SLOTS_PER_PAGE - 1)      /* helpers' own */
#define R_FREE(n) ROOT_SLOT(ROOT_SLOT_FREE_FIRST + 1 + (n)) /* n < 30: empty */

/*
 * The bound on a wait for what another hart must do, in ticks slept one
 * at a time (sys_yield would return at once when this hart has nothing
 * else to run): 30 s at the 10 ms tick. Only a failing case waits so long;
 * under QEMU on a loaded host a vCPU can wait seconds for a host core.
 */
#define WAIT_TICKS 3000

#define CAPPAGE_AT(i) (ROOT_CAPPAGE + (unsigned long)(i) * PAGE_BYTES)
#define CAPS0_SCR        1
#define CAPS0_FREE_FIRST 64
#define SCR_PAGE  CAPPAGE_AT(CAPS0_SCR)
#define S(n)      caddr_slot(SCR_PAGE, (n))

/* Root-table entries the root task does not use: cases map data here. */
#define DATA_VPN2(n)  (5 + (n))
#define DATA_VA(n)    ((unsigned long)DATA_VPN2(n) * vpn_span(2))

/* Room the root activity keeps for itself when T_ACT is made. */
#define ROOT_RESERVE 256

/* The kernel's invariant checker (SYSCTL_CHECK): 0 if every rule holds,
 * else 1, with what broke on the kernel console and when below. */
int kernel_check(const char *when);

/* The number after "key=" on the kernel command line (QEMU -append), or
 * dflt when it is not there: fuzz_calls=N, fuzz_ipc_calls=N. */
unsigned long cmdline_number(const char *key, unsigned long dflt);

/* The hart's retired-instruction count. */
static inline unsigned long rdinstret(void)
{
	unsigned long v;

	__asm__ volatile("rdinstret %0" : "=r"(v));
	return v;
}

/* Whether rdinstret counts exactly: under QEMU -icount two reads back to
 * back differ by one; without it the counter follows host time (some
 * hundred apart), so figures are reported there, not checked. */
bool instret_exact(void);

/* v[0..n) in ascending order (a few samples: insertion sort). */
void sort_samples(unsigned long *v, unsigned n);

/* Counters and accounting. */
unsigned long free_frames(void);         /* KCOUNT_FREE_FRAMES */
unsigned long kcount(unsigned long which);
unsigned long act_used(unsigned long act); /* ~0 if the call failed */
unsigned long act_quota(unsigned long act);

/*
 * Set the tick interval (SYSCTL_TICK, timebase units, 0 = default) and wait
 * until a tick has passed, so the next deadline uses it. 0 if it worked.
 */
long set_tick(unsigned long units);
/* A tick interval of us microseconds in this board's timebase units (QEMU
 * virt ticks at 10 MHz, sifive_u at 1 MHz). */
unsigned long tick_us(unsigned long us);

/*
 * A capability page from act, installed at index of the level-0 table l0
 * (a capability address in the root's space), where the root task sees it
 * at va; the page's own capability goes in its slot 0.
 */
long new_cappage(unsigned long act, unsigned long l0, unsigned index, unsigned long va);

/* A page table of level from act in dst, installed at parent[index]. */
long new_table(unsigned long act, unsigned long dst, unsigned level,
	       unsigned long parent, unsigned index);

/*
 * A level-1 and a level-0 table from act for root-table entry DATA_VPN2(n),
 * their capabilities in l1 and l0: then frames mapped at l0[i] appear at
 * DATA_VA(n) + i * PAGE_BYTES in the root task.
 */
long map_data_region(unsigned long act, unsigned n, unsigned long l1, unsigned long l0);

/* A new frame from act in dst, mapped at l0[index] with rights. */
long map_new_frame(unsigned long act, unsigned long dst, unsigned long l0,
		   unsigned index, unsigned long rights);

/* An xorshift64 generator: deterministic, seeded by the caller. */
static inline unsigned long xorshift64(unsigned long *s)
{
	unsigned long x = *s;

	x ^= x << 13;
	x ^= x >> 7;
	x ^= x << 17;
	return *s = x;
}

#endif
