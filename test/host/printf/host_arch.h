/* SPDX-License-Identifier: BSD-2-Clause */
#ifndef TEST_HOST_ARCH_H
#define TEST_HOST_ARCH_H

/*
 * Host stand-ins for the arch functions console.c uses. The "early console"
 * records what is written to it, and the interrupt save/restore pair keeps a
 * depth so tests can check output only happens with the console lock held.
 */

#include <stddef.h>

extern char early_out[8192];
extern size_t early_len;
extern int early_in;		/* what arch_early_getc() returns */
extern int irq_depth;		/* > 0 while "interrupts are off" */
extern unsigned irq_saves;	/* arch_irq_save() calls so far */
extern unsigned unlocked_putcs;	/* early putcs with irq_depth == 0 */

void early_reset(void);

#endif
