/* SPDX-License-Identifier: BSD-2-Clause */
#ifndef USER_LIB_CONSOLE_PROTO_H
#define USER_LIB_CONSOLE_PROTO_H

/*
 * The console server's protocol (user/console/), over register IPC: a
 * request is one SYS_CALL on the console queue with four words, the reply
 * four words. Word 0 of a request is the operation in its low byte and a
 * byte count in bits 8..15; word 0 of a reply is a CONS_* status in its low
 * byte and a byte count in bits 8..15. Bytes travel packed little endian in
 * words 1..3 (CONS_DATA_MAX of them): byte i is bits 8*(i%8).. of word
 * 1 + i/8.
 *
 *   CONS_PUTC   w1 = the character                -> CONS_OK
 *   CONS_WRITE  count bytes in w1..w3             -> CONS_OK, count written
 *   CONS_READ   -                                 -> CONS_OK with count bytes
 *               of the oldest finished line (the last chunk of a line ends
 *               with its '\n'), or CONS_AGAIN if no line is finished yet:
 *               the client waits a little (SYS_SLEEP) and asks again
 *
 * The server writes '\n' as CR LF. Typed input is echoed as it arrives and
 * edited in place (backspace, DEL) until Enter finishes the line.
 *
 * The badge of the queue capability a call came through tells the server
 * who is calling; CONS_BADGE_IRQ is the UART interrupt's, and clients get
 * badges from CONS_BADGE_CLIENT up.
 */

#include "progabi.h"

#define CONS_PUTC           1
#define CONS_WRITE          2
#define CONS_READ           3

#define CONS_OK             0
#define CONS_AGAIN          1   /* no finished line yet */
#define CONS_BAD_OP         2
#define CONS_BAD_LEN        3

#define CONS_DATA_MAX       24  /* bytes in words 1..3 */
#define CONS_OP(w0)         ((w0) & 0xff)
#define CONS_COUNT(w0)      (((w0) >> 8) & 0xff)
#define CONS_WORD0(op, n)   ((unsigned long)(op) | (unsigned long)(n) << 8)

#define CONS_BADGE_IRQ      1
#define CONS_BADGE_CLIENT   0x10

/*
 * What the console server is given (progabi.h's PROG_SLOT_ARG_FIRST..):
 * the queue it serves (R), the UART's IRQ object (W, for IRQ_ACK; the
 * parent binds it to the queue with badge CONS_BADGE_IRQ), the device
 * frames (also mapped at PROG_DEV_VA).
 */
#define CONS_SLOT_QUEUE     (PROG_SLOT_ARG_FIRST + 0)
#define CONS_SLOT_IRQ       (PROG_SLOT_ARG_FIRST + 1)
#define CONS_SLOT_DEV_FIRST (PROG_SLOT_ARG_FIRST + 2)

/* prog_info.arg[] of the console server: the UART, as the parent knows it. */
#define CONS_ARG_KIND       0   /* CONS_UART_* */
#define CONS_ARG_REG_SHIFT  1   /* ns16550: register n at base + (n << reg_shift) */
#define CONS_ARG_IO_WIDTH   2   /* ns16550: 1 or 4 bytes */
#define CONS_ARG_OFFSET     3   /* the registers' offset in the first frame */
#define CONS_ARG_FRAMES     4   /* device frames mapped from PROG_DEV_VA */
#define CONS_ARG_IRQ        5   /* its interrupt source */

#define CONS_UART_NS16550   1
#define CONS_UART_SIFIVE    2

#endif
