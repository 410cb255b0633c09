/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * The root task of the plain kernel image: the first user thread. It says
 * hello and reports the memory and machine it was given, then starts the
 * console server (boot module "console") on the UART the kernel handed
 * over, switches its own output to it, starts the "hello" program, and
 * echoes every line typed at the console, forever.
 */
#include <stdio.h>
#include <string.h>
#include "caddr.h"
#include "console_client.h"
#include "console_proto.h"
#include "elfload.h"
#include "sys.h"
#include "sys_irq.h"
#include "ulib.h"

#define R_ACT      ROOT_SLOT(ROOT_SLOT_ACTIVITY)
#define R_SYSCTL   ROOT_SLOT(ROOT_SLOT_SYSCTL)
#define R_CAPS0    ROOT_SLOT(ROOT_SLOT_PT_CAPS0)

/*
 * Entries of the level-0 table that holds the root capability page (entry
 * 0): programs' control pages from 1 up, and the loader's scratch page.
 */
#define CTL_INDEX_FIRST 1
#define SCRATCH_INDEX   (PT_SLOTS - 1)

#define PROG_QUOTA      256    /* frames: image, stack, tables, with room */
#define CONSOLE_PRIO    200    /* above its clients: it answers at once */
#define PROG_PRIO       128    /* the root task's own */
#define LINE_BYTES      128
#define REAP_TICKS      200    /* how long hello may take to say hello */

static struct slot_alloc slots;
static unsigned next_ctl = CTL_INDEX_FIRST;
static unsigned long loader_tmp;

static long load(struct prog *p, const struct bootinfo *bi, const char *name)
{
	struct loader ld = {
		.act = R_ACT, .l0 = R_CAPS0, .l0_va = ROOT_CAPPAGE,
		.ctl_index = next_ctl, .scratch_index = SCRATCH_INDEX, .tmp_slot = loader_tmp,
	};
	long err;

	for (unsigned i = 0; i < bi->nmodules; i++) {
		const struct bootinfo_module *m = &bi->module[i];
		if (strncmp(m->name, name, sizeof(m->name)) != 0)
			continue;
		err = prog_load(p, &ld, (const void *)m->va, m->size, PROG_QUOTA);
		if (err == ERR_OK)
			next_ctl++;
		return err;
	}
	return ERR_SLOT_EMPTY;
}

static struct prog_info info_for(const char *name)
{
	struct prog_info info = { .magic = PROG_INFO_MAGIC };

	strncpy(info.name, name, sizeof(info.name) - 1);
	return info;
}

static const struct bootinfo_dev *find_dev(const struct bootinfo *bi, const char *name)
{
	for (unsigned i = 0; i < bi->ndev && i < BOOTINFO_MAX_DEV; i++)
		if (strncmp(bi->dev[i].name, name, sizeof(bi->dev[i].name)) == 0)
			return &bi->dev[i];
	return NULL;
}

/* Which UART driver the console server needs, from the kernel's
 * description of the device (the device tree's compatible). */
static unsigned uart_kind(const struct bootinfo_dev *dev)
{
	switch (dev->kind) {
	case DEV_KIND_SIFIVE_UART:
		return CONS_UART_SIFIVE;
	case DEV_KIND_NS16550:
		return CONS_UART_NS16550;
	default:
		return 0;
	}
}

/* -> the console queue (the root keeps the capability with all rights), or 0. */
static unsigned long start_console(const struct bootinfo *bi)
{
	const struct bootinfo_dev *dev = find_dev(bi, "uart");
	unsigned long queue = slot_get(&slots), irq = slot_get(&slots), irqq = slot_get(&slots);
	struct prog_info info = info_for("console");
	struct prog p;
	unsigned kind = dev ? uart_kind(dev) : 0;
	long err;

	if (!dev || !kind || !dev->irq || dev->frames == 0 || dev->frames > PROG_DEV_MAX) {
		printf("root: no UART the console server can drive (console %s)\n", bi->console);
		return 0;
	}
	/* The queue it serves, and the UART's interrupt bound to it with the
	 * badge that tells interrupts from calls. */
	if ((err = activity_create(R_ACT, OBJ_QUEUE, queue, 0)) ||
	    (err = sysctl_irq(R_SYSCTL, dev->irq, R_ACT, irq)) ||
	    (err = sys_cap_mint(queue, 0, irqq, CAP_W, CONS_BADGE_IRQ)) ||
	    (err = irq_set_queue(irq, irqq))) {
		printf("root: console queue or interrupt %u: error %ld\n", dev->irq, err);
		return 0;
	}
	if ((err = load(&p, bi, "console"))) {
		printf("root: loading the console server: error %ld\n", err);
		return 0;
	}
	err = prog_grant(&p, queue, CONS_SLOT_QUEUE, CAP_R, 0);
	if (!err)
		err = prog_grant(&p, irq, CONS_SLOT_IRQ, CAP_W, 0);
	for (unsigned i = 0; !err && i < dev->frames; i++) {
		unsigned long frame = ROOT_SLOT(dev->first_slot + i);
		err = prog_grant(&p, frame, CONS_SLOT_DEV_FIRST + i, CAP_R | CAP_W, 0);
		if (!err)
			err = prog_map(&p, PROG_DEV_VA + i * PAGE_BYTES, frame, CAP_R | CAP_W);
	}
	info.arg[CONS_ARG_KIND] = kind;
	info.arg[CONS_ARG_REG_SHIFT] = dev->reg_shift;
	info.arg[CONS_ARG_IO_WIDTH] = dev->io_width;
	info.arg[CONS_ARG_OFFSET] = dev->offset;
	info.arg[CONS_ARG_FRAMES] = dev->frames;
	info.arg[CONS_ARG_IRQ] = dev->irq;
	if (!err)
		err = prog_start(&p, &info, CONSOLE_PRIO);
	if (err) {
		printf("root: starting the console server: error %ld\n", err);
		prog_destroy(&p);
		return 0;
	}
	return queue;
}

