/* SPDX-License-Identifier: BSD-2-Clause */
#ifndef IPC_IPC_H
#define IPC_IPC_H

/*
 * Inter-process communication: message objects and queue objects (the
 * split Shapiro proposed for Viengoos' message buffers), one-shot replies,
 * register IPC with its fast path, interrupts delivered through queues.
 * docs/ipc.md tells the whole story; each object's rules are in its header.
 */

#include <stdbool.h>
#include <kern/syscall.h>

struct cap;
struct obj;
struct pagetable;
struct thread;

/* SYS_INVOKE on a message, a queue, a reply (ipc/invoke.c): their
 * entries in obj_types (kern/object.c). */
obj_invoke_fn ipc_message_invoke, ipc_queue_invoke, ipc_reply_invoke;

/* Register IPC: SYS_CALL, SYS_REPLY_RECV, SYS_RECV (ipc/regipc.c). Each
 * ends the call itself: its results written into self's registers, or
 * self blocked (the wake that ends the wait writes them). */
void ipc_reg_call(struct thread *self, struct pagetable *own, const unsigned long *a);
void ipc_reg_reply_recv(struct thread *self, struct pagetable *own, const unsigned long *a,
			bool reply);

/* The fast path (ipc/fastpath.h, inline): handles the common register
 * call and reply-and-receive entirely, or returns false for the general
 * path. Off (for tests) when ipc_fastpath_enabled is false. */
extern bool ipc_fastpath_enabled;

/* A faulting thread with a fault handler calls it; false if it cannot. */
bool ipc_fault(struct thread *t);
/* A caller waiting for a register reply will never get one. */
void ipc_fail_caller(struct thread *c, long err);

/* A blocked thread stops waiting (THREAD_STOP, destruction). */
void ipc_cancel(struct thread *t);
/* t is being destroyed: nobody may keep a pointer to it. */
void ipc_thread_gone(struct thread *t);

/* Object creation, teardown and slots of the IPC types (their entries in
 * obj_types, kern/object.c). */
int ipc_message_init(struct obj *o, uint64_t arg);
int ipc_reply_init(struct obj *o, uint64_t arg);
int ipc_message_teardown(struct obj *o);
int ipc_queue_teardown(struct obj *o);
int ipc_reply_teardown(struct obj *o);
struct cap *ipc_message_slot(struct obj *o, unsigned index);
struct cap *ipc_reply_slot(struct obj *o, unsigned index);
void ipc_message_slot_cleared(struct obj *o, unsigned index);
void ipc_reply_slot_cleared(struct obj *o, unsigned index);

/* SYS_SLEEP and the tick that ends sleeps. */
long ipc_sleep(struct thread *self, unsigned long ticks);
void ipc_tick(void);
/* The sleeping threads (a list through wq_next), for the invariant checker. */
struct thread *ipc_sleepers(void);

#endif
