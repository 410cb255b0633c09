/* SPDX-License-Identifier: BSD-2-Clause */
#ifndef USER_BENCH_BENCH_H
#define USER_BENCH_BENCH_H

/*
 * The benchmark root task (docs/performance.md). The root task is the
 * client in every measurement; servers, receivers and the sleeper are
 * threads in address spaces of their own, built the way test/root/spawn.c
 * builds them: a level-2 table whose entry 0 is the root task's image
 * level-1 table (code and globals shared), and under CHILD_BASE a stack, a
 * capability page and whatever frames the benchmark maps there.
 *
 * Root capability space (level-0 table R_CAPS0 maps capability page i at
 * CAPPAGE_AT(i)):
 *   page 0        the kernel's (ROOT_SLOT(n))
 *   page 1        the benchmark's objects, B(n)
 *   pages 2..5    256 capabilities to transfer, SRC(i)
 *   page 16 + id  child id's capability page, as the root sees it
 *   page 32 + id  child id's control page: the root's capabilities to it
 *
 * Child address space (CHILD_BASE = 3 GiB):
 *   pages 0..3    stack
 *   page 16       its capability page, C(n)
 *   pages 17..20  256 empty slots to receive capabilities in, RECV(i)
 *   page 32 + i   frames the root maps for it (message payloads)
 */

#include <stddef.h>
#include <stdint.h>
#include <kern/abi.h>
#include "caddr.h"
#include "child.h"
#include "sys.h"
#include "ulib.h"

/* ---- the root's names ---- */
#define R_ACT      ROOT_SLOT(ROOT_SLOT_ACTIVITY)
#define R_SPACE    ROOT_SLOT(ROOT_SLOT_SPACE)
#define R_SYSCTL   ROOT_SLOT(ROOT_SLOT_SYSCTL)
#define R_CAPS0    ROOT_SLOT(ROOT_SLOT_PT_CAPS0)
#define R_IMAGE    ROOT_SLOT(ROOT_SLOT_PT_IMAGE)
#define R_BPAGE    ROOT_SLOT(ROOT_SLOT_FREE_FIRST)       /* capability page 1 */
#define R_SRCPAGE(k) ROOT_SLOT(ROOT_SLOT_FREE_FIRST + 1 + (k))  /* pages 2..5 */

#define CAPPAGE_AT(i) (ROOT_CAPPAGE + (unsigned long)(i) * PAGE_BYTES)
#define B(n)       caddr_slot(CAPPAGE_AT(1), (n))
#define SRC(i)     caddr_slot(CAPPAGE_AT(2 + (i) / CAP_SLOTS_PER_PAGE), (i) % CAP_SLOTS_PER_PAGE)

/* Root data region: root-table entry DATA_VPN2, frames at DATA_VA + i pages. */
#define DATA_VPN2  5
#define DATA_VA(i) ((unsigned long)DATA_VPN2 * (1UL << 30) + (unsigned long)(i) * PAGE_BYTES)

/* ---- children ---- */
#define CHILD_MAX          5
#define CHILD_RECV_INDEX   17   /* MSG_MAX_CAPS / 64 = 4 pages of empty slots */
#define CHILD_RECV_PAGES   (MSG_MAX_CAPS / CAP_SLOTS_PER_PAGE)
#define CHILD_DATA_INDEX   32
#define CHILD_DATA_VA(i)   (CHILD_BASE + (CHILD_DATA_INDEX + (unsigned long)(i)) * PAGE_BYTES)
#define RECV(i)            caddr_slot(CHILD_BASE + (CHILD_RECV_INDEX + (i) / CAP_SLOTS_PER_PAGE) * \
					      PAGE_BYTES, (i) % CAP_SLOTS_PER_PAGE)

#define PRIO_ROOT   128   /* the root task's (kern/root_task.c) */

/* Slots of a child's capability page, as the child names them. */
#define C(n)        caddr_slot(CHILD_CAPS, (n))
#define C_SELF      0
#define C_CAPS      1
#define C_QUEUE     2   /* the queue it serves (R) */
#define C_MSG_RECV  3   /* the message it receives into */
#define C_MSG_REPLY 4   /* the message it replies with */
#define C_REPLY     5   /* where reply capabilities land */
#define C_SYSCTL    7

/* Control-page slots: the root's capabilities to the child's pieces. */
#define CTL_THREAD  1
#define CTL_SPACE   2
#define CTL_CAPS    3
#define CTL_L1      4
#define CTL_L0      5
#define CTL_STACK   6
#define CTL_RECV    (CTL_STACK + CHILD_STACK_PAGES)   /* receive capability pages */
#define CTL_DATA    (CTL_RECV + CHILD_RECV_PAGES)     /* data frames */

struct child {
	unsigned long tp;              /* offset 0: child_entry loads it */
	void (*fn)(struct child *);
	unsigned id;
	unsigned long view;            /* its capability page, in the root's space */
	unsigned long ctl;             /* its control page, in the root's space */
	volatile long err;             /* the first error it met */
	volatile unsigned long count;  /* rounds done */
};

#define VSLOT(c, n) caddr_slot((c)->view, (n))
#define CTL(c, n)   caddr_slot((c)->ctl, (n))

extern struct child children[CHILD_MAX];

/* Build child id's space and thread (priority prio), not started; NULL
 * (error printed) on failure. */
struct child *child_build(unsigned id, unsigned prio);
/* Map a new frame at the child's data page i; its capability in CTL_DATA + i. */
long child_map_data(struct child *c, unsigned i);
/* Give the child 256 empty receive slots, RECV(0..255). */
long child_add_recv_pages(struct child *c);
/* Start the thread in fn(c) (gp and tp set up), or at pc with a0 = arg. */
long child_run(struct child *c, void (*fn)(struct child *));
long child_run_at(struct child *c, unsigned long pc, unsigned long arg);
/* Yield until the child's thread is in state; 0 if it never gets there. */
int child_wait_state(struct child *c, unsigned long state);

/* Slots of capability page 1 that hostile.c uses (main.c has the rest). */
#define B_HTMP 30   /* a spare slot */
#define B_HACT 31   /* the activity of the bulk destroy */

/* Report a failed step (the run then ends without "bench: done"). */
void bench_fail(const char *what, long err);
/* One table row ("bench: ..." line), counted for the final "bench: done". */
void bench_row(const char *what, unsigned long median, unsigned long min,
	       unsigned long max, const char *cycles);
/* hostile.c: the longest stretch under a hostile workload; send(rc, n)
 * sends n capabilities to the waiting receiver rc (NULL: none). */
void bench_hostile(struct child *receiver, long (*send)(struct child *, unsigned));

/* The IPC stubs (msg_set, queue_send, reply_recv, ...) are in sys.h. */
static inline long sysctl(unsigned long method, unsigned long arg)
{
	return sys_invoke(R_SYSCTL, method, arg, 0, 0, 0, 0).err;
}

#endif
