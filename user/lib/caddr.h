/* SPDX-License-Identifier: BSD-2-Clause */
#ifndef USER_LIB_CADDR_H
#define USER_LIB_CADDR_H

/*
 * Capability addresses. The capability space is the Sv39 tree itself: a
 * capability address is a user virtual address that the kernel walks like
 * the MMU would, down to a capability page (64 slots of CAP_SLOT_SIZE
 * bytes) instead of a frame. So slot n of the capability page mapped at
 * page_va is page_va + n * CAP_SLOT_SIZE, and building a space means
 * filling page-table slots vpn(va, 2), vpn(va, 1), vpn(va, 0).
 */

#include <stdint.h>
#include <kern/abi.h>

#define ULIB_PAGE_SIZE  4096UL
#define ULIB_PAGE_SHIFT 12
#define VPN_BITS        9

_Static_assert(CAP_SLOT_SIZE * CAP_SLOTS_PER_PAGE == ULIB_PAGE_SIZE,
	       "a capability page is one page of slots");
_Static_assert(CAP_SLOTS_PER_PAGE <= 64, "slot_alloc uses a 64-bit bitmap");

static inline unsigned long caddr_slot(unsigned long page_va, unsigned n)
{
	return page_va + (unsigned long)n * CAP_SLOT_SIZE;
}

/* The capability page a slot address lies in, and its index there. */
static inline unsigned long caddr_page(unsigned long caddr)
{
	return caddr & ~(ULIB_PAGE_SIZE - 1);
}

static inline unsigned caddr_index(unsigned long caddr)
{
	return (caddr & (ULIB_PAGE_SIZE - 1)) / CAP_SLOT_SIZE;
}

/* Index into the level-`level` table (2 = root, 0 = leaf) for va. */
static inline unsigned vpn(unsigned long va, int level)
{
	return (va >> (ULIB_PAGE_SHIFT + VPN_BITS * level)) & (PT_SLOTS - 1);
}

/* Bytes one entry of a level-`level` table covers: 4 KiB, 2 MiB, 1 GiB. */
static inline unsigned long vpn_span(int level)
{
	return 1UL << (ULIB_PAGE_SHIFT + VPN_BITS * level);
}

/*
 * A slot allocator over one capability page: a bitmap of the slots in use.
 * It only tracks what this program hands out; it does not ask the kernel,
 * so slots filled behind its back must be marked with slot_reserve(). Not
 * thread safe. Returns 0 when the page is full: address 0 is never a
 * capability slot, as page 0 is never mapped.
 */
struct slot_alloc {
	unsigned long page;     /* user address of the capability page */
	uint64_t used;          /* bit n: slot n is taken */
};

/* Slots below first_free are taken already (e.g. ROOT_SLOT_FREE_FIRST). */
static inline void slot_alloc_init(struct slot_alloc *sa, unsigned long page,
				   unsigned first_free)
{
	sa->page = page;
	sa->used = first_free >= 64 ? ~0ULL : (1ULL << first_free) - 1;
}

static inline void slot_reserve(struct slot_alloc *sa, unsigned long caddr)
{
	sa->used |= 1ULL << caddr_index(caddr);
}

static inline unsigned long slot_get(struct slot_alloc *sa)
{
	unsigned n;

	if (sa->used == ~0ULL)
		return 0;
	n = __builtin_ctzll(~sa->used);
	sa->used |= 1ULL << n;
	return caddr_slot(sa->page, n);
}

/* Give back a slot (the caller deletes the capability in it first). */
static inline void slot_put(struct slot_alloc *sa, unsigned long caddr)
{
	sa->used &= ~(1ULL << caddr_index(caddr));
}

#endif
