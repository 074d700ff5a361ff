/* scan.c — the scan engine (see scan.h). */
#define _GNU_SOURCE /* qsort_r: the per-unit sort needs the pack, and workers sort at once */
#include "scan.h"
#include "writefile.h"

#include <errno.h>
#include <nettle/sha2.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "alloc.h"
#include "cache.h"
#include "cc.h"
#include "plan.h"
#include "pool.h"
#include "readfile.h"
#include "terraform.h"
#include "trace.h"
#include "facts.h"
#include "filetab.h"
#include "utf8.h"
#include "vigil.h"

/* Room for one more element (the check inline: emit runs once per result). */
#define GROW(arr, n, cap)                                                                          \
  do {                                                                                             \
    if ((n) == (cap)) (arr) = base_grow((arr), &(cap), (n) + 1, sizeof *(arr));                    \
  } while (0)

/* ---- strings into the report: valid UTF-8 only --------------------------------- */

/* Reports quote hostile input; every string a reporter sees is valid UTF-8
 * (an invalid byte becomes U+FFFD), so JSON/SARIF/XML writers can copy bytes.
 * File names are the exception: they stay the bytes of the path, so a SARIF
 * URI decodes back to the file and two non-UTF-8 names never collide as
 * U+FFFD; each writer makes them safe for its grammar (escape.h).
 * Returns s itself when it is valid already, else a cleaned copy in a. */
static const char *utf8_clean(base_arena *a, const char *s) {
  if (!s) return NULL;
  const unsigned char *u = (const unsigned char *)s;
  size_t n = strlen(s), i = 0;
  char *o = NULL, *p = NULL;
  for (;;) {
    size_t start = i;
    for (size_t len; i < n; i += len) /* ASCII skips the decoder */
      if ((len = u[i] < 0x80 ? 1 : base_utf8_len(u + i, n - i)) == 0) break;
    if (!o && i == n) return s; /* the common case: valid, nothing to copy */
    if (!o) p = o = base_arena_alloc(a, 3 * n + 1);
    memcpy(p, u + start, i - start);
    p += i - start;
    if (i == n) break;
    memcpy(p, "\xEF\xBF\xBD", 3);
    p += 3;
    i++;
  }
  *p = 0;
  return o;
}

/* ---- per-unit results ---------------------------------------------------------------- */

void engine_unit_warn(engine_unit_results *r, const char *file, uint32_t line, uint32_t col,
                      const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  char buf[1024];
  vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  GROW(r->warnings, r->n_warnings, r->cap_warnings);
  engine_warning *w = &r->warnings[r->n_warnings++];
  w->file = file ? base_arena_strdup(r->arena, file) : r->file;
  w->line = line;
  w->col = col;
  w->message = base_arena_strdup(r->arena, buf);
}

static void unit_results_reset(engine_unit_results *r) {
  base_arena_reset(r->arena);
  r->n_results = r->n_errors = r->n_warnings = 0;
  r->file = NULL;
}

/* ---- scan state ---------------------------------------------------------------------- */

/* An error/warning/skip waiting for the final sort: seq breaks ties between
 * equal keys in a thread-independent way (unit walk order, then emission).
 * Results are not held: they leave in walk order as units finish (emit_results). */
typedef struct pend_error {
  engine_file_error e;
  uint64_t seq;
} pend_error;
typedef struct pend_warning {
  engine_warning w;
  uint64_t seq;
} pend_warning;
typedef struct pend_skip {
  engine_skip s;
  uint64_t seq;
} pend_skip;

/* The one document of an in-memory scan (engine_scan_buffer). */
typedef struct mem_doc {
  const char *name, *buf;
  size_t len;
} mem_doc;

/* Where a unit that finished before its turn keeps its results: nowhere
 * (it had none), or in one of four places, one at a time. */
typedef enum held_kind {
  HELD_NONE,
  HELD_REPORT, /* u.results: a copy, owned */
  HELD_PARK,   /* u.park: in the scanner's park */
  HELD_SPOOL,  /* u.spool: in its scratch file, encoded by cache.h */
  HELD_ENC,    /* u.enc: reused from the cache, where its entry has them */
} held_kind;

/* A unit that finished before its turn: done, and where its results are.
 * One per job, so kept small (24 bytes: a 100k-file scan has ~84k units). */
typedef struct held_unit {
  union {
    engine_report *results;
    struct {
      size_t off, n;
    } park;
    struct {
      off_t off;
      size_t len;
    } spool;
    struct {
      const uint8_t *p;
      size_t len;
    } enc;
  } u;
  uint8_t kind; /* held_kind */
  bool done;
  bool waits;  /* evaluated before the facts table was built, or reused from
                * the cache, and looked facts up: its results wait for the
                * table (engine/facts.h), then are kept or evaluated again */
  bool reused; /* from the cache: counted a hit or not once the table says */
} held_unit;
_Static_assert(sizeof(held_unit) <= 3 * sizeof(void *), "held_unit: one per job, keep it small");

typedef struct worker_state {
  base_dir_cache dir; /* the directory of the file read last */
  vm_state *vm;
  base_arena scratch;
  engine_unit_results ur;
  base_read_log log;         /* what the unit being evaluated read (with a cache) */
  engine_facts_reader facts; /* what its vm's facts() reads (facts.h) */
} worker_state;

/* Root finding begun during the walk (pre_announce): the pool its jobs go
 * to as a stream, what they fill, and the parse cache they read into, which
 * the plan borrows. */
typedef struct roots_stream {
  engine_pool *pool;
  bool open;             /* the stream (opened by the first directory, or ahead) */
  iac_tf_roots_pre *pre; /* NULL: no directory announced yet */
  iac_tf_cache *cache;
} roots_stream;

typedef struct scanner {
  const vm_pack *pack;
  const engine_scan_options *o;
  iac_limits lim;
  engine_walk *walk;
  iac_plan *plan; /* the units of the walk (iac/plan.h); NULL for an in-memory scan */
  iac_plan_var *plan_vars;
  const mem_doc *doc; /* the in-memory scan's one unit */
  size_t n_jobs;      /* units (this shard's) */
  size_t *job_unit;   /* sharded: the plan index of each job; NULL = job k is unit k */
  worker_state *ws;
  int n_workers;
  pthread_mutex_t lock;
  pthread_cond_t turn; /* next_emit moved: a worker too far ahead may go on */
  engine_report *rep;
  /* Reorder window: jobs run in walk order; a unit that finishes before the
   * ones ahead of it parks its results in held[job] (a copy) until they
   * are out. A worker does not start a job more than WINDOW ahead of
   * next_emit, so what is parked stays bounded whatever the repo's size. */
  size_t next_emit;
  /* next_emit, then past the units whose results wait for the facts table:
   * the window counts from here (those units' results are parked; the
   * units after them park theirs until the table is built) */
  size_t next_settled;
  held_unit *held;
  /* while the facts table is not built: the results of every unit that
   * finished out of turn, in one report (one arena, not one per unit: most
   * units after the first that waits park theirs), up to park_budget bytes;
   * past it, in a scratch file (park_results), so memory stays flat
   * whatever the number of units that wait */
  engine_report park;
  size_t park_bytes;
  int spool_fd;        /* the scratch file, -1 until needed */
  off_t spool_flushed; /* its bytes written; then spool_wn more in spool_w */
  uint8_t *spool_w;    /* SPOOL_CHUNK bytes */
  size_t spool_wn;
  uint8_t *spool_r; /* spool_rn bytes read back from spool_roff */
  size_t spool_rn, spool_rcap;
  off_t spool_roff;
  bool spool_failed;            /* it could not be made or written: the park takes the rest */
  engine_unit_results spool_ur; /* a unit's results decoded (strings in spool_w/r) */
  pend_error *err;
  size_t n_err, cap_err;
  pend_warning *warn;
  size_t n_warn, cap_warn;
  pend_skip *skip;
  size_t n_skip, cap_skip;
  size_t files_total, files_done;
  uint64_t bytes_done;
  size_t cap_tf;       /* of rep->shard.tf while it grows (malloc'd until account_plan) */
  engine_cache *cache; /* --cache (cache.h), or NULL */
  engine_pool *pool;   /* the threads of planning and of the units (pool.h) */
  roots_stream roots;  /* root finding begun during the walk */
  engine_facts *facts; /* the facts pass's table (facts.h), or NULL */
} scanner;

typedef struct emit_ctx {
  scanner *s;
  engine_unit_results *ur;
  const iac_unit *u;
  bool map_paths; /* Terraform: loader paths are open paths, report rel paths */
  const char *last_in, *last_out;
} emit_ctx;

/* Report path for a loader path (plan.h); a unit's results mostly share one. */
static const char *report_path(emit_ctx *c, const char *path) {
  if (!c->map_paths || !path) return path;
  if (path == c->last_in) return c->last_out;
  c->last_in = path;
  c->last_out = iac_plan_report_path(c->s->plan, path, c->ur->arena);
  return c->last_out;
}

static const char *report_path_hook(void *ctx, const char *path) {
  return report_path(ctx, path);
}

static void emit(void *ctx, const vm_finding *f) {
  emit_ctx *c = ctx;
  engine_unit_results *ur = c->ur;
  GROW(ur->results, ur->n_results, ur->cap_results);
  engine_result *r = &ur->results[ur->n_results++];
  memset(r, 0, sizeof *r);
  const vm_rule *rule = &c->s->pack->rules[f->rule];
  r->rule = f->rule;
  r->status = f->status;
  r->severity = rule->severity;
  r->file = f->res->file ? report_path(c, f->res->file) : ur->file;
  r->line = f->line;
  r->col = f->col;
  r->resource = f->res->name;
  r->resource_type = f->res->type;
  r->format = iac_format_name(f->res->format);
  r->message = base_arena_strdup(ur->arena, f->message ? f->message : "");
  r->reason = f->reason ? base_arena_strdup(ur->arena, f->reason) : NULL;
  /* which expect: from the pack's debug info, only for findings a REPORT made */
  const vm_dbg_stmt *st = f->pc != VM_NO_PC ? vm_dbg_stmt_at(c->s->pack, f->sel, f->pc) : NULL;
  r->expect = st && st->kind == VM_DBG_EXPECT ? st->index : 0;
}

