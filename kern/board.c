/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * board_from_fdt(): everything the kernel learns from the device tree, in
 * one pass at boot. The rules (which harts count, how the console and the
 * PLIC contexts are found) are spelled out next to each parser; see also
 * kern/board.h, and dts/ for the boards they are for (what each board's
 * tree holds, and where those facts come from).
 *
 * Policy on bad input: a malformed tree, or one that leaves the kernel
 * unable to run (no RAM bank, no usable hart, no timebase) is an error; a
 * reservation table that overflows is an error too, because dropping a
 * reservation would let the frame allocator hand out firmware memory. A
 * console we cannot drive is not an error: the kernel falls back to SBI.
 */

#include <kern/board.h>
#include <kern/fdt.h>

/* The cpu-intc interrupt that is the hart's S-mode external interrupt. */
#define IRQ_S_EXT 9

/* interrupts-extended entries are (phandle, irq) with #interrupt-cells 1. */
#define IEXT_CELLS 2

#define CELL_SIZE 4

/* ---- helpers ---------------------------------------------------------- */

/*
 * Zero *b byte by byte through a volatile pointer: a plain loop or struct
 * assignment lets the compiler emit a memset() call the kernel may lack.
 */
static void board_clear(struct board *b)
{
	volatile unsigned char *p = (volatile unsigned char *)b;
	size_t i;

	for (i = 0; i < sizeof(*b); i++)
		p[i] = 0;
}

/* Copy src into dst[size], truncating, always NUL-terminated. */
static void copy_str(char *dst, size_t size, const char *src)
{
	size_t i;

	for (i = 0; i + 1 < size && src[i]; i++)
		dst[i] = src[i];
	dst[i] = '\0';
}

static char lower(char c)
{
	return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

/* Do the n bytes at s equal the lower-case word w, ignoring case? */
static bool token_ieq(const char *s, size_t n, const char *w)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (w[i] == '\0' || lower(s[i]) != w[i])
			return false;
	return w[n] == '\0';
}

/* Append r to a table, or NOSPACE when full. */
static int add_range(struct board_range *tab, unsigned *n, unsigned max,
		     uint64_t base, uint64_t size)
{
	if (*n >= max)
		return FDT_ERR_NOSPACE;
	tab[*n].base = base;
	tab[*n].size = size;
	(*n)++;
	return 0;
}

/* Entry idx of node's reg, translated to a CPU physical address. */
static int reg_phys(const struct fdt *fdt, int node, unsigned idx,
		    struct board_range *r)
{
	int err = fdt_reg(fdt, node, idx, &r->base, &r->size);

	return err ? err : fdt_translate(fdt, node, &r->base);
}

/* ---- model, memory, reservations ------------------------------------- */

static void parse_model(struct board *b, const struct fdt *fdt)
{
	const char *model;

	if (fdt_prop_str(fdt, fdt_root(fdt), "model", &model) == 0)
		copy_str(b->model, sizeof(b->model), model);
}

/*
 * RAM: every available node with device_type "memory", each reg entry a
 * bank (decoded with the parent's cells, default 2/1). Banks beyond
 * BOARD_MAX_MEM are dropped: that only loses RAM.
 */
static int parse_memory(struct board *b, const struct fdt *fdt)
{
	uint64_t base, size;
	int node, depth = 0, err;
	unsigned i;

	for (node = fdt_root(fdt); node >= 0;
	     node = fdt_walk_next(fdt, node, &depth)) {
		if (!fdt_prop_has(fdt, node, "device_type", "memory") ||
		    !fdt_node_is_okay(fdt, node))
			continue;
		for (i = 0; (err = fdt_reg(fdt, node, i, &base, &size)) == 0;
		     i++)
			if (size != 0)
				(void)add_range(b->mem, &b->nmem,
						BOARD_MAX_MEM, base, size);
		if (err != FDT_ERR_NOTFOUND)
			return err;
	}
	return node == FDT_ERR_NOTFOUND ? 0 : node;
}

/*
 * Reservations: the header's reservation block, then every reg entry of
 * every /reserved-memory child (those without reg are dynamic allocations
 * the firmware has not placed, so there is nothing to avoid).
 */
static int parse_reservations(struct board *b, const struct fdt *fdt)
{
	uint64_t base, size;
	int resmem, child, err;
	unsigned i;

	for (i = 0; fdt_rsv_entry(fdt, i, &base, &size) == 0; i++) {
		err = add_range(b->resv, &b->nresv, BOARD_MAX_RESV, base, size);
		if (err)
			return err;
	}
	resmem = fdt_find_path(fdt, "/reserved-memory", 16);
	if (resmem == FDT_ERR_NOTFOUND)
		return 0;
	if (resmem < 0)
		return resmem;
	for (child = fdt_first_child(fdt, resmem); child >= 0;
	     child = fdt_next_sibling(fdt, child)) {
		for (i = 0; (err = fdt_reg(fdt, child, i, &base, &size)) == 0;
		     i++) {
			if (size == 0)
				continue;
			err = add_range(b->resv, &b->nresv, BOARD_MAX_RESV,
					base, size);
			if (err)
				return err;
		}
		if (err != FDT_ERR_NOTFOUND)
			return err;
	}
	return child == FDT_ERR_NOTFOUND ? 0 : child;
}

