/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * Flattened device tree reader; see kern/fdt.h. Freestanding: no libc.
 *
 * Offsets are unsigned 32-bit inside and checked with subtraction rather
 * than addition (off <= size && n <= size - off) so that no check can
 * overflow. Every loop over the structure block moves its offset strictly
 * forward, so every walk ends even on a corrupted tree.
 */

#include <kern/fdt.h>

/* Header field offsets (all big-endian u32). */
#define HDR_MAGIC        0
#define HDR_TOTALSIZE    4
#define HDR_OFF_STRUCT   8
#define HDR_OFF_STRINGS  12
#define HDR_OFF_RSVMAP   16
#define HDR_VERSION      20
#define HDR_LAST_COMP    24
#define HDR_SIZE_STRINGS 32
#define HDR_SIZE_STRUCT  36 /* only from version 17 on */

#define HDR_SIZE_V16 36
#define HDR_SIZE_V17 40

#define TOKEN_SIZE     4
#define PROP_HDR_SIZE  12 /* token, u32 len, u32 nameoff; then the value */
#define PROP_LEN       4  /* offsets inside that header */
#define PROP_NAMEOFF   8
#define RSV_ENTRY_SIZE 16 /* u64 address, u64 size */
#define RSV_SIZE       8  /* offset of the size inside an entry */
#define RSV_ALIGN      8
#define CELL_SIZE      4

/* ---- little helpers, no libc ------------------------------------------ */

static uint32_t be32(const uint8_t *p)
{
	return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 |
	       (uint32_t)p[2] << 8 | (uint32_t)p[3];
}

static uint64_t be64(const uint8_t *p)
{
	return (uint64_t)be32(p) << 32 | be32(p + 4);
}

static uint32_t align4(uint32_t x)
{
	return (x + 3u) & ~3u;
}

/* Does [off, off + n) fit in size bytes? */
static bool fits(uint32_t off, uint32_t n, uint32_t size)
{
	return off <= size && n <= size - off;
}

static bool str_eq(const char *a, const char *b)
{
	while (*a && *a == *b) {
		a++;
		b++;
	}
	return *a == *b;
}

/* Does the NUL-terminated s equal the n bytes at p exactly? */
static bool str_eq_n(const char *s, const char *p, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (s[i] != p[i] || s[i] == '\0')
			return false;
	return s[n] == '\0';
}

/* Length of the string at p, or -1 if no NUL within max bytes. */
static int32_t str_len(const uint8_t *p, uint32_t max)
{
	uint32_t i;

	for (i = 0; i < max; i++)
		if (p[i] == '\0')
			return (int32_t)i;
	return -1;
}

/* ---- header ----------------------------------------------------------- */

static int check_header(struct fdt *fdt, const uint8_t *b, size_t max_size)
{
	uint32_t hdr_size, last_comp;

	if (max_size < HDR_SIZE_V16)
		return FDT_ERR_TRUNCATED;
	if (be32(b + HDR_MAGIC) != FDT_MAGIC)
		return FDT_ERR_BADMAGIC;
	fdt->version = be32(b + HDR_VERSION);
	last_comp = be32(b + HDR_LAST_COMP);
	if (fdt->version < FDT_FIRST_VERSION ||
	    last_comp > FDT_LAST_COMP_VERSION)
		return FDT_ERR_BADVERSION;
	hdr_size = fdt->version >= 17 ? HDR_SIZE_V17 : HDR_SIZE_V16;
	if (max_size < hdr_size)
		return FDT_ERR_TRUNCATED;

	fdt->totalsize = be32(b + HDR_TOTALSIZE);
	/* Offsets are handed out as non-negative ints. */
	if (fdt->totalsize < hdr_size || fdt->totalsize > INT32_MAX)
		return FDT_ERR_BADLAYOUT;
	if (fdt->totalsize > max_size)
		return FDT_ERR_TRUNCATED;

	fdt->rsv_off = be32(b + HDR_OFF_RSVMAP);
	fdt->struct_off = be32(b + HDR_OFF_STRUCT);
	fdt->strings_off = be32(b + HDR_OFF_STRINGS);
	fdt->strings_size = be32(b + HDR_SIZE_STRINGS);
	/* Version 16 has no struct size: the block may run to the end. */
	if (fdt->version >= 17)
		fdt->struct_size = be32(b + HDR_SIZE_STRUCT);
	else if (fdt->struct_off <= fdt->totalsize)
		fdt->struct_size = (fdt->totalsize - fdt->struct_off) & ~3u;
	else
		return FDT_ERR_BADLAYOUT;

	if (fdt->rsv_off < hdr_size || fdt->rsv_off % RSV_ALIGN ||
	    fdt->rsv_off > fdt->totalsize)
		return FDT_ERR_BADLAYOUT;
	if (fdt->struct_off < hdr_size || fdt->struct_off % TOKEN_SIZE ||
	    fdt->struct_size % TOKEN_SIZE ||
	    !fits(fdt->struct_off, fdt->struct_size, fdt->totalsize))
		return FDT_ERR_BADLAYOUT;
	if (fdt->strings_off < hdr_size ||
	    !fits(fdt->strings_off, fdt->strings_size, fdt->totalsize))
		return FDT_ERR_BADLAYOUT;
	return 0;
}

