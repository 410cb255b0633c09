/* SPDX-License-Identifier: BSD-2-Clause */
#ifndef USER_LIB_SYS_H
#define USER_LIB_SYS_H

/*
 * System-call stubs, one ecall each, per kern/abi.h: a7 = number, a0..a6 =
 * arguments; a0 comes back as the error (ERR_*), a1..a3 as results.
 *
 * All are static inline: each is a handful of register moves around an
 * ecall, and inlining lets the compiler drop the unused ones.
 *
 * Typed helpers return the error; results go through pointers, which may be
 * NULL, and are written only when the call succeeded. Capability addresses
 * ("cap", "slot") are plain unsigned longs (see caddr.h).
 */

#include <stddef.h>
#include <kern/abi.h>

struct sys_ret {
	long err;
	unsigned long r1, r2, r3;
};

static inline struct sys_ret sys_call(unsigned long nr, unsigned long a0,
				      unsigned long a1, unsigned long a2,
				      unsigned long a3, unsigned long a4,
				      unsigned long a5, unsigned long a6)
{
	register unsigned long x10 __asm__("a0") = a0;
	register unsigned long x11 __asm__("a1") = a1;
	register unsigned long x12 __asm__("a2") = a2;
	register unsigned long x13 __asm__("a3") = a3;
	register unsigned long x14 __asm__("a4") = a4;
	register unsigned long x15 __asm__("a5") = a5;
	register unsigned long x16 __asm__("a6") = a6;
	register unsigned long x17 __asm__("a7") = nr;

	/* "memory": the kernel may read or write any user buffer we named. */
	__asm__ volatile("ecall"
			 : "+r"(x10), "+r"(x11), "+r"(x12), "+r"(x13)
			 : "r"(x14), "r"(x15), "r"(x16), "r"(x17)
			 : "memory");
	return (struct sys_ret){ (long)x10, x11, x12, x13 };
}

/* Store the results of a successful call where the caller asked for them. */
static inline long sys_out(struct sys_ret r, unsigned long *r1,
			   unsigned long *r2, unsigned long *r3)
{
	if (r.err == ERR_OK) {
		if (r1)
			*r1 = r.r1;
		if (r2)
			*r2 = r.r2;
		if (r3)
			*r3 = r.r3;
	}
	return r.err;
}

/* ---- plain system calls ------------------------------------------------ */

static inline long sys_null(void)
{
	return sys_call(SYS_NULL, 0, 0, 0, 0, 0, 0, 0).err;
}

static inline long sys_debug_putc(int c)
{
	return sys_call(SYS_DEBUG_PUTC, (unsigned char)c, 0, 0, 0, 0, 0, 0).err;
}

/* len must be <= SYS_DEBUG_WRITE_MAX. */
static inline long sys_debug_write(const void *buf, size_t len)
{
	return sys_call(SYS_DEBUG_WRITE, (unsigned long)buf, len, 0, 0, 0, 0, 0).err;
}

static inline long sys_yield(void)
{
	return sys_call(SYS_YIELD, 0, 0, 0, 0, 0, 0, 0).err;
}

static inline struct sys_ret sys_invoke(unsigned long cap, unsigned long method,
					unsigned long a2, unsigned long a3,
					unsigned long a4, unsigned long a5,
					unsigned long a6)
{
	return sys_call(SYS_INVOKE, cap, method, a2, a3, a4, a5, a6);
}

/* dst_space: capability address of another space's root table, 0 = own. */
static inline long sys_cap_copy(unsigned long src, unsigned long dst_space,
				unsigned long dst, unsigned long rights)
{
	return sys_call(SYS_CAP_COPY, src, dst_space, dst, rights, 0, 0, 0).err;
}

static inline long sys_cap_mint(unsigned long src, unsigned long dst_space,
				unsigned long dst, unsigned long rights,
				unsigned long badge)
{
	return sys_call(SYS_CAP_MINT, src, dst_space, dst, rights, badge, 0, 0).err;
}

static inline long sys_cap_move(unsigned long src, unsigned long dst_space,
				unsigned long dst)
{
	return sys_call(SYS_CAP_MOVE, src, dst_space, dst, 0, 0, 0, 0).err;
}

static inline long sys_cap_delete(unsigned long slot)
{
	return sys_call(SYS_CAP_DELETE, slot, 0, 0, 0, 0, 0, 0).err;
}

static inline long sys_cap_revoke(unsigned long slot)
{
	return sys_call(SYS_CAP_REVOKE, slot, 0, 0, 0, 0, 0, 0).err;
}

/* -> *type = OBJ_*, *rights = CAP_* mask, *badge */
static inline long sys_cap_info(unsigned long slot, unsigned long *type,
				unsigned long *rights, unsigned long *badge)
{
	return sys_out(sys_call(SYS_CAP_INFO, slot, 0, 0, 0, 0, 0, 0),
		       type, rights, badge);
}

/* ---- activity ------------------------------------------------------------ */

/* arg: level for a page table, quota in frames for an activity, else 0. */
static inline long activity_create(unsigned long act, unsigned long type,
				   unsigned long dst, unsigned long arg)
{
	return sys_invoke(act, ACTIVITY_CREATE, type, dst, arg, 0, 0).err;
}

static inline long activity_destroy(unsigned long act, unsigned long slot)
{
	return sys_invoke(act, ACTIVITY_DESTROY, slot, 0, 0, 0, 0).err;
}

/* -> quota and used frames of this activity, free frames in the machine */
static inline long activity_info(unsigned long act, unsigned long *quota,
				 unsigned long *used, unsigned long *free_frames)
{
	return sys_out(sys_invoke(act, ACTIVITY_INFO, 0, 0, 0, 0, 0),
		       quota, used, free_frames);
}

/* ---- page table ---------------------------------------------------------- */

static inline long pt_set(unsigned long pt, unsigned long index,
			  unsigned long src, unsigned long rights)
{
	return sys_invoke(pt, PT_SET, index, src, rights, 0, 0).err;
}

static inline long pt_clear(unsigned long pt, unsigned long index)
{
	return sys_invoke(pt, PT_CLEAR, index, 0, 0, 0, 0).err;
}

static inline long pt_info(unsigned long pt, unsigned long *level)
{
	return sys_out(sys_invoke(pt, PT_INFO, 0, 0, 0, 0, 0), level, NULL, NULL);
}

/* ---- frame --------------------------------------------------------------- */

/* -> physical address (device frames; 0 for RAM) */
static inline long frame_info(unsigned long frame, unsigned long *pa)
{
	return sys_out(sys_invoke(frame, FRAME_INFO, 0, 0, 0, 0, 0), pa, NULL, NULL);
}

/* ---- thread -------------------------------------------------------------- */

static inline long thread_set_space(unsigned long thread, unsigned long pt)
{
	return sys_invoke(thread, THREAD_SET_SPACE, pt, 0, 0, 0, 0).err;
}

/* The thread starts at pc with sp and a0 = arg (crt0's _start takes arg). */
static inline long thread_set_regs(unsigned long thread, unsigned long pc,
				   unsigned long sp, unsigned long arg)
{
	return sys_invoke(thread, THREAD_SET_REGS, pc, sp, arg, 0, 0).err;
}

static inline long thread_set_prio(unsigned long thread, unsigned long prio,
				   unsigned long max)
{
	return sys_invoke(thread, THREAD_SET_PRIO, prio, max, 0, 0, 0).err;
}

static inline long thread_start(unsigned long thread)
{
	return sys_invoke(thread, THREAD_START, 0, 0, 0, 0, 0).err;
}

static inline long thread_stop(unsigned long thread)
{
	return sys_invoke(thread, THREAD_STOP, 0, 0, 0, 0, 0).err;
}

/* -> FAULT_* cause, pc, value (address or instruction bits) */
static inline long thread_read_fault(unsigned long thread, unsigned long *cause,
				     unsigned long *pc, unsigned long *value)
{
	return sys_out(sys_invoke(thread, THREAD_READ_FAULT, 0, 0, 0, 0, 0),
		       cause, pc, value);
}

/* -> THREAD_* state, priority */
static inline long thread_info(unsigned long thread, unsigned long *state,
			       unsigned long *prio)
{
	return sys_out(sys_invoke(thread, THREAD_INFO, 0, 0, 0, 0, 0),
		       state, prio, NULL);
}

/* ---- sysctl -------------------------------------------------------------- */

/* Does not return when it succeeds. */
static inline long sysctl_poweroff(unsigned long sysctl, int failed)
{
	return sys_invoke(sysctl, SYSCTL_POWEROFF, failed != 0, 0, 0, 0, 0).err;
}

/* which = KCOUNT_* -> *value */
static inline long sysctl_counter(unsigned long sysctl, unsigned long which,
				  unsigned long *value)
{
	return sys_out(sys_invoke(sysctl, SYSCTL_COUNTER, which, 0, 0, 0, 0),
		       value, NULL, NULL);
}

#endif
