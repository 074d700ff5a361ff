/* pack_bench.c — time vm_pack_load (decode + verify + index) of one pack.
 *
 *   pack_bench PACK.vgp [ITERATIONS]      (default 200)
 *
 * The pack file is read once; then vm_pack_load + vm_pack_free run ITERATIONS
 * times over the same bytes, each timed with CLOCK_MONOTONIC. Prints
 *   rules N bytes N iterations N median_us X min_us X
 * so the harness reports what a `vigil scan --pack` pays once per run, without
 * process start-up or file system noise. Exit 1 if the pack does not load. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "pack.h"
#include "readfile.h"

static double now_us(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec * 1e6 + (double)ts.tv_nsec / 1e3;
}

static int cmp_double(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

int main(int argc, char **argv) {
  if (argc < 2 || argc > 3) {
    fprintf(stderr, "usage: pack_bench PACK.vgp [ITERATIONS]\n");
    return 2;
  }
  long iters = argc == 3 ? strtol(argv[2], NULL, 10) : 200;
  if (iters < 1) iters = 1;
  size_t len = 0;
  const char *why;
  uint8_t *buf = (uint8_t *)base_read_file(argv[1], CLI_SIZE_UNKNOWN, UINT64_MAX, &len, &why);
  if (!buf) {
    fprintf(stderr, "pack_bench: cannot read %s\n", argv[1]);
    return 1;
  }
  double *t = malloc(sizeof *t * (size_t)iters);
  if (!t) return 1;
  uint32_t rules = 0;
  char err[512];
  for (long i = 0; i < iters; i++) {
    double t0 = now_us();
    vm_pack *p = vm_pack_load(buf, len, err, sizeof err);
    double t1 = now_us();
    if (!p) {
      fprintf(stderr, "pack_bench: %s: %s\n", argv[1], err);
      return 1;
    }
    rules = p->n_rules;
    vm_pack_free(p);
    t[i] = t1 - t0;
  }
  qsort(t, (size_t)iters, sizeof *t, cmp_double);
  printf("rules %u bytes %zu iterations %ld median_us %.1f min_us %.1f\n", rules, len, iters,
         t[iters / 2], t[0]);
  free(t);
  free(buf);
  return 0;
}
