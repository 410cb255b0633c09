/* SPDX-License-Identifier: BSD-2-Clause */
#ifndef LABS_PINGPONG_H
#define LABS_PINGPONG_H

/*
 * Lab 03: a ping-pong server over a queue, with register IPC (README.md).
 *
 * A call is four words: w0 = operation, w1 = argument. The reply is four
 * words: w0 = status (PP_OK or PP_EINVAL), w1 = the result. The server
 * tells its clients apart by the badge of the queue capability each one
 * calls through (badges 1..PP_MAX_CLIENTS; any other badge may only ping
 * and count).
 */

#define PP_PING 1   /* w1 = x -> w1 = x + 1 */
#define PP_ADD  2   /* w1 = x -> w1 = this client's total, x added (totals start at 0) */
#define PP_COUNT 3  /* -> w1 = calls served, this one included */

#define PP_OK     0
#define PP_EINVAL 1 /* unknown operation, or PP_ADD from a badge out of range */

#define PP_MAX_CLIENTS 8

/* Serve calls on queue (a capability with R, in the server's own space)
 * until the queue is destroyed: then the number of calls served; a
 * negative error (-ERR_*) if receiving fails otherwise. */
long pp_serve(unsigned long queue);

/* The client side, through a queue capability with W: 0 and the result,
 * else the kernel's error (ERR_*) or, from the server, -PP_EINVAL. */
long pp_ping(unsigned long queue, unsigned long x, unsigned long *y);
long pp_add(unsigned long queue, unsigned long x, unsigned long *total);
long pp_count(unsigned long queue, unsigned long *served);

#endif
