/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * Lab 04: the transmitter driver (README.md). Register access is given;
 * txdrv_write is the lab.
 */
#include <sys.h>
#include <sys_irq.h>
#include "txdrv.h"

uint32_t txdrv_reg_read(const struct txdrv *d, unsigned n)
{
	volatile unsigned char *r = d->regs + (n << d->reg_shift);

	return d->io_width == 4 ? *(volatile uint32_t *)r : *r;
}

void txdrv_reg_write(const struct txdrv *d, unsigned n, uint32_t v)
{
	volatile unsigned char *r = d->regs + (n << d->reg_shift);

	if (d->io_width == 4)
		*(volatile uint32_t *)r = v;
	else
		*r = (unsigned char)v;
}

long txdrv_write(struct txdrv *d, const char *s, unsigned long n)
{
	(void)d, (void)s, (void)n;
	return -1;   /* TODO: enable, then a byte per interrupt, then disable */
}