/* Count reservation entries; the list must end, inside the blob, with one
 * of size 0 (libfdt's rule; the spec says address and size 0). */
static int check_rsvmap(struct fdt *fdt)
{
	uint32_t off = fdt->rsv_off;

	for (fdt->nrsv = 0;; fdt->nrsv++, off += RSV_ENTRY_SIZE) {
		if (!fits(off, RSV_ENTRY_SIZE, fdt->totalsize))
			return FDT_ERR_TRUNCATED;
		if (be64(fdt->blob + off + RSV_SIZE) == 0)
			return 0;
	}
}

/* ---- tokens ----------------------------------------------------------- */

/*
 * Decode the token at structure offset off: its tag and the offset of the
 * token after it. Checks that names are terminated inside their block, that
 * property values fit and that the name offset lands in the strings block.
 */
static int next_token(const struct fdt *fdt, int off, uint32_t *tag, int *next)
{
	const uint8_t *s = fdt->blob + fdt->struct_off;
	uint32_t o = (uint32_t)off, len, nameoff;
	int32_t n;

	if (off < 0 || o % TOKEN_SIZE)
		return FDT_ERR_BADOFFSET;
	if (!fits(o, TOKEN_SIZE, fdt->struct_size))
		return FDT_ERR_TRUNCATED;
	*tag = be32(s + o);
	switch (*tag) {
	case FDT_BEGIN_NODE:
		o += TOKEN_SIZE;
		n = str_len(s + o, fdt->struct_size - o);
		if (n < 0)
			return FDT_ERR_TRUNCATED;
		o = align4(o + (uint32_t)n + 1);
		break;
	case FDT_PROP:
		if (!fits(o, PROP_HDR_SIZE, fdt->struct_size))
			return FDT_ERR_TRUNCATED;
		len = be32(s + o + PROP_LEN);
		nameoff = be32(s + o + PROP_NAMEOFF);
		o += PROP_HDR_SIZE;
		if (!fits(o, len, fdt->struct_size))
			return FDT_ERR_TRUNCATED;
		if (nameoff >= fdt->strings_size ||
		    str_len(fdt->blob + fdt->strings_off + nameoff,
			    fdt->strings_size - nameoff) < 0)
			return FDT_ERR_BADSTRUCTURE;
		o = align4(o + len);
		break;
	case FDT_END_NODE:
	case FDT_NOP:
	case FDT_END:
		o += TOKEN_SIZE;
		break;
	default:
		return FDT_ERR_BADSTRUCTURE;
	}
	/* Padding may only run to the end of the block, not past it. */
	if (o > fdt->struct_size)
		return FDT_ERR_TRUNCATED;
	*next = (int)o;
	return 0;
}

/* Check that off is a node: an FDT_BEGIN_NODE token. */
static int check_node(const struct fdt *fdt, int node, int *after_name)
{
	uint32_t tag;
	int err = next_token(fdt, node, &tag, after_name);

	if (err)
		return err;
	return tag == FDT_BEGIN_NODE ? 0 : FDT_ERR_BADOFFSET;
}

