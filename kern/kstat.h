/* SPDX-License-Identifier: BSD-2-Clause */
#ifndef KERN_KSTAT_H
#define KERN_KSTAT_H

#include <stdint.h>

/* Kernel counters tests and benchmarks read back (SYSCTL_COUNTER); the
 * fast path's count is per hart (struct runqueue, sched_fastpath_count()). */
struct kstat {
	uint64_t preemptions;     /* long operations stopped at a preemption point */
	uint64_t syscalls;
	uint64_t copy_preemptions; /* message capability copies stopped and resumed */
	uint64_t tick_instret;     /* instret when the last timer interrupt was taken */
};
extern struct kstat kstat;

#endif
