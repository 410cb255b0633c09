/* SPDX-License-Identifier: BSD-2-Clause */
/* The kernel command line a root task finds in its bootinfo (ulib.h). */
#include <string.h>
#include <kern/abi.h>
#include "ulib.h"

const char *ulib_cmdline_value(const struct bootinfo *bi, const char *key)
{
	const char *p = bi->cmdline;
	size_t n = strlen(key), size = sizeof(bi->cmdline);

	/* Bounded by the field, not by a NUL the kernel may not have left. */
	for (size_t i = 0; i + n < size && p[i]; i++)
		if ((i == 0 || p[i - 1] == ' ') && strncmp(p + i, key, n) == 0 && p[i + n] == '=')
			return p + i + n + 1;
	return NULL;
}
