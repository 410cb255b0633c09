/* SPDX-License-Identifier: BSD-2-Clause */
#ifndef KERN_CONSOLE_H
#define KERN_CONSOLE_H

/*
 * The kernel console: one output device chosen from the device tree, with
 * the SBI legacy console as the fallback (and as the only console before the
 * MMU is on). Output is serialised by a lock so lines from several harts do
 * not interleave mid-line.
 */

#include <stdint.h>
#include <kern/board.h>

/* The driver in use, named for the boot banner ("ns16550a@0x10000000", "sbi"). */
const char *console_name(void);

/*
 * Switch to the device described by c, whose registers are mapped at va.
 * Returns 0, or -1 (and keeps the current console) if c->kind is not one the
 * kernel drives or its register layout is unusable.
 */
int console_init(const struct board_console *c, uintptr_t va);

void console_putc(char ch);
void console_write(const char *s, unsigned long n);
/* One received character, or -1 if none is waiting. Never blocks. */
int console_getc(void);

/*
 * For output that must not be interleaved with other harts' (kprintf()):
 * console_lock() takes the console lock, disabling interrupts on this hart,
 * and returns the state for console_unlock(). While holding it, write with
 * console_write_locked() (same '\n' -> "\r\n" translation as
 * console_write()); the other output functions would deadlock.
 */
unsigned long console_lock(void);
void console_unlock(unsigned long flags);
void console_write_locked(const char *s, unsigned long n);

#endif
