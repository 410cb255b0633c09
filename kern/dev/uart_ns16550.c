/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * 16550-compatible UART (QEMU virt's ns16550a, the DesignWare APB UART of the
 * JH7110 and others), polled. The firmware has already set the baud rate and
 * line format, and we keep them: the divisor latch is never touched.
 */

#include <kern/dev/mmio.h>
#include <kern/dev/uart.h>

/* Register numbers; register n lives at base + (n << reg_shift). */
#define UART_RBR	0	/* receive buffer (read) */
#define UART_THR	0	/* transmit holding (write) */
#define UART_IER	1	/* interrupt enable */
#define UART_FCR	2	/* FIFO control (write) */
#define UART_LCR	3	/* line control */
#define UART_LSR	5	/* line status */

#define IER_ALL_OFF	0x00		/* polled for now: no interrupts */
#define FCR_FIFO_ENABLE	(1u << 0)
#define FCR_RX_RESET	(1u << 1)
#define LCR_DLAB	(1u << 7)	/* registers 0 and 1 are the divisor */
#define LSR_DR		(1u << 0)	/* data ready */
#define LSR_THRE	(1u << 5)	/* transmit holding register empty */
#define RBR_DATA	0xffu		/* the received byte (32-bit reads) */

#define UART_MAX_REG_SHIFT	4

static uintptr_t reg_addr(const struct uart *u, unsigned reg)
{
	return u->base + ((uintptr_t)reg << u->reg_shift);
}

static unsigned reg_read(const struct uart *u, unsigned reg)
{
	if (u->io_width == 4)
		return mmio_read32(reg_addr(u, reg));
	return mmio_read8(reg_addr(u, reg));
}

static void reg_write(const struct uart *u, unsigned reg, unsigned v)
{
	if (u->io_width == 4)
		mmio_write32(reg_addr(u, reg), v);
	else
		mmio_write8(reg_addr(u, reg), (uint8_t)v);
}

static int ns16550_init(const struct uart *u)
{
	unsigned lcr;

	if (u->io_width != 1 && u->io_width != 4)
		return -1;
	if (u->reg_shift > UART_MAX_REG_SHIFT)
		return -1;
	/* A 32-bit access needs registers at least 4 bytes apart (aligned). */
	if ((1u << u->reg_shift) < u->io_width)
		return -1;

	/*
	 * With DLAB set, registers 0 and 1 are the divisor latch, so clear it
	 * before writing IER. Only write LCR if needed: the DesignWare UART
	 * may ignore LCR writes while busy, and the value is already right.
	 */
	lcr = reg_read(u, UART_LCR);
	if (lcr & LCR_DLAB)
		reg_write(u, UART_LCR, lcr & ~LCR_DLAB);
	reg_write(u, UART_IER, IER_ALL_OFF);
	/*
	 * Enable the FIFOs and drop stale input, but do not reset the transmit
	 * FIFO: it may still hold the firmware's last lines.
	 */
	reg_write(u, UART_FCR, FCR_FIFO_ENABLE | FCR_RX_RESET);
	return 0;
}

static void ns16550_putc(const struct uart *u, char c)
{
	while (!(reg_read(u, UART_LSR) & LSR_THRE))
		;
	reg_write(u, UART_THR, (unsigned char)c);
}

static int ns16550_getc(const struct uart *u)
{
	if (!(reg_read(u, UART_LSR) & LSR_DR))
		return -1;
	return reg_read(u, UART_RBR) & RBR_DATA;
}

const struct uart_driver uart_ns16550 = {
	.name = "ns16550a",
	.init = ns16550_init,
	.putc = ns16550_putc,
	.getc = ns16550_getc,
};