/* Start the module with a console capability of its own (badge), if
 * there is a console server (queue != 0). */
static long start_client(struct prog *p, const struct bootinfo *bi, const char *name,
			 unsigned long queue, unsigned long badge)
{
	struct prog_info info = info_for(name);
	long err;

	if ((err = load(p, bi, name)))
		return err;
	if ((queue && (err = prog_grant(p, queue, PROG_SLOT_CONSOLE, CAP_W, badge))) ||
	    (err = prog_start(p, &info, PROG_PRIO)))
		prog_destroy(p);
	return err;
}

/* Give a started program time to finish, then free what it had. */
static long reap(struct prog *p, const char *name)
{
	unsigned long state = THREAD_RUNNABLE;
	long err;

	for (unsigned i = 0; i < REAP_TICKS; i++) {
		if (prog_state(p, &state) || state == THREAD_INACTIVE || state == THREAD_FAULTED)
			break;
		sys_sleep(1);
	}
	if (state != THREAD_INACTIVE) {
		printf("root: %s did not finish (state %lu); left running\n", name, state);
		return ERR_IN_USE;
	}
	if ((err = prog_destroy(p)))
		printf("root: freeing %s: error %ld\n", name, err);
	return err;
}

static void hello(const struct bootinfo *bi)
{
	unsigned long quota, used, free_frames;
	long err;

	printf("root: hello from user mode\n");
	err = activity_info(R_ACT, &quota, &used, &free_frames);
	if (err == ERR_OK)
		printf("root: activity quota %lu frames (%lu KiB), %lu used, %lu free in the machine\n",
		       quota, quota * 4, used, free_frames);
	else
		printf("root: ACTIVITY_INFO failed: error %ld\n", err);
	printf("root: bootinfo: %lu free frames, %u harts, %u memory banks, console %.*s\n",
	       (unsigned long)bi->free_frames, bi->nharts, bi->nmem,
	       (int)sizeof(bi->console), bi->console);
}

int main(unsigned long arg)
{
	const struct bootinfo *bi = (const struct bootinfo *)arg;
	unsigned long queue, mine, before = 0, after = 0;
	struct prog hello_prog;
	char buf[LINE_BYTES];
	long err;

	if (bi->magic != BOOTINFO_MAGIC) {
		printf("root: bad bootinfo magic %#lx at %p\n",
		       (unsigned long)bi->magic, (const void *)bi);
		return 1;
	}
	hello(bi);
	slot_alloc_init(&slots, ROOT_CAPPAGE, ROOT_SLOT_FREE_FIRST);
	loader_tmp = slot_get(&slots);
	queue = start_console(bi);
	mine = slot_get(&slots);
	if (queue && (err = sys_cap_mint(queue, 0, mine, CAP_W, CONS_BADGE_CLIENT)) == ERR_OK) {
		ulib_console_queue = mine;
		printf("root: console server started; this line went through it\n");
	}
	activity_info(R_ACT, NULL, &before, NULL);
	if ((err = start_client(&hello_prog, bi, "hello", queue, CONS_BADGE_CLIENT + 1))) {
		printf("root: starting hello: error %ld\n", err);
	} else if (reap(&hello_prog, "hello") == ERR_OK) {
		activity_info(R_ACT, NULL, &after, NULL);
		printf("root: hello has finished; %ld frames still charged for it\n",
		       (long)(after - before));
	}
	if (!ulib_console_queue)
		return 1;   /* nothing to read from: start_console said why */
	for (;;) {
		printf("root: type a line> ");
		ulib_console_flush();
		if ((err = cons_readline(buf, sizeof(buf))) < 0) {
			printf("root: reading the console: error %ld\n", -err);
			return 1;
		}
		printf("root: you typed: %s\n", buf);
	}
}
