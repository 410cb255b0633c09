/* SPDX-License-Identifier: BSD-2-Clause */
#include <cap/cappage.h>
#include <cap/ops.h>
#include <kern/kerr.h>
#include <kern/object.h>
#include <kern/pagetable.h>
#include <kern/pmem.h>
#include <kern/syscall.h>
#include <kern/thread.h>
#include <ipc/ipc.h>
#include <ipc/irq.h>
#include <ipc/message.h>

/* ---- what each type does (struct obj_type, kern/obj.h) ---- */

static int activity_obj_init(struct obj *o, uint64_t arg)
{
	struct activity *parent = o->owner;

	if (arg == 0 || arg > parent->quota || parent->depth >= ACTIVITY_DEPTH_MAX)
		return ERR_BAD_ARG;
	activity_init((struct activity *)o, arg);
	return ERR_OK;
}

static int frame_init(struct obj *o, uint64_t arg)
{
	(void)arg;
	return activity_alloc_frame(o->owner, &((struct frame *)o)->pa);
}

static int frame_teardown(struct obj *o)
{
	activity_free_frame(o->owner, ((struct frame *)o)->pa);
	return ERR_OK;
}

/* Only the kernel makes device frames (at boot, from the device tree);
 * arg is the physical address. */
static int devframe_init(struct obj *o, uint64_t arg)
{
	((struct frame *)o)->pa = arg;
	return ERR_OK;
}

static int pagetable_init(struct obj *o, uint64_t arg)
{
	if (arg >= PT_LEVELS)
		return ERR_BAD_ARG;
	return pt_init((struct pagetable *)o, (unsigned)arg);
}

static int pagetable_teardown(struct obj *o)
{
	return pt_teardown((struct pagetable *)o);
}

static struct cap *pagetable_slot(struct obj *o, unsigned i)
{
	return pt_slot((struct pagetable *)o, i);
}

static void pagetable_slot_cleared(struct obj *o, unsigned i)
{
	pt_slot_cleared((struct pagetable *)o, i);
}

static int cappage_obj_init(struct obj *o, uint64_t arg)
{
	(void)arg;
	return cappage_init((struct cappage *)o);
}

static int cappage_obj_teardown(struct obj *o)
{
	return cappage_teardown((struct cappage *)o);
}

static struct cap *cappage_slot(struct obj *o, unsigned i)
{
	return &((struct cappage *)o)->slots[i];
}

static int thread_obj_init(struct obj *o, uint64_t arg)
{
	(void)arg;
	thread_init((struct thread *)o);
	return ERR_OK;
}

static int thread_obj_teardown(struct obj *o)
{
	return thread_teardown((struct thread *)o);
}

static struct cap *thread_slot(struct obj *o, unsigned i)
{
	struct thread *t = (struct thread *)o;

	return i == THREAD_SLOT_SPACE ? &t->space : &t->fault_handler;
}

static void thread_obj_slot_cleared(struct obj *o, unsigned i)
{
	thread_slot_cleared((struct thread *)o, i);
}

static int irq_obj_teardown(struct obj *o)
{
	irq_teardown((struct irq *)o);
	return ERR_OK;
}

static struct cap *irq_slot(struct obj *o, unsigned i)
{
	(void)i;
	return &((struct irq *)o)->queue;
}

static void irq_slot_cleared(struct obj *o, unsigned i)
{
	(void)i;
	irq_queue_gone((struct irq *)o);
}

#define S(T) ((unsigned)sizeof(T))
const struct obj_type obj_types[OBJ_TYPE_COUNT] = {
	[OBJ_ACTIVITY] = { "activity", S(struct activity), 0, true, activity_obj_init, 0,
			   sys_activity_invoke, 0, 0, 0 },
	[OBJ_FRAME] = { "frame", S(struct frame), 1, true, frame_init, frame_teardown,
			sys_frame_invoke, 0, 0, 0 },
	[OBJ_PAGETABLE] = { "page table", S(struct pagetable), 1 + PT_SLOT_FRAMES, true,
			    pagetable_init, pagetable_teardown, sys_pagetable_invoke, PT_SLOTS,
			    pagetable_slot, pagetable_slot_cleared },
	[OBJ_CAPPAGE] = { "capability page", S(struct cappage), 1, true, cappage_obj_init,
			  cappage_obj_teardown, 0, CAP_SLOTS_PER_PAGE, cappage_slot, 0 },
	[OBJ_THREAD] = { "thread", S(struct thread), 0, true, thread_obj_init, thread_obj_teardown,
			 sys_thread_invoke, 2, thread_slot, thread_obj_slot_cleared },
	[OBJ_REPLY] = { "reply", S(struct reply), 0, true, ipc_reply_init, ipc_reply_teardown,
			ipc_reply_invoke, 1, ipc_reply_slot, ipc_reply_slot_cleared },
	[OBJ_DEVFRAME] = { "device frame", S(struct frame), 0, false, devframe_init, 0,
			   sys_frame_invoke, 0, 0, 0 },
	[OBJ_SYSCTL] = { "sysctl", S(struct sysctl), 0, false, 0, 0, sys_sysctl_invoke, 0, 0, 0 },
	[OBJ_MESSAGE] = { "message", S(struct message), 0, true, ipc_message_init,
			  ipc_message_teardown, ipc_message_invoke, MSG_SLOTS, ipc_message_slot,
			  ipc_message_slot_cleared },
	[OBJ_QUEUE] = { "queue", S(struct queue), 0, true, 0, ipc_queue_teardown,
			ipc_queue_invoke, 0, 0, 0 },
	[OBJ_IRQ] = { "irq", S(struct irq), 0, false, 0, irq_obj_teardown, irq_invoke, 1,
		      irq_slot, irq_slot_cleared },
	[OBJ_CONSOLE] = { "console", S(struct kconsole), 0, false, 0, 0, 0, 0, 0, 0 },
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
	err = obj_types[type].init ? obj_types[type].init(o, arg) : ERR_OK;
	if (err) {
		activity_free_cell(a, o);
		return err;
	}
	o->root = (struct cap){ .obj = o, .type = type, .rights = CAP_ALL };
	o->ncaps = 0;
	owner_link(a, o);
	*out = o;
	return ERR_OK;
}

void obj_give_cap(struct obj *o, struct cap *dst, uint8_t rights)
{
	cap_derive(dst, &o->root, rights);
}

/* Lookups kept across calls hold only while no queue starts dying
 * (cap_generation, cap/cap.h). */
static void mark_dying(struct obj *o)
{
	o->dying = true;
	if (o->type == OBJ_QUEUE)
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
	err = obj_types[o->type].teardown ? obj_types[o->type].teardown(o) : ERR_OK;
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
