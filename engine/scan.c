/* scan.c — the scan engine (see scan.h). */
#define _GNU_SOURCE /* qsort_r: the per-unit sort needs the pack, and workers sort at once */
#include "scan.h"

#include <pthread.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "cc.h"
#include "pool.h"
#include "readfile.h"
#include "path.h"
#include "utf8.h"

/* Terraform modules come from iac/terraform.h; until a tree has it, .tf files
 * are accounted as skipped instead of silently ignored. */
#if defined(__has_include)
#if __has_include("../iac/terraform.h")
#include "terraform.h"
#define VIGIL_HAVE_TERRAFORM 1
#endif
#endif
#ifndef VIGIL_HAVE_TERRAFORM
#define VIGIL_HAVE_TERRAFORM 0
#endif

static void *xrealloc(void *p, size_t n) {
  void *q = realloc(p, n);
  if (!q && n) abort(); /* out of memory is not an input error (arena.h) */
  return q;
}

#define GROW(arr, n, cap)                                                                          \
  do {                                                                                             \
    if ((n) == (cap)) {                                                                            \
      (cap) = (cap) ? (cap)*2 : 16;                                                                \
      (arr) = xrealloc((arr), (cap) * sizeof *(arr));                                              \
    }                                                                                              \
  } while (0)

/* ---- strings into the report: valid UTF-8 only --------------------------------- */

/* Reports quote hostile input; every string a reporter sees is valid UTF-8
 * (an invalid byte becomes U+FFFD), so JSON/SARIF/XML writers can copy bytes.
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

typedef struct job {
  size_t first, n; /* walk file index (a document; a module's first file); file count */
  size_t *files;   /* Terraform: walk indices of the module's .tf/.tf.json files */
  const char *dir; /* Terraform: the module directory (open path) */
  engine_file_kind kind;
  const char *name; /* in-memory scan: the document name */
  const char *buf;  /* in-memory scan: the document */
  size_t len;
} job;

typedef struct worker_state {
  base_dir_cache dir; /* the directory of the file read last */
  vm_state *vm;
  base_arena scratch;
  engine_unit_results ur;
} worker_state;

typedef struct scanner {
  const vm_pack *pack;
  const engine_scan_options *o;
  iac_limits lim;
  engine_walk *walk;
  job *jobs;
  size_t n_jobs;
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
  engine_report **held;
  pend_error *err;
  size_t n_err, cap_err;
  pend_warning *warn;
  size_t n_warn, cap_warn;
  pend_skip *skip;
  size_t n_skip, cap_skip;
  size_t files_total, files_done;
  uint64_t bytes_done;
  /* Terraform: loader paths -> walk files (lexically normalised, sorted) */
  struct tfkey {
    const char *key;
    size_t idx;
  } * tfkeys;
  size_t n_tfkeys;
  uint8_t *tf_read;     /* per walk file: 1 some module read it, 2 it had a parse error */
  const char **tf_vars; /* "NAME=VALUE" */
  base_arena tf_arena;  /* keys and vars */
} scanner;

typedef struct emit_ctx {
  scanner *s;
  engine_unit_results *ur;
  const iac_unit *u;
  bool map_paths; /* Terraform: loader paths are open paths, report rel paths */
  const char *last_in, *last_out;
} emit_ctx;

/* Marks a walk index as "had an error" in the lists workers hand back. */
#define TF_BAD ((size_t)1 << (sizeof(size_t) * 8 - 1))

/* Module sources like "../modules/x" make paths like "a/./b//../c". */
static char *norm_path(base_arena *a, const char *p) {
  return base_path_normalise(a, p, true);
}

static int cmp_tfkey(const void *a, const void *b) {
  return strcmp(((const struct tfkey *)a)->key, ((const struct tfkey *)b)->key);
}

/* Walk index of a loader path, or (size_t)-1. Read-only after setup: lock-free. */
static size_t tf_lookup(const scanner *s, const char *path, base_arena *scratch) {
  if (!s->n_tfkeys || !path) return (size_t)-1;
  struct tfkey k = {norm_path(scratch, path), 0};
  const struct tfkey *hit = bsearch(&k, s->tfkeys, s->n_tfkeys, sizeof k, cmp_tfkey);
  return hit ? hit->idx : (size_t)-1;
}

