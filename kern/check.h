/* SPDX-License-Identifier: BSD-2-Clause */
#ifndef KERN_CHECK_H
#define KERN_CHECK_H

/*
 * The invariant checker's hook. The test image sets it at boot
 * (test/kernel/check.c); SYSCTL_CHECK runs it, and without it answers
 * ERR_BAD_METHOD. It returns how many rules it found broken, each printed
 * on the kernel console.
 */
extern unsigned long (*kern_checker)(void);

#endif
