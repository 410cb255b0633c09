/* SPDX-License-Identifier: BSD-2-Clause */
#ifndef KERN_PANIC_H
#define KERN_PANIC_H

/*
 * A kernel bug: print why and where, then power off with a failure code so a
 * test run never hangs. Never reachable from anything a user does: system
 * calls return errors instead.
 */
__attribute__((noreturn, format(printf, 1, 2))) void panic(const char *fmt, ...);

#define KASSERT(cond) \
	do { if (!(cond)) panic("assertion failed: %s at %s:%d", #cond, __FILE__, __LINE__); } while (0)

#endif
