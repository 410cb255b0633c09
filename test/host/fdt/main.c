/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * fdt_test: host tests of kern/fdt.c and kern/board.c.
 *
 *   fdt_test synthetic                 trees built here
 *   fdt_test oracle DTS BOARDS         every *.dtb against libfdt
 *   fdt_test facts DTS BOARDS          the board facts of facts.c
 *   fdt_test fuzz DTS BOARDS [N]       truncation and N mutations per *.dtb
 *   fdt_test upstream DTS BOARDS       DTS/X.dtb and BOARDS/X[.*].dtb give
 *                                      the kernel the same board
 *
 * DTS holds the project's own board trees, dts/ compiled by the build: the
 * first four always run and never skip. BOARDS holds the real boards' trees
 * (../shared/boards, beside the repository, not in it); the modes check it
 * too when it is there, and "upstream", which needs it, exits 77 (ctest:
 * skipped), saying why, when it is absent. Exit 0 on success, 1 on any
 * failure. The fuzz seed is printed and can be set with FDT_FUZZ_SEED.
 */
#define _POSIX_C_SOURCE 200809L

#include <dirent.h>
#include <errno.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fdt_test.h"

#define DEFAULT_SEED      0x5eed2024fd7ull
#define DEFAULT_MUTATIONS 3000
#define MAX_FILES         64

unsigned test_failures;

void test_fail(const char *file, int line, const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "FAIL %s:%d: ", file, line);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	test_failures++;
}

void sbuf_printf(struct sbuf *b, const char *fmt, ...)
{
	va_list ap;
	int n;

	for (;;) {
		va_start(ap, fmt);
		n = vsnprintf(b->s ? b->s + b->len : NULL,
			      b->s ? b->cap - b->len : 0, fmt, ap);
		va_end(ap);
		if (n < 0)
			abort();
		if (b->s && b->len + (size_t)n < b->cap) {
			b->len += (size_t)n;
			return;
		}
		b->cap = (b->cap + (size_t)n + 1) * 2;
		b->s = realloc(b->s, b->cap);
		if (!b->s)
			abort();
	}
}

void sbuf_free(struct sbuf *b)
{
	free(b->s);
	b->s = NULL;
	b->len = b->cap = 0;
}

bool dumps_equal(const char *what, const char *a, const char *b)
{
	unsigned line = 1;
	const char *la = a, *lb = b;

	if (strcmp(a, b) == 0)
		return true;
	while (*a && *a == *b) {
		if (*a == '\n') {
			line++;
			la = a + 1;
			lb = b + 1;
		}
		a++;
		b++;
	}
	fprintf(stderr, "%s: dumps differ at line %u\n  ours:   %.*s\n"
		"  libfdt: %.*s\n", what, line,
		(int)strcspn(la, "\n"), la, (int)strcspn(lb, "\n"), lb);
	return false;
}

uint64_t rng_next(uint64_t *s)
{
	*s ^= *s >> 12;
	*s ^= *s << 25;
	*s ^= *s >> 27;
	return *s * 0x2545f4914f6cdd1dull;
}

#define CMP(field, fmt)                                                      \
	CHECK(got->field == want->field, "%s: " #field " = " fmt             \
	      ", expected " fmt, name, got->field, want->field)

void board_compare(const char *name, const struct board *got,
		   const struct board *want)
{
	unsigned i;

	CHECK(strcmp(got->model, want->model) == 0,
	      "%s: model \"%s\", expected \"%s\"", name, got->model,
	      want->model);
	CMP(nmem, "%u");
	for (i = 0; i < got->nmem && i < want->nmem; i++) {
		CMP(mem[i].base, "%#" PRIx64);
		CMP(mem[i].size, "%#" PRIx64);
	}
	CMP(nresv, "%u");
	for (i = 0; i < got->nresv && i < want->nresv; i++) {
		CMP(resv[i].base, "%#" PRIx64);
		CMP(resv[i].size, "%#" PRIx64);
	}
	CMP(nharts, "%u");
	CMP(harts_skipped, "%u");
	for (i = 0; i < got->nharts && i < want->nharts; i++) {
		CMP(harts[i].hartid, "%u");
		CMP(harts[i].plic_s_context, "%u");
		CMP(harts[i].has_sstc, "%d");
	}
	CMP(timebase_hz, "%" PRIu64);
	CMP(console.kind, "%d");
	CMP(console.base, "%#" PRIx64);
	CMP(console.size, "%#" PRIx64);
	CMP(console.reg_shift, "%u");
	CMP(console.reg_io_width, "%u");
	CMP(console.irq, "%u");
	CHECK(strcmp(got->console.path, want->console.path) == 0,
	      "%s: console.path \"%s\", expected \"%s\"", name,
	      got->console.path, want->console.path);
	CMP(plic.present, "%d");
	CMP(plic.base, "%#" PRIx64);
	CMP(plic.size, "%#" PRIx64);
	CMP(plic.ndev, "%u");
	CMP(dtb_size, "%u");
}

