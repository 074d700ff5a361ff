/* hcl_parse_bench.c — time HCL native-syntax parsing (iac_hcl_parse) alone.
 *
 *   hcl_parse_bench DIR [ITERATIONS]      (default 20)
 *
 * Every *.tf file under DIR is read into memory once (sorted by path, so runs
 * are comparable); then each iteration parses all of them, each into a fresh
 * arena that is freed right after, as a scan does. Prints
 *   files N bytes N tree_bytes N errors N iterations N median_ms X min_ms X mb_per_s X
 *   cpu_median_ms X cpu_min_ms X cpu_mb_per_s X
 * (mb_per_s from the median; MB = 10^6 bytes; cpu_*: the thread's CPU time,
 * CLOCK_THREAD_CPUTIME_ID, which time spent descheduled on a busy machine
 * does not inflate; tree_bytes: what the arenas
 * handed out for the trees, which a scan keeps), without process start-up,
 * file system or evaluation in the number. `errors` counts files that did
 * not parse (the same every iteration): a change in it is a parser change,
 * not a speed-up. Exit 1 when DIR holds no .tf file or cannot be read. */
#define _XOPEN_SOURCE 700
#include <ftw.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "hcl.h"
#include "readfile.h"

typedef struct src_file {
  char *path;
  char *text;
  size_t len;
} src_file;

static src_file *files;
static size_t n_files, cap_files;

static double clock_ms(clockid_t id) {
  struct timespec ts;
  clock_gettime(id, &ts);
  return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static int cmp_double(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

static int cmp_file(const void *a, const void *b) {
  return strcmp(((const src_file *)a)->path, ((const src_file *)b)->path);
}

static int visit(const char *path, const struct stat *st, int type, struct FTW *ftw) {
  (void)st;
  (void)ftw;
  size_t n = strlen(path);
  if (type != FTW_F || n < 3 || strcmp(path + n - 3, ".tf") != 0) return 0;
  if (n_files == cap_files) {
    cap_files = cap_files ? cap_files * 2 : 256;
    files = realloc(files, cap_files * sizeof *files);
    if (!files) return -1;
  }
  src_file *f = &files[n_files];
  const char *why;
  f->text = base_read_file(path, CLI_SIZE_UNKNOWN, UINT64_MAX, &f->len, &why);
  if (!f->text) {
    fprintf(stderr, "hcl_parse_bench: cannot read %s\n", path);
    return -1;
  }
  f->path = strdup(path);
  n_files++;
  return 0;
}

int main(int argc, char **argv) {
  if (argc < 2 || argc > 3) {
    fprintf(stderr, "usage: hcl_parse_bench DIR [ITERATIONS]\n");
    return 2;
  }
  long iters = argc == 3 ? strtol(argv[2], NULL, 10) : 20;
  if (iters < 1) iters = 1;
  if (nftw(argv[1], visit, 32, FTW_PHYS) != 0 || n_files == 0) {
    fprintf(stderr, "hcl_parse_bench: no .tf file read under %s\n", argv[1]);
    return 1;
  }
  qsort(files, n_files, sizeof *files, cmp_file);
  size_t bytes = 0;
  for (size_t i = 0; i < n_files; i++)
    bytes += files[i].len;
  double *t = malloc(sizeof *t * (size_t)iters), *cpu = malloc(sizeof *cpu * (size_t)iters);
  if (!t || !cpu) return 1;
  unsigned errors = 0;
  size_t tree_bytes = 0;
  for (long it = 0; it < iters; it++) {
    unsigned err = 0;
    size_t tree = 0;
    double t0 = clock_ms(CLOCK_MONOTONIC), c0 = clock_ms(CLOCK_THREAD_CPUTIME_ID);
    for (size_t i = 0; i < n_files; i++) {
      base_arena a;
      base_arena_init(&a);
      hcl_parse_result r = iac_hcl_parse(&a, files[i].path, files[i].text, files[i].len, NULL);
      err += r.body == NULL;
      tree += a.total;
      base_arena_free(&a);
    }
    t[it] = clock_ms(CLOCK_MONOTONIC) - t0;
    cpu[it] = clock_ms(CLOCK_THREAD_CPUTIME_ID) - c0;
    errors = err;
    tree_bytes = tree;
  }
  qsort(t, (size_t)iters, sizeof *t, cmp_double);
  qsort(cpu, (size_t)iters, sizeof *cpu, cmp_double);
  double med = t[iters / 2], cmed = cpu[iters / 2];
  printf("files %zu bytes %zu tree_bytes %zu errors %u iterations %ld median_ms %.2f min_ms %.2f "
         "mb_per_s %.1f cpu_median_ms %.2f cpu_min_ms %.2f cpu_mb_per_s %.1f\n",
         n_files, bytes, tree_bytes, errors, iters, med, t[0],
         med > 0 ? (double)bytes / 1e3 / med : 0.0, cmed, cpu[0],
         cmed > 0 ? (double)bytes / 1e3 / cmed : 0.0);
  for (size_t i = 0; i < n_files; i++) {
    free(files[i].path);
    free(files[i].text);
  }
  free(files);
  free(t);
  free(cpu);
  return 0;
}