/* Units a worker may run ahead of the oldest unit whose results are not out. */
enum { WINDOW = 256 };

/* What the park keeps in memory before results go to its scratch file:
 * PARK_MAX up to PARK_KNEE walked files, then less in proportion, down to
 * PARK_MIN. In a big repository nearly every result after the first unit
 * that waits is parked (at 100k files ~300 MB of JSON): whatever the budget,
 * it fills, and is paid in full at the peak, when the walk and the plan are
 * biggest (16 MiB was a quarter of the 64 MiB bound at 100k files); in a
 * small one it saves the spill's encoding (a tenth of a warm 10k-file scan's
 * instructions at 1 MiB). */
enum { PARK_MAX = 16u << 20, PARK_MIN = 1u << 20, PARK_KNEE = 16384 };

static size_t park_budget(const scanner *s) {
  if (s->files_total <= PARK_KNEE) return PARK_MAX;
  size_t b = (size_t)((uint64_t)PARK_MAX * PARK_KNEE / s->files_total);
  return b < PARK_MIN ? PARK_MIN : b;
}

static size_t unit_of(const scanner *s, size_t k) {
  return s->job_unit ? s->job_unit[k] : k;
}

/* Hands job k's results on in report order (lock held): to the results hook,
 * or into the report. */
static void emit_results(scanner *s, size_t k, engine_result *res, size_t n) {
  if (!n) return;
  s->rep->cur_unit = unit_of(s, k);
  if (s->o->hooks.results)
    s->o->hooks.results(s->o->hooks.ctx, s->rep, res, n);
  else
    engine_report_add_results(s->rep, res, n);
}

static size_t held_bytes(const engine_result *res, size_t n);

/* The park's scratch file is written and read SPOOL_CHUNK bytes at a time:
 * units are parked in the order they finish and leave in plan order, nearly
 * the same, so one write and one read serve many units. Its two buffers are
 * resident at the peak of a big scan (1 MiB chunks: 2 MB more at 100k files
 * than these; ~1,200 writes and reads of the ~300 MB spilled there). */
enum { SPOOL_CHUNK = 256u << 10 };

/* Raw I/O at an offset, whole or nothing (EINTR retried). */
static bool spool_io(int fd, uint8_t *p, size_t n, off_t at, bool write) {
  size_t done = 0;
  while (done < n) {
    ssize_t r = write ? pwrite(fd, p + done, n - done, at + (off_t)done)
                      : pread(fd, p + done, n - done, at + (off_t)done);
    if (r < 0 && errno == EINTR) continue;
    if (r <= 0) return false;
    done += (size_t)r;
  }
  return true;
}

/* Writes the buffered tail of the scratch file out (lock held). */
static bool spool_flush(scanner *s) {
  if (!s->spool_wn) return true;
  if (!spool_io(s->spool_fd, s->spool_w, s->spool_wn, s->spool_flushed, true)) return false;
  s->spool_flushed += (off_t)s->spool_wn;
  s->spool_wn = 0;
  return true;
}

/* Appends an encoded unit (lock held); false when the file cannot be made or
 * written (a full disk). */
static bool spool_put(scanner *s, const uint8_t *buf, size_t len, off_t *at) {
  if (s->spool_fd < 0) {
    s->spool_fd = base_scratch_fd();
    if (s->spool_fd < 0) return false;
  }
  if (s->spool_wn + len > SPOOL_CHUNK && !spool_flush(s)) return false;
  *at = s->spool_flushed + (off_t)s->spool_wn;
  if (len > SPOOL_CHUNK) { /* one unit bigger than a chunk: straight out */
    if (!spool_io(s->spool_fd, (uint8_t *)buf, len, *at, true)) return false;
    s->spool_flushed += (off_t)len;
    return true;
  }
  if (!s->spool_w) s->spool_w = base_xmalloc(SPOOL_CHUNK);
  memcpy(s->spool_w + s->spool_wn, buf, len);
  s->spool_wn += len;
  return true;
}

/* Where job k's encoded results are in memory: the write buffer, or the read
 * buffer (refilled from their offset); NULL when they cannot be read. */
static const uint8_t *spool_get(scanner *s, const held_unit *h) {
  if (h->u.spool.off >= s->spool_flushed) return s->spool_w + (h->u.spool.off - s->spool_flushed);
  if (h->u.spool.off >= s->spool_roff &&
      h->u.spool.off + (off_t)h->u.spool.len <= s->spool_roff + (off_t)s->spool_rn)
    return s->spool_r + (h->u.spool.off - s->spool_roff);
  size_t want = h->u.spool.len > SPOOL_CHUNK ? h->u.spool.len : SPOOL_CHUNK;
  if ((off_t)want > s->spool_flushed - h->u.spool.off)
    want = (size_t)(s->spool_flushed - h->u.spool.off);
  if (want > s->spool_rcap) s->spool_r = base_grow(s->spool_r, &s->spool_rcap, want, 1);
  s->spool_rn = 0;
  if (!spool_io(s->spool_fd, s->spool_r, want, h->u.spool.off, false)) return NULL;
  s->spool_roff = h->u.spool.off;
  s->spool_rn = want;
  return s->spool_r;
}

/* Job k's results could not be read back (lock held): an error of the unit,
 * for its results cannot be made up. */
static void unreadable_results(scanner *s, size_t k, const char *message) {
  const iac_plan_unit pu_unit = iac_plan_unit_get(s->plan, unit_of(s, k)), *pu = &pu_unit;
  GROW(s->err, s->n_err, s->cap_err);
  s->err[s->n_err++] = (pend_error){{base_arena_strdup(&s->rep->arena, pu->name), 0, 0, message},
                                    (uint64_t)pu->first << 32 | 0xfffeffffu};
}

/* Emits job k's results from the park's scratch file (lock held). */
static void unspool(scanner *s, size_t k) {
  const held_unit *h = &s->held[k];
  const uint8_t *p = spool_get(s, h);
  if (!p || !engine_cache_results_decode(p, h->u.spool.len, &s->spool_ur)) {
    unreadable_results(s, k, "its results could not be read back from the scan's scratch file");
    return;
  }
  emit_results(s, k, s->spool_ur.results, s->spool_ur.n_results);
}

static const char CACHE_UNREADABLE[] = "its results could not be read back from the cache";

/* Emits job k's results from its cache entry (lock held): a reused unit
 * held until its turn kept where they are, not a copy (cache.h). */
static void unpack_held(scanner *s, size_t k) {
  const held_unit *h = &s->held[k];
  if (!engine_cache_results_decode(h->u.enc.p, h->u.enc.len, &s->spool_ur)) {
    unreadable_results(s, k, CACHE_UNREADABLE); /* checked by the lookup: not seen */
    return;
  }
  emit_results(s, k, s->spool_ur.results, s->spool_ur.n_results);
}

/* Parks res[0..n) of a unit that finished out of turn while the facts table
 * is not built (lock held): in the park's arena within park_budget, else
 * in the scratch file. */
static void park_results(scanner *s, held_unit *h, const engine_result *res, size_t n) {
  h->kind = HELD_NONE;
  if (!n) return;
  /* once the park is full, the rest goes out without counting its bytes */
  size_t budget = park_budget(s);
  size_t bytes = s->park_bytes >= budget ? 0 : held_bytes(res, n) + n * sizeof *res;
  if ((!bytes || s->park_bytes + bytes > budget) && !s->spool_failed) {
    uint8_t *buf;
    size_t len;
    engine_cache_results_encode(res, n, &buf, &len);
    off_t at;
    bool ok = spool_put(s, buf, len, &at);
    free(buf);
    if (ok) {
      h->kind = HELD_SPOOL;
      h->u.spool.off = at;
      h->u.spool.len = len;
      return;
    }
    s->spool_failed = true; /* memory, then, as before the scratch file */
    if (!bytes) bytes = held_bytes(res, n) + n * sizeof *res;
  }
  s->park_bytes += bytes;
  h->kind = HELD_PARK;
  h->u.park.off = s->park.n_results;
  h->u.park.n = n;
  engine_report_add_results(&s->park, res, n);
}

/* Emits every parked unit whose turn has come (lock held). */
static void flush_held(scanner *s) {
  bool moved = false;
  while (s->next_emit < s->n_jobs && s->held[s->next_emit].done) {
    size_t k = s->next_emit++;
    held_unit *hu = &s->held[k];
    switch ((held_kind)hu->kind) {
    case HELD_NONE: break;
    case HELD_REPORT:
      emit_results(s, k, hu->u.results->results, hu->u.results->n_results);
      engine_report_free(hu->u.results);
      free(hu->u.results);
      break;
    case HELD_PARK: emit_results(s, k, s->park.results + hu->u.park.off, hu->u.park.n); break;
    case HELD_SPOOL: unspool(s, k); break;
    case HELD_ENC: unpack_held(s, k); break;
    }
    moved = true;
  }
  if (s->next_settled < s->next_emit) s->next_settled = s->next_emit;
  while (s->next_settled < s->n_jobs &&
         (s->held[s->next_settled].done || s->held[s->next_settled].waits)) {
    s->next_settled++;
    moved = true;
  }
  if (moved) pthread_cond_broadcast(&s->turn);
}

/* A copy in the report's arena, valid UTF-8 (NULL stays NULL). */
static const char *report_str(base_arena *a, const char *s) {
  const char *c = utf8_clean(a, s);
  return c == s && s ? base_arena_strdup(a, s) : c;
}

