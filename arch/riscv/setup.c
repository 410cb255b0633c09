/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * From the first C call at the high address to generic kern_main(), and the
 * bring-up of the other harts. head.S has already switched to Sv39 with the
 * image, its direct-map gigabyte and the device tree's gigabyte mapped.
 */
#include <arch/riscv/cpu.h>
#include <arch/riscv/csr.h>
#include <arch/riscv/mmu.h>
#include <arch/riscv/sbi.h>
#include <arch/riscv/timer.h>
#include <kern/arch.h>
#include <kern/board.h>
#include <kern/console.h>
#include <kern/fdt.h>
#include <kern/main.h>
#include <kern/panic.h>
#include <kern/printf.h>

struct cpu cpus[MAX_CPUS];
unsigned ncpus;
uint64_t kernel_load_pa, kernel_image_end_pa;
uintptr_t test_finisher_va;

extern char kstacks[], _end[], _start_image[];
extern char secondary_entry[];

static struct board board;

const struct board_hart *board_hart_of(unsigned long hartid)
{
	for (unsigned i = 0; i < board.nharts; i++)
		if (board.harts[i].hartid == hartid)
			return &board.harts[i];
	return 0;
}

static void cpu_setup(struct cpu *c, unsigned index, unsigned long hartid)
{
	const struct board_hart *h = board_hart_of(hartid);

	c->index = index;
	c->hartid = hartid;
	c->kstack_top = (uintptr_t)kstacks + (index + 1) * KSTACK_SIZE;
	/* Only whether to try stimecmp: timer_init_hart() probes it. */
	c->isa_sstc = h && h->has_sstc;
}

/* Number the harts: the boot hart is cpu 0, the others follow in device-tree
 * order. The hart id -> index map lives in cpus[].hartid. */
static void number_cpus(unsigned long boot_hartid)
{
	unsigned n = 1;

	cpu_setup(&cpus[0], 0, boot_hartid);
	for (unsigned i = 0; i < board.nharts && n < MAX_CPUS; i++)
		if (board.harts[i].hartid != boot_hartid) {
			cpu_setup(&cpus[n], n, board.harts[i].hartid);
			n++;
		}
	ncpus = n;
}

void arch_boot_main(unsigned long hartid, uint64_t dtb_pa, uint64_t load_pa)
{
	uint64_t image_size = (uintptr_t)_end - (uintptr_t)_start_image;
	/* The tree is mapped to the end of its gigabyte, no further. */
	uint64_t dtb_room = GIGAPAGE_SIZE - dtb_pa % GIGAPAGE_SIZE;
	struct board_range kres[2];
	int err;

	cpu_setup(&cpus[0], 0, hartid);
	trap_init_hart();
	kernel_load_pa = load_pa;
	kernel_image_end_pa = load_pa + ((image_size + KERNEL_ALIGN - 1) & ~(KERNEL_ALIGN - 1));

	err = board_from_fdt(&board, (const void *)arch_phys_to_virt(dtb_pa), dtb_room);
	if (err)
		panic("device tree at %#lx unusable: %s", (unsigned long)dtb_pa,
		      fdt_strerror(err));
	for (unsigned i = 0; i < board.nmem; i++)
		if (mmu_map_direct(board.mem[i].base, board.mem[i].size))
			kprintf("warning: RAM at %#lx is above the direct map; not used\n",
				(unsigned long)board.mem[i].base);

	if (board.console.kind != CONSOLE_NONE) {
		uintptr_t va = arch_map_device(board.console.base, board.console.size);
		if (!va || console_init(&board.console, va))
			kprintf("console %s: no usable driver, staying on SBI\n",
				board.console.path);
	}

	if (board.test_finisher.size)
		test_finisher_va = arch_map_device(board.test_finisher.base, board.test_finisher.size);
	number_cpus(hartid);
	arch_asid_init();
	timer_setup(board.timebase_hz);

	kres[0] = (struct board_range){ load_pa, kernel_image_end_pa - load_pa };
	kres[1] = (struct board_range){ dtb_pa, board.dtb_size };
	kern_main(&board, kres, 2);
}

/* Start every other usable hart through SBI HSM and wait for each to report
 * in (bounded: a hart that never arrives is reported, not waited for). */
unsigned arch_start_secondaries(void)
{
	unsigned online = 1;

	cpus[0].online = 1;
	for (unsigned i = 1; i < ncpus; i++) {
		struct cpu *c = &cpus[i];
		long err = sbi_hart_start(c->hartid,
					  kernel_load_pa + ((uintptr_t)secondary_entry -
							    (uintptr_t)_start_image),
					  (unsigned long)c);
		if (err) {
			kprintf("hart %lu: SBI hart_start failed (%ld)\n", c->hartid, err);
			continue;
		}
		uint64_t deadline = arch_time() + board.timebase_hz; /* one second */
		while (!c->online && arch_time() < deadline)
			;
		if (c->online)
			online++;
		else
			kprintf("hart %lu: started but never reported in\n", c->hartid);
	}
	timer_report();
	return online;
}

void secondary_main(struct cpu *c)
{
	trap_init_hart();
	timer_init_hart();
	kprintf("hart %lu online as cpu %u\n", c->hartid, c->index);
	__atomic_store_n(&c->online, 1, __ATOMIC_RELEASE);
	kern_secondary_main();
}

void arch_start_timer(void)
{
	timer_init_hart();
}
