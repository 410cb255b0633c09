/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * kern/string.c against the host C library. The kernel file is included
 * here with its functions renamed, so the test links against both.
 */

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#define memset	kern_memset
#define memcpy	kern_memcpy
#define memmove	kern_memmove
#define memcmp	kern_memcmp
#define strlen	kern_strlen
#include "../../../kern/string.c"
#undef memset
#undef memcpy
#undef memmove
#undef memcmp
#undef strlen

#define N 64

static unsigned failures;

#define CHECK(cond) do {						\
		if (!(cond)) {						\
			printf("FAIL %s:%d: %s\n", __FILE__, __LINE__, #cond); \
			failures++;					\
		}							\
	} while (0)

static void fill(unsigned char *p, size_t n, unsigned seed)
{
	for (size_t i = 0; i < n; i++)
		p[i] = (unsigned char)(seed * 31 + i * 7);
}

static int sign(int v)
{
	return (v > 0) - (v < 0);
}

int main(void)
{
	unsigned char a[N], b[N], src[N];

	/* every offset and length within the buffer */
	for (size_t off = 0; off < N; off++) {
		for (size_t n = 0; off + n <= N; n++) {
			fill(a, N, 1);
			fill(b, N, 1);
			CHECK(kern_memset(a + off, 0x1c3, n) == a + off);
			memset(b + off, 0x1c3, n);
			CHECK(memcmp(a, b, N) == 0);

			fill(src, N, 2);
			fill(a, N, 1);
			fill(b, N, 1);
			CHECK(kern_memcpy(a + off, src, n) == a + off);
			memcpy(b + off, src, n);
			CHECK(memcmp(a, b, N) == 0);

			/* overlapping both ways */
			for (size_t from = 0; from + n <= N; from += 5) {
				fill(a, N, 3);
				fill(b, N, 3);
				CHECK(kern_memmove(a + off, a + from, n) == a + off);
				memmove(b + off, b + from, n);
				CHECK(memcmp(a, b, N) == 0);
			}
		}
	}

	fill(a, N, 4);
	fill(b, N, 4);
	CHECK(kern_memcmp(a, b, N) == 0);
	CHECK(kern_memcmp(a, b, 0) == 0);
	for (size_t i = 0; i < N; i++) {
		fill(b, N, 4);
		b[i] = (unsigned char)(a[i] + 1);	/* wraps 0xff -> 0 */
		CHECK(sign(kern_memcmp(a, b, N)) == sign(memcmp(a, b, N)));
		CHECK(sign(kern_memcmp(b, a, N)) == sign(memcmp(b, a, N)));
		CHECK(kern_memcmp(a, b, i) == 0);
	}

	CHECK(kern_strlen("") == 0);
	CHECK(kern_strlen("abc") == 3);
	CHECK(kern_strlen("ab\0cd") == 2);
	{
		char s[N + 1];

		memset(s, 'x', N);
		s[N] = '\0';
		CHECK(kern_strlen(s) == N);
	}

	if (failures) {
		printf("string: %u checks FAILED\n", failures);
		return 1;
	}
	printf("string: all checks passed\n");
	return 0;
}
