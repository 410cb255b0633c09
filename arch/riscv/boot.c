/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * The boot page table, built with the MMU off.
 *
 * This file runs at the physical load address, before any virtual mapping
 * exists. It is compiled PC-relative (medany, no relaxation, no jump tables):
 * it may take the address of a symbol (that yields its physical address now)
 * but must never load an absolute pointer from data.
 */
#include <stdint.h>
#include <arch/riscv/csr.h>
#include <arch/riscv/memlayout.h>
#include <arch/riscv/pte.h>
#include <arch/riscv/sbi.h>
#include <arch/riscv/mmu.h>

extern char _start_image[], _text_start[], _text_end[], _rodata_start[],
	_rodata_end[], _end[];

/* The kernel's page tables. kernel_root is the root of every address space's
 * upper half; the others hang off it. */
pte_t kernel_root[PT_ENTRIES] __attribute__((aligned(PAGE_SIZE)));
static pte_t image_l1[PT_ENTRIES] __attribute__((aligned(PAGE_SIZE)));
static pte_t image_l0[KERNEL_MAX_SIZE / MEGAPAGE_SIZE][PT_ENTRIES]
	__attribute__((aligned(PAGE_SIZE)));
/* The direct-map gigabyte holding the image is split into 2 MiB pages so the
 * image's own pages can be mapped read-only there: no writable alias of text. */
static pte_t direct_image_l1[PT_ENTRIES] __attribute__((aligned(PAGE_SIZE)));
pte_t device_l1[PT_ENTRIES] __attribute__((aligned(PAGE_SIZE)));

static void boot_fail(const char *why)
{
	while (*why)
		sbi_call(SBI_EXT_LEGACY_PUTCHAR, 0, (unsigned char)*why++, 0, 0, 0);
	sbi_system_reset(SBI_SRST_TYPE_SHUTDOWN, SBI_SRST_REASON_FAILURE);
}

static pte_t table_pte(pte_t *table)
{
	return PTE_FROM_PA((uintptr_t)table, PTE_V);   /* physical: MMU is off */
}

/* Rights of the image page at offset off from the start of the image. */
static pte_t image_rights(uintptr_t off)
{
	uintptr_t text = (uintptr_t)_text_start - (uintptr_t)_start_image;
	uintptr_t text_end = (uintptr_t)_text_end - (uintptr_t)_start_image;
	uintptr_t ro_end = (uintptr_t)_rodata_end - (uintptr_t)_start_image;

	if (off >= text && off < text_end)
		return PTE_R | PTE_X;
	if (off < ro_end)
		return PTE_R;
	return PTE_R | PTE_W;
}

uint64_t boot_map_kernel(uint64_t load_pa, uint64_t dtb_pa)
{
	uint64_t size = (uintptr_t)_end - (uintptr_t)_start_image;
	uint64_t image_end = load_pa + ((size + KERNEL_ALIGN - 1) & ~(KERNEL_ALIGN - 1));
	uint64_t gig = load_pa / GIGAPAGE_SIZE;
	uint64_t dtb_gig = dtb_pa / GIGAPAGE_SIZE;

	if (load_pa % KERNEL_ALIGN)
		boot_fail("boot: kernel not loaded at a 2 MiB-aligned address\n");
	if (image_end > DIRECT_MAP_SIZE || dtb_pa >= DIRECT_MAP_SIZE)
		boot_fail("boot: kernel or device tree above the direct map\n");

	/* The image at KERNEL_BASE, page by page. */
	for (uint64_t off = 0; off < size; off += PAGE_SIZE) {
		uint64_t n = off / PAGE_SIZE;
		image_l0[n / PT_ENTRIES][n % PT_ENTRIES] =
			PTE_FROM_PA(load_pa + off, image_rights(off) | PTE_KERNEL);
	}
	for (uint64_t i = 0; i < KERNEL_MAX_SIZE / MEGAPAGE_SIZE; i++)
		image_l1[i] = table_pte(image_l0[i]);
	kernel_root[PT_INDEX(KERNEL_BASE, 2)] = table_pte(image_l1);

	/* The direct map of the image's gigabyte, image read-only. */
	for (uint64_t i = 0; i < PT_ENTRIES; i++) {
		uint64_t pa = gig * GIGAPAGE_SIZE + i * MEGAPAGE_SIZE;
		pte_t rights = (pa >= load_pa && pa < image_end) ? PTE_R : PTE_R | PTE_W;
		direct_image_l1[i] = PTE_FROM_PA(pa, rights | PTE_KERNEL);
	}
	kernel_root[KERNEL_HALF_FIRST + gig] = table_pte(direct_image_l1);

	/* The device tree's gigabyte, if it is another one. arch_boot_main maps
	 * the rest of RAM once it has read the tree. */
	if (dtb_gig != gig)
		kernel_root[KERNEL_HALF_FIRST + dtb_gig] =
			PTE_FROM_PA(dtb_gig * GIGAPAGE_SIZE, PTE_R | PTE_W | PTE_KERNEL);

	kernel_root[PT_INDEX(DEVICE_BASE, 2)] = table_pte(device_l1);

	return SATP_MODE_SV39 | ((uintptr_t)kernel_root >> PAGE_SHIFT);
}
