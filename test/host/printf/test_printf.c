/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * kvsnprintf() against the host C library's vsnprintf(): a table of formats
 * and values, then randomly generated ones. Every comparison is repeated at
 * every buffer size from 0 to the full length, checking the return value,
 * the truncated text, the NUL and that nothing past the buffer is written.
 *
 * Usage: printf [seed]   (the seed used is always printed)
 */

#include <inttypes.h>
#include <limits.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <kern/printf.h>

#define OUT_MAX		4096
#define CANARY		0x5a

static unsigned failures;
static unsigned checks;

/* Run kvsnprintf at every size 0..n+1 and compare with want[0..n). */
static void check_sizes(const char *want, int n, const char *fmt, va_list ap)
{
	static char buf[OUT_MAX + 16];

	for (int size = 0; size <= n + 1 && size <= OUT_MAX; size++) {
		va_list aq;
		int got, keep = size ? size - 1 : 0;

		if (keep > n)
			keep = n;
		memset(buf, CANARY, sizeof(buf));
		va_copy(aq, ap);
		got = kvsnprintf(size ? buf : NULL, (size_t)size, fmt, aq);
		va_end(aq);
		checks++;
		if (got != n) {
			printf("FAIL fmt \"%s\" size %d: returned %d, want %d\n",
			       fmt, size, got, n);
			failures++;
			return;
		}
		if (size == 0)
			continue;
		if (memcmp(buf, want, (size_t)keep) != 0 || buf[keep] != '\0') {
			printf("FAIL fmt \"%s\" size %d: got \"%.*s\", want \"%.*s\"\n",
			       fmt, size, keep, buf, keep, want);
			failures++;
			return;
		}
		for (int i = size; i < (int)sizeof(buf); i++) {
			if ((unsigned char)buf[i] != CANARY) {
				printf("FAIL fmt \"%s\" size %d: wrote byte %d\n",
				       fmt, size, i);
				failures++;
				return;
			}
		}
	}
}

/* Compare with the host's vsnprintf. */
__attribute__((format(printf, 1, 2)))
static void check(const char *fmt, ...)
{
	static char want[OUT_MAX];
	va_list ap, aq;
	int n;

	va_start(ap, fmt);
	va_copy(aq, ap);
	n = vsnprintf(want, sizeof(want), fmt, aq);
	va_end(aq);
	if (n < 0 || n >= OUT_MAX) {
		printf("FAIL fmt \"%s\": host vsnprintf returned %d\n", fmt, n);
		failures++;
	} else {
		check_sizes(want, n, fmt, ap);
	}
	va_end(ap);
}

/*
 * Compare with a fixed expectation: where the kernel deliberately differs
 * from the host, or the format is not valid C. No format attribute, so
 * invalid formats compile.
 */
static void expect(const char *want, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	check_sizes(want, (int)strlen(want), fmt, ap);
	va_end(ap);
}

