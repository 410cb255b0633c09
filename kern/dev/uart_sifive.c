/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * SiFive UART ("sifive,uart0": FU540, FU740), polled. Its registers are
 * always 32 bits wide at fixed offsets; the baud divisor (div, 0x18) was set
 * by the firmware and is left alone.
 */

#include <kern/dev/mmio.h>
#include <kern/dev/uart.h>

/* Register offsets in bytes. */
#define SIFIVE_TXDATA	0x00
#define SIFIVE_RXDATA	0x04
#define SIFIVE_TXCTRL	0x08
#define SIFIVE_RXCTRL	0x0c
#define SIFIVE_IE	0x10

#define TXDATA_FULL	(1u << 31)	/* transmit FIFO full: write is dropped */
#define RXDATA_EMPTY	(1u << 31)	/* receive FIFO empty: data invalid */
#define RXDATA_DATA	0xffu		/* the received byte */
#define TXCTRL_TXEN	(1u << 0)
#define RXCTRL_RXEN	(1u << 0)
#define IE_ALL_OFF	0x0u		/* polled for now: no interrupts */

static uint32_t reg_read(const struct uart *u, unsigned off)
{
	return mmio_read32(u->base + off);
}

static void reg_write(const struct uart *u, unsigned off, uint32_t v)
{
	mmio_write32(u->base + off, v);
}

static int sifive_init(const struct uart *u)
{
	reg_write(u, SIFIVE_IE, IE_ALL_OFF);
	/* Keep the firmware's stop bits and watermark fields; set only the enables. */
	reg_write(u, SIFIVE_TXCTRL, reg_read(u, SIFIVE_TXCTRL) | TXCTRL_TXEN);
	reg_write(u, SIFIVE_RXCTRL, reg_read(u, SIFIVE_RXCTRL) | RXCTRL_RXEN);
	return 0;
}

static void sifive_putc(const struct uart *u, char c)
{
	while (reg_read(u, SIFIVE_TXDATA) & TXDATA_FULL)
		;
	reg_write(u, SIFIVE_TXDATA, (unsigned char)c);
}

static int sifive_getc(const struct uart *u)
{
	/* Reading rxdata pops the FIFO, so read it exactly once. */
	uint32_t v = reg_read(u, SIFIVE_RXDATA);

	if (v & RXDATA_EMPTY)
		return -1;
	return v & RXDATA_DATA;
}

const struct uart_driver uart_sifive = {
	.name = "sifive,uart0",
	.init = sifive_init,
	.putc = sifive_putc,
	.getc = sifive_getc,
};
