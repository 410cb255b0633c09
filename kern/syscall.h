/* SPDX-License-Identifier: BSD-2-Clause */
#ifndef KERN_SYSCALL_H
#define KERN_SYSCALL_H

struct thread;

/* Carry out the system call t made (its registers say which). */
void syscall_dispatch(struct thread *t);

#endif
