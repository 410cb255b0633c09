/* SPDX-License-Identifier: BSD-2-Clause */
#ifndef USER_LIB_ULIB_H
#define USER_LIB_ULIB_H

/*
 * The user runtime: what crt0 and the C library glue give every program.
 *
 * A program is entered at _start with sp set and a0 = an argument (the
 * root task gets BOOTINFO_ADDR); crt0 sets gp and tp, zeroes .bss, runs the
 * constructors and calls main(arg). Returning from main, exit() and _exit()
 * flush stdout and stop the thread named by ulib_self_thread.
 *
 * stdin, stdout and stderr are one stream, sent a line at a time: to the
 * console server when ulib_console_queue (console_client.h) names one, else
 * to the kernel debug console with SYS_DEBUG_WRITE, where input gives EOF.
 */

int main(unsigned long arg);

/*
 * Capability address of this thread's own thread capability, which _exit
 * stops. Defaults to the root task's; any other program sets it first thing.
 */
extern unsigned long ulib_self_thread;

/* Send what stdout holds to the console now. */
void ulib_console_flush(void);

/*
 * Give a new thread its thread-local storage (errno lives there): area
 * must hold ulib_tls_size() bytes aligned to 64; returns the value for the
 * thread's tp. crt0 does this for the first thread.
 */
unsigned long ulib_tls_size(void);
void *ulib_tls_init(void *area);

/* The value of "key=value" on the kernel command line in bi (what follows
 * the '=', up to a space or the end), or NULL if the line has no such word. */
struct bootinfo;
const char *ulib_cmdline_value(const struct bootinfo *bi, const char *key);

#endif
