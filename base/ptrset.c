/* base/ptrset.c — a set of pointer pairs (open addressing, linear probing,
 * at most half full). */
#include "ptrset.h"

#include <stdint.h>
#include <stdlib.h>

#include "alloc.h"

static size_t slot_of(const void *a, const void *b, size_t cap) {
  uint64_t h = ((uint64_t)(uintptr_t)a >> 4) * 0x9E3779B97F4A7C15ull;
  h ^= ((uint64_t)(uintptr_t)b >> 4) * 0xC2B2AE3D27D4EB4Full;
  return (size_t)(h ^ h >> 29) & (cap - 1);
}

static void rehash(base_ptrset *s, size_t ncap) {
  const void *(*ns)[2] = base_xcalloc(ncap, sizeof *ns);
  for (size_t i = 0; i < s->cap; i++)
    if (s->slot[i][0]) {
      size_t h = slot_of(s->slot[i][0], s->slot[i][1], ncap);
      while (ns[h][0])
        h = (h + 1) & (ncap - 1);
      ns[h][0] = s->slot[i][0];
      ns[h][1] = s->slot[i][1];
    }
  free(s->slot);
  s->slot = ns;
  s->cap = ncap;
}

bool base_ptrset_add(base_ptrset *s, const void *a, const void *b) {
  if (2 * (s->n + 1) > s->cap) rehash(s, s->cap ? 2 * s->cap : 1024);
  size_t h = slot_of(a, b, s->cap);
  for (; s->slot[h][0]; h = (h + 1) & (s->cap - 1))
    if (s->slot[h][0] == a && s->slot[h][1] == b) return false;
  s->slot[h][0] = a;
  s->slot[h][1] = b;
  s->n++;
  return true;
}

void base_ptrset_free(base_ptrset *s) {
  free(s->slot);
  *s = (base_ptrset){0};
}
