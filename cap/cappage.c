/* SPDX-License-Identifier: BSD-2-Clause */
/* Capability pages and frames: their storage. */
#include <cap/cappage.h>
#include <cap/ops.h>
#include <kern/activity.h>
#include <kern/arch.h>
#include <kern/kerr.h>

int cappage_init(struct cappage *cp)
{
	int err = activity_alloc_frame(cp->hdr.owner, &cp->slots_pa);

	if (err)
		return err;
	cp->slots = (struct cap *)arch_phys_to_virt(cp->slots_pa);
	for (unsigned i = 0; i < CAP_SLOTS_PER_PAGE; i++) {
		cp->slots[i].container = &cp->hdr;
		cp->slots[i].index = i;
	}
	return ERR_OK;
}

int cappage_teardown(struct cappage *cp)
{
	for (unsigned i = 0; i < CAP_SLOTS_PER_PAGE; i++) {
		if (cap_is_empty(&cp->slots[i]))
			continue;
		if (cap_delete_preemptible(&cp->slots[i]) == KERR_PREEMPTED)
			return KERR_PREEMPTED;
		if (i % 16 == 15 && cap_should_preempt())
			return KERR_PREEMPTED;
	}
	activity_free_frame(cp->hdr.owner, cp->slots_pa);
	cp->slots_pa = 0;
	cp->slots = 0;
	return ERR_OK;
}
