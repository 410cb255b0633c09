/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * The root task of the plain kernel image: the first user thread. For now
 * it proves user mode works: it says hello, reports the memory and machine
 * it was given, and stops.
 */
#include <stdio.h>
#include <kern/abi.h>
#include "sys.h"
#include "ulib.h"

int main(unsigned long arg)
{
	const struct bootinfo *bi = (const struct bootinfo *)arg;
	unsigned long quota, used, free_frames;
	long err;

	printf("root: hello from user mode\n");

	err = activity_info(ROOT_SLOT(ROOT_SLOT_ACTIVITY), &quota, &used, &free_frames);
	if (err == ERR_OK)
		printf("root: activity quota %lu frames (%lu KiB), %lu used, %lu free in the machine\n",
		       quota, quota * 4, used, free_frames);
	else
		printf("root: ACTIVITY_INFO failed: error %ld\n", err);

	if (bi->magic != BOOTINFO_MAGIC) {
		printf("root: bad bootinfo magic %#lx at %p\n",
		       (unsigned long)bi->magic, (const void *)bi);
		return 1;
	}
	printf("root: bootinfo: %lu free frames, %u harts, %u memory banks, console %.*s\n",
	       (unsigned long)bi->free_frames, bi->nharts, bi->nmem,
	       (int)sizeof(bi->console), bi->console);
	return 0;       /* exit() stops this thread */
}
