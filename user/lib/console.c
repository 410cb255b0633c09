/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * picolibc's tinystdio on the console: the console server once
 * ulib_console_queue names it, the kernel debug console until then. Output
 * is gathered a line at a time so that one SYS_DEBUG_WRITE (or one run of
 * console calls) carries it: lines from different threads and harts then
 * do not interleave character by character. One buffer for all: not thread
 * safe yet.
 */
#include <stdio.h>
#include "console_client.h"
#include "sys.h"
#include "ulib.h"

static char line[256];
static size_t line_len;

void ulib_console_flush(void)
{
	/* cons_write falls back to the debug console without a server; if the
	 * server is gone, say it there rather than lose it. */
	if (line_len && cons_write(line, line_len) < 0)
		sys_debug_write(line, line_len);
	line_len = 0;
}

static int console_put(char c, FILE *f)
{
	(void)f;
	line[line_len++] = c;
	if (c == '\n' || line_len == sizeof(line))
		ulib_console_flush();
	return (unsigned char)c;
}

/* Input comes from the console server a line at a time; EOF without one. */
static int console_get(FILE *f)
{
	int c;

	(void)f;
	ulib_console_flush();   /* a prompt shows before we wait */
	c = cons_getc();
	return c < 0 ? EOF : c;
}

static int console_flush(FILE *f)
{
	(void)f;
	ulib_console_flush();
	return 0;
}

static FILE console = FDEV_SETUP_STREAM(console_put, console_get,
					console_flush, _FDEV_SETUP_RW);

FILE *const stdin = &console;
FILE *const stdout = &console;
FILE *const stderr = &console;
