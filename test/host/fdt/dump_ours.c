/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * Dump a tree with kern/fdt.c in the format dump_libfdt.c writes with
 * libfdt, checking our navigation functions against each other on the way.
 *
 * strict (real, well-formed trees): every node's path also comes from
 * fdt_node_path() and must lead back to the node through fdt_find_path();
 * phandles are resolved and /aliases listed. Without strict (fuzzed trees,
 * where names may hold '/' and paths are O(n) each) paths are built from
 * the walk and fdt_parent()/fdt_node_path() are sampled.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <kern/fdt.h>

#include "fdt_test.h"

#define SAMPLE_EVERY 61 /* cross-check one node in this many when fuzzing */

const char *ours_strerror(int err)
{
	return fdt_strerror(err);
}

static void dump_props(const struct fdt *f, int node, struct sbuf *out)
{
	struct fdt_prop p;
	uint32_t i;
	int prop;

	for (prop = fdt_first_prop(f, node); prop >= 0;
	     prop = fdt_next_prop(f, prop)) {
		if (fdt_prop_at(f, prop, &p) != 0) {
			sbuf_printf(out, "error prop_at\n");
			return;
		}
		sbuf_printf(out, "  prop %s %" PRIu32 " ", p.name, p.len);
		for (i = 0; i < p.len; i++)
			sbuf_printf(out, "%02x", p.data[i]);
		sbuf_printf(out, "\n");
	}
	if (prop != FDT_ERR_NOTFOUND)
		sbuf_printf(out, "error props %s\n", fdt_strerror(prop));
}

static void dump_phandle(const struct fdt *f, int node, bool strict,
			 char *buf, size_t size, struct sbuf *out)
{
	uint32_t ph;
	int target;

	/* libfdt reports phandle 0 as "none". */
	if (fdt_node_phandle(f, node, &ph) != 0 || ph == 0)
		return;
	if (!strict) {
		sbuf_printf(out, "  phandle %" PRIu32 "\n", ph);
		return;
	}
	target = fdt_find_phandle(f, ph);
	if (target < 0 || fdt_node_path(f, target, buf, size) != 0)
		snprintf(buf, size, "(%s)", fdt_strerror(target));
	sbuf_printf(out, "  phandle %" PRIu32 " -> %s\n", ph, buf);
}

static void dump_aliases(const struct fdt *f, char *buf, size_t size,
			 struct sbuf *out)
{
	struct fdt_prop p;
	int aliases = fdt_find_path(f, "/aliases", 8), prop, node;

	if (aliases < 0)
		return;
	for (prop = fdt_first_prop(f, aliases); prop >= 0;
	     prop = fdt_next_prop(f, prop)) {
		if (fdt_prop_at(f, prop, &p) != 0)
			return;
		node = fdt_find_path(f, p.name, strlen(p.name));
		if (node < 0 || fdt_node_path(f, node, buf, size) != 0)
			snprintf(buf, size, "(not found)");
		sbuf_printf(out, "alias %s -> %s\n", p.name, buf);
	}
}

/*
 * Check node (at depth, whose ancestors are stack[0..depth)) against
 * fdt_parent(), fdt_node_path() and, when strict, fdt_find_path().
 */
static void cross_check(const struct fdt *f, int node, int depth,
			const int *stack, const char *path, bool strict,
			char *buf, size_t size)
{
	int parent = fdt_parent(f, node), back;

	CHECK(parent == (depth ? stack[depth - 1] : FDT_ERR_NOTFOUND),
	      "fdt_parent(%s) = %d, expected %d", path, parent,
	      depth ? stack[depth - 1] : FDT_ERR_NOTFOUND);
	CHECK(fdt_node_path(f, node, buf, size) == 0 && strcmp(buf, path) == 0,
	      "fdt_node_path(%d) = \"%s\", expected \"%s\"", node, buf, path);
	if (!strict)
		return;
	/* A duplicate name can lead to an earlier twin with the same path. */
	back = fdt_find_path(f, path, strlen(path));
	CHECK(back == node || (back >= 0 && fdt_node_path(f, back, buf, size) ==
			       0 && strcmp(buf, path) == 0),
	      "fdt_find_path(%s) = %d, expected %d", path, back, node);
}

/* Count nodes through first_child/next_sibling with an explicit stack. */
static int count_by_children(const struct fdt *f)
{
	int stack[FDT_MAX_DEPTH], depth = 0, n = 1, next;

	stack[0] = fdt_root(f);
	for (;;) {
		next = fdt_first_child(f, stack[depth]);
		if (next >= 0 && depth + 1 < FDT_MAX_DEPTH) {
			stack[++depth] = next;
			n++;
			continue;
		}
		/* No child: climb until a sibling turns up. */
		for (;;) {
			if (depth == 0)
				return n;
			next = fdt_next_sibling(f, stack[depth]);
			if (next >= 0)
				break;
			if (next != FDT_ERR_NOTFOUND)
				return next;
			depth--;
		}
		stack[depth] = next;
		n++;
	}
}

int ours_dump(const void *blob, size_t size, bool strict, struct sbuf *out)
{
	struct fdt f;
	uint64_t addr, len;
	int stack[FDT_MAX_DEPTH], node, depth = 0, nodes = 0, err;
	size_t *plen, pathcap;
	char *path, *buf;
	const char *name;
	unsigned i;

	err = fdt_init(&f, blob, size);
	if (err)
		return err;
	for (i = 0; fdt_rsv_entry(&f, i, &addr, &len) == 0; i++)
		sbuf_printf(out, "rsv %016" PRIx64 " %016" PRIx64 "\n", addr,
			    len);
	CHECK(i == f.nrsv, "rsv entries %u, header walk found %u", i, f.nrsv);

	/* A path is at most every name in the block plus a '/' for each. */
	pathcap = (size_t)f.struct_size + 2;
	path = malloc(pathcap);
	buf = malloc(pathcap);
	plen = malloc(sizeof(*plen) * (FDT_MAX_DEPTH + 1));
	for (node = fdt_root(&f); node >= 0;
	     node = fdt_walk_next(&f, node, &depth)) {
		CHECK(depth >= 0 && depth < FDT_MAX_DEPTH, "depth %d", depth);
		if (depth < 0 || depth >= FDT_MAX_DEPTH)
			break;
		stack[depth] = node;
		name = fdt_node_name(&f, node);
		CHECK(name != NULL, "fdt_node_name(%d) failed", node);
		if (!name)
			break;
		/* plen[d] = length of the path of the node at depth d. */
		if (depth == 0) {
			strcpy(path, "/");
			plen[0] = 1;
		} else {
			plen[depth] = plen[depth - 1] + (depth > 1);
			if (depth > 1)
				path[plen[depth] - 1] = '/';
			strcpy(path + plen[depth], name);
			plen[depth] += strlen(name);
		}
		path[plen[depth]] = '\0';
		sbuf_printf(out, "node %s\n", path);
		if (strict || nodes % SAMPLE_EVERY == 0)
			cross_check(&f, node, depth, stack, path, strict, buf,
				    pathcap);
		dump_props(&f, node, out);
		dump_phandle(&f, node, strict, buf, pathcap, out);
		nodes++;
	}
	CHECK(node == FDT_ERR_NOTFOUND, "walk ended with %s",
	      fdt_strerror(node));
	err = count_by_children(&f);
	CHECK(err == nodes, "first_child/next_sibling found %d nodes, walk %d",
	      err, nodes);
	if (strict)
		dump_aliases(&f, buf, pathcap, out);
	free(plen);
	free(buf);
	free(path);
	return 0;
}
