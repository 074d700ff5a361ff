/* base/hash.h - FNV-1a 64, the one non-cryptographic hash of Vigil's tables.
 *
 * Table slots (file table, parse cache, anchors, declarations, plan
 * directories, cache index) and shard assignment hash with it. The values are
 * part of the shard format: `--shard K/N` picks a unit by base_fnv1a_str of
 * its root path modulo N, so this function never changes.
 */
#ifndef VIGIL_BASE_HASH_H
#define VIGIL_BASE_HASH_H

#include <stddef.h>
#include <stdint.h>

#define BASE_FNV1A_INIT 1469598103934665603ull /* 0xcbf29ce484222325 */

/* h advanced over the bytes p[0..n). */
static inline uint64_t base_fnv1a_add(uint64_t h, const void *p, size_t n) {
  const unsigned char *b = p;
  for (size_t i = 0; i < n; i++)
    h = (h ^ b[i]) * 1099511628211ull; /* 0x100000001b3 */
  return h;
}

/* h advanced over the NUL-terminated string s. */
static inline uint64_t base_fnv1a_add_str(uint64_t h, const char *s) {
  for (const unsigned char *p = (const unsigned char *)s; *p; p++)
    h = (h ^ *p) * 1099511628211ull;
  return h;
}

static inline uint64_t base_fnv1a(const void *p, size_t n) {
  return base_fnv1a_add(BASE_FNV1A_INIT, p, n);
}

static inline uint64_t base_fnv1a_str(const char *s) {
  return base_fnv1a_add_str(BASE_FNV1A_INIT, s);
}

#endif
