/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * The self-test image's root task: run every UTEST case, print one line
 * each and a summary "N passed, M failed", then power the machine off with
 * a failure code if any case failed. test/qemu/run-qemu checks that line.
 */
#include "suite.h"

extern const struct utest __utests_start[], __utests_end[];
const struct bootinfo *utest_bootinfo;

int main(unsigned long arg)
{
	unsigned passed = 0, failed = 0;

	utest_bootinfo = (const struct bootinfo *)arg;
	printf("utest: %u cases\n", (unsigned)(__utests_end - __utests_start));
	for (const struct utest *t = __utests_start; t < __utests_end; t++) {
		if (t->fn() == 0) {
			printf("ok %s\n", t->name);
			passed++;
		} else {
			printf("FAIL %s\n", t->name);
			failed++;
		}
	}
	printf("%u passed, %u failed\n", passed, failed);
	fflush(stdout);
	sysctl_poweroff(ROOT_SLOT(ROOT_SLOT_SYSCTL), failed != 0);
	printf("utest: SYSCTL_POWEROFF returned\n");
	return 1;
}