static void table(void)
{
	/* Hidden from the compiler so it cannot warn about NULL for %s. */
	const char *volatile null_str = NULL;
	const char *volatile zero_prec = "%08.3d|%08.3d|%08.3x|";
	char big[600];

	expect("", "");
	check("plain text");
	check("%%");
	check("a%%b%%%%c");

	/* %d %i */
	check("%d", 0);
	check("%d", 1);
	check("%d", -1);
	check("%d", INT_MAX);
	check("%d", INT_MIN);
	check("%i", -12345);
	check("%5d|%-5d|%05d", 42, 42, 42);
	check("%5d|%-5d|%05d", -42, -42, -42);
	check("%1d|%2d", 123, -123);
	check("%+d %+d % d % d", 5, -5, 5, -5);
	check("%+05d|% 05d|%-+6d|", 7, 7, 7);
	check("%.0d|%.0d|%5.0d|", 0, 1, 0);
	check("%.3d|%.3d|%8.3d|%-8.3d|", 7, -7, 7, -7);
	/* '0' is ignored with a precision (gcc warns, so not a literal) */
	check(zero_prec, 7, -7, 7u);
	check("%hhd %hhd %hhd", 127, 128, -129);
	check("%hd %hd %hd", 32767, 32768, -32769);
	check("%ld %ld %ld", 0L, LONG_MAX, LONG_MIN);
	check("%lld %lld", LLONG_MAX, LLONG_MIN);
	check("%" PRId64 "|%" PRIi64, INT64_MIN, INT64_MAX);
	check("%24" PRId64 "|%-24" PRId64 "|%024" PRId64 "|", INT64_MIN,
	      INT64_MIN, INT64_MIN);
	check("%zd %zd", -3L, LONG_MAX); /* long is signed size_t on LP64 */

	/* %u %x %X %o */
	check("%u %u %u", 0u, 1u, UINT_MAX);
	check("%x %X %o", 0u, 0u, 0u);
	check("%x %X %o", 0xdeadbeefu, 0xdeadbeefu, 0777u);
	check("%#x %#X %#o %#x %#o", 0x1fu, 0x1fu, 8u, 0u, 0u);
	check("%#.0o|%.0o|%#.0x|%#5o|%#.5o|", 0u, 0u, 0u, 8u, 8u);
	check("%#10x|%#-10x|%#010x|%010X|", 0xabcu, 0xabcu, 0xabcu, 0xabcu);
	check("%hhx %hhu %hho", 0x1ffu, 0x1ffu, 0x1ffu);
	check("%hx %hu %ho", 0x1ffffu, 0x1ffffu, 0x1ffffu);
	check("%lx %lu %lo", ULONG_MAX, ULONG_MAX, ULONG_MAX);
	check("%llx %llX %llu %llo", ULLONG_MAX, ULLONG_MAX, ULLONG_MAX,
	      ULLONG_MAX);
	check("%016" PRIx64 " %" PRIu64, UINT64_C(0x1234), UINT64_MAX);
	check("%zu %zx %zo", (size_t)0, SIZE_MAX, (size_t)4096);
	check("%.8x|%12.8x|%-12.8X|", 0xbeefu, 0xbeefu, 0xbeefu);
	check("%.0u|%.0x|%3.0u|", 0u, 0u, 0u);

	/* %c */
	check("%c%c%c", 'a', 'B', '~');
	check("%3c|%-3c|%1c|", 'x', 'y', 'z');
	check("%c", 0x80 | 'A');
	check("[%c]", 0);
	check("[%4c][%-4c]", 0, 0);

	/* %s */
	check("%s", "");
	check("%s", "hello");
	check("%10s|%-10s|%2s|", "abc", "abc", "abcdef");
	check("%.3s|%.0s|%.10s|", "abcdef", "abcdef", "abc");
	check("%8.3s|%-8.3s|", "abcdef", "abcdef");
	check("%s", null_str);
	check("%10s|%-10s|", null_str, null_str);

	/* %p, non-NULL (the host prints NULL differently) */
	check("%p", (void *)0x1234);
	check("%p", (void *)UINTPTR_MAX);
	check("%20p|%-20p|", (void *)0x80200000, (void *)0x80200000);

	/* '*' for width and precision, negative ones included */
	check("%*d|%-*d|%*d|", 6, 42, 6, 42, -6, 42);
	check("%.*d|%.*d|", 4, 42, -1, 42);
	check("%*.*s|%.*s|%.*s|", 8, 2, "abcdef", -1, "abc", 0, "abc");

	/* long output and width */
	check("%500d|", 1);
	check("%-300s|%300s", "left", "right");
	memset(big, 'q', sizeof(big) - 1);
	big[sizeof(big) - 1] = '\0';
	check("<%s>", big);

	/* widths past int are clamped, not overflowed (UBSan would see it) */
	{
		const char *volatile huge = "%99999999999d|%.99999999999s|";
		char small[8];

		if (ksnprintf(small, sizeof(small), huge, 1, "ab") != 1000000 + 4) {
			printf("FAIL huge width: returned %d\n",
			       ksnprintf(small, sizeof(small), huge, 1, "ab"));
			failures++;
		}
		checks++;
	}

	/* mixtures */
	check("%s=%d (0x%08x) %c%%", "count", -17, 0xffu, '!');
	check("%hhd%hd%d%ld%lld%zu", 1, 2, 3, 4L, 5LL, (size_t)6);

	/* where the kernel differs on purpose, or the format is not C */
	expect("0x0", "%p", (void *)0);
	expect("  0x0|0x0  |", "%5p|%-5p|", (void *)0, (void *)0);
	expect("%y", "%y");
	expect("a%-5yb", "a%-5yb");
	expect("%lq", "%lq");
	expect("%hhj1", "%hhj%d", 1);
	expect("abc%", "abc%");
	expect("abc%-", "abc%-");
	expect("x%5.2", "x%5.2");
}

static uint64_t rng_state;

/* xorshift64*: reproducible everywhere from the printed seed. */
static uint64_t rnd(void)
{
	rng_state ^= rng_state >> 12;
	rng_state ^= rng_state << 25;
	rng_state ^= rng_state >> 27;
	return rng_state * UINT64_C(2685821657736338717);
}

static unsigned rnd_below(unsigned n)
{
	return (unsigned)(rnd() % n);
}

