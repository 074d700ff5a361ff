/* alloc.c — see alloc.h. */
#include "alloc.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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
