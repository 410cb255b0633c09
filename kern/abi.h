/* SPDX-License-Identifier: BSD-2-Clause */
#ifndef KERN_ABI_H
#define KERN_ABI_H

/*
 * The system-call ABI: the one source of every number the kernel and user
 * space share. docs/abi.md explains each call; this header is what both
 * sides compile against. It includes nothing but <stdint.h>.
 *
 * Registers (RISC-V, ecall from U-mode):
 *   a7        system call number (SYS_*)
 *   a0..a6    arguments
 * On return:
 *   a0        error code (ERR_*; ERR_OK is 0)
 *   a1..a3    results, where a call has them; for lookup errors a1 says the
 *             level of the capability-space walk that failed
 *   every other register is preserved.
 */

#include <stdint.h>

/* ---- system calls ---------------------------------------------------- */
#define SYS_NULL          0   /* does nothing: the round-trip benchmark */
#define SYS_DEBUG_PUTC    1   /* a0 = console capability (W), a1 = character: the kernel
				 console, for the root task and whom it trusts with it */
#define SYS_DEBUG_WRITE   2   /* a0 = console capability (W), a1 = user address, a2 =
				 length (> SYS_DEBUG_WRITE_MAX: ERR_BAD_ARG) */
#define SYS_YIELD         3   /* give up the rest of the time slice */
#define SYS_INVOKE        4   /* a0 = capability address, a1 = method, a2..a6 = arguments */
#define SYS_CAP_COPY      5   /* a0 = src, a1 = dst space (0: own), a2 = dst, a3 = rights mask */
#define SYS_CAP_MINT      6   /* a0 = src, a1 = dst space (0: own), a2 = dst, a3 = rights mask, a4 = badge */
#define SYS_CAP_MOVE      7   /* a0 = src, a1 = dst space (0: own), a2 = dst */
#define SYS_CAP_DELETE    8   /* a0 = slot */
#define SYS_CAP_REVOKE    9   /* a0 = slot: delete everything derived from it */
#define SYS_CAP_INFO      10  /* a0 = slot -> a1 = type, a2 = rights, a3 = badge */
#define SYS_CALL          11  /* a0 = queue, a1..a4 = words -> a1..a4 = reply words (register IPC) */
#define SYS_REPLY_RECV    12  /* a0 = queue, a1..a4 = reply words -> a1..a4 = words, a5 = badge */
#define SYS_RECV          13  /* a0 = queue -> a1..a4 = words, a5 = badge */
#define SYS_SLEEP         14  /* a0 = ticks to sleep (> 0; a count that would pass
				 2^64 ticks sleeps until the thread is stopped) */
#define SYS_COUNT         15

#define SYS_DEBUG_WRITE_MAX 4096
#define SYS_DEBUG_WRITE_CHUNK 16 /* bytes written per kernel entry: a long write
				   leaves the kernel between chunks (a1, a2 move
				   on), so no hart waits long for the lock */

/* ---- errors ----------------------------------------------------------- */
#define ERR_OK              0
#define ERR_BAD_SYSCALL     1   /* unknown system call number */
#define ERR_BAD_METHOD      2   /* the object has no such method */
#define ERR_BAD_ARG         3   /* an argument is out of range or malformed */
#define ERR_CADDR_KERNEL    4   /* capability address in the kernel half or not canonical */
#define ERR_CADDR_ALIGN     5   /* capability address not on a slot boundary */
#define ERR_NO_SPACE        6   /* the thread (or the named space) has no address-space root */
#define ERR_NO_TABLE        7   /* walk met an empty entry; a1 = level of the table
				   holding it (2 = the root, 1, or 0) */
