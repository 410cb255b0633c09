/* SPDX-License-Identifier: BSD-2-Clause */
/* A second user program, started by the root task from a boot module. */
#include <stdio.h>
#include <ulib.h>

int main(unsigned long arg)
{
	(void)arg;
	printf("hello: hello from a second user program\n");
	return 0;
}
