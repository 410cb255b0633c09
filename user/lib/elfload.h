/* SPDX-License-Identifier: BSD-2-Clause */
#ifndef USER_LIB_ELFLOAD_H
#define USER_LIB_ELFLOAD_H

/*
 * Start a program from an ELF file in memory (a boot module) in an address
 * space of its own, laid out as progabi.h says.
 *
 * Every object of the new program comes out of a sub-activity made for it
 * (quota given), so one ACTIVITY_DESTROY of that frees it all. The loader
 * keeps its capabilities to the program (thread, space, tables, ...) in a
 * control page of its own that the program never sees.
 *
 * The loading program lends two entries of one of its level-0 tables: one
 * for the control page, one through which frames are filled (a frame is
 * mapped there while its bytes are copied in, then moved to the new space).
 * Calls return ERR_* (kern/abi.h); a malformed ELF is ERR_BAD_ARG and
 * allocates nothing.
 */

#include <stddef.h>
#include <stdint.h>
#include "progabi.h"

struct loader {
	unsigned long act;        /* pays for the new program (W) */
	unsigned long l0;         /* a level-0 table of the loader's own space (W) */
	unsigned long l0_va;      /* the address its entry 0 maps */
	unsigned ctl_index;       /* empty entry of l0: the control page */
	unsigned scratch_index;   /* empty entry of l0: frames are filled through it */
	unsigned long tmp_slot;   /* an empty capability slot of the loader's own */
};

#define PROG_MAX_TABLES 48

struct prog {
	struct loader ld;
	unsigned long ctl;        /* the control page, in the loader's space */
	unsigned long entry;
	unsigned ntables;
	uint64_t table_key[PROG_MAX_TABLES];   /* which level-1/level-0 table is where */
};

/*
 * Check the ELF, build the space, load the image, give the program its
 * stack, capability page and thread (PROG_SLOT_THREAD..CAPPAGE filled).
 * Not started. On failure everything made is destroyed again.
 */
long prog_load(struct prog *p, const struct loader *ld, const void *elf, size_t size,
	       unsigned long quota);

/* Put a copy of src (badge != 0: a minted copy) in the program's slot n. */
long prog_grant(struct prog *p, unsigned long src, unsigned n, unsigned long rights,
		unsigned long badge);

/* Map src (a frame or device frame of the loader's) at va in the program. */
long prog_map(struct prog *p, unsigned long va, unsigned long src, unsigned long rights);

/* Write info at PROG_INFO, set the registers and priority, start. */
long prog_start(struct prog *p, const struct prog_info *info, unsigned long prio);

/* Its thread's THREAD_* state (THREAD_INACTIVE once it has exited). */
long prog_state(struct prog *p, unsigned long *state);

/* Stop the program and free all it has (its control page too). */
long prog_destroy(struct prog *p);

/* Only checks: ERR_OK if prog_load would accept the file. */
long elf_check(const void *elf, size_t size, unsigned long *entry);

#endif
