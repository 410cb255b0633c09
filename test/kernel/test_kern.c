/* SPDX-License-Identifier: BSD-2-Clause */
/* Self-tests of the generic boot path: board, frame allocator, tick, harts. */
#include <kern/arch.h>
#include <kern/board.h>
#include <kern/console.h>
#include <kern/obj.h>
#include <kern/pmem.h>
#include <kern/string.h>
#include <test/kernel/selftest.h>

SELFTEST(board_description)
{
	const struct board *b = selftest_board;
	bool boot_hart_listed = false;

	CHECK(b->nmem > 0);
	CHECK(b->timebase_hz > 0);
	CHECK(b->nharts > 0);
	for (unsigned i = 0; i < b->nharts; i++)
		if (b->harts[i].hartid == arch_hartid())
			boot_hart_listed = true;
	CHECK(boot_hart_listed);
	CHECK(console_name() != 0);
	return 0;
}

static bool in_range(uint64_t pa, const struct board_range *r)
{
	return pa >= r->base && pa - r->base < r->size;
}

/* A frame is usable: aligned, in RAM, in no reserved range, zero-filled. */
static int check_frame(uint64_t pa)
{
	const struct board *b = selftest_board;
	const uint64_t *p = (const uint64_t *)arch_phys_to_virt(pa);
	bool in_ram = false;

	CHECK(pa != 0);
	CHECK(pa % PMEM_FRAME_SIZE == 0);
	for (unsigned i = 0; i < b->nmem; i++)
		in_ram |= in_range(pa, &b->mem[i]);
	CHECK(in_ram);
	for (unsigned i = 0; i < b->nresv; i++)
		CHECK(!in_range(pa, &b->resv[i]));
	for (unsigned i = 0; i < PMEM_FRAME_SIZE / 8; i++)
		CHECK(p[i] == 0);
	return 0;
}

SELFTEST(pmem_alloc_free_distinct)
{
	enum { N = 256 };
	static uint64_t frames[N];
	uint64_t before = pmem_free_frames();

	for (unsigned i = 0; i < N; i++) {
		frames[i] = pmem_alloc();
		if (check_frame(frames[i]))
			return 1;
		CHECK(!pmem_is_free(frames[i]));
		/* Scribble: a frame handed out twice would show it. */
		*(uint64_t *)arch_phys_to_virt(frames[i]) = frames[i];
	}
	CHECK_EQ(pmem_free_frames(), before - N);
	for (unsigned i = 0; i < N; i++)
		CHECK_EQ(*(uint64_t *)arch_phys_to_virt(frames[i]), frames[i]);
	for (unsigned i = 0; i < N; i++) {
		pmem_free(frames[i]);
		CHECK(pmem_is_free(frames[i]));
	}
	CHECK_EQ(pmem_free_frames(), before);
	return 0;
}

/*
 * What a user with a stale TLB entry for a just-freed frame can do: write
 * it. Here the kernel writes every freed frame full of the address of a
 * frame still held; what comes out of pmem_alloc() next must still be a
 * free frame, never a held one.
 */
SELFTEST(pmem_ignores_free_frame_contents)
{
	enum { HELD = 64, FREED = 16 };
	static uint64_t held[HELD], freed[FREED];
	uint64_t before = pmem_free_frames();

	for (unsigned i = 0; i < HELD; i++)
		CHECK((held[i] = pmem_alloc()) != 0);
	for (unsigned i = 0; i < FREED; i++)
		CHECK((freed[i] = pmem_alloc()) != 0);
	for (unsigned i = 0; i < FREED; i++) {
		uint64_t *w = (uint64_t *)arch_phys_to_virt(freed[i]);

		pmem_free(freed[i]);
		for (unsigned j = 0; j < PMEM_FRAME_SIZE / sizeof(uint64_t); j++)
			w[j] = held[(i + j) % HELD];
	}
	for (unsigned i = 0; i < FREED; i++) {
		uint64_t pa = pmem_alloc();

		if (check_frame(pa))
			return 1;
		for (unsigned j = 0; j < HELD; j++)
			CHECK(pa != held[j]);
		CHECK(!pmem_is_free(pa));
		freed[i] = pa;
	}
	for (unsigned i = 0; i < FREED; i++)
		pmem_free(freed[i]);
	for (unsigned i = 0; i < HELD; i++)
		pmem_free(held[i]);
	CHECK_EQ(pmem_free_frames(), before);
	return 0;
}

/*
 * Take every frame there is, then give them all back. The frames are chained
 * through their own first word, so the test needs no memory of its own.
 */
SELFTEST(pmem_exhaust_and_return)
{
	uint64_t before = pmem_free_frames();
	uint64_t chain = 0, n = 0, pa;

	while ((pa = pmem_alloc()) != 0) {
		*(uint64_t *)arch_phys_to_virt(pa) = chain;
		chain = pa;
		n++;
	}
	CHECK_EQ(n, before);
	CHECK_EQ(pmem_free_frames(), 0);
	CHECK_EQ(pmem_alloc(), 0);
	while (chain) {
		uint64_t next = *(uint64_t *)arch_phys_to_virt(chain);
		CHECK(!pmem_is_free(chain));
		pmem_free(chain);
		CHECK(pmem_is_free(chain));
		chain = next;
	}
	CHECK_EQ(pmem_free_frames(), before);
	CHECK(pmem_total_frames() >= before);
	return 0;
}

SELFTEST(timer_ticks_advance)
{
	uint64_t start = arch_ticks();
	uint64_t deadline = arch_time() + SELFTEST_WAIT_SECONDS * selftest_board->timebase_hz;

	while (arch_ticks() < start + 3 && arch_time() < deadline)
		arch_wait_for_interrupt();
	CHECK(arch_ticks() >= start + 3);
	return 0;
}

SELFTEST(string_functions)
{
	char a[32], b[32];

	memset(a, 'x', sizeof(a));
	CHECK(a[0] == 'x' && a[31] == 'x');
	memcpy(b, "hello", 6);
	CHECK(strlen(b) == 5);
	CHECK(memcmp(b, "hello", 6) == 0);
	memmove(b + 1, b, 6);
	CHECK(memcmp(b, "hhello", 7) == 0);
	return 0;
}

SELFTEST(printf_formats)
{
	char buf[64];

	CHECK_EQ(ksnprintf(buf, sizeof(buf), "%d %u %x %s", -5, 7u, 0xabcu, "s"), 10);
	CHECK(memcmp(buf, "-5 7 abc s", 11) == 0);
	CHECK_EQ(ksnprintf(buf, 4, "%lu", 123456ul), 6);
	CHECK(memcmp(buf, "123", 4) == 0);
	return 0;
}

/* The size of every object type, printed for the record, and checked to fit
 * the cell the activity pays for. */
SELFTEST(object_sizes)
{
	for (unsigned t = 1; t < OBJ_TYPE_COUNT; t++) {
		const struct obj_type *c = &obj_types[t];
		if (!c->name)
			continue;
		kprintf("    %-16s %4u bytes (1 cell of %u) + %u frame(s)\n", c->name,
			c->struct_size, OBJ_CELL_SIZE, c->frames);
		CHECK(c->struct_size <= OBJ_CELL_SIZE);
	}
	kprintf("    %-16s %4u bytes\n", "capability slot", (unsigned)sizeof(struct cap));
	CHECK_EQ(sizeof(struct cap), CAP_SLOT_SIZE);
	return 0;
}
