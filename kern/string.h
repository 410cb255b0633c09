/* SPDX-License-Identifier: BSD-2-Clause */
#ifndef KERN_STRING_H
#define KERN_STRING_H

/*
 * The five C library string functions the kernel provides, with their C
 * meanings, and a page clear. gcc may emit calls to memset, memcpy,
 * memmove and memcmp for struct copies and loops even in freestanding
 * code, so these must exist under exactly these names.
 */

#include <stddef.h>

void *memset(void *dst, int c, size_t n);
void *memcpy(void *restrict dst, const void *restrict src, size_t n);
void *memmove(void *dst, const void *src, size_t n);
int memcmp(const void *a, const void *b, size_t n);
size_t strlen(const char *s);
/* Not C's: a whole page (PAGE_BYTES, aligned) of zeros, the clear a message
 * exchange makes of the page it gives back. */
void page_zero(void *page);

#endif