/* Walk the whole structure block once; see the invariants in fdt.h. */
static int check_structure(struct fdt *fdt)
{
	int off = 0, next, depth = 0, err;
	bool seen_root = false;
	uint32_t tag;

	for (;; off = next) {
		err = next_token(fdt, off, &tag, &next);
		if (err)
			return err;
		switch (tag) {
		case FDT_BEGIN_NODE:
			if (depth == 0) {
				if (seen_root)
					return FDT_ERR_BADSTRUCTURE;
				/* The root's name is empty. */
				if (fdt->blob[fdt->struct_off + (uint32_t)off +
					      TOKEN_SIZE] != '\0')
					return FDT_ERR_BADSTRUCTURE;
				seen_root = true;
				fdt->root = off;
			}
			if (++depth > FDT_MAX_DEPTH)
				return FDT_ERR_TOODEEP;
			break;
		case FDT_END_NODE:
			if (depth == 0)
				return FDT_ERR_BADSTRUCTURE;
			depth--;
			break;
		case FDT_PROP:
			if (depth == 0)
				return FDT_ERR_BADSTRUCTURE;
			break;
		case FDT_END:
			if (depth != 0 || !seen_root)
				return FDT_ERR_BADSTRUCTURE;
			return 0;
		default: /* FDT_NOP */
			break;
		}
	}
}

int fdt_init(struct fdt *fdt, const void *blob, size_t max_size)
{
	int err;

	fdt->blob = blob;
	fdt->nrsv = 0;
	fdt->root = FDT_ERR_NOTFOUND;
	if (!blob)
		return FDT_ERR_TRUNCATED;
	err = check_header(fdt, blob, max_size);
	if (!err)
		err = check_rsvmap(fdt);
	if (!err)
		err = check_structure(fdt);
	if (err) {
		/* Leave nothing a later call could read. */
		fdt->totalsize = fdt->struct_size = fdt->strings_size = 0;
		fdt->nrsv = 0;
		fdt->root = FDT_ERR_NOTFOUND;
	}
	return err;
}

const char *fdt_strerror(int err)
{
	switch (err) {
	case 0:                    return "ok";
	case FDT_ERR_TRUNCATED:    return "truncated";
	case FDT_ERR_BADMAGIC:     return "bad magic";
	case FDT_ERR_BADVERSION:   return "unsupported version";
	case FDT_ERR_BADLAYOUT:    return "bad block layout";
	case FDT_ERR_BADSTRUCTURE: return "bad structure block";
	case FDT_ERR_NOTFOUND:     return "not found";
	case FDT_ERR_BADVALUE:     return "bad property value";
	case FDT_ERR_TOODEEP:      return "nesting too deep";
	case FDT_ERR_BADOFFSET:    return "bad node or property offset";
	case FDT_ERR_NOSPACE:      return "no space";
	default:                   return "unknown error";
	}
}

int fdt_rsv_entry(const struct fdt *fdt, unsigned idx,
		  uint64_t *addr, uint64_t *size)
{
	const uint8_t *e;

	if (idx >= fdt->nrsv)
		return FDT_ERR_NOTFOUND;
	e = fdt->blob + fdt->rsv_off + (size_t)idx * RSV_ENTRY_SIZE;
	*addr = be64(e);
	*size = be64(e + RSV_SIZE);
	return 0;
}

/* ---- navigation ------------------------------------------------------- */

int fdt_root(const struct fdt *fdt)
{
	return fdt->root;
}

/* Skip NOPs and properties from off; return the next node-level token. */
static int skip_props(const struct fdt *fdt, int off, uint32_t *tag)
{
	int next, err;

	for (;; off = next) {
		err = next_token(fdt, off, tag, &next);
		if (err)
			return err;
		if (*tag != FDT_PROP && *tag != FDT_NOP)
			return off;
	}
}