/* ---- the board directories -------------------------------------------- */

static uint8_t *load(const char *path, size_t *size)
{
	FILE *f = fopen(path, "rb");
	uint8_t *buf;
	long n;

	if (!f)
		return NULL;
	if (fseek(f, 0, SEEK_END) != 0 || (n = ftell(f)) < 0 ||
	    fseek(f, 0, SEEK_SET) != 0) {
		fclose(f);
		return NULL;
	}
	/* Exactly the file's size, so ASan sees any read past its end. */
	buf = malloc(n ? (size_t)n : 1);
	if (buf && fread(buf, 1, (size_t)n, f) != (size_t)n) {
		free(buf);
		buf = NULL;
	}
	fclose(f);
	*size = (size_t)n;
	return buf;
}

/* dir/name, loaded; a failure to read counts and gives NULL. */
static uint8_t *load_in(const char *dir, const char *name, size_t *size)
{
	char path[4096];
	uint8_t *blob;

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	blob = load(path, size);
	if (!blob)
		test_fail(__FILE__, __LINE__, "cannot read %s", path);
	return blob;
}

static int cmp_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Sorted *.dtb names in dir, or -1 (errno set) if dir cannot be opened. */
static int list_dtbs(const char *dir, char *names[MAX_FILES])
{
	DIR *d = opendir(dir);
	struct dirent *e;
	size_t len;
	int n = 0;

	if (!d)
		return -1;
	while ((e = readdir(d)) != NULL && n < MAX_FILES) {
		len = strlen(e->d_name);
		if (len > 4 && strcmp(e->d_name + len - 4, ".dtb") == 0)
			names[n++] = strdup(e->d_name);
	}
	closedir(d);
	qsort(names, (size_t)n, sizeof(names[0]), cmp_names);
	return n;
}

static void free_names(char *names[], int n)
{
	while (n > 0)
		free(names[--n]);
}

/*
 * The two directories a mode runs over. The project's trees (dts/, built
 * by dtc into the build directory) are always there, so a missing or empty
 * directory is a failure. The real boards' trees live beside the
 * repository, not in it: without them those checks are left out, and
 * "fdt_test upstream" is the test that says so by skipping.
 */
static int list_ours(const char *dir, char *names[MAX_FILES])
{
	int n = list_dtbs(dir, names);

	if (n < 0)
		test_fail(__FILE__, __LINE__, "%s: %s (the build compiles dts/ "
			  "there with dtc)", dir, strerror(errno));
	else if (n == 0)
		test_fail(__FILE__, __LINE__, "no *.dtb in %s", dir);
	return n;
}

static int list_upstream(const char *dir, char *names[MAX_FILES],
			 const char *what)
{
	int n = list_dtbs(dir, names);

	if (n < 0)
		printf("%s: %s not found: %s (../shared lives beside the "
		       "repository, not in it)\n", what, dir, strerror(errno));
	else if (n == 0)
		printf("%s: no *.dtb in %s\n", what, dir);
	return n;
}

enum mode { MODE_ORACLE, MODE_FACTS, MODE_FUZZ };

uint64_t test_seed(void)
{
	const char *s = getenv("FDT_FUZZ_SEED");

	return s ? strtoull(s, NULL, 0) : DEFAULT_SEED;
}

/* One mode over the n trees names[] of dir; ours: the project's own. */
static void run_trees(enum mode mode, const char *dir, char *names[],
		      int n, bool ours, unsigned mutations)
{
	unsigned before;
	uint8_t *blob;
	size_t size;
	int i;

	printf("%s trees in %s:\n", ours ? "project" : "upstream", dir);
	for (i = 0; i < n; i++) {
		before = test_failures;
		blob = load_in(dir, names[i], &size);
		if (!blob) {
			/* counted by load_in */
		} else if (mode == MODE_ORACLE) {
			run_oracle(names[i], blob, size);
		} else if (mode == MODE_FACTS) {
			run_facts(names[i], blob, size, ours);
		} else {
			run_fuzz(names[i], blob, size, test_seed() + (uint64_t)i,
				 mutations);
		}
		printf("%s %s\n", test_failures == before ? "ok  " : "FAIL",
		       names[i]);
		free(blob);
	}
}

