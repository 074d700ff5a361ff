/* shard.h — one scan split over N machines (`vigil scan --shard K/N`) and
 * joined again (`vigil merge`, docs/scale.md).
 *
 * A shard runs the units (scan.h: a document, or a Terraform root module with
 * what it reads) whose name hashes to it: FNV-1a 64 of the unit's report name
 * (its file, or its root module's directory) modulo N. The hash depends on
 * nothing but the name, so adding a file moves no other unit, and a root
 * module is one unit, so it is never split. Walker skips go by the same hash
 * of their file name. What one shard cannot know alone, the fate of a
 * Terraform file another shard's root may read, it reports in its JSON's
 * "shard" object for the merge to decide (report.h, engine_tf_fate).
 *
 * Every shard plans the whole tree (cheap: no file is parsed to plan); the
 * plan digest (the unit names in order) lets the merge refuse shards of
 * different trees, and the unit indices give it the one report order. */
#ifndef VIGIL_ENGINE_SHARD_H
#define VIGIL_ENGINE_SHARD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "pack.h"

/* "sha256:" and 64 hex digits, NUL-terminated */
#define ENGINE_DIGEST_LEN 71

typedef struct engine_shard {
  uint32_t index; /* 1..count */
  uint32_t count; /* 0 = not sharded: every unit */
} engine_shard;

/* Parses "K/N" (1 <= K <= N <= ENGINE_SHARD_MAX). 0, or -1 with the reason in err. */
#define ENGINE_SHARD_MAX 65536
int engine_shard_parse(const char *arg, engine_shard *out, char *err, size_t errlen);

/* Whether the unit (or skipped file) named `name` is this shard's; always
 * true when not sharded. */
bool engine_shard_owns(const engine_shard *s, const char *name);

/* A running sha256 over NUL-separated strings, printed "sha256:HEX". */
typedef struct engine_digest {
  uint64_t ctx[16]; /* a struct sha256_ctx (nettle), kept opaque here */
} engine_digest;
void engine_digest_init(engine_digest *d);
void engine_digest_add(engine_digest *d, const char *s);
void engine_digest_final(engine_digest *d, char out[ENGINE_DIGEST_LEN + 1]);

/* The digest of the pack's effective params (name and value of each): the
 * merge refuses shards scanned with different ones. */
void engine_params_digest(const vm_pack *p, char out[ENGINE_DIGEST_LEN + 1]);

#endif
