/* SPDX-License-Identifier: BSD-2-Clause */
#ifndef KERN_KSTAT_H
#define KERN_KSTAT_H

#include <stdbool.h>
#include <stdint.h>
#include <kern/arch.h>

/* Kernel counters tests and benchmarks read back (SYSCTL_COUNTER); the
 * fast path's count is per hart (struct runqueue, sched_fastpath_count()). */
struct kstat {
	uint64_t preemptions;     /* long operations stopped at a preemption point */
	uint64_t syscalls;
	uint64_t copy_preemptions; /* message capability copies stopped and resumed */
	uint64_t tick_instret;     /* instret when the last timer interrupt was taken */
	uint64_t asid_flushes;     /* space switches that flushed the whole TLB */
	/* The most preemption points one hold of the kernel lock passed
	 * while another hart waited for it (bkl.hold_waited, KCOUNT_LOCK_WAIT):
	 * the first such point ends the step, so this is at most 1 unless some
	 * path goes on past it. */
	uint64_t lock_wait_max;
	/* The longest stretch (SYSCTL_STRETCH): kernel work between two points
	 * that could stop it (a kernel entry on a slow path, a preemption
	 * point, the way out), measured while stretch_on. */
	bool stretch_on;
	uint64_t stretch_max, stretch_op;
	uint64_t stretch_mark[KERN_MAX_CPUS];   /* instret at this hart's last point */
	uint64_t stretch_cur_op[KERN_MAX_CPUS]; /* what this hart does */
};
extern struct kstat kstat;

/* Operations that are no system call (KCOUNT_STRETCH_OP). */
#define KSTAT_OP_WORK 0xff    /* a worker's step, | kind << 8 */
#define KSTAT_OP_TRAP 0xfe    /* an interrupt or a fault */
#define KSTAT_OP_IDLE 0xfd    /* the idle loop */

/* This hart entered the kernel (a slow path) to do op: the stretch starts. */
static inline void kstat_enter(uint64_t op)
{
	if (kstat.stretch_on) {
		kstat.stretch_mark[arch_cpu_index()] = arch_instret();
		kstat.stretch_cur_op[arch_cpu_index()] = op;
	}
}

/* What this hart does turned out to be op (a method, once decoded). */
static inline void kstat_doing(uint64_t op)
{
	if (kstat.stretch_on)
		kstat.stretch_cur_op[arch_cpu_index()] = op;
}

/* A point where the work could stop (a preemption point, the way out):
 * the stretch since the last point ends here. */
void kstat_measure(void);

static inline void kstat_point(void)
{
	if (kstat.stretch_on)
		kstat_measure();
}

#endif
