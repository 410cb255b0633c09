/* SPDX-License-Identifier: BSD-2-Clause */
#ifndef ULIB_CHILD_H
#define ULIB_CHILD_H

/*
 * Threads a root task starts in address spaces of its own (the test
 * suite's test/root/spawn.c, the benchmarks' user/bench/space.c): where
 * their pieces sit in the child's space, and the entry they start at.
 * Each program adds its own slots, data pages and struct child.
 */

#include <kern/abi.h>

#define CHILD_VPN2         3     /* the child's root-table entry for all of it */
#define CHILD_BASE         (CHILD_VPN2 * (1UL << 30))
#define CHILD_STACK_PAGES  4
#define CHILD_STACK_TOP    (CHILD_BASE + CHILD_STACK_PAGES * PAGE_BYTES)
#define CHILD_CAPS_INDEX   16    /* the child's capability page */
#define CHILD_CAPS         (CHILD_BASE + CHILD_CAPS_INDEX * PAGE_BYTES)
#define CHILD_TLS_AREA     256   /* bytes of thread-local storage per child */

/*
 * Where a child starts (user/lib/child_entry.c), with a0 = the program's
 * block for it, whose first word is the child's thread pointer: it sets gp
 * and tp, then calls child_main(a0), which the program defines and which
 * does not return.
 */
extern const char child_entry[];

#endif
