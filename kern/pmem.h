/* SPDX-License-Identifier: BSD-2-Clause */
#ifndef KERN_PMEM_H
#define KERN_PMEM_H

/*
 * The physical frame allocator: 4 KiB frames from RAM minus every reserved
 * range. Boot-time code and activities (the space banks that own all memory
 * after boot) draw from it; nothing else does.
 */

#include <stdbool.h>
#include <stdint.h>
#include <kern/board.h>

#define PMEM_FRAME_SIZE 4096UL
#define PMEM_MAX_RANGES 32

/*
 * Compute the free ranges: each RAM range with every reserved range cut out,
 * rounded inwards to whole frames. Pure function (host-tested). Returns the
 * number of ranges written to out, at most max (further pieces are dropped
 * and *dropped, if non-null, is set).
 */
unsigned pmem_carve(const struct board_range *ram, unsigned nram,
		    const struct board_range *resv, unsigned nresv,
		    struct board_range *out, unsigned max, bool *dropped);

/*
 * Set up the allocator over the free ranges (sorted, disjoint, frame-aligned,
 * as pmem_carve() gives them); must run once, at boot, before use. Its own
 * bookkeeping is carved out of them: those frames are never handed out.
 */
void pmem_init(const struct board_range *free, unsigned nfree);

/* A zero-filled frame's physical address, or 0 if memory is exhausted. */
uint64_t pmem_alloc(void);
/* Give back a frame pmem_alloc() returned; a frame the allocator does not
 * manage, or one already free, is a kernel bug (panic). */
void pmem_free(uint64_t pa);

/* Frames free now, and frames managed in all (free or handed out). */
uint64_t pmem_free_frames(void);
uint64_t pmem_total_frames(void);
/* Frames the allocator's own bookkeeping took out of the free ranges. */
uint64_t pmem_meta_frames(void);
/* True if pa is a frame inside the managed ranges. */
bool pmem_owns(uint64_t pa);
/* True if pa is a managed frame that is free now (not handed out). */
bool pmem_is_free(uint64_t pa);
/* pa's number among the managed frames (0 .. pmem_total_frames() - 1), or
 * PMEM_NO_INDEX: for tables kept per frame (the invariant checker's). */
#define PMEM_NO_INDEX (~0UL)
uint64_t pmem_index(uint64_t pa);

#endif
