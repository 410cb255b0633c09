/* SPDX-License-Identifier: BSD-2-Clause */
/* board_cmdline_number(): kernel options on the command line (bootargs). */
#include <stdio.h>
#include <string.h>

#include "fdt_test.h"

static void expect(const char *line, const char *key, unsigned long want, bool want_bad)
{
	struct board b;
	bool bad = false;
	unsigned long got;

	memset(&b, 0, sizeof(b));
	snprintf(b.bootargs, sizeof(b.bootargs), "%s", line);
	got = board_cmdline_number(&b, key, 77, &bad);
	CHECK(got == want && bad == want_bad, "\"%s\" %s: got %lu%s, want %lu%s", line,
	      key, got, bad ? " (bad)" : "", want, want_bad ? " (bad)" : "");
}

unsigned run_cmdline(void)
{
	unsigned before = test_failures;

	expect("", "hart_wait_ms", 77, false);
	expect("hart_wait_ms=0", "hart_wait_ms", 0, false);
	expect("utest=x hart_wait_ms=1500 trace=1", "hart_wait_ms", 1500, false);
	expect("hart_wait_ms=18446744073709551615", "hart_wait_ms", ~0UL, false);
	/* Only a whole word names the option. */
	expect("xhart_wait_ms=5", "hart_wait_ms", 77, false);
	expect("hart_wait_ms_not=5", "hart_wait_ms", 77, false);
	expect("utest=hart_wait_ms=5", "hart_wait_ms", 77, false);
	/* A value that is no number is the default, and said to be bad. */
	expect("hart_wait_ms=", "hart_wait_ms", 77, true);
	expect("hart_wait_ms= 5", "hart_wait_ms", 77, true);
	expect("hart_wait_ms=5s", "hart_wait_ms", 77, true);
	expect("hart_wait_ms=-1", "hart_wait_ms", 77, true);
	expect("hart_wait_ms=18446744073709551616", "hart_wait_ms", 77, true);
	/* The first occurrence counts. */
	expect("hart_wait_ms=3 hart_wait_ms=4", "hart_wait_ms", 3, false);
	printf("%s cmdline\n", test_failures == before ? "ok  " : "FAIL");
	return test_failures - before;
}
