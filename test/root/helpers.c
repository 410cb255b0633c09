/* SPDX-License-Identifier: BSD-2-Clause */
#include <stdlib.h>
#include <string.h>
#include "helpers.h"

unsigned long kcount(unsigned long which)
{
	unsigned long v = ~0UL;

	sysctl_counter(R_SYSCTL, which, &v);
	return v;
}

unsigned long cmdline_number(const char *key, unsigned long dflt)
{
	const char *p = ulib_cmdline_value(utest_bootinfo, key);
	char *end;
	unsigned long v;

	if (!p)
		return dflt;
	v = strtoul(p, &end, 0);
	return end == p ? dflt : v;
}

bool instret_exact(void)
{
	for (unsigned i = 0; i < 3; i++) {
		unsigned long a = rdinstret(), b = rdinstret();

		if (b - a != 1)
			return false;
	}
	return true;
}

void sort_samples(unsigned long *v, unsigned n)
{
	for (unsigned i = 1; i < n; i++)
		for (unsigned j = i; j > 0 && v[j - 1] > v[j]; j--) {
			unsigned long t = v[j];
			v[j] = v[j - 1];
			v[j - 1] = t;
		}
}

int kernel_check(const char *when)
{
	unsigned long broken = ~0UL;
	long err = sysctl_check(R_SYSCTL, &broken);

	if (err == ERR_OK && broken == 0)
		return 0;
	printf("    invariant check %s: %s\n", when,
	       err ? "SYSCTL_CHECK failed" : "rules broken (kernel console above)");
	return 1;
}

unsigned long free_frames(void)
{
	return kcount(KCOUNT_FREE_FRAMES);
}

unsigned long act_used(unsigned long act)
{
	unsigned long used = ~0UL;

	activity_info(act, NULL, &used, NULL);
	return used;
}

unsigned long act_quota(unsigned long act)
{
	unsigned long quota = ~0UL;

	activity_info(act, &quota, NULL, NULL);
	return quota;
}

long new_cappage(unsigned long act, unsigned long l0, unsigned index, unsigned long va)
{
	long err;

	if ((err = activity_create(act, OBJ_CAPPAGE, R_TMP, 0)))
		return err;
	if ((err = pt_set(l0, index, R_TMP, CAP_ALL)) == ERR_OK)
		err = sys_cap_move(R_TMP, 0, caddr_slot(va, 0));
	if (err)
		sys_cap_delete(R_TMP);
	return err;
}

long new_table(unsigned long act, unsigned long dst, unsigned level,
	       unsigned long parent, unsigned index)
{
	long err = activity_create(act, OBJ_PAGETABLE, dst, level);

	if (err)
		return err;
	return pt_set(parent, index, dst, CAP_ALL);
}

long map_data_region(unsigned long act, unsigned n, unsigned long l1, unsigned long l0)
{
	long err = new_table(act, l1, 1, R_SPACE, DATA_VPN2(n));

	if (err)
		return err;
	return new_table(act, l0, 0, l1, 0);
}

long map_new_frame(unsigned long act, unsigned long dst, unsigned long l0,
		   unsigned index, unsigned long rights)
{
	long err = activity_create(act, OBJ_FRAME, dst, 0);

	if (err)
		return err;
	return pt_set(l0, index, dst, rights);
}

unsigned long tick_us(unsigned long us)
{
	unsigned long units = utest_bootinfo->timebase_hz * us / 1000000;

	return units ? units : 1;
}

long set_tick(unsigned long units)
{
	long err = sysctl_tick(R_SYSCTL, units);
	unsigned long t0 = kcount(KCOUNT_TICK_INSTRET), changes = 0;

	if (err)
		return err;
	/* The deadline already set stands: wait for two ticks to pass. */
	for (unsigned long i = 0; i < 50000000UL && changes < 2; i++) {
		unsigned long t = kcount(KCOUNT_TICK_INSTRET);
		if (t != t0) {
			t0 = t;
			changes++;
		}
	}
	return changes < 2 ? ERR_IN_USE : ERR_OK;
}
