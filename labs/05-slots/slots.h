/* SPDX-License-Identifier: BSD-2-Clause */
#ifndef LABS_SLOTS_H
#define LABS_SLOTS_H

/*
 * Lab 05: a capability-slot allocator that grows over capability pages
 * (README.md). It hands out empty slots of capability pages it makes
 * itself, from an activity, and maps into a level-0 table the caller gives
 * it: entries first .. first + max_pages - 1 of that table, where the
 * program sees them at va, va + PAGE_BYTES, ... Slot 0 of each page holds
 * the page's own capability; slots 1..63 are handed out. Not thread safe.
 */

#include <stdint.h>

#define SLOTS_MAX_PAGES 16

struct slots {
	unsigned long act;      /* the activity (W) that pays for the pages */
	unsigned long l0;       /* the level-0 table (W) they are mapped in */
	unsigned long tmp;      /* an empty slot, for a new page's capability a moment */
	unsigned long va;       /* where l0[first] appears */
	unsigned first, max_pages;
	unsigned pages;         /* pages made so far: l0[first .. first + pages) */
	uint64_t used[SLOTS_MAX_PAGES]; /* bit n of used[p]: slot n of page p is taken */
};

/* Set up (given): nothing is made until the first slots_alloc. */
void slots_init(struct slots *s, unsigned long act, unsigned long l0, unsigned first,
		unsigned max_pages, unsigned long va, unsigned long tmp);

/* The lowest free slot (pages in order, slots in order), making a new page
 * only when every slot of the pages made is taken; 0 when none can be
 * had (max_pages made, or the activity cannot pay: nothing is left
 * behind then, tmp is empty again). */
unsigned long slots_alloc(struct slots *s);

/* Give back a slot slots_alloc handed out: ERR_OK; ERR_BAD_ARG if it is
 * not one (another address, slot 0, not handed out or given back twice);
 * ERR_SLOT_FULL if it still holds a capability (delete it first). */
long slots_free(struct slots *s, unsigned long slot);

/* Slots handed out and not given back. */
unsigned long slots_in_use(const struct slots *s);

/* Destroy every page made (their frames go back to the activity):
 * ERR_IN_USE, with nothing done, while any slot is handed out. */
long slots_release(struct slots *s);

#endif