/* A diagnostic's file and message into the report's arena: the message valid
 * UTF-8, the file name its raw bytes (see utf8_clean). */
static void report_strs(base_arena *a, const char **file, const char **message) {
  *file = *file ? base_arena_strdup(a, *file) : NULL;
  *message = report_str(a, *message);
}

/* Copies a unit's errors and warnings into the pending arrays (lock held). */
static void merge_unit(scanner *s, size_t job_idx, engine_unit_results *ur) {
  base_arena *a = &s->rep->arena;
  uint64_t base = (uint64_t)job_idx << 32;
  for (size_t i = 0; i < ur->n_errors; i++) {
    GROW(s->err, s->n_err, s->cap_err);
    pend_error *pe = &s->err[s->n_err++];
    *pe = (pend_error){ur->errors[i], base | i};
    report_strs(a, &pe->e.file, &pe->e.message);
  }
  for (size_t i = 0; i < ur->n_warnings; i++) {
    GROW(s->warn, s->n_warn, s->cap_warn);
    pend_warning *pw = &s->warn[s->n_warn++];
    *pw = (pend_warning){ur->warnings[i], base | i};
    report_strs(a, &pw->w.file, &pw->w.message);
  }
}

static int cmp_result_r(const void *a, const void *b, void *pack) {
  return engine_result_order(pack, a, b);
}

/* On the worker, before the lock: a unit's results get valid UTF-8 strings
 * (in the worker's arena when they must change) and report order. */
static void prepare_results(scanner *s, engine_unit_results *ur) {
  base_arena *a = ur->arena;
  const char *last_file = NULL, *file_ok = NULL, *last_res = NULL, *res_ok = NULL;
  const char *last_type = NULL, *type_ok = NULL;
  for (size_t i = 0; i < ur->n_results; i++) {
    engine_result *r = &ur->results[i];
    /* a unit's results share their file and resource strings: check each once */
    if (r->file != last_file) file_ok = last_file = r->file; /* raw bytes: see utf8_clean */
    if (r->resource != last_res) res_ok = utf8_clean(a, last_res = r->resource);
    if (r->resource_type != last_type) type_ok = utf8_clean(a, last_type = r->resource_type);
    r->file = file_ok;
    r->resource = res_ok;
    r->resource_type = type_ok;
    r->message = r->message && r->message[0] ? utf8_clean(a, r->message) : "";
    r->suppression = utf8_clean(a, r->suppression);
    r->reason = utf8_clean(a, r->reason);
    r->suppression_kind = utf8_clean(a, r->suppression_kind);
  }
  if (ur->n_results > 1)
    qsort_r(ur->results, ur->n_results, sizeof *ur->results, cmp_result_r, (void *)s->pack);
}

/* lock held */
static void add_skip(scanner *s, const char *rel, const char *reason, uint64_t seq) {
  GROW(s->skip, s->n_skip, s->cap_skip);
  s->skip[s->n_skip++] = (pend_skip){{report_str(&s->rep->arena, rel), reason}, seq};
  s->rep->summary.skipped++;
}

static void add_error(engine_unit_results *ur, const char *file, uint32_t line, uint32_t col,
                      const char *msg) {
  GROW(ur->errors, ur->n_errors, ur->cap_errors);
  ur->errors[ur->n_errors++] = (engine_file_error){file, line, col, msg};
}

/* .vigil.yaml / .vigil.yml configure the scan (config.c); they are not input. */
static bool is_config_file(const char *rel) {
  const char *base = strrchr(rel, '/');
  base = base ? base + 1 : rel;
  return !strcmp(base, ".vigil.yaml") || !strcmp(base, ".vigil.yml");
}

/* Evaluates a loaded unit and collects its errors; the unit is freed by the caller. */
static void evaluate(scanner *s, worker_state *w, const iac_unit *u, bool map_paths) {
  engine_unit_results *ur = &w->ur;
  emit_ctx c = {s, ur, u, map_paths, NULL, NULL};
  if (!u->failed && u->n_resources) vm_run_unit(w->vm, u, emit, &c);
  for (size_t i = 0; i < u->n_errors; i++) {
    const iac_error *e = &u->errors[i];
    const char *file = e->file ? report_path(&c, e->file) : ur->file;
    if (e->severity == IAC_SEV_WARNING)
      engine_unit_warn(ur, file, e->line, e->col, "%s", e->message);
    else
      add_error(ur, file, e->line, e->col,
                base_arena_strdup(ur->arena, e->message ? e->message : "error"));
  }
  if (s->o->hooks.unit_done) {
    if (map_paths) {
      ur->report_path = report_path_hook;
      ur->report_ctx = &c;
    }
    s->o->hooks.unit_done(s->o->hooks.ctx, u, ur);
    ur->report_path = NULL;
    ur->report_ctx = NULL;
  }
}

/* A walked file, opened relative to its directory when the walker found it
 * in one (readfile.h, base_dir_cache). */
static char *read_walked(worker_state *w, const engine_walk_file *f, uint64_t max, size_t *len,
                         const char **skip) {
  int dfd = engine_walk_file_name(f) ? base_dir_cache_fd(&w->dir, f->dir) : -1;
  if (dfd < 0) return base_read_file(f->path, f->size, max, len, skip);
  char *buf = base_read_file_at(dfd, engine_walk_file_name(f), f->size, max, len, skip);
  base_read_log_note(f->path, max, buf, buf ? *len : 0, buf ? NULL : *skip, buf ? 0 : errno);
  return buf;
}

/* What loading one job gave: the unit (NULL when skipped), why it was
 * skipped, its files and bytes for the progress hook. */
typedef struct loaded {
  iac_unit *u;
  const char *skip;
  bool terraform;
  bool failed; /* a document that did not parse */
  size_t n_resources;
  size_t first, n_files, bytes;
  /* reused from the cache: its results as its entry has them (enc_len
   * bytes in the pack, which outlives the scan's units: cache.h), so a unit
   * held out of turn keeps where they are; decoded into the worker's results
   * when they go out (decoded: they are already) */
  bool cached;
  bool decoded;
  const uint8_t *enc;
  size_t enc_len;
} loaded;

/* Reads and loads job k on the worker (no lock); ur->file is its report name. */
static loaded load_job(scanner *s, worker_state *w, size_t k) {
  engine_unit_results *ur = &w->ur;
  loaded l = {0};
  if (s->doc) {
    ur->file = s->doc->name;
    l.n_files = 1;
    l.u = iac_load_buffer(s->doc->name, s->doc->buf, s->doc->len, &s->lim);
    return l;
  }
  k = unit_of(s, k);
  const iac_plan_unit pu_unit = iac_plan_unit_get(s->plan, k), *pu = &pu_unit;
  ur->file = pu->name;
  l.first = pu->first;
  l.n_files = pu->n_files;
  l.terraform = pu->terraform;
  if (pu->terraform) { /* the module reads its files itself */
    for (size_t i = 0; i < pu->n_files; i++)
      l.bytes += (size_t)s->walk->files[pu->files[i]].size;
    l.u = iac_plan_load(s->plan, k, NULL, 0);
    return l;
  }
  const engine_walk_file *f = &s->walk->files[pu->first];
  char *buf = NULL;
  if (is_config_file(f->rel))
    l.skip = "Vigil config";
  else
    buf = read_walked(w, f, s->lim.max_file_size, &l.bytes, &l.skip);
  if (buf && base_looks_binary(buf, l.bytes)) l.skip = "binary";
  if (buf && !l.skip && base_is_blank(buf, l.bytes)) l.skip = "empty";
  /* The unit is named by its report path, so locations need no rewriting;
   * it takes the buffer as its text (no copy) and frees it. */
  if (!l.skip)
    l.u = iac_plan_load(s->plan, k, buf, l.bytes);
  else
    free(buf);
  return l;
}

/* At most what engine_report_add_results copies of results into an arena. */
static size_t held_bytes(const engine_result *res, size_t n) {
  size_t b = 0;
  for (size_t i = 0; i < n; i++) {
    const char *str[] = {
        res[i].file,        res[i].resource, res[i].resource_type,    res[i].message,
        res[i].suppression, res[i].reason,   res[i].suppression_kind, res[i].fingerprint};
    for (size_t k = 0; k < sizeof str / sizeof *str; k++)
      if (str[k]) b += strlen(str[k]) + 16; /* the NUL and the arena's alignment */
  }
  return b;
}

/* Accounts a finished job and hands its results on in report order (takes
 * and releases the lock). */