int fdt_first_child(const struct fdt *fdt, int node)
{
	uint32_t tag;
	int off, err = check_node(fdt, node, &off);

	if (err)
		return err;
	off = skip_props(fdt, off, &tag);
	if (off < 0)
		return off;
	return tag == FDT_BEGIN_NODE ? off : FDT_ERR_NOTFOUND;
}

int fdt_next_sibling(const struct fdt *fdt, int node)
{
	int off, next, depth = 1, err;
	uint32_t tag;

	err = check_node(fdt, node, &off);
	if (err)
		return err;
	/* Find the END_NODE that closes node. */
	for (; depth > 0; off = next) {
		err = next_token(fdt, off, &tag, &next);
		if (err)
			return err;
		if (tag == FDT_BEGIN_NODE && ++depth > FDT_MAX_DEPTH)
			return FDT_ERR_TOODEEP;
		if (tag == FDT_END_NODE)
			depth--;
		if (tag == FDT_END)
			return FDT_ERR_BADSTRUCTURE;
	}
	off = skip_props(fdt, off, &tag);
	if (off < 0)
		return off;
	return tag == FDT_BEGIN_NODE ? off : FDT_ERR_NOTFOUND;
}

int fdt_walk_next(const struct fdt *fdt, int node, int *depth)
{
	int off, next, err;
	uint32_t tag;

	err = check_node(fdt, node, &off);
	if (err)
		return err;
	for (;; off = next) {
		err = next_token(fdt, off, &tag, &next);
		if (err)
			return err;
		switch (tag) {
		case FDT_BEGIN_NODE:
			if (++*depth >= FDT_MAX_DEPTH)
				return FDT_ERR_TOODEEP;
			return off;
		case FDT_END_NODE:
			--*depth;
			break;
		case FDT_END:
			return FDT_ERR_NOTFOUND;
		default:
			break;
		}
	}
}

/*
 * Walk from the root to node, leaving its ancestors in chain[0..*n), root
 * first. Nodes nest at most FDT_MAX_DEPTH deep, so the chain fits.
 */
static int ancestors(const struct fdt *fdt, int node, int chain[FDT_MAX_DEPTH],
		     int *n)
{
	int off = fdt->root, depth = 0;

	while (off >= 0) {
		chain[depth] = off;
		if (off == node) {
			*n = depth;
			return 0;
		}
		off = fdt_walk_next(fdt, off, &depth);
		if (off >= 0 && depth < 0)
			return FDT_ERR_BADSTRUCTURE;
	}
	return off == FDT_ERR_NOTFOUND ? FDT_ERR_BADOFFSET : off;
}

int fdt_parent(const struct fdt *fdt, int node)
{
	int chain[FDT_MAX_DEPTH], n, err;

	err = ancestors(fdt, node, chain, &n);
	if (err)
		return err;
	return n > 0 ? chain[n - 1] : FDT_ERR_NOTFOUND;
}

const char *fdt_node_name(const struct fdt *fdt, int node)
{
	int after;

	if (check_node(fdt, node, &after))
		return NULL;
	return (const char *)fdt->blob + fdt->struct_off + node + TOKEN_SIZE;
}

int fdt_node_path(const struct fdt *fdt, int node, char *buf, size_t size)
{
	int chain[FDT_MAX_DEPTH], n, i, err;
	size_t pos = 0;
	const char *name;

	if (size == 0)
		return FDT_ERR_NOSPACE;
	err = ancestors(fdt, node, chain, &n);
	if (err) {
		buf[0] = '\0';
		return err;
	}
	chain[n] = node; /* n < FDT_MAX_DEPTH: node's depth fits the chain */
	if (n == 0) {
		if (size < 2) {
			buf[0] = '\0';
			return FDT_ERR_NOSPACE;
		}
		buf[pos++] = '/';
	}
	for (i = 1; i <= n; i++) {
		if (pos + 1 >= size)
			goto nospace;
		buf[pos++] = '/';
		for (name = fdt_node_name(fdt, chain[i]); *name; name++) {
			if (pos + 1 >= size)
				goto nospace;
			buf[pos++] = *name;
		}
	}
	buf[pos] = '\0';
	return 0;
nospace:
	buf[pos] = '\0';
	return FDT_ERR_NOSPACE;
}

