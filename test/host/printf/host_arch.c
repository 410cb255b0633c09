/* SPDX-License-Identifier: BSD-2-Clause */
#include <kern/arch.h>
#include "host_arch.h"

char early_out[8192];
size_t early_len;
int early_in = -1;
int irq_depth;
unsigned irq_saves;
unsigned unlocked_putcs;

void early_reset(void)
{
	early_len = 0;
	early_out[0] = '\0';
}

void arch_early_putc(char c)
{
	if (irq_depth == 0)
		unlocked_putcs++;
	if (early_len < sizeof(early_out) - 1) {
		early_out[early_len++] = c;
		early_out[early_len] = '\0';
	}
}

int arch_early_getc(void)
{
	return early_in;
}

unsigned long arch_irq_save(void)
{
	irq_saves++;
	return (unsigned long)irq_depth++;
}

void arch_irq_restore(unsigned long flags)
{
	irq_depth = (int)flags;
}
