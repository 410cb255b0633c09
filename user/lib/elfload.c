/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * Programs from ELF files, in spaces of their own (elfload.h, progabi.h).
 * Everything the program is made of is a capability in the loader's control
 * page first, then installed in the program's tables or capability page.
 */
#include <string.h>
#include <kern/elf.h>
#include "caddr.h"
#include "elfload.h"
#include "sys.h"

/* Control-page slots: the loader's handles on the program. */
#define CTL_SELF        0   /* the control page itself */
#define CTL_ACT         1   /* the program's activity: everything below is from it */
#define CTL_THREAD      2
#define CTL_SPACE       3   /* its level-2 table */
#define CTL_CAPS        4   /* its capability page */
#define CTL_TMP         5   /* a frame being filled */
#define CTL_TABLE_FIRST 8   /* its level-1 and level-0 tables, in table_key[] order */

_Static_assert(CTL_TABLE_FIRST + PROG_MAX_TABLES <= CAP_SLOTS_PER_PAGE,
	       "the tables fit the control page");

#define ELF_MAX_PHDRS   64   /* more is not a program of ours */

#define CTL(p, n)       caddr_slot((p)->ctl, (n))

/* ---- checking ---- */

static const struct elf64_phdr *phdr(const uint8_t *elf, const struct elf64_ehdr *eh,
				     unsigned i)
{
	return (const struct elf64_phdr *)(elf + eh->e_phoff + i * sizeof(struct elf64_phdr));
}

static unsigned long page_down(unsigned long a)
{
	return a & ~(PAGE_BYTES - 1);
}

static unsigned long page_up(unsigned long a)
{
	return (a + PAGE_BYTES - 1) & ~(PAGE_BYTES - 1);
}

/* A PT_LOAD the loader can place: its bytes in the file, its pages below
 * PROG_REGION and above page 0 (address 0 stays unmapped). */
static int segment_ok(const struct elf64_phdr *ph, size_t size)
{
	if (ph->p_filesz > ph->p_memsz || ph->p_offset > size ||
	    ph->p_filesz > size - ph->p_offset)
		return 0;
	if (ph->p_vaddr < PAGE_BYTES || ph->p_vaddr >= PROG_REGION ||
	    ph->p_memsz > PROG_REGION - ph->p_vaddr)
		return 0;
	return 1;
}

/* Two segments may not share a page: each page gets one frame, one set of rights. */
static int overlaps(const struct elf64_phdr *a, const struct elf64_phdr *b)
{
	return page_down(a->p_vaddr) < page_up(b->p_vaddr + b->p_memsz) &&
	       page_down(b->p_vaddr) < page_up(a->p_vaddr + a->p_memsz);
}

static int loadable(const struct elf64_phdr *ph)
{
	return ph->p_type == PT_LOAD && ph->p_memsz != 0;
}

long elf_check(const void *file, size_t size, unsigned long *entry)
{
	const uint8_t *elf = file;
	const struct elf64_ehdr *eh = file;
	int entry_ok = 0;

	if (!elf || size < sizeof(*eh) || ((uintptr_t)elf & 7))
		return ERR_BAD_ARG;
	if (eh->e_magic != ELF_MAGIC || eh->e_class != ELFCLASS64 ||
	    eh->e_data != ELFDATA2LSB || eh->e_type != ET_EXEC || eh->e_machine != EM_RISCV)
		return ERR_BAD_ARG;
	if (eh->e_phentsize != sizeof(struct elf64_phdr) || eh->e_phnum > ELF_MAX_PHDRS ||
	    eh->e_phoff > size || (eh->e_phoff & 7) ||
	    eh->e_phnum > (size - eh->e_phoff) / sizeof(struct elf64_phdr))
		return ERR_BAD_ARG;
	for (unsigned i = 0; i < eh->e_phnum; i++) {
		const struct elf64_phdr *ph = phdr(elf, eh, i);
		if (!loadable(ph))
			continue;
		if (!segment_ok(ph, size))
			return ERR_BAD_ARG;
		for (unsigned j = 0; j < i; j++)
			if (loadable(phdr(elf, eh, j)) && overlaps(ph, phdr(elf, eh, j)))
				return ERR_BAD_ARG;
		if ((ph->p_flags & PF_X) && eh->e_entry >= ph->p_vaddr &&
		    eh->e_entry - ph->p_vaddr < ph->p_memsz)
			entry_ok = 1;
	}
	if (!entry_ok)
		return ERR_BAD_ARG;   /* the entry must be in an executable segment */
	if (entry)
		*entry = eh->e_entry;
	return ERR_OK;
}

/* ---- building ---- */

