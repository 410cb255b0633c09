/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * Names and numbers of the C code the model shares (docs/model.md). Each
 * #define below is the C name with the C value; test/model/check-names
 * fails if one of them differs from its C header, or if a C name of a
 * family the model covers is missing here.
 */

/* kern/abi.h: message states */
#define MSG_IDLE        0
#define MSG_SENDING     1
#define MSG_RECEIVING   2
#define MSG_TRANSFER    3

/* kern/abi.h: thread states (THREAD_FAULTED left out: no faults here) */
#define THREAD_INACTIVE 0
#define THREAD_RUNNABLE 1
#define THREAD_BLOCKED  2

/* kern/thread.h: what a BLOCKED thread waits for (the register-IPC and
 * sleep kinds are left out: they never wait on a message transfer) */
#define WAIT_NONE       0
#define WAIT_MESSAGE    1
#define WAIT_DESTROY    6

/* kern/work.h */
#define WORK_TRANSFER   1
#define WORK_DESTROY    2

/* kern/abi.h: the error codes the protocol hands out */
#define ERR_OK          0
#define ERR_BAD_ARG     3
#define ERR_SLOT_EMPTY  9
#define ERR_SLOT_FULL   12
#define ERR_IN_USE      15
#define ERR_DEAD        18
#define ERR_CANCELED    19

/* kern/kerr.h: results that stay in the kernel, as (unsigned) bytes */
#define KERR_PREEMPTED  255   /* C: -1 */
#define KERR_BLOCKED    254   /* C: -2 */

/* ---- the model's bound (test/model/run --large raises it) ---- */
#ifndef NCAPS
#define NCAPS 2               /* capabilities each send carries */
#endif
#ifndef NDESTROY
#define NDESTROY 1            /* destructions the Destroyer does */
#endif
#ifndef NMEDDLE
#define NMEDDLE 2             /* calls the Meddler makes */
#endif

/* ---- object names: one id space, like cells ---- */
#define NONE    255
/* messages (frame i is message i's payload frame) */
#define M_S     0   /* the Sender's message (QUEUE_SEND, IPC_BLOCK) */
#define M_C     1   /* the Caller's message (QUEUE_CALL) */
#define M_CR    2   /* the Caller's reply message */
#define M_R     3   /* the Server's receiving message (activates T_ACT) */
#define M_P     4   /* the Server's reply message (REPLY_SEND, REPLY_RECV) */
#define NMSG    5
#define Q       5   /* the queue */
#define R       6   /* the Caller's reply object */
#define A       7   /* the Sender's activity: owns M_S and its frame */
#define AROOT   8   /* everything else's; never destroyed */
#define F0      9   /* frames F0 + m */
#define T0      14  /* threads T0 + k */
#define T_SND   0
#define T_CLL   1
#define T_SRV   2
#define T_ACT   3   /* named by M_R: activated on delivery; runs nothing */
#define T_DST   4   /* the Destroyer's */
#define NTHR    5
#define Q2      19  /* a second queue, only the Meddler's */
#define NOBJ    20

/* address spaces (users): whose capability addresses a page holds */
#define U_S     0
#define U_C     1
#define U_V     2
#define ZERO    255  /* a cleared page */