/* Mostly ordinary values, often the edges, which is where bugs are. */
static uint64_t rnd_value(void)
{
	static const uint64_t edges[] = {
		0, 1, 7, 8, 9, 10, 15, 16, 99, 100, 127, 128, 255, 256,
		0x7fff, 0x8000, 0xffff, 0x7fffffff, 0x80000000, 0xffffffff,
		UINT64_C(0x7fffffffffffffff), UINT64_C(0x8000000000000000),
		UINT64_MAX,
	};
	uint64_t v;

	switch (rnd_below(4)) {
	case 0:
		return edges[rnd_below(sizeof(edges) / sizeof(edges[0]))];
	case 1:
		return rnd() >> rnd_below(64);
	case 2:
		v = edges[rnd_below(sizeof(edges) / sizeof(edges[0]))];
		return -v;
	default:
		return rnd();
	}
}

static const char *const strings[] = {
	"", "a", "hello", "with space", "0123456789abcdefghij",
	"a fairly long string that runs past most of the field widths",
};

/* Call check() with optional '*' arguments before the value. */
#define CALL(val) do {							\
		if (star_w && star_p)					\
			check(fmt, sw, sp, val);			\
		else if (star_w)					\
			check(fmt, sw, val);				\
		else if (star_p)					\
			check(fmt, sp, val);				\
		else							\
			check(fmt, val);				\
	} while (0)

static void random_one(void)
{
	static const char convs[] = "diuoxXcsp";
	static const char *const lens[] = { "", "hh", "h", "l", "ll", "z" };
	char fmt[64], conv = convs[rnd_below(sizeof(convs) - 1)];
	const char *flags, *len = "";
	int star_w = 0, star_p = 0, sw = 0, sp = 0;
	size_t n = 0;
	uint64_t v = rnd_value();

	/* Only the combinations C defines. */
	switch (conv) {
	case 'd': case 'i':
		flags = "-0+ ";
		break;
	case 'u':
		flags = "-0";
		break;
	case 'o': case 'x': case 'X':
		flags = "-0#";
		break;
	default:
		flags = "-";
		break;
	}

	n += (size_t)snprintf(fmt + n, sizeof(fmt) - n, "<%%");
	for (const char *f = flags; *f; f++)
		if (rnd_below(4) == 0)
			fmt[n++] = *f;
	switch (rnd_below(4)) {
	case 0:
		break;
	case 1:
		star_w = 1;
		sw = (int)rnd_below(41) - 20;
		fmt[n++] = '*';
		break;
	default:
		n += (size_t)snprintf(fmt + n, sizeof(fmt) - n, "%u",
				      1 + rnd_below(30));
		break;
	}
	if (conv != 'c' && conv != 'p') {
		switch (rnd_below(4)) {
		case 0:
			n += (size_t)snprintf(fmt + n, sizeof(fmt) - n, ".");
			break;
		case 1:
			star_p = 1;
			sp = (int)rnd_below(30) - 4;
			n += (size_t)snprintf(fmt + n, sizeof(fmt) - n, ".*");
			break;
		case 2:
			n += (size_t)snprintf(fmt + n, sizeof(fmt) - n, ".%u",
					      rnd_below(25));
			break;
		default:
			break;
		}
	}
	if (conv != 'c' && conv != 's' && conv != 'p')
		len = lens[rnd_below(sizeof(lens) / sizeof(lens[0]))];
	snprintf(fmt + n, sizeof(fmt) - n, "%s%c>", len, conv);

	switch (conv) {
	case 'd': case 'i':
		if (!strcmp(len, "l") || !strcmp(len, "z"))
			CALL((long)v);
		else if (!strcmp(len, "ll"))
			CALL((long long)v);
		else
			CALL((int)v);
		break;
	case 'u': case 'o': case 'x': case 'X':
		if (!strcmp(len, "l"))
			CALL((unsigned long)v);
		else if (!strcmp(len, "ll"))
			CALL((unsigned long long)v);
		else if (!strcmp(len, "z"))
			CALL((size_t)v);
		else
			CALL((unsigned)v);
		break;
	case 'c':
		CALL((int)(v & 0xff));
		break;
	case 's':
		CALL(strings[rnd_below(sizeof(strings) / sizeof(strings[0]))]);
		break;
	case 'p':
		CALL((void *)(uintptr_t)(v | 1));
		break;
	}
}

#define RANDOM_RUNS	20000

int main(int argc, char **argv)
{
	uint64_t seed = UINT64_C(0x9e3779b97f4a7c15);

	if (argc > 1)
		seed = strtoull(argv[1], NULL, 0);
	printf("printf: random seed 0x%" PRIx64 " (rerun: %s 0x%" PRIx64 ")\n",
	       seed, argv[0], seed);
	rng_state = seed ? seed : 1;

	table();
	for (int i = 0; i < RANDOM_RUNS && failures < 20; i++)
		random_one();

	if (failures) {
		printf("printf: %u of %u checks FAILED\n", failures, checks);
		return 1;
	}
	printf("printf: %u checks passed\n", checks);
	return 0;
}
