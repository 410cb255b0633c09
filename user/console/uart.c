/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * The console UART's receive interrupt, which the kernel's polled drivers
 * keep off. Register names follow kern/dev/uart_ns16550.c and
 * uart_sifive.c, the drivers this program also links.
 */
#include <kern/dev/mmio.h>
#include "console_proto.h"
#include "uart.h"

/* ns16550: register n at base + (n << reg_shift), io_width bytes wide. */
#define NS16550_IER        1
#define NS16550_IER_ERBFI  (1u << 0)   /* interrupt: received data available */

/* SiFive UART: fixed 32-bit registers. */
#define SIFIVE_RXCTRL      0x0c
#define SIFIVE_IE          0x10
#define RXCTRL_RXCNT_SHIFT 16          /* watermark: interrupt while count > rxcnt */
#define RXCTRL_RXCNT_MASK  (7u << RXCTRL_RXCNT_SHIFT)
#define IE_RXWM            (1u << 1)   /* receive watermark interrupt */

int cons_uart_init(struct cons_uart *u, unsigned kind, unsigned long base,
		   unsigned reg_shift, unsigned io_width)
{
	u->kind = kind;
	u->regs = (struct uart){ .base = base, .reg_shift = reg_shift, .io_width = io_width };
	switch (kind) {
	case CONS_UART_NS16550:
		u->drv = &uart_ns16550;
		break;
	case CONS_UART_SIFIVE:
		u->drv = &uart_sifive;
		break;
	default:
		return -1;
	}
	/* Checks the layout, enables the FIFOs, drops stale input, all
	 * interrupts off: where we start from. */
	return u->drv->init(&u->regs);
}

static void ns16550_write(const struct uart *r, unsigned reg, unsigned v)
{
	uintptr_t a = r->base + ((uintptr_t)reg << r->reg_shift);

	if (r->io_width == 4)
		mmio_write32(a, v);
	else
		mmio_write8(a, (uint8_t)v);
}

void cons_uart_rx_irq_on(const struct cons_uart *u)
{
	const struct uart *r = &u->regs;

	if (u->kind == CONS_UART_NS16550) {
		/* The FIFO trigger level stays at one byte (init's FCR). */
		ns16550_write(r, NS16550_IER, NS16550_IER_ERBFI);
	} else {
		uint32_t rx = mmio_read32(r->base + SIFIVE_RXCTRL) & ~RXCTRL_RXCNT_MASK;
		mmio_write32(r->base + SIFIVE_RXCTRL, rx);   /* watermark 0: any byte */
		mmio_write32(r->base + SIFIVE_IE, IE_RXWM);
	}
}

void cons_uart_putc(const struct cons_uart *u, char c)
{
	if (c == '\n')
		u->drv->putc(&u->regs, '\r');
	u->drv->putc(&u->regs, c);
}

int cons_uart_getc(const struct cons_uart *u)
{
	return u->drv->getc(&u->regs);
}
