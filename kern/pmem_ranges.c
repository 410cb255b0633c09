/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * Free RAM = RAM minus reservations, as a sorted list of frame-aligned
 * ranges. Kept apart from the allocator so host tests can run it on the
 * memory maps of real boards.
 */
#include <kern/pmem.h>

static uint64_t round_up(uint64_t x)
{
	return (x + PMEM_FRAME_SIZE - 1) & ~(PMEM_FRAME_SIZE - 1);
}

static uint64_t round_down(uint64_t x)
{
	return x & ~(PMEM_FRAME_SIZE - 1);
}

/* End of a range, saturating instead of wrapping at 2^64. */
static uint64_t range_end(const struct board_range *r)
{
	return r->base + r->size < r->base ? UINT64_MAX : r->base + r->size;
}

static void remove_at(struct board_range *v, unsigned *n, unsigned i)
{
	for (unsigned j = i + 1; j < *n; j++)
		v[j - 1] = v[j];
	(*n)--;
}

/* Cut [cut_base, cut_end) out of every range in v. */
static void cut(struct board_range *v, unsigned *n, unsigned max,
		uint64_t cut_base, uint64_t cut_end, bool *dropped)
{
	for (unsigned i = 0; i < *n; i++) {
		uint64_t base = v[i].base, end = v[i].base + v[i].size;

		if (cut_end <= base || cut_base >= end)
			continue;
		if (cut_base <= base && cut_end >= end) {
			remove_at(v, n, i--);
		} else if (cut_base <= base) {
			v[i] = (struct board_range){ cut_end, end - cut_end };
		} else if (cut_end >= end) {
			v[i].size = cut_base - base;
		} else {
			/* The cut splits the range in two. */
			v[i].size = cut_base - base;
			if (*n < max)
				v[(*n)++] = (struct board_range){ cut_end, end - cut_end };
			else if (dropped)
				*dropped = true;
		}
	}
}

unsigned pmem_carve(const struct board_range *ram, unsigned nram,
		    const struct board_range *resv, unsigned nresv,
		    struct board_range *out, unsigned max, bool *dropped)
{
	unsigned n = 0;

	if (dropped)
		*dropped = false;
	for (unsigned i = 0; i < nram; i++) {
		uint64_t base = round_up(ram[i].base);
		uint64_t end = round_down(range_end(&ram[i]));

		if (end <= base)
			continue;
		/* Overlapping banks must not hand out a frame twice: what an
		 * earlier bank already covers is cut out before this one goes in. */
		cut(out, &n, max, base, end, dropped);
		if (n == max) {
			if (dropped)
				*dropped = true;
			break;
		}
		out[n++] = (struct board_range){ base, end - base };
	}
	for (unsigned i = 0; i < nresv; i++) {
		uint64_t base = round_down(resv[i].base);
		uint64_t end = range_end(&resv[i]);

		if (resv[i].size == 0)
			continue;
		/* Round up, saturating: a reservation reaching the top of the
		 * address space must not wrap round to a tiny one. */
		end = end > UINT64_MAX - (PMEM_FRAME_SIZE - 1) ? UINT64_MAX : round_up(end);
		cut(out, &n, max, base, end, dropped);
	}
	/* Sort by base (a handful of entries: insertion sort). */
	for (unsigned i = 1; i < n; i++) {
		struct board_range r = out[i];
		unsigned j = i;
		for (; j > 0 && out[j - 1].base > r.base; j--)
			out[j] = out[j - 1];
		out[j] = r;
	}
	return n;
}
