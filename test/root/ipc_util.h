/* SPDX-License-Identifier: BSD-2-Clause */
#ifndef TEST_ROOT_IPC_UTIL_H
#define TEST_ROOT_IPC_UTIL_H

/*
 * Helpers for the IPC cases (test_ipc*.c): root-side slots and payload
 * pages for a case, message objects with their payload frames mapped where
 * both the root and the owning space can see them, extra capability pages
 * in a child's space.
 *
 * Every payload frame is mapped in the root's data region (IPC_REGION) so
 * the root can fill and inspect it; a child's payload is mapped in the
 * child's space too. A frame exchange at delivery moves every mapping of a
 * frame, so both views always show the same page.
 */

#include "spawn.h"

#define IPC_REGION     0      /* DATA_VPN2(IPC_REGION) in the root's space */
#define IPC_PAGES      64     /* payload pages the root can see */
#define IPC_CHILD_CAPS 64     /* child level-0 index of extra capability pages */

struct ipc_msg {
	unsigned long msg;         /* root slot: the message */
	unsigned long frame;       /* root slot: its payload frame */
	struct msg_header *hdr;    /* the payload, as the root sees it */
	unsigned long va;          /* the payload in the owning space (root: == hdr) */
};

static inline unsigned char *msg_data(struct msg_header *h)
{
	return (unsigned char *)h + MSG_DATA_OFFSET;
}

/* Set up a case: the slot allocator and the root's payload region. */
int ipc_begin(void);
/* A free root slot (scratch page first, then an extra page), 0 if none. */
unsigned long ipc_slot(void);
/* A new object of type from T_ACT in a fresh root slot; 0 on failure (printed). */
unsigned long ipc_new(unsigned long type, unsigned long arg);
/* A copy (rights mask) or badged mint of src in a fresh root slot; 0 on failure. */
unsigned long ipc_copy(unsigned long src, unsigned long rights);
unsigned long ipc_mint(unsigned long src, unsigned long rights, unsigned long badge);
/* A fresh frame, mapped R|W in the root's region; its view, or NULL. */
void *ipc_page(unsigned long *frame_slot);
/* frame mapped once more in the root task's IPC region: where, or NULL. */
void *ipc_alias(unsigned long frame);
/* The mapping at va (of ipc_page or ipc_alias) taken away: PT_CLEAR's error. */
long ipc_unalias(void *va);

/*
 * A message whose capability addresses resolve in space (a level-2 table
 * capability held by the root), with a fresh zeroed payload frame and
 * optionally a thread to activate. 0 or the error.
 */
long ipc_msg_make(struct ipc_msg *m, unsigned long space, unsigned long thread);
/* Hand child c the message in its slot cslot and map the payload at
 * CHILD_DATA_VA(page) in its space (m->va). */
long ipc_msg_give(struct ipc_msg *m, struct child *c, unsigned cslot, unsigned page);

/*
 * An extra capability page mapped in child c's space at level-0 index
 * IPC_CHILD_CAPS + k (the child names its slots ipc_child_caps(k, n)) and in
 * the root's at CAPPAGE_AT(CAPS0_FREE_FIRST + rootidx) (ipc_root_caps(...)).
 */
long ipc_child_cappage(struct child *c, unsigned k, unsigned rootidx);
/* An extra capability page for the root alone at CAPPAGE_AT(CAPS0_FREE_FIRST + rootidx). */
long ipc_root_cappage(unsigned rootidx);

static inline unsigned long ipc_child_caps(unsigned k, unsigned n)
{
	return caddr_slot(CHILD_BASE + (IPC_CHILD_CAPS + k) * PAGE_BYTES, n);
}

static inline unsigned long ipc_root_caps(unsigned rootidx, unsigned n)
{
	return caddr_slot(CAPPAGE_AT(CAPS0_FREE_FIRST + rootidx), n);
}

/* Set c up to run fn when started (by THREAD_START or a delivery). */
long ipc_child_prepare(struct child *c, void (*fn)(struct child *));

/* Every byte of p[0..n) zero. */
int ipc_all_zero(const void *p, unsigned long n);
/* Whether any of the n words at p equals v. */
int ipc_has_word(const void *p, unsigned long bytes, unsigned long v);

/*
 * An ecall with all of a0..a7 loaded from r[] and stored back after: what
 * every argument/result register holds once the call returns.
 */
void ipc_raw_ecall(unsigned long r[8]);

/* Yield until the message's delivery is recorded (MSG_INFO) or a bound passes. */
int ipc_wait_delivered(unsigned long msg);

#define QSLOT    8    /* child slots: the queue capability */
#define MSLOT    9    /* its message */
#define ASLOT    10   /* the activity a send charges */
#define FREE0    16   /* first slot the cases use for transfers */

struct ipc_side {
	struct child *c;
	struct ipc_msg m;
};

/*
 * Child id with a message in its slot MSLOT (payload at CHILD_DATA_VA(0)),
 * the queue capability qcap copied with rights (minted with badge if
 * non-zero) in QSLOT and T_ACT (W) in ASLOT, set to do op (ipc_child_op)
 * with flags when run.
 */
int ipc_side_make(struct ipc_side *s, unsigned id, unsigned long qcap, unsigned long rights,
		  unsigned long badge, unsigned long op, unsigned long flags);
/* The results a child recorded: a0..a3 (first == 0) or MSG_WAIT's (first == 4). */
int ipc_results_are(struct child *c, unsigned first, long err, unsigned long badge,
		    unsigned long caps, unsigned long bytes);


/*
 * A child's side of a message operation, set by its arguments:
 *   arg[0] = IPC_OP_* (| IPC_THEN_WAIT: MSG_WAIT on arg[2] afterwards)
 *   arg[1] = queue, arg[2] = message, arg[3] = activity charged,
 *   arg[4] = flags, arg[5] = reply message, arg[6] = reply (QUEUE_CALL),
 *   arg[7] = the payload's address in the child's space, or 0
 * Results: res[0..3] = a0..a3 of the operation; res[4..7] = a0..a3 of the
 * MSG_WAIT; with a payload address, res[8] = whether the whole page reads
 * zero, res[9] = cap_count, res[10] = byte_count, res[11..14] = the first
 * four data words, res[15] = the sum of all data words. As seen through the
 * child's own mapping.
 */
#define IPC_OP_SEND    1
#define IPC_OP_RECV    2
#define IPC_OP_CALL    3
#define IPC_OP_WAIT    4
#define IPC_THEN_WAIT  0x100

void ipc_child_op(struct child *c);
/* The sum of the data words of a payload (as res[15] has it). */
unsigned long ipc_data_sum(const struct msg_header *h);
/* Fill the data area with a pattern from seed; returns the sum ipc_data_sum() will see. */
unsigned long ipc_fill(struct msg_header *h, unsigned long seed, unsigned bytes);

#endif
