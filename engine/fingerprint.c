/* fingerprint.c — see fingerprint.h for what goes into a fingerprint and why. */
#include "fingerprint.h"

#include <nettle/sha2.h>
#include <string.h>

static void put(struct sha256_ctx *c, const char *s) {
  if (s) sha256_update(c, strlen(s), (const uint8_t *)s);
  sha256_update(c, 1, (const uint8_t *)""); /* the NUL separator keeps fields apart */
}

void engine_fingerprint(const char *rule_id, const char *file, const char *resource,
                        const char *message, char out[ENGINE_FINGERPRINT_LEN + 1]) {
  struct sha256_ctx c;
  sha256_init(&c);
  put(&c, "vigil/v1");
  put(&c, rule_id);
  put(&c, file);
  put(&c, resource);
  /* message shape: digit runs collapse to "0", fed in slices between runs */
  const char *m = message ? message : "";
  while (*m) {
    size_t n = strcspn(m, "0123456789");
    if (n) sha256_update(&c, n, (const uint8_t *)m);
    m += n;
    if (*m) {
      sha256_update(&c, 1, (const uint8_t *)"0");
      m += strspn(m, "0123456789");
    }
  }
  uint8_t d[SHA256_DIGEST_SIZE];
  sha256_digest(&c, sizeof d, d);
  static const char hex[] = "0123456789abcdef";
  for (size_t i = 0; i < sizeof d; i++) {
    out[2 * i] = hex[d[i] >> 4];
    out[2 * i + 1] = hex[d[i] & 15];
  }
  out[ENGINE_FINGERPRINT_LEN] = '\0';
}

static const char *rule_id(const engine_report *r, const engine_result *res) {
  return r->pack && res->rule < r->pack->n_rules ? r->pack->rules[res->rule].id : "";
}

const char *engine_result_fingerprint(const engine_report *r, const engine_result *res,
                                      char buf[ENGINE_FINGERPRINT_LEN + 1]) {
  if (res->fingerprint) return res->fingerprint;
  engine_fingerprint(rule_id(r, res), res->file, res->resource, res->message, buf);
  return buf;
}

void engine_fingerprint_report(engine_report *r) {
  char buf[ENGINE_FINGERPRINT_LEN + 1];
  for (size_t i = 0; i < r->n_results; i++) {
    engine_result *res = &r->results[i];
    if (res->fingerprint) continue;
    engine_fingerprint(rule_id(r, res), res->file, res->resource, res->message, buf);
    res->fingerprint = base_arena_strdup(&r->arena, buf);
  }
}
