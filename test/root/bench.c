/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * Measurements, printed as "bench: ..." lines (not pass/fail): retired
 * instructions (rdinstret, counting kernel and user) for system-call round
 * trips, the median of BENCH_RUNS runs minus the median cost of two
 * back-to-back rdinstret. The counter must be readable in U-mode: a child
 * probes it first, since a fault there would stop the root task.
 */
#include "spawn.h"

#define BENCH_RUNS 101

__asm__(".text\n"
	".option push\n"
	".option norvc\n"
	".globl stub_rdinstret\n"
	"stub_rdinstret:	rdinstret a1\n"
	"	ebreak\n"
	".option pop\n");
extern const char stub_rdinstret[];

static unsigned long median(unsigned long *v, unsigned n)
{
	for (unsigned i = 1; i < n; i++)
		for (unsigned j = i; j > 0 && v[j - 1] > v[j]; j--) {
			unsigned long t = v[j];
			v[j] = v[j - 1];
			v[j - 1] = t;
		}
	return v[n / 2];
}

/* Instructions from one rdinstret to the next with an ecall (nr, a0)
 * between them, or nothing between them if nr is ~0. */
static unsigned long one_run(unsigned long nr, unsigned long arg)
{
	register unsigned long a0 __asm__("a0") = arg;
	register unsigned long a7 __asm__("a7") = nr;
	unsigned long t0, t1;

	if (nr == ~0UL) {
		__asm__ volatile("rdinstret %0\n\trdinstret %1" : "=&r"(t0), "=&r"(t1));
		return t1 - t0;
	}
	__asm__ volatile("rdinstret %2\n\tecall\n\trdinstret %3"
			 : "+r"(a0), "+r"(a7), "=&r"(t0), "=&r"(t1)
			 : : "a1", "a2", "a3", "memory");
	return t1 - t0;
}

static unsigned long measure(unsigned long nr, unsigned long arg)
{
	static unsigned long v[BENCH_RUNS];

	for (unsigned i = 0; i < BENCH_RUNS; i++)
		v[i] = one_run(nr, arg);
	return median(v, BENCH_RUNS);
}

static int instret_readable(void)
{
	struct child *c = spawn(0, T_ACT, 0);
	unsigned long cause = 0, pc = 0;

	if (!c || child_run_at(c, (unsigned long)stub_rdinstret, 0) ||
	    !child_wait_state(c, THREAD_FAULTED) ||
	    thread_read_fault(c->thread, &cause, &pc, NULL))
		return -1;
	return cause == FAULT_BREAKPOINT && pc == (unsigned long)stub_rdinstret + 4;
}

UTEST(bench_syscalls)
{
	int readable = instret_readable();
	unsigned long base;

	CHECK(readable >= 0);
	if (!readable) {
		printf("bench: rdinstret is not readable in U-mode (scounteren.IR clear): no figures\n");
		return 0;
	}
	base = measure(~0UL, 0);
	printf("bench: rdinstret back to back: %lu instructions\n", base);
	if (base > 2)
		printf("bench: (instret is not counting instructions here: QEMU without "
		       "-icount counts host time; run with -icount shift=0 for counts)\n");
	printf("bench: null syscall round trip: %lu instructions\n",
	       measure(SYS_NULL, 0) - base);
	/* ROOT_SLOT(1): root table -> level 1 -> level 0 -> capability page. */
	CHECK_EQ(sys_cap_info(R_THREAD, NULL, NULL, NULL), ERR_OK);
	printf("bench: SYS_CAP_INFO at depth 3: %lu instructions\n",
	       measure(SYS_CAP_INFO, R_THREAD) - base);
	printf("bench: SYS_CAP_INFO lookup error (kernel half): %lu instructions\n",
	       measure(SYS_CAP_INFO, -64UL) - base);
	return 0;
}
