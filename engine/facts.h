/* facts.h — the scan-wide table of records that rules read with
 * facts("NAME"[, KEY, VALUE]) (docs/language.md, "Facts").
 *
 * A pack's `fact` declarations run over every unit of the scan that can
 * produce a record. A scan of paths (with a cache or without) collects them
 * in its one pass (deferred): each job, having loaded its unit, hands it to
 * engine_facts_unit, which runs the facts' selectors over it, then evaluates
 * the rules before the table is built: facts() answers "no records", and
 * every lookup is noted with the unit (vm_state_set_fact_query); a unit
 * reused from the cache hands over its entry's records and lookups instead
 * (engine_facts_entry_take). After the pass the table is built
 * (engine_facts_finish); a unit that looked nothing up, or whose every lookup
 * still answers what its results were computed with (engine_facts_stand),
 * keeps its results; any other unit is evaluated again, with the table. So
 * each unit is read and parsed once, and only those whose rules meet a record
 * (an image from a repository declared in the scan) twice. This is exact:
 * facts("NAME", KEY, v) for a string v depends on the records whose KEY is v
 * and on nothing else, facts("NAME") on the whole list.
 *
 * The units of other shards (each shard computes the table over the whole
 * plan), and the document of engine_scan_buffer, are collected first
 * instead, by a pass that loads only the units that can produce a record: its
 * format may hold a fact's selector and, where the format makes it exact, its
 * bytes name what the selector selects (a CloudFormation or Terraform type,
 * an API JSON key); a Terraform root when a file of its module tree names the
 * type (local `source` paths followed as written), or it calls a remote
 * module and has .terraform/modules.
 *
 * Records are small maps (the emitted keys plus `file`, `line` and
 * `resource`: where the record comes from), in plan order then emission
 * order: the table is the same for any -j, and in every shard. Its digest
 * names it: the JSON report of a sharded scan carries it for `vigil merge`,
 * and a unit's cache entry holds its records and what its lookups answered
 * (engine_facts_entry_encode), so a warm cache is never stale.
 *
 * Memory (docs/scale.md): a record is kept as the bytes its cache entry
 * holds (vm.h), in its worker's stream: past 256 KiB a worker's records go
 * to an unlinked scratch file between units, and the table reads back those
 * a rule reads. A lookup is a few integers and its key and value's text;
 * a unit, one byte of flags. The lookups go when the table is built.
 *
 * Ownership: an engine_facts owns its records (its workers' streams and
 * scratch files); the tables it gives to vm_state_set_facts live until
 * engine_facts_free. */
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
  /* the scan's jobs collect their units' records (engine_facts_unit); the
   * pass loads only the units that are not owned (sharded: owned says which
   * units this shard runs, ctx owned_ctx; NULL: all are) */
  bool deferred;
  /* with a cache: units evaluated again log their lookups for their entries
   * (engine_facts_entry_encode) and keep their records until then */
  struct engine_cache *cache;
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

/* Whether the table is built (not deferred, or after engine_facts_finish). */
bool engine_facts_final(const engine_facts *f);

/* Deferred: unit k's records, from its loaded unit u (on the job's worker
 * wid < threads, with its vm; name is the unit's report name). */
void engine_facts_unit(engine_facts *f, int wid, size_t k, vm_state *vm, const iac_unit *u,
                       const char *name, bool terraform);

/* What a worker's vm reads: the table once built; before, no records, each
 * lookup noted for r->unit (set it before each evaluation). r lives as long
 * as the vm uses it. Call again after engine_facts_finish. */
typedef struct engine_facts_reader {
  engine_facts *f;
  int wid;
  size_t unit;
  struct facts_log *log; /* with a cache: what the unit looked up (below) */
} engine_facts_reader;
void engine_facts_attach(engine_facts *f, vm_state *vm, engine_facts_reader *r, int wid);
/* Frees what r noted (a worker's end). */
void engine_facts_reader_free(engine_facts_reader *r);

/* With a cache a unit's entry holds its records, the facts it failed to
 * evaluate, and the lookups its evaluation made with a digest of what they
 * answered (engine_facts_entry_encode, into engine_cache_unit's facts): the
 * key does not name the table. A unit reused from its entry gives the table
 * its records (engine_facts_entry_take, in place of engine_facts_unit); when
 * it looked something up its results wait like those of a unit evaluated
 * before the table was built, and stand when the same lookups answer the
 * same from the scan's table (engine_facts_stand), else it is evaluated
 * again and stored again. A unit evaluated before the table stores lookups
 * answered "no records"; one evaluated again (after engine_facts_finish, its
 * reader logging: engine_facts_log_begin before it), what the table answered. */
void engine_facts_log_begin(engine_facts_reader *r);
void engine_facts_entry_encode(const engine_facts_reader *r, size_t k, base_arena *a,
                               const uint8_t **buf, size_t *len);
/* False (nothing taken) when buf is not what encode wrote, or it holds
 * records or lookups and f does not take them: the unit is evaluated. */
bool engine_facts_entry_take(engine_facts *f, int wid, size_t k, const char *name,
                             const uint8_t *buf, size_t len);

/* Deferred, before engine_facts_finish: whether unit k's evaluation looked
 * the table up (its results wait for engine_facts_stand). */
bool engine_facts_looked(const engine_facts *f, size_t k);
/* Builds the table from every unit's records. */
void engine_facts_finish(engine_facts *f);
/* After it: whether unit k's lookups still answer what its results were
 * computed with ("no records"; a reused unit's, its entry's digest). */
bool engine_facts_stand(const engine_facts *f, size_t k);

/* The table for vm_state_set_facts (one list of records per pack fact,
 * indexed by their string fields). */
const vm_facts *engine_facts_table(const engine_facts *f);
/* "sha256:HEX" of the table (fact names, records in order, values), for a
 * shard's report (nothing else uses it): computed on the first call; call it
 * from one thread, once the table is built. */
const char *engine_facts_digest(engine_facts *f);
/* Evaluations that failed, in plan order. */
const engine_facts_error *engine_facts_errors(const engine_facts *f, size_t *n);
/* Units loaded by the pass, of units planned (for docs/performance.md). */
void engine_facts_counts(const engine_facts *f, size_t *loaded, size_t *planned);

#endif
