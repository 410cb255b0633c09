/* SPDX-License-Identifier: BSD-2-Clause */
#include <cap/cappage.h>
#include <cap/ops.h>
#include <kern/kerr.h>
#include <kern/object.h>
#include <kern/pagetable.h>
#include <kern/pmem.h>
#include <kern/thread.h>
#include <ipc/ipc.h>
#include <ipc/irq.h>
#include <ipc/message.h>

#define S(T) ((unsigned)sizeof(T))
const struct obj_cost obj_costs[OBJ_TYPE_COUNT] = {
	[OBJ_ACTIVITY] = { "activity", S(struct activity), 0 },
	[OBJ_FRAME] = { "frame", S(struct frame), 1 },
	[OBJ_PAGETABLE] = { "page table", S(struct pagetable), 1 + PT_SLOT_FRAMES },
	[OBJ_CAPPAGE] = { "capability page", S(struct cappage), 1 },
	[OBJ_THREAD] = { "thread", S(struct thread), 0 },
	[OBJ_DEVFRAME] = { "device frame", S(struct frame), 0 },
	[OBJ_SYSCTL] = { "sysctl", S(struct sysctl), 0 },
	[OBJ_MESSAGE] = { "message", S(struct message), 0 },
	[OBJ_QUEUE] = { "queue", S(struct queue), 0 },
	[OBJ_REPLY] = { "reply", S(struct reply), 0 },
	[OBJ_IRQ] = { "irq", S(struct irq), 0 },
	[OBJ_CONSOLE] = { "console", S(struct kconsole), 0 },
};

static void owner_link(struct activity *a, struct obj *o)
{
	o->owner = a;
	o->owner_prev = 0;
	o->owner_next = a->objects;
	if (a->objects)
		a->objects->owner_prev = o;
	a->objects = o;
}

static void owner_unlink(struct obj *o)
{
	struct activity *a = o->owner;

	if (o->owner_prev)
		o->owner_prev->owner_next = o->owner_next;
	else
		a->objects = o->owner_next;
	if (o->owner_next)
		o->owner_next->owner_prev = o->owner_prev;
	o->owner_next = o->owner_prev = 0;
}

/* The storage part of creation; on failure everything taken is returned. */
static int init_by_type(struct obj *o, uint64_t arg)
{
	switch (o->type) {
	case OBJ_ACTIVITY: {
		struct activity *parent = o->owner;
		if (arg == 0 || arg > parent->quota || parent->depth >= ACTIVITY_DEPTH_MAX)
			return ERR_BAD_ARG;
		activity_init((struct activity *)o, arg);
		return ERR_OK;
	}
	case OBJ_FRAME:
		return activity_alloc_frame(o->owner, &((struct frame *)o)->pa);
	case OBJ_DEVFRAME:
		/* Only the kernel makes device frames (at boot, from the
		 * device tree); arg is the physical address. */
		((struct frame *)o)->pa = arg;
		return ERR_OK;
	case OBJ_PAGETABLE:
		if (arg >= PT_LEVELS)
			return ERR_BAD_ARG;
		return pt_init((struct pagetable *)o, (unsigned)arg);
	case OBJ_CAPPAGE:
		return cappage_init((struct cappage *)o);
	case OBJ_THREAD:
		thread_init((struct thread *)o);
		return ERR_OK;
	case OBJ_SYSCTL:
	case OBJ_CONSOLE:
		return ERR_OK;   /* made only at boot (kern/root_task.c) */
	case OBJ_MESSAGE:
	case OBJ_QUEUE:
	case OBJ_REPLY:
		return ipc_obj_init(o, arg);
	case OBJ_IRQ:
		return ERR_OK;   /* made only by SYSCTL_IRQ (ipc/irq.c) */
	default:
		return ERR_BAD_ARG;
	}
}

int obj_create(struct activity *a, unsigned type, uint64_t arg, struct obj **out)
{
	int err;
	struct obj *o;

	if (type == OBJ_NONE || type >= OBJ_TYPE_COUNT)
		return ERR_BAD_ARG;
	o = activity_alloc_cell(a, &err);
	if (!o)
		return err;
	o->type = type;
	o->owner = a;
	err = init_by_type(o, arg);
	if (err) {
		activity_free_cell(a, o);
		return err;
	}
	o->root = (struct cap){ .obj = o, .type = type, .rights = CAP_ALL };
	owner_link(a, o);
	*out = o;
	return ERR_OK;
}

void obj_give_cap(struct obj *o, struct cap *dst, uint8_t rights)
{
	cap_derive(dst, &o->root, rights);
}

/* What each type holds, released once no capability to it is left. */
static int teardown_by_type(struct obj *o)
{
	switch (o->type) {
	case OBJ_FRAME:
		activity_free_frame(o->owner, ((struct frame *)o)->pa);
		return ERR_OK;
	case OBJ_PAGETABLE:
		return pt_teardown((struct pagetable *)o);
	case OBJ_CAPPAGE:
		return cappage_teardown((struct cappage *)o);
	case OBJ_THREAD:
		return thread_teardown((struct thread *)o);
	case OBJ_ACTIVITY:
		return ERR_OK;   /* empty by now: its cell frames went with its objects */
	case OBJ_MESSAGE:
	case OBJ_QUEUE:
	case OBJ_REPLY:
		return ipc_obj_teardown(o);
	case OBJ_IRQ:
		irq_teardown((struct irq *)o);
		return ERR_OK;
	default:
		return ERR_OK;
	}
}

/* Lookups kept across calls hold only while no object starts dying
 * (cap_generation, cap/cap.h). */
static void mark_dying(struct obj *o)
{
	o->dying = true;
	cap_generation++;
}

/* Revoke, release, free one object; an activity here must be empty. */
static int destroy_one(struct obj *o)
{
	int err;

	mark_dying(o);
	err = cap_revoke(&o->root);
	if (err)
		return err;
	err = teardown_by_type(o);
	if (err)
		return err;
	work_remove(&o->work);
	thread_wake_destroyers(o);
	owner_unlink(o);
	activity_free_cell(o->owner, o);
	return ERR_OK;
}

/*
 * An activity is destroyed depth first, one object at a time and without
 * recursion (nesting depth is up to users): find an activity at the bottom
 * of the tree under a that still has objects, destroy its first object, and
 * repeat. Dying activities accept no allocations, so the work only shrinks.
 */
static int destroy_activity(struct activity *a)
{
	mark_dying(&a->hdr);
	for (;;) {
		struct activity *cur = a;
		struct obj *o;

		for (;;) {
			o = cur->objects;
			if (!o || o->type != OBJ_ACTIVITY || !((struct activity *)o)->objects)
				break;
			mark_dying(o);
			cur = (struct activity *)o;
		}
		if (!o)
			return destroy_one(&a->hdr);
		int err = destroy_one(o);
		if (err)
			return err;
		if (cap_should_preempt())
			return KERR_PREEMPTED;
	}
}

int obj_destroy(struct obj *o)
{
	if (o->type == OBJ_ACTIVITY)
		return destroy_activity((struct activity *)o);
	return destroy_one(o);
}
