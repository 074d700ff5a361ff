/* alloc.c — see alloc.h. */
#include "alloc.h"

#include <malloc.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

_Noreturn void base_oom(void) {
  fputs("vigil: out of memory\n", stderr);
  abort();
}

void *base_xmalloc(size_t n) {
  void *p = malloc(n ? n : 1);
  if (!p) base_oom();
  return p;
}

void *base_xcalloc(size_t n, size_t size) {
  void *p = calloc(n ? n : 1, size ? size : 1);
  if (!p) base_oom();
  return p;
}

void *base_xrealloc(void *p, size_t n) {
  void *q = realloc(p, n ? n : 1);
  if (!q) base_oom();
  return q;
}

char *base_xstrndup(const char *s, size_t n) {
  char *p = base_xmalloc(n + 1);
  memcpy(p, s, n);
  p[n] = 0;
  return p;
}

void *base_grow(void *p, size_t *cap, size_t need, size_t size) {
  if (need <= *cap) return p;
  size_t c = *cap ? *cap : 16;
  while (c < need) {
    if (c > SIZE_MAX / 2) base_oom();
    c *= 2;
  }
  if (size && c > SIZE_MAX / size) base_oom();
  p = base_xrealloc(p, c * size);
  *cap = c;
  return p;
}

/* glibc's defaults suit long-lived servers, not a scan that allocates and
 * frees arena chunks of tens to hundreds of KB per unit and keeps parse trees
 * for a while:
 * - a block over the (dynamic) mmap threshold is an mmap of its own whose
 *   pages fault in fresh and go back to the kernel at free;
 * - the heap top is trimmed as soon as 128 KB are free;
 * - each thread's own heap is mmap'ed and faulted page by page;
 * - the heap grows page by page, and each first touch of a 4 KiB page is a
 *   page fault (the Terraform corpus: a sixth of a scan, and what kept -j2
 *   from scaling, two threads faulting into one address space serialise).
 * Each thread keeps its own heap: one heap for all (M_ARENA_MAX 1) halved the
 * faults again but made -j2 over the 10k repo slower than -j1, the threads
 * waiting on its lock (478 vs 333 ms). base_alloc_tune_thread advises a
 * worker's heap instead. The cost of the whole is a peak RSS rounded up to
 * the 2 MiB pages touched, which does not
 * shrink during a run. */
enum { HEAP_HUGE_PAGE = 2u << 20, HEAP_RESERVE = 64u << 20 };

/* How much of each heap is advised, from its start: all of a small scan's
 * heap (the Terraform corpus peaks at ~14 MB, the 10k-file repo at ~35 MB
 * over both threads), where the faults were the cost. Past it a big scan
 * (the walk's and the plan's lists, the file table, the facts) fills 4 KiB
 * pages: advised whole, the 100k-file scan's peak RSS was ~3.5 MB higher
 * (66.5 against 63.1 MiB, 2 MiB pages resident whole once touched), for
 * faults that are a small part of a scan that long. */
enum { MAIN_HEAP_HUGE = 32u << 20, THREAD_HEAP_HUGE = 16u << 20 };

/* glibc's heap for a thread other than the first: one mapping of this size,
 * aligned to it (HEAP_MAX_SIZE on a 64-bit system, without the hugetlb
 * tunable). */
#define THREAD_HEAP_SIZE ((uintptr_t)64 << 20)

/* The part of a heap of n bytes that is advised. */
static size_t advised(size_t n, size_t limit) {
  return n < limit ? n : limit;
}

/* Where base_alloc_tune_process advised the main heap (0: it did not). */
static _Atomic uintptr_t main_heap_start, main_heap_stop;

