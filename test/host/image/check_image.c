/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * Check a RISC-V kernel Image header (Linux Documentation/riscv/boot-image-
 * header.rst) the way U-Boot's booti and a loader need it:
 *
 *   0x00 code0        a jump (JAL x0) past the 64-byte header, into the file
 *   0x04 code1        anything
 *   0x08 text_offset  0x200000: booti copies the image to RAM base + this
 *   0x10 image_size   nonzero (booti refuses 0) and >= the file (bss included)
 *   0x18 flags        0: little endian, nothing else defined
 *   0x20 version      0.2 or later (needed for magic2); res1, res2 zero
 *   0x30 magic        "RISCV\0\0\0" (deprecated, still read by old loaders)
 *   0x38 magic2       "RSC\x05" (what booti checks); res3 zero
 *
 * Then it checks itself: each field is broken in a copy of the header and
 * the check must reject every copy, so a blind checker cannot pass.
 *
 * usage: check_image FILE.Image     exit 0 when the header is right
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define HDR_SIZE 64

static uint64_t le(const uint8_t *p, int n)
{
	uint64_t v = 0;
	for (int i = n - 1; i >= 0; i--)
		v = v << 8 | p[i];
	return v;
}

/* Prints each problem when verbose; returns how many there are. */
static int check(const uint8_t *h, uint64_t file_size, int verbose)
{
	int bad = 0;
#define FAIL(...) do { bad++; if (verbose) { printf("FAIL: " __VA_ARGS__); putchar('\n'); } } while (0)
	uint32_t code0 = (uint32_t)le(h, 4);
	if ((code0 & 0xfff) != 0x06f) {
		FAIL("code0 %#010x is not a jal x0 (j)", code0);
	} else {
		/* J-type immediate: imm[20|10:1|11|19:12] */
		int64_t off = (int64_t)((code0 >> 31) ? ~0ull << 20 : 0) |
			((code0 >> 21) & 0x3ff) << 1 | ((code0 >> 20) & 1) << 11 |
			((code0 >> 12) & 0xff) << 12;
		if (off < HDR_SIZE || (uint64_t)off >= file_size)
			FAIL("code0 jumps to %#llx, not past the header into the file",
				(long long)off);
	}
	uint64_t text_offset = le(h + 0x08, 8), image_size = le(h + 0x10, 8);
	if (text_offset != 0x200000)
		FAIL("text_offset %#llx, want 0x200000", (unsigned long long)text_offset);
	if (image_size == 0 || image_size < file_size)
		FAIL("image_size %#llx: zero or below the file size %#llx",
			(unsigned long long)image_size, (unsigned long long)file_size);
	if (le(h + 0x18, 8) != 0)
		FAIL("flags %#llx, want 0 (little endian)", (unsigned long long)le(h + 0x18, 8));
	uint32_t version = (uint32_t)le(h + 0x20, 4);
	if (version < 2)
		FAIL("version %u.%u, want 0.2 or later", version >> 16, version & 0xffff);
	if (le(h + 0x24, 4) != 0 || le(h + 0x28, 8) != 0 || le(h + 0x3c, 4) != 0)
		FAIL("reserved fields res1/res2/res3 not zero");
	if (memcmp(h + 0x30, "RISCV\0\0\0", 8) != 0)
		FAIL("magic at 0x30 is not \"RISCV\\0\\0\\0\"");
	if (memcmp(h + 0x38, "RSC\x05", 4) != 0)
		FAIL("magic2 at 0x38 is not \"RSC\\x05\"");
	return bad;
#undef FAIL
}

int main(int argc, char **argv)
{
	uint8_t h[HDR_SIZE], m[HDR_SIZE];
	FILE *f;
	long size;

	if (argc != 2) {
		fprintf(stderr, "usage: %s FILE.Image\n", argv[0]);
		return 2;
	}
	f = fopen(argv[1], "rb");
	if (!f || fseek(f, 0, SEEK_END) != 0 || (size = ftell(f)) < HDR_SIZE ||
	    fseek(f, 0, SEEK_SET) != 0 || fread(h, 1, HDR_SIZE, f) != HDR_SIZE) {
		printf("FAIL: cannot read a %d-byte header from %s (built?)\n", HDR_SIZE, argv[1]);
		return 1;
	}
	fclose(f);

	int bad = check(h, (uint64_t)size, 1);

	/* One broken byte per field; each must be caught. */
	static const struct { unsigned off; uint8_t xor; const char *what; } mut[] = {
		{ 0x00, 0x01, "code0 opcode" }, { 0x0a, 0x10, "text_offset" },
		{ 0x18, 0x01, "flags" },
		{ 0x20, 0x02, "version" },      { 0x24, 0x01, "res1" },
		{ 0x30, 0x20, "magic" },        { 0x3b, 0x01, "magic2" },
		{ 0x3c, 0x01, "res3" },
	};
	for (size_t i = 0; i < sizeof mut / sizeof mut[0]; i++) {
		memcpy(m, h, HDR_SIZE);
		m[mut[i].off] ^= mut[i].xor;
		if (check(m, (uint64_t)size, 0) == 0) {
			printf("FAIL: checker accepts a broken %s\n", mut[i].what);
			bad++;
		}
	}
	/* image_size zero, and one byte short of the file. */
	for (int k = 0; k < 2; k++) {
		uint64_t v = k ? (uint64_t)size - 1 : 0;
		memcpy(m, h, HDR_SIZE);
		for (int i = 0; i < 8; i++)
			m[0x10 + i] = (uint8_t)(v >> (8 * i));
		if (check(m, (uint64_t)size, 0) == 0) {
			printf("FAIL: checker accepts image_size %#llx\n", (unsigned long long)v);
			bad++;
		}
	}

	if (bad)
		return 1;
	printf("ok: %s: text_offset 0x200000, image_size %#llx >= file %#lx, "
		"version %u.%u, magic and magic2 right\n", argv[1],
		(unsigned long long)le(h + 0x10, 8), size,
		(unsigned)le(h + 0x20, 4) >> 16, (unsigned)le(h + 0x20, 4) & 0xffff);
	return 0;
}
