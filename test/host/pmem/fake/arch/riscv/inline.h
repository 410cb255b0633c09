/* SPDX-License-Identifier: BSD-2-Clause */
#ifndef ARCH_RISCV_INLINE_H
#define ARCH_RISCV_INLINE_H

/*
 * The host's arch/riscv/inline.h for test/host/pmem: first on that test's
 * include path, so kern/arch.h finds it instead of the real one. The
 * allocator reaches frames through the direct map, which the test makes
 * a host buffer: test_pmem_alloc.c defines these two, out of line.
 */
#include <stdint.h>

uintptr_t arch_phys_to_virt(uint64_t pa);
uint64_t arch_virt_to_phys(uintptr_t va);

#endif
