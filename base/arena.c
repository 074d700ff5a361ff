/* arena.c — chunked bump allocator (see arena.h). */
#include "arena.h"

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"

enum { ARENA_MIN_CHUNK = 64 * 1024, ARENA_ALIGN = 16 };

void base_arena_init(base_arena *a) {
  a->head = NULL;
  a->used = 0;
  a->total = 0;
}

void base_arena_init_sized(base_arena *a, size_t first) {
  base_arena_init(a);
  first = (first + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1);
  if (!first) return;
  a->head = base_xmalloc(sizeof *a->head + first);
  a->head->prev = NULL;
  a->head->cap = first;
}

void *base_arena_alloc(base_arena *a, size_t n) {
  size_t need = (n + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1);
  if (need < n) base_oom(); /* overflow: no such allocation can succeed */
  if (!a->head || a->head->cap - a->used < need) {
    /* Grow geometrically so a big unit costs O(log n) mallocs, not O(n). */
    size_t cap = a->head ? a->head->cap * 2 : ARENA_MIN_CHUNK;
    if (cap > (64u << 20)) cap = 64u << 20;
    if (cap < need) cap = need;
    base_arena_chunk *c = base_xmalloc(sizeof *c + cap);
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

void *base_arena_calloc(base_arena *a, size_t n) {
  void *p = base_arena_alloc(a, n);
  memset(p, 0, n);
  return p;
}

char *base_arena_strndup(base_arena *a, const char *s, size_t n) {
  char *p = base_arena_alloc(a, n + 1);
  if (n) memcpy(p, s, n);
  p[n] = 0;
  return p;
}

char *base_arena_strdup(base_arena *a, const char *s) {
  return base_arena_strndup(a, s, strlen(s));
}

/* The formats the views use to name resources ("%s.%s", "%s.Statement[%u]",
 * "ref:%s"): only %s, %u and %%, written into out (cap bytes) without
 * vsnprintf (which costs about a thousand instructions a call, and there is
 * one per resource). Returns the length, or -1 when fmt has anything else,
 * a %s is NULL or the text does not fit: vsnprintf then does it. */
static int simple_format(char *out, size_t cap, const char *fmt, va_list ap) {
  size_t n = 0;
  for (const char *f = fmt; *f; f++) {
    const char *piece;
    size_t len;
    char num[16];
    if (*f != '%') {
      piece = f;
      len = 1;
    } else if (f[1] == 's') {
      piece = va_arg(ap, const char *);
      if (!piece) return -1;
      len = strlen(piece);
      f++;
    } else if (f[1] == 'u') {
      unsigned v = va_arg(ap, unsigned);
      size_t k = sizeof num;
      do
        num[--k] = (char)('0' + v % 10);
      while (v /= 10);
      piece = num + k;
      len = sizeof num - k;
      f++;
    } else if (f[1] == '%') {
      piece = f;
      len = 1;
      f++;
    } else {
      return -1;
    }
    if (len >= cap - n) return -1;
    memcpy(out + n, piece, len);
    n += len;
  }
  out[n] = 0;
  return (int)n;
}

char *base_arena_printf(base_arena *a, const char *fmt, ...) {
  va_list ap;
  {
    char small[256];
    va_start(ap, fmt);
    int n = simple_format(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n >= 0) return base_arena_strndup(a, small, (size_t)n);
  }
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
  char *p = base_arena_alloc(a, (size_t)n + 1);
  va_start(ap, fmt);
  vsnprintf(p, (size_t)n + 1, fmt, ap);
  va_end(ap);
  return p;
}

void base_arena_reset(base_arena *a) {
  if (!a->head) return;
  /* keep the oldest chunk (usually the smallest), free the rest */
  base_arena_chunk *c = a->head;
  while (c->prev) {
    base_arena_chunk *p = c->prev;
    free(c);
    c = p;
  }
  a->head = c;
  a->used = 0;
}

void base_arena_free(base_arena *a) {
  base_arena_chunk *c = a->head;
  while (c) {
    base_arena_chunk *p = c->prev;
    free(c);
    c = p;
  }
  base_arena_init(a);
}

/* Buffers of a string built piece by piece reach this size in a chunk of
 * their own, kept behind the head chunk and grown with realloc: doubling by
 * copy left every old buffer in the arena, so building an n-byte string held
 * about 2n bytes (issue 13). */
enum { STRBUF_OWN_CHUNK = 1u << 20 };

static base_arena_chunk *chunk_of(char *p) {
  return (base_arena_chunk *)(p - offsetof(base_arena_chunk, data));
}

static char *own_chunk_grow(base_arena *a, char *old, size_t old_cap, size_t cap) {
  base_arena_chunk **link = NULL;
  if (old) {
    base_arena_chunk *c = chunk_of(old);
    for (base_arena_chunk **l = &a->head; *l && !link; l = &(*l)->prev)
      if (*l == c) link = l;
  }
  if (link) {
    base_arena_chunk *c = base_xrealloc(*link, sizeof *c + cap);
    c->cap = cap;
    *link = c;
    a->total += cap - old_cap;
    return (char *)c->data;
  }
  base_arena_chunk *c = base_xmalloc(sizeof *c + cap);
  c->cap = cap;
  if (a->head) { /* behind the head: small allocations go on in the head */
    c->prev = a->head->prev;
    a->head->prev = c;
  } else {
    c->prev = NULL;
    a->head = c;
    a->used = cap;
  }
  a->total += cap;
  if (old) memcpy(c->data, old, old_cap); /* not found: cannot happen, but stay correct */
  return (char *)c->data;
}

void base_strbuf_add(base_strbuf *b, const char *s, size_t n) {
  if (b->n + n + 1 > b->cap) {
    size_t cap = b->cap ? b->cap * 2 : 64;
    while (cap < b->n + n + 1)
      cap *= 2;
    if (cap >= STRBUF_OWN_CHUNK) {
      /* an own chunk (b->cap >= the threshold) is resized in place; a buffer
       * in a shared chunk is copied out of it once */
      bool own = b->cap >= STRBUF_OWN_CHUNK;
      char *p = own_chunk_grow(b->a, own ? b->p : NULL, b->cap, cap);
      if (!own && b->n) memcpy(p, b->p, b->n);
      b->p = p;
    } else {
      char *p = base_arena_alloc(b->a, cap);
      if (b->n) memcpy(p, b->p, b->n);
      b->p = p;
    }
    b->cap = cap;
  }
  if (n) memcpy(b->p + b->n, s, n);
  b->n += n;
  b->p[b->n] = 0;
}