#define ERR_NOT_CAPPAGE     8   /* walk reached a leaf that is not a capability page */
#define ERR_SLOT_EMPTY      9   /* the slot holds no capability */
#define ERR_WRONG_TYPE      10  /* the capability is not of the type the call needs */
#define ERR_RIGHTS          11  /* the capability lacks a right the call needs */
#define ERR_SLOT_FULL       12  /* the destination slot is occupied */
#define ERR_QUOTA           13  /* the activity (or an ancestor) is at its quota */
#define ERR_NO_MEMORY       14  /* no free frames in the machine */
#define ERR_IN_USE          15  /* the object is in a state that forbids this */
#define ERR_PRIORITY        16  /* priority above the caller's maximum */
#define ERR_BAD_ADDR        17  /* a user buffer is not mapped readable/writable */
#define ERR_DEAD            18  /* the object is being destroyed, or was while we waited on it */
#define ERR_CANCELED        19  /* the wait was cut short (THREAD_STOP), or the server
				   received again without replying to this call */
#define ERR_WOULD_BLOCK     20  /* (register IPC) nobody to deliver to, and the call may not wait */
#define ERR_COUNT           21

/* ---- capabilities ----------------------------------------------------- */
/* A capability slot is 64 bytes: a capability page holds 64 of them, and a
 * capability address must be a multiple of CAP_SLOT_SIZE within its page. */
#define CAP_SLOT_SIZE       64
#define CAP_SLOTS_PER_PAGE  64

/* Object types, as CAP_INFO reports them */
#define OBJ_NONE        0
#define OBJ_ACTIVITY    1
#define OBJ_FRAME       2   /* 4 KiB of memory */
#define OBJ_PAGETABLE   3   /* one Sv39 node: 512 slots */
#define OBJ_CAPPAGE     4   /* 64 capability slots, never hardware-mapped */
#define OBJ_THREAD      5
#define OBJ_REPLY       6
#define OBJ_DEVFRAME    7   /* 4 KiB of device registers */
#define OBJ_SYSCTL      8   /* the machine: power off, kernel counters */
#define OBJ_MESSAGE     9   /* what is transferred: payload frame, capability addresses */
#define OBJ_QUEUE       10  /* where messages and receivers wait */
#define OBJ_IRQ         11  /* one interrupt source, delivered through a queue */
#define OBJ_CONSOLE     12  /* the kernel's debug console (SYS_DEBUG_*), one, made at boot */
#define OBJ_TYPE_COUNT  13

/* Rights: a copy can keep or drop them, never add. */
#define CAP_R   0x1   /* read: inspect, map readable */
#define CAP_W   0x2   /* write: modify, map writable */
#define CAP_X   0x4   /* execute: map executable */
#define CAP_G   0x8   /* grant: may be transferred by IPC */
#define CAP_P   0x10  /* physical: may learn a frame's physical address (FRAME_INFO,
			 for DMA); objects made through an activity capability
			 without it come without it */
#define CAP_ALL 0x1f

/* ---- the capability-address space ---------------------------------- */
/* User addresses are the lower half of Sv39: 0 .. 2^38 - 1. */
#define USER_ADDR_LIMIT     (1UL << 38)
#define PT_LEVELS           3
#define PT_SLOTS            512

/* ---- methods (SYS_INVOKE a1), by object type ------------------------ */
/* activity */
#define ACTIVITY_CREATE     1   /* a2 = type, a3 = dst slot, a4 = arg (page table: level; activity: quota in frames) */
#define ACTIVITY_DEPTH_MAX  16  /* activities nest this deep under the root's at most */
#define ACTIVITY_DESTROY    2   /* a2 = slot of an object allocated from this activity */
#define ACTIVITY_INFO       3   /* -> a1 = quota, a2 = used (frames), a3 = machine free frames */
#define ACTIVITY_IPC_INFO   4   /* -> a1 = delivery units charged to it and its descendants
				   (1 + the capabilities copied, each delivery), a2 = its limit */
#define ACTIVITY_IPC_LIMIT  5   /* a2 = the most units it and its descendants may be
				   charged (ACTIVITY_IPC_UNLIMITED: no limit, as made) */
#define ACTIVITY_IPC_UNLIMITED (~0UL)

/* page table */
#define PT_SET              1   /* a2 = index, a3 = src slot, a4 = rights mask: copy a capability into slot index */
#define PT_CLEAR            2   /* a2 = index: delete the capability in slot index */
#define PT_INFO             3   /* -> a1 = level */

