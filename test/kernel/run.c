/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * The self-test image's first work: run every case, print one line each and
 * a summary "N passed, N failed", then power off with a failure code if any
 * case failed. test/qemu/run-qemu checks that summary line.
 */
#include <kern/arch.h>
#include <kern/bkl.h>
#include <kern/main.h>
#include <kern/root_task.h>
#include <kern/sched.h>
#include <kern/thread.h>
#include <test/kernel/selftest.h>

extern const struct selftest _selftests_start[], _selftests_end[];
const struct board *selftest_board;

void kern_first_work(const struct board *b)
{
	unsigned passed = 0, failed = 0;

	selftest_board = b;
	kprintf("selftest: %u cases\n", (unsigned)(_selftests_end - _selftests_start));
	for (const struct selftest *t = _selftests_start; t < _selftests_end; t++) {
		if (t->fn() == 0) {
			kprintf("ok %s\n", t->name);
			passed++;
		} else {
			kprintf("FAIL %s\n", t->name);
			failed++;
		}
	}
	/* The root task's suite prints the run's final summary; the kernel's
	 * own is final only if it failed. */
	kprintf("kernel self-tests: %u passed, %u failed\n", passed, failed);
	if (failed) {
		kprintf("%u passed, %u failed\n", passed, failed);
		arch_poweroff(true);
	}
	selftest_check_init();
	arch_irq_save();
	bkl_lock();
	int err = root_task_create(b);
	if (err) {
		kprintf("root task: cannot build it (error %d)\n0 passed, 1 failed\n", err);
		arch_poweroff(true);
	}
	sched_exit();
}
