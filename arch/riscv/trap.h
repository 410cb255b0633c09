/* SPDX-License-Identifier: BSD-2-Clause */
#ifndef ARCH_RISCV_TRAP_H
#define ARCH_RISCV_TRAP_H

#include <arch/riscv/cpu.h>

/* The name of a trap cause, e.g. "load page fault". */
const char *trap_cause_name(unsigned long scause);
void trap_kernel(struct trap_frame *tf);
void trap_user_unexpected(void);
/* From user mode (trap.S): an ecall (the fast path, then, if it returns
 * NULL, with the kernel lock held, the rest), and every other trap. */
struct trap_frame *trap_syscall_fast(struct trap_frame *tf);
void trap_syscall(struct trap_frame *tf) __attribute__((noreturn));
void trap_user(struct trap_frame *tf) __attribute__((noreturn));

#endif
