/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * The oracle: the dump of dump_ours.c and the struct board of kern/board.c,
 * computed a second time with Debian's libfdt. The board rules are
 * re-implemented here from the specification in kern/board.h, with libfdt's
 * own helpers (path lookup with aliases, address cells, phandle lookup), so
 * a bug in kern/fdt.c or kern/board.c does not cancel out.
 */
#define _POSIX_C_SOURCE 200809L

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libfdt.h>

#include "fdt_test.h"

int libfdt_check(const void *blob, size_t size)
{
	if (size < sizeof(struct fdt_header))
		return -FDT_ERR_TRUNCATED;
	return fdt_check_full(blob, size);
}

/* ---- dump ------------------------------------------------------------- */

static void dump_props(const void *blob, int node, struct sbuf *out)
{
	const uint8_t *data;
	const char *name;
	int prop, len, i;

	fdt_for_each_property_offset(prop, blob, node) {
		data = fdt_getprop_by_offset(blob, prop, &name, &len);
		if (!data) {
			sbuf_printf(out, "error prop_at\n");
			return;
		}
		sbuf_printf(out, "  prop %s %d ", name, len);
		for (i = 0; i < len; i++)
			sbuf_printf(out, "%02x", data[i]);
		sbuf_printf(out, "\n");
	}
}

static void dump_aliases(const void *blob, char *buf, int size,
			 struct sbuf *out)
{
	int aliases = fdt_path_offset(blob, "/aliases"), prop, node;
	const char *name;

	if (aliases < 0)
		return;
	fdt_for_each_property_offset(prop, blob, aliases) {
		if (!fdt_getprop_by_offset(blob, prop, &name, NULL))
			return;
		node = fdt_path_offset(blob, name);
		if (node < 0 || fdt_get_path(blob, node, buf, size) != 0)
			snprintf(buf, (size_t)size, "(not found)");
		sbuf_printf(out, "alias %s -> %s\n", name, buf);
	}
}

int libfdt_dump(const void *blob, size_t size, bool strict, struct sbuf *out)
{
	uint64_t addr, len;
	int node, depth = 0, i, n, err, target, cap;
	size_t plen[64];
	char *path, *buf;
	const char *name;
	uint32_t ph;

	err = libfdt_check(blob, size);
	if (err)
		return err;
	n = fdt_num_mem_rsv(blob);
	for (i = 0; i < n; i++) {
		if (fdt_get_mem_rsv(blob, i, &addr, &len) != 0)
			return -FDT_ERR_BADSTRUCTURE;
		sbuf_printf(out, "rsv %016" PRIx64 " %016" PRIx64 "\n", addr,
			    len);
	}
	/* A path is at most every byte of the blob plus a '/' per level;
	 * not size_dt_struct, which version 16 headers need not fill in. */
	cap = (int)fdt_totalsize(blob) + 2;
	path = malloc((size_t)cap);
	buf = malloc((size_t)cap);
	/* libfdt counts the root as depth 1. */
	for (node = fdt_next_node(blob, -1, &depth); node >= 0 && depth > 0;
	     node = fdt_next_node(blob, node, &depth)) {
		if (depth > 64)
			break;
		name = fdt_get_name(blob, node, NULL);
		if (strict) {
			if (fdt_get_path(blob, node, path, cap) != 0)
				snprintf(path, (size_t)cap, "(no path)");
		} else if (depth == 1) {
			strcpy(path, "/");
			plen[0] = 1;
		} else {
			plen[depth - 1] = plen[depth - 2] + (depth > 2);
			if (depth > 2)
				path[plen[depth - 1] - 1] = '/';
			strcpy(path + plen[depth - 1], name ? name : "?");
			plen[depth - 1] += strlen(name ? name : "?");
		}
		sbuf_printf(out, "node %s\n", path);
		dump_props(blob, node, out);
		ph = fdt_get_phandle(blob, node);
		if (ph == 0)
			continue;
		if (!strict) {
			sbuf_printf(out, "  phandle %" PRIu32 "\n", ph);
			continue;
		}
		target = fdt_node_offset_by_phandle(blob, ph);
		if (target < 0 || fdt_get_path(blob, target, buf, cap) != 0)
			snprintf(buf, (size_t)cap, "(%s)",
				 target == -FDT_ERR_NOTFOUND ? "not found"
							     : "error");
		sbuf_printf(out, "  phandle %" PRIu32 " -> %s\n", ph, buf);
	}
	if (strict)
		dump_aliases(blob, buf, cap, out);
	free(buf);
	free(path);
	return 0;
}

/* ---- board ------------------------------------------------------------ */

static bool str_prop_is(const void *blob, int node, const char *name,
			const char *value)
{
	return fdt_stringlist_search(blob, node, name, value) >= 0;
}