/* frame and device frame */
#define FRAME_INFO          1   /* -> a1 = physical address of the frame (it changes when a
				   message exchanges payload frames) */

/* thread */
#define THREAD_SET_SPACE    1   /* a2 = slot of a level-2 page table: copied into the thread */
#define THREAD_SET_REGS     2   /* a2 = pc, a3 = sp, a4 = a0 for the thread */
#define THREAD_SET_PRIO     3   /* a2 = priority, a3 = maximum priority */
#define THREAD_START        4
#define THREAD_STOP         5
#define THREAD_READ_FAULT   6   /* -> a1 = cause, a2 = pc, a3 = value (0 cause: none) */
#define THREAD_INFO         7   /* -> a1 = state, a2 = priority, a3 = maximum priority */
#define THREAD_SET_CPU      9   /* a2 = cpu index (0 = the boot hart): the hart it runs on */
#define THREAD_CPU          10  /* -> a1 = its cpu, a2 = the cpu it last ran on (-1: never) */
#define THREAD_SET_FAULT    8   /* a2 = queue (W) or 0: faults become register calls to it,
				   words (cause, pc, value, 0); the handler's reply resumes the
				   thread, at reply word 0 if non-zero, else retrying */

#define THREAD_PRIO_MAX     255

/* thread states, as THREAD_INFO reports them */
#define THREAD_INACTIVE     0   /* never started, or stopped */
#define THREAD_RUNNABLE     1
#define THREAD_BLOCKED      2
#define THREAD_FAULTED      3   /* stopped by a fault; see THREAD_READ_FAULT */

/* fault causes (THREAD_READ_FAULT a1) */
#define FAULT_NONE          0
#define FAULT_PAGE          1   /* a3 = faulting address */
#define FAULT_ILLEGAL       2   /* a3 = the instruction bits, if known */
#define FAULT_MISALIGNED    3   /* a3 = faulting address */
#define FAULT_ACCESS        4   /* a3 = faulting address */
#define FAULT_BREAKPOINT    5

/* sysctl */
#define SYSCTL_POWEROFF     1   /* a2 = 0 success, else failure */
#define SYSCTL_COUNTER      2   /* a2 = KCOUNT_* -> a1 = value */

#define KCOUNT_PREEMPTIONS  1   /* long operations stopped at a preemption point */
#define KCOUNT_FREE_FRAMES  2
#define KCOUNT_SYSCALLS     3   /* dispatched by the general path (kern/entry.h answers the rest) */
#define KCOUNT_COPY_PREEMPT 4   /* capability-copy loops stopped at a preemption point */
#define KCOUNT_TICK_INSTRET 5   /* instret when the last timer interrupt was taken */
#define KCOUNT_FASTPATH     6   /* register IPC calls the fast path completed */
#define KCOUNT_STRETCH      7   /* the longest stretch of kernel work without a
				   preemption point, in instructions, since SYSCTL_STRETCH */
