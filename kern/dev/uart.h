/* SPDX-License-Identifier: BSD-2-Clause */
#ifndef KERN_DEV_UART_H
#define KERN_DEV_UART_H

/*
 * Polled UART drivers for the console. A driver is a table of three
 * functions; the device it talks to is a struct uart, filled from the
 * board's console description and the address the registers are mapped at.
 * Callers serialise access (the console lock); the drivers keep no state.
 */

#include <stdint.h>

struct uart {
	uintptr_t base;		/* kernel virtual address of the registers */
	unsigned reg_shift;	/* register n lives at base + (n << reg_shift) */
	unsigned io_width;	/* access width in bytes: 1 or 4 */
};

struct uart_driver {
	const char *name;	/* for console_name(): "ns16550a" */
	/*
	 * Check the layout and program the device for polled use. Returns 0,
	 * or -1 without touching the device if the layout cannot be driven.
	 */
	int (*init)(const struct uart *u);
	/* Send one byte, waiting for room in the transmitter. */
	void (*putc)(const struct uart *u, char c);
	/* One received byte (0..255), or -1 if none is waiting. */
	int (*getc)(const struct uart *u);
};

/* "ns16550a", "ns16550", "snps,dw-apb-uart": honours reg_shift and io_width. */
extern const struct uart_driver uart_ns16550;
/* "sifive,uart0": fixed 32-bit registers; reg_shift and io_width are ignored. */
extern const struct uart_driver uart_sifive;

#endif
