/* SPDX-License-Identifier: BSD-2-Clause */
#ifndef USER_CONSOLE_LINE_H
#define USER_CONSOLE_LINE_H

/*
 * The line discipline: typed bytes are edited in a line buffer and echoed;
 * Enter moves the line, with a '\n', to a queue of finished lines that
 * readers take from in chunks.
 */

#include <stddef.h>

#define LINE_MAX     128    /* bytes of one line being typed */
#define LINE_READY   1024   /* bytes of finished lines waiting for readers */

struct line {
	char edit[LINE_MAX];
	size_t edit_len;
	unsigned char ready[LINE_READY];   /* a ring */
	size_t ready_head, ready_len;
	unsigned lines;                    /* finished lines in ready */
	int last_cr;                       /* to take CR LF as one Enter */
	void (*echo)(const char *s, size_t n);
};

void line_init(struct line *l, void (*echo)(const char *s, size_t n));
/* One received byte. */
void line_input(struct line *l, unsigned char c);
/* Up to max bytes of the oldest finished line, stopping after its '\n';
 * 0 if no line is finished. */
size_t line_take(struct line *l, unsigned char *out, size_t max);

#endif
