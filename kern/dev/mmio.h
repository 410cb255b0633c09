/* SPDX-License-Identifier: BSD-2-Clause */
#ifndef KERN_DEV_MMIO_H
#define KERN_DEV_MMIO_H

/*
 * Device register access. Each accessor is exactly one volatile load or store
 * of the given width, so the compiler neither merges, splits, drops nor
 * reorders device accesses among themselves. The empty asm with a "memory"
 * clobber is a compiler barrier: ordinary memory accesses are not moved across
 * a register access either.
 *
 * There is deliberately no fence instruction. The console UARTs are polled
 * and do no DMA, and accesses from one hart to the same I/O region are
 * performed in program order (QEMU, and the strongly ordered I/O regions of
 * the boards we run on). A driver for a DMA device must add the fences
 * ("fence w,o" before a doorbell write, "fence i,r" after a status read)
 * itself.
 *
 * addr is a kernel virtual address that must be naturally aligned for the
 * access width.
 */

#include <stdint.h>

static inline uint8_t mmio_read8(uintptr_t addr)
{
	uint8_t v;

	__asm__ volatile("" ::: "memory");
	v = *(volatile uint8_t *)addr;
	__asm__ volatile("" ::: "memory");
	return v;
}

static inline uint32_t mmio_read32(uintptr_t addr)
{
	uint32_t v;

	__asm__ volatile("" ::: "memory");
	v = *(volatile uint32_t *)addr;
	__asm__ volatile("" ::: "memory");
	return v;
}

static inline void mmio_write8(uintptr_t addr, uint8_t v)
{
	__asm__ volatile("" ::: "memory");
	*(volatile uint8_t *)addr = v;
	__asm__ volatile("" ::: "memory");
}

static inline void mmio_write32(uintptr_t addr, uint32_t v)
{
	__asm__ volatile("" ::: "memory");
	*(volatile uint32_t *)addr = v;
	__asm__ volatile("" ::: "memory");
}

#endif