static void finish_job(scanner *s, engine_unit_results *ur, size_t k, const loaded *l, bool waits) {
  pthread_mutex_lock(&s->lock);
  if (l->skip) {
    /* a cached reason lives in the worker's arena: the report keeps a copy */
    add_skip(s, ur->file, base_arena_strdup(&s->rep->arena, l->skip), (uint64_t)l->first << 32);
  } else {
    merge_unit(s, l->first, ur);
    /* a module's files are accounted once, after every module ran (a child
     * module's files are read by each of its callers): account_plan */
    if (!l->terraform) {
      if (l->failed)
        s->rep->summary.failed++;
      else
        s->rep->summary.scanned++;
    }
    s->rep->summary.resources += l->n_resources;
  }
  s->files_done += l->n_files;
  s->bytes_done += l->bytes;
  if (s->o->hooks.progress)
    s->o->hooks.progress(s->o->hooks.ctx, s->files_done, s->files_total, s->bytes_done);
  if (k == s->next_emit && !waits) {
    /* its turn: straight from the worker's arena, no copy (always so with -j1) */
    if (l->enc && !l->decoded && !engine_cache_results_decode(l->enc, l->enc_len, ur))
      unreadable_results(s, k, CACHE_UNREADABLE); /* checked by the lookup: not seen */
    else
      emit_results(s, k, ur->results, ur->n_results);
    s->next_emit++;
    flush_held(s);
    pthread_mutex_unlock(&s->lock);
    return;
  }
  if (l->enc && !l->decoded) { /* reused: where its entry has them, no copy */
    s->held[k] = (held_unit){.u.enc = {l->enc, l->enc_len},
                             .kind = HELD_ENC,
                             .done = !waits,
                             .waits = waits,
                             .reused = true};
    flush_held(s);
    pthread_mutex_unlock(&s->lock);
    return;
  }
  if (!engine_facts_final(s->facts)) { /* into the park, under the lock */
    s->held[k] = (held_unit){.done = !waits, .waits = waits, .reused = l->cached};
    park_results(s, &s->held[k], ur->results, ur->n_results);
    flush_held(s);
    pthread_mutex_unlock(&s->lock);
    return;
  }
  pthread_mutex_unlock(&s->lock);
  engine_report *h = NULL;
  if (ur->n_results && l->cached) {
    /* decoded on the worker (run_job): their strings are in the pack, so a
     * copy of the array is all it keeps */
    h = base_xcalloc(1, sizeof *h);
    h->owned_results = h->results = base_xmalloc(ur->n_results * sizeof *ur->results);
    memcpy(h->results, ur->results, ur->n_results * sizeof *ur->results);
    h->n_results = ur->n_results;
  } else if (ur->n_results) {
    h = base_xcalloc(1, sizeof *h);
    /* an arena its size, not the default 64 KiB: a warm scan's units finish
     * out of turn by the thousand, and chunks that large kept the heap
     * growing and shrinking (a fifth of a warm -j2 scan's time) */
    base_arena_init_sized(&h->arena, held_bytes(ur->results, ur->n_results));
    engine_report_add_results(h, ur->results, ur->n_results);
  }
  pthread_mutex_lock(&s->lock);
  s->held[k] = (held_unit){.u.results = h,
                           .kind = h ? HELD_REPORT : HELD_NONE,
                           .done = !waits,
                           .waits = waits,
                           .reused = l->cached};
  flush_held(s); /* the units ahead may have finished meanwhile */
  pthread_mutex_unlock(&s->lock);
}

/* With a cache: the unit's key (its kind, name and walked files). */
static void unit_key(scanner *s, size_t k, uint8_t key[32], base_arena *a) {
  const iac_plan_unit pu_unit = iac_plan_unit_get(s->plan, unit_of(s, k)), *pu = &pu_unit;
  const char **paths = base_arena_alloc(a, (pu->n_files + 1) * sizeof *paths);
  for (size_t i = 0; i < pu->n_files; i++)
    paths[i] = s->walk->files[pu->files[i]].path;
  engine_cache_key(s->cache, pu->terraform, pu->name, paths, pu->n_files, key);
  /* what facts() answered is in the entry, not the key (engine_facts_entry_take) */
}

/* A unit the cache had: its plan marks replayed, its outcome as loaded. */
static loaded cached_job(scanner *s, size_t k, const engine_cache_unit *m, base_arena *a) {
  const iac_plan_unit pu_unit = iac_plan_unit_get(s->plan, unit_of(s, k)), *pu = &pu_unit;
  for (size_t i = 0; i < m->n_marks; i++)
    iac_plan_mark(s->plan, m->marks[i], m->mark_bad[i], a);
  loaded l = {.skip = m->skip,
              .terraform = pu->terraform,
              .failed = m->failed,
              .n_resources = m->n_resources,
              .first = pu->first,
              .n_files = pu->n_files,
              .cached = true,
              .enc = m->results,
              .enc_len = m->results_len};
  return l;
}

/* After a unit ran with its reads logged: a module's planned files are in the
 * log even when a loader got them another way (a parse cache), then the
 * outcome is stored. */
static void store_job(scanner *s, worker_state *w, size_t k, const uint8_t key[32],
                      const loaded *l) {
  engine_cache_unit m = {.skip = l->skip, .failed = l->failed, .n_resources = l->n_resources};
  engine_facts_entry_encode(&w->facts, unit_of(s, k), w->ur.arena, &m.facts, &m.facts_len);
  if (l->u) m.n_marks = iac_plan_unit_marks(l->u, w->ur.arena, &m.marks, &m.mark_bad);
  for (size_t i = 0; i < m.n_marks; i++) {
    bool logged = false;
    for (size_t j = 0; j < w->log.n && !logged; j++)
      logged = w->log.e[j].kind == BASE_READ_FILE && !strcmp(w->log.e[j].path, m.marks[i]);
    size_t len;
    const char *why;
    if (!logged)
      free(base_read_file(m.marks[i], CLI_SIZE_UNKNOWN, s->lim.max_file_size, &len, &why));
  }
  base_read_log_end();
  engine_cache_store(s->cache, key, &w->log, &w->ur, &m);
}

/* Worker wid's vm, made on its first unit in its own heap (run_jobs), and
 * given the facts as they stand then (facts.h). */
static void worker_vm(scanner *s, int wid) {
  worker_state *w = &s->ws[wid];
  w->vm = vm_state_new(s->pack, &s->o->vm);
  engine_facts_attach(s->facts, w->vm, &w->facts, wid);
}

static void run_job(void *ctx, size_t k, int wid) {
  scanner *s = ctx;
  worker_state *w = &s->ws[wid];
  if (!w->vm) worker_vm(s, wid);
  if (s->n_workers > 1 && k >= WINDOW) {
    pthread_mutex_lock(&s->lock);
    while (k >= s->next_settled + WINDOW)
      pthread_cond_wait(&s->turn, &s->lock);
    pthread_mutex_unlock(&s->lock);
  }
  engine_unit_results *ur = &w->ur;
  unit_results_reset(ur);
  uint8_t key[32];
  if (s->cache) {
    unit_key(s, k, key, ur->arena);
    engine_cache_unit m;
    /* decoded at once when they may go out at once (no table to wait for;
     * on the worker); else kept encoded where they are until they go out */
    bool decoded = engine_facts_final(s->facts);
    bool hit = engine_cache_lookup(s->cache, key, decoded, ur, &m);
    ur->file = iac_plan_unit_get(s->plan, unit_of(s, k)).name;
    /* its records into the table; its lookups are checked once it is built */
    if (hit &&
        !engine_facts_entry_take(s->facts, wid, unit_of(s, k), ur->file, m.facts, m.facts_len)) {
      hit = false;
      unit_results_reset(ur);
      engine_cache_forget(s->cache, key);
    }
    bool waits = hit && engine_facts_looked(s->facts, unit_of(s, k));
    if (!waits) engine_cache_count(s->cache, hit); /* else settle_facts counts it */
    if (hit) {
      loaded l = cached_job(s, k, &m, ur->arena);
      l.decoded = decoded;
      finish_job(s, ur, k, &l, waits);
      unit_results_reset(ur);
      return;
    }
    base_read_log_begin(&w->log);
    engine_facts_log_begin(&w->facts);
  }
  loaded l = load_job(s, w, k);
  bool waits = false;
  if (l.u && !engine_facts_final(s->facts)) { /* its records, then rules before the table */
    w->facts.unit = unit_of(s, k);
    engine_facts_unit(s->facts, wid, w->facts.unit, w->vm, l.u, ur->file, l.terraform);
  }
  if (l.u) {
    evaluate(s, w, l.u, l.terraform);
    waits = engine_facts_looked(s->facts, unit_of(s, k));
    l.failed = l.u->failed;
    l.n_resources = l.u->n_resources;
  }
  /* which walked files a module read, and which did not parse */
  if (l.u && l.terraform) iac_plan_unit_done(s->plan, l.u, ur->arena);
  prepare_results(s, ur);
  if (s->cache) store_job(s, w, k, key, &l);
  finish_job(s, ur, k, &l, waits);
  if (l.u) iac_plan_unit_free(s->plan, l.u);
  unit_results_reset(ur);
}

/* ---- sharding (shard.h) ------------------------------------------------------------ */

/* This shard's units, and what the merge checks: the plan digest, the counts. */
static void plan_shard(scanner *s) {
  engine_shard_report *sr = &s->rep->shard;
  size_t n = s->n_jobs;
  engine_digest d;
  engine_digest_init(&d);
  s->job_unit = base_xcalloc(n + 1, sizeof *s->job_unit);
  size_t mine = 0;
  for (size_t k = 0; k < n; k++) {
    const iac_plan_unit pu_unit = iac_plan_unit_get(s->plan, k), *pu = &pu_unit;
    engine_digest_add(&d, pu->name);
    if (engine_shard_owns(&s->o->shard, pu->name))
      s->job_unit[mine++] = k;
    else
      s->files_done += pu->n_files; /* another shard's: progress counts it done */
  }
  engine_digest_final(&d, sr->plan);
  sr->index = s->o->shard.index;
  sr->count = s->o->shard.count;
  sr->units = n;
  sr->units_run = s->n_jobs = mine;
}

/* The fate of Terraform file i (lock not needed: the run is over): a file
 * read is reported, an unread one only by the shard that owns its name. */
static void shard_tf_fate(scanner *s, size_t i, iac_plan_status st, const char *why) {
  engine_shard_report *sr = &s->rep->shard;
  const char *rel = s->walk->files[i].rel;
  if (st == IAC_PLAN_SKIPPED && !engine_shard_owns(&s->o->shard, rel)) return;
  GROW(sr->tf, sr->n_tf, s->cap_tf);
  /* the path's own bytes, as results' file names: two non-UTF-8 names must
   * stay two files for the merge (U+FFFD would join their fates) */
  sr->tf[sr->n_tf++] = (engine_tf_fate){base_arena_strdup(&s->rep->arena, rel),
                                        st == IAC_PLAN_SKIPPED  ? ENGINE_TF_SKIPPED
                                        : st == IAC_PLAN_FAILED ? ENGINE_TF_FAILED
                                                                : ENGINE_TF_SCANNED,
                                        why};
}

