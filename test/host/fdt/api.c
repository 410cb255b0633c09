/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * Unit checks of the kern/fdt.h functions on the synthetic board (see the
 * tree drawn at the top of synth.c): lookups, aliases, phandles, address
 * decoding and translation, and what happens with bad arguments.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <kern/fdt.h>

#include "fdt_test.h"

static int path(const struct fdt *f, const char *p)
{
	return fdt_find_path(f, p, strlen(p));
}

/* Is node the one at the (plain, alias-free) path want? */
static void expect_node(const struct fdt *f, const char *lookup, int node,
			const char *want)
{
	char buf[128];
	int err = node < 0 ? node : fdt_node_path(f, node, buf, sizeof(buf));

	CHECK(err == 0 && strcmp(buf, want) == 0,
	      "lookup %s: got %s, expected %s", lookup,
	      err ? fdt_strerror(err) : buf, want);
}

static void lookups(const struct fdt *f)
{
	static const char *const same[][2] = {
		{ "/", "/" },
		{ "/cpus/cpu@1", "/cpus/cpu@1" },
		{ "/cpus/cpu", "/cpus/cpu@0" },   /* name without unit */
		{ "//soc///bus@20000000/", "/soc/bus@20000000" },
		{ "/memory", "/memory@80000000" },
		{ "serial0", "/soc/bus@20000000/serial@1000" },
		{ "cpus/cpu@3/interrupt-controller",
		  "/cpus/cpu@3/interrupt-controller" },
	};
	static const char *const missing[] = {
		"", "/nope", "/cpus/cpu@9", "/cpus/cpu@", "nosuchalias",
		"serial0/nope", "/soc/plic@c", "/cpus/cp",
	};
	unsigned i;

	for (i = 0; i < sizeof(same) / sizeof(same[0]); i++)
		expect_node(f, same[i][0], path(f, same[i][0]), same[i][1]);
	for (i = 0; i < sizeof(missing) / sizeof(missing[0]); i++)
		CHECK(path(f, missing[i]) == FDT_ERR_NOTFOUND,
		      "lookup \"%s\" should fail", missing[i]);
	/* "/soc/plic@c" fails: a component with '@' must match in full. */
	expect_node(f, "/soc/plic", path(f, "/soc/plic"), "/soc/plic@c000000");
	/* The length bounds the path: options after ':' are not part of it. */
	expect_node(f, "serial0:115200", fdt_find_path(f, "serial0:115200", 7),
		    "/soc/bus@20000000/serial@1000");
	expect_node(f, "/cpusX", fdt_find_path(f, "/cpusX", 5), "/cpus");

	CHECK(fdt_parent(f, fdt_root(f)) == FDT_ERR_NOTFOUND, "root parent");
	CHECK(fdt_parent(f, path(f, "/soc/bus@20000000/serial@1000")) ==
	      path(f, "/soc/bus@20000000"), "serial's parent");

	expect_node(f, "phandle 1", fdt_find_phandle(f, 1),
		    "/cpus/cpu@0/interrupt-controller");
	expect_node(f, "linux,phandle 4", fdt_find_phandle(f, 4),
		    "/cpus/cpu@3/interrupt-controller");
	CHECK(fdt_find_phandle(f, 0) == FDT_ERR_NOTFOUND, "phandle 0");
	CHECK(fdt_find_phandle(f, 0xffffffff) == FDT_ERR_NOTFOUND, "phandle -1");
	CHECK(fdt_find_phandle(f, 99) == FDT_ERR_NOTFOUND, "phandle 99");
}

static void paths(const struct fdt *f)
{
	int serial = path(f, "serial0");
	char buf[64];

	/* Too small: an error, and what fits, terminated. */
	memset(buf, 'x', sizeof(buf));
	CHECK(fdt_node_path(f, serial, buf, 8) == FDT_ERR_NOSPACE &&
	      strcmp(buf, "/soc/bu") == 0, "short buffer gave \"%s\"", buf);
	CHECK(fdt_node_path(f, serial, buf, 0) == FDT_ERR_NOSPACE, "size 0");
	CHECK(fdt_node_path(f, fdt_root(f), buf, 1) == FDT_ERR_NOSPACE &&
	      buf[0] == '\0', "root in 1 byte");
	CHECK(fdt_node_path(f, fdt_root(f), buf, 2) == 0 &&
	      strcmp(buf, "/") == 0, "root in 2 bytes");
	CHECK(strcmp(fdt_node_name(f, serial), "serial@1000") == 0, "name");
}

