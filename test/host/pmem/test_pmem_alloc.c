/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * The frame allocator (kern/pmem.c) on the host, compiled unchanged. RAM is
 * a host buffer at a made-up physical address; arch_phys_to_virt() below is
 * the direct map onto it, and panic() ends a child process the death tests
 * fork, so they can check that a double or foreign free is caught.
 *
 * The test keeps its own model of every frame (managed or not, held by the
 * test or free) and never asks the allocator what is free except to check
 * its answer. Between operations it fills every free frame with garbage:
 * the addresses of frames the test holds, as a user with a stale TLB entry
 * would write them, or random words. An allocator that read anything from
 * a free frame would then hand out a frame twice, or one that is not RAM.
 *
 * Usage: test_pmem_alloc [seed]  (the random run's seed; printed).
 */
#define _DEFAULT_SOURCE
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include <kern/arch.h>
#include <kern/panic.h>
#include <kern/pmem.h>

#define F            PMEM_FRAME_SIZE
#define WORDS        (F / sizeof(uint64_t))
#define RAM_BASE     0x80000000UL
#define PANIC_STATUS 42 /* a death test's child exits with this from panic() */
#define MAX_PRINTED  4  /* failures printed per case; the rest are counted */

static int failures, printed;

/* A case starts: its first failures will be printed. */
static int begin(void)
{
	printed = 0;
	return failures;
}

static void fail(const char *fmt, ...)
{
	va_list ap;

	failures++;
	if (++printed > MAX_PRINTED)
		return;
	printf("FAIL ");
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	printf("\n");
}

#define EXPECT(cond)                                                  \
	do {                                                          \
		if (!(cond))                                          \
			fail("%s:%d: %s", __FILE__, __LINE__, #cond); \
	} while (0)

/* ---- the arch and the kernel, faked ------------------------------------ */

/*
 * Fake RAM: frames [0, span) from ram_base. The first `backed` have a real
 * buffer behind them; the rest all alias one scratch frame, so a test can
 * give the allocator more frames than it could afford to back (their
 * contents are then not checked). An address outside RAM is counted (the
 * allocator went where no RAM is) and also lands in scratch.
 */
static uint8_t *ram;
static uint64_t ram_base, backed, span;
static _Alignas(F) uint8_t scratch[F];
static unsigned outside_ram;
static uint64_t first_mapped; /* the first address pmem_init() mapped */
static bool in_init;

uintptr_t arch_phys_to_virt(uint64_t pa)
{
	uint64_t f = (pa - ram_base) / F;

	if (in_init && !first_mapped)
		first_mapped = pa;
	if (pa < ram_base || f >= span) {
		outside_ram++;
		return (uintptr_t)scratch;
	}
	if (f >= backed)
		return (uintptr_t)scratch;
	return (uintptr_t)ram + (pa - ram_base);
}

uint64_t arch_virt_to_phys(uintptr_t va)
{
	return ram_base + (va - (uintptr_t)ram);
}

/* No other harts here: nothing to fence before a frame is free. */
void arch_tlb_flush_finish(void)
{
}

unsigned long arch_irq_save(void)
{
	return 0;
}

void arch_irq_restore(unsigned long flags)
{
	(void)flags;
}

static bool panic_expected; /* set in a death test's child */

void panic(const char *fmt, ...)
{
	va_list ap;

	printf(panic_expected ? "  panic (expected): " : "FAIL unexpected panic: ");
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	printf("\n");
	fflush(stdout);
	_exit(panic_expected ? PANIC_STATUS : 1);
}

/* ---- the model ------------------------------------------------------------ */

/* A range in frame numbers from ram_base. */
struct frames {
	uint64_t first, n;
};

struct config {
	const char *name;
	struct frames r[PMEM_MAX_RANGES + 2];
	unsigned nr;
	uint64_t backed; /* frames with a real buffer; 0: all of them */
	uint64_t base;   /* ram_base; 0 is allowed, so given explicitly */
};

static bool *in_ranges;          /* given to pmem_init() */
static bool *managed;            /* pmem_owns() says so, checked against the rest */
static bool *meta;               /* in the ranges, not managed: the bitmap */
static bool *held;               /* handed out to the test and not freed */
static uint64_t *held_pa, nheld; /* held_pa[0..nheld): what the test holds */
static uint64_t nmanaged, nmeta;

static uint64_t pa_of(uint64_t f)
{
	return ram_base + f * F;
}

static uint64_t frame_of(uint64_t pa)
{
	return (pa - ram_base) / F;
}

static void *xcalloc(uint64_t n, size_t size)
{
	void *p = calloc(n, size);

	if (!p) {
		printf("FAIL out of host memory\n");
		exit(1);
	}
	return p;
}

static void teardown(void)
{
	free(ram);
	free(in_ranges);
	free(managed);
	free(meta);
	free(held);
	free(held_pa);
}

/* Fake RAM and the allocator over cfg; the model learns what it manages. */
static void setup(const struct config *cfg)
{
	struct board_range br[PMEM_MAX_RANGES + 2];

	ram_base = cfg->base;
	span = 0;
	for (unsigned i = 0; i < cfg->nr; i++)
		if (cfg->r[i].first + cfg->r[i].n > span)
			span = cfg->r[i].first + cfg->r[i].n;
	backed = cfg->backed && cfg->backed < span ? cfg->backed : span;
	/* One spare frame: an allocator writing a frame at a wild unaligned
	 * address inside RAM must not run off the host buffer. */
	ram = aligned_alloc(F, (backed + 1) * F);
	if (!ram) {
		printf("FAIL out of host memory\n");
		exit(1);
	}
	memset(ram, 0x5a, (backed + 1) * F); /* RAM is not zero at boot */
	in_ranges = xcalloc(span + 1, sizeof(bool));
	managed = xcalloc(span + 1, sizeof(bool));
	meta = xcalloc(span + 1, sizeof(bool));
	held = xcalloc(span + 1, sizeof(bool));
	held_pa = xcalloc(span + 1, sizeof(uint64_t));
	nheld = nmanaged = nmeta = 0;
	for (unsigned i = 0; i < cfg->nr; i++) {
		br[i] = (struct board_range){ pa_of(cfg->r[i].first), cfg->r[i].n * F };
		if (i < PMEM_MAX_RANGES)
			for (uint64_t f = cfg->r[i].first; f < cfg->r[i].first + cfg->r[i].n; f++)
				in_ranges[f] = true;
	}
	outside_ram = 0;
	first_mapped = 0;
	in_init = true;
	pmem_init(br, cfg->nr);
	in_init = false;
	for (uint64_t f = 0; f < span; f++) {
		managed[f] = pmem_owns(pa_of(f));
		meta[f] = in_ranges[f] && !managed[f] && pa_of(f) != 0;
		nmanaged += managed[f];
		nmeta += meta[f];
	}
}

/* What pmem_init() left: managed frames are in the ranges, the rest of the
 * ranges is the bitmap, one block where pmem_init() wrote, counted right. */
static void check_accounting(const struct config *cfg)
{
	uint64_t meta_first = first_mapped ? frame_of(first_mapped) : 0;

	for (uint64_t f = 0; f < span; f++) {
		if (managed[f] && !in_ranges[f])
			fail("%s: frame %#lx managed but in no range", cfg->name,
			     (unsigned long)pa_of(f));
		if (meta[f] && (f < meta_first || f >= meta_first + nmeta))
			fail("%s: unmanaged frame %#lx of the ranges is not the bitmap's",
			     cfg->name, (unsigned long)pa_of(f));
		if (managed[f] && !pmem_is_free(pa_of(f)))
			fail("%s: frame %#lx not free after init", cfg->name,
			     (unsigned long)pa_of(f));
	}
	EXPECT(nmeta == pmem_meta_frames());
	EXPECT(nmanaged == pmem_total_frames());
	EXPECT(nmanaged == pmem_free_frames());
	EXPECT(!pmem_owns(pa_of(span)) && !pmem_is_free(pa_of(span)));
	EXPECT(!pmem_owns(pa_of(1) + 8) && !pmem_is_free(pa_of(1) + 8));
	EXPECT(!pmem_owns(0) && !pmem_is_free(0));
	EXPECT(outside_ram == 0);
}

static bool is_backed(uint64_t f)
{
	return f < backed;
}

static uint64_t *words_of(uint64_t f)
{
	return (uint64_t *)arch_phys_to_virt(pa_of(f));
}

/* A held frame carries its own address at both ends. */
static void stamp(uint64_t f)
{
	if (is_backed(f))
		words_of(f)[0] = words_of(f)[WORDS - 1] = pa_of(f);
}

static bool stamped(uint64_t f)
{
	return !is_backed(f) || (words_of(f)[0] == pa_of(f) && words_of(f)[WORDS - 1] == pa_of(f));
}

/* Take a frame from the allocator and check it is genuinely free. */
static bool take(const char *who, uint64_t *pa_out)
{
	uint64_t pa = pmem_alloc(), f = frame_of(pa);

	*pa_out = pa;
	if (!pa)
		return false;
	if (pa < ram_base || f >= span || pa % F || !managed[f]) {
		fail("%s: pmem_alloc gave %#lx, not a managed frame", who, (unsigned long)pa);
		return false;
	}
	if (held[f]) {
		fail("%s: pmem_alloc gave %#lx, which is already handed out", who,
		     (unsigned long)pa);
		return false;
	}
	if (is_backed(f))
		for (unsigned w = 0; w < WORDS; w++)
			if (words_of(f)[w]) {
				fail("%s: frame %#lx not zero-filled", who, (unsigned long)pa);
				break;
			}
	if (pmem_is_free(pa))
		fail("%s: frame %#lx handed out but pmem_is_free", who, (unsigned long)pa);
	held[f] = true;
	held_pa[nheld++] = pa;
	stamp(f);
	return true;
}

static void give_back(const char *who, uint64_t k) /* the k-th held frame */
{
	uint64_t pa = held_pa[k], f = frame_of(pa);

	if (!stamped(f))
		fail("%s: held frame %#lx was overwritten", who, (unsigned long)pa);
	held[f] = false;
	held_pa[k] = held_pa[--nheld];
	pmem_free(pa);
	if (!pmem_is_free(pa))
		fail("%s: frame %#lx freed but not pmem_is_free", who, (unsigned long)pa);
}

static void check_is_free(const char *who)
{
	for (uint64_t f = 0; f < span; f++)
		if (pmem_is_free(pa_of(f)) != (managed[f] && !held[f])) {
			fail("%s: pmem_is_free(%#lx) wrong", who, (unsigned long)pa_of(f));
			return;
		}
	EXPECT(pmem_free_frames() == nmanaged - nheld);
}

/*
 * What a user with stale TLB entries could leave in the free frames: the
 * address of a frame the test holds (the attack: "hand this out next"), of
 * a bitmap frame, or plain random words.
 */
static void scribble_free_frames(unsigned round)
{
	for (uint64_t f = 0; f < backed; f++) {
		uint64_t *w = words_of(f), v;

		if (!managed[f] || held[f])
			continue;
		switch (round % 4) {
		case 0:
			v = nheld ? held_pa[(f + round) % nheld] : pa_of(f);
			break;
		case 1:
			v = first_mapped ? first_mapped : pa_of(f);
			break;
		case 2:
			v = ((uint64_t)rand() << 32) ^ (uint64_t)rand();
			break;
		default:
			v = ~0ULL;
			break;
		}
		for (unsigned i = 0; i < WORDS; i++)
			w[i] = v;
	}
}

/* ---- the cases -------------------------------------------------------------- */

/* What a holder may do: write all of its frame. */
static void fill_held_frames(void)
{
	for (uint64_t k = 0; k < nheld; k++) {
		uint64_t f = frame_of(held_pa[k]);

		if (is_backed(f))
			memset(words_of(f), 0xff, F);
		stamp(f);
	}
}

/* Every frame once, then none; all back; the same again. Holders write
 * their whole frames meanwhile: the bitmap must be in none of them. */
static void exhaust_and_refill(const struct config *cfg)
{
	for (int pass = 0; pass < 2; pass++) {
		uint64_t pa;

		scribble_free_frames(pass);
		while (take(cfg->name, &pa))
			;
		if (pa) /* take() stopped on a bad frame */
			return;
		EXPECT(nheld == nmanaged);
		EXPECT(pmem_free_frames() == 0);
		EXPECT(pmem_alloc() == 0);
		fill_held_frames();
		check_is_free(cfg->name);
		/* Back in a shuffled order. */
		while (nheld)
			give_back(cfg->name, (uint64_t)rand() % nheld);
		check_is_free(cfg->name);
	}
	EXPECT(outside_ram == 0);
}

static const struct config configs[] = {
	{ "nothing", { { 0 } }, 0, 0, RAM_BASE },
	{ "one frame (all bitmap)", { { 0, 1 } }, 1, 0, RAM_BASE },
	{ "64 frames (one level)", { { 0, 65 } }, 1, 0, RAM_BASE },
	{ "65 frames (two levels)", { { 0, 66 } }, 1, 0, RAM_BASE },
	{ "4097 frames (three levels)", { { 0, 4098 } }, 1, 0, RAM_BASE },
	{ "four ranges, the bitmap fills the first",
	  { { 0, 1 }, { 4, 500 }, { 510, 37 }, { 600, 2000 } }, 4, 0, RAM_BASE },
	{ "RAM at address 0", { { 0, 10 }, { 20, 5 } }, 2, 0, 0 },
	/* 300,000 frames: four levels, a 10-frame bitmap that does not fit in
	 * the first range; only the first 64 frames are backed. */
	{ "1.1 GiB, four levels", { { 0, 1 }, { 2, 300000 } }, 2, 64, RAM_BASE },
};

/* One layout: what init left, then exhaust and refill twice. */
static void run_config(const struct config *cfg)
{
	int before = begin();

	setup(cfg);
	check_accounting(cfg);
	if (cfg->nr > PMEM_MAX_RANGES)
		EXPECT(nmanaged + nmeta == PMEM_MAX_RANGES);
	exhaust_and_refill(cfg);
	printf("  %-40s %7lu frames, bitmap %lu: %s\n", cfg->name, (unsigned long)nmanaged,
	       (unsigned long)nmeta, failures == before ? "ok" : "FAILED");
	teardown();
}

static void test_layouts(void)
{
	/* More ranges than PMEM_MAX_RANGES: the rest is left unmanaged. */
	struct config many = { "34 ranges (2 past PMEM_MAX_RANGES)", { { 0 } },
			       PMEM_MAX_RANGES + 2, 0, RAM_BASE };

	for (unsigned i = 0; i < sizeof(configs) / sizeof(configs[0]); i++)
		run_config(&configs[i]);
	for (unsigned i = 0; i < many.nr; i++)
		many.r[i] = (struct frames){ 2 * i, 1 };
	run_config(&many);
}

/*
 * The attack, plainly: free some frames, write the address of a frame the
 * test still holds into each free frame, allocate again. Nothing the test
 * holds may come back.
 */
static void test_free_frames_not_read(void)
{
	static const struct config cfg = { "stale-TLB scribble", { { 0, 4 }, { 8, 60 } }, 2, 0,
					   RAM_BASE };
	uint64_t pa;
	int before = begin();

	setup(&cfg);
	for (unsigned i = 0; i < 32; i++)
		take(cfg.name, &pa);
	for (unsigned i = 0; i < 8 && nheld; i++)
		give_back(cfg.name, nheld - 1);
	scribble_free_frames(0);
	while (take(cfg.name, &pa))
		;
	EXPECT(nheld == nmanaged);
	EXPECT(outside_ram == 0);
	printf("  %-40s %s\n", "a held frame's address in free frames",
	       failures == before ? "ok" : "FAILED");
	teardown();
}

/*
 * Random allocations and frees over several ranges, in phases that lean
 * towards allocating (down to exhaustion) or freeing (down to nothing
 * held); garbage in every free frame after each step; the model checked
 * against pmem_is_free() and pmem_free_frames() after each step.
 */
static void test_random(unsigned seed)
{
	static const struct config cfg = {
		"random", { { 0, 1 }, { 3, 120 }, { 130, 60 }, { 200, 77 } }, 4, 0, RAM_BASE
	};
	enum { STEPS = 3000, PHASE = 750 };
	char who[64];
	int before = begin();
	unsigned exhausted = 0, emptied = 0;

	srand(seed);
	setup(&cfg);
	for (unsigned step = 0; step < STEPS && failures == before; step++) {
		unsigned alloc_pct = (step / PHASE) % 2 ? 30 : 70;
		uint64_t pa;

		snprintf(who, sizeof(who), "random seed %u step %u", seed, step);
		if (!nheld || (unsigned)rand() % 100 < alloc_pct) {
			if (!take(who, &pa) && !pa && nheld != nmanaged)
				fail("%s: pmem_alloc gave 0 with %lu frames free", who,
				     (unsigned long)(nmanaged - nheld));
			exhausted += !pa;
		} else {
			give_back(who, (uint64_t)rand() % nheld);
			emptied += !nheld;
		}
		check_is_free(who);
		for (uint64_t k = 0; k < nheld; k++)
			if (!stamped(frame_of(held_pa[k])))
				fail("%s: held frame %#lx was overwritten", who,
				     (unsigned long)held_pa[k]);
		scribble_free_frames(step);
	}
	EXPECT(outside_ram == 0);
	printf("  %-40s %s (%u steps: memory ran out %u times, all back %u times)\n",
	       "random alloc/free, garbage in free frames", failures == before ? "ok" : "FAILED",
	       STEPS, exhausted, emptied);
	teardown();
}

/* ---- death tests: a kernel bug must panic ------------------------------------ */

static uint64_t victim;

static void free_victim(void)
{
	pmem_free(victim);
}

static void init_huge(void)
{
	/* 2^50 bytes = 2^38 frames: more than PMEM_MAX_LEVELS can index. */
	struct board_range r = { RAM_BASE, 1ULL << 50 };

	pmem_init(&r, 1);
}

/* Run fn in a child; it must end in panic(). */
static void expect_panic(const char *what, void (*fn)(void))
{
	int status;
	pid_t pid;

	begin();
	fflush(stdout);
	pid = fork();
	if (pid < 0) {
		fail("fork: %s", what);
		return;
	}
	if (pid == 0) {
		panic_expected = true;
		fn();
		printf("  (returned)\n");
		fflush(stdout);
		_exit(0);
	}
	waitpid(pid, &status, 0);
	if (!WIFEXITED(status) || WEXITSTATUS(status) != PANIC_STATUS)
		fail("%s: no panic", what);
	else
		printf("  %-40s ok\n", what);
}

static void test_bad_frees(void)
{
	static const struct config cfg = { "bad frees", { { 0, 2 }, { 4, 6 } }, 2, 0, RAM_BASE };
	uint64_t pa;

	setup(&cfg);
	take(cfg.name, &pa);
	give_back(cfg.name, 0);
	victim = pa;
	expect_panic("double free", free_victim);
	victim = pa_of(5); /* never handed out: free from the start */
	expect_panic("free of a never-allocated frame", free_victim);
	take(cfg.name, &pa);
	victim = pa + 8;
	expect_panic("free of an unaligned address", free_victim);
	victim = pa_of(2);
	expect_panic("free in a hole between ranges", free_victim);
	victim = pa_of(span);
	expect_panic("free above every range", free_victim);
	victim = ram_base - F;
	expect_panic("free below every range", free_victim);
	victim = first_mapped;
	expect_panic("free of the bitmap's frame", free_victim);
	victim = 0;
	expect_panic("free of address 0", free_victim);
	expect_panic("more frames than the bitmap indexes", init_huge);
	check_is_free(cfg.name);
	teardown();
}

int main(int argc, char **argv)
{
	unsigned seed = argc > 1 ? (unsigned)strtoul(argv[1], 0, 0) : 20261126;

	setvbuf(stdout, 0, _IOLBF, 0);
	printf("pmem allocator: random seed %u\n", seed);
	srand(seed);
	test_layouts();
	test_free_frames_not_read();
	test_random(seed);
	test_bad_frees();
	if (failures)
		printf("%d failures\n", failures);
	printf("%s\n", failures ? "FAILED" : "all pmem allocator checks passed");
	return failures != 0;
}
