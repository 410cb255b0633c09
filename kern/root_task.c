/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * The root task, built the way any user program builds a task, only at
 * boot and by the kernel: every object comes out of the root activity, and
 * every mapping is a capability installed in a page-table slot.
 */
#include <cap/cappage.h>
#include <kern/activity.h>
#include <kern/arch.h>
#include <kern/console.h>
#include <kern/elf.h>
#include <kern/object.h>
#include <kern/pagetable.h>
#include <kern/pmem.h>
#include <kern/printf.h>
#include <kern/root_task.h>
#include <kern/string.h>
#include <kern/thread.h>

#define PAGE PAGE_BYTES
#define STACK_TOP   ROOT_STACK_TOP
#define STACK_PAGES ROOT_STACK_PAGES
#define ROOT_PRIO   128

static struct activity *root_act;
static struct pagetable *root_space;

static unsigned vpn(uint64_t va, int level)
{
	return (va >> (12 + 9 * level)) & (PT_SLOTS - 1);
}

/* Install src at va, making any missing tables; tables[] returns the
 * level-1 and level-0 tables used. */
static int map(uint64_t va, struct cap *src, uint8_t rights, struct pagetable *tables[2])
{
	struct pagetable *pt = root_space;
	int err;

	for (int level = PT_LEVELS - 1; level > 0; level--) {
		struct cap *s = pt_slot(pt, vpn(va, level));
		if (cap_is_empty(s)) {
			struct obj *o;
			err = obj_create(root_act, OBJ_PAGETABLE, level - 1, &o);
			if (err)
				return err;
			pt_install(pt, vpn(va, level), &o->root, CAP_ALL);
		}
		pt = (struct pagetable *)s->obj;
		if (tables)
			tables[2 - level] = pt;
	}
	err = pt_check_install(pt, vpn(va, 0), src, rights);
	if (err)
		return err;
	pt_install(pt, vpn(va, 0), src, rights);
	return ERR_OK;
}

/* A fresh frame mapped at va; its contents through *data. */
static int map_new_frame(uint64_t va, uint8_t rights, uint8_t **data)
{
	struct obj *o;
	int err = obj_create(root_act, OBJ_FRAME, 0, &o);

	if (err)
		return err;
	*data = (uint8_t *)arch_phys_to_virt(((struct frame *)o)->pa);
	return map(va, &o->root, rights, 0);
}

static uint8_t elf_rights(uint32_t flags)
{
	return ((flags & PF_R) ? CAP_R : 0) | ((flags & PF_W) ? CAP_W | CAP_R : 0) |
	       ((flags & PF_X) ? CAP_X | CAP_R : 0);
}

static int load_elf(const uint8_t *elf, size_t size, uint64_t *entry)
{
	const struct elf64_ehdr *eh = (const void *)elf;

	if (size < sizeof(*eh) || eh->e_magic != ELF_MAGIC || eh->e_class != ELFCLASS64 ||
	    eh->e_data != ELFDATA2LSB || eh->e_type != ET_EXEC || eh->e_machine != EM_RISCV ||
	    eh->e_phentsize != sizeof(struct elf64_phdr) ||
	    eh->e_phoff > size || eh->e_phnum > (size - eh->e_phoff) / sizeof(struct elf64_phdr))
		return ERR_BAD_ARG;
	for (unsigned i = 0; i < eh->e_phnum; i++) {
		const struct elf64_phdr *ph = (const void *)(elf + eh->e_phoff + i * sizeof(*ph));
		if (ph->p_type != PT_LOAD || ph->p_memsz == 0)
			continue;
		if (ph->p_filesz > ph->p_memsz || ph->p_offset > size ||
		    ph->p_filesz > size - ph->p_offset || ph->p_vaddr >= ROOT_CAPPAGE ||
		    ph->p_memsz > ROOT_CAPPAGE - ph->p_vaddr)
			return ERR_BAD_ARG;
		for (uint64_t va = ph->p_vaddr & ~(PAGE - 1); va < ph->p_vaddr + ph->p_memsz;
		     va += PAGE) {
			uint8_t *data;
			int err = map_new_frame(va, elf_rights(ph->p_flags), &data);
			if (err)
				return err;
			/* The file bytes that fall in this page. */
			for (uint64_t b = 0; b < PAGE; b++) {
				uint64_t at = va + b;
				if (at >= ph->p_vaddr && at - ph->p_vaddr < ph->p_filesz)
					data[b] = elf[ph->p_offset + (at - ph->p_vaddr)];
			}
		}
	}
	*entry = eh->e_entry;
	return ERR_OK;
}