/* ---- harts ------------------------------------------------------------ */

/* Is "sstc" one of the '_'-separated tokens of a riscv,isa string? */
static bool isa_has_sstc(const char *isa)
{
	const char *end;

	for (;; isa = end + 1) {
		for (end = isa; *end && *end != '_'; end++)
			;
		if (token_ieq(isa, (size_t)(end - isa), "sstc"))
			return true;
		if (*end == '\0')
			return false;
	}
}

static bool cpu_has_sstc(const struct fdt *fdt, int cpu)
{
	const char *isa;

	if (fdt_prop_str(fdt, cpu, "riscv,isa", &isa) == 0 &&
	    isa_has_sstc(isa))
		return true;
	return fdt_prop_has(fdt, cpu, "riscv,isa-extensions", "sstc");
}

/* A hart the kernel can run on: enabled, with an MMU ("riscv,none" = no). */
static bool cpu_usable(const struct fdt *fdt, int cpu)
{
	struct fdt_prop mmu;

	return fdt_node_is_okay(fdt, cpu) &&
	       fdt_find_prop(fdt, cpu, "mmu-type", &mmu) == 0 &&
	       !fdt_strlist_has(&mmu, "riscv,none");
}

/*
 * Harts: /cpus children with device_type "cpu" that are usable and have
 * an id the kernel can name (BOARD_MAX_HARTID), in tree order, at most
 * BOARD_MAX_HARTS; the rest are counted in harts_skipped.
 * cpu_node[i] gets harts[i]'s node for the PLIC context lookup.
 */
static int parse_harts(struct board *b, const struct fdt *fdt, int cpus,
		       int cpu_node[BOARD_MAX_HARTS])
{
	struct board_hart *h;
	uint64_t id, size;
	int cpu, err;

	for (cpu = fdt_first_child(fdt, cpus); cpu >= 0;
	     cpu = fdt_next_sibling(fdt, cpu)) {
		if (!fdt_prop_has(fdt, cpu, "device_type", "cpu"))
			continue;
		if (!cpu_usable(fdt, cpu) || b->nharts >= BOARD_MAX_HARTS) {
			b->harts_skipped++;
			continue;
		}
		err = fdt_reg(fdt, cpu, 0, &id, &size);
		if (err)
			return err == FDT_ERR_NOTFOUND ? FDT_ERR_BADVALUE : err;
		if (id > 0xffffffffu)
			return FDT_ERR_BADVALUE;
		if (id > BOARD_MAX_HARTID) {
			b->harts_skipped++;
			continue;
		}
		cpu_node[b->nharts] = cpu;
		h = &b->harts[b->nharts++];
		h->hartid = (uint32_t)id;
		h->has_sstc = cpu_has_sstc(fdt, cpu);
		h->plic_s_context = BOARD_NO_CONTEXT;
	}
	return cpu == FDT_ERR_NOTFOUND ? 0 : cpu;
}

/* timebase-frequency of /cpus, else of the first usable hart's node. */
static int parse_timebase(struct board *b, const struct fdt *fdt, int cpus,
			  int first_cpu)
{
	int err = fdt_prop_uint(fdt, cpus, "timebase-frequency",
				&b->timebase_hz);

	if (err == FDT_ERR_NOTFOUND && first_cpu >= 0)
		err = fdt_prop_uint(fdt, first_cpu, "timebase-frequency",
				    &b->timebase_hz);
	return err == FDT_ERR_NOTFOUND ? 0 : err;
}

/* ---- PLIC ------------------------------------------------------------- */

static bool is_plic(const struct fdt *fdt, int node)
{
	return fdt_prop_has(fdt, node, "compatible", "sifive,plic-1.0.0") ||
	       fdt_prop_has(fdt, node, "compatible", "riscv,plic0");
}

/* Phandle of cpu's interrupt-controller child (its cpu-intc), or 0. */
static uint32_t cpu_intc_phandle(const struct fdt *fdt, int cpu)
{
	struct fdt_prop p;
	uint32_t ph;
	int child;

	for (child = fdt_first_child(fdt, cpu); child >= 0;
	     child = fdt_next_sibling(fdt, child))
		if (fdt_find_prop(fdt, child, "interrupt-controller", &p) == 0)
			return fdt_node_phandle(fdt, child, &ph) == 0 ? ph : 0;
	return 0;
}