bool base_alloc_tune_process(void) {
  mallopt(M_MMAP_THRESHOLD, 64 << 20); /* only buffers over 64 MB are mmap'ed */
  mallopt(M_TRIM_THRESHOLD, 256 << 20);

  /* Move the break to a 2 MiB boundary before the heap is made, so all of
   * the heap can be huge pages: the bytes skipped are never touched and cost
   * no memory, and malloc takes a break it did not set (another sbrk user)
   * as a gap it starts after. */
  char *brk0 = sbrk(0);
  if (brk0 == (void *)-1) return false;
  /* The heap starts one page short of the boundary: making it writes
   * malloc's headers (the first block's, the top's), and a page touched
   * before the advice stays a 4 KiB page, as does then the whole 2 MiB
   * around it. A block of a few bytes keeps both headers in that page. (The
   * heap starting on the boundary, with a 256 KiB first block, left the
   * first 2 MiB on 4 KiB pages: what start-up allocated hid it, and when
   * start-up allocated less, a Terraform scan's parse trees faulted there.) */
  uintptr_t start = ((uintptr_t)brk0 + HEAP_HUGE_PAGE - 1) & ~(uintptr_t)(HEAP_HUGE_PAGE - 1);
  uintptr_t page = (uintptr_t)sysconf(_SC_PAGESIZE);
  if (start - (uintptr_t)brk0 < page) start += HEAP_HUGE_PAGE; /* room for that page */
  uintptr_t heap0 = start - page;
  if (heap0 != (uintptr_t)brk0 && sbrk((intptr_t)(heap0 - (uintptr_t)brk0)) == (void *)-1)
    return false;
  /* Every growth of the heap reserves this much more than it needs: the
   * block below makes the heap (or grows it, if something allocated before
   * main), so the reservation is there to advise. Growth past it goes on in
   * 4 KiB pages, as without this tuning. */
  mallopt(M_TOP_PAD, HEAP_RESERVE);
  void *volatile first = malloc(16); /* volatile: the compiler drops a malloc/free pair */
  free(first);
  char *brk1 = sbrk(0);
  uintptr_t stop = (uintptr_t)brk1 & ~(uintptr_t)(HEAP_HUGE_PAGE - 1);
  if (brk1 == (void *)-1 || stop <= start) return false;
  if (madvise((void *)start, advised(stop - start, MAIN_HEAP_HUGE), MADV_HUGEPAGE) != 0)
    return false;
  main_heap_start = start;
  main_heap_stop = (uintptr_t)brk1;
  return true;
}

void base_alloc_tune_thread(void) {
  if (!main_heap_start) return;  /* not tuned (a sanitizer, valgrind, a library caller) */
  void *volatile p = malloc(64); /* the thread's heap, made on its first malloc */
  uintptr_t a = (uintptr_t)p;
  free(p);
  if (!a || (a >= main_heap_start && a < main_heap_stop)) return; /* it shares the main heap */
  /* M_TOP_PAD made the heap read-write whole when glibc created it, so one
   * advice covers every block it will hand out; a failure leaves 4 KiB pages. */
  char *heap = (char *)(a & ~(THREAD_HEAP_SIZE - 1));
  if (madvise(heap, advised(THREAD_HEAP_SIZE, THREAD_HEAP_HUGE), MADV_HUGEPAGE) != 0) return;
  /* glibc wrote the heap's header and the first block before the advice, so
   * the first 2 MiB would stay 4 KiB pages (a few hundred faults per worker
   * on the Terraform corpus). One block over the rest of them, held for
   * good and never touched, makes the thread's blocks start on the first
   * huge page: its pages are never faulted in (no memory), and malloc
   * writes only its header (in the page glibc wrote) and the next one's
   * (past the boundary). MADV_COLLAPSE of those 2 MiB did the same at a
   * cost: 0.44 ms at best, 2.7 ms median on a loaded machine, before the
   * worker's first job (the scan's root finding waited on it). */
  uintptr_t boundary = (uintptr_t)heap + HEAP_HUGE_PAGE;
  if (a < boundary) {
    void *volatile hold = malloc(boundary - a); /* never freed, never touched */
    (void)hold;                                 /* volatile: the compiler drops an unused malloc */
  }
}