static bool okay(const void *blob, int node)
{
	int len;
	const char *s = fdt_getprop(blob, node, "status", &len);

	return !s || str_prop_is(blob, node, "status", "okay") ||
	       str_prop_is(blob, node, "status", "ok");
}

static uint64_t cells(const fdt32_t *p, int n)
{
	uint64_t v = 0;

	while (n-- > 0)
		v = v << 32 | fdt32_to_cpu(*p++);
	return v;
}

/* All reg entries of node, decoded with its parent's cells. */
static int reg_entries(const void *blob, int node, struct board_range *r,
		       int max)
{
	int parent = fdt_parent_offset(blob, node), len, ac, sc, i, n;
	const fdt32_t *reg = fdt_getprop(blob, node, "reg", &len);

	if (!reg || parent < 0)
		return 0;
	ac = fdt_address_cells(blob, parent);
	sc = fdt_size_cells(blob, parent);
	if (ac < 1 || ac > 2 || sc < 0 || sc > 2)
		return -1;
	n = len / (4 * (ac + sc));
	for (i = 0; i < n && i < max; i++) {
		r[i].base = cells(reg + i * (ac + sc), ac);
		r[i].size = cells(reg + i * (ac + sc) + ac, sc);
	}
	return n;
}

/* Every bus between node and the root must have an empty ranges. */
static bool identity_mapped(const void *blob, int node)
{
	int bus, len;

	for (bus = fdt_parent_offset(blob, node); bus > 0;
	     bus = fdt_parent_offset(blob, bus))
		if (!fdt_getprop(blob, bus, "ranges", &len) || len != 0)
			return false;
	return true;
}

static void board_memory(const void *blob, struct board *w)
{
	struct board_range r[64];
	int node, i, n;

	for (node = fdt_next_node(blob, -1, NULL); node >= 0;
	     node = fdt_next_node(blob, node, NULL)) {
		if (!str_prop_is(blob, node, "device_type", "memory") ||
		    !okay(blob, node))
			continue;
		n = reg_entries(blob, node, r, 64);
		for (i = 0; i < n && i < 64; i++)
			if (r[i].size && w->nmem < BOARD_MAX_MEM)
				w->mem[w->nmem++] = r[i];
	}
}

static void board_resv(const void *blob, struct board *w)
{
	struct board_range r[64];
	int i, n, node, child;

	n = fdt_num_mem_rsv(blob);
	for (i = 0; i < n && w->nresv < BOARD_MAX_RESV; i++) {
		fdt_get_mem_rsv(blob, i, &r[0].base, &r[0].size);
		w->resv[w->nresv++] = r[0];
	}
	node = fdt_path_offset(blob, "/reserved-memory");
	if (node < 0)
		return;
	fdt_for_each_subnode(child, blob, node) {
		n = reg_entries(blob, child, r, 64);
		for (i = 0; i < n && i < 64; i++)
			if (r[i].size && w->nresv < BOARD_MAX_RESV)
				w->resv[w->nresv++] = r[i];
	}
}

static bool sstc(const void *blob, int cpu)
{
	const char *isa = fdt_getprop(blob, cpu, "riscv,isa", NULL);
	char copy[256], *tok, *save;

	if (isa && strlen(isa) < sizeof(copy)) {
		strcpy(copy, isa);
		for (tok = strtok_r(copy, "_", &save); tok;
		     tok = strtok_r(NULL, "_", &save))
			if (strcasecmp(tok, "sstc") == 0)
				return true;
	}
	return str_prop_is(blob, cpu, "riscv,isa-extensions", "sstc");
}

/* The S-mode external context of the hart whose cpu node is cpu. */
static uint32_t s_context(const void *blob, int plic, int cpu)
{
	const fdt32_t *ie;
	int len, i, intc;

	ie = fdt_getprop(blob, plic, "interrupts-extended", &len);
	if (!ie)
		return BOARD_NO_CONTEXT;
	for (i = 0; i < len / 8; i++) {
		/* The target must be an interrupt controller under cpu. */
		intc = fdt_node_offset_by_phandle(blob,
						  fdt32_to_cpu(ie[2 * i]));
		if (intc >= 0 && fdt_parent_offset(blob, intc) == cpu &&
		    fdt_getprop(blob, intc, "interrupt-controller", NULL) &&
		    fdt32_to_cpu(ie[2 * i + 1]) == 9)
			return (uint32_t)i;
	}
	return BOARD_NO_CONTEXT;
}

