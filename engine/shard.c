/* shard.c — which units a shard runs, and the digests that tie shards
 * together (shard.h). */
#include "shard.h"

#include <nettle/sha2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "hash.h"
#include "value.h"

_Static_assert(sizeof(struct sha256_ctx) <= sizeof(((engine_digest *)0)->ctx),
               "engine_digest too small for a sha256_ctx");

int engine_shard_parse(const char *arg, engine_shard *out, char *err, size_t errlen) {
  char *end;
  unsigned long k = strtoul(arg, &end, 10), n = 0;
  bool ok = end != arg && *arg >= '0' && *arg <= '9' && *end == '/';
  if (ok) {
    const char *p = end + 1;
    n = strtoul(p, &end, 10);
    ok = end != p && *p >= '0' && *p <= '9' && !*end;
  }
  if (!ok || n < 1 || n > ENGINE_SHARD_MAX || k < 1 || k > n) {
    snprintf(err, errlen, "--shard wants K/N with 1 <= K <= N <= %d, not '%s'", ENGINE_SHARD_MAX,
             arg);
    return -1;
  }
  *out = (engine_shard){(uint32_t)k, (uint32_t)n};
  return 0;
}

bool engine_shard_owns(const engine_shard *s, const char *name) {
  if (!s || s->count <= 1) return true;
  /* FNV-1a 64: fixed forever (a change would move every unit) */
  return base_fnv1a_str(name ? name : "") % s->count == s->index - 1;
}

void engine_digest_init(engine_digest *d) {
  sha256_init((struct sha256_ctx *)d->ctx);
}

void engine_digest_add(engine_digest *d, const char *s) {
  struct sha256_ctx *c = (struct sha256_ctx *)d->ctx;
  if (s) sha256_update(c, strlen(s), (const uint8_t *)s);
  sha256_update(c, 1, (const uint8_t *)""); /* the NUL keeps strings apart */
}

void engine_digest_final(engine_digest *d, char out[ENGINE_DIGEST_LEN + 1]) {
  uint8_t h[SHA256_DIGEST_SIZE];
  sha256_digest((struct sha256_ctx *)d->ctx, sizeof h, h);
  static const char hex[] = "0123456789abcdef";
  memcpy(out, "sha256:", 7);
  for (size_t i = 0; i < sizeof h; i++) {
    out[7 + 2 * i] = hex[h[i] >> 4];
    out[8 + 2 * i] = hex[h[i] & 15];
  }
  out[ENGINE_DIGEST_LEN] = 0;
}

void engine_params_digest(const vm_pack *p, char out[ENGINE_DIGEST_LEN + 1]) {
  engine_digest d;
  engine_digest_init(&d);
  for (uint32_t i = 0; p && i < p->n_params; i++) {
    vm_value v = vm_value_from_node(p->param_values[i], 0, 0);
    size_t n = vm_value_display(&v, NULL, 0);
    char *s = base_xmalloc(n + 1);
    vm_value_display(&v, s, n + 1);
    engine_digest_add(&d, p->params[i].name);
    engine_digest_add(&d, v.tag == VV_STR ? "string" : "value");
    engine_digest_add(&d, s);
    free(s);
  }
  engine_digest_final(&d, out);
}
