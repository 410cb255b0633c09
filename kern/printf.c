/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * The kernel's printf. One formatter, format(), writes through a small output
 * buffer: kvsnprintf() lends it the caller's buffer and drops what does not
 * fit, kprintf() lends it a stack buffer that is flushed to the console each
 * time it fills, so output of any length needs only bounded stack.
 *
 * Beyond what kern/printf.h promises, the flags '+', ' ' and '#', '*' for the
 * width and precision, and a precision on integer conversions are accepted
 * with their C meanings, so that anything gcc's format checking lets through
 * prints as it would with the C library. %p prints "0x" and lowercase hex,
 * "0x0" for NULL.
 */

#include <limits.h>
#include <stdbool.h>
#include <stdint.h>
#include <kern/console.h>
#include <kern/printf.h>

#define KPRINTF_BUF	256	/* kprintf()'s stack buffer, flushed when full */
#define MAX_WIDTH	1000000	/* larger widths and precisions are clamped */

struct out {
	char *buf;
	size_t cap;		/* chars buf can hold */
	size_t len;		/* chars now in buf */
	size_t total;		/* chars produced, whether kept or not */
	void (*flush)(struct out *o); /* empties buf; NULL: drop the excess */
};

static void put(struct out *o, char c)
{
	if (o->len == o->cap && o->flush)
		o->flush(o);
	if (o->len < o->cap)
		o->buf[o->len++] = c;
	o->total++;
}

static void pad(struct out *o, char c, int n)
{
	while (n-- > 0)
		put(o, c);
}

/* One conversion specification: %[flags][width][.precision][length]conv */
struct spec {
	bool left;		/* '-': pad on the right */
	bool zero;		/* '0': pad numbers with zeros */
	bool plus;		/* '+': sign on non-negative numbers */
	bool space;		/* ' ': space before non-negative numbers */
	bool alt;		/* '#': 0x prefix, leading octal 0 */
	int width;
	int prec;		/* -1 if none */
};

enum length { LEN_NONE, LEN_HH, LEN_H, LEN_L, LEN_LL, LEN_Z };

/*
 * Print u in the given base. sign is '-', '+', ' ' or 0; prefix is "0x",
 * "0X" or "".
 */
static void put_number(struct out *o, const struct spec *sp,
		       unsigned long long u, unsigned base, bool upper,
		       char sign, const char *prefix)
{
	const char *digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
	char tmp[24];		/* 64 bits are at most 22 octal digits */
	int n = 0, zeros, len, plen = 0;

	/* Precision 0 prints no digits for 0 (C99 7.19.6.1). */
	if (u != 0 || sp->prec != 0) {
		do {
			tmp[n++] = digits[u % base];
			u /= base;
		} while (u);
	}
	while (prefix[plen])
		plen++;

	zeros = sp->prec > n ? sp->prec - n : 0;
	/* '#' with %o: the first digit printed must be a 0. */
	if (sp->alt && base == 8 && zeros == 0 && (n == 0 || tmp[n - 1] != '0'))
		zeros = 1;

	len = (sign != 0) + plen + zeros + n;
	if (!sp->left && sp->zero && sp->prec < 0 && sp->width > len) {
		zeros += sp->width - len;
		len = sp->width;
	}
	if (!sp->left)
		pad(o, ' ', sp->width - len);
	if (sign)
		put(o, sign);
	while (*prefix)
		put(o, *prefix++);
	pad(o, '0', zeros);
	while (n > 0)
		put(o, tmp[--n]);
	if (sp->left)
		pad(o, ' ', sp->width - len);
}

static void put_string(struct out *o, const struct spec *sp, const char *s)
{
	int n = 0;

	if (s == NULL)
		s = "(null)";
	while (s[n] && (sp->prec < 0 || n < sp->prec))
		n++;
	if (!sp->left)
		pad(o, ' ', sp->width - n);
	for (int i = 0; i < n; i++)
		put(o, s[i]);
	if (sp->left)
		pad(o, ' ', sp->width - n);
}

/* A decimal number in the format, clamped to MAX_WIDTH. */
static int parse_num(const char **fmt)
{
	int v = 0;

	while (**fmt >= '0' && **fmt <= '9') {
		if (v < MAX_WIDTH)
			v = v * 10 + (**fmt - '0');
		(*fmt)++;
	}
	return v > MAX_WIDTH ? MAX_WIDTH : v;
}

static int clamp_arg(int v)
{
	return v > MAX_WIDTH ? MAX_WIDTH : v;
}

static long long signed_arg(enum length len, va_list *ap)
{
	switch (len) {
	case LEN_HH:
		return (signed char)va_arg(*ap, int);
	case LEN_H:
		return (short)va_arg(*ap, int);
	case LEN_L:
	case LEN_Z:	/* the signed type of size_t's width */
		return va_arg(*ap, long);
	case LEN_LL:
		return va_arg(*ap, long long);
	default:
		return va_arg(*ap, int);
	}
}

static unsigned long long unsigned_arg(enum length len, va_list *ap)
{
	switch (len) {
	case LEN_HH:
		return (unsigned char)va_arg(*ap, unsigned int);
	case LEN_H:
		return (unsigned short)va_arg(*ap, unsigned int);
	case LEN_L:
		return va_arg(*ap, unsigned long);
	case LEN_LL:
		return va_arg(*ap, unsigned long long);
	case LEN_Z:
		return va_arg(*ap, size_t);
	default:
		return va_arg(*ap, unsigned int);
	}
}

