/* SPDX-License-Identifier: BSD-2-Clause */
#ifndef USER_LIB_SYS_IRQ_H
#define USER_LIB_SYS_IRQ_H

/*
 * Interrupt objects (kern/abi.h "irq"): SYSCTL_IRQ makes the one object of
 * a PLIC source; bound to a queue, each interrupt arrives there as a
 * register message, words (source, count), with the badge of the queue
 * capability bound; IRQ_ACK lets the source interrupt again.
 */

#include "sys.h"

/* The IRQ object of source (1..bootinfo.plic_ndev), paid by act, into dst. */
static inline long sysctl_irq(unsigned long sysctl, unsigned long source,
			      unsigned long act, unsigned long dst)
{
	return sys_invoke(sysctl, SYSCTL_IRQ, source, act, dst, 0, 0).err;
}

/* queue: a queue capability with W; its badge comes with every interrupt. */
static inline long irq_set_queue(unsigned long irq, unsigned long queue)
{
	return sys_invoke(irq, IRQ_SET_QUEUE, queue, 0, 0, 0, 0).err;
}

static inline long irq_ack(unsigned long irq)
{
	return sys_invoke(irq, IRQ_ACK, 0, 0, 0, 0, 0).err;
}

#endif