/* Report path for a loader path: the walker's rel name when the file was
 * walked, else the normalised path (a module outside the scanned tree). */
static const char *report_path(emit_ctx *c, const char *path) {
  if (!c->map_paths || !path) return path;
  if (path == c->last_in) return c->last_out;
  size_t i = tf_lookup(c->s, path, c->ur->arena);
  c->last_in = path;
  c->last_out = i != (size_t)-1 ? c->s->walk->files[i].rel : norm_path(c->ur->arena, path);
  return c->last_out;
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
}

/* Units a worker may run ahead of the oldest unit whose results are not out. */
enum { WINDOW = 256 };

/* Marks an emitted-nothing slot in held[] (a skipped file, a unit without results). */
static engine_report held_empty;

/* Hands results on in report order (lock held): to the results hook, or into
 * the report. */
static void emit_results(scanner *s, engine_result *res, size_t n) {
  if (!n) return;
  if (s->o->hooks.results)
    s->o->hooks.results(s->o->hooks.ctx, s->rep, res, n);
  else
    engine_report_add_results(s->rep, res, n);
}

/* Emits every parked unit whose turn has come (lock held). */
static void flush_held(scanner *s) {
  bool moved = false;
  while (s->next_emit < s->n_jobs && s->held[s->next_emit]) {
    engine_report *h = s->held[s->next_emit];
    s->held[s->next_emit++] = NULL;
    if (h != &held_empty) {
      emit_results(s, h->results, h->n_results);
      engine_report_free(h);
      free(h);
    }
    moved = true;
  }
  if (moved) pthread_cond_broadcast(&s->turn);
}

/* A copy in the report's arena, valid UTF-8 (NULL stays NULL). */
static const char *report_str(base_arena *a, const char *s) {
  const char *c = utf8_clean(a, s);
  return c == s && s ? base_arena_strdup(a, s) : c;
}

