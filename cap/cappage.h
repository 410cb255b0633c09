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
 */
struct frame {
	struct obj hdr;
	uint64_t pa;
};
OBJ_FITS_CELL(struct frame);

#endif
