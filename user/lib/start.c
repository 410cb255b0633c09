/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * The C side of program start and end, and thread-local storage. libulib.a
 * comes before libc on the link line, so everything libc calls back into
 * must be pulled in from _start (user.ld's EXTERN): crt0 needs this file,
 * which defines _exit, and _exit needs console.c, which defines stdout.
 */
#include <picolibc.h>     /* PICOLIBC_TLS, which picotls.h tests */
#include <picotls.h>
#include <stdlib.h>
#include <unistd.h>
#include <kern/abi.h>
#include "sys.h"
#include "ulib.h"

unsigned long ulib_self_thread = ROOT_SLOT(ROOT_SLOT_THREAD);
unsigned long ulib_debug_console = ROOT_SLOT(ROOT_SLOT_CONSOLE);

extern void __libc_init_array(void);
void ulib_start(unsigned long arg) __attribute__((noreturn));

void ulib_start(unsigned long arg)
{
	__libc_init_array();
	exit(main(arg));
}

void _exit(int status)
{
	static const char msg[] = "ulib: cannot stop own thread\n";

	(void)status;   /* nobody to tell yet: no parent, no IPC */
	ulib_console_flush();
	thread_stop(ulib_self_thread);
	/* Still here: ulib_self_thread is wrong. Say so once and give the
	 * hart away forever. */
	sys_debug_write(msg, sizeof(msg) - 1);
	for (;;)
		sys_yield();
}

unsigned long ulib_tls_size(void)
{
	return _tls_size();
}

/* RISC-V TLS is variant I with an empty TCB: tp points at the block. */
void *ulib_tls_init(void *area)
{
	_init_tls(area);
	return area;
}
