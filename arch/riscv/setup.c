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
	c->hart_mask = hartid <= BOARD_MAX_HARTID ? 1UL << hartid : 0;
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
	/* The other harts' fences and IPIs could not name this one (the
	 * board left out the other harts with such ids). */
	if (hartid > BOARD_MAX_HARTID)
		panic("boot hart %lu: ids above %u are not supported", hartid,
		      BOARD_MAX_HARTID);
	number_cpus(hartid);
	arch_asid_init();
	timer_setup(board.timebase_hz);

	kres[0] = (struct board_range){ load_pa, kernel_image_end_pa - load_pa };
	kres[1] = (struct board_range){ dtb_pa, board.dtb_size };
	kern_main(&board, kres, 2);
}

/*
 * How long the boot hart waits for the other harts to report in, all of
 * them together: a real hart arrives in microseconds, but under QEMU on a
 * loaded host a vCPU thread can wait for a host core far longer (stop 17's
 * CI lost a hart with one second). A hart later than this is left out for
 * good (enum cpu_boot_state). The command line may set it, in ms.
 */
#define HART_WAIT_MS_DEFAULT 10000
#define HART_WAIT_OPTION     "hart_wait_ms"

static bool cpu_boot_move(struct cpu *c, int from, int to)
{
	return __atomic_compare_exchange_n(&c->boot_state, &from, to, false,
					   __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE);
}

static int cpu_boot_state(struct cpu *c)
{
	return __atomic_load_n(&c->boot_state, __ATOMIC_ACQUIRE);
}

/* A started hart not yet online, and not given up on. */
static bool cpu_boot_pending(struct cpu *c)
{
	int state = cpu_boot_state(c);

	return state == CPU_BOOT_STARTING || (state == CPU_BOOT_ARRIVED && !c->online);
}

static void start_secondary(struct cpu *c)
{
	unsigned long entry_pa = kernel_load_pa +
				 ((uintptr_t)secondary_entry - (uintptr_t)_start_image);
	long err;

	cpu_boot_move(c, CPU_BOOT_OFF, CPU_BOOT_STARTING);
	err = sbi_hart_start(c->hartid, entry_pa, (unsigned long)c);
	if (err) {
		/* No hart runs: nobody else moves the state. */
		cpu_boot_move(c, CPU_BOOT_STARTING, CPU_BOOT_OFF);
		kprintf("hart %lu: SBI hart_start failed (%ld)\n", c->hartid, err);
	}
}

/*
 * Start every other usable hart through SBI HSM, then wait for them all to
 * report in, bounded: a hart that never arrives is reported and left out,
 * not waited for. The wait sleeps between ticks, so that under QEMU the
 * host core goes to the vCPUs coming up rather than to this loop.
 */
unsigned arch_start_secondaries(void)
{
	bool bad = false;
	unsigned long wait_ms = board_cmdline_number(&board, HART_WAIT_OPTION,
						     HART_WAIT_MS_DEFAULT, &bad);
	uint64_t per_ms = board.timebase_hz / 1000 ? board.timebase_hz / 1000 : 1;
	uint64_t now, deadline;
	unsigned online = 1;
	bool pending;

	if (bad)
		kprintf("%s: not a number of ms; waiting %u\n", HART_WAIT_OPTION,
			HART_WAIT_MS_DEFAULT);
	cpus[0].online = 1;
	for (unsigned i = 1; i < ncpus; i++)
		start_secondary(&cpus[i]);
	now = arch_time();
	deadline = wait_ms > (UINT64_MAX - now) / per_ms ? UINT64_MAX : now + wait_ms * per_ms;
	do {
		pending = false;
		for (unsigned i = 1; i < ncpus; i++)
			pending |= cpu_boot_pending(&cpus[i]);
		if (pending && arch_time() < deadline)
			arch_wait_for_interrupt();
	} while (pending && arch_time() < deadline);

	for (unsigned i = 1; i < ncpus; i++) {
		struct cpu *c = &cpus[i];

		if (cpu_boot_move(c, CPU_BOOT_STARTING, CPU_BOOT_LEFT_OUT)) {
			/* SBI's view says where it stuck: still start pending
			 * (firmware never let it go) or started (slow here). */
			kprintf("hart %lu: started but did not report in within %lu ms "
				"(SBI HSM status %ld); left out\n",
				c->hartid, wait_ms, sbi_hart_status(c->hartid));
			continue;
		}
		/* Arrived: it is in the kernel's own few steps to online. */
		while (cpu_boot_state(c) == CPU_BOOT_ARRIVED && !c->online)
			;
		if (c->online)
			online++;
	}
	timer_report();
	return online;
}

void secondary_main(struct cpu *c)
{
	if (!cpu_boot_move(c, CPU_BOOT_STARTING, CPU_BOOT_ARRIVED)) {
		/* Left out: the kernel runs without this hart. head.S parks it
		 * if SBI will not stop it. */
		sbi_hart_stop();
		return;
	}
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
