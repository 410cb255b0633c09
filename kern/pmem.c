/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * The frame allocator.
 *
 * No allocator state lives in a free frame. A frame just freed may still be
 * writable by a user thread on another hart, through a stale TLB entry, so
 * a link kept in the frame itself (the classic free list) would let that
 * user choose what the next allocations hand out, even a frame it still
 * maps. Everything the allocator reads is here in the kernel's data or in a
 * bitmap carved at boot out of the free ranges: frames that are never
 * handed out, so no user ever maps them.
 *
 * The bitmap has one bit per managed frame, set while the frame is free,
 * and summary levels above it, 64 bits to a word as in a 64-ary tree:
 * bit j of a word at level k+1 is set while word j of level k is non-zero.
 * An allocation walks down from the single top word to the lowest free
 * frame, one word per level; a free sets its bit and walks up only while a
 * word goes from empty to non-empty. Both cost one word per level: 3 levels
 * up to 1 GiB of RAM, 4 up to 64 GiB, never more than PMEM_MAX_LEVELS; no
 * step is proportional to RAM.
 *
 * Why this and not a bump pointer plus a stack of returned frame numbers
 * plus a "free" bitmap: the stack costs 4 bytes a frame (about 0.1% of
 * RAM: 132 KiB for 128 MiB, 2112 KiB for 2 GiB), the bitmap alone a bit
 * and a little (521 words, 2 frames, for 128 MiB; 8323 words, 17 frames =
 * 68 KiB, for 2 GiB: about 0.003%), and one structure has one rule to keep
 * instead of three that must agree. The leaf bit is also the double-free
 * check. The price is a word per level instead of one pop.
 *
 * A frame's index counts the managed frames in address order: each range
 * records the index of its first frame. Ranges are few (PMEM_MAX_RANGES),
 * sorted and disjoint, so index <-> address is a binary search over them.
 *
 * Boot is O(number of ranges) plus writing the bitmap once (8 bytes per
 * 64 frames, and the summary levels): every managed frame starts free.
 */
#include <kern/arch.h>
#include <kern/panic.h>
#include <kern/pmem.h>
#include <kern/spinlock.h>
#include <kern/string.h>

#define WORD_BITS 64
/* 64^6 = 2^36 frames (256 TiB): more than an Sv39 direct map can hold. */
#define PMEM_MAX_LEVELS 6

/* A managed range: frames [base, base + nframes * PMEM_FRAME_SIZE), whose
 * first frame has index first. */
struct pmem_range {
	uint64_t base;
	uint64_t nframes;
	uint64_t first;
};

/*
 * Set once by pmem_init() on the boot hart before anything else allocates,
 * read-only afterwards (so read without the lock):
 *   ranges[0..nranges): non-empty, sorted by base, disjoint; together they
 *     are every frame the allocator manages, numbered 0..total_count-1 in
 *     address order (ranges[i].first = frames in the ranges before it);
 *     none of them holds the bitmap;
 *   level[0..nlevels): the bitmap's levels, level[0] the leaf (one bit per
 *     frame index), level[nlevels - 1] a single word; nlevels == 0 only
 *     when there is nothing to manage.
 */
static struct pmem_range ranges[PMEM_MAX_RANGES];
static unsigned nranges;
static uint64_t *level[PMEM_MAX_LEVELS];
static unsigned nlevels;
static uint64_t total_count;
static uint64_t meta_frames; /* frames the bitmap took out of the ranges */

/*
 * Guarded by pmem_lock: the bitmap's words and free_count.
 *   - leaf bit i set <=> frame i is free; bits at or past total_count clear;
 *   - bit j of level[k + 1] set <=> word j of level[k] is non-zero;
 *   - free_count == the number of leaf bits set;
 *   - every managed frame is free or held by exactly one holder.
 * free_count is also read without the lock (pmem_free_frames()): one aligned
 * load, a snapshot.
 */
static struct spinlock pmem_lock = SPINLOCK_INIT;
static uint64_t free_count;

static uint64_t words_for(uint64_t bits)
{
	return (bits + WORD_BITS - 1) / WORD_BITS;
}

static uint64_t frames_for(uint64_t bytes)
{
	return (bytes + PMEM_FRAME_SIZE - 1) / PMEM_FRAME_SIZE;
}

static uint64_t bit(uint64_t i)
{
	return 1ULL << (i % WORD_BITS);
}

/* The index of x's lowest set bit (x != 0), by halves like sched.c's
 * top_bit(): six steps and no libgcc call, the boards' baseline ISA having
 * no Zbb count instruction. */
