/* SPDX-License-Identifier: BSD-2-Clause */
/* The root task's ELF file, built under user/ (or test/root/) and embedded
 * here; the build passes its path as ROOT_ELF_PATH. */
#define STR_(x) #x
#define STR(x) STR_(x)

	.section .rodata.root_elf, "a"
	.balign 16
	.globl root_elf_start
root_elf_start:
	.incbin STR(ROOT_ELF_PATH)
	.globl root_elf_end
root_elf_end:
