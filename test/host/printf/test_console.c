/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * kern/console.c and kprintf() on the host: output goes to the (recorded)
 * early console until console_init() succeeds, '\n' becomes "\r\n", every
 * byte is written with the console lock held (interrupts "off"), and a
 * kprintf() longer than its buffer still takes the lock only once.
 */

#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <kern/console.h>
#include <kern/printf.h>
#include "host_arch.h"

static unsigned failures;

#define CHECK(cond) do {						\
		if (!(cond)) {						\
			printf("FAIL %s:%d: %s\n", __FILE__, __LINE__, #cond); \
			failures++;					\
		}							\
	} while (0)

#define CHECK_STR(got, want) do {					\
		if (strcmp((got), (want)) != 0) {			\
			printf("FAIL %s:%d: got \"%s\", want \"%s\"\n",	\
			       __FILE__, __LINE__, (got), (want));	\
			failures++;					\
		}							\
	} while (0)

static uint32_t regs32[32];
static uint8_t *const regs = (uint8_t *)regs32;

static struct board_console cons(enum board_console_kind kind, uint64_t base,
				 uint32_t shift, uint32_t width)
{
	struct board_console c = {
		.kind = kind, .base = base, .size = 0x100,
		.reg_shift = shift, .reg_io_width = width,
	};
	return c;
}

static void test_early(void)
{
	CHECK_STR(console_name(), "sbi");

	early_reset();
	console_putc('a');
	console_putc('\n');
	console_write("b\nc", 3);
	CHECK_STR(early_out, "a\r\nb\r\nc");

	early_reset();
	CHECK(kprintf("x=%d %s\n", -5, "ok") == 8);
	CHECK_STR(early_out, "x=-5 ok\r\n");

	early_in = -1;
	CHECK(console_getc() == -1);
	early_in = 'k';
	CHECK(console_getc() == 'k');
	early_in = -1;
}

static void test_kprintf_long(void)
{
	char want[1200];
	unsigned saves = irq_saves;
	int n;

	/* Far past kprintf's 256-byte buffer, with newlines across flushes. */
	early_reset();
	n = kprintf("%600s\n%400d\n", "end", 7);
	CHECK(n == 1002);
	snprintf(want, sizeof(want), "%600s\r\n%400d\r\n", "end", 7);
	CHECK(early_len == strlen(want));
	CHECK(strcmp(early_out, want) == 0);
	CHECK(irq_saves == saves + 1);		/* the lock was taken once */
}

static void test_bad_init(void)
{
	const struct board_console bad[] = {
		cons(CONSOLE_NONE, 0x10000000, 0, 1),
		cons((enum board_console_kind)99, 0x10000000, 0, 1),
		cons(CONSOLE_NS16550, 0x10000000, 0, 2),
		cons(CONSOLE_NS16550, 0x10000000, 0, 0),
		cons(CONSOLE_NS16550, 0x10000000, 5, 1),
		cons(CONSOLE_NS16550, 0x10000000, 0, 4), /* unaligned regs */
		cons(CONSOLE_SIFIVE_UART, 0x10010000, 0, 3),
	};

	for (unsigned i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		CHECK(console_init(&bad[i], (uintptr_t)regs) == -1);
	/* A device that could not be mapped. */
	{
		struct board_console c = cons(CONSOLE_NS16550, 0x10000000, 0, 1);

		CHECK(console_init(&c, 0) == -1);
	}

	/* Still on SBI. */
	CHECK_STR(console_name(), "sbi");
	early_reset();
	console_putc('\n');
	CHECK_STR(early_out, "\r\n");
}

static void test_ns16550(void)
{
	struct board_console c = cons(CONSOLE_NS16550, 0x10000000, 2, 4);

	memset(regs32, 0, sizeof(regs32));
	regs32[5] = 0x20;			/* LSR: THR empty */
	CHECK(console_init(&c, (uintptr_t)regs) == 0);
	CHECK_STR(console_name(), "ns16550a@0x10000000");

	early_reset();
	console_putc('x');
	CHECK(regs32[0] == 'x');
	kprintf("hi %d", 42);
	CHECK(regs32[0] == '2');
	console_write("ab\n", 3);
	CHECK(regs32[0] == '\n');
	CHECK(early_len == 0);			/* nothing went to SBI */

	regs32[5] = 0x21;			/* data ready */
	regs32[0] = 'r';
	CHECK(console_getc() == 'r');
	regs32[5] = 0x20;
	CHECK(console_getc() == -1);
}

static void test_sifive(void)
{
	struct board_console c = cons(CONSOLE_SIFIVE_UART, 0x10010000, 0, 1);

	memset(regs32, 0, sizeof(regs32));
	CHECK(console_init(&c, (uintptr_t)regs) == 0);
	CHECK_STR(console_name(), "sifive,uart0@0x10010000");
	CHECK(regs32[2] & 1 && regs32[3] & 1);	/* txen, rxen */
	console_putc('s');
	CHECK(regs32[0] == 's');
	regs32[1] = 0x80000000;			/* rx empty */
	CHECK(console_getc() == -1);

	/* A failed re-init keeps the working console. */
	c.kind = CONSOLE_NONE;
	CHECK(console_init(&c, (uintptr_t)regs) == -1);
	CHECK_STR(console_name(), "sifive,uart0@0x10010000");

	/* 64-bit physical addresses print in full. */
	c = cons(CONSOLE_NS16550, UINT64_C(0x1200000000), 0, 1);
	regs[5] = 0x20;
	CHECK(console_init(&c, (uintptr_t)regs) == 0);
	CHECK_STR(console_name(), "ns16550a@0x1200000000");
}

int main(void)
{
	test_early();
	test_kprintf_long();
	test_bad_init();
	test_ns16550();
	test_sifive();

	CHECK(irq_depth == 0);			/* every lock was released */
	CHECK(unlocked_putcs == 0);		/* no output outside the lock */
	if (failures) {
		printf("console: %u checks FAILED\n", failures);
		return 1;
	}
	printf("console: all checks passed\n");
	return 0;
}