/* Copies a unit's errors and warnings into the pending arrays (lock held). */
static void merge_unit(scanner *s, size_t job_idx, engine_unit_results *ur) {
  base_arena *a = &s->rep->arena;
  uint64_t base = (uint64_t)job_idx << 32;
  for (size_t i = 0; i < ur->n_errors; i++) {
    engine_file_error e = ur->errors[i];
    e.file = report_str(a, e.file);
    e.message = report_str(a, e.message);
    GROW(s->err, s->n_err, s->cap_err);
    s->err[s->n_err++] = (pend_error){e, base | i};
  }
  for (size_t i = 0; i < ur->n_warnings; i++) {
    engine_warning w = ur->warnings[i];
    w.file = report_str(a, w.file);
    w.message = report_str(a, w.message);
    GROW(s->warn, s->n_warn, s->cap_warn);
    s->warn[s->n_warn++] = (pend_warning){w, base | i};
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
    if (r->file != last_file) file_ok = utf8_clean(a, last_file = r->file);
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
#if VIGIL_HAVE_TERRAFORM
  if (map_paths && iac_tf_is_module_unit(u)) {
    /* module calls that could not be followed: visible, located warnings */
    size_t n = 0;
    const iac_tf_skipped *sk = iac_tf_unit_skipped(u, &n);
    for (size_t i = 0; i < n; i++)
      engine_unit_warn(ur, report_path(&c, sk[i].file), sk[i].line, sk[i].col,
                       "%s not scanned: %s (source \"%s\")", sk[i].address, sk[i].reason,
                       sk[i].source);
  }
#endif
  if (s->o->hooks.unit_done) s->o->hooks.unit_done(s->o->hooks.ctx, u, ur);
}

/* A walked file, opened relative to its directory when the walker found it
 * in one (readfile.h, base_dir_cache). */
static char *read_walked(worker_state *w, const engine_walk_file *f, uint64_t max, size_t *len,
                         const char **skip) {
  int dfd = f->name ? base_dir_cache_fd(&w->dir, f->dir) : -1;
  if (dfd < 0) return base_read_file(f->path, f->size, max, len, skip);
  return base_read_file_at(dfd, f->name, f->size, max, len, skip);
}

static void run_job(void *ctx, size_t k, int wid) {
  scanner *s = ctx;
  job *j = &s->jobs[k];
  worker_state *w = &s->ws[wid];
  if (s->n_workers > 1 && k >= WINDOW) {
    pthread_mutex_lock(&s->lock);
    while (k >= s->next_emit + WINDOW)
      pthread_cond_wait(&s->turn, &s->lock);
    pthread_mutex_unlock(&s->lock);
  }
  engine_unit_results *ur = &w->ur;
  unit_results_reset(ur);
  const char *skip = NULL;
  iac_unit *u = NULL;
  size_t len = 0;

  bool tf = j->kind == ENGINE_FILE_TERRAFORM;
  if (j->buf) {
    ur->file = j->name;
    u = iac_load_buffer(j->name, j->buf, j->len, &s->lim);
  } else if (tf) {
#if VIGIL_HAVE_TERRAFORM
    const char **paths = base_arena_alloc(ur->arena, (j->n + 1) * sizeof *paths);
    for (size_t i = 0; i < j->n; i++)
      paths[i] = s->walk->files[j->files[i]].path;
    ur->file = s->walk->files[j->first].rel;
    /* a module's report name is its directory */
    const char *slash = strrchr(ur->file, '/');
    ur->file = slash ? base_arena_strndup(ur->arena, ur->file, (size_t)(slash - ur->file)) : ".";
    iac_tf_options to = {s->o->var_files, s->o->n_var_files, s->tf_vars, s->o->n_vars, &s->lim};
    u = iac_tf_load_module(j->dir, paths, j->n, &to);
    for (size_t i = 0; i < j->n; i++)
      len += (size_t)s->walk->files[j->files[i]].size;
#endif
  } else {
    const engine_walk_file *f = &s->walk->files[j->first];
    char *buf = NULL;
    ur->file = f->rel;
    if (is_config_file(f->rel))
      skip = "Vigil config";
    else
      buf = read_walked(w, f, s->lim.max_file_size, &len, &skip);
    if (buf && base_looks_binary(buf, len)) skip = "binary";
    if (buf && !skip && base_is_blank(buf, len)) skip = "empty";
    /* The unit is named by its report path, so locations need no rewriting;
     * it takes the buffer as its text (no copy) and frees it. */
    if (!skip)
      u = iac_load_owned(f->rel, buf, len, &s->lim);
    else
      free(buf);
  }
  if (u) evaluate(s, w, u, tf);
  /* which walked files the module read (its own, tfvars, local child modules) */
  size_t n_read = 0;
  size_t *read_idx = NULL;
#if VIGIL_HAVE_TERRAFORM
  if (u && tf && iac_tf_is_module_unit(u)) {
    size_t nf = 0;
    const char *const *files = iac_tf_unit_files(u, &nf);
    read_idx = base_arena_alloc(ur->arena, (nf + u->n_errors + 1) * sizeof *read_idx);
    for (size_t i = 0; i < nf; i++) {
      size_t idx = tf_lookup(s, files[i], ur->arena);
      if (idx != (size_t)-1) read_idx[n_read++] = idx;
    }
    /* a file with a located error could not be parsed (the module went on without it) */
    for (size_t i = 0; i < u->n_errors; i++) {
      if (u->errors[i].severity == IAC_SEV_WARNING) continue; /* read, with a warning */
      size_t idx = tf_lookup(s, u->errors[i].file, ur->arena);
      if (idx != (size_t)-1) read_idx[n_read++] = idx | TF_BAD;
    }
  }
#endif
  prepare_results(s, ur);

  pthread_mutex_lock(&s->lock);
  if (skip) {
    add_skip(s, ur->file, skip, (uint64_t)j->first << 32);
  } else if (tf && u) {
    merge_unit(s, j->first, ur);
    /* files are accounted once, after every module ran (a child module's
     * files are read by each of its callers) */
    for (size_t i = 0; i < n_read; i++) {
      size_t idx = read_idx[i] & ~TF_BAD;
      s->tf_read[idx] = (uint8_t)(s->tf_read[idx] | (read_idx[i] & TF_BAD ? 2 : 1));
    }
    s->rep->summary.resources += u->n_resources;
  } else {
    merge_unit(s, j->first, ur);
    if (u->failed)
      s->rep->summary.failed++;
    else
      s->rep->summary.scanned++;
    s->rep->summary.resources += u->n_resources;
  }
  s->files_done += j->n;
  s->bytes_done += len;
  if (s->o->hooks.progress)
    s->o->hooks.progress(s->o->hooks.ctx, s->files_done, s->files_total, s->bytes_done);
  if (k == s->next_emit) {
    /* its turn: straight from the worker's arena, no copy (always so with -j1) */
    emit_results(s, ur->results, ur->n_results);
    s->next_emit++;
    flush_held(s);
    pthread_mutex_unlock(&s->lock);
  } else {
    pthread_mutex_unlock(&s->lock);
    engine_report *h = &held_empty;
    if (ur->n_results) {
      if (!(h = calloc(1, sizeof *h))) abort();
      base_arena_init(&h->arena);
      engine_report_add_results(h, ur->results, ur->n_results);
    }
    pthread_mutex_lock(&s->lock);
    s->held[k] = h;
    flush_held(s); /* the units ahead may have finished meanwhile */
    pthread_mutex_unlock(&s->lock);
  }

  if (u) iac_unit_free(u);
  unit_results_reset(ur);
}

/* ---- Terraform modules ------------------------------------------------------------- */

/* Groups the walk's .tf/.tf.json files into module jobs (one per root module
 * directory) and indexes every Terraform file for path mapping. */
static void plan_terraform(scanner *s) {
  engine_walk *w = s->walk;
  base_arena_init(&s->tf_arena);
  s->tf_read = calloc(w->n_files + 1, sizeof *s->tf_read);
  if (!s->tf_read) abort();
#if VIGIL_HAVE_TERRAFORM
  size_t n_tf = 0;
  for (size_t i = 0; i < w->n_files; i++)
    n_tf += w->files[i].kind == ENGINE_FILE_TERRAFORM;
  if (!n_tf) return;
  s->tfkeys = calloc(n_tf, sizeof *s->tfkeys);
  if (!s->tfkeys) abort();
  for (size_t i = 0; i < w->n_files; i++)
    if (w->files[i].kind == ENGINE_FILE_TERRAFORM)
      s->tfkeys[s->n_tfkeys++] = (struct tfkey){norm_path(&s->tf_arena, w->files[i].path), i};
  qsort(s->tfkeys, s->n_tfkeys, sizeof *s->tfkeys, cmp_tfkey);

  s->tf_vars = base_arena_alloc(&s->tf_arena, (s->o->n_vars + 1) * sizeof *s->tf_vars);
  for (size_t i = 0; i < s->o->n_vars; i++)
    s->tf_vars[i] =
        base_arena_printf(&s->tf_arena, "%s=%s", s->o->vars[i].name, s->o->vars[i].value);

  /* module directories in walk order, each with its .tf/.tf.json files */
  const char **dirs = calloc(n_tf, sizeof *dirs);
  size_t *first = calloc(n_tf, sizeof *first);
  size_t *count = calloc(n_tf, sizeof *count);
  size_t *dir_of = calloc(w->n_files + 1, sizeof *dir_of);
  if (!dirs || !first || !count || !dir_of) abort();
  size_t n_dirs = 0;
  for (size_t i = 0; i < w->n_files; i++) {
    const engine_walk_file *f = &w->files[i];
    if (f->kind != ENGINE_FILE_TERRAFORM || strstr(f->rel, ".tfvars")) continue;
    size_t d = 0;
    /* the walker shares one dir string per directory: compare pointers first */
    while (d < n_dirs && dirs[d] != f->dir && strcmp(dirs[d], f->dir) != 0)
      d++;
    if (d == n_dirs) {
      dirs[n_dirs] = f->dir;
      first[n_dirs] = i;
      n_dirs++;
    }
    count[d]++;
    dir_of[i] = d;
  }
  bool *is_root = calloc(n_dirs + 1, sizeof *is_root);
  if (!is_root) abort();
  if (n_dirs) iac_tf_find_roots(dirs, n_dirs, is_root);
  for (size_t d = 0; d < n_dirs; d++) {
    if (!is_root[d]) continue;
    job *j = &s->jobs[s->n_jobs++];
    memset(j, 0, sizeof *j);
    j->kind = ENGINE_FILE_TERRAFORM;
    j->dir = dirs[d];
    j->first = first[d];
    j->files = base_arena_alloc(&s->tf_arena, count[d] * sizeof *j->files);
    for (size_t i = first[d]; i < w->n_files; i++) {
      const engine_walk_file *f = &w->files[i];
      if (f->kind != ENGINE_FILE_TERRAFORM || strstr(f->rel, ".tfvars") || dir_of[i] != d) continue;
      j->files[j->n++] = i;
    }
  }
  free(is_root);
  free(dirs);
  free(first);
  free(count);
  free(dir_of);
#endif
}

/* After the run: every Terraform file is scanned (some module read it), failed
 * (it has a parse error) or skipped with the reason it was not read. */
static void account_terraform(scanner *s) {
  engine_walk *w = s->walk;
  for (size_t i = 0; i < w->n_files; i++) {
    const engine_walk_file *f = &w->files[i];
    if (f->kind != ENGINE_FILE_TERRAFORM) continue;
    if (!VIGIL_HAVE_TERRAFORM) {
      add_skip(s, f->rel, "not IaC", (uint64_t)i << 32);
    } else if (s->tf_read[i] & 2) {
      s->rep->summary.failed++;
    } else if (s->tf_read[i]) {
      s->rep->summary.scanned++;
    } else {
      add_skip(s, f->rel, strstr(f->rel, ".tfvars") ? "tfvars not applied" : "module not called",
               (uint64_t)i << 32);
    }
  }
  free(s->tf_read);
  free(s->tfkeys);
  base_arena_free(&s->tf_arena);
}

/* ---- ordering ------------------------------------------------------------------------ */

static int cmp_str(const char *a, const char *b) {
  return strcmp(a ? a : "", b ? b : "");
}
static int cmp_u32(uint32_t a, uint32_t b) {
  return a < b ? -1 : a > b;
}
static int cmp_u64(uint64_t a, uint64_t b) {
  return a < b ? -1 : a > b;
}

static int cmp_pend_error(const void *a, const void *b) {
  const pend_error *x = a, *y = b;
  int c;
  if ((c = cmp_str(x->e.file, y->e.file))) return c;
  if ((c = cmp_u32(x->e.line, y->e.line))) return c;
  if ((c = cmp_u32(x->e.col, y->e.col))) return c;
  return cmp_u64(x->seq, y->seq);
}
static int cmp_pend_warning(const void *a, const void *b) {
  const pend_warning *x = a, *y = b;
  int c;
  if ((c = cmp_str(x->w.file, y->w.file))) return c;
  if ((c = cmp_u32(x->w.line, y->w.line))) return c;
  if ((c = cmp_u32(x->w.col, y->w.col))) return c;
  return cmp_u64(x->seq, y->seq);
}
static int cmp_pend_skip(const void *a, const void *b) {
  const pend_skip *x = a, *y = b;
  int c = cmp_str(x->s.file, y->s.file);
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

static void report_init(engine_report *r, const vm_pack *p, const char *root) {
  memset(r, 0, sizeof *r);
  base_arena_init(&r->arena);
  r->pack = p;
  r->root = base_arena_strdup(&r->arena, root ? root : ".");
}

static void resolve_limits(iac_limits *l, const engine_scan_options *o) {
  *l = o->limits;
  if (!l->max_file_size) l->max_file_size = IAC_DEFAULT_MAX_FILE_SIZE;
  if (!l->max_depth) l->max_depth = IAC_DEFAULT_MAX_DEPTH;
  if (!l->max_alias_expansion) l->max_alias_expansion = IAC_DEFAULT_MAX_ALIAS_EXPANSION;
  if (!l->max_template_depth) l->max_template_depth = IAC_DEFAULT_MAX_TEMPLATE_DEPTH;
}

/* Jobs run in walk order (the order their results leave in): by walk index of
 * the unit's first file (Terraform root modules were planned after the files). */
static int cmp_job_first(const void *a, const void *b) {
  const job *x = a, *y = b;
  return x->first < y->first ? -1 : x->first > y->first;
}

static void run_jobs(scanner *s) {
  int threads = s->o->jobs > 0 ? s->o->jobs : engine_pool_default_threads();
  if ((size_t)threads > s->n_jobs) threads = s->n_jobs ? (int)s->n_jobs : 1;
  s->n_workers = threads;
  s->ws = calloc((size_t)threads, sizeof *s->ws);
  if (!s->ws) abort();
  for (int i = 0; i < threads; i++) {
    s->ws[i].dir = (base_dir_cache)CLI_DIR_CACHE_INIT;
    s->ws[i].vm = vm_state_new(s->pack, &s->o->vm);
    base_arena_init(&s->ws[i].scratch);
    s->ws[i].ur.arena = &s->ws[i].scratch;
  }
  if (s->n_jobs > 1) qsort(s->jobs, s->n_jobs, sizeof *s->jobs, cmp_job_first);
  s->held = calloc(s->n_jobs + 1, sizeof *s->held);
  if (!s->held) abort();
  pthread_mutex_init(&s->lock, NULL);
  pthread_cond_init(&s->turn, NULL);
  engine_pool_run(s->n_jobs, threads, run_job, s);
  pthread_cond_destroy(&s->turn);
  pthread_mutex_destroy(&s->lock);
  free(s->held);
  for (int i = 0; i < threads; i++) {
    base_dir_cache_close(&s->ws[i].dir);
    vm_state_free(s->ws[i].vm);
    base_arena_free(&s->ws[i].scratch);
    free(s->ws[i].ur.results);
    free(s->ws[i].ur.errors);
    free(s->ws[i].ur.warnings);
  }
  free(s->ws);
  free(s->jobs);
}

int engine_scan_paths(const vm_pack *p, const char *const *paths, size_t n,
                      const engine_scan_options *o, engine_report *out, char *err, size_t errlen) {
  static const engine_scan_options defaults;
  if (!o) o = &defaults;
  report_init(out, p, n == 1 ? paths[0] : ".");
  scanner s = {.pack = p, .o = o, .rep = out};
  resolve_limits(&s.lim, o);
  engine_walk walk;
  engine_walk_options wo = {s.lim.max_file_size, o->exclude, o->exclude_ctx};
  if (engine_walk_paths(&walk, paths, n, &wo) != 0) {
    snprintf(err, errlen, "%s", walk.error ? walk.error : "cannot walk");
    engine_walk_free(&walk);
    return -1;
  }
  s.walk = &walk;
  s.files_total = walk.n_files;
  s.jobs = calloc(walk.n_files + 1, sizeof *s.jobs);
  if (!s.jobs) abort();
  for (size_t i = 0; i < walk.n_files; i++) {
    const engine_walk_file *f = &walk.files[i];
    switch (f->kind) {
    case ENGINE_FILE_SKIP:
      add_skip(&s, f->rel, f->skip_reason, (uint64_t)i << 32);
      s.files_done++;
      break;
    case ENGINE_FILE_TERRAFORM: break; /* plan_terraform */
    case ENGINE_FILE_DOCKERFILE:
    case ENGINE_FILE_DOC: s.jobs[s.n_jobs++] = (job){.first = i, .n = 1, .kind = f->kind}; break;
    }
  }
  plan_terraform(&s);
  run_jobs(&s);
  account_terraform(&s);
  publish(&s);
  engine_walk_free(&walk);
  return 0;
}

void engine_scan_buffer(const vm_pack *p, const char *name, const char *buf, size_t len,
                        const engine_scan_options *o, engine_report *out) {
  static const engine_scan_options defaults;
  if (!o) o = &defaults;
  report_init(out, p, ".");
  scanner s = {.pack = p, .o = o, .rep = out};
  resolve_limits(&s.lim, o);
  s.files_total = 1;
  s.jobs = calloc(1, sizeof *s.jobs);
  if (!s.jobs) abort();
  if (engine_walk_classify(name) == ENGINE_FILE_TERRAFORM) {
    /* a Terraform module is a directory (variables, locals, child modules
     * across files): one .tf in memory cannot be evaluated faithfully */
    add_skip(&s, name, "terraform needs a directory", 0);
  } else {
    /* any other name: the loader decides by content, as for a file named on
     * the command line */
    s.jobs[0] = (job){.n = 1, .kind = ENGINE_FILE_DOC, .name = name, .buf = buf, .len = len};
    s.n_jobs = 1;
  }
  run_jobs(&s);
  publish(&s);
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
    cc_source *srcs = calloc(cc_stdlib_count + 1, sizeof *srcs);
    if (!srcs) abort();
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
  cc_source *srcs = calloc(w.n_files + 1, sizeof *srcs);
  char **bufs = calloc(w.n_files + 1, sizeof *bufs);
  if (!srcs || !bufs) abort();
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
