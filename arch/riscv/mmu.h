/* SPDX-License-Identifier: BSD-2-Clause */
#ifndef ARCH_RISCV_MMU_H
#define ARCH_RISCV_MMU_H

#include <stdint.h>
#include <arch/riscv/pte.h>

typedef uint64_t pte_t;

/* Built by boot.c; the upper half of every address space. */
extern pte_t kernel_root[PT_ENTRIES];
extern pte_t device_l1[PT_ENTRIES];
extern uint64_t boot_satp;

uint64_t boot_map_kernel(uint64_t load_pa, uint64_t dtb_pa);

/* Physical address range the image occupies (rounded up to 2 MiB). */
extern uint64_t kernel_load_pa, kernel_image_end_pa;
/* QEMU's test finisher, mapped if the device tree has one (else 0). */
extern uintptr_t test_finisher_va;

/* Add the direct map of [pa, pa + size) in gigapages; 0 or -1 if beyond the map. */
int mmu_map_direct(uint64_t pa, uint64_t size);

/* Find how many ASID bits satp has (0 if none). */
void arch_asid_init(void);
unsigned arch_asid_count(void);

#endif
