/* SPDX-License-Identifier: BSD-2-Clause */
#ifndef LABS_TXDRV_H
#define LABS_TXDRV_H

/*
 * Lab 04: a user-level driver for the transmitter of a 16550 UART, driven
 * by its interrupt (README.md). The interrupt arrives as a register
 * message on a queue; the source stays quiet until IRQ_ACK.
 */

#include <stdint.h>

/* 16550 registers (numbers; register n is at n << reg_shift). */
#define UART_THR       0      /* write: transmitter holding register */
#define UART_IER       1      /* interrupt enable */
#define UART_IER_ETBEI 0x02   /* interrupt when the transmitter holding register is empty */
#define UART_LSR       5      /* line status */
#define UART_LSR_THRE  0x20   /* the holding register is empty */

struct txdrv {
	volatile unsigned char *regs; /* register 0, mapped R|W in this space */
	unsigned reg_shift, io_width; /* as struct bootinfo_dev has them */
	unsigned long source;         /* the interrupt source (bootinfo_dev.irq) */
	unsigned long irq;            /* the IRQ object's capability */
	unsigned long queue;          /* the queue (R) the IRQ object delivers to */
	unsigned long interrupts;     /* transmitter interrupts taken so far */
};

/* Register access at the device's width (given). */
uint32_t txdrv_reg_read(const struct txdrv *d, unsigned n);
void txdrv_reg_write(const struct txdrv *d, unsigned n, uint32_t v);

/*
 * Send s[0..n): one byte per "holding register empty" interrupt (counted
 * in interrupts), each interrupt acknowledged (IRQ_ACK) once the device no
 * longer asks for it; the interrupt is enabled only while bytes are going
 * out. Returns n, or the negative error of a system call that failed
 * (then the interrupt is off again).
 */
long txdrv_write(struct txdrv *d, const char *s, unsigned long n);

#endif
