/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * Lab 03: the ping-pong server and its client (README.md). The starter:
 * nothing is served and every call fails. Replace each body.
 */
#include <sys.h>
#include "pingpong.h"

long pp_serve(unsigned long queue)
{
	(void)queue;
	return -1;   /* TODO: receive, answer, reply and receive again, until the queue goes */
}

long pp_ping(unsigned long queue, unsigned long x, unsigned long *y)
{
	(void)queue, (void)x, (void)y;
	return -1;   /* TODO */
}

long pp_add(unsigned long queue, unsigned long x, unsigned long *total)
{
	(void)queue, (void)x, (void)total;
	return -1;   /* TODO */
}

long pp_count(unsigned long queue, unsigned long *served)
{
	(void)queue, (void)served;
	return -1;   /* TODO */
}
