/* test_alloc.c — base_alloc_tune_process: after it, blocks up to 64 MiB come
 * from the heap (not an mmap each), and the heap is advised to huge pages from
 * a 2 MiB boundary; base_alloc_tune_thread: a worker's own heap is advised
 * too. Under a sanitizer malloc is not
 * glibc's heap: the tuning must say it did nothing. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "alloc.h"

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define UNDER_SANITIZER 1
#else
#define UNDER_SANITIZER 0
#endif

static bool tuned;

/* The mapping of /proc/self/smaps that holds p: its bounds and whether its
 * VmFlags have "hg" (madvise(MADV_HUGEPAGE) taken). False if none does. */
static bool mapping_of(const void *p, uintptr_t *lo, uintptr_t *hi, bool *huge) {
  FILE *f = fopen("/proc/self/smaps", "r");
  assert_non_null(f);
  char line[512];
  bool in = false, found = false;
  while (fgets(line, sizeof line, f)) {
    unsigned long a, b;
    if (sscanf(line, "%lx-%lx ", &a, &b) == 2) { /* a mapping's first line */
      if (found) break;                          /* the next mapping */
      in = (uintptr_t)p >= a && (uintptr_t)p < b;
      if (in) {
        *lo = a;
        *hi = b;
      }
      continue;
    }
    if (in && !strncmp(line, "VmFlags:", 8)) {
      *huge = strstr(line, " hg") != NULL;
      found = true;
    }
  }
  fclose(f);
  return found;
}

/* A block the default malloc would mmap (over 128 KiB) is in the heap,
 * whose part from a 2 MiB boundary is advised to huge pages. */
static void assert_in_huge_heap(const void *p) {
  uintptr_t lo = 0, hi = 0;
  bool huge = false;
  assert_true(mapping_of(p, &lo, &hi, &huge));
  assert_true(huge);
  assert_int_equal(lo % (2u << 20), 0);
  assert_true((uintptr_t)p < (uintptr_t)sbrk(0)); /* below the break: the heap, not an mmap */
}

static void test_tune_heap(void **state) {
  (void)state;
  if (UNDER_SANITIZER) {
    assert_false(tuned);
    return;
  }
  assert_true(tuned);
  for (size_t n = 256 << 10; n <= 16u << 20; n *= 4) {
    char *p = base_xmalloc(n);
    memset(p, 1, n);
    assert_in_huge_heap(p);
    assert_in_huge_heap(p + n - 1);
    free(p);
  }
}

/* Only the heap's first 32 MiB are advised: a block reaching past them ends
 * in 4 KiB pages (a big scan's peak RSS is then what it touched, not every
 * 2 MiB page it touched once). */
static void test_tune_heap_prefix_only(void **state) {
  (void)state;
  if (UNDER_SANITIZER) return;
  size_t n = 40u << 20; /* under the 64 MiB mmap threshold: from the heap */
  char *p = base_xmalloc(n);
  memset(p, 3, n);
  assert_in_huge_heap(p);
  uintptr_t lo = 0, hi = 0;
  bool huge = true;
  assert_true(mapping_of(p + n - 1, &lo, &hi, &huge));
  assert_false(huge);
  assert_true((uintptr_t)(p + n - 1) < (uintptr_t)sbrk(0)); /* the heap all the same */
  free(p);
}

static void *thread_block(void *arg) {
  (void)arg;
  base_alloc_tune_thread(); /* as engine/pool.c's workers do */
  char *p = base_xmalloc(512 << 10);
  memset(p, 2, 512 << 10);
  /* past the heap's first 16 MiB: not advised */
  char *far = base_xmalloc(20u << 20);
  memset(far, 2, 20u << 20);
  uintptr_t lo = 0, hi = 0;
  bool huge = true;
  bool found = mapping_of(far + (20u << 20) - 1, &lo, &hi, &huge);
  free(far);
  return found && !huge ? p : NULL;
}

/* A worker thread's blocks come from a heap of its own (one heap for all
 * threads serialised -j2 on its lock), and that heap is advised to huge
 * pages (its first 16 MiB: a block past them is not): glibc's 64 MiB-aligned
 * mapping, not the main heap. */
static void test_tune_thread_heap(void **state) {
  (void)state;
  if (UNDER_SANITIZER) return;
  pthread_t t;
  void *p = NULL;
  assert_int_equal(pthread_create(&t, NULL, thread_block, NULL), 0);
  assert_int_equal(pthread_join(t, &p), 0);
  assert_non_null(p);
  uintptr_t lo = 0, hi = 0;
  bool huge = false;
  assert_true(mapping_of(p, &lo, &hi, &huge));
  assert_true(huge);
  assert_int_equal(lo % ((uintptr_t)64 << 20), 0);
  assert_true((uintptr_t)p >= (uintptr_t)sbrk(0)); /* above the break: not the main heap */
  /* past the first 2 MiB, which glibc wrote before the advice (4 KiB pages) */
  assert_true((uintptr_t)p >= lo + (2u << 20));
  free(p);
}

/* The Rss (kB) of the huge-page-advised mapping of the heap (below the
 * break, within the 64 MiB reserve and its alignment), read
 * from /proc/self/smaps without malloc (a malloc would touch the heap), or
 * -1 if there is none. */
static char smaps[1 << 20];
static long advised_heap_rss(void) {
  int fd = open("/proc/self/smaps", O_RDONLY);
  if (fd < 0) return -1;
  size_t n = 0;
  for (ssize_t r; n < sizeof smaps - 1 && (r = read(fd, smaps + n, sizeof smaps - 1 - n)) > 0;)
    n += (size_t)r;
  close(fd);
  smaps[n] = 0;
  uintptr_t brk_now = (uintptr_t)sbrk(0);
  long rss = -1, found = -1;
  bool in = false;
  for (char *line = smaps; line && *line;
       line = strchr(line, '\n') ? strchr(line, '\n') + 1 : NULL) {
    unsigned long a, b, kb;
    if (sscanf(line, "%lx-%lx ", &a, &b) == 2 && strchr(line, '-') < strchr(line, ' ')) {
      in = b <= brk_now && a >= brk_now - ((uintptr_t)128 << 20);
      continue;
    }
    if (in && sscanf(line, "Rss: %lu kB", &kb) == 1) rss = (long)kb;
    if (in && !strncmp(line, "VmFlags:", 8) && strstr(line, " hg")) found = rss;
  }
  return found;
}

/* Nothing of the advised heap is touched by the tuning itself: a page
 * touched before the advice stays a 4 KiB page and keeps the 2 MiB around it
 * off huge pages (the heap's first 2 MiB were, until malloc's headers were
 * moved to the page below the boundary). */
static long rss_after_tuning = -2;
static void test_tune_touches_nothing_advised(void **state) {
  (void)state;
  if (UNDER_SANITIZER) return;
  assert_int_equal(rss_after_tuning, 0);
}

int main(void) {
  tuned = base_alloc_tune_process(); /* first, as cli/main.c does */
  rss_after_tuning = advised_heap_rss();
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_tune_touches_nothing_advised),
      cmocka_unit_test(test_tune_heap_prefix_only),
      cmocka_unit_test(test_tune_heap),
      cmocka_unit_test(test_tune_thread_heap),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