/* ---- the plan ---------------------------------------------------------------------- */

/* The threads a scan runs on: -j, else one per core. */
static int scan_threads(const scanner *s) {
  return s->o->jobs > 0 ? s->o->jobs : engine_pool_default_threads();
}

typedef struct plan_jobs {
  iac_tf_job_fn fn;
  void *ctx;
} plan_jobs;

static void run_plan_job(void *ctx, size_t job, int worker) {
  (void)worker;
  const plan_jobs *pj = ctx;
  pj->fn(pj->ctx, job);
}

/* Planning's parallel part (root finding parses files) on the scan's pool. */
static void run_plan_jobs(void *run_ctx, size_t n, iac_tf_job_fn fn, void *fn_ctx) {
  plan_jobs pj = {fn, fn_ctx};
  engine_pool_exec(((scanner *)run_ctx)->pool, n, NULL, run_plan_job, &pj);
}

/* With a cache, which Terraform directories are root modules is kept too: it
 * reads every .tf file of the walk (and parses those that mention modules),
 * the largest cost of a warm scan after the walk. The answer is an entry like
 * a unit's, under the key of the directory list, its read log the files and
 * listings iac_tf_find_roots read, and the verdicts as marks (one per
 * directory, bad = root). A hit does not know the roots' costs: they stay 0
 * (scheduling only), and most units are then reused from the cache anyway. */
static void cached_find_roots(void *ctx, const char *const *dirs, size_t n, bool *is_root,
                              uint64_t *cost, iac_tf_cache *cache, const iac_tf_runner *runner) {
  scanner *s = ctx;
  uint8_t key[32];
  engine_cache_key(s->cache, true, "\n(root modules)", dirs, n, key);
  base_arena a;
  base_arena_init(&a);
  engine_unit_results ur = {.arena = &a};
  engine_cache_unit m;
  bool hit = engine_cache_lookup(s->cache, key, false, &ur, &m) && m.n_marks == n;
  for (size_t i = 0; hit && i < n; i++)
    hit = !strcmp(m.marks[i], dirs[i]);
  if (hit) {
    for (size_t i = 0; i < n; i++)
      is_root[i] = m.mark_bad[i];
  } else {
    base_read_log log = {0};
    base_read_log_begin(&log);
    /* on this thread: the read log is per thread, and it must see every read */
    (void)runner;
    iac_tf_find_roots(dirs, n, is_root, cost, cache, NULL);
    base_read_log_end();
    engine_cache_unit out = {.marks = (const char **)dirs, .mark_bad = is_root, .n_marks = n};
    engine_unit_results none = {.arena = &a};
    engine_cache_store(s->cache, key, &log, &none, &out);
    base_read_log_free(&log);
  }
  free(ur.results);
  free(ur.errors);
  free(ur.warnings);
  base_arena_free(&a);
}

/* ---- root finding during the walk ------------------------------------------------- */

/* Root finding lists and reads every Terraform directory before any unit
 * can run, and the walk before it ran on one thread while the others
 * waited: a sixth of a -j2 scan of the Terraform corpus. With threads to
 * spare the walk announces each directory with .tf files as it lists it,
 * and the helpers list and read it (iac_tf_roots_pre) while the walk goes
 * on; planning then takes what they did. Not with --cache (its root
 * verdicts may need no reads at all) nor a selection (the walk leaves
 * files out after it ends). */
static void pre_job(void *task, size_t file, int worker) {
  (void)worker;
  iac_tf_roots_pre_run(task, file);
}

static void pre_add(void *ctx, void *task, size_t file) {
  engine_pool_stream_add(ctx, pre_job, task, file);
}

/* The walk's hook (walk.h): the first directory opens the stream (unless
 * the scan began ahead: open already). */
static void pre_announce(void *ctx, const char *dir) {
  roots_stream *r = ctx;
  if (!r->pre) {
    if (!r->open && !engine_pool_stream_open(r->pool)) return;
    r->open = true;
    iac_tf_queue q = {pre_add, r->pool};
    if (!r->cache) r->cache = iac_tf_cache_new(0);
    r->pre = iac_tf_roots_pre_new(r->cache, &q);
  }
  iac_tf_roots_pre_dir(r->pre, dir);
}

/* The walk's tf_listing hook (walk.h): a Terraform directory's listing into
 * the file table of the parse cache root finding and the plan use (made
 * here when the first one comes: the plan borrows it), so that neither
 * lists it again (5 system calls a directory; the Terraform corpus listed
 * 90 of its 106 directories twice). */
static void roots_listing(void *ctx, const char *dir, base_dir_entries *e, const struct stat *st) {
  roots_stream *r = ctx;
  if (!r->cache) r->cache = iac_tf_cache_new(0);
  base_file_table_put_list(iac_tf_cache_files(r->cache), dir, e, st);
}

/* The walk's tf_file hook (walk.h): its stat of a Terraform file, for the
 * file table to read the file by (one fstat fewer per file). */
static void roots_file(void *ctx, const char *path, const struct stat *st) {
  roots_stream *r = ctx;
  if (!r->cache) r->cache = iac_tf_cache_new(0);
  base_file_table_put_stat(iac_tf_cache_files(r->cache), path, st);
}

static void roots_stream_free(roots_stream *r) {
  iac_tf_roots_pre_free(r->pre);
  iac_tf_cache_free(r->cache); /* the plan borrowed it */
  r->pre = NULL;
  r->cache = NULL;
}

/* Walk file i as the unit plan sees it: the plan reads the walk's list
 * through this, not a copy of it (iac_plan_files). */
static iac_plan_file walk_plan_file(const void *ctx, size_t i) {
  const engine_walk_file *f = &((const engine_walk *)ctx)->files[i];
  switch (f->kind) {
  case ENGINE_FILE_SKIP: break;
  case ENGINE_FILE_TERRAFORM:
    return (iac_plan_file){f->path, f->rel, f->dir, IAC_PLAN_TERRAFORM, f->root_real};
  case ENGINE_FILE_DOCKERFILE:
  case ENGINE_FILE_DOC: return (iac_plan_file){f->path, f->rel, f->dir, IAC_PLAN_DOC, f->root_real};
  }
  return (iac_plan_file){f->path, f->rel, f->dir, IAC_PLAN_IGNORE, NULL};
}

/* The walk as the unit plan sees it (iac/plan.h): documents one unit each,
 * Terraform files grouped into root modules; skips are the walker's. */
static void plan_walk(scanner *s) {
  const engine_walk *w = s->walk;
  for (size_t i = 0; i < w->n_files; i++) {
    const engine_walk_file *f = &w->files[i];
    if (f->kind != ENGINE_FILE_SKIP) continue;
    if (engine_shard_owns(&s->o->shard, f->rel))
      add_skip(s, f->rel, f->skip_reason, (uint64_t)i << 32);
    s->files_done++;
  }
  iac_plan_var *vars = s->plan_vars = base_xcalloc(s->o->n_vars + 1, sizeof *vars);
  for (size_t i = 0; i < s->o->n_vars; i++)
    vars[i] = (iac_plan_var){s->o->vars[i].name, s->o->vars[i].value};
  iac_tf_runner runner = {run_plan_jobs, s};
  iac_plan_options po = {.var_files = s->o->var_files,
                         .n_var_files = s->o->n_var_files,
                         .vars = vars,
                         .n_vars = s->o->n_vars,
                         .lim = &s->lim,
                         .runner = &runner,
                         .find_roots = s->cache ? cached_find_roots : NULL,
                         .find_roots_ctx = s,
                         .roots_pre = s->roots.pre,
                         .cache = s->roots.cache};
  s->plan = iac_plan_new_view(&(iac_plan_files){walk_plan_file, w, w->n_files}, &po);
  s->n_jobs = iac_plan_count(s->plan);
  if (s->o->shard.count) plan_shard(s);
}

/* After the run: every Terraform file is scanned (some module read it), failed
 * (it has a parse error) or skipped with the reason it was not read. */
static void account_plan(scanner *s) {
  for (size_t i = 0; i < s->walk->n_files; i++) {
    const char *why;
    iac_plan_status st = iac_plan_file_status(s->plan, i, &why);
    if (s->o->shard.count && st != IAC_PLAN_OWN_UNIT) {
      shard_tf_fate(s, i, st, why);
      continue;
    }
    switch (st) {
    case IAC_PLAN_OWN_UNIT: break;
    case IAC_PLAN_SCANNED: s->rep->summary.scanned++; break;
    case IAC_PLAN_FAILED: s->rep->summary.failed++; break;
    case IAC_PLAN_SKIPPED: add_skip(s, s->walk->files[i].rel, why, (uint64_t)i << 32); break;
    }
  }
  iac_plan_free(s->plan);
  roots_stream_free(&s->roots);
  free(s->plan_vars);
  s->plan = NULL;
  if (s->rep->shard.tf) { /* into the report's arena: the report owns what it holds */
    engine_tf_fate *tf = base_arena_alloc(&s->rep->arena, s->rep->shard.n_tf * sizeof *tf);
    memcpy(tf, s->rep->shard.tf, s->rep->shard.n_tf * sizeof *tf);
    free(s->rep->shard.tf);
    s->rep->shard.tf = tf;
  }
  free(s->job_unit);
  s->job_unit = NULL;
}
/* ---- ordering ------------------------------------------------------------------------ */

static int cmp_u64(uint64_t a, uint64_t b) {
  return a < b ? -1 : a > b;
}

