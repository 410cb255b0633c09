/* SPDX-License-Identifier: BSD-2-Clause */
#ifndef KERN_KERR_H
#define KERN_KERR_H

/*
 * Error codes inside the kernel: the ABI's ERR_* (kern/abi.h), plus results
 * that never reach user space.
 */
#include <kern/abi.h>

/* A long operation stopped at a preemption point. Its progress is recorded
 * in the objects it works on; the system call is not completed, so the
 * thread re-issues it when next scheduled and it carries on. */
#define KERR_PREEMPTED (-1)

/* The calling thread now waits; whoever wakes it writes its results. */
#define KERR_BLOCKED (-2)

#endif
