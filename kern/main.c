/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * The generic kernel's boot sequence: banner, physical memory, the tick, the
 * other harts, then the first work (the root task, or the self-tests).
 */
#include <kern/arch.h>
#include <kern/console.h>
#include <kern/dev/plic.h>
#include <kern/bkl.h>
#include <kern/main.h>
#include <kern/sched.h>
#include <kern/thread.h>
#include <kern/work.h>
#include <kern/panic.h>
#include <kern/pmem.h>
#include <kern/printf.h>

#define MIB(x) ((unsigned long)((x) >> 20))

static void print_banner(const struct board *b, uint64_t boot_instret)
{
	kprintf("\nkernel: booting on %s, hart %lu, %lu instructions since reset\n",
		b->model[0] ? b->model : "an unnamed board", arch_hartid(),
		(unsigned long)boot_instret);
	for (unsigned i = 0; i < b->nmem; i++)
		kprintf("memory: %#012lx-%#012lx (%lu MiB)\n", (unsigned long)b->mem[i].base,
			(unsigned long)(b->mem[i].base + b->mem[i].size), MIB(b->mem[i].size));
	for (unsigned i = 0; i < b->nresv; i++)
		kprintf("reserved: %#012lx-%#012lx\n", (unsigned long)b->resv[i].base,
			(unsigned long)(b->resv[i].base + b->resv[i].size));
	kprintf("console: %s\n", console_name());
	kprintf("harts: %u usable in S-mode (", b->nharts);
	for (unsigned i = 0; i < b->nharts; i++)
		kprintf("%s%u", i ? " " : "", b->harts[i].hartid);
	kprintf("), %u without MMU or disabled; timebase %lu Hz\n", b->harts_skipped,
		(unsigned long)b->timebase_hz);
}

static void memory_init(const struct board *b, const struct board_range *kres, unsigned nkres)
{
	struct board_range resv[BOARD_MAX_RESV + 4];
	struct board_range free[PMEM_MAX_RANGES];
	unsigned nresv = 0, nfree;
	bool dropped;

	for (unsigned i = 0; i < b->nresv; i++)
		resv[nresv++] = b->resv[i];
	for (unsigned i = 0; i < nkres && nresv < BOARD_MAX_RESV + 4; i++)
		resv[nresv++] = kres[i];
	nfree = pmem_carve(b->mem, b->nmem, resv, nresv, free, PMEM_MAX_RANGES, &dropped);
	if (dropped)
		kprintf("memory: map too fragmented, some RAM left unused\n");
	pmem_init(free, nfree);
	kprintf("memory: %lu MiB free in %u ranges (%lu frames), kernel %lu KiB, "
		"allocator %lu KiB\n",
		(unsigned long)(pmem_free_frames() * PMEM_FRAME_SIZE >> 20), nfree,
		(unsigned long)pmem_free_frames(), (unsigned long)(kres[0].size >> 10),
		(unsigned long)(pmem_meta_frames() * PMEM_FRAME_SIZE >> 10));
	if (nfree == 0)
		panic("no free memory");
}

/* Device interrupts go to the boot hart, the one that runs threads. */
static void interrupts_init(const struct board *b)
{
	uint32_t ctx = BOARD_NO_CONTEXT;
	uintptr_t va;

	for (unsigned i = 0; i < b->nharts; i++)
		if (b->harts[i].hartid == arch_hartid())
			ctx = b->harts[i].plic_s_context;
	if (!b->plic.present || ctx == BOARD_NO_CONTEXT) {
		kprintf("interrupts: no PLIC context for this hart; device interrupts off\n");
		return;
	}
	va = arch_map_device(b->plic.base, b->plic.size);
	if (!va) {
		kprintf("interrupts: cannot map the PLIC\n");
		return;
	}
	plic_init(va, b->plic.ndev, ctx);
	arch_enable_external_irq();
	kprintf("interrupts: PLIC at %#lx, %u sources, context %u\n",
		(unsigned long)b->plic.base, b->plic.ndev, ctx);
}

void kern_main(const struct board *b, const struct board_range *kres, unsigned nkres)
{
	uint64_t boot_instret = arch_instret();
	unsigned online;

	print_banner(b, boot_instret);
	sched_init();
	work_init();
	memory_init(b, kres, nkres);
	interrupts_init(b);
	arch_start_timer();
	arch_irq_enable();
	online = arch_start_secondaries();
	kprintf("harts: %u of %u online\n", online, arch_ncpus());
	kern_first_work(b);
	for (;;)
		arch_wait_for_interrupt();
}

void kern_secondary_main(void)
{
	arch_irq_save();
	bkl_lock();
	sched_exit();
}
