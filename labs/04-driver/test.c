/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * Lab 04 (labs/04-driver/README.md): the driver writes through the console
 * UART of QEMU virt (a 16550) in the root task, taking one interrupt per
 * byte. The kernel counts the IRQ object's deliveries (word 1 of each
 * interrupt message): after the driver, the test raises one more
 * interrupt itself, and its count says how many the driver took.
 */
#include <sys_irq.h>
#include "helpers.h"
#include "txdrv.h"

#define BADGE_TX 0x7e

static const char line1[] = "lab04: written by a user-level driver,";
static const char line2[] = " one interrupt per byte\n";

/* The IRQ object of the console UART in S(1), bound to queue S(3) through
 * a badged copy, the registers mapped at DATA_VA(2). */
static int open_uart(struct txdrv *d)
{
	const struct bootinfo_dev *u = &utest_bootinfo->dev[0];

	CHECK(utest_bootinfo->ndev >= 1 && u->irq != 0);
	if (u->kind != DEV_KIND_NS16550) {
		printf("    lab 04: the console UART is not a 16550 (run it on QEMU virt)\n");
		return 1;
	}
	CHECK_EQ(sysctl_irq(R_SYSCTL, u->irq, T_ACT, S(1)), ERR_OK);
	CHECK_EQ(activity_create(T_ACT, OBJ_QUEUE, S(3), 0), ERR_OK);
	CHECK_EQ(sys_cap_mint(S(3), 0, S(4), CAP_W, BADGE_TX), ERR_OK);
	CHECK_EQ(irq_set_queue(S(1), S(4)), ERR_OK);
	CHECK_EQ(map_data_region(T_ACT, 2, S(10), S(11)), ERR_OK);
	CHECK_EQ(pt_set(S(11), 0, ROOT_SLOT(u->first_slot), CAP_R | CAP_W), ERR_OK);
	*d = (struct txdrv){
		.regs = (volatile unsigned char *)DATA_VA(2) + u->offset,
		.reg_shift = u->reg_shift, .io_width = u->io_width,
		.source = u->irq, .irq = S(1), .queue = S(3),
	};
	return 0;
}

/* The kernel's count of deliveries so far: one more interrupt, raised
 * and taken here (a CR, which the log drops), says it. */
static long deliveries(struct txdrv *d, unsigned long *count)
{
	unsigned long in[4], badge = 0;

	txdrv_reg_write(d, UART_IER, UART_IER_ETBEI);
	txdrv_reg_write(d, UART_THR, '\r');
	CHECK_EQ(sys_recv4(d->queue, in, &badge), ERR_OK);
	CHECK_EQ(badge, BADGE_TX);
	CHECK_EQ(in[0], d->source);
	txdrv_reg_write(d, UART_IER, 0);
	CHECK_EQ(irq_ack(d->irq), ERR_OK);
	*count = in[1] - 1;
	return 0;
}

UTEST(lab04_write)
{
	struct txdrv d;
	unsigned long n1 = sizeof(line1) - 1, n2 = sizeof(line2) - 1, count = 0;

	CHECK_EQ(open_uart(&d), 0);
	CHECK_EQ(txdrv_write(&d, line1, n1), n1);
	CHECK_EQ(d.interrupts, n1);
	/* Off again, and nothing left unacknowledged. */
	CHECK_EQ(txdrv_reg_read(&d, UART_IER) & UART_IER_ETBEI, 0);
	CHECK_EQ(irq_ack(d.irq), ERR_BAD_ARG);
	CHECK_EQ(txdrv_write(&d, line2, n2), n2);
	CHECK_EQ(d.interrupts, n1 + n2);
	CHECK_EQ(txdrv_write(&d, line2, 0), 0);   /* nothing to send: no wait */
	CHECK_EQ(d.interrupts, n1 + n2);
	CHECK_EQ(deliveries(&d, &count), 0);
	CHECK_EQ(count, n1 + n2);
	return 0;
}

/* A receive that fails (here: the queue destroyed) ends the write with
 * its error, the interrupt switched off. */
UTEST(lab04_write_error)
{
	struct txdrv d;

	CHECK_EQ(open_uart(&d), 0);
	CHECK_EQ(activity_destroy(T_ACT, S(3)), ERR_OK);
	/* CRs: the log drops them, so the case's own line stays whole. */
	CHECK_EQ(txdrv_write(&d, "\r\r\r\r", 4), -ERR_SLOT_EMPTY);
	CHECK_EQ(txdrv_reg_read(&d, UART_IER) & UART_IER_ETBEI, 0);
	return 0;
}