/*
 * ap is passed by pointer so the helpers above can take arguments from it
 * (a va_list handed on by value may not be used again by its owner).
 */
static void format(struct out *o, const char *fmt, va_list *ap)
{
	while (*fmt) {
		const char *start = fmt;
		struct spec sp = { .prec = -1 };
		enum length len = LEN_NONE;
		unsigned long long u;
		long long v;
		char sign;

		if (*fmt != '%') {
			put(o, *fmt++);
			continue;
		}
		fmt++;

		for (;; fmt++) {
			if (*fmt == '-')
				sp.left = true;
			else if (*fmt == '0')
				sp.zero = true;
			else if (*fmt == '+')
				sp.plus = true;
			else if (*fmt == ' ')
				sp.space = true;
			else if (*fmt == '#')
				sp.alt = true;
			else
				break;
		}

		if (*fmt == '*') {
			int w = va_arg(*ap, int);

			fmt++;
			/* A negative width argument means '-' (C99 7.19.6.1). */
			if (w < 0) {
				sp.left = true;
				w = w == INT_MIN ? INT_MAX : -w;
			}
			sp.width = clamp_arg(w);
		} else {
			sp.width = parse_num(&fmt);
		}

		if (*fmt == '.') {
			fmt++;
			if (*fmt == '*') {
				int p = va_arg(*ap, int);

				fmt++;
				/* A negative precision is taken as none. */
				sp.prec = p < 0 ? -1 : clamp_arg(p);
			} else {
				sp.prec = parse_num(&fmt);
			}
		}

		if (*fmt == 'h') {
			fmt++;
			len = LEN_H;
			if (*fmt == 'h') {
				fmt++;
				len = LEN_HH;
			}
		} else if (*fmt == 'l') {
			fmt++;
			len = LEN_L;
			if (*fmt == 'l') {
				fmt++;
				len = LEN_LL;
			}
		} else if (*fmt == 'z') {
			fmt++;
			len = LEN_Z;
		}

		switch (*fmt) {
		case 'd':
		case 'i':
			v = signed_arg(len, ap);
			/* 0 - u, not -v: -INT64_MIN overflows. */
			u = v < 0 ? 0 - (unsigned long long)v : (unsigned long long)v;
			sign = v < 0 ? '-' : sp.plus ? '+' : sp.space ? ' ' : 0;
			put_number(o, &sp, u, 10, false, sign, "");
			break;
		case 'u':
			put_number(o, &sp, unsigned_arg(len, ap), 10, false, 0, "");
			break;
		case 'o':
			put_number(o, &sp, unsigned_arg(len, ap), 8, false, 0, "");
			break;
		case 'x':
		case 'X':
			u = unsigned_arg(len, ap);
			put_number(o, &sp, u, 16, *fmt == 'X', 0,
				   sp.alt && u != 0 ? (*fmt == 'X' ? "0X" : "0x") : "");
			break;
		case 'p':
			u = (uintptr_t)va_arg(*ap, void *);
			put_number(o, &sp, u, 16, false, 0, "0x");
			break;
		case 'c':
			/* Width and '-' apply; a NUL char is output too. */
			if (!sp.left)
				pad(o, ' ', sp.width - 1);
			put(o, (char)va_arg(*ap, int));
			if (sp.left)
				pad(o, ' ', sp.width - 1);
			break;
		case 's':
			put_string(o, &sp, va_arg(*ap, const char *));
			break;
		case '%':
			put(o, '%');
			break;
		case '\0':
			/* A lone '%' at the end: print what there is and stop. */
			while (start < fmt)
				put(o, *start++);
			return;
		default:
			/* Unknown conversion: print the specification as written. */
			while (start <= fmt)
				put(o, *start++);
			break;
		}
		fmt++;
	}
}

static int result(size_t total)
{
	return total > INT_MAX ? INT_MAX : (int)total;
}

int kvsnprintf(char *buf, size_t size, const char *fmt, va_list ap)
{
	/* Keep one byte for the NUL. */
	struct out o = { .buf = buf, .cap = size ? size - 1 : 0 };
	va_list aq;

	va_copy(aq, ap);
	format(&o, fmt, &aq);
	va_end(aq);
	if (size > 0)
		buf[o.len] = '\0';
	return result(o.total);
}

int ksnprintf(char *buf, size_t size, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = kvsnprintf(buf, size, fmt, ap);
	va_end(ap);
	return n;
}

static void flush_console(struct out *o)
{
	console_write_locked(o->buf, o->len);
	o->len = 0;
}

int kprintf(const char *fmt, ...)
{
	char buf[KPRINTF_BUF];
	struct out o = { .buf = buf, .cap = sizeof(buf), .flush = flush_console };
	unsigned long flags;
	va_list ap;

	/* Held across every flush, so the whole call comes out in one piece. */
	flags = console_lock();
	va_start(ap, fmt);
	format(&o, fmt, &ap);
	va_end(ap);
	flush_console(&o);
	console_unlock(flags);
	return result(o.total);
}
