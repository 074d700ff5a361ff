/* base/bytes.h - reading a little-endian byte record without running off it.
 *
 * The cache's entries (engine/cache.c) and the fact records inside them
 * (engine/facts.c) are read through one base_rbuf: every read checks the
 * bytes left, and a read past the end sets bad and returns NULL/0 from then
 * on, so a truncated or corrupt record is found once, at the end, instead
 * of at every field. Nothing here allocates; a is where the caller's decoder
 * puts what it copies (strings, nodes), or NULL.
 */
#ifndef VIGIL_BASE_BYTES_H
#define VIGIL_BASE_BYTES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "arena.h"

typedef struct base_rbuf {
  const uint8_t *p, *end;
  bool bad; /* ran off the end */
  base_arena *a;
} base_rbuf;

/* The next n bytes (NULL, and bad set, when fewer are left). */
static inline const uint8_t *base_rbuf_take(base_rbuf *r, size_t n) {
  if (r->bad || (size_t)(r->end - r->p) < n) {
    r->bad = true;
    return NULL;
  }
  const uint8_t *p = r->p;
  r->p += n;
  return p;
}

static inline uint8_t base_rbuf_u8(base_rbuf *r) {
  const uint8_t *p = base_rbuf_take(r, 1);
  return p ? *p : 0;
}

static inline uint32_t base_rbuf_u32(base_rbuf *r) {
  uint32_t v = 0;
  const uint8_t *p = base_rbuf_take(r, sizeof v);
  if (p) memcpy(&v, p, sizeof v);
  return v;
}

static inline uint64_t base_rbuf_u64(base_rbuf *r) {
  uint64_t v = 0;
  const uint8_t *p = base_rbuf_take(r, sizeof v);
  if (p) memcpy(&v, p, sizeof v);
  return v;
}

#endif
