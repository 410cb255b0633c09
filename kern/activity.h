/* SPDX-License-Identifier: BSD-2-Clause */
#ifndef KERN_ACTIVITY_H
#define KERN_ACTIVITY_H

/*
 * An activity is a space bank: the only source of memory after boot. Every
 * object is allocated from one and charged to it; sub-activities carve out
 * smaller quotas. Destroying an activity destroys everything allocated from
 * it, sub-activities included, and returns every frame.
 *
 * Invariants:
 *  - used <= quota, and a charge to an activity is a charge to each of its
 *    ancestors: an ancestor's used includes its descendants' use. The same
 *    for message deliveries: ipc_charge <= ipc_limit, descendants' counted.
 *  - used == frames taken from the frame allocator on behalf of this
 *    activity and its descendants, and not yet returned: cell frames plus
 *    the frames objects hold.
 *  - objects lists every live object allocated from this activity; a cell
 *    frame is charged to it while one of its cells holds a live object (so
 *    an activity with no objects holds no frames).
 *  - a quota never exceeds the parent's.
 *  - depth (the root's is 0) is at most ACTIVITY_DEPTH_MAX: charging an
 *    allocation walks every ancestor, so the walk is bounded.
 */

#include <stdint.h>
#include <kern/obj.h>

/*
 * The start of every cell frame. Frames with a free cell are on their
 * activity's partial list; a frame whose cells are all free goes back to
 * the frame allocator at once, so a failed or undone creation leaves the
 * activity's use exactly as it was. Every cell of a frame belongs to the
 * activity whose partial list it is on (or would be, when full).
 */
struct cell_frame {
	struct cell_frame *next, *prev;   /* on the partial list */
	uint32_t free_mask;               /* bit i: cell i is free */
};

#define ALL_CELLS_FREE ((1u << OBJ_CELLS_PER_FRAME) - 1)

struct activity {
	struct obj hdr;
	uint64_t quota;           /* frames */
	uint64_t used;            /* frames */
	struct obj *objects;      /* live objects allocated from here */
	struct cell_frame *partial; /* cell frames with a free cell */
	uint64_t ipc_charge;      /* delivery units charged to it and its descendants:
				     1 + the capabilities copied, each delivery */
	uint64_t ipc_limit;       /* ipc_charge may not pass it (ACTIVITY_IPC_LIMIT) */
	uint32_t depth;           /* ancestors above it */
};
OBJ_FITS_CELL(struct activity);

/* The activity holding all free memory, made once at boot; afterwards
 * activity_root() gives it (every live object descends from it). */
struct activity *activity_boot(void);
struct activity *activity_root(void);

/* The cell frame a cell lives in, and cell i of a frame. */
struct cell_frame *cell_frame_of(const void *cell);
void *cell_at(struct cell_frame *f, unsigned i);

int activity_alloc_frame(struct activity *a, uint64_t *pa);
void activity_free_frame(struct activity *a, uint64_t pa);

/* A zeroed cell from a, charged to it; NULL with *err set on failure. */
void *activity_alloc_cell(struct activity *a, int *err);
void activity_free_cell(struct activity *a, void *cell);

void activity_init(struct activity *a, uint64_t quota);
/* Charge n delivery units to a and every ancestor, or to none of them:
 * ERR_QUOTA if one would pass its limit, ERR_DEAD if one is dying. */
int activity_charge_ipc(struct activity *a, uint64_t n);
/* True if a or an ancestor is being destroyed: a takes nothing more. */
bool activity_dying(const struct activity *a);
/* True if a is anc or a descendant of anc. */
bool activity_within(const struct activity *a, const struct activity *anc);

#endif
