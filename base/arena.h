/* arena.h — bump allocator: one per input unit (file or Terraform module), one
 * per pack, one scratch arena per VM state. Everything allocated from an arena
 * is freed in one step by base_arena_free (or recycled by base_arena_reset).
 *
 * Ownership: the arena owns every byte it hands out; callers never free them.
 * Allocation failure aborts the process with a message (out of memory is not
 * an input error; input limits are enforced before allocating). */
#ifndef VIGIL_IAC_ARENA_H
#define VIGIL_IAC_ARENA_H

#include <stddef.h>
#include <stdint.h>

typedef struct base_arena_chunk base_arena_chunk;

/* One block of an arena (defined here so base_arena_alloc_fast can inline). */
struct base_arena_chunk {
  base_arena_chunk *prev;
  size_t cap;
  _Alignas(16) unsigned char data[];
};

typedef struct base_arena {
  base_arena_chunk *head; /* current chunk; older chunks chained behind it */
  size_t used;            /* bytes used in head */
  size_t total;           /* bytes handed out over the arena's life (for limits/stats) */
} base_arena;

void base_arena_init(base_arena *a);
/* The same with a first chunk of `first` bytes (later ones double from it):
 * for many small arenas that live at once (the Terraform parse cache keeps a
 * tree per file), where the usual 64 KiB first chunk would be mostly waste. */
void base_arena_init_sized(base_arena *a, size_t first);
void *base_arena_alloc(base_arena *a, size_t n);  /* 16-byte aligned, uninitialised */
void *base_arena_calloc(base_arena *a, size_t n); /* zeroed */
char *base_arena_strndup(base_arena *a, const char *s, size_t n); /* NUL-terminated copy */
char *base_arena_strdup(base_arena *a, const char *s);
char *base_arena_printf(base_arena *a, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* base_arena_alloc with its common case inlined: the loaders allocate a node
 * or two per parser event, and the call was a visible share of a load. */
static inline void *base_arena_alloc_fast(base_arena *a, size_t n) {
  size_t need = (n + 15) & ~(size_t)15;
  if (a->head && need >= n && a->head->cap - a->used >= need) {
    void *p = a->head->data + a->used;
    a->used += need;
    a->total += need;
    return p;
  }
  return base_arena_alloc(a, n);
}

void base_arena_reset(base_arena *a); /* forget everything, keep the first chunk */
void base_arena_free(base_arena *a);  /* release all chunks */

/* A string built piece by piece in an arena (templates, Fn::Sub, jsonencode):
 * p is NUL-terminated after every add; growth doubles, old buffers stay in the
 * arena until it is freed. Start with {arena, NULL, 0, 0}. */
typedef struct base_strbuf {
  base_arena *a;
  char *p;
  size_t n, cap;
} base_strbuf;

void base_strbuf_add(base_strbuf *b, const char *s, size_t n);

#endif
