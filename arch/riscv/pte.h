/* SPDX-License-Identifier: BSD-2-Clause */
#ifndef ARCH_RISCV_PTE_H
#define ARCH_RISCV_PTE_H

/*
 * Sv39 page-table entries. A 39-bit virtual address is
 *
 *   38      30 29      21 20      12 11         0
 *  | VPN[2]   | VPN[1]   | VPN[0]   | page offset |
 *
 * and bits 63..39 must equal bit 38, so the lower half is
 * 0 .. 0x3f_ffff_ffff (user) and the upper half starts at
 * 0xffff_ffc0_0000_0000 (kernel). Each level is one 4 KiB table of 512 8-byte
 * entries. An entry with none of R, W, X points to the next level; one with
 * any of them is a leaf (4 KiB, 2 MiB "megapage" at level 1, 1 GiB
 * "gigapage" at level 2). The PPN sits at bit 10.
 */

#define PTE_V  (1UL << 0)
#define PTE_R  (1UL << 1)
#define PTE_W  (1UL << 2)
#define PTE_X  (1UL << 3)
#define PTE_U  (1UL << 4)
#define PTE_G  (1UL << 5)
#define PTE_A  (1UL << 6)
#define PTE_D  (1UL << 7)

#define PTE_PPN_SHIFT 10
#define PAGE_SHIFT    12
#define PAGE_SIZE     (1UL << PAGE_SHIFT)
#define PT_ENTRIES    512
#define PT_INDEX_BITS 9
#define MEGAPAGE_SIZE (1UL << 21)
#define GIGAPAGE_SIZE (1UL << 30)

/* Kernel mappings are global and pre-set A/D: hardware that does not set them
 * itself would otherwise fault on first use. */
#define PTE_KERNEL (PTE_V | PTE_G | PTE_A | PTE_D)

#define PTE_FROM_PA(pa, flags) ((((pa) >> PAGE_SHIFT) << PTE_PPN_SHIFT) | (flags))
#define PTE_TO_PA(pte)         (((pte) >> PTE_PPN_SHIFT) << PAGE_SHIFT)
#define PTE_IS_LEAF(pte)       (((pte) & (PTE_R | PTE_W | PTE_X)) != 0)

/* Index of va at a level (2 = root). */
#define PT_INDEX(va, level) \
	(((va) >> (PAGE_SHIFT + (level) * PT_INDEX_BITS)) & (PT_ENTRIES - 1))

#endif