static unsigned long scratch_va(const struct prog *p)
{
	return p->ld.l0_va + p->ld.scratch_index * PAGE_BYTES;
}

/*
 * The table of `level` (1 or 0) on the way to va, made and hooked into its
 * parent the first time. The key names the table by the part of the
 * address above what it maps.
 */
static long table(struct prog *p, int level, unsigned long va, unsigned long *slot)
{
	uint64_t key = ((uint64_t)level << 56) | (va >> (ULIB_PAGE_SHIFT + VPN_BITS * (level + 1)));
	unsigned long parent;
	long err;

	for (unsigned i = 0; i < p->ntables; i++)
		if (p->table_key[i] == key) {
			*slot = CTL(p, CTL_TABLE_FIRST + i);
			return ERR_OK;
		}
	if (p->ntables == PROG_MAX_TABLES)
		return ERR_QUOTA;
	if (level == PT_LEVELS - 2)
		parent = CTL(p, CTL_SPACE);
	else if ((err = table(p, level + 1, va, &parent)))
		return err;
	*slot = CTL(p, CTL_TABLE_FIRST + p->ntables);
	if ((err = activity_create(CTL(p, CTL_ACT), OBJ_PAGETABLE, *slot, level)))
		return err;
	if ((err = pt_set(parent, vpn(va, level + 1), *slot, CAP_ALL))) {
		activity_destroy(CTL(p, CTL_ACT), *slot);
		return err;
	}
	p->table_key[p->ntables++] = key;
	return ERR_OK;
}

long prog_map(struct prog *p, unsigned long va, unsigned long src, unsigned long rights)
{
	unsigned long l0;
	long err;

	if (va >= USER_ADDR_LIMIT || (va & (PAGE_BYTES - 1)))
		return ERR_BAD_ARG;
	if ((err = table(p, 0, va, &l0)))
		return err;
	return pt_set(l0, vpn(va, 0), src, rights);
}

/*
 * A new frame in CTL_TMP with len bytes of src at offset off, the rest
 * zero (the kernel zeroes frames today, but the ABI does not promise it).
 */
static long fill_frame(struct prog *p, unsigned long off, const void *src, size_t len)
{
	uint8_t *page = (uint8_t *)scratch_va(p);
	long err;

	if ((err = activity_create(CTL(p, CTL_ACT), OBJ_FRAME, CTL(p, CTL_TMP), 0)))
		return err;
	if ((err = pt_set(p->ld.l0, p->ld.scratch_index, CTL(p, CTL_TMP), CAP_R | CAP_W)))
		return err;
	memset(page, 0, PAGE_BYTES);
	if (len)
		memcpy(page + off, src, len);
	return pt_clear(p->ld.l0, p->ld.scratch_index);
}

/* Map the filled CTL_TMP frame at va and let go of the loader's handle. */
static long place_frame(struct prog *p, unsigned long va, unsigned long rights)
{
	long err = prog_map(p, va, CTL(p, CTL_TMP), rights);

	if (err)
		return err;
	return sys_cap_delete(CTL(p, CTL_TMP));
}

static unsigned long seg_rights(uint32_t flags)
{
	unsigned long r = CAP_R;   /* W and X both imply R for the MMU */

	if (flags & PF_W)
		r |= CAP_W;
	if (flags & PF_X)
		r |= CAP_X;
	return r;
}

static long load_segment(struct prog *p, const uint8_t *elf, const struct elf64_phdr *ph)
{
	unsigned long file_end = ph->p_vaddr + ph->p_filesz;
	long err;

	for (unsigned long va = page_down(ph->p_vaddr); va < ph->p_vaddr + ph->p_memsz;
	     va += PAGE_BYTES) {
		/* The part of this page the file supplies. */
		unsigned long from = va > ph->p_vaddr ? va : ph->p_vaddr;
		unsigned long to = va + PAGE_BYTES < file_end ? va + PAGE_BYTES : file_end;
		size_t len = to > from ? to - from : 0;

		if ((err = fill_frame(p, from - va, elf + ph->p_offset + (from - ph->p_vaddr), len)))
			return err;
		if ((err = place_frame(p, va, seg_rights(ph->p_flags))))
			return err;
	}
	return ERR_OK;
}

/* The control page, mapped in the loader's space, holding itself in slot 0. */
static long make_ctl(struct prog *p)
{
	const struct loader *ld = &p->ld;
	long err;

	if ((err = activity_create(ld->act, OBJ_CAPPAGE, ld->tmp_slot, 0)))
		return err;
	p->ctl = ld->l0_va + ld->ctl_index * PAGE_BYTES;
	if ((err = pt_set(ld->l0, ld->ctl_index, ld->tmp_slot, CAP_ALL)) ||
	    (err = sys_cap_move(ld->tmp_slot, 0, CTL(p, CTL_SELF)))) {
		activity_destroy(ld->act, ld->tmp_slot);
		return err;
	}
	return ERR_OK;
}