static void values(const struct fdt *f)
{
	int serial = path(f, "serial0"), cpu1 = path(f, "/cpus/cpu@1");
	int mem = path(f, "/memory@80000000"), root = fdt_root(f);
	struct fdt_prop p;
	uint64_t base, size, v;
	uint32_t u, ac, sc, pos;
	const char *s;

	CHECK(fdt_reg(f, mem, 1, &base, &size) == 0 && base == 0x100000000 &&
	      size == 0x10000000, "memory reg[1]");
	CHECK(fdt_reg(f, mem, 2, &base, &size) == FDT_ERR_NOTFOUND,
	      "memory reg[2]");
	CHECK(fdt_reg(f, serial, 0, &base, &size) == 0 && base == 0x1000 &&
	      size == 0x100, "serial reg (bus-relative)");
	CHECK(fdt_translate(f, serial, &base) == 0 && base == 0x20001000,
	      "serial translated to %#llx", (unsigned long long)base);
	base = 0x200000;
	CHECK(fdt_translate(f, serial, &base) == FDT_ERR_NOTFOUND,
	      "address outside the bus window");
	CHECK(fdt_reg(f, root, 0, &base, &size) == FDT_ERR_BADVALUE,
	      "root has no parent bus");
	/* cpus: #size-cells 0, and no ranges: not translatable. */
	CHECK(fdt_reg(f, cpu1, 0, &base, &size) == 0 && base == 1 &&
	      size == 0, "cpu reg");
	CHECK(fdt_translate(f, cpu1, &base) == FDT_ERR_NOTFOUND,
	      "cpu address is not a CPU physical address");
	CHECK(fdt_bus_cells(f, path(f, "/chosen"), &ac, &sc) == 0 &&
	      ac == 2 && sc == 1, "default cells");

	CHECK(fdt_prop_uint(f, cpu1, "timebase-frequency", &v) == 0 &&
	      v == 25000000, "u64 timebase");
	CHECK(fdt_prop_u32(f, cpu1, "timebase-frequency", &u) ==
	      FDT_ERR_BADVALUE, "u32 of a two-cell value");
	CHECK(fdt_prop_u32(f, cpu1, "nope", &u) == FDT_ERR_NOTFOUND, "absent");
	CHECK(fdt_prop_str(f, cpu1, "riscv,isa", &s) == 0 &&
	      strcmp(s, "rv64imafdc_zicsr_SSTC") == 0, "string");
	CHECK(fdt_prop_str(f, cpu1, "reg", &s) == FDT_ERR_BADVALUE,
	      "a cell is not a string");
	CHECK(fdt_prop_has(f, serial, "compatible", "snps,dw-apb-uart") &&
	      !fdt_prop_has(f, serial, "compatible", "snps") &&
	      !fdt_prop_has(f, serial, "compatible", "snps,dw-apb-uart0"),
	      "string list");
	CHECK(fdt_node_is_okay(f, cpu1) &&
	      fdt_node_is_okay(f, path(f, "/cpus/cpu@3")) &&
	      !fdt_node_is_okay(f, path(f, "/cpus/cpu@2")), "status");

	CHECK(fdt_find_prop(f, serial, "interrupts", &p) == 0, "interrupts");
	pos = 1;
	CHECK(fdt_cells(&p, &pos, 1, &v) == 0 && v == 4 && pos == 2, "cell 1");
	CHECK(fdt_cells(&p, &pos, 1, &v) == FDT_ERR_BADVALUE, "past the end");
	pos = 0;
	CHECK(fdt_cells(&p, &pos, 3, &v) == FDT_ERR_BADVALUE, "3 cells");
	pos = 0xffffffff;
	CHECK(fdt_cells(&p, &pos, 1, &v) == FDT_ERR_BADVALUE, "huge pos");
	pos = 0;
	CHECK(fdt_cells(&p, &pos, 2, &v) == 0 && v == 0x700000004ull, "2 cells");
}

