/* SPDX-License-Identifier: BSD-2-Clause */
#ifndef KERN_FDT_H
#define KERN_FDT_H

/*
 * A small reader for flattened device trees (devicetree specification v0.4,
 * chapter 5), written to survive hostile input: every read is bounds-checked
 * against the blob, nothing recurses, and malformed trees give an FDT_ERR_*
 * code rather than a crash. It only reads; it never writes to the blob.
 *
 * fdt_init() validates the header and walks the whole structure block once,
 * so later calls on a tree it accepted only fail for caller mistakes (a bad
 * offset) or for properties whose value does not fit the request. The
 * accessors still check every read themselves.
 *
 * Nodes and properties are named by their byte offset inside the structure
 * block (an int >= 0). Functions returning an int return such an offset or
 * 0 on success, and a negative FDT_ERR_* code on failure.
 *
 * Note for host tests: the names here deliberately differ from libfdt's
 * (which the tests link as an oracle), except fdt_strerror(), which libfdt
 * never calls internally.
 */

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define FDT_MAGIC 0xd00dfeedu

/* Structure block tokens, each a big-endian 32-bit word, 4-byte aligned. */
#define FDT_BEGIN_NODE 0x1u /* then the NUL-terminated node name, padded */
#define FDT_END_NODE   0x2u
#define FDT_PROP       0x3u /* then u32 len, u32 nameoff, len value bytes */
#define FDT_NOP        0x4u
#define FDT_END        0x9u

#define FDT_FIRST_VERSION     16 /* oldest header version we read */
#define FDT_LAST_COMP_VERSION 17 /* newest version we are compatible with */

/* Nodes nest at most this deep, the root counting as 1. */
#define FDT_MAX_DEPTH 32

/* #address-cells and #size-cells above this are rejected as nonsense. */
#define FDT_MAX_NCELLS 4

#define FDT_ERR_TRUNCATED    (-1)  /* a read would run past the blob */
#define FDT_ERR_BADMAGIC     (-2)
#define FDT_ERR_BADVERSION   (-3)
#define FDT_ERR_BADLAYOUT    (-4)  /* header block offsets/sizes/alignment */
#define FDT_ERR_BADSTRUCTURE (-5)  /* malformed token stream */
#define FDT_ERR_NOTFOUND     (-6)
#define FDT_ERR_BADVALUE     (-7)  /* property has the wrong size or form */
#define FDT_ERR_TOODEEP      (-8)  /* nesting beyond FDT_MAX_DEPTH */
#define FDT_ERR_BADOFFSET    (-9)  /* offset given is not a node/property */
#define FDT_ERR_NOSPACE      (-10) /* caller's buffer or table is too small */

/*
 * A validated tree. Invariants after fdt_init() returned 0:
 *  - header <= rsv_off, rsv_off + 16 * (nrsv + 1) <= totalsize <= max_size;
 *  - struct_off + struct_size <= totalsize, struct_off and struct_size are
 *    multiples of 4; strings_off + strings_size <= totalsize;
 *  - the structure block holds exactly one root node (empty name, at offset
 *    root), nesting never exceeds FDT_MAX_DEPTH, every name is
 *    NUL-terminated inside its block and an FDT_END follows the root.
 */
struct fdt {
	const uint8_t *blob;
	uint32_t totalsize;
	uint32_t version;
	uint32_t struct_off;
	uint32_t struct_size;
	uint32_t strings_off;
	uint32_t strings_size;
	uint32_t rsv_off;
	uint32_t nrsv;     /* memory reservation entries before the terminator */
	int root;          /* structure offset of the root node */
};

/* One property; data points into the blob and holds len bytes. */
struct fdt_prop {
	const char *name;
	const uint8_t *data;
	uint32_t len;
};

int fdt_init(struct fdt *fdt, const void *blob, size_t max_size);
const char *fdt_strerror(int err);

/* Memory reservation block entry idx (0 .. nrsv-1). */
int fdt_rsv_entry(const struct fdt *fdt, unsigned idx,
		  uint64_t *addr, uint64_t *size);

/* Navigation. */
int fdt_root(const struct fdt *fdt);
int fdt_first_child(const struct fdt *fdt, int node);
int fdt_next_sibling(const struct fdt *fdt, int node);
int fdt_parent(const struct fdt *fdt, int node);
/*
 * The node after node in document order (depth first). *depth is node's
 * depth on entry (root = 0) and the returned node's depth on return.
 * FDT_ERR_NOTFOUND after the last node.
 */
int fdt_walk_next(const struct fdt *fdt, int node, int *depth);
const char *fdt_node_name(const struct fdt *fdt, int node);
/* Full path into buf; FDT_ERR_NOSPACE leaves a truncated, terminated path. */
int fdt_node_path(const struct fdt *fdt, int node, char *buf, size_t size);
/*
 * The node at path (len bytes, need not be NUL-terminated). A path not
 * starting with '/' starts with an alias from /aliases. A component without
 * '@' also matches a node name with a unit address ("cpus" or "memory").
 */
int fdt_find_path(const struct fdt *fdt, const char *path, size_t len);
int fdt_find_phandle(const struct fdt *fdt, uint32_t phandle);
int fdt_node_phandle(const struct fdt *fdt, int node, uint32_t *phandle);

/* Properties. */
int fdt_first_prop(const struct fdt *fdt, int node);
int fdt_next_prop(const struct fdt *fdt, int prop);
int fdt_prop_at(const struct fdt *fdt, int prop, struct fdt_prop *out);
int fdt_find_prop(const struct fdt *fdt, int node, const char *name,
		  struct fdt_prop *out);
int fdt_prop_u32(const struct fdt *fdt, int node, const char *name,
		 uint32_t *out);
/* A one- or two-cell number (timebase-frequency, clock-frequency...). */
int fdt_prop_uint(const struct fdt *fdt, int node, const char *name,
		  uint64_t *out);
/* A single string, NUL-terminated within the property. */
int fdt_prop_str(const struct fdt *fdt, int node, const char *name,
		 const char **out);
/* Does the string list p hold s (exact, case-sensitive)? */
bool fdt_strlist_has(const struct fdt_prop *p, const char *s);
/* Does node's string-list property name hold s? (compatible, device_type) */
bool fdt_prop_has(const struct fdt *fdt, int node, const char *name,
		  const char *s);
/* status absent, "okay" or "ok". */
bool fdt_node_is_okay(const struct fdt *fdt, int node);

/* Addresses. */
/*
 * Read ncells (0..2) big-endian cells at cell index *pos of p and advance
 * *pos. FDT_ERR_BADVALUE past the end or for more than two cells.
 */
int fdt_cells(const struct fdt_prop *p, uint32_t *pos, uint32_t ncells,
	      uint64_t *out);
/* node's #address-cells (default 2) and #size-cells (default 1). */
int fdt_bus_cells(const struct fdt *fdt, int node, uint32_t *addr_cells,
		  uint32_t *size_cells);
/* Entry idx of node's reg, in its parent's address space (untranslated). */
int fdt_reg(const struct fdt *fdt, int node, unsigned idx,
	    uint64_t *base, uint64_t *size);
/*
 * Translate *addr from node's parent bus to CPU physical addresses through
 * the ranges of every ancestor below the root. Empty ranges are identity;
 * a bus without ranges, or an address no entry covers, is FDT_ERR_NOTFOUND.
 */
int fdt_translate(const struct fdt *fdt, int node, uint64_t *addr);

#endif
