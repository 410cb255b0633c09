/* SPDX-License-Identifier: BSD-2-Clause */
#include <cap/cappage.h>
#include <cap/cspace.h>
#include <kern/pagetable.h>

#define VA_PAGE_SHIFT 12
#define VA_INDEX_BITS 9
#define VA_PAGE_OFFSET(va) ((va) & ((1UL << VA_PAGE_SHIFT) - 1))

static unsigned vpn(uint64_t va, int level)
{
	return (va >> (VA_PAGE_SHIFT + level * VA_INDEX_BITS)) & (PT_SLOTS - 1);
}

/* Walk levels 2 and 1; the level-0 slot for va, or an error. */
static struct lookup walk(struct pagetable *root, uint64_t va)
{
	struct pagetable *pt = root;

	if (va >= USER_ADDR_LIMIT)
		return (struct lookup){ .err = ERR_CADDR_KERNEL };
	if (!pt)
		return (struct lookup){ .err = ERR_NO_SPACE };
	for (int level = PT_LEVELS - 1; level > 0; level--) {
		struct cap *s = pt_slot(pt, vpn(va, level));
		if (cap_is_empty(s))
			return (struct lookup){ .err = ERR_NO_TABLE, .level = level };
		pt = (struct pagetable *)s->obj;
	}
	struct cap *leaf = pt_slot(pt, vpn(va, 0));
	if (cap_is_empty(leaf))
		return (struct lookup){ .err = ERR_NO_TABLE, .level = 0 };
	return (struct lookup){ .err = ERR_OK, .slot = leaf };
}

/* Inlined in both lookups, so the hinted one's miss costs no extra call. */
static inline __attribute__((always_inline)) struct lookup
resolve(struct pagetable *root, uint64_t caddr)
{
	struct lookup r;

	if (caddr >= USER_ADDR_LIMIT)
		return (struct lookup){ .err = ERR_CADDR_KERNEL };
	if (caddr % CAP_SLOT_SIZE)
		return (struct lookup){ .err = ERR_CADDR_ALIGN };
	r = walk(root, caddr);
	if (r.err)
		return r;
	if (r.slot->type != OBJ_CAPPAGE)
		return (struct lookup){ .err = ERR_NOT_CAPPAGE };
	r.slot = &((struct cappage *)r.slot->obj)->slots[VA_PAGE_OFFSET(caddr) / CAP_SLOT_SIZE];
	return r;
}

struct lookup cspace_lookup(struct pagetable *root, uint64_t caddr)
{
	return resolve(root, caddr);
}

struct cap *cspace_slot_walk(struct pagetable *root, uint64_t caddr, struct cspace_hint *hint)
{
	struct lookup r = resolve(root, caddr);

	if (r.err)
		return 0;
	hint->base = caddr - VA_PAGE_OFFSET(caddr);
	hint->slots = r.slot - VA_PAGE_OFFSET(caddr) / CAP_SLOT_SIZE;
	return r.slot;
}

struct cap *cspace_frame_at(struct pagetable *root, uint64_t va)
{
	struct lookup r = walk(root, va);

	if (r.err || (r.slot->type != OBJ_FRAME && r.slot->type != OBJ_DEVFRAME))
		return 0;
	return r.slot;
}