/* Offsets that are not nodes are refused, never followed blindly. */
static void bad_offsets(const struct fdt *f)
{
	static const int bad[] = { -1, -100, 1, 2, 3, 0x7ffffffc, 0x7fffffff };
	int prop = fdt_first_prop(f, fdt_root(f)), depth = 0;
	struct fdt_prop p;
	char buf[16];
	uint64_t a = 0;
	unsigned i;

	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		CHECK(fdt_first_child(f, bad[i]) < 0, "child of %d", bad[i]);
		CHECK(fdt_next_sibling(f, bad[i]) < 0, "sibling of %d", bad[i]);
		CHECK(fdt_parent(f, bad[i]) < 0, "parent of %d", bad[i]);
		CHECK(fdt_walk_next(f, bad[i], &depth) < 0, "walk %d", bad[i]);
		CHECK(fdt_node_name(f, bad[i]) == NULL, "name of %d", bad[i]);
		CHECK(fdt_node_path(f, bad[i], buf, sizeof(buf)) < 0,
		      "path of %d", bad[i]);
		CHECK(fdt_first_prop(f, bad[i]) < 0, "prop of %d", bad[i]);
		CHECK(fdt_prop_at(f, bad[i], &p) < 0, "prop_at %d", bad[i]);
		CHECK(fdt_translate(f, bad[i], &a) < 0, "translate %d", bad[i]);
	}
	CHECK(prop > 0 && fdt_first_child(f, prop) == FDT_ERR_BADOFFSET,
	      "a property is not a node");
	CHECK(fdt_prop_at(f, fdt_root(f), &p) == FDT_ERR_BADOFFSET,
	      "a node is not a property");
	CHECK(fdt_rsv_entry(f, 2, &a, &a) == FDT_ERR_NOTFOUND, "rsv[2]");
}

static void errors(void)
{
	int e;

	for (e = 0; e >= FDT_ERR_NOSPACE; e--)
		CHECK(strcmp(fdt_strerror(e), "unknown error") != 0,
		      "no text for %d", e);
	CHECK(strcmp(fdt_strerror(-1000), "unknown error") == 0, "unknown");
}

static void depth_limit(void)
{
	struct fdt f;
	uint8_t *blob;
	size_t size;
	int node, depth = 0, n = 0;

	/* FDT_MAX_DEPTH levels, the root included, are fine... */
	size = synth_deep(FDT_MAX_DEPTH - 1, &blob);
	CHECK(fdt_init(&f, blob, size) == 0, "depth %d refused",
	      FDT_MAX_DEPTH);
	for (node = fdt_root(&f); node >= 0;
	     node = fdt_walk_next(&f, node, &depth))
		n++;
	CHECK(n == FDT_MAX_DEPTH && node == FDT_ERR_NOTFOUND,
	      "walked %d of %d nodes", n, FDT_MAX_DEPTH);
	CHECK(fdt_parent(&f, fdt_find_path(&f, "/n/n/n", 6)) ==
	      fdt_find_path(&f, "/n/n", 4), "deep parent");
	free(blob);
	/* ...one more is not, and neither is a much deeper tree. */
	size = synth_deep(FDT_MAX_DEPTH, &blob);
	CHECK(fdt_init(&f, blob, size) == FDT_ERR_TOODEEP, "depth %d",
	      FDT_MAX_DEPTH + 1);
	free(blob);
	size = synth_deep(100000, &blob);
	CHECK(fdt_init(&f, blob, size) == FDT_ERR_TOODEEP, "depth 100001");
	free(blob);
}

unsigned run_api(void)
{
	unsigned before = test_failures;
	struct fdt f;
	uint8_t *blob;
	size_t size = synth_build(SYNTH_BOARD, &blob);
	int err = fdt_init(&f, blob, size);

	CHECK(err == 0, "fdt_init(synthetic): %s", fdt_strerror(err));
	if (!err) {
		lookups(&f);
		paths(&f);
		values(&f);
		bad_offsets(&f);
	}
	errors();
	depth_limit();
	free(blob);
	printf("%s api\n", test_failures == before ? "ok  " : "FAIL");
	return test_failures - before;
}
