/* SPDX-License-Identifier: BSD-2-Clause */
#ifndef KERN_OBJECT_H
#define KERN_OBJECT_H

/*
 * Creating and destroying objects of every type. The rules per type are in
 * each type's header; this file holds what they share: the cell, the
 * owner's object list, the hidden root capability.
 */

#include <kern/activity.h>

/* Make an object of type out of a (arg: a page table's level, an activity's
 * quota, a device frame's physical address). */
int obj_create(struct activity *a, unsigned type, uint64_t arg, struct obj **out);

/*
 * Destroy o: revoke every capability to it, release what it holds, return
 * its memory to its activity. Preemptible: returns KERR_PREEMPTED with the
 * progress recorded in the objects; calling again carries on.
 */
int obj_destroy(struct obj *o);

/* A capability to o in dst (empty), derived from o's hidden root. */
void obj_give_cap(struct obj *o, struct cap *dst, uint8_t rights);

/* The machine object (power off, counters): one, made at boot. */
struct sysctl {
	struct obj hdr;
};
OBJ_FITS_CELL(struct sysctl);

/* The kernel's debug console: writing to it (SYS_DEBUG_*) needs a
 * capability, which the root task hands on or not. One, made at boot. */
struct kconsole {
	struct obj hdr;
};
OBJ_FITS_CELL(struct kconsole);

#endif
