/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * pmem_carve(): free RAM = RAM minus reservations, frame-aligned. Checked on
 * hand-made maps and against a brute-force frame-by-frame answer on random
 * maps (fixed seed, printed).
 */
#include <stdio.h>
#include <stdlib.h>
#include <kern/pmem.h>

#define F PMEM_FRAME_SIZE
static int failures;

#define EXPECT(cond)                                                          \
	do {                                                                  \
		if (!(cond)) {                                                \
			printf("FAIL %s:%d: %s\n", __FILE__, __LINE__, #cond); \
			failures++;                                           \
		}                                                             \
	} while (0)

static void test_qemu_like_map(void)
{
	/* 128 MiB at 0x80000000; OpenSBI's 512 KiB; kernel 2 MiB at +2 MiB;
	 * the device tree at 0x82200000. */
	struct board_range ram[] = { { 0x80000000, 128 << 20 } };
	struct board_range resv[] = { { 0x80000000, 0x80000 },
				      { 0x80200000, 0x200000 },
				      { 0x82200000, 0x1234 } };
	struct board_range out[PMEM_MAX_RANGES];
	bool dropped;
	unsigned n = pmem_carve(ram, 1, resv, 3, out, PMEM_MAX_RANGES, &dropped);

	EXPECT(n == 3);
	EXPECT(!dropped);
	EXPECT(out[0].base == 0x80080000 && out[0].size == 0x180000);
	EXPECT(out[1].base == 0x80400000 && out[1].size == 0x82200000 - 0x80400000);
	EXPECT(out[2].base == 0x82202000);
	EXPECT(out[2].base + out[2].size == 0x88000000);
}

static void test_edges(void)
{
	struct board_range out[PMEM_MAX_RANGES];
	bool dropped;

	/* Unaligned RAM is rounded inwards; a bank smaller than a frame vanishes. */
	struct board_range ram1[] = { { 0x1001, 3 * F }, { 0x100000, 100 } };
	unsigned n = pmem_carve(ram1, 2, NULL, 0, out, PMEM_MAX_RANGES, &dropped);
	EXPECT(n == 1 && out[0].base == 0x2000 && out[0].size == 2 * F);

	/* A reservation covering everything, one wrapping past 2^64. */
	struct board_range ram2[] = { { 0x80000000, 1 << 20 } };
	struct board_range all[] = { { 0, UINT64_MAX } };
	EXPECT(pmem_carve(ram2, 1, all, 1, out, PMEM_MAX_RANGES, &dropped) == 0);
	struct board_range wrap[] = { { 0x80080000, UINT64_MAX } };
	n = pmem_carve(ram2, 1, wrap, 1, out, PMEM_MAX_RANGES, &dropped);
	EXPECT(n == 1 && out[0].base == 0x80000000 && out[0].size == 0x80000);

	/* Overlapping banks give each frame once. */
	struct board_range ram3[] = { { 0x0, 8 * F }, { 4 * F, 8 * F } };
	n = pmem_carve(ram3, 2, NULL, 0, out, PMEM_MAX_RANGES, &dropped);
	uint64_t total = 0;
	for (unsigned i = 0; i < n; i++)
		total += out[i].size;
	EXPECT(total == 12 * F);

	/* More pieces than room: reported, never overflowed. */
	struct board_range ram4[] = { { 0, 64 * F } };
	struct board_range holes[10];
	for (unsigned i = 0; i < 10; i++)
		holes[i] = (struct board_range){ (2 * i + 1) * F, F };
	n = pmem_carve(ram4, 1, holes, 10, out, 4, &dropped);
	EXPECT(n <= 4);
	EXPECT(dropped);
}

/* Brute force on a 256-frame world. */
static void test_random(unsigned seed)
{
	enum { FRAMES = 256 };
	srand(seed);
	for (int iter = 0; iter < 20000; iter++) {
		struct board_range ram[4], resv[6], out[PMEM_MAX_RANGES];
		unsigned nram = 1 + rand() % 4, nresv = rand() % 7;
		bool expect_free[FRAMES] = { 0 }, got[FRAMES] = { 0 }, dropped;

		for (unsigned i = 0; i < nram; i++)
			ram[i] = (struct board_range){ rand() % (FRAMES * F), rand() % (64 * F) };
		for (unsigned i = 0; i < nresv; i++)
			resv[i] = (struct board_range){ rand() % (FRAMES * F), rand() % (16 * F) };
		for (uint64_t f = 0; f < FRAMES; f++) {
			uint64_t a = f * F, b = a + F;
			bool in_ram = false, hit = false;
			for (unsigned i = 0; i < nram; i++)
				in_ram |= a >= ram[i].base && b <= ram[i].base + ram[i].size;
			for (unsigned i = 0; i < nresv; i++)
				hit |= resv[i].size && a < resv[i].base + resv[i].size &&
				       b > resv[i].base;
			expect_free[f] = in_ram && !hit;
		}
		unsigned n = pmem_carve(ram, nram, resv, nresv, out, PMEM_MAX_RANGES, &dropped);
		EXPECT(!dropped);
		for (unsigned i = 0; i < n; i++) {
			EXPECT(out[i].base % F == 0 && out[i].size % F == 0 && out[i].size);
			if (i)
				EXPECT(out[i - 1].base + out[i - 1].size <= out[i].base);
			for (uint64_t a = out[i].base; a < out[i].base + out[i].size; a += F) {
				if (a / F < FRAMES) {
					EXPECT(!got[a / F]);
					got[a / F] = true;
				}
			}
		}
		for (unsigned f = 0; f < FRAMES; f++)
			if (expect_free[f] != got[f]) {
				printf("FAIL seed %u iteration %d frame %u: expected %d got %d\n",
				       seed, iter, f, expect_free[f], got[f]);
				failures++;
				return;
			}
	}
}

int main(void)
{
	unsigned seed = 20261125;

	printf("pmem_carve: random seed %u\n", seed);
	test_qemu_like_map();
	test_edges();
	test_random(seed);
	printf("%s\n", failures ? "FAILED" : "all pmem_carve checks passed");
	return failures != 0;
}
