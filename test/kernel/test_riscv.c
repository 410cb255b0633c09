/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * Self-tests of the RISC-V boot: memory rights, the dropped identity
 * mapping, trap decoding, the other harts. Each faulting probe arms
 * trap_expect() so trap_kernel() resumes after the instruction.
 */
#include <stddef.h>
#include <arch/riscv/cpu.h>
#include <arch/riscv/csr.h>
#include <arch/riscv/mmu.h>
#include <arch/riscv/sbi.h>
#include <arch/riscv/timer.h>
#include <arch/riscv/trap.h>
#include <kern/arch.h>
#include <kern/string.h>
#include <test/kernel/selftest.h>

static bool str_eq(const char *a, const char *b)
{
	size_t n = strlen(a);

	return n == strlen(b) && memcmp(a, b, n) == 0;
}

/* 1 if the store to addr faulted with a store page fault. */
static int store_faults(uintptr_t addr)
{
	struct cpu *c = this_cpu();

	trap_expect(EXC_STORE_PAGE_FAULT);
	/* Stores back the byte that is there, so a missing fault corrupts nothing. */
	__asm__ volatile("lla t0, 1f\n"
			 "sd t0, %[off](%[cpu])\n"
			 "lb t1, 0(%[a])\n"
			 "sb t1, 0(%[a])\n"
			 "1:\n"
			 :: [cpu] "r"(c), [a] "r"(addr), [off] "i"(TRAP_EXPECT_RESUME)
			 : "t0", "t1", "memory");
	return trap_expect_done() && c->expect_seen_stval == addr;
}

static int load_faults(uintptr_t addr)
{
	struct cpu *c = this_cpu();

	trap_expect(EXC_LOAD_PAGE_FAULT);
	__asm__ volatile("lla t0, 1f\n"
			 "sd t0, %[off](%[cpu])\n"
			 "lb t1, 0(%[a])\n"
			 "1:\n"
			 :: [cpu] "r"(c), [a] "r"(addr), [off] "i"(TRAP_EXPECT_RESUME)
			 : "t0", "t1", "memory");
	return trap_expect_done() && c->expect_seen_stval == addr;
}

static const unsigned long some_rodata = 0x1234;

SELFTEST(text_and_rodata_not_writable)
{
	CHECK(store_faults((uintptr_t)&store_faults));
	CHECK(store_faults((uintptr_t)&some_rodata));
	/* ... nor through the direct map's alias of the image. */
	extern char _start_image[];
	uint64_t text_pa = kernel_load_pa + ((uintptr_t)&store_faults - (uintptr_t)_start_image);
	CHECK(store_faults(arch_phys_to_virt(text_pa)));
	return 0;
}

/* jalr x0, 0(t0): if the data page were executable, this returns to 1f. */
static uint32_t data_code[1] = { 0x00028067 };

SELFTEST(data_not_executable)
{
	struct cpu *c = this_cpu();

	trap_expect(EXC_INST_PAGE_FAULT);
	__asm__ volatile("lla t0, 1f\n"
			 "sd t0, %[off](%[cpu])\n"
			 "jalr ra, 0(%[a])\n"
			 "1:\n"
			 :: [cpu] "r"(c), [a] "r"(data_code), [off] "i"(TRAP_EXPECT_RESUME)
			 : "t0", "ra", "memory");
	CHECK(trap_expect_done());
	CHECK_EQ(c->expect_seen_stval, (uintptr_t)data_code);
	return 0;
}

SELFTEST(identity_mapping_dropped)
{
	/* The image's physical address is not a valid virtual address. */
	CHECK(load_faults((uintptr_t)kernel_load_pa));
	CHECK(kernel_root[0] == 0);
	return 0;
}

SELFTEST(direct_map_matches_image)
{
	extern char _start_image[];
	static volatile uint64_t probe = 0x5a5a1234;
	uint64_t pa = kernel_load_pa + ((uintptr_t)&probe - (uintptr_t)_start_image);

	CHECK_EQ(*(volatile uint64_t *)arch_phys_to_virt(pa), 0x5a5a1234);
	CHECK_EQ(arch_virt_to_phys(arch_phys_to_virt(pa)), pa);
	return 0;
}

SELFTEST(breakpoint_and_illegal_trap_decoded)
{
	struct cpu *c = this_cpu();

	trap_expect(EXC_BREAKPOINT);
	__asm__ volatile(".option push\n.option norvc\n"
			 "lla t0, 1f\n"
			 "sd t0, %[off](%[cpu])\n"
			 "ebreak\n"
			 "1:\n.option pop\n"
			 :: [cpu] "r"(c), [off] "i"(TRAP_EXPECT_RESUME) : "t0", "memory");
	CHECK(trap_expect_done());
	trap_expect(EXC_ILLEGAL_INST);
	__asm__ volatile("lla t0, 1f\n"
			 "sd t0, %[off](%[cpu])\n"
			 ".word 0\n"   /* all-zero is defined to be illegal */
			 "1:\n"
			 :: [cpu] "r"(c), [off] "i"(TRAP_EXPECT_RESUME) : "t0", "memory");
	CHECK(trap_expect_done());
	CHECK(str_eq(trap_cause_name(EXC_ILLEGAL_INST), "illegal instruction"));
	CHECK(str_eq(trap_cause_name(SCAUSE_IRQ_FLAG | IRQ_S_TIMER),
		     "supervisor timer interrupt"));
	CHECK(str_eq(trap_cause_name(63), "reserved cause"));
	return 0;
}

