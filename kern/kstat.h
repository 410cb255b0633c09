/* SPDX-License-Identifier: BSD-2-Clause */
#ifndef KERN_KSTAT_H
#define KERN_KSTAT_H

#include <stdint.h>

/* Kernel counters tests and benchmarks read back (SYSCTL_COUNTER). */
struct kstat {
	uint64_t preemptions;     /* long operations stopped at a preemption point */
	uint64_t syscalls;
};
extern struct kstat kstat;

#endif
