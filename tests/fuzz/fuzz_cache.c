/* fuzz_cache.c — libFuzzer harness: the unit cache's reader (engine/cache.h)
 * on a pack from whoever can write the cache directory. An entry's tag is a
 * check against damage, not a signature (cache.c entry_tag: its key is in
 * the source), so a forger writes right tags: this harness does too, after
 * the mutation, so mutations reach the decoders (the header, the listings
 * entry, read logs, results, plan marks, facts) instead of stopping at the
 * tag. Whatever the bytes, the cache is trusted only as far as it checks
 * out: no crash, no read past an entry, no allocation the size of a claim.
 *
 * The input is a whole pack file ("VIGILPACK\n" u32 format, str version,
 * context[32], then u32 length + entry...). The harness takes the context
 * from its header (so the pack is this scan's), re-signs every entry that is
 * whole, writes it where engine_cache_open looks, then asks for the walk's
 * listings and looks every entry's key up (decoding the results at once and
 * on demand, both), and closes the cache (which writes the reused entries to
 * a new pack). Seeds: packs of small scans (run.sh). The read logs name files
 * of the machine that made the seeds: a lookup stats and reads those below
 * the working directory (the scope given, as a scan of "." has), at most
 * MAX_READ bytes each, and no other (engine_cache_bounds), which is part of
 * what is fuzzed. */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <nettle/umac.h>

#include "arena.h"
#include "cache.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

enum { TAG = 16, DIGEST = 32, MAX_KEYS = 4096, MAX_READ = 1 << 20 };

static uint32_t rd32(const uint8_t *p) {
  uint32_t v;
  memcpy(&v, p, 4); /* the cache's integers are the machine's (cache.c) */
  return v;
}

/* The tag cache.c's entry_tag writes: UMAC-128 under its fixed key and nonce. */
static void sign(uint8_t *e, size_t len) {
  static const uint8_t nonce[16] = {0};
  struct umac128_ctx h;
  umac128_set_key(&h, (const uint8_t *)"vigil unit cache");
  umac128_set_nonce(&h, sizeof nonce, nonce);
  umac128_update(&h, len - TAG, e);
  umac128_digest(&h, TAG, e + len - TAG);
}

/* Reads every string a result hands out (ASan: one that runs past its entry). */
static size_t touch(const engine_unit_results *ur) {
  size_t n = 0;
  for (size_t i = 0; i < ur->n_results; i++) {
    const engine_result *r = &ur->results[i];
    const char *s[] = {r->file,   r->resource,         r->resource_type, r->format,     r->message,
                       r->reason, r->suppression_kind, r->suppression,   r->fingerprint};
    for (size_t k = 0; k < sizeof s / sizeof *s; k++)
      if (s[k]) n += strlen(s[k]);
    n += r->rule + r->line + r->col; /* and its numbers */
  }
  for (size_t i = 0; i < ur->n_errors; i++)
    n += strlen(ur->errors[i].file) + strlen(ur->errors[i].message);
  for (size_t i = 0; i < ur->n_warnings; i++)
    n += strlen(ur->warnings[i].file) + strlen(ur->warnings[i].message);
  return n;
}

static void empty_dir(const char *dir) {
  DIR *d = opendir(dir);
  if (!d) return;
  struct dirent *de;
  char p[4096];
  while ((de = readdir(d)))
    if (de->d_name[0] != '.') {
      snprintf(p, sizeof p, "%s/%s", dir, de->d_name);
      unlink(p);
    }
  closedir(d);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  static char dir[] = "/tmp/vigil-fuzz-cache.XXXXXX";
  static bool made;
  if (!made) {
    if (!mkdtemp(dir)) abort();
    made = true;
  }
  if (size > (1u << 20)) return 0;
  uint8_t *buf = malloc(size + 1);
  if (!buf) abort();
  if (size) memcpy(buf, data, size);

  /* the header's context: the pack is this scan's (else it is only refused) */
  uint8_t ctx[DIGEST] = {0};
  size_t at = size;
  if (size >= 18) {
    uint32_t vn = rd32(buf + 14);
    if (vn <= size - 18 && size - 18 - vn >= DIGEST) {
      memcpy(ctx, buf + 18 + vn, DIGEST);
      at = 18 + vn + DIGEST;
    }
  }
  /* every whole entry re-signed; its key kept ("VIGILCACHE\n" u32 format,
   * str version, key) */
  static uint8_t keys[MAX_KEYS][DIGEST];
  size_t n_keys = 0;
  while (at + 4 <= size) {
    uint32_t len = rd32(buf + at);
    if (len > size - at - 4) break;
    uint8_t *e = buf + at + 4;
    if (len >= TAG) sign(e, len);
    if (len >= 19 && n_keys < MAX_KEYS) {
      uint32_t evn = rd32(e + 15);
      if (evn <= len - 19 && len - 19 - evn >= DIGEST) memcpy(keys[n_keys++], e + 19 + evn, DIGEST);
    }
    at += 4 + (size_t)len;
  }

  char hex[33], path[4200];
  for (int i = 0; i < 16; i++)
    snprintf(hex + 2 * i, 3, "%02x", ctx[i]);
  snprintf(path, sizeof path, "%s/%s.pack", dir, hex);
  FILE *f = fopen(path, "wb");
  if (!f) abort();
  if (size && fwrite(buf, 1, size, f) != size) abort();
  fclose(f);
  free(buf);

  FILE *diag = fopen("/dev/null", "w"); /* the warnings are made, and said nowhere */
  char err[512];
  /* the scope of a scan of the working directory (where the seeds were made) */
  static const char *const roots[] = {"."};
  const engine_cache_bounds b = {MAX_READ, roots, 1, NULL, 0};
  engine_cache *c = engine_cache_open(dir, ctx, &b, diag, err, sizeof err);
  if (!c) abort(); /* the directory is there and writable */
  engine_cache_listings(c);
  (void)engine_cache_listed(c, dir);
  (void)engine_cache_listed(c, ".");
  base_arena a;
  base_arena_init(&a);
  engine_unit_results ur = {.arena = &a};
  size_t seen = 0;
  for (size_t i = 0; i < n_keys; i++) {
    engine_cache_unit m;
    ur.n_results = ur.n_errors = ur.n_warnings = 0;
    bool now = i % 2 == 0; /* decoded by the lookup, or kept encoded */
    if (!engine_cache_lookup(c, keys[i], now, &ur, &m)) continue;
    if (!now && m.results) {
      ur.n_results = ur.n_errors = ur.n_warnings = 0;
      (void)engine_cache_results_decode(m.results, m.results_len, &ur);
    }
    seen += touch(&ur);
    base_arena_reset(&a);
  }
  engine_cache_stats st;
  engine_cache_close(c, &st);
  fclose(diag);
  free(ur.results);
  free(ur.errors);
  free(ur.warnings);
  base_arena_free(&a);
  empty_dir(dir);
  if (seen == SIZE_MAX) abort(); /* never: keeps the reads */
  return 0;
}
