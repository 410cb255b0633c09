/* SPDX-License-Identifier: BSD-2-Clause */
#ifndef KERN_MAIN_H
#define KERN_MAIN_H

#include <kern/board.h>

/*
 * The generic kernel's entry, called once on the boot hart by the arch code
 * with the board description and the physical ranges the kernel itself
 * occupies (image, device tree), which must never be handed out.
 */
__attribute__((noreturn)) void kern_main(const struct board *b,
					 const struct board_range *kres, unsigned nkres);

/* Every other hart lands here once it is set up. */
__attribute__((noreturn)) void kern_secondary_main(void);

/*
 * What the boot hart does once the machine is up. The kernel image defines it
 * in kern/first_work.c; the self-test image defines it in test/kernel/ to run
 * the test cases and power off instead.
 */
void kern_first_work(const struct board *b);

#endif