/*
 * A hart the boot hart left out (cpu_boot_state in arch/riscv/cpu.h) stopped
 * itself through SBI HSM and never came online. Left-out harts are allowed
 * only when the command line shortened the boot hart's wait (the QEMU runs
 * with hart_wait_ms=0 leave harts out on purpose); with the default wait,
 * every hart must be online.
 */
static int left_out_hart_stopped(struct cpu *c)
{
	uint64_t deadline = arch_time() + SELFTEST_WAIT_SECONDS * selftest_board->timebase_hz;
	long status;

	kprintf("    hart %lu left out, SBI HSM status %ld\n", c->hartid,
		sbi_hart_status(c->hartid));
	/* ~0 ms stands for "no option": no run waits that long. */
	CHECK(board_cmdline_number(selftest_board, "hart_wait_ms", ~0UL, NULL) != ~0UL);
	while ((status = sbi_hart_status(c->hartid)) != SBI_HSM_STOPPED &&
	       arch_time() < deadline)
		arch_wait_for_interrupt();
	CHECK_EQ(status, SBI_HSM_STOPPED);
	CHECK(!c->online);
	CHECK_EQ(c->ticks, 0);
	kprintf("    hart %lu left out and stopped\n", c->hartid);
	return 0;
}

SELFTEST(all_harts_online_and_ticking)
{
	uint64_t deadline = arch_time() + SELFTEST_WAIT_SECONDS * selftest_board->timebase_hz;

	CHECK(ncpus >= 1);
	CHECK(ncpus == selftest_board->nharts || ncpus == MAX_CPUS);
	for (unsigned i = 0; i < ncpus; i++) {
		CHECK_EQ(cpus[i].index, i);
		if (__atomic_load_n(&cpus[i].boot_state, __ATOMIC_ACQUIRE) == CPU_BOOT_LEFT_OUT) {
			if (left_out_hart_stopped(&cpus[i]))
				return 1;
			continue;
		}
		CHECK(cpus[i].online);
		while (cpus[i].ticks == 0 && arch_time() < deadline)
			arch_wait_for_interrupt();
		CHECK(cpus[i].ticks > 0);
	}
	return 0;
}

/* 1 if reading stimecmp traps (no Sstc, or not enabled); else *v holds it. */
static int stimecmp_read_traps(unsigned long *v)
{
	unsigned long x = 0;

	trap_expect(EXC_ILLEGAL_INST);
	__asm__ volatile("lla t0, 1f\n"
			 "sd t0, %[off](%[cpu])\n"
			 "csrr %[x], " CSR_STR(CSR_STIMECMP) "\n"
			 "1:\n"
			 : [x] "+r"(x)
			 : [cpu] "r"(this_cpu()), [off] "i"(TRAP_EXPECT_RESUME)
			 : "t0", "memory");
	*v = x;
	return trap_expect_done();
}

/*
 * The boot probe's answer is what this hart does: ticking through stimecmp,
 * the CSR holds its next deadline; told Sstc by the device tree but ticking
 * through SBI TIME, the CSR traps. (Whether to probe is the tree's word: no
 * hart uses stimecmp without it.)
 */
SELFTEST(tick_source_matches_probe)
{
	struct cpu *c = this_cpu();
	unsigned long flags = arch_irq_save(), cmp;
	int traps = stimecmp_read_traps(&cmp);
	uint64_t next = c->next_tick;

	arch_irq_restore(flags);
	CHECK_EQ(timer_uses_sstc(), c->tick_sstc);
	if (c->tick_sstc) {
		CHECK(!traps);
		CHECK_EQ(cmp, next);
	} else if (c->isa_sstc) {
		CHECK(traps);
	}
	for (unsigned i = 0; i < ncpus; i++)
		CHECK(!cpus[i].tick_sstc || cpus[i].isa_sstc);
	return 0;
}

SELFTEST(sbi_extensions_present)
{
	CHECK(sbi_probe_extension(SBI_EXT_TIME));
	CHECK(sbi_probe_extension(SBI_EXT_HSM));
	CHECK(sbi_probe_extension(SBI_EXT_SRST));
	CHECK(sbi_probe_extension(SBI_EXT_IPI));
	CHECK(sbi_probe_extension(SBI_EXT_RFENCE));
	return 0;
}
