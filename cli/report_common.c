/* report_common.c — what every reporter shares: freeing a report and the
 * small accessors that keep reporters from poking at the pack directly. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "report.h"

void cli_report_free(cli_report *r) {
  if (!r) return;
  free(r->owned_results);
  iac_arena_free(&r->arena);
  memset(r, 0, sizeof *r);
}

const char *cli_result_rule_id(const cli_report *r, const cli_result *res) {
  return r->pack && res->rule < r->pack->n_rules ? r->pack->rules[res->rule].id : "";
}

const vm_rule *cli_result_rule(const cli_report *r, const cli_result *res) {
  return r->pack && res->rule < r->pack->n_rules ? &r->pack->rules[res->rule] : NULL;
}

int cli_report_exit_status(const cli_report *r) {
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

int cli_result_order(const vm_pack *p, const cli_result *x, const cli_result *y) {
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

static const vm_pack *sort_pack; /* qsort has no context argument; set under sort_lock */
static pthread_mutex_t sort_lock = PTHREAD_MUTEX_INITIALIZER;

static int cmp_result(const void *a, const void *b) {
  return cli_result_order(sort_pack, a, b);
}
static int cmp_error(const void *a, const void *b) {
  const cli_file_error *x = a, *y = b;
  int c;
  if ((c = cmp_str(x->file, y->file))) return c;
  if ((c = cmp_u32(x->line, y->line))) return c;
  if ((c = cmp_u32(x->col, y->col))) return c;
  return cmp_str(x->message, y->message);
}
static int cmp_warning(const void *a, const void *b) {
  const cli_warning *x = a, *y = b;
  int c;
  if ((c = cmp_str(x->file, y->file))) return c;
  if ((c = cmp_u32(x->line, y->line))) return c;
  if ((c = cmp_u32(x->col, y->col))) return c;
  return cmp_str(x->message, y->message);
}
static int cmp_skip(const void *a, const void *b) {
  const cli_skip *x = a, *y = b;
  int c = cmp_str(x->file, y->file);
  return c ? c : cmp_str(x->reason, y->reason);
}

static bool is_sorted(const void *base, size_t n, size_t size,
                      int (*cmp)(const void *, const void *)) {
  const char *b = base;
  for (size_t i = 1; i < n; i++)
    if (cmp(b + (i - 1) * size, b + i * size) > 0) return false;
  return true;
}

/* Sorting already-sorted arrays is skipped: the engine's arrays arrive in
 * order (with thread-independent tie-breaks that plain keys cannot see). */
static void sort_if_needed(void *base, size_t n, size_t size,
                           int (*cmp)(const void *, const void *)) {
  if (n > 1 && !is_sorted(base, n, size, cmp)) qsort(base, n, size, cmp);
}

void cli_report_finish(cli_report *r) {
  pthread_mutex_lock(&sort_lock);
  sort_pack = r->pack;
  sort_if_needed(r->results, r->n_results, sizeof *r->results, cmp_result);
  sort_pack = NULL;
  pthread_mutex_unlock(&sort_lock);
  sort_if_needed(r->errors, r->n_errors, sizeof *r->errors, cmp_error);
  sort_if_needed(r->warnings, r->n_warnings, sizeof *r->warnings, cmp_warning);
  sort_if_needed(r->skipped, r->n_skipped, sizeof *r->skipped, cmp_skip);

  cli_summary *sm = &r->summary;
  sm->pass = sm->fail = sm->unknown = sm->suppressed = 0;
  size_t err_results = 0;
  for (size_t i = 0; i < r->n_results; i++) {
    switch (r->results[i].status) {
    case VM_PASS: sm->pass++; break;
    case VM_FAIL: sm->fail++; break;
    case VM_UNKNOWN: sm->unknown++; break;
    case VM_SUPPRESSED: sm->suppressed++; break;
    default: err_results++; break;
    }
  }
  sm->skipped = r->n_skipped;
  sm->errors = r->n_errors + err_results;
  sm->files = sm->scanned + sm->skipped + sm->failed;
}
