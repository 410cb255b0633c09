/* SPDX-License-Identifier: BSD-2-Clause */
#ifndef USER_CONSOLE_UART_H
#define USER_CONSOLE_UART_H

/*
 * The console UART from user space: the kernel's own polled drivers
 * (kern/dev/uart_*.c, compiled into this program: they need nothing but
 * their registers) plus what they leave out, the receive interrupt.
 */

#include <kern/dev/uart.h>

struct cons_uart {
	const struct uart_driver *drv;
	struct uart regs;
	unsigned kind;      /* CONS_UART_* */
};

/* Set up the device at base for kind; 0, or -1 if it cannot be driven. */
int cons_uart_init(struct cons_uart *u, unsigned kind, unsigned long base,
		   unsigned reg_shift, unsigned io_width);
/* Interrupt while received bytes wait (until they are read). */
void cons_uart_rx_irq_on(const struct cons_uart *u);
/* Send one byte, '\n' as CR LF. */
void cons_uart_putc(const struct cons_uart *u, char c);
/* A received byte, or -1 if none waits. */
int cons_uart_getc(const struct cons_uart *u);

#endif
