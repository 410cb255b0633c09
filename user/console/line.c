/* SPDX-License-Identifier: BSD-2-Clause */
/* The console's line editing and finished-line queue (line.h). */
#include "line.h"

#define CH_BS     0x08
#define CH_DEL    0x7f   /* what most terminals send for Backspace */
#define CH_BEL    0x07
#define CH_CTRL_U 0x15   /* erase the whole line */
#define CH_SPACE  0x20

static const char rubout[] = "\b \b";
static const char bell[] = { CH_BEL };

void line_init(struct line *l, void (*echo)(const char *s, size_t n))
{
	*l = (struct line){ .echo = echo };
}

static void ready_put(struct line *l, unsigned char c)
{
	l->ready[(l->ready_head + l->ready_len++) % LINE_READY] = c;
}

static void finish(struct line *l)
{
	l->echo("\n", 1);
	if (l->ready_len + l->edit_len + 1 > LINE_READY) {
		l->echo(bell, 1);   /* nobody reads: the line is lost */
	} else {
		for (size_t i = 0; i < l->edit_len; i++)
			ready_put(l, (unsigned char)l->edit[i]);
		ready_put(l, '\n');
		l->lines++;
	}
	l->edit_len = 0;
}

void line_input(struct line *l, unsigned char c)
{
	int was_cr = l->last_cr;

	l->last_cr = c == '\r';
	if (c == '\r' || c == '\n') {
		if (!(c == '\n' && was_cr))
			finish(l);
	} else if (c == CH_BS || c == CH_DEL) {
		if (l->edit_len) {
			l->edit_len--;
			l->echo(rubout, sizeof(rubout) - 1);
		}
	} else if (c == CH_CTRL_U) {
		for (; l->edit_len; l->edit_len--)
			l->echo(rubout, sizeof(rubout) - 1);
	} else if (c < CH_SPACE && c != '\t') {
		/* other control characters: ignored, not echoed */
	} else if (l->edit_len == LINE_MAX) {
		l->echo(bell, 1);
	} else {
		l->edit[l->edit_len++] = (char)c;
		l->echo((const char *)&c, 1);
	}
}

size_t line_take(struct line *l, unsigned char *out, size_t max)
{
	size_t n = 0;

	if (!l->lines)
		return 0;
	while (n < max && l->ready_len) {
		unsigned char c = l->ready[l->ready_head];
		l->ready_head = (l->ready_head + 1) % LINE_READY;
		l->ready_len--;
		out[n++] = c;
		if (c == '\n') {
			l->lines--;
			break;
		}
	}
	return n;
}
