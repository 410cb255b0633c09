/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * A second user program, started by the root task from a boot module. It
 * talks through the console server when it was given a capability to it
 * (progabi.h), else through the kernel debug console.
 */
#include <stdio.h>
#include "console_client.h"
#include "progabi.h"
#include "sys.h"
#include "ulib.h"

int main(unsigned long arg)
{
	unsigned long type;

	(void)arg;
	if (sys_cap_info(PROG_SLOT(PROG_SLOT_CONSOLE), &type, NULL, NULL) == ERR_OK &&
	    type == OBJ_QUEUE)
		ulib_console_queue = PROG_SLOT(PROG_SLOT_CONSOLE);
	printf("hello: hello from a second user program\n");
	return 0;
}
