/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * The self-test image's root task: run every UTEST case, print one line
 * each and a summary "N passed, M failed", then power the machine off with
 * a failure code if any case failed. test/qemu/run-qemu checks that line.
 *
 * Each case gets a fresh sub-activity in T_ACT and a scratch capability
 * page (helpers.h); afterwards the activity is destroyed, the root's free
 * slots are emptied, and the root activity's use must be what it was
 * before: a case that leaks root memory fails. The kernel's invariant
 * checker runs after the case and after its teardown: a broken rule fails
 * it too.
 *
 * The kernel command line (QEMU -append) may name the cases to run:
 * "utest=NAME,NAME,..." where a NAME ending in '*' is a prefix. Without it
 * every case runs (scripts/utest boots one case by name).
 */
#include <string.h>
#include "helpers.h"

extern const struct utest __utests_start[], __utests_end[];
const struct bootinfo *utest_bootinfo;

static int case_setup(void)
{
	unsigned long quota, used;

	if (activity_info(R_ACT, &quota, &used, NULL))
		return 1;
	if (activity_create(R_ACT, OBJ_ACTIVITY, T_ACT, quota - used - ROOT_RESERVE)) {
		printf("    setup: cannot make the case's activity\n");
		return 1;
	}
	if (new_cappage(T_ACT, R_CAPS0, CAPS0_SCR, SCR_PAGE)) {
		printf("    setup: cannot map the scratch page\n");
		return 1;
	}
	return 0;
}

static int case_teardown(unsigned long used_before)
{
	long err;

	sysctl_tick(R_SYSCTL, 0);   /* a case may have changed them */
	sysctl_preempt_every(R_SYSCTL, 0);
	err = activity_destroy(R_ACT, T_ACT);
	unsigned long used;
	int bad = 0;

	if (err) {
		printf("    teardown: destroying the case's activity: error %ld\n", err);
		bad = 1;
	}
	for (unsigned i = ROOT_SLOT_FREE_FIRST; i < CAP_SLOTS_PER_PAGE; i++) {
		if (sys_cap_info(ROOT_SLOT(i), NULL, NULL, NULL) == ERR_OK) {
			if (i == ROOT_SLOT_FREE_FIRST) {
				printf("    teardown: the case's activity is still there\n");
				bad = 1;
			}
			sys_cap_delete(ROOT_SLOT(i));
		}
	}
	used = act_used(R_ACT);
	if (used != used_before) {
		printf("    teardown: root activity used %lu frames before, %lu after\n",
		       used_before, used);
		bad = 1;
	}
	return bad;
}

/* Run last: every long operation in the suite ran with the tick on. */
static unsigned long preemptions_at_start;

static int final_preemptions_counted(void)
{
	unsigned long n = kcount(KCOUNT_PREEMPTIONS);

	printf("    kernel: %lu preemptions, %lu system calls\n",
	       n - preemptions_at_start, kcount(KCOUNT_SYSCALLS));
	CHECK(n != ~0UL);
	CHECK(n > preemptions_at_start);
	return 0;
}

static unsigned long now(void)
{
	unsigned long t;

	__asm__ volatile("rdtime %0" : "=r"(t));
	return t;
}

static int run(const char *name, int (*fn)(void))
{
	unsigned long used = act_used(R_ACT), t0 = now();
	int bad = case_setup();

	if (!bad)
		bad = fn();
	bad |= kernel_check("after the case");
	bad |= case_teardown(used);
	bad |= kernel_check("after its teardown");
	/* The time each case took, in machine time: what to shorten first. */
	printf("%s %s (%lu ms)\n", bad ? "FAIL" : "ok", name,
	       (now() - t0) / (utest_bootinfo->timebase_hz / 1000));
	fflush(stdout);
	return bad;
}

/* The "utest=" list on the command line, or NULL: every case runs. */
static const char *selection(void)
{
	return ulib_cmdline_value(utest_bootinfo, "utest");
}

/* Whether name is in the list (names end at ',', ' ' or the end). */
static int selected(const char *list, const char *name)
{
	if (!list)
		return 1;
	while (*list && *list != ' ') {
		size_t len = strcspn(list, ", ");
		int prefix = len && list[len - 1] == '*';
		if (prefix && strncmp(list, name, len - 1) == 0)
			return 1;
		if (!prefix && strlen(name) == len && strncmp(list, name, len) == 0)
			return 1;
		list += len;
		if (*list == ',')
			list++;
	}
	return 0;
}

int main(unsigned long arg)
{
	unsigned passed = 0, failed = 0;
	const char *only;

	utest_bootinfo = (const struct bootinfo *)arg;
	only = selection();
	preemptions_at_start = kcount(KCOUNT_PREEMPTIONS);
	printf("utest: %u cases\n", (unsigned)(__utests_end - __utests_start) + 1);
	/* Warm up: the root activity's first cells for T_ACT. */
	if (case_setup() == 0)
		activity_destroy(R_ACT, T_ACT);
	for (const struct utest *t = __utests_start; t < __utests_end; t++) {
		if (!selected(only, t->name))
			continue;
		if (run(t->name, t->fn))
			failed++;
		else
			passed++;
	}
	if (selected(only, "preemptions_counted")) {
		if (run("preemptions_counted", final_preemptions_counted))
			failed++;
		else
			passed++;
	}
	printf("%u passed, %u failed\n", passed, failed);
	fflush(stdout);
	sysctl_poweroff(R_SYSCTL, failed != 0);
	printf("utest: SYSCTL_POWEROFF returned\n");
	return 1;
}
