/* SPDX-License-Identifier: BSD-2-Clause */
#ifndef ARCH_RISCV_MEMLAYOUT_H
#define ARCH_RISCV_MEMLAYOUT_H

/*
 * The kernel's virtual address map (Sv39 upper half). Each region is a whole
 * number of root-table entries (1 GiB each), so the kernel half of the root
 * table can be shared by every address space by copying entries 256..511.
 *
 *  0xffff_ffc0_0000_0000  DIRECT_MAP_BASE  all RAM: va = pa + DIRECT_MAP_BASE
 *                                          (root entries 256..507, pa < 252 GiB)
 *  0xffff_ffff_0000_0000  DEVICE_BASE      device registers, 2 MiB pages
 *                                          (root entry 508)
 *  0xffff_ffff_8000_0000  KERNEL_BASE      the kernel image, 4 KiB pages with
 *                                          per-section rights (root entry 510)
 *
 * The linker script places the image at KERNEL_BASE; the boot code maps it to
 * wherever the loader put it (any 2 MiB-aligned physical address).
 */

#define DIRECT_MAP_BASE   0xffffffc000000000UL
#define DIRECT_MAP_SIZE   (252UL << 30)
#define DEVICE_BASE       0xffffffff00000000UL
#define DEVICE_SIZE       (1UL << 30)
#define KERNEL_BASE       0xffffffff80000000UL
#define KERNEL_MAX_SIZE   (8UL << 20)  /* 4 level-0 tables of 4 KiB pages */
#define KERNEL_ALIGN      (2UL << 20)  /* the load address must be 2 MiB aligned */

#define KERNEL_HALF_FIRST 256          /* first root entry of the upper half */

#define MAX_CPUS          8   /* == KERN_MAX_CPUS (kern/arch.h) */
#define KSTACK_SIZE       (16UL << 10)

#endif