/*
 * PLIC context i is the i-th (phandle, irq) pair of interrupts-extended;
 * a hart's S-mode context is the pair naming its cpu-intc with irq 9.
 */
static int plic_contexts(struct board *b, const struct fdt *fdt, int plic,
			 const int cpu_node[BOARD_MAX_HARTS])
{
	struct fdt_prop iext;
	uint64_t ph, irq;
	uint32_t pos, ctx, intc;
	unsigned h;
	int err;

	err = fdt_find_prop(fdt, plic, "interrupts-extended", &iext);
	if (err)
		return err == FDT_ERR_NOTFOUND ? 0 : err;
	if (iext.len % (IEXT_CELLS * CELL_SIZE))
		return FDT_ERR_BADVALUE;
	for (h = 0; h < b->nharts; h++) {
		intc = cpu_intc_phandle(fdt, cpu_node[h]);
		if (intc == 0)
			continue;
		for (pos = 0, ctx = 0; pos < iext.len / CELL_SIZE; ctx++) {
			err = fdt_cells(&iext, &pos, 1, &ph);
			if (!err)
				err = fdt_cells(&iext, &pos, 1, &irq);
			if (err)
				return err;
			if (ph == intc && irq == IRQ_S_EXT) {
				b->harts[h].plic_s_context = ctx;
				break;
			}
		}
	}
	return 0;
}

/* The first node compatible with the SiFive/RISC-V PLIC, in tree order. */
static int parse_plic(struct board *b, const struct fdt *fdt,
		      const int cpu_node[BOARD_MAX_HARTS])
{
	struct board_range r;
	int node, depth = 0, err;

	for (node = fdt_root(fdt); node >= 0;
	     node = fdt_walk_next(fdt, node, &depth))
		if (is_plic(fdt, node))
			break;
	if (node < 0)
		return node == FDT_ERR_NOTFOUND ? 0 : node;
	err = reg_phys(fdt, node, 0, &r);
	if (err)
		return err == FDT_ERR_NOTFOUND ? FDT_ERR_BADVALUE : err;
	err = fdt_prop_u32(fdt, node, "riscv,ndev", &b->plic.ndev);
	if (err && err != FDT_ERR_NOTFOUND)
		return err;
	b->plic.present = true;
	b->plic.base = r.base;
	b->plic.size = r.size;
	return plic_contexts(b, fdt, node, cpu_node);
}

/* ---- console ---------------------------------------------------------- */

static enum board_console_kind console_kind(const struct fdt *fdt, int node)
{
	if (fdt_prop_has(fdt, node, "compatible", "ns16550a") ||
	    fdt_prop_has(fdt, node, "compatible", "ns16550") ||
	    fdt_prop_has(fdt, node, "compatible", "snps,dw-apb-uart"))
		return CONSOLE_NS16550;
	if (fdt_prop_has(fdt, node, "compatible", "sifive,uart0"))
		return CONSOLE_SIFIVE_UART;
	return CONSOLE_NONE;
}

/* A u32 property, dflt when absent; false when present but malformed. */
static bool u32_or(const struct fdt *fdt, int node, const char *name,
		   uint32_t dflt, uint32_t *out)
{
	int err = fdt_prop_u32(fdt, node, name, out);

	if (err == FDT_ERR_NOTFOUND)
		*out = dflt;
	return err == 0 || err == FDT_ERR_NOTFOUND;
}

/* The node /chosen/stdout-path names ("path-or-alias[:options]"). */
static int stdout_node(const struct fdt *fdt)
{
	const char *path;
	size_t len;
	int chosen = fdt_find_path(fdt, "/chosen", 7);

	if (chosen < 0)
		return chosen;
	if (fdt_prop_str(fdt, chosen, "stdout-path", &path) != 0 &&
	    fdt_prop_str(fdt, chosen, "linux,stdout-path", &path) != 0)
		return FDT_ERR_NOTFOUND;
	for (len = 0; path[len] && path[len] != ':'; len++)
		;
	return fdt_find_path(fdt, path, len);
}

/*
 * Anything short of a driveable UART leaves kind CONSOLE_NONE: the caller
 * then uses the SBI console. Register layout must be one the drivers do:
 * io width 1 or 4 bytes, a shift below 32.
 */
