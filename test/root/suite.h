/* SPDX-License-Identifier: BSD-2-Clause */
#ifndef TEST_ROOT_SUITE_H
#define TEST_ROOT_SUITE_H

/*
 * The user-mode test suite, run by the self-test image's root task.
 * UTEST(name) defines a case and files it in the .utests section, which
 * user.ld gathers between __utests_start and __utests_end; main.c runs
 * them in link order. A case returns 0 to pass; CHECK() prints what failed
 * and where, and fails it. Cases run in the root task with all its
 * capabilities, one after another: a case that changes shared state puts
 * it back.
 */

#include <stdio.h>
#include <kern/abi.h>
#include "sys.h"
#include "caddr.h"
#include "ulib.h"

struct utest {
	const char *name;
	int (*fn)(void);
};

#define UTEST(id)                                                             \
	static int utest_##id(void);                                          \
	static const struct utest utest_desc_##id                             \
		__attribute__((used, section(".utests"), aligned(8))) =        \
		{ #id, utest_##id };                                           \
	static int utest_##id(void)

#define CHECK(cond)                                                           \
	do {                                                                  \
		if (!(cond)) {                                                \
			printf("    check failed: %s (%s:%d)\n", #cond,       \
			       __FILE__, __LINE__);                           \
			return 1;                                             \
		}                                                             \
	} while (0)

#define CHECK_EQ(a, b)                                                        \
	do {                                                                  \
		unsigned long __a = (unsigned long)(a), __b = (unsigned long)(b); \
		if (__a != __b) {                                             \
			printf("    check failed: %s == %s (%#lx != %#lx) (%s:%d)\n", \
			       #a, #b, __a, __b, __FILE__, __LINE__);         \
			return 1;                                             \
		}                                                             \
	} while (0)

/* The bootinfo page, as the kernel passed it to the root task. */
extern const struct bootinfo *utest_bootinfo;

#endif
