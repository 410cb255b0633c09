/* SPDX-License-Identifier: BSD-2-Clause */
#ifndef TEST_HOST_CAP_CHECK_H
#define TEST_HOST_CAP_CHECK_H

/*
 * Fail fast: the first broken expectation prints where it was, what it
 * was, and the context (test name, seed, step) the test set, then exits.
 * A damaged tree makes every later check meaningless, so there is no point
 * in carrying on.
 */

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

static char check_context[256] = "(no context)";

#define CONTEXT(...) snprintf(check_context, sizeof(check_context), __VA_ARGS__)

#define CHECK(cond, ...)                                                      \
	do {                                                                  \
		if (!(cond)) {                                                \
			printf("FAIL %s:%d: %s\n  in %s\n  ", __FILE__,       \
			       __LINE__, #cond, check_context);               \
			printf(__VA_ARGS__);                                  \
			printf("\n");                                         \
			fflush(stdout);                                       \
			exit(1);                                              \
		}                                                             \
	} while (0)

/* xorshift64*: the same sequence on every host, unlike rand(). */
static uint64_t rng_state;

static inline uint64_t rng(void)
{
	rng_state ^= rng_state >> 12;
	rng_state ^= rng_state << 25;
	rng_state ^= rng_state >> 27;
	return rng_state * 0x2545f4914f6cdd1dUL;
}

static inline unsigned rng_below(unsigned n)
{
	return (unsigned)(rng() % n);
}

#endif