#define KCOUNT_STRETCH_OP   8   /* what it was: system call | method << 8 |
				   object type << 16 (a worker's step: 0xff | kind << 8) */
#define KCOUNT_ASID_FLUSHES 9   /* switches to a space that flushed the whole TLB */
#define KCOUNT_LOCK_WAIT    10  /* the most preemption points one hold of the kernel
				   lock passed while another hart waited for it (1: each
				   such hold ended at its first), since SYSCTL_STRETCH */
#define SYSCTL_FASTPATH     3   /* a2 = 0 off, 1 on: the register fast path (for tests) */
#define SYSCTL_TICK         5   /* a2 = tick interval in timebase units, 10 us .. 10 s
				   (0: the default, 10 ms); short ones make preemption
				   points testable */
#define SYSCTL_IRQ          4   /* a2 = interrupt source, a3 = activity, a4 = empty slot:
				   make the IRQ object of that source (once per source) */
#define SYSCTL_PREEMPT_EVERY 6  /* a2 = n: every n-th preemption point of a long
				   operation acts as if the tick had come and ends the
				   caller's slice (for tests; 0 = off, n <= 1000) */
#define SYSCTL_PREEMPT_EVERY_MAX 1000
#define SYSCTL_STRETCH      8   /* a2 = 1: measure (and reset) the longest stretch of
				   kernel work without a preemption point; 0: stop */
#define SYSCTL_CHECK        7   /* (R) run the kernel's invariant checker, in the test
				   image only (else ERR_BAD_METHOD) -> a1 = rules broken
				   (each is printed on the kernel console) */
#define SYSCTL_TRACE        9   /* a2 = TRACE_*: the IPC trace, in the kernel-trace
				   image only (else ERR_BAD_METHOD) */
#define TRACE_START         1   /* empty the ring, forget every name, record from now */
#define TRACE_NAME          2   /* a3 = any capability, a4 = up to 8 printable characters
				   (the first in the low byte): the dump calls its object so */
#define TRACE_DUMP          3   /* stop recording; print the ring on the kernel console
				   ("trace: " lines) -> a1 = events printed */

/* ---- IPC ------------------------------------------------------------- */
/*
 * A message object names a payload frame, the address space its capability
 * addresses resolve in, and optionally a thread to activate on delivery.
 * The payload frame starts with struct msg_header; capability addresses
 * follow; data bytes sit at MSG_DATA_OFFSET.
 */
#define MSG_MAX_CAPS        256
#define MSG_COPY_BATCH      8   /* capabilities copied between preemption points:
				   MSG_INFO's count moves in these steps */
#define MSG_DATA_OFFSET     (16 + MSG_MAX_CAPS * 8)
#define MSG_MAX_BYTES       (PAGE_BYTES - MSG_DATA_OFFSET)
#define MSG_PAYLOAD_MAX_CAPS 8  /* capabilities a payload frame may have at transfer */

struct msg_header {
	uint32_t cap_count;     /* capability addresses in caddr[] */
	uint32_t byte_count;    /* bytes at MSG_DATA_OFFSET */
	uint64_t reply_slot;    /* receiver: where a call's reply capability goes */
	uint64_t caddr[MSG_MAX_CAPS];
};

/* message */
#define MSG_SET             1   /* a2 = payload frame, a3 = space (level-2 table), a4 = thread or 0 */
#define MSG_WAIT            2   /* block until delivered -> a1 = badge, a2 = caps, a3 = bytes
				   (ERR_IN_USE: it has a waiter, or is a call's pending
				   reply, which the caller waits for) */
#define MSG_INFO            3   /* -> a1 = state, a2 = caps copied so far */

#define MSG_IDLE            0
#define MSG_SENDING         1   /* queued on a queue as a sender */
#define MSG_RECEIVING       2   /* queued on a queue as a receiver */
#define MSG_TRANSFER        3   /* capabilities being copied */

/* queue */
#define QUEUE_SEND          1   /* a2 = message, a3 = activity charged, a4 = flags */
#define QUEUE_RECEIVE       2   /* a2 = message, a3 = flags */
#define QUEUE_CALL          3   /* a2 = message, a3 = activity, a4 = reply message, a5 = reply object */
#define IPC_BLOCK           0x1 /* the caller waits until its message is delivered */

/* reply (one-shot: every capability to it goes once it is used) */
#define REPLY_SEND          1   /* a2 = message */
#define REPLY_RECV          2   /* a2 = message, a3 = queue, a4 = message to receive into */

/* irq */
#define IRQ_SET_QUEUE       1   /* a2 = queue: interrupts arrive as register messages */
#define IRQ_ACK             2   /* done handling: the source may interrupt again */

/* ---- what the root task is given ------------------------------------ */
/*
 * The root task's first capability page is at ROOT_CAPPAGE; slot n is at
 * ROOT_CAPPAGE + n * CAP_SLOT_SIZE.
 */
#define ROOT_CAPPAGE        0x2000000000UL
#define ROOT_SLOT(n)        (ROOT_CAPPAGE + (unsigned long)(n) * CAP_SLOT_SIZE)
#define ROOT_SLOT_ACTIVITY  0   /* all free memory */
#define ROOT_SLOT_THREAD    1
#define ROOT_SLOT_SPACE     2   /* the level-2 page table */
#define ROOT_SLOT_CAPPAGE   3   /* this capability page */
#define ROOT_SLOT_BOOTINFO  4   /* the boot-information frame (read-only) */
#define ROOT_SLOT_SYSCTL    5
#define ROOT_SLOT_PT_CAPS   6   /* the level-1 table holding ROOT_CAPPAGE's level-0 table */
#define ROOT_SLOT_PT_CAPS0  7   /* the level-0 table holding ROOT_CAPPAGE */
#define ROOT_SLOT_PT_IMAGE  8   /* the level-1 table mapping the root task's ELF image
				   (so other spaces can share code and data) */
#define ROOT_SLOT_CONSOLE   9   /* the kernel's debug console */
#define ROOT_SLOT_DEV_FIRST 10  /* device frames, as listed in bootinfo.dev */
#define ROOT_SLOT_FREE_FIRST 32 /* first slot the kernel leaves empty */

#define BOOTINFO_ADDR       0x1ffffff000UL /* mapped read-only */
#define ROOT_STACK_TOP      0x1fff000000UL /* the root thread's sp; 16 pages below are mapped */
#define ROOT_STACK_PAGES    16
#define PAGE_BYTES          4096UL
#define BOOTINFO_MAX_MEM    8
#define BOOTINFO_MAX_HARTS  8
#define BOOTINFO_MAX_DEV    16
#define BOOTINFO_CMDLINE_MAX 128

#define DEV_KIND_NS16550     1   /* register n at offset + (n << reg_shift), io_width bytes */
#define DEV_KIND_SIFIVE_UART 2

struct bootinfo_dev {
	uint64_t pa;            /* physical address of the first frame */
	uint32_t frames;        /* how many consecutive slots hold its frames */
	uint32_t first_slot;    /* root capability-page slot of the first frame */
	uint32_t irq;           /* PLIC source, 0 if none */
	uint32_t kind;          /* DEV_KIND_* */
	uint32_t offset;        /* registers start this far into the first frame */
	uint8_t reg_shift, io_width, pad[2];
	char name[16];          /* "uart" */
};

/* Boot modules: further ELF files the kernel image carries (servers,
 * programs), mapped read-only for the root task to load. */
#define BOOTINFO_MAX_MODULES 8
#define MODULE_BASE         0x1000000000UL

struct bootinfo_module {
	char name[24];
	uint64_t va;            /* where its bytes are mapped (read-only) */
	uint64_t size;
};

struct bootinfo {
	uint64_t magic;         /* BOOTINFO_MAGIC */
	uint64_t free_frames;   /* the root activity's quota */
	uint64_t dtb_pa;        /* where the device tree is (physical) */
	uint64_t dtb_size;
	uint64_t timebase_hz;
	uint32_t nmem, nharts, ndev, pad;
	struct { uint64_t base, size; } mem[BOOTINFO_MAX_MEM];
	uint32_t hartid[BOOTINFO_MAX_HARTS];
	struct bootinfo_dev dev[BOOTINFO_MAX_DEV];
	char console[64];       /* the kernel console's name */
	uint32_t nmodules, pad2;
	struct bootinfo_module module[BOOTINFO_MAX_MODULES];
	uint32_t plic_ndev;     /* interrupt sources (SYSCTL_IRQ takes 1..plic_ndev) */
	uint32_t pad3;
	char cmdline[BOOTINFO_CMDLINE_MAX]; /* the device tree's /chosen/bootargs */
	uint64_t cpus_online;   /* bit i: cpu i (THREAD_SET_CPU's number) is online */
};

#define BOOTINFO_MAGIC 0x6f666e69746f6f62UL /* "bootinfo" */
_Static_assert(sizeof(struct bootinfo) <= PAGE_BYTES, "bootinfo fits its page");

#endif