/* Location, then seq: a thread-independent tie-break (unit, then emission). */
static int cmp_pend_error(const void *a, const void *b) {
  const engine_file_error *x = &((const pend_error *)a)->e, *y = &((const pend_error *)b)->e;
  int c = engine_location_order(x->file, x->line, x->col, y->file, y->line, y->col);
  return c ? c : cmp_u64(((const pend_error *)a)->seq, ((const pend_error *)b)->seq);
}
static int cmp_pend_warning(const void *a, const void *b) {
  const engine_warning *x = &((const pend_warning *)a)->w, *y = &((const pend_warning *)b)->w;
  int c = engine_location_order(x->file, x->line, x->col, y->file, y->line, y->col);
  return c ? c : cmp_u64(((const pend_warning *)a)->seq, ((const pend_warning *)b)->seq);
}
static int cmp_pend_skip(const void *a, const void *b) {
  const pend_skip *x = a, *y = b;
  int c = engine_location_order(x->s.file, 0, 0, y->s.file, 0, 0);
  return c ? c : cmp_u64(x->seq, y->seq);
}

/* Moves the pending errors, warnings and skips into the report in order (they
 * are freed); the results are in it (or went to the hook) already. */
static void publish(scanner *s) {
  engine_report *r = s->rep;
  if (s->n_err) qsort(s->err, s->n_err, sizeof *s->err, cmp_pend_error);
  if (s->n_warn) qsort(s->warn, s->n_warn, sizeof *s->warn, cmp_pend_warning);
  if (s->n_skip) qsort(s->skip, s->n_skip, sizeof *s->skip, cmp_pend_skip);

  if (!r->results) r->results = base_arena_calloc(&r->arena, sizeof *r->results);
  r->in_order = true; /* walk order, each unit sorted: not to be sorted again */
  r->streamed = s->o->hooks.results != NULL;
  r->errors = base_arena_alloc(&r->arena, (s->n_err + 1) * sizeof *r->errors);
  for (size_t i = 0; i < s->n_err; i++)
    r->errors[i] = s->err[i].e;
  r->n_errors = s->n_err;
  r->warnings = base_arena_alloc(&r->arena, (s->n_warn + 1) * sizeof *r->warnings);
  for (size_t i = 0; i < s->n_warn; i++)
    r->warnings[i] = s->warn[i].w;
  r->n_warnings = s->n_warn;
  r->skipped = base_arena_alloc(&r->arena, (s->n_skip + 1) * sizeof *r->skipped);
  for (size_t i = 0; i < s->n_skip; i++)
    r->skipped[i] = s->skip[i].s;
  r->n_skipped = s->n_skip;
  free(s->err);
  free(s->warn);
  free(s->skip);
  s->err = NULL;
  s->warn = NULL;
  s->skip = NULL;
  engine_report_finish(r);
}

/* ---- driver ---------------------------------------------------------------------------- */

static void scanner_init(scanner *s, const vm_pack *p, const engine_scan_options *o,
                         engine_report *r, const char *root) {
  memset(r, 0, sizeof *r);
  base_arena_init(&r->arena);
  r->pack = p;
  r->root = base_arena_strdup(&r->arena, root ? root : ".");
  *s = (scanner){.pack = p, .o = o, .rep = r};
  iac_limits *l = &s->lim;
  *l = o->limits;
  if (!l->max_file_size) l->max_file_size = IAC_DEFAULT_MAX_FILE_SIZE;
  if (!l->max_depth) l->max_depth = IAC_DEFAULT_MAX_DEPTH;
  if (!l->max_alias_expansion) l->max_alias_expansion = IAC_DEFAULT_MAX_ALIAS_EXPANSION;
  if (!l->max_template_depth) l->max_template_depth = IAC_DEFAULT_MAX_TEMPLATE_DEPTH;
}

/* Runs the units in order (the order their results leave in) on the pool. */
/* ---- facts (facts.h) --------------------------------------------------------------- */

/* Sharded: whether this shard runs plan unit k. */
static bool owns_unit(void *ctx, size_t k) {
  const scanner *s = ctx;
  return engine_shard_owns(&s->o->shard, iac_plan_unit_get(s->plan, k).name);
}

/* Once the table is built: its digest for the report, and the evaluations of
 * facts that failed as errors of the units that own them. */
static void report_facts(scanner *s) {
  /* a shard's report carries the digest for `vigil merge` (none other shows it) */
  if (s->o->shard.count)
    snprintf(s->rep->facts, sizeof s->rep->facts, "%s", engine_facts_digest(s->facts));
  size_t n;
  const engine_facts_error *e = engine_facts_errors(s->facts, &n);
  for (size_t i = 0; i < n; i++) {
    if (s->o->shard.count && !engine_shard_owns(&s->o->shard, e[i].unit_name)) continue;
    size_t first = s->plan ? iac_plan_unit_get(s->plan, e[i].unit).first : 0;
    GROW(s->err, s->n_err, s->cap_err);
    s->err[s->n_err++] = (pend_error){{report_str(&s->rep->arena, e[i].file), e[i].line, e[i].col,
                                       base_arena_strdup(&s->rep->arena, e[i].message)},
                                      (uint64_t)first << 32 | (0xffff0000u + (uint32_t)i)};
  }
}

/* The facts, before any rule runs: the whole table (a document in memory),
 * or the units of other shards while the jobs collect their own, from their
 * cache entries or their evaluations (facts.h, deferred). */
static void collect_facts(scanner *s, const mem_doc *doc) {
  if (!engine_facts_needed(s->pack)) return;
  engine_facts_input in = {.pack = s->pack,
                           .vm = &s->o->vm,
                           .lim = &s->lim,
                           .threads = scan_threads(s),
                           .plan = s->plan,
                           .walk = s->walk,
                           .skip_file = is_config_file,
                           .deferred = !doc,
                           .cache = doc ? NULL : s->cache,
                           .owned = s->o->shard.count ? owns_unit : NULL,
                           .owned_ctx = s};
  if (doc) {
    in.name = doc->name;
    in.buf = doc->buf;
    in.len = doc->len;
  }
  s->facts = engine_facts_collect(&in);
  if (engine_facts_final(s->facts)) report_facts(s);
}

/* Drops the errors and warnings job k's first evaluation left (lock held). */
static void drop_unit_diags(scanner *s, size_t first) {
  size_t n = 0;
  for (size_t i = 0; i < s->n_err; i++)
    if (s->err[i].seq >> 32 != first || (uint32_t)s->err[i].seq >= 0xffff0000u) /* facts' */
      s->err[n++] = s->err[i];
  s->n_err = n;
  n = 0;
  for (size_t i = 0; i < s->n_warn; i++)
    if (s->warn[i].seq >> 32 != first) s->warn[n++] = s->warn[i];
  s->n_warn = n;
}

typedef struct again_ctx {
  scanner *s;
  const size_t *jobs;
} again_ctx;

/* A unit whose lookups now find records, evaluated again with the table:
 * its results, errors and warnings replace the first evaluation's (what it
 * counted, files and resources, stands). */
static void again_job(void *ctx, size_t i, int wid) {
  again_ctx *c = ctx;
  scanner *s = c->s;
  size_t k = c->jobs[i];
  worker_state *w = &s->ws[wid];
  engine_unit_results *ur = &w->ur;
  if (!w->vm) worker_vm(s, wid);
  unit_results_reset(ur);
  uint8_t key[32];
  if (s->cache) { /* its entry is stored again: the reused one is not kept */
    unit_key(s, k, key, ur->arena);
    if (s->held[k].reused) engine_cache_forget(s->cache, key);
    base_read_log_begin(&w->log);
    engine_facts_log_begin(&w->facts);
  }
  loaded l = load_job(s, w, k);
  if (l.u) {
    evaluate(s, w, l.u, l.terraform);
    l.failed = l.u->failed;
    l.n_resources = l.u->n_resources;
  }
  prepare_results(s, ur);
  if (s->cache) store_job(s, w, k, key, &l);
  pthread_mutex_lock(&s->lock);
  drop_unit_diags(s, l.first);
  merge_unit(s, l.first, ur);
  park_results(s, &s->held[k], ur->results, ur->n_results);
  pthread_mutex_unlock(&s->lock);
  if (l.u) iac_plan_unit_free(s->plan, l.u);
  unit_results_reset(ur);
}

/* ---- results that waited, rendered on every thread ---------------------------------- */

/* Once the table is built every unit is done, and the results of all that
 * waited (most of a warm scan's, when an early unit looked a fact up) would
 * go out on this thread alone: rendering them was a third of a warm scan's
 * work. Batches of units are prepared (hooks.prepare: rendered) on every
 * thread instead and put in order; a thread renders at most EMIT_AHEAD
 * batches past the one put last, so what waits to be put stays small. */
enum { EMIT_BATCH = 32, EMIT_AHEAD = 8 };

typedef struct emit_run {
  scanner *s;
  size_t from, n_batches; /* the units from `from` on, in batches */
  void **prepared;        /* batch i's, once made */
  bool *ready;
  size_t next_put; /* under s->lock */
  pthread_cond_t moved;
  engine_result **acc; /* per worker: a batch's results, gathered */
  size_t *cap;
} emit_run;

