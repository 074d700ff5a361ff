/* arena.c — chunked bump allocator (see arena.h). */
#include "arena.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct iac_arena_chunk {
  iac_arena_chunk *prev;
  size_t cap;
  _Alignas(16) unsigned char data[];
};

enum { ARENA_MIN_CHUNK = 64 * 1024, ARENA_ALIGN = 16 };

static void *xmalloc(size_t n) {
  void *p = malloc(n);
  if (!p) {
    fputs("vigil: out of memory\n", stderr);
    abort();
  }
  return p;
}

void iac_arena_init(iac_arena *a) {
  a->head = NULL;
  a->used = 0;
  a->total = 0;
}

void *iac_arena_alloc(iac_arena *a, size_t n) {
  size_t need = (n + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1);
  if (need < n) abort(); /* overflow */
  if (!a->head || a->head->cap - a->used < need) {
    /* Grow geometrically so a big unit costs O(log n) mallocs, not O(n). */
    size_t cap = a->head ? a->head->cap * 2 : ARENA_MIN_CHUNK;
    if (cap > (64u << 20)) cap = 64u << 20;
    if (cap < need) cap = need;
    iac_arena_chunk *c = xmalloc(sizeof *c + cap);
    c->prev = a->head;
    c->cap = cap;
    a->head = c;
    a->used = 0;
  }
  void *p = a->head->data + a->used;
  a->used += need;
  a->total += need;
  return p;
}

void *iac_arena_calloc(iac_arena *a, size_t n) {
  void *p = iac_arena_alloc(a, n);
  memset(p, 0, n);
  return p;
}

char *iac_arena_strndup(iac_arena *a, const char *s, size_t n) {
  char *p = iac_arena_alloc(a, n + 1);
  if (n) memcpy(p, s, n);
  p[n] = 0;
  return p;
}

char *iac_arena_strdup(iac_arena *a, const char *s) {
  return iac_arena_strndup(a, s, strlen(s));
}

char *iac_arena_printf(iac_arena *a, const char *fmt, ...) {
  va_list ap;
  if (a->head && a->head->cap > a->used) {
    /* Format straight into the current chunk's free space: when it fits (the
     * usual case) that is one vsnprintf instead of measuring and then
     * writing. Chunk sizes and offsets are multiples of ARENA_ALIGN, so the
     * rounded-up length still fits. */
    size_t room = a->head->cap - a->used;
    char *p = (char *)a->head->data + a->used;
    va_start(ap, fmt);
    int n = vsnprintf(p, room, fmt, ap);
    va_end(ap);
    if (n >= 0 && (size_t)n < room) {
      size_t need = ((size_t)n + 1 + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1);
      a->used += need;
      a->total += need;
      return p;
    }
  }
  va_start(ap, fmt);
  int n = vsnprintf(NULL, 0, fmt, ap);
  va_end(ap);
  if (n < 0) n = 0;
  char *p = iac_arena_alloc(a, (size_t)n + 1);
  va_start(ap, fmt);
  vsnprintf(p, (size_t)n + 1, fmt, ap);
  va_end(ap);
  return p;
}

void iac_arena_reset(iac_arena *a) {
  if (!a->head) return;
  /* keep the oldest chunk (usually the smallest), free the rest */
  iac_arena_chunk *c = a->head;
  while (c->prev) {
    iac_arena_chunk *p = c->prev;
    free(c);
    c = p;
  }
  a->head = c;
  a->used = 0;
}

void iac_arena_free(iac_arena *a) {
  iac_arena_chunk *c = a->head;
  while (c) {
    iac_arena_chunk *p = c->prev;
    free(c);
    c = p;
  }
  iac_arena_init(a);
}

void iac_strbuf_add(iac_strbuf *b, const char *s, size_t n) {
  if (b->n + n + 1 > b->cap) {
    size_t cap = b->cap ? b->cap * 2 : 64;
    while (cap < b->n + n + 1)
      cap *= 2;
    char *p = iac_arena_alloc(b->a, cap);
    if (b->n) memcpy(p, b->p, b->n);
    b->p = p;
    b->cap = cap;
  }
  if (n) memcpy(b->p + b->n, s, n);
  b->n += n;
  b->p[b->n] = 0;
}
