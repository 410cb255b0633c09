/* SPDX-License-Identifier: BSD-2-Clause */
#ifndef CAP_CAPPAGE_H
#define CAP_CAPPAGE_H

/*
 * A capability page: CAP_SLOTS_PER_PAGE capability slots in one frame. It
 * sits in the address space like a data page (a leaf of a level-0 table),
 * but the MMU never maps it: user code names its slots by address and
 * cannot read or write them.
 *
 * Invariants: slots_pa is a frame charged to the owner; slot i has
 * container == this object and index == i.
 */

#include <kern/obj.h>

struct cappage {
	struct obj hdr;
	uint64_t slots_pa;
	struct cap *slots;     /* through the direct map */
};
OBJ_FITS_CELL(struct cappage);

int cappage_init(struct cappage *cp);
int cappage_teardown(struct cappage *cp);

/*
 * Frames: a RAM frame (OBJ_FRAME) owns its 4 KiB; a device frame
 * (OBJ_DEVFRAME) names 4 KiB of device registers and owns nothing.
 *
 * Its mappings are its capabilities held in page-table slots (each a
 * hardware entry, kern/pagetable.h), kept for the message exchange, which
 * rewrites every one of them (ipc/transfer.c) and would otherwise walk the
 * frame's whole tree to find them, twice an exchange.
 *
 * Invariants: nmapped is the number of the frame's capabilities held in
 * page-table slots. Unless mapped_lost, nmapped <= FRAME_MAPPINGS_KEPT and
 * mapped[0..nmapped) are exactly those slots, each once. mapped_lost is set
 * when a mapping is added past FRAME_MAPPINGS_KEPT; it is cleared only by
 * a walk that finds the mappings again (the invariant checker's rule
 * "mappings").
 */
#define FRAME_MAPPINGS_KEPT 4

struct frame {
	struct obj hdr;
	uint64_t pa;
	struct cap *mapped[FRAME_MAPPINGS_KEPT];
	uint32_t nmapped;
	bool mapped_lost;         /* more were mapped than kept: walk */
};
OBJ_FITS_CELL(struct frame);

#endif