static void emit_batch(void *ctx, size_t i, int wid) {
  emit_run *e = ctx;
  scanner *s = e->s;
  pthread_mutex_lock(&s->lock);
  while (i >= e->next_put + EMIT_AHEAD)
    pthread_cond_wait(&e->moved, &s->lock);
  pthread_mutex_unlock(&s->lock);
  engine_unit_results *ur = &s->ws[wid].ur;
  size_t lo = e->from + i * EMIT_BATCH,
         hi = lo + EMIT_BATCH < s->n_jobs ? lo + EMIT_BATCH : s->n_jobs;
  size_t n = 0;
  for (size_t k = lo; k < hi; k++) {
    const held_unit *h = &s->held[k];
    const engine_result *res = NULL;
    size_t m = 0;
    if (h->kind == HELD_PARK) {
      res = s->park.results + h->u.park.off;
      m = h->u.park.n;
    } else if (h->kind == HELD_ENC) {
      if (engine_cache_results_decode(h->u.enc.p, h->u.enc.len, ur)) {
        res = ur->results;
        m = ur->n_results;
      } else { /* checked by the lookup: not seen */
        pthread_mutex_lock(&s->lock);
        unreadable_results(s, k, CACHE_UNREADABLE);
        pthread_mutex_unlock(&s->lock);
      }
    }
    if (n + m > e->cap[wid])
      e->acc[wid] = base_grow(e->acc[wid], &e->cap[wid], n + m, sizeof *e->acc[wid]);
    if (m) memcpy(e->acc[wid] + n, res, m * sizeof *res);
    n += m;
  }
  void *p = s->o->hooks.prepare(s->o->hooks.ctx, s->rep, e->acc[wid], n);
  pthread_mutex_lock(&s->lock);
  e->prepared[i] = p;
  e->ready[i] = true;
  bool moved = false;
  while (e->next_put < e->n_batches && e->ready[e->next_put]) {
    s->o->hooks.put(s->o->hooks.ctx, s->rep, e->prepared[e->next_put]);
    e->next_put++;
    moved = true;
  }
  if (moved) pthread_cond_broadcast(&e->moved);
  pthread_mutex_unlock(&s->lock);
}

/* The units from next_emit on, all done, out through prepare and put; false
 * (nothing done) when they must go out one by one (flush_held): no such
 * hooks, or the caller declines, one thread, few units, results parked in
 * the scratch file (one reader) or held apart. */
static bool emit_parallel(scanner *s) {
  const engine_scan_hooks *hk = &s->o->hooks;
  size_t from = s->next_emit, units = s->n_jobs - from;
  if (!hk->results || !hk->prepare || !hk->put || !hk->prepares || s->n_workers < 2 ||
      units <= EMIT_BATCH || s->spool_fd >= 0)
    return false;
  for (size_t k = from; k < s->n_jobs; k++)
    if (!s->held[k].done || s->held[k].kind == HELD_REPORT) return false;
  if (!hk->prepares(hk->ctx, s->rep)) return false;
  emit_run e = {.s = s, .from = from, .n_batches = (units + EMIT_BATCH - 1) / EMIT_BATCH};
  e.prepared = base_xcalloc(e.n_batches, sizeof *e.prepared);
  e.ready = base_xcalloc(e.n_batches, sizeof *e.ready);
  e.acc = base_xcalloc((size_t)s->n_workers, sizeof *e.acc);
  e.cap = base_xcalloc((size_t)s->n_workers, sizeof *e.cap);
  pthread_cond_init(&e.moved, NULL);
  engine_pool_exec(s->pool, e.n_batches, NULL, emit_batch, &e);
  pthread_cond_destroy(&e.moved);
  for (int i = 0; i < s->n_workers; i++)
    free(e.acc[i]);
  free(e.acc);
  free(e.cap);
  free(e.prepared);
  free(e.ready);
  s->next_emit = s->next_settled = s->n_jobs;
  return true;
}

/* After the jobs of a deferred scan: the table is built; the units whose
 * results waited keep them, or are evaluated again (facts.h); then every
 * result goes out in plan order. */
static void settle_facts(scanner *s) {
  engine_facts_finish(s->facts);
  report_facts(s);
  size_t *again = base_xcalloc(s->n_jobs + 1, sizeof *again), n = 0;
  for (size_t k = 0; k < s->n_jobs; k++) {
    if (!s->held[k].waits) continue;
    bool stands = engine_facts_stand(s->facts, unit_of(s, k));
    if (s->held[k].reused) engine_cache_count(s->cache, stands);
    if (!stands) again[n++] = k;
  }
  if (n) {
    for (int i = 0; i < s->n_workers; i++)
      if (s->ws[i].vm) engine_facts_attach(s->facts, s->ws[i].vm, &s->ws[i].facts, i);
    again_ctx c = {s, again};
    engine_pool_exec(s->pool, n, NULL, again_job, &c);
  }
  free(again);
  pthread_mutex_lock(&s->lock);
  for (size_t k = 0; k < s->n_jobs; k++)
    if (s->held[k].waits) s->held[k].done = true, s->held[k].waits = false;
  pthread_mutex_unlock(&s->lock);
  if (!emit_parallel(s)) {
    pthread_mutex_lock(&s->lock);
    flush_held(s);
    pthread_mutex_unlock(&s->lock);
  }
  engine_report_free(&s->park);
}

static void run_jobs(scanner *s) {
  engine_pool *own = NULL; /* an in-memory scan's: its one unit */
  if (!s->pool) {
    int want = scan_threads(s);
    s->pool = own = engine_pool_start((size_t)want > s->n_jobs ? 1 : want);
  }
  int threads = engine_pool_threads(s->pool);
  s->n_workers = threads;
  s->ws = base_xcalloc((size_t)threads, sizeof *s->ws);
  for (int i = 0; i < threads; i++) {
    s->ws[i].dir = (base_dir_cache)CLI_DIR_CACHE_INIT;
    /* ws[i].vm: made by worker i on its first unit (run_job), in its own heap,
     * and given the facts there */
    base_arena_init(&s->ws[i].scratch);
    s->ws[i].ur.arena = &s->ws[i].scratch;
  }
  s->held = base_xcalloc(s->n_jobs + 1, sizeof *s->held);
  base_arena_init(&s->park.arena);
  s->spool_fd = -1;
  pthread_mutex_init(&s->lock, NULL);
  pthread_cond_init(&s->turn, NULL);
  /* several threads: the dearest units first (each block of WINDOW / 2), so
   * a big Terraform root never runs alone at the end (pool.h) */
  size_t *order = NULL;
  if (threads > 1 && s->plan) {
    uint64_t *cost = base_xcalloc(s->n_jobs + 1, sizeof *cost);
    for (size_t k = 0; k < s->n_jobs; k++)
      cost[k] = iac_plan_unit_get(s->plan, unit_of(s, k)).cost;
    order = engine_pool_order(cost, s->n_jobs, WINDOW / 2);
    free(cost);
  }
  base_trace_mark("engine: units start", (long)s->n_jobs);
  engine_pool_exec(s->pool, s->n_jobs, order, run_job, s);
  free(order);
  if (!engine_facts_final(s->facts)) settle_facts(s);
  engine_report_free(&s->park);
  if (s->spool_fd >= 0) close(s->spool_fd);
  free(s->spool_w);
  free(s->spool_r);
  free(s->spool_ur.results);
  engine_pool_stop(own);
  if (own) s->pool = NULL;
  pthread_cond_destroy(&s->turn);
  pthread_mutex_destroy(&s->lock);
  free(s->held);
  for (int i = 0; i < threads; i++) {
    base_dir_cache_close(&s->ws[i].dir);
    vm_state_free(s->ws[i].vm);
    engine_facts_reader_free(&s->ws[i].facts);
    base_arena_free(&s->ws[i].scratch);
    base_read_log_free(&s->ws[i].log);
    free(s->ws[i].ur.results);
    free(s->ws[i].ur.errors);
    free(s->ws[i].ur.warnings);
  }
  free(s->ws);
}

/* ---- the cache's context ---------------------------------------------------------- */

static void ctx_put(struct sha256_ctx *h, const void *p, size_t n) {
  uint64_t len = n;
  sha256_update(h, sizeof len, (const uint8_t *)&len);
  if (n) sha256_update(h, n, p);
}
static void ctx_str(struct sha256_ctx *h, const char *s) {
  ctx_put(h, s ? s : "", s ? strlen(s) + 1 : 0); /* NULL and "" differ */
}

/* Everything fixed before any unit runs that decides a unit's outcome
 * (cache.h): Vigil, the pack, the limits, the Terraform variables, how paths
 * are named, and the caller's own part (config, params, suppressions). */
static void cache_context(const scanner *s, const char *const *paths, size_t n, uint8_t out[32]) {
  const engine_scan_options *o = s->o;
  struct sha256_ctx h;
  sha256_init(&h);
  ctx_str(&h, "vigil unit cache");
  ctx_str(&h, VIGIL_VERSION);
  ctx_str(&h, s->pack->digest);
  const iac_limits *l = &s->lim;
  uint64_t nums[] = {l->max_file_size, l->max_depth, l->max_alias_expansion, l->max_template_depth,
                     l->max_eval_bytes, o->vm.max_steps, o->vm.max_bytes, o->follow_symlinks,
                     o->n_vars, o->n_var_files, n,
                     /* a selection plans fewer files: a module's report names may differ */
                     o->keep != NULL};
  ctx_put(&h, nums, sizeof nums);
  for (size_t i = 0; i < o->n_vars; i++) {
    ctx_str(&h, o->vars[i].name);
    ctx_str(&h, o->vars[i].value);
  }
  for (size_t i = 0; i < o->n_var_files; i++)
    ctx_str(&h, o->var_files[i]); /* their content is in each unit's read log */
  for (size_t i = 0; i < n; i++)
    ctx_str(&h, paths[i]);
  /* relative paths are opened from here, and file() resolves through it */
  char cwd[4096];
  ctx_str(&h, getcwd(cwd, sizeof cwd) ? cwd : "");
  ctx_str(&h, o->cache_context);
  sha256_digest(&h, 32, out);
}

/* The walk's options for a scan's options (its limits already defaulted). */
static engine_walk_options walk_options(const engine_scan_options *o, uint64_t max_file_size,
                                        engine_cache *cache) {
  return (engine_walk_options){.max_file_size = max_file_size,
                               .exclude = o->exclude,
                               .exclude_ctx = o->exclude_ctx,
                               .follow_symlinks = o->follow_symlinks,
                               .keep = o->keep,
                               .keep_ctx = o->keep_ctx,
                               .keep_stats = cache != NULL,
                               .listed = cache ? engine_cache_listed : NULL,
                               .listed_ctx = cache,
                               .tf_listing = roots_listing,
                               .tf_file = roots_file};
}

