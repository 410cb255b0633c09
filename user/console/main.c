/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * The console server: owns the console UART from user space. Clients call
 * it over register IPC (console_proto.h) to write and to read finished
 * lines; the UART's receive interrupt arrives on the same queue, with its
 * own badge, and the typed bytes go through the line discipline (line.h),
 * which echoes them.
 *
 * Its own messages go to the kernel debug console: it cannot call itself.
 */
#include <stdio.h>
#include <string.h>
#include "console_proto.h"
#include "line.h"
#include "sys.h"
#include "sys_irq.h"
#include "uart.h"
#include "ulib.h"

#define QUEUE PROG_SLOT(CONS_SLOT_QUEUE)
#define IRQ   PROG_SLOT(CONS_SLOT_IRQ)

static struct cons_uart uart;
static struct line line;

static void echo(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		cons_uart_putc(&uart, s[i]);
}

/* Read everything the UART holds, then let it interrupt again. */
static void interrupt(void)
{
	int c;
	long err;

	while ((c = cons_uart_getc(&uart)) >= 0)
		line_input(&line, (unsigned char)c);
	if ((err = irq_ack(IRQ)))
		printf("console: IRQ_ACK failed: error %ld\n", err);
}

/* One client request in msg[]; the reply in reply[]. */
static void request(const unsigned long msg[4], unsigned long reply[4])
{
	unsigned n = CONS_COUNT(msg[0]);
	unsigned char bytes[CONS_DATA_MAX];

	memset(reply, 0, 4 * sizeof(reply[0]));
	switch (CONS_OP(msg[0])) {
	case CONS_PUTC:
		cons_uart_putc(&uart, (char)msg[1]);
		reply[0] = CONS_WORD0(CONS_OK, 0);
		break;
	case CONS_WRITE:
		if (n > CONS_DATA_MAX) {
			reply[0] = CONS_WORD0(CONS_BAD_LEN, 0);
			break;
		}
		memcpy(bytes, &msg[1], n);
		echo((const char *)bytes, n);
		reply[0] = CONS_WORD0(CONS_OK, n);
		break;
	case CONS_READ:
		n = line_take(&line, bytes, sizeof(bytes));
		if (!n) {
			reply[0] = CONS_WORD0(CONS_AGAIN, 0);
			break;
		}
		memcpy(&reply[1], bytes, n);
		reply[0] = CONS_WORD0(CONS_OK, n);
		break;
	default:
		reply[0] = CONS_WORD0(CONS_BAD_OP, 0);
		break;
	}
}

static int setup(const struct prog_info *info)
{
	const uint64_t *a = info->arg;

	if (info->magic != PROG_INFO_MAGIC) {
		printf("console: no program information at %p\n", (const void *)info);
		return -1;
	}
	if (a[CONS_ARG_FRAMES] == 0 || a[CONS_ARG_OFFSET] >= a[CONS_ARG_FRAMES] * PAGE_BYTES ||
	    cons_uart_init(&uart, a[CONS_ARG_KIND], PROG_DEV_VA + a[CONS_ARG_OFFSET],
			   a[CONS_ARG_REG_SHIFT], a[CONS_ARG_IO_WIDTH])) {
		printf("console: cannot drive UART kind %lu (shift %lu, width %lu)\n",
		       (unsigned long)a[CONS_ARG_KIND], (unsigned long)a[CONS_ARG_REG_SHIFT],
		       (unsigned long)a[CONS_ARG_IO_WIDTH]);
		return -1;
	}
	line_init(&line, echo);
	cons_uart_rx_irq_on(&uart);
	printf("console: serving %s, interrupt %lu\n", uart.drv->name,
	       (unsigned long)a[CONS_ARG_IRQ]);
	return 0;
}

int main(unsigned long arg)
{
	unsigned long msg[4], reply[4] = { 0 }, badge;
	long err;

	if (setup((const struct prog_info *)arg))
		return 1;
	for (;;) {
		/* Replies to the last caller, if the last message was a call. */
		err = sys_reply_recv4(QUEUE, reply, msg, &badge);
		if (err) {
			printf("console: receive failed: error %ld\n", err);
			return 1;
		}
		if (badge == CONS_BADGE_IRQ) {
			interrupt();
			continue;
		}
		request(msg, reply);
	}
}
