/* SPDX-License-Identifier: BSD-2-Clause */
#ifndef TEST_ROOT_SPAWN_H
#define TEST_ROOT_SPAWN_H

/*
 * Threads in address spaces of their own, built out of an activity the way
 * any task would build them: a level-2 table whose entry 0 is the root
 * task's image level-1 table (so code and data are shared: globals are
 * shared memory), a stack and a capability page under CHILD_BASE, and a
 * thread. The child's capability page is also mapped in the root task's
 * space (c->view), so the root can fill and inspect the child's slots.
 *
 * Child address space:
 *   CHILD_BASE + i pages, i < CHILD_STACK_PAGES   stack (R|W)
 *   CHILD_CAPS = CHILD_BASE + 16 pages             its capability page
 *   CHILD_BASE + CHILD_DATA_FIRST.. pages          free level-0 entries (c->l0)
 *
 * The root-side capabilities are in a control page (c->ctl) the child
 * cannot see: CTL_THREAD, CTL_SPACE (level 2), CTL_CAPS (the child's
 * capability page), CTL_L1, CTL_L0, then the stack frames.
 */

#include "child.h"
#include "helpers.h"

#define CHILD_MAX          16
#define CHILD_DATA_FIRST   32
#define CHILD_PRIO         128   /* the root task's: yield takes turns */

/* Slots of the child's capability page, as the child names them. */
#define CSLOT(n)   caddr_slot(CHILD_CAPS, (n))
#define C_SELF     0   /* its thread (SPAWN_SELF) */
#define C_CAPS     1   /* this capability page */
#define C_SPACE    2   /* its level-2 table (SPAWN_SPACE) */
#define C_FREE     8   /* first slot spawn leaves empty */

/* Control-page slots. */
#define CTL_THREAD 1
#define CTL_SPACE  2
#define CTL_CAPS   3
#define CTL_L1     4
#define CTL_L0     5
#define CTL_STACK  6
#define CTL_FREE   (CTL_STACK + CHILD_STACK_PAGES)

#define SPAWN_SELF  0x1
#define SPAWN_SPACE 0x2

struct child {
	unsigned long tp;              /* offset 0: child_entry loads it */
	void (*fn)(struct child *);
	unsigned id;
	unsigned long view;            /* the child's capability page, in the root's space */
	unsigned long ctl;             /* the control page */
	unsigned long thread, space, l0;   /* control-page slots */
	unsigned long arg[8];
	volatile long res[32];
	volatile int step;
	volatile int done;
};

#define VSLOT(c, n)  caddr_slot((c)->view, (n))
#define CTL(c, n)    caddr_slot((c)->ctl, (n))
#define CHILD_DATA_VA(i) (CHILD_BASE + (CHILD_DATA_FIRST + (unsigned long)(i)) * PAGE_BYTES)

/*
 * Build child id's space and thread out of act; not started. The struct
 * lives in shared memory (children[id]: the child reads it too). NULL, with
 * the error printed, on failure.
 */
extern struct child children[CHILD_MAX];
struct child *spawn(unsigned id, unsigned long act, unsigned flags);
/* Set the thread to run fn(c) (with gp, tp set up) and start it. */
long child_run(struct child *c, void (*fn)(struct child *));
/* Set the thread to run at pc with a0 = arg (nothing set up) and start it. */
long child_run_at(struct child *c, unsigned long pc, unsigned long arg);

/* Yield until the child is done (1) or a bound passes (0). */
int child_wait_done(struct child *c);
/* Yield until the child's thread is in state (1) or a bound passes (0). */
int child_wait_state(struct child *c, unsigned long state);
/* Yield until *flag != 0 (1) or a bound passes (0). */
int wait_flag(volatile int *flag, unsigned long max_yields);

/* Stubs for a thread's pc (a0 = the argument). */
extern const char stub_load[], stub_store[], stub_jump[], stub_amo[];
extern const char stub_illegal[], stub_ebreak[], stub_ecall_bad[], stub_ecall_bad_ebreak[];
extern const char stub_spin[];

#endif
