/* SPDX-License-Identifier: BSD-2-Clause */
#ifndef IPC_IRQ_H
#define IPC_IRQ_H

/*
 * An interrupt source as an object. The root task makes one per source
 * (SYSCTL_IRQ) and binds it to a queue (IRQ_SET_QUEUE); each interrupt then
 * arrives as a register message on that queue (words: source, count; badge:
 * the bound queue capability's), to a thread waiting in SYS_RECV or
 * SYS_REPLY_RECV, or as soon as one does. The source stays claimed at the
 * PLIC, so it cannot interrupt again, until the handler acknowledges it with
 * IRQ_ACK on the capability.
 *
 * Invariants: irq_table[source] == this object while it lives; pending ==
 * on queue's pending list (then queue is non-empty); in_service between a
 * claim and IRQ_ACK.
 */

#include <kern/obj.h>
#include <kern/syscall.h>

struct queue;
struct thread;
struct pagetable;

#define IRQ_SLOT_QUEUE 0

struct irq {
	struct obj hdr;
	uint32_t source;
	bool pending;
	bool in_service;
	uint64_t count;           /* interrupts taken */
	struct cap queue;
	struct irq *pend_next;    /* on the queue's pending list */
};
OBJ_FITS_CELL(struct irq);

/* SYSCTL_IRQ: make the object for source in dst, paid for by a. */
long irq_create(struct pagetable *own, unsigned long source, unsigned long act,
		unsigned long dst, struct sysret *res);
/* Its methods (IRQ_SET_QUEUE, IRQ_ACK): its entry in obj_types. */
obj_invoke_fn irq_invoke;
/* A supervisor external interrupt: claim and deliver. */
void irq_dispatch(void);
/* A waiting interrupt on q, taken off its list, or NULL. */
struct irq *irq_take_pending(struct queue *q);
struct sysret irq_words(struct irq *irq);
void irq_teardown(struct irq *irq);
/* The object of a source, or NULL (for the invariant checker). */
struct irq *irq_of_source(uint32_t source);
/* The queue capability in the irq's slot was deleted. */
void irq_queue_gone(struct irq *irq);

#endif