/* ---- a scan begun before its pack (engine_scan_ahead) ----------------------------- */

/* Loading the pack (and opening the formats) is a millisecond of a scan's
 * start during which the other threads had nothing to do: begun ahead, a
 * helper walks meanwhile (the walk is a job of the roots' stream, so its
 * directories' root finding goes on beside it), and the caller's thread
 * joins the stream once the pack is there. */
struct engine_scan_ahead {
  roots_stream roots;
  const char *const *paths;
  size_t n;
  engine_walk_options wo;
  engine_walk walk;
  int rc; /* engine_walk_paths's, once the walk job ran */
};

static void ahead_walk(void *ctx, size_t job, int worker) {
  (void)job;
  (void)worker;
  engine_scan_ahead *a = ctx;
  a->rc = engine_walk_paths(&a->walk, a->paths, a->n, &a->wo);
  base_trace_mark("engine: walked ahead", (long)a->walk.n_files);
}

engine_scan_ahead *engine_scan_ahead_start(const char *const *paths, size_t n,
                                           const engine_scan_options *o) {
  int threads = o->jobs > 0 ? o->jobs : engine_pool_default_threads();
  if (threads < 2 || o->cache_dir || o->keep || !n) return NULL;
  engine_pool *pool = engine_pool_start(threads);
  if (!engine_pool_stream_open(pool)) { /* no helper came up */
    engine_pool_stop(pool);
    return NULL;
  }
  base_trace_mark("engine: pool started ahead", engine_pool_threads(pool));
  engine_scan_ahead *a = base_xcalloc(1, sizeof *a);
  a->roots = (roots_stream){.pool = pool, .open = true};
  a->paths = paths;
  a->n = n;
  uint64_t max = o->limits.max_file_size ? o->limits.max_file_size : IAC_DEFAULT_MAX_FILE_SIZE;
  a->wo = walk_options(o, max, NULL);
  a->wo.tf_dir = pre_announce;
  a->wo.tf_dir_ctx = &a->roots;
  a->wo.tf_seen_ctx = &a->roots;
  engine_pool_stream_add(pool, ahead_walk, a, 0);
  return a;
}

/* Joins the walk and the root finding begun beside it (this thread takes
 * part): the walk is then in a->walk. */
static void ahead_join(engine_scan_ahead *a) {
  engine_pool_stream_close(a->roots.pool);
  base_trace_mark("engine: walk's root finding joined", -1);
}

void engine_scan_ahead_cancel(engine_scan_ahead *a) {
  if (!a) return;
  ahead_join(a);
  engine_walk_free(&a->walk);
  roots_stream_free(&a->roots);
  engine_pool_stop(a->roots.pool);
  free(a);
}

/* ---- scan ------------------------------------------------------------------------ */

int engine_scan_paths(const vm_pack *p, const char *const *paths, size_t n,
                      const engine_scan_options *o, engine_report *out, char *err, size_t errlen) {
  static const engine_scan_options defaults;
  if (!o) o = &defaults;
  scanner s;
  scanner_init(&s, p, o, out, n == 1 ? paths[0] : ".");
  engine_scan_ahead *ahead = o->ahead;
  engine_walk own_walk, *walk = &own_walk;
  int rc;
  char cache_err[512] = "";
  if (ahead) { /* walked (or walking) already; no cache (engine_scan_ahead_start) */
    s.pool = ahead->roots.pool;
    ahead_join(ahead);
    s.roots = ahead->roots;
    walk = &ahead->walk;
    rc = ahead->rc;
  } else {
    /* the helpers start now: up, their heaps made, while this thread walks */
    s.pool = engine_pool_start(scan_threads(&s));
    base_trace_mark("engine: pool started", engine_pool_threads(s.pool));
    /* the cache first: the walk takes unchanged directories' listings from it */
    if (o->cache_dir) {
      uint8_t ctx[32];
      cache_context(&s, paths, n, ctx);
      engine_cache_bounds b = {s.lim.max_file_size, paths, n, o->var_files, o->n_var_files};
      s.cache =
          engine_cache_open(o->cache_dir, ctx, &b, o->cache_diag, cache_err, sizeof cache_err);
      if (s.cache) engine_cache_listings(s.cache);
    }
    engine_walk_options wo = walk_options(o, s.lim.max_file_size, s.cache);
    wo.tf_seen_ctx = &s.roots;
    s.roots.pool = s.pool;
    if (!s.cache && !o->keep && engine_pool_threads(s.pool) > 1) {
      wo.tf_dir = pre_announce;
      wo.tf_dir_ctx = &s.roots;
    }
    rc = engine_walk_paths(walk, paths, n, &wo);
    base_trace_mark("engine: walked", (long)walk->n_files);
    if (s.roots.open) { /* this thread joins what is left */
      engine_pool_stream_close(s.pool);
      base_trace_mark("engine: walk's root finding joined", -1);
    }
  }
  if (rc != 0 || (o->cache_dir && !s.cache)) {
    if (rc != 0) /* a missing scan path is said first */
      snprintf(err, errlen, "%s", walk->error ? walk->error : "cannot walk");
    else
      snprintf(err, errlen, "%s", cache_err);
    engine_walk_free(walk);
    engine_cache_close(s.cache, NULL);
    engine_pool_stop(s.pool);
    roots_stream_free(&s.roots);
    free(ahead);
    return -1;
  }
  if (s.cache) {
    engine_cache_keep_listings(s.cache, walk);
    engine_cache_walked(s.cache, walk); /* stat'ed and listed already: not again */
  }
  s.walk = walk;
  s.files_total = walk->n_files;
  out->summary.left_out = walk->n_left_out;
  plan_walk(&s);
  base_trace_mark("engine: planned units", (long)s.n_jobs);
  collect_facts(&s, NULL);
  base_trace_mark("engine: facts collected", -1);
  run_jobs(&s);
  base_trace_mark("engine: units run", -1);
  engine_pool_quit(s.pool); /* the helpers exit while the report is made */
  account_plan(&s);
  publish(&s);
  base_trace_mark("engine: published", -1);
  engine_pool_stop(s.pool);
  s.pool = NULL;
  engine_walk_free(walk);
  free(ahead);
  engine_cache_close(s.cache, o->cache_stats);
  engine_facts_free(s.facts);
  return 0;
}

void engine_scan_buffer(const vm_pack *p, const char *name, const char *buf, size_t len,
                        const engine_scan_options *o, engine_report *out) {
  static const engine_scan_options defaults;
  if (!o) o = &defaults;
  scanner s;
  scanner_init(&s, p, o, out, ".");
  s.files_total = 1;
  mem_doc doc = {name, buf, len};
  if (engine_walk_classify(name) == ENGINE_FILE_TERRAFORM) {
    /* a Terraform module is a directory (variables, locals, child modules
     * across files): one .tf in memory cannot be evaluated faithfully */
    add_skip(&s, name, "terraform needs a directory", 0);
  } else {
    /* any other name: the loader decides by content, as for a file named on
     * the command line */
    s.doc = &doc;
    s.n_jobs = 1;
    collect_facts(&s, &doc);
  }
  run_jobs(&s);
  publish(&s);
  engine_facts_free(s.facts);
}

/* ---- rule sources -> pack ------------------------------------------------------ */

static bool is_vgl(const char *p) {
  size_t n = strlen(p);
  return n > 4 && !strcmp(p + n - 4, ".vgl");
}

int engine_compile_sources(const char *const *paths, size_t n, FILE *diag, int color,
                           uint8_t **pack, size_t *pack_len) {
  cc_options opt = {.resolve = cc_stdlib_lookup, .resolve_ctx = NULL, .diag = diag, .color = color};
  if (n == 0) {
    cc_source *srcs = base_xcalloc(cc_stdlib_count + 1, sizeof *srcs);
    for (size_t i = 0; i < cc_stdlib_count; i++)
      srcs[i] = (cc_source){cc_stdlib[i].path, cc_stdlib[i].text, cc_stdlib[i].len};
    int rc = cc_compile(srcs, cc_stdlib_count, &opt, pack, pack_len);
    free(srcs);
    return rc;
  }
  engine_walk w;
  if (engine_walk_paths(&w, paths, n, NULL) != 0) {
    fprintf(diag ? diag : stderr, "%s\n", w.error);
    engine_walk_free(&w);
    return 1;
  }
  cc_source *srcs = base_xcalloc(w.n_files + 1, sizeof *srcs);
  char **bufs = base_xcalloc(w.n_files + 1, sizeof *bufs);
  size_t ns = 0;
  int errors = 0;
  for (size_t i = 0; i < w.n_files; i++) {
    const engine_walk_file *f = &w.files[i];
    /* a directory contributes its *.vgl files; a file named explicitly counts whatever its name */
    bool explicit_file = false;
    for (size_t k = 0; k < n; k++)
      if (!strcmp(paths[k], f->path)) explicit_file = true;
    if (!explicit_file && !is_vgl(f->rel)) continue;
    size_t len = 0;
    const char *why = NULL;
    char *b = base_read_file(f->path, CLI_SIZE_UNKNOWN, (uint64_t)64 << 20, &len, &why);
    if (!b) {
      fprintf(diag ? diag : stderr, "%s: error: %s\n", f->path, why);
      errors++;
      continue;
    }
    bufs[ns] = b;
    srcs[ns++] = (cc_source){f->path, b, len};
  }
  int rc = errors;
  if (!errors && ns == 0) {
    fprintf(diag ? diag : stderr, "vigil: no rule sources (*.vgl) found\n");
    rc = 1;
  }
  if (!rc) rc = cc_compile(srcs, ns, &opt, pack, pack_len);
  for (size_t i = 0; i < ns; i++)
    free(bufs[i]);
  free(bufs);
  free(srcs);
  engine_walk_free(&w);
  return rc;
}
