/* SPDX-License-Identifier: BSD-2-Clause */
#include <stdarg.h>
#include <kern/arch.h>
#include <kern/panic.h>
#include <kern/printf.h>

static volatile int panicking;

void panic(const char *fmt, ...)
{
	char buf[256];
	va_list ap;

	arch_irq_save();
	/* A second panic (another hart, or inside printing) just stops. */
	if (__atomic_exchange_n(&panicking, 1, __ATOMIC_ACQ_REL))
		arch_poweroff(true);
	va_start(ap, fmt);
	kvsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	kprintf("\npanic on hart %lu: %s\n", arch_hartid(), buf);
	arch_poweroff(true);
}
