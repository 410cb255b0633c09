/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * First instructions. The loader (OpenSBI fw_jump/fw_dynamic, or U-Boot's
 * booti) enters _start in S-mode with the MMU off:
 *   a0 = hart id, a1 = physical address of the device tree,
 * at whatever 2 MiB-aligned address it loaded the image. Until the MMU is on
 * we run at that physical address, so everything here and in boot.c uses
 * PC-relative addressing only (-mcmodel=medany, no linker relaxation, no
 * jump tables) and touches no absolute pointer.
 *
 * The switch to the high virtual address needs no identity mapping: stvec is
 * pointed at the virtual address of the next instruction, satp is written,
 * and the very next fetch (still at the physical address) takes an
 * instruction page fault that lands us on stvec, at the virtual address.
 * See docs/boot.md.
 */
#include <arch/riscv/csr.h>
#include <arch/riscv/memlayout.h>
#include <arch/riscv/cpu.h>

/* The Linux/U-Boot RISC-V Image header (Documentation/riscv/boot-image-header). */
#define IMAGE_TEXT_OFFSET   0x200000   /* where booti puts us above RAM base */
#define IMAGE_FLAGS_LE      0
#define IMAGE_VERSION_0_2   0x2
#define IMAGE_MAGIC         0x5643534952    /* "RISCV\0\0\0" little endian */
#define IMAGE_MAGIC2        0x05435352      /* "RSC\x05" */

	.section .text.head, "ax"
	.option push
	.option norvc
	.globl _start
_start:
	j	boot_entry                /* code0 */
	.word	0                         /* code1 */
	.dword	IMAGE_TEXT_OFFSET         /* text_offset */
	.dword	_image_size               /* image_size, bss included */
	.dword	IMAGE_FLAGS_LE            /* flags */
	.word	IMAGE_VERSION_0_2         /* version */
	.word	0                         /* res1 */
	.dword	0                         /* res2 */
	.dword	IMAGE_MAGIC               /* magic */
	.word	IMAGE_MAGIC2              /* magic2 */
	.word	0                         /* res3 */
	.option pop

boot_entry:
	csrw	sie, zero
	csrw	sip, zero

	/* Only one hart may boot. Firmware normally sends just one, but a
	 * loader that releases all of them must not get several kernels. */
	lla	t0, boot_lottery
	li	t1, 1
	amoswap.w t1, t1, (t0)
	bnez	t1, park

	mv	s0, a0                    /* hart id */
	mv	s1, a1                    /* device tree */

	lla	t0, _bss_start
	lla	t1, _bss_end
1:	bgeu	t0, t1, 2f
	sd	zero, (t0)
	addi	t0, t0, 8
	j	1b
2:
	/* cpu 0 is the boot hart; its stack is kstacks[0] */
	lla	sp, kstacks
	li	t0, KSTACK_SIZE
	add	sp, sp, t0

	lla	a0, _start                /* load address */
	mv	a1, s1
	call	boot_map_kernel           /* returns the satp value, or stops */
	lla	s2, _start                /* physical load address */

	lla	t0, boot_satp
	sd	a0, (t0)
	ld	t1, .Lboot_high_va
	csrw	stvec, t1
	sfence.vma
	csrw	satp, a0
	nop                               /* not reached: the fetch faults */

	.align	2
boot_high:
	sfence.vma
	/* Now at KERNEL_BASE: PC-relative addresses are virtual again. */
	lla	sp, kstacks
	li	t0, KSTACK_SIZE
	add	sp, sp, t0
	lla	tp, cpus
	csrw	sscratch, zero
	lla	t0, trap_entry
	csrw	stvec, t0
	mv	a0, s0
	mv	a1, s1
	mv	a2, s2
	call	arch_boot_main
	j	park

/*
 * Secondary harts, started by SBI HSM hart_start(hartid, this address,
 * opaque = its struct cpu) once the kernel's page tables are complete.
 */
	.globl secondary_entry
secondary_entry:
	csrw	sie, zero
	csrw	sip, zero
	mv	s0, a0
	mv	s1, a1
	lla	t0, boot_satp
	ld	t0, (t0)
	ld	t1, .Lsecondary_high_va
	csrw	stvec, t1
	sfence.vma
	csrw	satp, t0
	nop

	.align	2
secondary_high:
	sfence.vma
	mv	tp, s1
	ld	sp, CPU_KSTACK_TOP(tp)
	csrw	sscratch, zero
	lla	t0, trap_entry
	csrw	stvec, t0
	mv	a0, tp
	call	secondary_main
park:
	csrw	sie, zero
1:	wfi
	j	1b

	.section .rodata
	.align 3
.Lboot_high_va:
	.dword	boot_high
.Lsecondary_high_va:
	.dword	secondary_high

	.data
	.align 3
boot_lottery:
	.word	0
	.word	0
	.globl boot_satp
boot_satp:
	.dword	0

	.bss
	.align 12
	.globl kstacks
kstacks:
	.space	KSTACK_SIZE * MAX_CPUS
