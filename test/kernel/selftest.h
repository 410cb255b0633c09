/* SPDX-License-Identifier: BSD-2-Clause */
#ifndef TEST_KERNEL_SELFTEST_H
#define TEST_KERNEL_SELFTEST_H

/*
 * In-kernel self-tests. SELFTEST(name) defines a case and files it in the
 * .selftests section; run.c walks that section in link order. A case
 * returns 0 to pass; CHECK() prints what failed and where, and fails it.
 */

#include <kern/board.h>
#include <kern/printf.h>

/* Set up the invariant checker (check.c) before the root task exists. */
void selftest_check_init(void);

struct selftest {
	const char *name;
	int (*fn)(void);
};

#define SELFTEST(id)                                                          \
	static int selftest_##id(void);                                       \
	static const struct selftest selftest_desc_##id                       \
		__attribute__((used, section(".selftests"), aligned(8))) =     \
		{ #id, selftest_##id };                                        \
	static int selftest_##id(void)

#define CHECK(cond)                                                           \
	do {                                                                  \
		if (!(cond)) {                                                \
			kprintf("    check failed: %s (%s:%d)\n", #cond,      \
				__FILE__, __LINE__);                          \
			return 1;                                             \
		}                                                             \
	} while (0)

#define CHECK_EQ(a, b)                                                        \
	do {                                                                  \
		unsigned long __a = (unsigned long)(a), __b = (unsigned long)(b); \
		if (__a != __b) {                                             \
			kprintf("    check failed: %s == %s (%#lx != %#lx) (%s:%d)\n", \
				#a, #b, __a, __b, __FILE__, __LINE__);        \
			return 1;                                             \
		}                                                             \
	} while (0)

/*
 * How long, in seconds of machine time, a case waits for what another hart
 * or the tick must do before it calls that missing. Only a failing case
 * waits so long: under QEMU on a loaded host a vCPU thread can wait seconds
 * for a host core, and the run's own timeout still ends a hang.
 */
#define SELFTEST_WAIT_SECONDS 30

/* The board the kernel booted with, for cases that compare against it. */
extern const struct board *selftest_board;

#endif
