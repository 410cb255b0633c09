/* SPDX-License-Identifier: BSD-2-Clause */
#ifndef USER_LIB_PROGABI_H
#define USER_LIB_PROGABI_H

/*
 * The program ABI: what a program started by another one (elfload.h) finds
 * when it begins. It mirrors what the kernel gives the root task where the
 * two overlap, so the runtime needs no switch: the capability page is at
 * ROOT_CAPPAGE and slot 1 is the thread, which is what ulib_self_thread
 * (and so exit()) already assumes.
 *
 * Address space (everything but the image lies in PROG_REGION, one 2 MiB
 * level-0 table):
 *
 *   p_vaddr of each PT_LOAD   the ELF image, below PROG_REGION, with the
 *                             segments' R/W/X rights
 *   PROG_CAPPAGE              its capability page (never load/store mapped)
 *   PROG_INFO                 struct prog_info, read-only; a0 at entry
 *   PROG_DEV_VA + i pages     device frames the parent mapped for it (R|W)
 *   PROG_STACK_TOP            sp at entry; PROG_STACK_PAGES mapped below it,
 *                             an unmapped guard page below those
 *
 * Capability page (PROG_SLOT(n) = the address of slot n):
 *
 *   0  PROG_SLOT_ACTIVITY     an activity to allocate from (empty unless given)
 *   1  PROG_SLOT_THREAD       its own thread
 *   2  PROG_SLOT_SPACE        its level-2 page table
 *   3  PROG_SLOT_CAPPAGE      this capability page
 *   4  PROG_SLOT_CONSOLE      a call (W) capability to the console server's
 *                             queue, badged for this program; empty if none
 *   5..7                      reserved
 *   8.. PROG_SLOT_ARG_FIRST   whatever the program and its parent agree on
 *                             (the console server: console_proto.h)
 *
 * Entry: pc = e_entry, sp = PROG_STACK_TOP, a0 = PROG_INFO. Every other
 * register is zero (crt0 sets gp and tp).
 */

#include <stdint.h>
#include <kern/abi.h>

#define PROG_REGION         ROOT_CAPPAGE
#define PROG_REGION_PAGES   PT_SLOTS            /* one level-0 table */
#define PROG_CAPPAGE        PROG_REGION
#define PROG_INFO           (PROG_REGION + 1 * PAGE_BYTES)
#define PROG_DEV_INDEX      16
#define PROG_DEV_MAX        32
#define PROG_DEV_VA         (PROG_REGION + PROG_DEV_INDEX * PAGE_BYTES)
#define PROG_STACK_PAGES    16
#define PROG_STACK_TOP      (PROG_REGION + PROG_REGION_PAGES * PAGE_BYTES)

#define PROG_SLOT(n)        (PROG_CAPPAGE + (unsigned long)(n) * CAP_SLOT_SIZE)
#define PROG_SLOT_ACTIVITY  0
#define PROG_SLOT_THREAD    1
#define PROG_SLOT_SPACE     2
#define PROG_SLOT_CAPPAGE   3
#define PROG_SLOT_CONSOLE   4
#define PROG_SLOT_ARG_FIRST 8

/* The runtime's defaults (ulib_self_thread) are the root task's slots. */
_Static_assert(PROG_CAPPAGE == ROOT_CAPPAGE && PROG_SLOT_THREAD == ROOT_SLOT_THREAD,
	       "a program's thread slot is where the root task's is");

#define PROG_INFO_MAGIC     0x6f666e69676f7270UL /* "proginfo" */
#define PROG_NAME_MAX       24
#define PROG_ARGS           8

struct prog_info {
	uint64_t magic;                 /* PROG_INFO_MAGIC */
	char name[PROG_NAME_MAX];       /* the boot module's name */
	uint64_t arg[PROG_ARGS];        /* program-specific words */
};

_Static_assert(sizeof(struct prog_info) <= PAGE_BYTES, "prog_info fits its page");

#endif