/* Does node name match the n-byte path component c (libfdt's rule)? */
static bool name_matches(const char *name, const char *c, size_t n)
{
	size_t i;
	bool has_unit = false;

	for (i = 0; i < n; i++) {
		if (name[i] != c[i] || name[i] == '\0')
			return false;
		if (c[i] == '@')
			has_unit = true;
	}
	return name[n] == '\0' || (!has_unit && name[n] == '@');
}

static int find_child(const struct fdt *fdt, int node, const char *c, size_t n)
{
	int child;

	for (child = fdt_first_child(fdt, node); child >= 0;
	     child = fdt_next_sibling(fdt, child))
		if (name_matches(fdt_node_name(fdt, child), c, n))
			return child;
	return child;
}

/* Resolve an absolute path from node, component by component. */
static int walk_path(const struct fdt *fdt, int node, const char *p, size_t len)
{
	size_t i = 0, start;

	while (node >= 0) {
		while (i < len && p[i] == '/')
			i++;
		if (i >= len || p[i] == '\0')
			return node;
		for (start = i; i < len && p[i] != '/' && p[i] != '\0'; i++)
			;
		node = find_child(fdt, node, p + start, i - start);
	}
	return node;
}

int fdt_find_path(const struct fdt *fdt, const char *path, size_t len)
{
	struct fdt_prop alias;
	int aliases, prop, node, err;
	size_t n;

	if (len > 0 && path[0] == '/')
		return walk_path(fdt, fdt->root, path, len);

	/* "alias/rest": look the alias up; its value is an absolute path. */
	for (n = 0; n < len && path[n] != '/' && path[n] != '\0'; n++)
		;
	if (n == 0)
		return FDT_ERR_NOTFOUND;
	aliases = walk_path(fdt, fdt->root, "/aliases", 8);
	if (aliases < 0)
		return aliases;
	for (prop = fdt_first_prop(fdt, aliases); prop >= 0;
	     prop = fdt_next_prop(fdt, prop)) {
		err = fdt_prop_at(fdt, prop, &alias);
		if (err)
			return err;
		if (!str_eq_n(alias.name, path, n))
			continue;
		if (alias.len < 2 || alias.data[0] != '/' ||
		    alias.data[alias.len - 1] != '\0')
			return FDT_ERR_BADVALUE;
		node = walk_path(fdt, fdt->root, (const char *)alias.data,
				 alias.len - 1);
		return walk_path(fdt, node, path + n, len - n);
	}
	return prop;
}

int fdt_node_phandle(const struct fdt *fdt, int node, uint32_t *phandle)
{
	int err = fdt_prop_u32(fdt, node, "phandle", phandle);

	/* Like libfdt: a malformed "phandle" falls back to the old name. */
	if (err)
		err = fdt_prop_u32(fdt, node, "linux,phandle", phandle);
	return err;
}

int fdt_find_phandle(const struct fdt *fdt, uint32_t phandle)
{
	int node, depth = 0;
	uint32_t ph;

	/* 0 and ~0 are never phandles. */
	if (phandle == 0 || phandle == 0xffffffffu)
		return FDT_ERR_NOTFOUND;
	for (node = fdt->root; node >= 0;
	     node = fdt_walk_next(fdt, node, &depth))
		if (fdt_node_phandle(fdt, node, &ph) == 0 && ph == phandle)
			return node;
	return node;
}

/* ---- properties ------------------------------------------------------- */

/* The property token at off or after it, skipping NOPs. */
static int prop_from(const struct fdt *fdt, int off)
{
	uint32_t tag;
	int next, err;

	for (;; off = next) {
		err = next_token(fdt, off, &tag, &next);
		if (err)
			return err;
		if (tag == FDT_PROP)
			return off;
		if (tag != FDT_NOP)
			return FDT_ERR_NOTFOUND;
	}
}

int fdt_first_prop(const struct fdt *fdt, int node)
{
	int off, err = check_node(fdt, node, &off);

	return err ? err : prop_from(fdt, off);
}

