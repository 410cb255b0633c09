/* SPDX-License-Identifier: BSD-2-Clause */
#include <cap/cspace.h>
#include <cap/ops.h>
#include <ipc/ipc.h>
#include <ipc/irq.h>
#include <ipc/message.h>
#include <kern/activity.h>
#include <kern/dev/plic.h>
#include <kern/kerr.h>
#include <kern/object.h>
#include <kern/thread.h>

static struct irq *irq_table[PLIC_MAX_SOURCES];

long irq_create(struct pagetable *own, unsigned long source, unsigned long act_caddr,
		unsigned long dst_caddr, struct sysret *res)
{
	struct cap *act, *dst;
	struct obj *o;
	int err;

	if (!plic_present() || source == 0 || source > plic_ndev())
		return ERR_BAD_ARG;
	if (!(act = sys_cap_at(own, act_caddr, OBJ_ACTIVITY, CAP_W, res)) ||
	    !(dst = sys_empty_slot_at(own, dst_caddr, res)))
		return res->err;
	if (irq_table[source])
		return ERR_IN_USE;
	err = obj_create((struct activity *)act->obj, OBJ_IRQ, source, &o);
	if (err)
		return err;
	struct irq *irq = (struct irq *)o;
	irq->source = source;
	irq->queue.container = o;
	irq->queue.index = IRQ_SLOT_QUEUE;
	irq_table[source] = irq;
	obj_give_cap(o, dst, CAP_R | CAP_W);
	return ERR_OK;
}

static void unlink_pending(struct irq *irq)
{
	struct queue *q;
	struct irq **p;

	if (!irq->pending)
		return;
	irq->pending = false;
	q = (struct queue *)irq->queue.obj;
	for (p = &q->pending_irqs; *p; p = &(*p)->pend_next)
		if (*p == irq) {
			*p = irq->pend_next;
			break;
		}
	irq->pend_next = 0;
}

struct irq *irq_of_source(uint32_t source)
{
	return source < PLIC_MAX_SOURCES ? irq_table[source] : 0;
}

struct sysret irq_words(struct irq *irq)
{
	return (struct sysret){ .err = ERR_OK, .nres = 5,
				.r = { irq->source, irq->count, 0, 0, irq->queue.badge } };
}

struct irq *irq_take_pending(struct queue *q)
{
	struct irq *irq = q->pending_irqs;

	if (irq) {
		q->pending_irqs = irq->pend_next;
		irq->pend_next = 0;
		irq->pending = false;
	}
	return irq;
}

/* Deliver to a waiting receiver, or leave it pending on the queue. */
static void deliver(struct irq *irq)
{
	struct queue *q;
	struct thread *t;

	if (cap_is_empty(&irq->queue) || irq->pending)
		return;
	q = (struct queue *)irq->queue.obj;
	t = q->waiters;
	if (t) {
		struct sysret words = irq_words(irq);

		ipc_cancel(t);
		thread_wake(t, &words);
		return;
	}
	irq->pending = true;
	irq->pend_next = q->pending_irqs;
	q->pending_irqs = irq;
}

void irq_dispatch(void)
{
	uint32_t src;

	while ((src = plic_claim()) != 0) {
		struct irq *irq = src < PLIC_MAX_SOURCES ? irq_table[src] : 0;
		if (!irq) {
			/* Nobody asked for it: leave it disabled. */
			plic_enable(src, false);
			plic_complete(src);
			continue;
		}
		irq->count++;
		irq->in_service = true;
		deliver(irq);
	}
}

long irq_invoke(struct thread *self, struct pagetable *own, struct cap *c,
		unsigned long method, const unsigned long *a, struct sysret *res)
{
	(void)self;
	struct irq *irq = (struct irq *)c->obj;

	if (!(c->rights & CAP_W))
		return ERR_RIGHTS;
	switch (method) {
	case IRQ_SET_QUEUE: {
		struct cap *q = sys_cap_at(own, a[2], OBJ_QUEUE, CAP_W, res);
		if (!q)
			return res->err;
		if (!cap_is_empty(&irq->queue))
			cap_delete(&irq->queue);   /* unlinks it if pending */
		cap_derive(&irq->queue, q, CAP_W);
		plic_enable(irq->source, true);
		if (irq->in_service)
			deliver(irq);   /* taken while unbound: deliver now */
		return ERR_OK;
	}
	case IRQ_ACK:
		if (!irq->in_service)
			return ERR_BAD_ARG;
		irq->in_service = false;
		plic_complete(irq->source);
		return ERR_OK;
	default:
		return ERR_BAD_METHOD;
	}
}

void irq_queue_gone(struct irq *irq)
{
	unlink_pending(irq);
}

void irq_teardown(struct irq *irq)
{
	plic_enable(irq->source, false);
	if (irq->in_service)
		plic_complete(irq->source);
	irq->in_service = false;
	if (!cap_is_empty(&irq->queue))
		cap_delete(&irq->queue);
	if (irq_table[irq->source] == irq)
		irq_table[irq->source] = 0;
}
