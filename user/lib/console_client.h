/* SPDX-License-Identifier: BSD-2-Clause */
#ifndef USER_LIB_CONSOLE_CLIENT_H
#define USER_LIB_CONSOLE_CLIENT_H

/*
 * The console server's client side (console_proto.h). Calls go to the
 * queue capability in ulib_console_queue; while that is 0, output goes to
 * the kernel debug console and there is no input. stdout and stdin follow
 * the same switch (console.c).
 *
 * Results: >= 0 on success (a byte count where there is one), else minus
 * an ERR_* code (kern/abi.h): the kernel's, or ERR_BAD_ARG for a request
 * the server refused.
 */

#include <stddef.h>

/* Capability address of a console queue capability (W), or 0. */
extern unsigned long ulib_console_queue;

/* Ticks a reader sleeps between asks while no line is finished. */
#define CONS_POLL_TICKS 2

long cons_putc(int c);
/* All n bytes, in calls of up to CONS_DATA_MAX bytes. */
long cons_write(const void *buf, size_t n);
/*
 * Wait for a finished line and copy it to buf without its '\n', NUL
 * terminated; a line longer than size - 1 is returned in parts. -> length.
 */
long cons_readline(char *buf, size_t size);
/* One typed character (lines arrive whole, after Enter); -1 without a server. */
int cons_getc(void);

#endif
