/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * The first work of the kernel image proper. Until the objects layer can
 * start a root task, the boot hart idles like the others.
 */
#include <kern/main.h>
#include <kern/printf.h>

void kern_first_work(const struct board *b)
{
	(void)b;
	kprintf("kernel: up; no root task yet, idling\n");
}