static int first_plic(const void *blob)
{
	int a = fdt_node_offset_by_compatible(blob, -1, "sifive,plic-1.0.0");
	int b = fdt_node_offset_by_compatible(blob, -1, "riscv,plic0");

	/* Offsets grow in document order. */
	if (a < 0)
		return b;
	return b < 0 || a < b ? a : b;
}

static void board_harts(const void *blob, struct board *w)
{
	int cpus = fdt_path_offset(blob, "/cpus"), cpu, len;
	int plic = first_plic(blob), first = -1;
	const fdt32_t *v;
	const char *mmu;
	struct board_hart *h;

	fdt_for_each_subnode(cpu, blob, cpus) {
		if (!str_prop_is(blob, cpu, "device_type", "cpu"))
			continue;
		mmu = fdt_getprop(blob, cpu, "mmu-type", NULL);
		v = fdt_getprop(blob, cpu, "reg", &len);
		if (!okay(blob, cpu) || !mmu ||
		    str_prop_is(blob, cpu, "mmu-type", "riscv,none") ||
		    w->nharts == BOARD_MAX_HARTS ||
		    (v && fdt32_to_cpu(v[len / 4 - 1]) > BOARD_MAX_HARTID)) {
			w->harts_skipped++;
			continue;
		}
		if (first < 0)
			first = cpu;
		h = &w->harts[w->nharts++];
		h->hartid = v ? fdt32_to_cpu(v[len / 4 - 1]) : ~0u;
		h->has_sstc = sstc(blob, cpu);
		h->plic_s_context = plic >= 0 ? s_context(blob, plic, cpu)
					      : BOARD_NO_CONTEXT;
	}
	v = fdt_getprop(blob, cpus, "timebase-frequency", &len);
	if (!v && first >= 0)
		v = fdt_getprop(blob, first, "timebase-frequency", &len);
	if (v)
		w->timebase_hz = cells(v, len / 4);
}

static void board_plic(const void *blob, struct board *w)
{
	struct board_range r;
	const fdt32_t *v;
	int plic = first_plic(blob);

	if (plic < 0 || reg_entries(blob, plic, &r, 1) < 1)
		return;
	/* This oracle only follows identity (empty) ranges, as on every
	 * board in ../shared; anything else shows up as a mismatch. */
	w->plic.present = identity_mapped(blob, plic);
	w->plic.base = r.base;
	w->plic.size = r.size;
	v = fdt_getprop(blob, plic, "riscv,ndev", NULL);
	w->plic.ndev = v ? fdt32_to_cpu(*v) : 0;
}

static uint32_t u32_prop(const void *blob, int node, const char *name,
			 uint32_t dflt)
{
	const fdt32_t *v = fdt_getprop(blob, node, name, NULL);

	return v ? fdt32_to_cpu(*v) : dflt;
}

static void board_console(const void *blob, struct board *w)
{
	struct board_console *c = &w->console;
	int chosen = fdt_path_offset(blob, "/chosen"), node;
	const char *path;
	struct board_range r;

	path = chosen < 0 ? NULL : fdt_getprop(blob, chosen, "stdout-path",
					       NULL);
	if (!path)
		return;
	node = fdt_path_offset_namelen(blob, path, (int)strcspn(path, ":"));
	if (node < 0 || !okay(blob, node) ||
	    reg_entries(blob, node, &r, 1) < 1 || !identity_mapped(blob, node))
		return;
	if (fdt_node_check_compatible(blob, node, "ns16550a") == 0 ||
	    fdt_node_check_compatible(blob, node, "ns16550") == 0 ||
	    fdt_node_check_compatible(blob, node, "snps,dw-apb-uart") == 0)
		c->kind = CONSOLE_NS16550;
	else if (fdt_node_check_compatible(blob, node, "sifive,uart0") == 0)
		c->kind = CONSOLE_SIFIVE_UART;
	else
		return;
	c->base = r.base;
	c->size = r.size;
	c->reg_shift = u32_prop(blob, node, "reg-shift", 0);
	c->reg_io_width = u32_prop(blob, node, "reg-io-width", 1);
	c->irq = u32_prop(blob, node, "interrupts", 0);
	if (fdt_get_path(blob, node, c->path, sizeof(c->path)) != 0)
		c->path[0] = '\0';
}

int libfdt_board(const void *blob, struct board *w)
{
	const char *model;
	int err = libfdt_check(blob, fdt_totalsize(blob));

	memset(w, 0, sizeof(*w));
	if (err)
		return err;
	w->dtb_size = fdt_totalsize(blob);
	model = fdt_getprop(blob, 0, "model", NULL);
	if (model)
		snprintf(w->model, sizeof(w->model), "%s", model);
	board_memory(blob, w);
	board_resv(blob, w);
	board_harts(blob, w);
	board_plic(blob, w);
	board_console(blob, w);
	return 0;
}
