/* SPDX-License-Identifier: BSD-2-Clause */
#ifndef KERN_SYSCALL_H
#define KERN_SYSCALL_H

struct thread;

/* What a system call returns: a0 = err, a1.. = r[0..nres-1]. Ordinary
 * calls return up to three results (a4..a6 are preserved); register IPC
 * returns five (four words and the badge). */
struct sysret {
	long err;
	unsigned long r[5];
	unsigned nres;            /* 0 means 3 */
};

#define SYSRET(e) ((struct sysret){ .err = (e) })

/* Carry out the system call t made (its registers say which). */
void syscall_dispatch(struct thread *t);

/* Write a completed call's results into t's registers. */
void syscall_complete(struct thread *t, struct sysret res);

#endif
