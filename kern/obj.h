/* SPDX-License-Identifier: BSD-2-Clause */
#ifndef KERN_OBJ_H
#define KERN_OBJ_H

/*
 * The header every kernel object starts with, and the storage objects live
 * in. Every object is allocated out of an activity (kern/activity.c) and
 * paid for by it: one *cell* for the object's own structure (three cells
 * share a frame the activity took from the frame allocator) plus whole
 * frames for what the object holds (a frame's data, a capability page's
 * slots, a page table's hardware table and slots).
 *
 * Invariants:
 *  - type never changes while the object lives; OBJ_NONE marks a free cell.
 *  - owner is the activity that paid; the object is on owner's object list
 *    (owner_next/owner_prev) exactly while it lives. Only the root activity
 *    has no owner.
 *  - root is the hidden root of the object's derivation tree: every
 *    capability to the object descends from it; root.obj == this object.
 *    ncaps counts those capabilities (the tree's nodes below root), kept
 *    by the tree's operations alone (cap/cap.c).
 *  - dying is set when destruction starts; a dying object accepts no new
 *    work (invocations return ERR_DEAD) and is never revived.
 *  - work is queued (kern/work.h) while a destruction that a preemption
 *    point cut waits for its hart's worker to carry it on; the progress is
 *    in the object itself (its capabilities revoked so far, its contents
 *    released so far). destroy_waiters lists (through wq_next) the threads
 *    blocked in WAIT_DESTROY until it is over (at most one: a dying
 *    object's capabilities refuse another destroy); they are woken, and
 *    work taken off the lists, before the cell is freed.
 */

#include <stdbool.h>
#include <stdint.h>
#include <cap/slot.h>
#include <kern/work.h>

struct activity;
struct thread;

struct obj {
	uint8_t type;             /* OBJ_* */
	bool dying;
	uint16_t reserved16;
	uint32_t reserved32;
	uint32_t ncaps;           /* capabilities to it, its root not counted (cap/cap.h) */
	struct work work;         /* its destruction, when a preemption point cut it */
	struct thread *destroy_waiters;
	struct activity *owner;
	struct obj *owner_next;
	struct obj *owner_prev;
	struct cap root;
};

/* One cell holds any object's structure; a cell frame holds a small header
 * and OBJ_CELLS_PER_FRAME cells. */
#define OBJ_CELL_SIZE        1344
#define OBJ_CELLS_PER_FRAME  3
#define OBJ_CELL_FRAME_HDR   (4096 - OBJ_CELL_SIZE * OBJ_CELLS_PER_FRAME)

#define OBJ_FITS_CELL(T) _Static_assert(sizeof(T) <= OBJ_CELL_SIZE, #T " fits a cell")

struct sysret;
struct pagetable;

/*
 * What each type of object is and does, in one table (kern/object.c), so
 * that creation, invocation, a slot emptied and destruction go through it
 * instead of a switch on the type in each place:
 *  - struct_size and frames: what it costs its activity (a cell, and
 *    whole frames besides);
 *  - creatable: ACTIVITY_CREATE makes it (the others are made by the
 *    kernel: at boot, or by SYSCTL_IRQ);
 *  - init: its storage, from its activity (arg: a page table's level, an
 *    activity's quota, a device frame's address); on failure everything
 *    it took is given back;
 *  - teardown: release what it holds, once no capability to it is left;
 *    KERR_PREEMPTED at a preemption point (its progress is in the
 *    object: called again, it carries on);
 *  - invoke: its methods (SYS_INVOKE, obj_invoke_fn), NULL if it has none;
 *  - nslots and slot: the capability slots it holds (slot(o, i), i <
 *    nslots), and slot_cleared: what emptying slot i does to it.
 * A NULL function does nothing (and succeeds).
 */
/* An object type's methods (invoke below): returns the call's error and
 * writes its results into res (kern/syscall.h). Declared through this
 * type, so that every method's prototype is the same one. */
typedef long obj_invoke_fn(struct thread *self, struct pagetable *own, struct cap *c,
			   unsigned long method, const unsigned long *a, struct sysret *res);

struct obj_type {
	const char *name;
	unsigned struct_size;
	unsigned frames;
	bool creatable;
	int (*init)(struct obj *o, uint64_t arg);
	int (*teardown)(struct obj *o);
	obj_invoke_fn *invoke;
	unsigned nslots;
	struct cap *(*slot)(struct obj *o, unsigned index);
	void (*slot_cleared)(struct obj *o, unsigned index);
};
extern const struct obj_type obj_types[OBJ_TYPE_COUNT];

#endif
