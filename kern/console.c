/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * The console: the SBI legacy console until console_init() switches to a
 * UART the kernel drives itself. Every byte goes out under one spin lock, so
 * a line written by one call is never split by another hart's output.
 */

#include <stddef.h>
#include <kern/arch.h>
#include <kern/console.h>
#include <kern/printf.h>
#include <kern/spinlock.h>
#include <kern/dev/uart.h>

/* Limits on the device-tree layout values that any of our UARTs can use. */
#define CONSOLE_MAX_REG_SHIFT	4
#define CONSOLE_NAME_MAX	48	/* "sifive,uart0@0x" + 16 hex digits + NUL */

static struct spinlock lock = SPINLOCK_INIT;

/* The UART in use; driver is NULL while output goes to SBI. */
static const struct uart_driver *driver;
static struct uart uart;
static char name[CONSOLE_NAME_MAX] = "sbi";

const char *console_name(void)
{
	return name;
}

static const struct uart_driver *driver_for(enum board_console_kind kind)
{
	switch (kind) {
	case CONSOLE_NS16550:
		return &uart_ns16550;
	case CONSOLE_SIFIVE_UART:
		return &uart_sifive;
	default:
		return NULL;
	}
}

int console_init(const struct board_console *c, uintptr_t va)
{
	const struct uart_driver *d = driver_for(c->kind);
	struct uart u = {
		.base = va,
		.reg_shift = c->reg_shift,
		.io_width = c->reg_io_width,
	};
	unsigned long flags;
	int err;

	if (d == NULL || va == 0)
		return -1;
	if (u.io_width != 1 && u.io_width != 4)
		return -1;
	if (u.reg_shift > CONSOLE_MAX_REG_SHIFT)
		return -1;

	/*
	 * Switch under the lock: no other hart may be half-way through a
	 * line on the old console, or write to the device while it is set up.
	 */
	flags = spin_lock_irqsave(&lock);
	err = d->init(&u);
	if (err == 0) {
		uart = u;
		driver = d;
		ksnprintf(name, sizeof(name), "%s@0x%llx", d->name,
			  (unsigned long long)c->base);
	}
	spin_unlock_irqrestore(&lock, flags);
	return err ? -1 : 0;
}

static void put_raw(char ch)
{
	if (driver)
		driver->putc(&uart, ch);
	else
		arch_early_putc(ch);
}

/* Terminals want CR LF; the kernel writes plain '\n'. */
static void put_locked(char ch)
{
	if (ch == '\n')
		put_raw('\r');
	put_raw(ch);
}

unsigned long console_lock(void)
{
	return spin_lock_irqsave(&lock);
}

void console_unlock(unsigned long flags)
{
	spin_unlock_irqrestore(&lock, flags);
}

void console_write_locked(const char *s, unsigned long n)
{
	unsigned long i;

	for (i = 0; i < n; i++)
		put_locked(s[i]);
}

void console_putc(char ch)
{
	unsigned long flags = console_lock();

	put_locked(ch);
	console_unlock(flags);
}

void console_write(const char *s, unsigned long n)
{
	unsigned long flags = console_lock();

	console_write_locked(s, n);
	console_unlock(flags);
}

int console_getc(void)
{
	unsigned long flags = console_lock();
	int c;

	if (driver)
		c = driver->getc(&uart);
	else
		c = arch_early_getc();
	console_unlock(flags);
	return c;
}
