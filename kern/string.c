/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * memset/memcpy/memmove/memcmp/strlen. Simple on purpose, byte at a time,
 * except that memset fills whole aligned words: the kernel zeroes every
 * frame it hands out and every page a message exchange gives back.
 */

#include <stdint.h>
#include <kern/abi.h>
#include <kern/string.h>

/*
 * Without this gcc recognises the loops below as memset/memcpy and compiles
 * them into calls to themselves.
 */
#if defined(__GNUC__) && !defined(__clang__)
#define NO_LIBCALLS __attribute__((optimize("no-tree-loop-distribute-patterns")))
#else
#define NO_LIBCALLS
#endif

NO_LIBCALLS void *memset(void *dst, int c, size_t n)
{
	unsigned char *d = dst;
	uint64_t word = (unsigned char)c * 0x0101010101010101ULL;

	while (n && ((uintptr_t)d & 7)) {
		*d++ = (unsigned char)c;
		n--;
	}
	/* Thirty-two words a turn, then eight (a whole page: page_zero). */
	for (; n >= 256; n -= 256, d += 256) {
		uint64_t *w = (uint64_t *)d;
#pragma GCC unroll 32
		for (unsigned i = 0; i < 32; i++)
			w[i] = word;
	}
	for (; n >= 64; n -= 64, d += 64) {
		uint64_t *w = (uint64_t *)d;
		w[0] = word; w[1] = word; w[2] = word; w[3] = word;
		w[4] = word; w[5] = word; w[6] = word; w[7] = word;
	}
	for (; n >= 8; n -= 8, d += 8)
		*(uint64_t *)d = word;
	while (n--)
		*d++ = (unsigned char)c;
	return dst;
}

NO_LIBCALLS void *memcpy(void *restrict dst, const void *restrict src, size_t n)
{
	unsigned char *d = dst;
	const unsigned char *s = src;

	while (n--)
		*d++ = *s++;
	return dst;
}

NO_LIBCALLS void *memmove(void *dst, const void *src, size_t n)
{
	unsigned char *d = dst;
	const unsigned char *s = src;

	/* Copy backwards when dst overlaps the tail of src. */
	if ((uintptr_t)d - (uintptr_t)s >= n) {
		while (n--)
			*d++ = *s++;
	} else {
		d += n;
		s += n;
		while (n--)
			*--d = *--s;
	}
	return dst;
}

NO_LIBCALLS int memcmp(const void *a, const void *b, size_t n)
{
	const unsigned char *p = a, *q = b;

	for (; n; n--, p++, q++)
		if (*p != *q)
			return *p - *q;
	return 0;
}

NO_LIBCALLS size_t strlen(const char *s)
{
	size_t n = 0;

	while (s[n])
		n++;
	return n;
}

/*
 * Sixty-four words a turn: a page in 8 turns of 66 instructions, 528, of
 * which the 512 stores are the floor without cache-block zeroing (Zicboz),
 * which the boards' cores and QEMU 7.2 lack; memset's turns of 32 and its
 * alignment tests cost 570.
 */
NO_LIBCALLS void page_zero(void *page)
{
	uint64_t *w = page, *end = w + PAGE_BYTES / sizeof(uint64_t);

	for (; w < end; w += 64) {
#pragma GCC unroll 64
		for (unsigned i = 0; i < 64; i++)
			w[i] = 0;
	}
}