static long build(struct prog *p, const uint8_t *elf, unsigned long quota)
{
	const struct elf64_ehdr *eh = (const struct elf64_ehdr *)elf;
	unsigned long act = CTL(p, CTL_ACT);
	long err;

	if ((err = activity_create(p->ld.act, OBJ_ACTIVITY, act, quota)))
		return err;
	if ((err = activity_create(act, OBJ_PAGETABLE, CTL(p, CTL_SPACE), PT_LEVELS - 1)))
		return err;
	if ((err = activity_create(act, OBJ_CAPPAGE, CTL(p, CTL_CAPS), 0)) ||
	    (err = prog_map(p, PROG_CAPPAGE, CTL(p, CTL_CAPS), CAP_ALL)))
		return err;
	for (unsigned i = 0; i < eh->e_phnum; i++) {
		const struct elf64_phdr *ph = phdr(elf, eh, i);
		if (loadable(ph) && (err = load_segment(p, elf, ph)))
			return err;
	}
	/* The image was written as data: make sure this hart fetches it anew. */
	__asm__ volatile("fence.i" ::: "memory");
	for (unsigned i = 1; i <= PROG_STACK_PAGES; i++)
		if ((err = fill_frame(p, 0, 0, 0)) ||
		    (err = place_frame(p, PROG_STACK_TOP - i * PAGE_BYTES, CAP_R | CAP_W)))
			return err;
	if ((err = activity_create(act, OBJ_THREAD, CTL(p, CTL_THREAD), 0)) ||
	    (err = thread_set_space(CTL(p, CTL_THREAD), CTL(p, CTL_SPACE))))
		return err;
	if ((err = prog_grant(p, CTL(p, CTL_THREAD), PROG_SLOT_THREAD, CAP_ALL, 0)) ||
	    (err = prog_grant(p, CTL(p, CTL_SPACE), PROG_SLOT_SPACE, CAP_ALL, 0)) ||
	    (err = prog_grant(p, CTL(p, CTL_CAPS), PROG_SLOT_CAPPAGE, CAP_ALL, 0)))
		return err;
	return ERR_OK;
}

long prog_load(struct prog *p, const struct loader *ld, const void *elf, size_t size,
	       unsigned long quota)
{
	long err;

	*p = (struct prog){ .ld = *ld };
	if (ld->ctl_index >= PT_SLOTS || ld->scratch_index >= PT_SLOTS ||
	    ld->ctl_index == ld->scratch_index)
		return ERR_BAD_ARG;
	if ((err = elf_check(elf, size, &p->entry)))
		return err;
	if ((err = make_ctl(p)))
		return err;
	if ((err = build(p, elf, quota))) {
		prog_destroy(p);
		return err;
	}
	return ERR_OK;
}

long prog_grant(struct prog *p, unsigned long src, unsigned n, unsigned long rights,
		unsigned long badge)
{
	if (n >= CAP_SLOTS_PER_PAGE)
		return ERR_BAD_ARG;
	if (badge)
		return sys_cap_mint(src, CTL(p, CTL_SPACE), PROG_SLOT(n), rights, badge);
	return sys_cap_copy(src, CTL(p, CTL_SPACE), PROG_SLOT(n), rights);
}

long prog_start(struct prog *p, const struct prog_info *info, unsigned long prio)
{
	unsigned long thread = CTL(p, CTL_THREAD);
	long err;

	if ((err = fill_frame(p, 0, info, sizeof(*info))) ||
	    (err = place_frame(p, PROG_INFO, CAP_R)))
		return err;
	if ((err = thread_set_prio(thread, prio, prio)) ||
	    (err = thread_set_regs(thread, p->entry, PROG_STACK_TOP, PROG_INFO)))
		return err;
	return thread_start(thread);
}

long prog_state(struct prog *p, unsigned long *state)
{
	return thread_info(CTL(p, CTL_THREAD), state, NULL);
}

long prog_destroy(struct prog *p)
{
	long err;

	/* The activity takes the thread, space, tables and frames with it. */
	if ((err = activity_destroy(p->ld.act, CTL(p, CTL_ACT))) && err != ERR_SLOT_EMPTY)
		return err;
	/* Hold the control page by a slot outside it while it goes. */
	pt_clear(p->ld.l0, p->ld.scratch_index);
	if ((err = sys_cap_move(CTL(p, CTL_SELF), 0, p->ld.tmp_slot)))
		return err;
	return activity_destroy(p->ld.act, p->ld.tmp_slot);
}
