/* report_common.c — what every reporter shares: freeing a report and the
 * small accessors that keep reporters from poking at the pack directly. */
#define _GNU_SOURCE /* qsort_r: the result order needs the pack */
#include <stdlib.h>
#include <string.h>

#include "report.h"

void engine_report_free(engine_report *r) {
  if (!r) return;
  free(r->owned_results);
  base_arena_free(&r->arena);
  memset(r, 0, sizeof *r);
}

const char *engine_result_rule_id(const engine_report *r, const engine_result *res) {
  return r->pack && res->rule < r->pack->n_rules ? r->pack->rules[res->rule].id : "";
}

const vm_rule *engine_result_rule(const engine_report *r, const engine_result *res) {
  return r->pack && res->rule < r->pack->n_rules ? &r->pack->rules[res->rule] : NULL;
}

int engine_report_exit_status(const engine_report *r) {
  return r->summary.fail > 0 || r->summary.failed > 0 || r->summary.errors > 0 ? 1 : 0;
}

/* ---- order ------------------------------------------------------------------------- */

static int cmp_str(const char *a, const char *b) {
  if (a == b) return 0; /* interned per unit: most comparisons end here */
  return strcmp(a ? a : "", b ? b : "");
}
static int cmp_u32(uint32_t a, uint32_t b) {
  return a < b ? -1 : a > b;
}

int engine_result_order(const vm_pack *p, const engine_result *x, const engine_result *y) {
  int c;
  if ((c = cmp_str(x->file, y->file))) return c;
  if ((c = cmp_u32(x->line, y->line))) return c;
  if ((c = cmp_u32(x->col, y->col))) return c;
  if (p && x->rule != y->rule && x->rule < p->n_rules && y->rule < p->n_rules &&
      (c = cmp_str(p->rules[x->rule].id, p->rules[y->rule].id)))
    return c;
  if ((c = cmp_u32(x->rule, y->rule))) return c;
  if ((c = cmp_str(x->resource, y->resource))) return c;
  if ((c = cmp_u32(x->status, y->status))) return c;
  return cmp_str(x->message, y->message);
}

int engine_location_order(const char *fa, uint32_t la, uint32_t ca, const char *fb, uint32_t lb,
                          uint32_t cb) {
  int c;
  if ((c = cmp_str(fa, fb))) return c;
  if ((c = cmp_u32(la, lb))) return c;
  return cmp_u32(ca, cb);
}

/* Comparators take the pack as their context (qsort_r), so sorting needs no
 * shared state: reports may be finished on several threads at once. */
typedef int (*cmp_fn)(const void *, const void *, void *);

static int cmp_result(const void *a, const void *b, void *pack) {
  return engine_result_order(pack, a, b);
}
static int cmp_error(const void *a, const void *b, void *unused) {
  const engine_file_error *x = a, *y = b;
  (void)unused;
  int c = engine_location_order(x->file, x->line, x->col, y->file, y->line, y->col);
  return c ? c : cmp_str(x->message, y->message);
}
static int cmp_warning(const void *a, const void *b, void *unused) {
  const engine_warning *x = a, *y = b;
  (void)unused;
  int c = engine_location_order(x->file, x->line, x->col, y->file, y->line, y->col);
  return c ? c : cmp_str(x->message, y->message);
}
static int cmp_skip(const void *a, const void *b, void *unused) {
  const engine_skip *x = a, *y = b;
  (void)unused;
  int c = cmp_str(x->file, y->file);
  return c ? c : cmp_str(x->reason, y->reason);
}

static bool is_sorted(const void *base, size_t n, size_t size, cmp_fn cmp, void *ctx) {
  const char *b = base;
  for (size_t i = 1; i < n; i++)
    if (cmp(b + (i - 1) * size, b + i * size, ctx) > 0) return false;
  return true;
}

/* Sorting already-sorted arrays is skipped: the engine's arrays arrive in
 * order (with thread-independent tie-breaks that plain keys cannot see). */
static void sort_if_needed(void *base, size_t n, size_t size, cmp_fn cmp, void *ctx) {
  if (n > 1 && !is_sorted(base, n, size, cmp, ctx)) qsort_r(base, n, size, cmp, ctx);
}

void engine_summary_count(engine_summary *m, vm_status s) {
  switch (s) {
  case VM_PASS: m->pass++; break;
  case VM_FAIL: m->fail++; break;
  case VM_UNKNOWN: m->unknown++; break;
  case VM_SUPPRESSED: m->suppressed++; break;
  default: m->rule_errors++; break;
  }
}

