/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * The UART drivers against a fake register block in host memory. Memory
 * only keeps the last value written, so the tests preset status registers,
 * poison neighbouring bytes and check which bytes each access touched:
 * a 32-bit store clears the poison in bytes 1..3, an 8-bit one does not.
 */

#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <kern/dev/uart.h>

#define POISON	0xa5

/* uint32_t so that 32-bit accesses are aligned and of the right type. */
static uint32_t regs32[32];
static uint8_t *const regs = (uint8_t *)regs32;
static unsigned failures;

#define CHECK(cond) do {						\
		if (!(cond)) {						\
			printf("FAIL %s:%d: %s\n", __FILE__, __LINE__, #cond); \
			failures++;					\
		}							\
	} while (0)

static void poison(void)
{
	memset(regs, POISON, sizeof(regs32));
}

/* 16550 register numbers and bits, as the datasheet names them. */
enum { RBR = 0, THR = 0, IER = 1, FCR = 2, LCR = 3, LSR = 5 };
#define LSR_DR		0x01
#define LSR_THRE	0x20
#define LCR_DLAB	0x80

static void test_ns16550_wide(void)
{
	/* reg-shift 2, reg-io-width 4: the DesignWare APB UART layout */
	struct uart u = { (uintptr_t)regs, 2, 4 };

	poison();
	regs32[LCR] = 0x03;	/* 8N1 as the firmware left it */
	CHECK(uart_ns16550.init(&u) == 0);
	CHECK(regs32[IER] == 0);			/* interrupts off */
	CHECK(regs32[FCR] & 0x01);			/* FIFOs on */
	CHECK(!(regs32[FCR] & 0x04));			/* TX FIFO kept */
	CHECK(regs32[LCR] == 0x03);			/* line format kept */
	CHECK(regs[1 << 2 | 1] == 0);			/* IER: a 32-bit store */

	poison();
	regs32[LSR] = LSR_THRE;
	uart_ns16550.putc(&u, 'A');
	CHECK(regs32[THR] == 'A');			/* offset 0, 32 bits */
	CHECK(regs[4] == POISON);			/* nothing at offset 4 */
	uart_ns16550.putc(&u, (char)0xe9);
	CHECK(regs32[THR] == 0xe9);			/* no sign extension */

	/* LSR is read at offset 20, not 5. */
	poison();
	regs32[LSR] = 0;
	regs[LSR] = LSR_DR;
	regs32[RBR] = 'z';
	CHECK(uart_ns16550.getc(&u) == -1);
	regs32[LSR] = LSR_DR | LSR_THRE;
	regs32[RBR] = 0xffffff00 | 'z';		/* upper bits are not data */
	CHECK(uart_ns16550.getc(&u) == 'z');
	regs32[RBR] = 0xff;
	CHECK(uart_ns16550.getc(&u) == 0xff);		/* not -1 */
}

static void test_ns16550_narrow(void)
{
	/* QEMU virt: reg-shift 0, 8-bit */
	struct uart u = { (uintptr_t)regs, 0, 1 };

	poison();
	regs[LCR] = 0x03;
	CHECK(uart_ns16550.init(&u) == 0);
	CHECK(regs[IER] == 0);
	CHECK(regs[FCR] & 0x01);
	CHECK(regs[LCR] == 0x03);

	poison();
	regs[LSR] = LSR_THRE;
	uart_ns16550.putc(&u, 'B');
	CHECK(regs[THR] == 'B');
	CHECK(regs[1] == POISON && regs[2] == POISON && regs[3] == POISON);

	regs[LSR] = 0;
	CHECK(uart_ns16550.getc(&u) == -1);
	regs[LSR] = LSR_DR;
	regs[RBR] = 'q';
	CHECK(uart_ns16550.getc(&u) == 'q');

	/* reg-shift 1, 8-bit: LSR at offset 10 */
	u.reg_shift = 1;
	poison();
	regs[5] = 0;
	regs[10] = LSR_DR;
	regs[0] = 'r';
	CHECK(uart_ns16550.getc(&u) == 'r');
}

static void test_ns16550_dlab(void)
{
	/* Firmware left the divisor latch selected: IER must not hit DLM. */
	struct uart u = { (uintptr_t)regs, 0, 1 };

	poison();
	regs[LCR] = LCR_DLAB | 0x03;
	CHECK(uart_ns16550.init(&u) == 0);
	CHECK(regs[LCR] == 0x03);
}

static void test_ns16550_bad_layout(void)
{
	struct uart bad[] = {
		{ (uintptr_t)regs, 0, 4 },	/* 32-bit registers 1 byte apart */
		{ (uintptr_t)regs, 1, 4 },
		{ (uintptr_t)regs, 0, 2 },
		{ (uintptr_t)regs, 0, 8 },
		{ (uintptr_t)regs, 5, 1 },
	};

	for (unsigned i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		poison();
		CHECK(uart_ns16550.init(&bad[i]) == -1);
		for (unsigned j = 0; j < sizeof(regs32); j++)
			CHECK(regs[j] == POISON);	/* device untouched */
	}
}

/* SiFive UART register offsets and bits. */
enum { TXDATA = 0, RXDATA = 1, TXCTRL = 2, RXCTRL = 3, IE = 4 };	/* words */
#define RX_EMPTY	0x80000000u

static void test_sifive(void)
{
	/* The layout is ignored: the registers are fixed and 32-bit. */
	struct uart u = { (uintptr_t)regs, 0, 1 };

	poison();
	regs32[TXCTRL] = 0x00010000;	/* txcnt watermark 1, tx disabled */
	regs32[RXCTRL] = 0;
	regs32[IE] = 3;
	CHECK(uart_sifive.init(&u) == 0);
	CHECK(regs32[TXCTRL] == 0x00010001);	/* txen, watermark kept */
	CHECK(regs32[RXCTRL] == 0x00000001);	/* rxen */
	CHECK(regs32[IE] == 0);

	/* Zero, so a putc aimed at the wrong register fails rather than hangs. */
	memset(regs32, 0, sizeof(regs32));
	regs32[RXDATA] = RX_EMPTY;
	uart_sifive.putc(&u, 'S');
	CHECK(regs32[TXDATA] == 'S');
	uart_sifive.putc(&u, (char)0xff);
	CHECK(regs32[TXDATA] == 0xff);
	CHECK(regs32[RXDATA] == RX_EMPTY);	/* putc touched only txdata */

	regs32[RXDATA] = RX_EMPTY | 'x';
	CHECK(uart_sifive.getc(&u) == -1);
	regs32[RXDATA] = 'x';
	CHECK(uart_sifive.getc(&u) == 'x');
	regs32[RXDATA] = 0x7fffff00 | 0xc3;
	CHECK(uart_sifive.getc(&u) == 0xc3);
}

int main(void)
{
	test_ns16550_wide();
	test_ns16550_narrow();
	test_ns16550_dlab();
	test_ns16550_bad_layout();
	test_sifive();
	if (failures) {
		printf("uart: %u checks FAILED\n", failures);
		return 1;
	}
	printf("uart: all checks passed\n");
	return 0;
}
