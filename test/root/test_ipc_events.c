/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * Interrupts and faults as messages (docs/design.md §3.4).
 *
 * Faults: a thread with a fault handler queue (THREAD_SET_FAULT) that
 * faults sends a register call (cause, pc, value) to it and waits; the
 * handler's reply resumes it at reply word 0, or retries the instruction.
 *
 * Interrupts: an IRQ object bound to a queue turns each interrupt into a
 * register message (source, count; the bound capability's badge), and the
 * source stays quiet until IRQ_ACK. The test makes the console UART raise
 * its transmitter-empty interrupt (nobody else drives the UART in the test
 * image: the kernel prints by polling), counts two deliveries and turns it
 * off again.
 */
#include <sys_irq.h>
#include "spawn.h"

#define BADGE_FAULT 0xfa17
#define BADGE_IRQ   0x1e0

static long set_fault(unsigned long thread, unsigned long queue)
{
	return sys_invoke(thread, THREAD_SET_FAULT, queue, 0, 0, 0, 0).err;
}

UTEST(fault_message_to_handler)
{
	unsigned long va = CHILD_DATA_VA(5), in[4], out[4] = { 0 }, badge = 0, state, cause;
	struct child *c;

	CHECK((c = spawn(0, T_ACT, 0)));
	CHECK_EQ(activity_create(T_ACT, OBJ_QUEUE, S(1), 0), ERR_OK);
	CHECK_EQ(sys_cap_mint(S(1), 0, S(2), CAP_W, BADGE_FAULT), ERR_OK);
	CHECK_EQ(set_fault(c->thread, S(4)), ERR_SLOT_EMPTY);
	CHECK_EQ(set_fault(c->thread, S(1) + 1), ERR_CADDR_ALIGN);
	CHECK_EQ(set_fault(c->thread, T_ACT), ERR_WRONG_TYPE);
	CHECK_EQ(set_fault(c->thread, S(2)), ERR_OK);
	/* A load from an unmapped page: the root, waiting on the queue, gets it. */
	CHECK_EQ(child_run_at(c, (unsigned long)stub_load, va), ERR_OK);
	CHECK_EQ(sys_recv4(S(1), in, &badge), ERR_OK);
	CHECK_EQ(in[0], FAULT_PAGE);
	CHECK_EQ(in[1], (unsigned long)stub_load);
	CHECK_EQ(in[2], va);
	CHECK_EQ(badge, BADGE_FAULT);
	CHECK_EQ(thread_info(c->thread, &state, NULL), ERR_OK);
	CHECK_EQ(state, THREAD_BLOCKED);      /* waiting for its handler */
	CHECK_EQ(thread_read_fault(c->thread, &cause, NULL, NULL), ERR_OK);
	CHECK_EQ(cause, FAULT_PAGE);
	/* Resume it elsewhere: at an ebreak, which faults again, to us. */
	out[0] = (unsigned long)stub_ebreak;
	CHECK_EQ(sys_reply_recv4(S(1), out, in, &badge), ERR_OK);
	CHECK_EQ(in[0], FAULT_BREAKPOINT);
	CHECK_EQ(in[1], (unsigned long)stub_ebreak);
	CHECK_EQ(badge, BADGE_FAULT);
	/* Stopping a thread that waits for its handler leaves its registers
	 * alone; without a handler the next fault just stops it. */
	CHECK_EQ(thread_stop(c->thread), ERR_OK);
	CHECK_EQ(thread_info(c->thread, &state, NULL), ERR_OK);
	CHECK_EQ(state, THREAD_INACTIVE);
	CHECK_EQ(set_fault(c->thread, 0), ERR_OK);
	CHECK_EQ(child_run_at(c, (unsigned long)stub_ebreak, 0), ERR_OK);
	CHECK(child_wait_state(c, THREAD_FAULTED));
	CHECK_EQ(thread_read_fault(c->thread, &cause, NULL, NULL), ERR_OK);
	CHECK_EQ(cause, FAULT_BREAKPOINT);
	return 0;
}

UTEST(fault_handler_queue_destroyed)
{
	unsigned long state;
	struct child *c;

	CHECK((c = spawn(0, T_ACT, 0)));
	CHECK_EQ(activity_create(T_ACT, OBJ_QUEUE, S(1), 0), ERR_OK);
	CHECK_EQ(set_fault(c->thread, S(1)), ERR_OK);
	CHECK_EQ(child_run_at(c, (unsigned long)stub_ebreak, 0), ERR_OK);
	CHECK(child_wait_state(c, THREAD_BLOCKED));   /* its call waits for a receiver */
	/* Nobody can handle the fault any more: the thread stays stopped on it. */
	CHECK_EQ(activity_destroy(T_ACT, S(1)), ERR_OK);
	CHECK_EQ(thread_info(c->thread, &state, NULL), ERR_OK);
	CHECK_EQ(state, THREAD_FAULTED);
	return 0;
}

/* ---- interrupts ---- */

#define NS16550_THR       0
#define NS16550_IER       1
#define NS16550_IER_ETBEI 0x02   /* transmitter holding register empty */
#define SIFIVE_TXCTRL     0x08
#define SIFIVE_TXCNT(n)   ((uint32_t)(n) << 16)
#define SIFIVE_IE         0x10
#define SIFIVE_IE_TXWM    0x01

static volatile unsigned char *uart_regs;
static const struct bootinfo_dev *uart;

static void uart_reg_write(unsigned n, uint32_t v)
{
	volatile unsigned char *r = uart_regs + uart->offset + (n << uart->reg_shift);

	if (uart->io_width == 4)
		*(volatile uint32_t *)r = v;
	else
		*r = (unsigned char)v;
}

/* Make the UART interrupt (on) or stop it (off). */
static void uart_tx_interrupt(int on)
{
	if (uart->kind == DEV_KIND_NS16550) {
		uart_reg_write(NS16550_IER, on ? NS16550_IER_ETBEI : 0);
		/* QEMU's 16550 raises "THR empty" when a byte has gone out,
		 * not merely when it is enabled: send one (a CR, which the
		 * test runner drops from the log). */
		if (on)
			uart_reg_write(NS16550_THR, '\r');
	} else {
		volatile uint32_t *r = (volatile uint32_t *)(uart_regs + uart->offset);
		if (on)
			r[SIFIVE_TXCTRL / 4] |= SIFIVE_TXCNT(1);
		r[SIFIVE_IE / 4] = on ? SIFIVE_IE_TXWM : 0;
	}
}

UTEST(irq_as_message)
{
	const struct bootinfo *bi = utest_bootinfo;
	unsigned long in[4], badge = 0;

	CHECK(bi->ndev >= 1 && bi->dev[0].irq != 0 && bi->plic_ndev >= bi->dev[0].irq);
	uart = &bi->dev[0];
	/* Bad requests first. */
	CHECK_EQ(sysctl_irq(R_SYSCTL, 0, T_ACT, S(1)), ERR_BAD_ARG);
	CHECK_EQ(sysctl_irq(R_SYSCTL, bi->plic_ndev + 1, T_ACT, S(1)), ERR_BAD_ARG);
	CHECK_EQ(sysctl_irq(R_SYSCTL, uart->irq, S(9), S(1)), ERR_SLOT_EMPTY);
	CHECK_EQ(sysctl_irq(R_SYSCTL, uart->irq, T_ACT, R_SYSCTL), ERR_SLOT_FULL);
	CHECK_EQ(sysctl_irq(R_SYSCTL, uart->irq, T_ACT, S(1)), ERR_OK);
	CHECK_EQ(sysctl_irq(R_SYSCTL, uart->irq, T_ACT, S(2)), ERR_IN_USE);
	CHECK_EQ(irq_ack(S(1)), ERR_BAD_ARG);          /* nothing to acknowledge */
	CHECK_EQ(irq_set_queue(S(1), T_ACT), ERR_WRONG_TYPE);
	CHECK_EQ(activity_create(T_ACT, OBJ_QUEUE, S(3), 0), ERR_OK);
	CHECK_EQ(sys_cap_mint(S(3), 0, S(4), CAP_W, BADGE_IRQ), ERR_OK);
	CHECK_EQ(irq_set_queue(S(1), S(4)), ERR_OK);
	/* The UART's registers, mapped in a data region of the root task. */
	CHECK_EQ(map_data_region(T_ACT, 2, S(10), S(11)), ERR_OK);
	CHECK_EQ(pt_set(S(11), 0, ROOT_SLOT(uart->first_slot), CAP_R | CAP_W), ERR_OK);
	uart_regs = (volatile unsigned char *)DATA_VA(2);
	/* Two interrupts, each a message; the second only after IRQ_ACK. */
	uart_tx_interrupt(1);
	CHECK_EQ(sys_recv4(S(3), in, &badge), ERR_OK);
	CHECK_EQ(in[0], uart->irq);
	CHECK_EQ(in[1], 1);
	CHECK_EQ(badge, BADGE_IRQ);
	CHECK_EQ(irq_ack(S(1)), ERR_OK);
	/* The line is still high, but QEMU's PLIC pends a source only when
	 * the device sets its line again, and its SiFive UART does that only
	 * on a register write: enable the interrupt once more. */
	uart_tx_interrupt(1);
	CHECK_EQ(sys_recv4(S(3), in, &badge), ERR_OK);
	CHECK_EQ(in[0], uart->irq);
	CHECK_EQ(in[1], 2);
	uart_tx_interrupt(0);
	CHECK_EQ(irq_ack(S(1)), ERR_OK);
	/* Destroying the IRQ object frees the source for another. */
	CHECK_EQ(activity_destroy(T_ACT, S(1)), ERR_OK);
	CHECK_EQ(sysctl_irq(R_SYSCTL, uart->irq, T_ACT, S(1)), ERR_OK);
	return 0;
}
