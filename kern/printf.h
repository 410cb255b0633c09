/* SPDX-License-Identifier: BSD-2-Clause */
#ifndef KERN_PRINTF_H
#define KERN_PRINTF_H

#include <stdarg.h>
#include <stddef.h>

/*
 * The kernel's own small printf. Conversions: %d %i %u %x %X %o %c %s %p %%
 * with the length modifiers hh h l ll z, flags '-' '0', a field width and, for
 * %s, a precision. Unknown conversions print literally. kprintf() holds the
 * console lock for the whole call, so one call's text is never interleaved.
 */
int kvsnprintf(char *buf, size_t size, const char *fmt, va_list ap);
int ksnprintf(char *buf, size_t size, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
int kprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
