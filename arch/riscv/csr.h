/* SPDX-License-Identifier: BSD-2-Clause */
#ifndef ARCH_RISCV_CSR_H
#define ARCH_RISCV_CSR_H

/*
 * Supervisor CSRs and their fields, named once (RISC-V privileged spec,
 * chapter "Supervisor-Level ISA"). Usable from C and from assembly.
 */

/* sstatus */
#define SSTATUS_SIE   (1UL << 1)   /* interrupts enabled in S-mode */
#define SSTATUS_SPIE  (1UL << 5)   /* SIE before the trap */
#define SSTATUS_SPP   (1UL << 8)   /* trap came from S-mode (1) or U-mode (0) */
#define SSTATUS_FS_SHIFT 13        /* floating-point unit state, 2 bits: */
#define SSTATUS_FS    (3UL << SSTATUS_FS_SHIFT)
#define SSTATUS_FS_OFF     (0UL << SSTATUS_FS_SHIFT) /* FP instructions trap */
#define SSTATUS_FS_INITIAL (1UL << SSTATUS_FS_SHIFT)
#define SSTATUS_FS_CLEAN   (2UL << SSTATUS_FS_SHIFT) /* registers as last saved */
#define SSTATUS_FS_DIRTY   (3UL << SSTATUS_FS_SHIFT) /* written since */
#define SSTATUS_SUM   (1UL << 18)  /* S-mode may touch U pages */
#define SSTATUS_SD    (1UL << 63)  /* read-only: FS (or VS, XS) is Dirty */
#define SSTATUS_MXR   (1UL << 19)

/* sie / sip bits, indexed by interrupt cause */
#define IRQ_S_SOFT    1
#define IRQ_S_TIMER   5
#define IRQ_S_EXT     9
#define SIE_SSIE      (1UL << IRQ_S_SOFT)
#define SIE_STIE      (1UL << IRQ_S_TIMER)
#define SIE_SEIE      (1UL << IRQ_S_EXT)

/* scause: the top bit says interrupt, the rest is the code */
#define SCAUSE_IRQ_FLAG (1UL << 63)

/* exception codes */
#define EXC_INST_MISALIGNED   0
#define EXC_INST_ACCESS       1
#define EXC_ILLEGAL_INST      2
#define EXC_BREAKPOINT        3
#define EXC_LOAD_MISALIGNED   4
#define EXC_LOAD_ACCESS       5
#define EXC_STORE_MISALIGNED  6
#define EXC_STORE_ACCESS      7
#define EXC_ECALL_U           8
#define EXC_ECALL_S           9
#define EXC_INST_PAGE_FAULT   12
#define EXC_LOAD_PAGE_FAULT   13
#define EXC_STORE_PAGE_FAULT  15

/* satp */
#define SATP_MODE_SV39  (8UL << 60)
#define SATP_ASID_SHIFT 44
#define SATP_ASID_MASK  0xffffUL
#define SATP_PPN_MASK   ((1UL << 44) - 1)   /* the root table's frame number */

/* CSR numbers not every assembler knows by name */
#define CSR_STIMECMP 0x14d

#ifndef __ASSEMBLER__
#include <stdint.h>

/* Two steps so a CSR given by a macro (CSR_STIMECMP) expands to its number. */
#define CSR_STR_(x) #x
#define CSR_STR(x) CSR_STR_(x)

#define csr_read(csr) ({ unsigned long __v; \
	__asm__ volatile("csrr %0, " CSR_STR(csr) : "=r"(__v) :: "memory"); __v; })
#define csr_write(csr, val) ({ unsigned long __v = (unsigned long)(val); \
	__asm__ volatile("csrw " CSR_STR(csr) ", %0" :: "rK"(__v) : "memory"); })
#define csr_set(csr, val) ({ unsigned long __v = (unsigned long)(val); \
	__asm__ volatile("csrs " CSR_STR(csr) ", %0" :: "rK"(__v) : "memory"); })
#define csr_clear(csr, val) ({ unsigned long __v = (unsigned long)(val); \
	__asm__ volatile("csrc " CSR_STR(csr) ", %0" :: "rK"(__v) : "memory"); })
#define csr_read_clear(csr, val) ({ unsigned long __v = (unsigned long)(val); \
	__asm__ volatile("csrrc %0, " CSR_STR(csr) ", %1" : "=r"(__v) : "rK"(__v) : "memory"); __v; })

static inline void sfence_vma_all(void)
{
	__asm__ volatile("sfence.vma" ::: "memory");
}

static inline void sfence_vma_addr(uintptr_t va)
{
	__asm__ volatile("sfence.vma %0" :: "r"(va) : "memory");
}
#endif

#endif
