/* SPDX-License-Identifier: BSD-2-Clause */
#ifndef KERN_SYSCALL_H
#define KERN_SYSCALL_H

#include <stdint.h>
#include <cap/cap.h>
#include <kern/kerr.h>
#include <kern/pagetable.h>
#include <kern/thread.h>

/* What a system call returns: a0 = err, a1.. = r[0..nres-1]. Ordinary
 * calls return up to three results (a4..a6 are preserved); register IPC
 * returns five (four words and the badge). */
struct sysret {
	long err;
	unsigned long r[5];
	unsigned nres;            /* 0 means 3; else 4 or 5 */
};

#define SYSRET(e) ((struct sysret){ .err = (e) })

/*
 * How a call's handler returns (the methods of obj_types, the calls of
 * syscall_dispatch): its error, as the return value (ERR_OK, an ERR_
 * code, or KERR_BLOCKED / KERR_PREEMPTED), and its result words written
 * into res->r (sys_results), which the dispatch zeroed. A failed lookup
 * below writes its own (res->err, and r[0] for ERR_NO_TABLE), and the
 * handler returns res->err. Written in place, not returned: seven words
 * returned by value are zeroed and copied again at every level a call
 * goes through, six levels for a message's call.
 */

/* A handler's result words, a1..a3, for its return (ERR_OK). */
static inline long sys_results(struct sysret *res, unsigned long r0, unsigned long r1,
			       unsigned long r2)
{
	res->r[0] = r0;
	res->r[1] = r1;
	res->r[2] = r2;
	return ERR_OK;
}

/*
 * The checks every call makes on the capability addresses it is given, in
 * one place. Each returns the slot, or NULL with res->err (and for
 * ERR_NO_TABLE, res->r[0] = the level) set:
 *  sys_slot_at        any slot caddr names (kept in the space's table,
 *                     kern/pagetable.h:pt_kept, for the next call);
 *  sys_cap_at         a live capability of type (OBJ_NONE: any) with rights;
 *  sys_empty_slot_at  an empty slot to fill.
 */
struct cap *sys_slot_at(struct pagetable *space, uint64_t caddr, struct sysret *res);
struct cap *sys_empty_slot_at(struct pagetable *space, uint64_t caddr, struct sysret *res);

/* The slot caddr names, if the space's table keeps it (else NULL). */
static inline __attribute__((always_inline)) struct cap *sys_kept_slot(struct pagetable *space,
									uint64_t caddr)
{
	struct pt_kept *k;

	if (!space)
		return 0;
	k = &space->kept[(caddr / CAP_SLOT_SIZE) % PT_KEPT];
	if (k->slot && k->caddr == caddr && k->generation == cap_generation)
		return k->slot;
	return 0;
}

/* Slot c holds a live capability of type (or any, if OBJ_NONE) with the
 * rights asked for: c, or NULL and res->err. */
static inline __attribute__((always_inline)) struct cap *
sys_cap_checked(struct cap *c, unsigned type, uint8_t rights, struct sysret *res)
{
	if (cap_is_empty(c))
		res->err = ERR_SLOT_EMPTY;
	else if (type != OBJ_NONE && c->type != type)
		res->err = ERR_WRONG_TYPE;
	else if ((c->rights & rights) != rights)
		res->err = ERR_RIGHTS;
	else if (c->obj->dying)
		res->err = ERR_DEAD;
	else
		return c;
	return 0;
}

/* sys_cap_at() for a lookup not kept: the walk (kern/syscall.c), which
 * keeps what it finds. */
struct cap *sys_cap_at_walked(struct pagetable *space, uint64_t caddr, unsigned type,
			      uint8_t rights, struct sysret *res);

/* Inline, the kept lookup and its checks: a call whose lookups are all
 * kept (most are) makes no call for them, and its type and rights are
 * constants the checks fold; only the walk is a call. */
static inline __attribute__((always_inline)) struct cap *
sys_cap_at(struct pagetable *space, uint64_t caddr, unsigned type, uint8_t rights,
	   struct sysret *res)
{
	struct cap *c = sys_kept_slot(space, caddr);

	return c ? sys_cap_checked(c, type, rights, res)
		 : sys_cap_at_walked(space, caddr, type, rights, res);
}

/* The methods of the kernel's own types (kern/syscall.c), for their entry
 * in obj_types (kern/object.c); the IPC types' are in ipc/ipc.h and ipc/irq.h. */
obj_invoke_fn sys_activity_invoke, sys_pagetable_invoke, sys_thread_invoke, sys_frame_invoke,
	sys_sysctl_invoke;

/* Carry out the system call t made (its registers say which), but for
 * register IPC (kern/entry.h) and SYS_INVOKE (below). */
void syscall_dispatch(struct thread *t);
/* The same for SYS_INVOKE, an object's method, apart from the others:
 * the calls of messages and queues go this way. */
void syscall_dispatch_invoke(struct thread *t);

/* Write a completed call's results into t's registers: a0 = err, then
 * res->nres results (0 means 3), so an ordinary call's a1..a3 never carry
 * what the kernel left in them. Inline: the null call's first step
 * (kern/entry.h) and every dispatched call end here. */
static inline void syscall_complete(struct thread *t, const struct sysret *res)
{
	arch_regs_set_result(&t->regs, res->err, res->r, res->nres ? res->nres : 3);
}

#endif