static void parse_console(struct board *b, const struct fdt *fdt)
{
	struct board_console *c = &b->console;
	struct board_range r;
	struct fdt_prop irq;
	enum board_console_kind kind;
	uint32_t pos = 0;
	uint64_t v;
	int node = stdout_node(fdt);

	if (node < 0 || !fdt_node_is_okay(fdt, node))
		return;
	kind = console_kind(fdt, node);
	if (kind == CONSOLE_NONE || reg_phys(fdt, node, 0, &r) != 0)
		return;
	if (!u32_or(fdt, node, "reg-shift", 0, &c->reg_shift) ||
	    !u32_or(fdt, node, "reg-io-width", 1, &c->reg_io_width) ||
	    c->reg_shift >= 32 ||
	    (c->reg_io_width != 1 && c->reg_io_width != 4)) {
		c->reg_shift = c->reg_io_width = 0;
		return;
	}
	if (fdt_find_prop(fdt, node, "interrupts", &irq) == 0 &&
	    fdt_cells(&irq, &pos, 1, &v) == 0)
		c->irq = (uint32_t)v;
	c->base = r.base;
	c->size = r.size;
	/* A path too long for the buffer is kept truncated: it is only shown. */
	(void)fdt_node_path(fdt, node, c->path, sizeof(c->path));
	c->kind = kind;
}

/* /chosen/bootargs, kept for the root task (truncated if too long). */
static void parse_bootargs(struct board *b, const struct fdt *fdt)
{
	const char *args;
	int chosen = fdt_find_path(fdt, "/chosen", 7);
	size_t i;

	if (chosen < 0 || fdt_prop_str(fdt, chosen, "bootargs", &args) != 0)
		return;
	for (i = 0; args[i] && i + 1 < sizeof(b->bootargs); i++)
		b->bootargs[i] = args[i];
	b->bootargs[i] = 0;
}

/* Where KEY=... begins a word of the command line: its value, else NULL. */
static const char *cmdline_value(const char *line, const char *key)
{
	for (const char *w = line; *w; w++) {
		size_t i;

		if (w != line && w[-1] != ' ')
			continue;
		for (i = 0; key[i] && w[i] == key[i]; i++)
			;
		if (!key[i] && w[i] == '=')
			return w + i + 1;
	}
	return NULL;
}

unsigned long board_cmdline_number(const struct board *b, const char *key,
				   unsigned long dflt, bool *bad)
{
	const char *p = cmdline_value(b->bootargs, key);
	unsigned long v = 0;

	if (!p)
		return dflt;
	if (*p < '0' || *p > '9')
		goto bad;
	for (; *p >= '0' && *p <= '9'; p++) {
		unsigned long d = (unsigned long)(*p - '0');

		if (v > (~0UL - d) / 10)
			goto bad;
		v = v * 10 + d;
	}
	if (*p && *p != ' ')
		goto bad;
	return v;
bad:
	if (bad)
		*bad = true;
	return dflt;
}

/* ---- QEMU's test finisher --------------------------------------------- */

/*
 * QEMU's "sifive,test" device ends the emulation with an exit status. The
 * kernel uses it only to report a failure (see arch_poweroff): OpenSBI 1.1
 * drops SRST's reason and always exits with status 0.
 */
static void parse_finisher(struct board *b, const struct fdt *fdt)
{
	int node, depth = 0;

	for (node = fdt_root(fdt); node >= 0; node = fdt_walk_next(fdt, node, &depth)) {
		if (!fdt_prop_has(fdt, node, "compatible", "sifive,test1") &&
		    !fdt_prop_has(fdt, node, "compatible", "sifive,test0"))
			continue;
		if (fdt_node_is_okay(fdt, node) && reg_phys(fdt, node, 0, &b->test_finisher) != 0)
			b->test_finisher = (struct board_range){ 0, 0 };
		return;
	}
}

/* ---- entry point ------------------------------------------------------ */

int board_from_fdt(struct board *b, const void *dtb, size_t max_size)
{
	struct fdt fdt;
	int cpu_node[BOARD_MAX_HARTS];
	int cpus, err;

	board_clear(b);
	err = fdt_init(&fdt, dtb, max_size);
	if (err)
		return err;
	b->dtb_size = fdt.totalsize;

	parse_model(b, &fdt);
	err = parse_memory(b, &fdt);
	if (!err)
		err = parse_reservations(b, &fdt);
	if (err)
		return err;

	cpus = fdt_find_path(&fdt, "/cpus", 5);
	if (cpus < 0)
		return cpus;
	err = parse_harts(b, &fdt, cpus, cpu_node);
	if (!err)
		err = parse_timebase(b, &fdt, cpus,
				     b->nharts ? cpu_node[0] : -1);
	if (!err)
		err = parse_plic(b, &fdt, cpu_node);
	if (err)
		return err;
	parse_console(b, &fdt);
	parse_finisher(b, &fdt);
	parse_bootargs(b, &fdt);

	/* The kernel cannot run without these; say so here, once. */
	if (b->nmem == 0 || b->nharts == 0 || b->timebase_hz == 0)
		return FDT_ERR_NOTFOUND;
	return 0;
}
