/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * picolibc's tinystdio on the kernel debug console. Output is gathered a
 * line at a time so that one SYS_DEBUG_WRITE carries it: lines from
 * different threads and harts then do not interleave character by
 * character. One buffer for all: not thread safe yet.
 */
#include <stdio.h>
#include "sys.h"
#include "ulib.h"

static char line[256];
static size_t line_len;

void ulib_console_flush(void)
{
	if (line_len)
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

/* No console input until there is a console server. */
static int console_get(FILE *f)
{
	(void)f;
	return EOF;
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