int fdt_next_prop(const struct fdt *fdt, int prop)
{
	uint32_t tag;
	int next, err = next_token(fdt, prop, &tag, &next);

	if (err)
		return err;
	if (tag != FDT_PROP)
		return FDT_ERR_BADOFFSET;
	return prop_from(fdt, next);
}

int fdt_prop_at(const struct fdt *fdt, int prop, struct fdt_prop *out)
{
	const uint8_t *p;
	uint32_t tag;
	int next, err = next_token(fdt, prop, &tag, &next);

	if (err)
		return err;
	if (tag != FDT_PROP)
		return FDT_ERR_BADOFFSET;
	/* next_token() checked the length and name offset. */
	p = fdt->blob + fdt->struct_off + prop;
	out->len = be32(p + PROP_LEN);
	out->name = (const char *)fdt->blob + fdt->strings_off +
		    be32(p + PROP_NAMEOFF);
	out->data = p + PROP_HDR_SIZE;
	return 0;
}

int fdt_find_prop(const struct fdt *fdt, int node, const char *name,
		  struct fdt_prop *out)
{
	int prop, err;

	for (prop = fdt_first_prop(fdt, node); prop >= 0;
	     prop = fdt_next_prop(fdt, prop)) {
		err = fdt_prop_at(fdt, prop, out);
		if (err)
			return err;
		if (str_eq(out->name, name))
			return 0;
	}
	return prop;
}

int fdt_prop_u32(const struct fdt *fdt, int node, const char *name,
		 uint32_t *out)
{
	struct fdt_prop p;
	int err = fdt_find_prop(fdt, node, name, &p);

	if (err)
		return err;
	if (p.len != CELL_SIZE)
		return FDT_ERR_BADVALUE;
	*out = be32(p.data);
	return 0;
}

int fdt_prop_uint(const struct fdt *fdt, int node, const char *name,
		  uint64_t *out)
{
	struct fdt_prop p;
	uint32_t pos = 0;
	int err = fdt_find_prop(fdt, node, name, &p);

	if (err)
		return err;
	if (p.len != CELL_SIZE && p.len != 2 * CELL_SIZE)
		return FDT_ERR_BADVALUE;
	return fdt_cells(&p, &pos, p.len / CELL_SIZE, out);
}

int fdt_prop_str(const struct fdt *fdt, int node, const char *name,
		 const char **out)
{
	struct fdt_prop p;
	int err = fdt_find_prop(fdt, node, name, &p);

	if (err)
		return err;
	if (p.len == 0 || str_len(p.data, p.len) != (int32_t)(p.len - 1))
		return FDT_ERR_BADVALUE;
	*out = (const char *)p.data;
	return 0;
}

bool fdt_strlist_has(const struct fdt_prop *p, const char *s)
{
	uint32_t off = 0;
	int32_t n;

	/* A last string without its NUL is not a string: ignore it. */
	while (off < p->len) {
		n = str_len(p->data + off, p->len - off);
		if (n < 0)
			return false;
		if (str_eq((const char *)p->data + off, s))
			return true;
		off += (uint32_t)n + 1;
	}
	return false;
}

bool fdt_prop_has(const struct fdt *fdt, int node, const char *name,
		  const char *s)
{
	struct fdt_prop p;

	return fdt_find_prop(fdt, node, name, &p) == 0 &&
	       fdt_strlist_has(&p, s);
}

bool fdt_node_is_okay(const struct fdt *fdt, int node)
{
	struct fdt_prop p;

	if (fdt_find_prop(fdt, node, "status", &p) != 0)
		return true;
	return fdt_strlist_has(&p, "okay") || fdt_strlist_has(&p, "ok");
}

/* ---- addresses -------------------------------------------------------- */

int fdt_cells(const struct fdt_prop *p, uint32_t *pos, uint32_t ncells,
	      uint64_t *out)
{
	uint32_t i, ncell_total = p->len / CELL_SIZE;

	if (ncells > 2 || *pos > ncell_total || ncells > ncell_total - *pos)
		return FDT_ERR_BADVALUE;
	*out = 0;
	for (i = 0; i < ncells; i++)
		*out = *out << 32 | be32(p->data + (size_t)(*pos + i) * CELL_SIZE);
	*pos += ncells;
	return 0;
}

