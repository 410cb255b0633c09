/* SPDX-License-Identifier: BSD-2-Clause */
#ifndef KERN_ROOT_TASK_H
#define KERN_ROOT_TASK_H

#include <stddef.h>
#include <kern/board.h>

/* The root task's ELF, embedded in the kernel image (kern/root_image.S). */
extern const char root_elf_start[], root_elf_end[];

/*
 * Build the root task: the root activity (all free memory), its address
 * space from the embedded ELF, a stack, the boot-information page and its
 * first capability page (layout: ROOT_SLOT_* in kern/abi.h), and a runnable
 * thread. Returns 0 or an ERR_* code.
 */
int root_task_create(const struct board *b);

#endif
