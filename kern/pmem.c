/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * The frame allocator. Frames come first from a list of returned frames
 * (linked through their own first word, via the direct map), then by bumping
 * through the free ranges from low to high. Setup is O(number of ranges):
 * no per-frame work at boot, whatever the RAM size.
 *
 * Invariant: free_count == (frames on the list) + (frames not yet bumped);
 * every frame is on the list, not yet bumped, or owned by exactly one holder.
 */
#include <kern/arch.h>
#include <kern/panic.h>
#include <kern/pmem.h>
#include <kern/spinlock.h>
#include <kern/string.h>

static struct spinlock pmem_lock = SPINLOCK_INIT;
static struct board_range ranges[PMEM_MAX_RANGES]; /* guarded by pmem_lock */
static unsigned nranges;
static unsigned bump_range;   /* the range being bumped through */
static uint64_t bump_next;    /* next unused frame in it */
static uint64_t free_list;    /* physical address of the first returned frame, 0 if none */
static uint64_t free_count;
static uint64_t total_count;

void pmem_init(const struct board_range *free, unsigned nfree)
{
	nranges = 0;
	total_count = 0;
	for (unsigned i = 0; i < nfree && i < PMEM_MAX_RANGES; i++) {
		ranges[nranges++] = free[i];
		total_count += free[i].size / PMEM_FRAME_SIZE;
	}
	free_count = total_count;
	free_list = 0;
	bump_range = 0;
	bump_next = nranges ? ranges[0].base : 0;
}

static uint64_t take_frame(void)
{
	uint64_t pa = free_list;

	if (pa) {
		free_list = *(uint64_t *)arch_phys_to_virt(pa);
		return pa;
	}
	while (bump_range < nranges) {
		const struct board_range *r = &ranges[bump_range];
		if (bump_next < r->base + r->size) {
			pa = bump_next;
			bump_next += PMEM_FRAME_SIZE;
			return pa;
		}
		if (++bump_range < nranges)
			bump_next = ranges[bump_range].base;
	}
	return 0;
}

uint64_t pmem_alloc(void)
{
	unsigned long flags = spin_lock_irqsave(&pmem_lock);
	uint64_t pa = take_frame();

	if (pa)
		free_count--;
	spin_unlock_irqrestore(&pmem_lock, flags);
	if (pa)
		memset((void *)arch_phys_to_virt(pa), 0, PMEM_FRAME_SIZE);
	return pa;
}

bool pmem_owns(uint64_t pa)
{
	if (pa % PMEM_FRAME_SIZE)
		return false;
	for (unsigned i = 0; i < nranges; i++)
		if (pa >= ranges[i].base && pa - ranges[i].base < ranges[i].size)
			return true;
	return false;
}

void pmem_free(uint64_t pa)
{
	unsigned long flags;

	/* Freeing a frame we never gave out is a kernel bug, not a user error:
	 * users hold capabilities, never physical addresses. */
	if (!pmem_owns(pa))
		panic("pmem_free of foreign frame %#lx", (unsigned long)pa);
	flags = spin_lock_irqsave(&pmem_lock);
	*(uint64_t *)arch_phys_to_virt(pa) = free_list;
	free_list = pa;
	free_count++;
	spin_unlock_irqrestore(&pmem_lock, flags);
}

uint64_t pmem_free_frames(void)
{
	return free_count;
}

uint64_t pmem_total_frames(void)
{
	return total_count;
}
