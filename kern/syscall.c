/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * System calls: decode, then commit, then invoke (seL4's discipline). Each
 * call looks up and checks every capability and argument first and changes
 * nothing until all checks passed; after that point it cannot fail. The ABI
 * (numbers, registers, errors) is kern/abi.h; docs/abi.md explains it.
 */
#include <cap/cappage.h>
#include <cap/cspace.h>
#include <cap/ops.h>
#include <kern/activity.h>
#include <kern/arch.h>
#include <kern/check.h>
#include <kern/console.h>
#include <kern/kerr.h>
#include <kern/kstat.h>
#include <kern/object.h>
#include <kern/pagetable.h>
#include <kern/pmem.h>
#include <kern/sched.h>
#include <kern/syscall.h>
#include <kern/thread.h>
#include <kern/trace.h>
#include <ipc/ipc.h>
#include <ipc/irq.h>

struct kstat kstat;
unsigned long (*kern_checker)(void);

void kstat_measure(void)
{
	unsigned cpu = arch_cpu_index();
	uint64_t now, d;

	now = arch_instret();
	d = now - kstat.stretch_mark[cpu];
	if (d > kstat.stretch_max) {
		kstat.stretch_max = d;
		kstat.stretch_op = kstat.stretch_cur_op[cpu];
	}
	kstat.stretch_mark[cpu] = now;
}

#define PAGE_SIZE_BYTES 4096UL

/* The slot caddr names in t's own space; err set (and NULL) on failure. */
/* A lookup's slot, or NULL with its error in *res. */
static struct cap *slot_of(struct lookup l, struct sysret *res)
{
	if (l.err) {
		res->err = l.err;
		res->r[0] = l.level;
		return 0;
	}
	return l.slot;
}

/* The walk, for a lookup not kept; what it finds is kept. */
static struct cap *slot_walked(struct pagetable *space, uint64_t caddr, struct sysret *res)
{
	struct cap *slot = slot_of(cspace_resolve(space, caddr), res);

	if (slot && space)
		space->kept[(caddr / CAP_SLOT_SIZE) % PT_KEPT] =
			(struct pt_kept){ .caddr = caddr, .generation = cap_generation, .slot = slot };
	return slot;
}

struct cap *sys_slot_at(struct pagetable *space, uint64_t caddr, struct sysret *res)
{
	struct cap *slot = sys_kept_slot(space, caddr);

	return slot ? slot : slot_walked(space, caddr, res);
}

struct cap *sys_cap_at_walked(struct pagetable *space, uint64_t caddr, unsigned type,
			      uint8_t rights, struct sysret *res)
{
	struct cap *c = slot_walked(space, caddr, res);

	return c ? sys_cap_checked(c, type, rights, res) : 0;
}

struct cap *sys_empty_slot_at(struct pagetable *space, uint64_t caddr, struct sysret *res)
{
	struct cap *c = sys_slot_at(space, caddr, res);

	if (c && !cap_is_empty(c)) {
		res->err = ERR_SLOT_FULL;
		return 0;
	}
	return c;
}

/* ---- capability operations ---- */

/* The space a copy or move goes to: a1 == 0 is the caller's own. */
static struct pagetable *dst_space(struct pagetable *own, uint64_t caddr, struct sysret *res)
{
	struct cap *c;

	if (caddr == 0)
		return own;
	c = sys_cap_at(own, caddr, OBJ_PAGETABLE, PT_SPACE_RIGHTS, res);
	if (!c)
		return 0;
	if (((struct pagetable *)c->obj)->level != PT_LEVELS - 1) {
		res->err = ERR_BAD_ARG;
		return 0;
	}
	return (struct pagetable *)c->obj;
}

/* The source (a0) and the empty destination (a2, in the space a1 names)
 * that copy, mint and move share; false with res set on any error. */
static bool cap_endpoints(struct pagetable *own, const unsigned long *a, struct cap **src,
			  struct cap **dst, struct sysret *res)
{
	struct pagetable *space;

	return (*src = sys_cap_at(own, a[0], OBJ_NONE, 0, res)) &&
	       (space = dst_space(own, a[1], res)) &&
	       (*dst = sys_empty_slot_at(space, a[2], res));
}

static long sys_cap_copy(struct pagetable *own, const unsigned long *a, bool mint,
			 struct sysret *res)
{
	struct cap *src, *dst;

	if (a[3] & ~(unsigned long)CAP_ALL)
		return ERR_BAD_ARG;
	if (!cap_endpoints(own, a, &src, &dst, res))
		return res->err;
	if (mint && src->badge)
		return ERR_BAD_ARG;   /* a badge is set once */
	/* commit */
	cap_derive(dst, src, (uint8_t)a[3]);
	if (mint)
		dst->badge = a[4];
	return ERR_OK;
}

/* A move of a capability with many children hands them over a batch at a
 * time (cap/ops.c): cut, the call is issued again and carries on, finding
 * dst already holding the capability beside src. */
static long sys_cap_move(struct pagetable *own, const unsigned long *a, struct sysret *res)
{
	struct pagetable *space;
	struct cap *src, *dst;

	if ((src = sys_slot_at(own, a[0], res)) && (space = dst_space(own, a[1], res)) &&
	    (dst = sys_slot_at(space, a[2], res)) && cap_moving_to(src, dst))
		return cap_move_preemptible(dst, src);
	*res = SYSRET(ERR_OK);   /* the first lookups' error, if any, is not the call's */
	if (!cap_endpoints(own, a, &src, &dst, res))
		return res->err;
	return cap_move_preemptible(dst, src);
}

/* SYS_CAP_INFO walks every time (cspace_lookup, which keeps nothing): it
 * is the lookup the tests compare the kept ones with. */
static long sys_cap_slot_op(struct pagetable *own, unsigned nr, const unsigned long *a,
			    struct sysret *res)
{
	struct cap *c = nr == SYS_CAP_INFO ? slot_of(cspace_lookup(own, a[0]), res)
					   : sys_slot_at(own, a[0], res);

	if (!c)
		return res->err;
	if (cap_is_empty(c))
		return ERR_SLOT_EMPTY;
	switch (nr) {
	case SYS_CAP_DELETE:
		return cap_delete_preemptible(c);
	case SYS_CAP_REVOKE:
		return cap_revoke(c);
	default: /* SYS_CAP_INFO */
		return sys_results(res, c->type, c->rights, c->badge);
	}
}

/* ---- object methods ---- */

static bool creatable(unsigned long type)
{
	return type < OBJ_TYPE_COUNT && obj_types[type].creatable;
}

/*
 * Would destroying o pull the calling thread, or the address space it runs
 * in, out from under it? The thread would wait for a destruction that
 * takes itself (or has nowhere to return to once its space is gone), so
 * the call is refused: another thread does it.
 */
static bool destroys_caller(struct obj *o, struct thread *self)
{
	struct pagetable *space = thread_space(self);

	if (o == &self->hdr || (space && o == &space->hdr))
		return true;
	if (o->type != OBJ_ACTIVITY)
		return false;
	return activity_within(self->hdr.owner, (struct activity *)o) ||
	       (space && activity_within(space->hdr.owner, (struct activity *)o));
}

/*
 * A destruction a preemption point cuts is carried on by the hart's worker
 * (kern/work.h), at the caller's priority; the caller waits for the end
 * (WAIT_DESTROY), so the call returns once the object is gone, as an
 * uncut one does. Whatever happens to the caller meanwhile, the
 * destruction finishes.
 */
static long activity_destroy(struct thread *self, struct obj *o)
{
	trace(TR_DESTROY, o, 0, 0, o->type, 0);
	if (obj_destroy(o) != KERR_PREEMPTED)
		return ERR_OK;
	work_add(&o->work, WORK_DESTROY, self->prio, self->cpu);
	thread_wait_destroy(self, o);
	return KERR_BLOCKED;
}

long sys_activity_invoke(struct thread *self, struct pagetable *own, struct cap *c,
			 unsigned long m, const unsigned long *a, struct sysret *res)
{
	struct activity *act = (struct activity *)c->obj;

	switch (m) {
	case ACTIVITY_CREATE: {
		struct cap *dst;
		struct obj *o;
		if (!(c->rights & CAP_W))
			return ERR_RIGHTS;
		if (!creatable(a[2]))
			return ERR_BAD_ARG;
		if (!(dst = sys_empty_slot_at(own, a[3], res)))
			return res->err;
		int err = obj_create(act, a[2], a[4], &o);
		if (err)
			return err;
		/* Physical addresses are for those the activity's holder trusts. */
		obj_give_cap(o, dst, (c->rights & CAP_P) ? CAP_ALL : CAP_ALL & ~CAP_P);
		return ERR_OK;
	}
	case ACTIVITY_DESTROY: {
		struct cap *t;
		if (!(c->rights & CAP_W))
			return ERR_RIGHTS;
		if (!(t = sys_cap_at(own, a[2], OBJ_NONE, 0, res)))
			return res->err;
		if (!t->obj->owner || !activity_within(t->obj->owner, act))
			return ERR_BAD_ARG;
		if (t->type == OBJ_SYSCTL || t->type == OBJ_DEVFRAME || t->type == OBJ_CONSOLE)
			return ERR_BAD_ARG;
		if (destroys_caller(t->obj, self))
			return ERR_IN_USE;
		return activity_destroy(self, t->obj);
	}
	case ACTIVITY_INFO:
		if (!(c->rights & CAP_R))
			return ERR_RIGHTS;
		return sys_results(res, act->quota, act->used, pmem_free_frames());
	case ACTIVITY_IPC_INFO:
		if (!(c->rights & CAP_R))
			return ERR_RIGHTS;
		return sys_results(res, act->ipc_charge, act->ipc_limit, 0);
	case ACTIVITY_IPC_LIMIT:
		if (!(c->rights & CAP_W))
			return ERR_RIGHTS;
		act->ipc_limit = a[2];
		return ERR_OK;
	default:
		return ERR_BAD_METHOD;
	}
}

long sys_pagetable_invoke(struct thread *self, struct pagetable *own, struct cap *c,
			  unsigned long m, const unsigned long *a, struct sysret *res)
{
	struct pagetable *pt = (struct pagetable *)c->obj;

	switch (m) {
	case PT_SET: {
		struct cap *src;
		int err;
		if (!(c->rights & CAP_W))
			return ERR_RIGHTS;
		if (a[4] & ~(unsigned long)CAP_ALL)
			return ERR_BAD_ARG;
		if (a[2] >= PT_SLOTS)
			return ERR_BAD_ARG;
		if (!(src = sys_cap_at(own, a[3], OBJ_NONE, 0, res)))
			return res->err;
		err = pt_check_install(pt, a[2], src, (uint8_t)a[4]);
		if (err)
			return err;
		pt_install(pt, a[2], src, (uint8_t)a[4]);
		return ERR_OK;
	}
	case PT_CLEAR:
		if (!(c->rights & CAP_W))
			return ERR_RIGHTS;
		if (a[2] >= PT_SLOTS || (pt->level == PT_LEVELS - 1 && a[2] >= PT_USER_ROOT_SLOTS))
			return ERR_BAD_ARG;
		if (cap_is_empty(pt_slot(pt, a[2])))
			return ERR_SLOT_EMPTY;
		return cap_delete_preemptible(pt_slot(pt, a[2]));
	case PT_INFO:
		if (!(c->rights & CAP_R))
			return ERR_RIGHTS;
		return sys_results(res, pt->level, 0, 0);
	default:
		return ERR_BAD_METHOD;
	}
}

long sys_thread_invoke(struct thread *self, struct pagetable *own, struct cap *c,
		       unsigned long m, const unsigned long *a, struct sysret *res)
{
	struct thread *t = (struct thread *)c->obj;

	/* Reading its state needs R; everything else changes it: W. */
	if (!(c->rights & (m == THREAD_READ_FAULT || m == THREAD_INFO || m == THREAD_CPU ? CAP_R
										       : CAP_W)))
		return ERR_RIGHTS;
	switch (m) {
	case THREAD_SET_SPACE: {
		struct cap *src = sys_cap_at(own, a[2], OBJ_PAGETABLE, PT_SPACE_RIGHTS, res);
		if (!src)
			return res->err;
		if (((struct pagetable *)src->obj)->level != PT_LEVELS - 1)
			return ERR_BAD_ARG;
		if (!cap_is_empty(&t->space))
			cap_delete(&t->space);
		cap_derive(&t->space, src, CAP_ALL);
		return ERR_OK;
	}
	case THREAD_SET_REGS:
		if (t == self || t->running_on >= 0)
			return ERR_IN_USE;
		if (a[2] >= USER_ADDR_LIMIT || a[3] >= USER_ADDR_LIMIT || a[2] % 2)
			return ERR_BAD_ARG;
		arch_regs_init_user(&t->regs, a[2], a[3], a[4]);
		arch_fpu_reset(&t->fpu);   /* a fresh start: nothing of the old run */
		return ERR_OK;
	case THREAD_SET_PRIO:
		if (a[2] > a[3] || a[3] > self->max_prio)
			return ERR_PRIORITY;
		if (t->state == THREAD_RUNNABLE)
			sched_remove(t);
		t->prio = a[2];
		t->max_prio = a[3];
		if (t->state == THREAD_RUNNABLE)
			sched_add(t);
		return ERR_OK;
	case THREAD_START:
		if (t->state == THREAD_BLOCKED)
			return ERR_IN_USE;
		thread_start(t);
		return ERR_OK;
	case THREAD_STOP:
		thread_stop(t);
		return ERR_OK;
	case THREAD_SET_CPU:
		if (a[2] >= arch_ncpus() || !arch_cpu_online(a[2]))
			return ERR_BAD_ARG;
		/* Its FP registers stay with the old hart; one that runs
		 * there now is told when that hart lets it go (sched_let_go). */
		if (t->running_on < 0 && t->cpu != a[2])
			arch_fpu_moved(&t->regs, &t->fpu);
		if (t->state == THREAD_RUNNABLE) {
			sched_remove(t);
			t->cpu = a[2];
			sched_add(t);
		} else {
			t->cpu = a[2];
		}
		return ERR_OK;
	case THREAD_CPU:
		return sys_results(res, t->cpu, (unsigned long)(long)t->last_cpu, 0);
	case THREAD_SET_FAULT: {
		struct cap *q = 0;
		if (a[2] && !(q = sys_cap_at(own, a[2], OBJ_QUEUE, CAP_W, res)))
			return res->err;
		if (!cap_is_empty(&t->fault_handler))
			cap_delete(&t->fault_handler);
		if (q)
			cap_derive(&t->fault_handler, q, CAP_W);
		return ERR_OK;
	}
	case THREAD_READ_FAULT:
		return sys_results(res, t->fault.cause, t->fault.pc, t->fault.value);
	case THREAD_INFO:
		return sys_results(res, t->state, t->prio, t->max_prio);
	default:
		return ERR_BAD_METHOD;
	}
}

long sys_sysctl_invoke(struct thread *self, struct pagetable *own, struct cap *c,
		       unsigned long m, const unsigned long *a, struct sysret *res)
{
	/* Reading counters and checking need R; what changes the machine, W. */
	if (!(c->rights & (m == SYSCTL_COUNTER || m == SYSCTL_CHECK ? CAP_R : CAP_W)))
		return ERR_RIGHTS;
	switch (m) {
	case SYSCTL_POWEROFF:
		arch_poweroff(a[2] != 0);
	case SYSCTL_COUNTER:
		switch (a[2]) {
		case KCOUNT_PREEMPTIONS:
			return sys_results(res, kstat.preemptions, 0, 0);
		case KCOUNT_FREE_FRAMES:
			return sys_results(res, pmem_free_frames(), 0, 0);
		case KCOUNT_SYSCALLS:
			return sys_results(res, kstat.syscalls, 0, 0);
		case KCOUNT_COPY_PREEMPT:
			return sys_results(res, kstat.copy_preemptions, 0, 0);
		case KCOUNT_TICK_INSTRET:
			return sys_results(res, kstat.tick_instret, 0, 0);
		case KCOUNT_FASTPATH:
			return sys_results(res, sched_fastpath_count(), 0, 0);
		case KCOUNT_STRETCH:
			return sys_results(res, kstat.stretch_max, 0, 0);
		case KCOUNT_STRETCH_OP:
			return sys_results(res, kstat.stretch_op, 0, 0);
		case KCOUNT_ASID_FLUSHES:
			return sys_results(res, kstat.asid_flushes, 0, 0);
		case KCOUNT_LOCK_WAIT:
			return sys_results(res, kstat.lock_wait_max, 0, 0);
		default:
			return ERR_BAD_ARG;
		}
	case SYSCTL_TICK:
		/* Below 10 us the machine would do nothing but tick. */
		if (!arch_set_tick_interval(a[2]))
			return ERR_BAD_ARG;
		return ERR_OK;
	case SYSCTL_IRQ:
		return irq_create(own, a[2], a[3], a[4], res);
	case SYSCTL_FASTPATH:
		if (a[2] > 1)
			return ERR_BAD_ARG;
		ipc_fastpath_enabled = a[2];
		return ERR_OK;
	case SYSCTL_STRETCH:
		if (a[2] > 1)
			return ERR_BAD_ARG;
		kstat.stretch_on = a[2];
		kstat.stretch_max = kstat.stretch_op = kstat.lock_wait_max = 0;
		kstat_enter(SYS_INVOKE | SYSCTL_STRETCH << 8 | OBJ_SYSCTL << 16);
		return ERR_OK;
	case SYSCTL_CHECK:
		if (!kern_checker)
			return ERR_BAD_METHOD;
		return sys_results(res, kern_checker(), 0, 0);
#ifdef KERNEL_TRACE
	case SYSCTL_TRACE:   /* elsewhere ERR_BAD_METHOD, below */
		return trace_sysctl(own, a, res);
#endif
	case SYSCTL_PREEMPT_EVERY:
		if (a[2] > SYSCTL_PREEMPT_EVERY_MAX)
			return ERR_BAD_ARG;
		cap_preempt_every(a[2]);
		return ERR_OK;
	default:
		return ERR_BAD_METHOD;
	}
}

long sys_frame_invoke(struct thread *self, struct pagetable *own, struct cap *c,
		      unsigned long m, const unsigned long *a, struct sysret *res)
{
	if (m != FRAME_INFO)
		return ERR_BAD_METHOD;
	if (!(c->rights & CAP_P))
		return ERR_RIGHTS;
	return sys_results(res, ((struct frame *)c->obj)->pa, 0, 0);
}

/* SYS_INVOKE: the method of the object's type (struct obj_type). */
static long sys_invoke(struct thread *self, struct pagetable *own, const unsigned long *a,
		       struct sysret *res)
{
	struct cap *c;

	if (!(c = sys_cap_at(own, a[0], OBJ_NONE, 0, res)))
		return res->err;
	kstat_doing(SYS_INVOKE | (a[1] & 0xff) << 8 | (uint64_t)c->type << 16);
	if (!obj_types[c->type].invoke)
		return ERR_BAD_METHOD;
	return obj_types[c->type].invoke(self, own, c, a[1], a, res);
}

/*
 * Copy user bytes to the console, page by page through the capability
 * tree (never through the user mapping, which may change under us). The
 * console is polled, so a long write would hold the kernel lock for as
 * long as the UART takes (a third of a second for 4 KiB at 115200 baud):
 * it writes SYS_DEBUG_WRITE_CHUNK bytes, moves the thread's a1 and a2 on
 * past them, and leaves the call unfinished; the thread issues the rest
 * when it runs again, and other harts take the lock in between.
 */
static long sys_debug_write(struct thread *t, struct pagetable *own, uint64_t va, uint64_t len)
{
	uint64_t left;

	if (len > SYS_DEBUG_WRITE_MAX)
		return ERR_BAD_ARG;
	if (va >= USER_ADDR_LIMIT || len > USER_ADDR_LIMIT - va)
		return ERR_BAD_ADDR;
	/* Check the whole buffer first, so a bad one prints nothing. */
	for (uint64_t p = va & ~(PAGE_SIZE_BYTES - 1); p < va + len; p += PAGE_SIZE_BYTES) {
		struct cap *f = cspace_frame_at(own, p);
		if (!f || !(f->rights & CAP_R) || f->type != OBJ_FRAME)
			return ERR_BAD_ADDR;
	}
	left = len > SYS_DEBUG_WRITE_CHUNK ? len - SYS_DEBUG_WRITE_CHUNK : 0;
	for (len -= left; len;) {
		struct cap *f = cspace_frame_at(own, va);
		uint64_t off = va % PAGE_SIZE_BYTES;
		uint64_t n = PAGE_SIZE_BYTES - off < len ? PAGE_SIZE_BYTES - off : len;
		console_write((const char *)arch_phys_to_virt(((struct frame *)f->obj)->pa + off), n);
		va += n;
		len -= n;
	}
	if (!left)
		return ERR_OK;
	arch_regs_set_arg(&t->regs, 1, va);
	arch_regs_set_arg(&t->regs, 2, left);
	return KERR_PREEMPTED;
}

/* SYS_DEBUG_PUTC and SYS_DEBUG_WRITE: a0 names the console. */
static long sys_debug(struct thread *t, struct pagetable *own, unsigned long nr,
		      const unsigned long *a, struct sysret *res)
{
	if (!sys_cap_at(own, a[0], OBJ_CONSOLE, CAP_W, res))
		return res->err;
	if (nr == SYS_DEBUG_WRITE)
		return sys_debug_write(t, own, a[1], a[2]);
	console_putc((char)a[1]);
	return ERR_OK;
}

/* A call's arguments, copied, not pointed at: a call may write its own
 * registers (results, a cut call's progress) while it still reads them.
 * Unrolled: seven loads and stores, not a loop around them. */
static inline __attribute__((always_inline)) void args_of(const struct thread *t,
							  unsigned long a[7])
{
#pragma GCC unroll 7
	for (unsigned i = 0; i < 7; i++)
		a[i] = arch_regs_arg(&t->regs, i);
}

/* How every dispatched call but register IPC ends. */
static inline __attribute__((always_inline)) void dispatch_end(struct thread *t,
							       const struct sysret *res)
{
	if (res->err != KERR_PREEMPTED) {   /* else the pc stays on the ecall: it resumes later */
		arch_regs_skip_syscall(&t->regs);
		if (res->err != KERR_BLOCKED)
			syscall_complete(t, res);
	}
	sched_hold_end();   /* a message call's held wake (kern/sched.h) */
}

void syscall_dispatch_invoke(struct thread *t)
{
	unsigned long a[7];
	struct sysret res = { 0 };   /* the results a method does not write are 0 */

	args_of(t, a);
	kstat.syscalls++;
	res.err = sys_invoke(t, thread_space(t), a, &res);
	dispatch_end(t, &res);
}

void syscall_dispatch(struct thread *t)
{
	unsigned long nr = arch_regs_syscall_nr(&t->regs);
	unsigned long a[7];
	struct pagetable *own = thread_space(t);
	struct sysret res = { 0 };
	long err;

	args_of(t, a);
	kstat.syscalls++;
	switch (nr) {
	case SYS_NULL:
		err = ERR_OK;
		break;
	case SYS_DEBUG_PUTC:
	case SYS_DEBUG_WRITE:
		err = sys_debug(t, own, nr, a, &res);
		break;
	case SYS_YIELD:
		sched_yield();
		err = ERR_OK;
		break;
	case SYS_CAP_COPY:
		err = sys_cap_copy(own, a, false, &res);
		break;
	case SYS_CAP_MINT:
		err = sys_cap_copy(own, a, true, &res);
		break;
	case SYS_CAP_MOVE:
		err = sys_cap_move(own, a, &res);
		break;
	case SYS_CAP_DELETE:
	case SYS_CAP_REVOKE:
	case SYS_CAP_INFO:
		err = sys_cap_slot_op(own, nr, a, &res);
		break;
	case SYS_SLEEP:
		err = ipc_sleep(t, a[0]);
		break;
	default:
		err = ERR_BAD_SYSCALL;
		break;
	}
	res.err = err;
	dispatch_end(t, &res);
}
