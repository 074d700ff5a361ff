/* cache.h — the unit cache of incremental scans (`vigil scan --cache DIR`).
 *
 * Each unit's outcome (its results, errors, warnings, skip reason, resource
 * count and, for a Terraform root, which planned files it read) is kept in
 * one file DIR/units/KEY. KEY is a SHA-256 of everything fixed before the unit
 * runs: the scan's context (Vigil version, cache format, pack digest, rule
 * params, limits, variables and var files, the config, the working directory
 * and scan paths: engine_cache_open) and the unit itself (kind, report name,
 * its walked files). What only running it reveals (the module, tfvars and
 * file() files it read, the directories whose listing chose them) is its read
 * log (readfile.h), stored in the entry and checked on lookup: every file is
 * digested again, every listing taken again, and the entry is used only when
 * all of them are unchanged.
 *
 * An entry ends with a tag over all of it (UMAC-128) and starts with the format and
 * the Vigil version that wrote it: a truncated, corrupt, foreign or misplaced
 * entry is never trusted; it is ignored with a warning on `diag` and the unit
 * is evaluated (and its entry rewritten). Entries are written to a temporary
 * file in the same directory and renamed into place, so threads and
 * concurrent processes only ever see whole entries (the last writer wins;
 * both wrote the same outcome).
 *
 * Threads: lookup and store may be called from any thread at once. The
 * previous pack is read by a thread of the cache's own from engine_cache_open
 * on; engine_cache_listings waits for its first entry only, and every other
 * call for all of it. The thread then stats the files of documents' entries
 * (the lookups need not) until it has them all or engine_cache_close.
 * Ownership: strings a lookup returns are inside the previous pack, kept
 * until engine_cache_close (they outlive the scan's units); the arrays of
 * marks are in the unit results' arena. */
#ifndef VIGIL_ENGINE_CACHE_H
#define VIGIL_ENGINE_CACHE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "readfile.h"
#include "scan.h"
#include "walk.h"

typedef struct engine_cache engine_cache;

/* What a unit left besides its results, errors and warnings. */
typedef struct engine_cache_unit {
  const char *skip; /* the reason it was skipped ("binary", ...), or NULL */
  bool failed;      /* a document that could not be parsed */
  size_t n_resources;
  /* a Terraform root: the loader paths of the planned files it read, and
   * whether each one failed to parse (iac_plan_mark) */
  const char **marks;
  bool *mark_bad;
  size_t n_marks;
  /* the unit's fact records, failed facts and lookups, encoded by
   * engine/facts.c (engine_facts_entry_encode; facts_len 0: none) */
  const uint8_t *facts;
  size_t facts_len;
  /* a lookup's hit: its results as the entry holds them (checked), for
   * engine_cache_results_decode where they are emitted, inside the previous
   * pack (see Ownership): a unit held until its turn keeps 16 bytes, not a
   * copy of its results (store ignores these) */
  const uint8_t *results;
  size_t results_len;
} engine_cache_unit;

typedef struct engine_cache_stats {
  size_t hits, misses; /* units reused / evaluated: as the caller counted them */
  size_t ignored;      /* packs and entries not trusted (a warning each) */
} engine_cache_stats;

/* What checking an entry's read log may touch. Anyone who can write the
 * cache can write its entries (their tags catch damage, not forgery), so a
 * read log is held to the scan's own bounds, whatever it says:
 * - max_read: the scan's largest file (--max-file-size); no file is read
 *   further (a log naming a 1 TB sparse file with no limit was a 1 TB
 *   allocation);
 * - roots, files: the scan paths and the --var-files, as given. A logged
 *   path not below a root (lexically, or below its realpath) and not one of
 *   the files is neither stat'ed nor read: its entry is not current and the
 *   unit is evaluated again, with no warning (a unit's file() of a path
 *   outside the scanned directory logs one too). n_roots 0: no such check. */
typedef struct engine_cache_bounds {
  uint64_t max_read;
  const char *const *roots;
  size_t n_roots;
  const char *const *files;
  size_t n_files;
} engine_cache_bounds;

/* Opens (creating it when missing) the cache in dir for a scan whose context
 * digest is `context`, its read-log checks held to b (copied). Warnings go
 * to diag (NULL: none). NULL with a one-line reason in err when dir cannot
 * be made or written. */
engine_cache *engine_cache_open(const char *dir, const uint8_t context[32],
                                const engine_cache_bounds *b, FILE *diag, char *err, size_t errlen);
void engine_cache_close(engine_cache *c, engine_cache_stats *stats);

/* The key of a unit of this scan: its kind, report name and walked files. */
void engine_cache_key(const engine_cache *c, bool terraform, const char *name,
                      const char *const *paths, size_t n, uint8_t key[32]);

/* On a hit: true, ur holds the unit's errors and warnings (their strings in
 * the pack, see Ownership) and *meta the rest, its results encoded
 * (meta->results); with `results` they are decoded into ur too, else only
 * checked (ur->n_results is 0): a unit that goes out at once wants them, one
 * held for its turn keeps them encoded. */
bool engine_cache_lookup(engine_cache *c, const uint8_t key[32], bool results,
                         engine_unit_results *ur, engine_cache_unit *meta);

/* What the walk saw (walk.h keep_stats), borrowed until the last lookup and
 * given before the lookups: a read-log entry of a file or directory the walk
 * stat'ed is compared with what its stat said instead of stat'ing it again,
 * and a probe of a path under a listed directory whose next component the
 * listing does not have (a root's .terraform/modules/modules.json) is known
 * absent without a stat. */
void engine_cache_walked(engine_cache *c, const engine_walk *w);

/* Directory listings (walk.h): engine_cache_listings takes those the previous
 * walk kept from the pack (a corrupt entry is warned about and ignored), for
 * the walk's `listed` hook, engine_cache_listed (ctx: the cache; what it
 * returns lives until engine_cache_close); after the walk,
 * engine_cache_keep_listings keeps the walk's for the next one. */
void engine_cache_listings(engine_cache *c);
const engine_walk_listing *engine_cache_listed(void *cache, const char *path);
void engine_cache_keep_listings(engine_cache *c, const engine_walk *w);

/* Counts a unit reused (hit) or evaluated, for the stats. */
void engine_cache_count(engine_cache *c, bool hit);

/* Keeps the outcome of a unit evaluated with `log` recording its reads. */
void engine_cache_store(engine_cache *c, const uint8_t key[32], const base_read_log *log,
                        const engine_unit_results *ur, const engine_cache_unit *meta);

/* A unit's results in an entry's layout, for a scan whose finished units wait
 * for their turn in a scratch file (scan.c), and a hit's (meta->results):
 * encode into a malloc'd buffer (*buf, *len); decode into ur's results
 * (grown as needed, strings borrowed from buf), false when buf is not what
 * encode wrote. */
void engine_cache_results_encode(const engine_result *res, size_t n, uint8_t **buf, size_t *len);
bool engine_cache_results_decode(const uint8_t *buf, size_t len, engine_unit_results *ur);

/* Drops the entry of key that engine_cache_lookup found current from the new
 * pack (the unit is evaluated again and stored anew: engine/facts.h). */
void engine_cache_forget(engine_cache *c, const uint8_t key[32]);

#endif