static int cells_prop(const struct fdt *fdt, int node, const char *name,
		      uint32_t dflt, uint32_t *out)
{
	int err = fdt_prop_u32(fdt, node, name, out);

	if (err == FDT_ERR_NOTFOUND) {
		*out = dflt;
		return 0;
	}
	if (!err && *out > FDT_MAX_NCELLS)
		return FDT_ERR_BADVALUE;
	return err;
}

int fdt_bus_cells(const struct fdt *fdt, int node, uint32_t *addr_cells,
		  uint32_t *size_cells)
{
	/* Defaults from the devicetree specification, section 2.3.5. */
	int err = cells_prop(fdt, node, "#address-cells", 2, addr_cells);

	return err ? err : cells_prop(fdt, node, "#size-cells", 1, size_cells);
}

int fdt_reg(const struct fdt *fdt, int node, unsigned idx,
	    uint64_t *base, uint64_t *size)
{
	struct fdt_prop reg;
	uint32_t ac, sc, pos, entry;
	int parent, err;

	parent = fdt_parent(fdt, node);
	if (parent < 0)
		return parent == FDT_ERR_NOTFOUND ? FDT_ERR_BADVALUE : parent;
	err = fdt_bus_cells(fdt, parent, &ac, &sc);
	if (err)
		return err;
	if (ac == 0 || ac > 2 || sc > 2)
		return FDT_ERR_BADVALUE;
	err = fdt_find_prop(fdt, node, "reg", &reg);
	if (err)
		return err;
	entry = ac + sc;
	if (reg.len % (entry * CELL_SIZE))
		return FDT_ERR_BADVALUE;
	if (idx >= reg.len / (entry * CELL_SIZE))
		return FDT_ERR_NOTFOUND;
	pos = idx * entry;
	err = fdt_cells(&reg, &pos, ac, base);
	return err ? err : fdt_cells(&reg, &pos, sc, size);
}

/*
 * Map addr through bus's ranges: entries of (child address in bus's
 * #address-cells, parent address in parent's #address-cells, size in bus's
 * #size-cells).
 */
static int map_ranges(const struct fdt *fdt, int bus, int parent,
		      uint64_t *addr)
{
	struct fdt_prop ranges;
	uint32_t cac, csc, pac, psc, pos = 0;
	uint64_t child, up, size;
	int err;

	err = fdt_find_prop(fdt, bus, "ranges", &ranges);
	if (err)
		return err;
	if (ranges.len == 0)
		return 0;
	err = fdt_bus_cells(fdt, bus, &cac, &csc);
	if (!err)
		err = fdt_bus_cells(fdt, parent, &pac, &psc);
	if (err)
		return err;
	if (cac == 0 || cac > 2 || pac == 0 || pac > 2 || csc > 2 ||
	    ranges.len % ((cac + pac + csc) * CELL_SIZE))
		return FDT_ERR_BADVALUE;
	while (pos < ranges.len / CELL_SIZE) {
		err = fdt_cells(&ranges, &pos, cac, &child);
		if (!err)
			err = fdt_cells(&ranges, &pos, pac, &up);
		if (!err)
			err = fdt_cells(&ranges, &pos, csc, &size);
		if (err)
			return err;
		if (*addr >= child && *addr - child < size) {
			*addr = *addr - child + up;
			return 0;
		}
	}
	return FDT_ERR_NOTFOUND;
}

int fdt_translate(const struct fdt *fdt, int node, uint64_t *addr)
{
	int chain[FDT_MAX_DEPTH], n, i, err;

	err = ancestors(fdt, node, chain, &n);
	if (err)
		return err;
	/* chain[i] is a bus below the root whose parent is chain[i - 1]. */
	for (i = n - 1; i >= 1; i--) {
		err = map_ranges(fdt, chain[i], chain[i - 1], addr);
		if (err)
			return err;
	}
	return 0;
}