static void fill_bootinfo(struct bootinfo *bi, const struct board *b, uint64_t quota)
{
	bi->magic = BOOTINFO_MAGIC;
	bi->free_frames = quota;
	bi->timebase_hz = b->timebase_hz;
	bi->dtb_size = b->dtb_size;
	bi->nmem = b->nmem < BOOTINFO_MAX_MEM ? b->nmem : BOOTINFO_MAX_MEM;
	for (unsigned i = 0; i < bi->nmem; i++) {
		bi->mem[i].base = b->mem[i].base;
		bi->mem[i].size = b->mem[i].size;
	}
	bi->nharts = b->nharts < BOOTINFO_MAX_HARTS ? b->nharts : BOOTINFO_MAX_HARTS;
	for (unsigned i = 0; i < bi->nharts; i++)
		bi->hartid[i] = b->harts[i].hartid;
	ksnprintf(bi->console, sizeof(bi->console), "%s", console_name());
	bi->plic_ndev = b->plic.present ? b->plic.ndev : 0;
	ksnprintf(bi->cmdline, sizeof(bi->cmdline), "%s", b->bootargs);
	/* Not every hart of the tree: the boot hart may have left one out. */
	for (unsigned i = 0; i < arch_ncpus() && i < 64; i++)
		if (arch_cpu_online(i))
			bi->cpus_online |= 1UL << i;
}

/* Each boot module's bytes, copied into frames mapped read-only. */
static int map_modules(struct bootinfo *bi)
{
	uint64_t va = MODULE_BASE;

	for (unsigned i = 0; i < boot_module_count && i < BOOTINFO_MAX_MODULES; i++) {
		const struct boot_module *m = &boot_modules[i];
		uint64_t size = (uint64_t)(m->end - m->start);
		struct bootinfo_module *bm = &bi->module[bi->nmodules++];

		ksnprintf(bm->name, sizeof(bm->name), "%s", m->name);
		bm->va = va;
		bm->size = size;
		for (uint64_t off = 0; off < size; off += PAGE) {
			uint8_t *data;
			int err = map_new_frame(va + off, CAP_R, &data);
			if (err)
				return err;
			uint64_t n = size - off < PAGE ? size - off : PAGE;
			memcpy(data, m->start + off, n);
		}
		va += (size + PAGE - 1) & ~(PAGE - 1);
		va += PAGE;   /* a hole between modules */
	}
	return ERR_OK;
}

/* The console's registers as device frames, from slot ROOT_SLOT_DEV_FIRST. */
static int give_devices(struct bootinfo *bi, const struct board *b, struct cap *slots)
{
	unsigned slot = ROOT_SLOT_DEV_FIRST;

	if (b->console.kind == CONSOLE_NONE)
		return ERR_OK;
	struct bootinfo_dev *d = &bi->dev[bi->ndev++];
	uint64_t first = b->console.base & ~(PAGE - 1);
	uint64_t end = (b->console.base + b->console.size + PAGE - 1) & ~(PAGE - 1);
	d->pa = first;
	d->first_slot = slot;
	d->irq = b->console.irq;
	d->kind = b->console.kind == CONSOLE_NS16550 ? DEV_KIND_NS16550 : DEV_KIND_SIFIVE_UART;
	d->offset = (uint32_t)(b->console.base - first);
	d->reg_shift = (uint8_t)b->console.reg_shift;
	d->io_width = (uint8_t)b->console.reg_io_width;
	ksnprintf(d->name, sizeof(d->name), "uart");
	for (uint64_t pa = first; pa < end && slot < ROOT_SLOT_FREE_FIRST; pa += PAGE) {
		struct obj *o;
		int err = obj_create(root_act, OBJ_DEVFRAME, pa, &o);
		if (err)
			return err;
		obj_give_cap(o, &slots[slot++], CAP_R | CAP_W | CAP_G | CAP_P);
		d->frames++;
	}
	return ERR_OK;
}

