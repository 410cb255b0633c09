/* SPDX-License-Identifier: BSD-2-Clause */
#include <cap/cappage.h>
#include <cap/cspace.h>
#include <kern/pagetable.h>

#define VA_PAGE_OFFSET(va) ((va) % PAGE_BYTES)

struct lookup cspace_lookup(struct pagetable *root, uint64_t caddr)
{
	return cspace_resolve(root, caddr);
}

struct cap *cspace_slot_walk(struct pagetable *root, uint64_t caddr, struct cspace_hint *hint)
{
	struct lookup r = cspace_resolve(root, caddr);

	if (r.err)
		return 0;
	hint->base = caddr - VA_PAGE_OFFSET(caddr);
	hint->slots = r.slot - VA_PAGE_OFFSET(caddr) / CAP_SLOT_SIZE;
	return r.slot;
}

struct cap *cspace_frame_at(struct pagetable *root, uint64_t va)
{
	struct lookup r = cspace_walk(root, va);

	if (r.err || (r.slot->type != OBJ_FRAME && r.slot->type != OBJ_DEVFRAME))
		return 0;
	return r.slot;
}
