/* facts.h — the facts pass: a scan-wide table of records, collected before
 * any rule runs, that rules read with facts("NAME") (docs/language.md,
 * "Facts").
 *
 * A pack's `fact` declarations run over every unit of the scan that can
 * produce one: a unit is loaded for the pass only when its format may hold a
 * fact's selector and, where the format makes it exact, its bytes name what
 * the selector selects (a CloudFormation or Terraform type, an API JSON key);
 * the unit is freed at once, only its records are kept. Records are small
 * maps (the emitted keys plus `file`, `line` and `resource`: where the record
 * comes from), in plan order then emission order: the table is the same for
 * any -j, and in every shard (each computes it over the whole plan). Its
 * digest names it: the JSON report of a sharded scan carries it for
 * `vigil merge`, and the cache key of every unit of a pack whose rules read
 * facts includes it (engine_facts_key), so a warm cache is never stale.
 *
 * Ownership: an engine_facts owns its records (one arena); the lists it
 * gives to vm_state_set_facts live until engine_facts_free. */
#ifndef VIGIL_ENGINE_FACTS_H
#define VIGIL_ENGINE_FACTS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "iac.h"
#include "pack.h"
#include "plan.h"
#include "vm.h"
#include "walk.h"

typedef struct engine_facts engine_facts;

/* A fact's evaluation that failed on a resource (over its budget): the scan
 * reports it as an error of the unit, so a record is never silently lost. */
typedef struct engine_facts_error {
  size_t unit;           /* its plan index (0 for a document in memory) */
  const char *unit_name; /* the unit's report name (shards: who owns it reports it) */
  const char *file;      /* report path of the resource */
  uint32_t line, col;
  const char *message;
} engine_facts_error;

typedef struct engine_facts_input {
  const vm_pack *pack;
  const vm_options *vm;
  const iac_limits *lim; /* resolved (no 0 fields) */
  int threads;
  /* a scan of paths: the plan and the walk it was made from */
  const iac_plan *plan;
  const engine_walk *walk;
  bool (*skip_file)(const char *rel); /* files that are not input (.vigil.yaml) */
  /* keep what the pass read and loaded for the scan's jobs
   * (engine_facts_take); with owned (sharded: the units this shard runs,
   * ctx owned_ctx), only theirs */
  bool keep;
  bool (*owned)(void *ctx, size_t k);
  void *owned_ctx;
  /* or one document in memory (engine_scan_buffer) */
  const char *name, *buf;
  size_t len;
} engine_facts_input;

/* Whether a scan with pack p needs the pass: some rule reads facts. */
bool engine_facts_needed(const vm_pack *p);

/* Runs the pass. Never NULL. */
engine_facts *engine_facts_collect(const engine_facts_input *in);
void engine_facts_free(engine_facts *f);

/* What the pass kept of plan unit k, once (the caller owns it from here):
 * the unit it loaded (free with iac_plan_unit_free), else the bytes of the
 * document it read (text[len] == 0, malloc'd), else neither (both NULL). */
typedef struct engine_facts_kept {
  iac_unit *unit;
  char *text;
  size_t len;
} engine_facts_kept;
engine_facts_kept engine_facts_take(engine_facts *f, size_t k);

/* The table for vm_state_set_facts (one list of records per pack fact,
 * indexed by their string fields). */
const vm_facts *engine_facts_table(const engine_facts *f);
/* "sha256:HEX" of the table (fact names, records in order, values). */
const char *engine_facts_digest(const engine_facts *f);
/* Units whose rules may read facts: key = sha256(key, table digest). */
void engine_facts_key(const engine_facts *f, uint8_t key[32]);
/* Evaluations that failed, in plan order. */
const engine_facts_error *engine_facts_errors(const engine_facts *f, size_t *n);
/* Units loaded by the pass, of units planned (for docs/performance.md). */
void engine_facts_counts(const engine_facts *f, size_t *loaded, size_t *planned);

#endif
