/* SPDX-License-Identifier: BSD-2-Clause */
#ifndef KERN_ELF_H
#define KERN_ELF_H

/* The parts of ELF64 (System V gABI) the root-task loader reads. */

#include <stdint.h>

#define ELF_MAGIC       0x464c457fU /* "\177ELF" little endian */
#define ELFCLASS64      2
#define ELFDATA2LSB     1
#define ET_EXEC         2
#define EM_RISCV        243
#define PT_LOAD         1
#define PF_X            0x1
#define PF_W            0x2
#define PF_R            0x4

struct elf64_ehdr {
	uint32_t e_magic;
	uint8_t e_class, e_data, e_version, e_osabi;
	uint8_t e_pad[8];
	uint16_t e_type, e_machine;
	uint32_t e_version2;
	uint64_t e_entry, e_phoff, e_shoff;
	uint32_t e_flags;
	uint16_t e_ehsize, e_phentsize, e_phnum, e_shentsize, e_shnum, e_shstrndx;
};

struct elf64_phdr {
	uint32_t p_type, p_flags;
	uint64_t p_offset, p_vaddr, p_paddr, p_filesz, p_memsz, p_align;
};

#endif
