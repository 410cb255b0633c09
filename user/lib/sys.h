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

/* The kernel debug console capability the stubs below use (the root task's
 * ROOT_SLOT_CONSOLE unless a program sets it; user/lib/start.c). */
extern unsigned long ulib_debug_console;

static inline long sys_debug_putc(int c)
{
	return sys_call(SYS_DEBUG_PUTC, ulib_debug_console, (unsigned char)c, 0, 0, 0, 0, 0).err;
}

/* len must be <= SYS_DEBUG_WRITE_MAX. */
static inline long sys_debug_write(const void *buf, size_t len)
{
	return sys_call(SYS_DEBUG_WRITE, ulib_debug_console, (unsigned long)buf, len, 0, 0, 0,
			0).err;
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

/* Bind the thread to cpu (0 = the boot hart). */
static inline long thread_set_cpu(unsigned long thread, unsigned long cpu)
{
	return sys_invoke(thread, THREAD_SET_CPU, cpu, 0, 0, 0, 0).err;
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

/* ---- IPC: messages, queues, replies (kern/abi.h "IPC") ------------------ */

static inline long activity_ipc_info(unsigned long act, unsigned long *charged)
{
	return sys_out(sys_invoke(act, ACTIVITY_IPC_INFO, 0, 0, 0, 0, 0),
		       charged, NULL, NULL);
}

/* The most delivery units act and its descendants may be charged
 * (ACTIVITY_IPC_UNLIMITED: no limit). */
static inline long activity_ipc_limit(unsigned long act, unsigned long limit)
{
	return sys_invoke(act, ACTIVITY_IPC_LIMIT, limit, 0, 0, 0, 0).err;
}

/* thread: 0 for none, else a thread capability (W) to activate on delivery */
static inline long msg_set(unsigned long msg, unsigned long frame,
			   unsigned long space, unsigned long thread)
{
	return sys_invoke(msg, MSG_SET, frame, space, thread, 0, 0).err;
}

/* Block until the message's delivery is over -> badge, caps, bytes. */
static inline long msg_wait(unsigned long msg, unsigned long *badge,
			    unsigned long *caps, unsigned long *bytes)
{
	return sys_out(sys_invoke(msg, MSG_WAIT, 0, 0, 0, 0, 0), badge, caps, bytes);
}

/* -> MSG_* state, capabilities copied so far, whether a delivery awaits MSG_WAIT */
static inline long msg_info(unsigned long msg, unsigned long *state,
			    unsigned long *copied, unsigned long *delivered)
{
	return sys_out(sys_invoke(msg, MSG_INFO, 0, 0, 0, 0, 0), state, copied, delivered);
}

/*
 * Send or receive msg on queue. With IPC_BLOCK in flags the call returns
 * when the delivery is over, with its badge, capability and byte counts;
 * without, it returns at once and msg_wait() collects them later. The raw
 * struct sys_ret is returned so a test can see every result register.
 */
static inline struct sys_ret queue_send(unsigned long queue, unsigned long msg,
					unsigned long act, unsigned long flags)
{
	return sys_invoke(queue, QUEUE_SEND, msg, act, flags, 0, 0);
}

static inline struct sys_ret queue_receive(unsigned long queue, unsigned long msg,
					   unsigned long flags)
{
	return sys_invoke(queue, QUEUE_RECEIVE, msg, flags, 0, 0, 0);
}

/* Send msg and wait for the reply, delivered into reply_msg through reply. */
static inline struct sys_ret queue_call(unsigned long queue, unsigned long msg,
					unsigned long act, unsigned long reply_msg,
					unsigned long reply)
{
	return sys_invoke(queue, QUEUE_CALL, msg, act, reply_msg, reply, 0);
}

static inline struct sys_ret reply_send(unsigned long reply, unsigned long msg)
{
	return sys_invoke(reply, REPLY_SEND, msg, 0, 0, 0, 0);
}

/* Reply with msg, then receive into recv_msg on queue (blocking). */
static inline struct sys_ret reply_recv(unsigned long reply, unsigned long msg,
					unsigned long queue, unsigned long recv_msg)
{
	return sys_invoke(reply, REPLY_RECV, msg, queue, recv_msg, 0, 0);
}

/* ---- register IPC -------------------------------------------------------- */

/*
 * SYS_CALL, SYS_REPLY_RECV, SYS_RECV carry four words in a1..a4 and (to a
 * receiver) the badge in a5. These stubs store the result registers
 * whatever the error, so a test can compare everything the kernel left.
 */
static inline long sys_reg_ipc(unsigned long nr, unsigned long queue,
			       const unsigned long in[4], unsigned long out[4],
			       unsigned long *badge)
{
	register unsigned long x10 __asm__("a0") = queue;
	register unsigned long x11 __asm__("a1") = in ? in[0] : 0;
	register unsigned long x12 __asm__("a2") = in ? in[1] : 0;
	register unsigned long x13 __asm__("a3") = in ? in[2] : 0;
	register unsigned long x14 __asm__("a4") = in ? in[3] : 0;
	register unsigned long x15 __asm__("a5") = 0;
	register unsigned long x17 __asm__("a7") = nr;

	__asm__ volatile("ecall"
			 : "+r"(x10), "+r"(x11), "+r"(x12), "+r"(x13), "+r"(x14), "+r"(x15)
			 : "r"(x17)
			 : "memory");
	if (out) {
		out[0] = x11;
		out[1] = x12;
		out[2] = x13;
		out[3] = x14;
	}
	if (badge)
		*badge = x15;
	return (long)x10;
}

/* Call queue (W) with in[] -> out[] = the reply words. */
static inline long sys_call4(unsigned long queue, const unsigned long in[4], unsigned long out[4])
{
	return sys_reg_ipc(SYS_CALL, queue, in, out, NULL);
}

/* Reply reply[] to the caller last received (if any), then receive on queue (R). */
static inline long sys_reply_recv4(unsigned long queue, const unsigned long reply[4],
				   unsigned long out[4], unsigned long *badge)
{
	return sys_reg_ipc(SYS_REPLY_RECV, queue, reply, out, badge);
}

static inline long sys_recv4(unsigned long queue, unsigned long out[4], unsigned long *badge)
{
	return sys_reg_ipc(SYS_RECV, queue, NULL, out, badge);
}

static inline long sys_sleep(unsigned long ticks)
{
	return sys_call(SYS_SLEEP, ticks, 0, 0, 0, 0, 0, 0).err;
}

/* The register fast path on (1) or off (0): results must not differ. */
static inline long sysctl_fastpath(unsigned long sysctl, unsigned long on)
{
	return sys_invoke(sysctl, SYSCTL_FASTPATH, on, 0, 0, 0, 0).err;
}

/* Every n-th preemption point acts as a tick would (tests); 0 turns it off. */
static inline long sysctl_preempt_every(unsigned long sysctl, unsigned long n)
{
	return sys_invoke(sysctl, SYSCTL_PREEMPT_EVERY, n, 0, 0, 0, 0).err;
}

/* Run the kernel's invariant checker (test image) -> rules broken. */
static inline long sysctl_check(unsigned long sysctl, unsigned long *broken)
{
	return sys_out(sys_invoke(sysctl, SYSCTL_CHECK, 0, 0, 0, 0, 0), broken, NULL, NULL);
}

/* Tick interval in timebase units; 0 restores the default. */
static inline long sysctl_tick(unsigned long sysctl, unsigned long units)
{
	return sys_invoke(sysctl, SYSCTL_TICK, units, 0, 0, 0, 0).err;
}

#endif
