/* SPDX-License-Identifier: BSD-2-Clause */
/* The entry of a root task's child threads (child.h). */
#include "child.h"

/*
 * gp first: the image is linked with relaxation, so globals are reached
 * through it. Then tp, for picolibc's thread-local errno.
 */
__asm__(".text\n"
	".globl child_entry\n"
	".p2align 2\n"
	"child_entry:\n"
	".option push\n"
	".option norelax\n"
	"	lla gp, __global_pointer$\n"
	".option pop\n"
	"	ld tp, 0(a0)\n"
	"	call child_main\n"
	"1:	j 1b\n");