static int build(const struct board *b)
{
	struct obj *o, *sysctl, *console, *thread_obj, *bi_obj;
	struct cappage *cp;
	struct pagetable *cap_tables[2];
	uint64_t entry, quota;
	uint8_t *stack;
	int err;

	root_act = activity_boot();
	if (!root_act)
		return ERR_NO_MEMORY;
	quota = root_act->quota;
	if ((err = obj_create(root_act, OBJ_PAGETABLE, PT_LEVELS - 1, &o)))
		return err;
	root_space = (struct pagetable *)o;
	if ((err = obj_create(root_act, OBJ_CAPPAGE, 0, &o)))
		return err;
	cp = (struct cappage *)o;
	if ((err = map(ROOT_CAPPAGE, &cp->hdr.root, CAP_ALL, cap_tables)))
		return err;
	if ((err = load_elf((const uint8_t *)root_elf_start,
			    (size_t)(root_elf_end - root_elf_start), &entry)))
		return err;
	for (unsigned i = 1; i <= STACK_PAGES; i++)
		if ((err = map_new_frame(STACK_TOP - i * PAGE, CAP_R | CAP_W, &stack)))
			return err;
	if ((err = obj_create(root_act, OBJ_FRAME, 0, &bi_obj)))
		return err;
	struct bootinfo *bi = (struct bootinfo *)arch_phys_to_virt(((struct frame *)bi_obj)->pa);
	if ((err = map(BOOTINFO_ADDR, &bi_obj->root, CAP_R, 0)))
		return err;
	if ((err = obj_create(root_act, OBJ_SYSCTL, 0, &sysctl)))
		return err;
	if ((err = obj_create(root_act, OBJ_CONSOLE, 0, &console)))
		return err;
	if ((err = obj_create(root_act, OBJ_THREAD, 0, &thread_obj)))
		return err;

	obj_give_cap(&root_act->hdr, &cp->slots[ROOT_SLOT_ACTIVITY], CAP_ALL);
	obj_give_cap(thread_obj, &cp->slots[ROOT_SLOT_THREAD], CAP_ALL);
	obj_give_cap(&root_space->hdr, &cp->slots[ROOT_SLOT_SPACE], CAP_ALL);
	obj_give_cap(&cp->hdr, &cp->slots[ROOT_SLOT_CAPPAGE], CAP_ALL);
	obj_give_cap(bi_obj, &cp->slots[ROOT_SLOT_BOOTINFO], CAP_R);
	obj_give_cap(sysctl, &cp->slots[ROOT_SLOT_SYSCTL], CAP_ALL);
	obj_give_cap(console, &cp->slots[ROOT_SLOT_CONSOLE], CAP_ALL);
	obj_give_cap(&cap_tables[0]->hdr, &cp->slots[ROOT_SLOT_PT_CAPS], CAP_ALL);
	obj_give_cap(&cap_tables[1]->hdr, &cp->slots[ROOT_SLOT_PT_CAPS0], CAP_ALL);
	struct cap *image_l1 = pt_slot(root_space, vpn(entry, PT_LEVELS - 1));
	if (!cap_is_empty(image_l1))
		obj_give_cap(image_l1->obj, &cp->slots[ROOT_SLOT_PT_IMAGE], CAP_ALL);
	if ((err = give_devices(bi, b, cp->slots)))
		return err;
	fill_bootinfo(bi, b, quota);
	if ((err = map_modules(bi)))
		return err;

	struct thread *t = (struct thread *)thread_obj;
	obj_give_cap(&root_space->hdr, &t->space, CAP_ALL);
	arch_regs_init_user(&t->regs, entry, STACK_TOP, BOOTINFO_ADDR);
	t->prio = ROOT_PRIO;
	t->max_prio = THREAD_PRIO_MAX;
	thread_start(t);
	kprintf("root task: entry %#lx, %lu of %lu frames used for it\n",
		(unsigned long)entry, (unsigned long)root_act->used, (unsigned long)quota);
	return ERR_OK;
}

int root_task_create(const struct board *b)
{
	return build(b);
}
