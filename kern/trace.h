/* SPDX-License-Identifier: BSD-2-Clause */
#ifndef KERN_TRACE_H
#define KERN_TRACE_H

/*
 * The IPC trace: a ring of IPC and scheduling events, in the kernel-trace
 * image only (built with KERNEL_TRACE defined, cmake/kernel.cmake). In
 * every other image each trace_*() below is an empty inline, so the
 * kernel's code, size and speed are those of a kernel without it (the
 * fast path included).
 *
 * SYSCTL_TRACE drives it (docs/abi.md): TRACE_START empties the ring and
 * starts recording, TRACE_NAME gives an object a name for the dump,
 * TRACE_DUMP stops recording and prints the ring on the kernel console as
 * "trace: ..." lines, which scripts/trace-svg turns into a sequence
 * diagram (docs/book/07-messages-and-queues.md shows one).
 *
 * Invariants (kern/trace.c), all under the kernel lock, which every
 * recording path holds:
 *  - the ring holds the last min(count, TRACE_RING) events, oldest at
 *    count % TRACE_RING once it has wrapped;
 *  - every object an event names has an entry in the object table (its
 *    id, its type when first seen, and its name), from the TRACE_START
 *    before: ids are small and stable for one recording, and an object
 *    whose cell is reused keeps its first entry.
 */

#include <stdint.h>

struct obj;

/* What happened (the dump prints the name, kern/trace.c). */
#define TR_SEND      1   /* QUEUE_SEND: o1 queue, o2 message, arg flags */
#define TR_RECV      2   /* QUEUE_RECEIVE: o1 queue, o2 message, arg flags */
#define TR_CALL      3   /* QUEUE_CALL: o1 queue, o2 message, o3 reply message */
#define TR_REPLY     4   /* REPLY_SEND: o1 reply, o2 message, o3 the caller's message */
#define TR_PAIR      5   /* msg_pair: o1 source, o2 target, arg capabilities to copy */
#define TR_CUT       6   /* a preemption point cut the copy: o1 source, o2 target, arg copied */
#define TR_RESUME    7   /* a cut copy goes on: o1 source, o2 target, arg copied */
#define TR_DONE      8   /* msg_finish: o1 message, o2 its waiter, arg status, arg2 capabilities */
#define TR_WORK      9   /* a worker's step: o1 the object, arg WORK_* */
#define TR_BLOCK     10  /* thread_block: o1 thread, o2 what it waits on, arg WAIT_* */
#define TR_WAKE      11  /* thread_wake: o1 thread, arg error */
#define TR_SWITCH    12  /* a hart leaves the kernel into another thread: o1 it */
#define TR_REGCALL   13  /* register call (general path): o1 queue, o2 receiver or none */
#define TR_REGRECV   14  /* register (reply and) receive: o1 queue, o2 caller taken or
			    none, o3 caller answered or none, arg 1 if a reply */
#define TR_FASTCALL  15  /* the fast path's call: o1 queue, o2 receiver */
#define TR_FASTREPLY 16  /* the fast path's reply and receive: o1 queue, o2 caller */
#define TR_DESTROY   17  /* ACTIVITY_DESTROY: o1 the object, arg its type */
#define TR_KINDS     18

#define TRACE_RING   1024    /* events kept */
#define TRACE_OBJS   128     /* objects named in one recording */
#define TRACE_NAME_LEN 8

#ifdef KERNEL_TRACE
void trace_record(unsigned kind, const void *o1, const void *o2, const void *o3,
		  uint64_t arg, uint32_t arg2);
/* SYSCTL_TRACE (kern/syscall.c): a2 = TRACE_*, a3, a4 as docs/abi.md says. */
struct sysret;
struct pagetable;
long trace_sysctl(struct pagetable *own, const unsigned long *a, struct sysret *res);
#endif

/* An event: the objects are struct obj (a thread, message, queue...), or NULL. */
static inline void trace(unsigned kind, const void *o1, const void *o2, const void *o3,
			 uint64_t arg, uint32_t arg2)
{
#ifdef KERNEL_TRACE
	trace_record(kind, o1, o2, o3, arg, arg2);
#else
	(void)kind, (void)o1, (void)o2, (void)o3, (void)arg, (void)arg2;
#endif
}

#endif