static unsigned low_bit(uint64_t x)
{
	unsigned n = 0;

	for (unsigned half = WORD_BITS / 2; half; half /= 2) {
		if (!(x & ((1ULL << half) - 1))) {
			n += half;
			x >>= half;
		}
	}
	return n;
}

/* ---- index <-> physical address -------------------------------------- */

/* The managed range holding the frame at pa, or 0 (also if pa is not
 * frame-aligned). */
static const struct pmem_range *range_of_pa(uint64_t pa)
{
	unsigned lo = 0, hi = nranges;

	if (pa % PMEM_FRAME_SIZE)
		return 0;
	/* The last range starting at or below pa is the only candidate. */
	while (hi - lo > 1) {
		unsigned mid = lo + (hi - lo) / 2;
		if (ranges[mid].base <= pa)
			lo = mid;
		else
			hi = mid;
	}
	if (nranges == 0 || pa < ranges[lo].base ||
	    (pa - ranges[lo].base) / PMEM_FRAME_SIZE >= ranges[lo].nframes)
		return 0;
	return &ranges[lo];
}

static uint64_t index_of(const struct pmem_range *r, uint64_t pa)
{
	return r->first + (pa - r->base) / PMEM_FRAME_SIZE;
}

/* The address of frame index i (i < total_count). */
static uint64_t pa_of(uint64_t i)
{
	unsigned lo = 0, hi = nranges;

	while (hi - lo > 1) {
		unsigned mid = lo + (hi - lo) / 2;
		if (ranges[mid].first <= i)
			lo = mid;
		else
			hi = mid;
	}
	return ranges[lo].base + (i - ranges[lo].first) * PMEM_FRAME_SIZE;
}

/* ---- the bitmap (under pmem_lock) -------------------------------------- */

static bool is_free(uint64_t i)
{
	return level[0][i / WORD_BITS] & bit(i);
}

/* The lowest free frame's index; there must be one (free_count > 0). */
static uint64_t lowest_free(void)
{
	uint64_t w = 0;

	for (unsigned k = nlevels; k-- > 0;)
		w = w * WORD_BITS + low_bit(level[k][w]);
	return w;
}

static void mark_used(uint64_t i)
{
	for (unsigned k = 0; k < nlevels; k++, i /= WORD_BITS) {
		uint64_t *word = &level[k][i / WORD_BITS];

		*word &= ~bit(i);
		if (*word)
			break; /* still non-zero: the levels above stay right */
	}
}

static void mark_free(uint64_t i)
{
	for (unsigned k = 0; k < nlevels; k++, i /= WORD_BITS) {
		uint64_t *word = &level[k][i / WORD_BITS];
		bool was_empty = *word == 0;

		*word |= bit(i);
		if (!was_empty)
			break; /* was non-zero already: the levels above knew */
	}
}

/* ---- boot ---------------------------------------------------------------- */

/* Lay out the levels for that many frames from words (0: only count);
 * returns the words they take. */
static uint64_t layout(uint64_t frames, uint64_t *words)
{
	uint64_t used = 0, n = frames;
	unsigned k = 0;

	if (n == 0)
		return 0;
	do {
		if (k == PMEM_MAX_LEVELS)
			panic("pmem: %lu frames are more than the bitmap can index",
			      (unsigned long)frames);
		if (words)
			level[k] = words + used;
		n = words_for(n);
		used += n;
		k++;
	} while (n > 1);
	if (words)
		nlevels = k;
	return used;
}

/* Set bits [0, n) of a level. */
static void set_first_bits(uint64_t *words, uint64_t n)
{
	for (uint64_t w = 0; w < n / WORD_BITS; w++)
		words[w] = ~0ULL;
	if (n % WORD_BITS)
		words[n / WORD_BITS] = bit(n) - 1;
}

/* Take nframes from the start of the lowest range holding them; returns
 * their address. */
static uint64_t carve_metadata(uint64_t nframes)
{
	for (unsigned i = 0; i < nranges; i++) {
		struct pmem_range *r = &ranges[i];
		uint64_t pa = r->base;

		if (r->nframes < nframes)
			continue;
		r->base += nframes * PMEM_FRAME_SIZE;
		r->nframes -= nframes;
		if (r->nframes == 0) {
			for (unsigned j = i + 1; j < nranges; j++)
				ranges[j - 1] = ranges[j];
			nranges--;
		}
		return pa;
	}
	/* Not reached: the bitmap is about 1/32768 of the frames, and the
	 * largest of at most PMEM_MAX_RANGES ranges holds 1/32 of them. */
	panic("pmem: no free range holds the allocator's %lu-frame bitmap", (unsigned long)nframes);
}

