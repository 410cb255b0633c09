/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * The small services kern/arch.h promises, on RISC-V.
 */
#include <arch/riscv/cpu.h>
#include <arch/riscv/csr.h>
#include <arch/riscv/memlayout.h>
#include <arch/riscv/mmu.h>
#include <arch/riscv/sbi.h>
#include <kern/arch.h>

unsigned long arch_irq_save(void)
{
	return csr_read_clear(sstatus, SSTATUS_SIE) & SSTATUS_SIE;
}

void arch_irq_restore(unsigned long flags)
{
	if (flags & SSTATUS_SIE)
		csr_set(sstatus, SSTATUS_SIE);
}

void arch_enable_external_irq(void)
{
	csr_set(sie, SIE_SEIE);
}

void arch_irq_enable(void)
{
	csr_set(sstatus, SSTATUS_SIE);
}

void arch_early_putc(char c)
{
	sbi_call(SBI_EXT_LEGACY_PUTCHAR, 0, (unsigned char)c, 0, 0, 0);
}

int arch_early_getc(void)
{
	long c = sbi_call(SBI_EXT_LEGACY_GETCHAR, 0, 0, 0, 0, 0).error;
	return c < 0 ? -1 : (int)c;
}

/*
 * QEMU's test finisher: writing FAIL with an exit code in the top half ends
 * QEMU with that status. OpenSBI 1.1 turns every SRST shutdown into PASS
 * (it ignores the reason), so a failing run uses the device directly when
 * the device tree has one; otherwise, and on success, SRST it is.
 */
#define FINISHER_FAIL       0x3333
#define FINISHER_CODE_SHIFT 16

void arch_poweroff(bool failed)
{
	if (failed && test_finisher_va)
		*(volatile uint32_t *)test_finisher_va = FINISHER_FAIL | (1u << FINISHER_CODE_SHIFT);
	sbi_system_reset(SBI_SRST_TYPE_SHUTDOWN,
			 failed ? SBI_SRST_REASON_FAILURE : SBI_SRST_REASON_NONE);
}

void arch_wait_for_interrupt(void)
{
	__asm__ volatile("wfi");
}

uint64_t arch_instret(void)
{
	uint64_t v;
	__asm__ volatile("rdinstret %0" : "=r"(v));
	return v;
}

uint64_t arch_cycles(void)
{
	uint64_t v;
	__asm__ volatile("rdcycle %0" : "=r"(v));
	return v;
}

uint64_t arch_time(void)
{
	uint64_t v;
	__asm__ volatile("rdtime %0" : "=r"(v));
	return v;
}

unsigned long arch_hartid(void)
{
	return this_cpu()->hartid;
}


/*
 * Device registers get 2 MiB pages in the device window, handed out upwards
 * and never taken back: the kernel maps a handful of devices at boot.
 */
static uintptr_t device_next = DEVICE_BASE;

uintptr_t arch_map_device(uint64_t pa, uint64_t size)
{
	uint64_t first = pa & ~(MEGAPAGE_SIZE - 1);
	uint64_t last = (pa + size + MEGAPAGE_SIZE - 1) & ~(MEGAPAGE_SIZE - 1);
	uintptr_t va = device_next;

	if (size == 0 || pa + size < pa || last - first > DEVICE_BASE + DEVICE_SIZE - va)
		return 0;
	for (uint64_t p = first; p < last; p += MEGAPAGE_SIZE) {
		device_l1[PT_INDEX(device_next, 1)] = PTE_FROM_PA(p, PTE_R | PTE_W | PTE_KERNEL);
		device_next += MEGAPAGE_SIZE;
	}
	sfence_vma_all();
	return va + (pa - first);
}

int mmu_map_direct(uint64_t pa, uint64_t size)
{
	if (pa >= DIRECT_MAP_SIZE)
		return -1;
	if (size > DIRECT_MAP_SIZE - pa)
		size = DIRECT_MAP_SIZE - pa;
	for (uint64_t g = pa / GIGAPAGE_SIZE; g * GIGAPAGE_SIZE < pa + size; g++) {
		pte_t *e = &kernel_root[KERNEL_HALF_FIRST + g];
		if (!(*e & PTE_V))
			*e = PTE_FROM_PA(g * GIGAPAGE_SIZE, PTE_R | PTE_W | PTE_KERNEL);
	}
	sfence_vma_all();
	return 0;
}

uint64_t arch_ticks(void)
{
	return this_cpu()->ticks;
}

unsigned arch_ncpus(void)
{
	return ncpus;
}

void arch_set_cpu_local(unsigned cpu, void *p)
{
	cpus[cpu].local = p;
}