static int run_mode(enum mode mode, const char *ours_dir,
		    const char *boards_dir, unsigned mutations)
{
	char *names[MAX_FILES];
	int n;

	if (mode == MODE_FUZZ)
		printf("fuzz seed %#" PRIx64 " (set FDT_FUZZ_SEED to change)\n",
		       test_seed());
	n = list_ours(ours_dir, names);
	if (n > 0)
		run_trees(mode, ours_dir, names, n, true, mutations);
	free_names(names, n);
	n = list_upstream(boards_dir, names, "note: upstream trees not "
			  "checked");
	if (n > 0)
		run_trees(mode, boards_dir, names, n, false, mutations);
	free_names(names, n);
	return test_failures ? 1 : 0;
}

/*
 * Does the project tree ours (X.dtb) describe the upstream tree theirs?
 * Yes for X.dtb itself and for variants of it, X.<what>.dtb, such as the
 * U-Boot control tree X.u-boot-control.dtb: the kernel must learn the same
 * board from each.
 */
static bool describes(const char *ours, const char *theirs)
{
	size_t stem = strlen(ours) - strlen(".dtb");

	return strcmp(ours, theirs) == 0 ||
	       (strncmp(ours, theirs, stem) == 0 && theirs[stem] == '.');
}

/* Project tree ours against every upstream tree it describes. */
static void compare_one(const char *ours_dir, const char *ours,
			const char *boards_dir, char *theirs[], int n)
{
	uint8_t *a, *b;
	size_t a_size, b_size;
	unsigned before;
	int i, found = 0;

	for (i = 0; i < n; i++) {
		if (!describes(ours, theirs[i]))
			continue;
		found++;
		before = test_failures;
		a = load_in(ours_dir, ours, &a_size);
		b = load_in(boards_dir, theirs[i], &b_size);
		if (a && b)
			run_compare(ours, a, a_size, theirs[i], b, b_size);
		printf("%s %s = %s\n", test_failures == before ? "ok  " : "FAIL",
		       ours, theirs[i]);
		free(a);
		free(b);
	}
	CHECK(found, "%s: no upstream tree of that name in %s", ours,
	      boards_dir);
}

/* The upstream trees no project tree describes, so nothing checks. */
static void note_undescribed(char *ours[], int n_ours, char *theirs[],
			     int n_theirs)
{
	int i, j;

	for (j = 0; j < n_theirs; j++) {
		for (i = 0; i < n_ours && !describes(ours[i], theirs[j]); i++)
			;
		if (i == n_ours)
			printf("note: no project tree describes %s\n",
			       theirs[j]);
	}
}

static int run_upstream(const char *ours_dir, const char *boards_dir)
{
	char *ours[MAX_FILES], *theirs[MAX_FILES];
	int n_ours, n_theirs, i;

	n_theirs = list_upstream(boards_dir, theirs, "skipped");
	if (n_theirs <= 0)
		return SKIP_EXIT;
	n_ours = list_ours(ours_dir, ours);
	for (i = 0; i < n_ours; i++)
		compare_one(ours_dir, ours[i], boards_dir, theirs, n_theirs);
	note_undescribed(ours, n_ours, theirs, n_theirs);
	free_names(ours, n_ours);
	free_names(theirs, n_theirs);
	return test_failures ? 1 : 0;
}

static int usage(void)
{
	fprintf(stderr, "usage: fdt_test synthetic\n"
		"       fdt_test oracle|facts|upstream DTS_DIR BOARDS_DIR\n"
		"       fdt_test fuzz DTS_DIR BOARDS_DIR [MUTATIONS]\n");
	return 2;
}

int main(int argc, char **argv)
{
	unsigned mutations = DEFAULT_MUTATIONS;

	setvbuf(stdout, NULL, _IOLBF, 0);
	if (argc == 2 && strcmp(argv[1], "synthetic") == 0) {
		printf("fuzz seed %#" PRIx64 " (set FDT_FUZZ_SEED to change)\n",
		       test_seed());
		run_api();
		run_synthetic();
		run_cmdline();
		run_corrupt();
		printf("%s synthetic: %u failures\n",
		       test_failures ? "FAIL" : "ok  ", test_failures);
		return test_failures ? 1 : 0;
	}
	if (argc < 4)
		return usage();
	if (strcmp(argv[1], "oracle") == 0)
		return run_mode(MODE_ORACLE, argv[2], argv[3], 0);
	if (strcmp(argv[1], "facts") == 0)
		return run_mode(MODE_FACTS, argv[2], argv[3], 0);
	if (strcmp(argv[1], "upstream") == 0)
		return run_upstream(argv[2], argv[3]);
	if (strcmp(argv[1], "fuzz") == 0) {
		if (argc > 4)
			mutations = (unsigned)strtoul(argv[4], NULL, 0);
		return run_mode(MODE_FUZZ, argv[2], argv[3], mutations);
	}
	return usage();
}