/* Take a free range (frame-aligned, above the one before it, as
 * pmem_carve() gives them). */
static void add_range(const struct board_range *r, const struct board_range *prev)
{
	uint64_t base = r->base, size = r->size;

	KASSERT(base % PMEM_FRAME_SIZE == 0 && size % PMEM_FRAME_SIZE == 0);
	KASSERT(!prev || base >= prev->base + prev->size);
	/* Address 0 means "no frame" to pmem_alloc()'s callers. */
	if (base == 0 && size) {
		base += PMEM_FRAME_SIZE;
		size -= PMEM_FRAME_SIZE;
	}
	if (size)
		ranges[nranges++] = (struct pmem_range){ base, size / PMEM_FRAME_SIZE, 0 };
}

static void number_frames(void)
{
	total_count = 0;
	for (unsigned i = 0; i < nranges; i++) {
		ranges[i].first = total_count;
		total_count += ranges[i].nframes;
	}
}

void pmem_init(const struct board_range *free, unsigned nfree)
{
	uint64_t nwords, n;
	uint64_t *words;

	nranges = 0;
	nlevels = 0;
	meta_frames = 0;
	for (unsigned i = 0; i < nfree && i < PMEM_MAX_RANGES; i++)
		add_range(&free[i], i ? &free[i - 1] : 0);
	number_frames();
	/* Sized for every frame, the bitmap's own included: one pass. */
	nwords = layout(total_count, 0);
	if (nwords) {
		meta_frames = frames_for(nwords * sizeof(uint64_t));
		words = (uint64_t *)arch_phys_to_virt(carve_metadata(meta_frames));
		memset(words, 0, nwords * sizeof(uint64_t));
		layout(total_count, words); /* still the count before the carve */
		number_frames();
	}
	/* Every managed frame starts free; each level's set bits are the
	 * words of the level below, all non-zero. */
	n = total_count;
	for (unsigned k = 0; k < nlevels; k++, n = words_for(n))
		set_first_bits(level[k], n);
	free_count = total_count;
}

/* ---- the interface -------------------------------------------------------- */

uint64_t pmem_alloc(void)
{
	unsigned long flags = spin_lock_irqsave(&pmem_lock);
	uint64_t i, pa;

	if (free_count == 0) {
		spin_unlock_irqrestore(&pmem_lock, flags);
		return 0;
	}
	i = lowest_free();
	mark_used(i);
	free_count--;
	spin_unlock_irqrestore(&pmem_lock, flags);
	pa = pa_of(i);
	memset((void *)arch_phys_to_virt(pa), 0, PMEM_FRAME_SIZE);
	return pa;
}

void pmem_free(uint64_t pa)
{
	const struct pmem_range *r = range_of_pa(pa);
	unsigned long flags;
	uint64_t i;

	/* Freeing a frame we never gave out, or twice, is a kernel bug, not a
	 * user error: users hold capabilities, never physical addresses. */
	if (!r)
		panic("pmem_free of foreign frame %#lx", (unsigned long)pa);
	/* A hart that has not fenced since a mapping of this frame went may
	 * still write it through its TLB: no frame is free, and so none can
	 * be handed out again, until every such hart has fenced. */
	arch_tlb_flush_finish();
	i = index_of(r, pa);
	flags = spin_lock_irqsave(&pmem_lock);
	if (is_free(i)) {
		spin_unlock_irqrestore(&pmem_lock, flags);
		panic("pmem_free of free frame %#lx (double free)", (unsigned long)pa);
	}
	mark_free(i);
	free_count++;
	spin_unlock_irqrestore(&pmem_lock, flags);
}

bool pmem_is_free(uint64_t pa)
{
	const struct pmem_range *r = range_of_pa(pa);
	unsigned long flags;
	bool answer;

	if (!r)
		return false;
	flags = spin_lock_irqsave(&pmem_lock);
	answer = is_free(index_of(r, pa));
	spin_unlock_irqrestore(&pmem_lock, flags);
	return answer;
}

uint64_t pmem_index(uint64_t pa)
{
	const struct pmem_range *r = range_of_pa(pa);

	return r ? index_of(r, pa) : PMEM_NO_INDEX;
}

bool pmem_owns(uint64_t pa)
{
	return range_of_pa(pa) != 0;
}

uint64_t pmem_free_frames(void)
{
	return free_count;
}

uint64_t pmem_total_frames(void)
{
	return total_count;
}

uint64_t pmem_meta_frames(void)
{
	return meta_frames;
}