void engine_report_count(engine_report *r) {
  engine_summary *m = &r->summary;
  m->pass = m->fail = m->unknown = m->suppressed = m->rule_errors = 0;
  for (size_t i = 0; i < r->n_results; i++)
    engine_summary_count(m, r->results[i].status);
}

void engine_report_finish(engine_report *r) {
  if (!r->in_order)
    sort_if_needed(r->results, r->n_results, sizeof *r->results, cmp_result, (void *)r->pack);
  sort_if_needed(r->errors, r->n_errors, sizeof *r->errors, cmp_error, NULL);
  sort_if_needed(r->warnings, r->n_warnings, sizeof *r->warnings, cmp_warning, NULL);
  sort_if_needed(r->skipped, r->n_skipped, sizeof *r->skipped, cmp_skip, NULL);

  engine_summary *sm = &r->summary;
  if (!r->streamed) engine_report_count(r);
  sm->skipped = r->n_skipped;
  sm->errors = r->n_errors + sm->rule_errors;
  sm->files = sm->scanned + sm->skipped + sm->failed;
}

/* ---- collecting results --------------------------------------------------------------- */

void engine_report_add_results(engine_report *r, const engine_result *res, size_t n) {
  if (r->n_results + n > r->cap_results) {
    size_t cap = r->cap_results ? r->cap_results : 64;
    while (cap < r->n_results + n)
      cap *= 2;
    engine_result *grown = realloc(r->owned_results, cap * sizeof *grown);
    if (!grown) abort(); /* out of memory is not an input error (arena.h) */
    r->owned_results = r->results = grown;
    r->cap_results = cap;
  }
  base_arena *a = &r->arena;
  /* a unit's results share their file, resource and type strings: copy each once */
  const char *last_file = NULL, *file_copy = NULL, *last_res = NULL, *res_copy = NULL;
  const char *last_type = NULL, *type_copy = NULL;
  for (size_t i = 0; i < n; i++) {
    engine_result x = res[i];
    if (x.file != last_file) file_copy = x.file ? base_arena_strdup(a, last_file = x.file) : NULL;
    if (x.resource != last_res)
      res_copy = x.resource ? base_arena_strdup(a, last_res = x.resource) : NULL;
    if (x.resource_type != last_type)
      type_copy = x.resource_type ? base_arena_strdup(a, last_type = x.resource_type) : NULL;
    x.file = file_copy;
    x.resource = res_copy;
    x.resource_type = type_copy;
    /* passes usually carry no message: share one "" rather than copy it */
    x.message = x.message && x.message[0] ? base_arena_strdup(a, x.message) : "";
    if (x.suppression) x.suppression = base_arena_strdup(a, x.suppression);
    if (x.reason) x.reason = base_arena_strdup(a, x.reason);
    if (x.suppression_kind) x.suppression_kind = base_arena_strdup(a, x.suppression_kind);
    if (x.fingerprint) x.fingerprint = base_arena_strdup(a, x.fingerprint);
    r->results[r->n_results++] = x;
  }
}

/* ---- writers ---------------------------------------------------------------------------- */

static const engine_writer_ops *const writers[] = {&engine_writer_text, &engine_writer_json,
                                                   &engine_writer_sarif, &engine_writer_junit,
                                                   &engine_writer_github};

const engine_writer_ops *engine_writer_lookup(const char *name) {
  for (size_t i = 0; i < sizeof writers / sizeof *writers; i++)
    if (!strcmp(writers[i]->name, name)) return writers[i];
  return NULL;
}

int engine_writer_write(const engine_writer_ops *w, const engine_report *r, FILE *out,
                        const engine_report_options *o) {
  static const engine_report_options defaults;
  void *st = w->begin(r, out, o ? o : &defaults);
  if (r->n_results) w->results(st, r, r->results, r->n_results);
  return w->end(st, r);
}

int engine_report_text(const engine_report *r, FILE *out, const engine_report_options *o) {
  return engine_writer_write(&engine_writer_text, r, out, o);
}
int engine_report_json(const engine_report *r, FILE *out, const engine_report_options *o) {
  return engine_writer_write(&engine_writer_json, r, out, o);
}
int engine_report_sarif(const engine_report *r, FILE *out, const engine_report_options *o) {
  return engine_writer_write(&engine_writer_sarif, r, out, o);
}
int engine_report_junit(const engine_report *r, FILE *out, const engine_report_options *o) {
  return engine_writer_write(&engine_writer_junit, r, out, o);
}
int engine_report_github(const engine_report *r, FILE *out, const engine_report_options *o) {
  return engine_writer_write(&engine_writer_github, r, out, o);
}
