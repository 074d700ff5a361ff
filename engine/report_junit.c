/* report_junit.c — JUnit XML for CI test tabs (GitLab, Jenkins, Azure, CircleCI).
 *
 * Shape (docs/ci.md):
 *   <testsuites name="vigil" tests= failures= errors= skipped=>
 *     <testsuite name=RULE_ID ...>            one per rule with results, pack order
 *       <testcase classname=RULE_ID name="FILE RESOURCE" file=FILE>
 *                                              one per (rule, file, resource)
 *         <failure message=MSG type=SEVERITY>  when any finding failed; the body
 *                                              lists every failing finding as
 *                                              FILE:LINE:COL: MESSAGE, then the fix
 *         <error ...>                          when the rule hit a runtime error
 *         <skipped message="unknown: ..."/>    unknown (not knowable from the scan):
 *                                              neither a pass nor a failure
 *         <skipped message="suppressed (KIND): REASON"/>
 *     <testsuite name="vigil.parse-errors">   one <error> testcase per parse error
 * Precedence inside one testcase: error > failure > unknown > suppressed > pass.
 * Everything printed is XML-escaped (a value's CR and LF as &#13; &#10;, so no
 * line of the document starts with input); control characters that XML 1.0 cannot
 * carry and invalid UTF-8 become U+FFFD. No timestamps: output is byte-stable. */
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "writefile.h"
#include "report.h"
#include "utf8.h"

static void xml_text(FILE *out, const char *s, bool attr) {
  const unsigned char *u = (const unsigned char *)(s ? s : "");
  size_t n = strlen((const char *)u);
  for (size_t i = 0; i < n;) {
    unsigned c = u[i];
    if (c < 0x80) {
      switch (c) {
      case '&': fputs("&amp;", out); break;
      case '<': fputs("&lt;", out); break;
      case '>': fputs("&gt;", out); break;
      case '"': fputs(attr ? "&quot;" : "\"", out); break;
      case '\'': fputs(attr ? "&apos;" : "'", out); break;
      /* a value's LF as a reference in text too: a line of the value's own
       * (`::stop-commands::` in a CI log that prints the file) never starts */
      case '\n': fputs("&#10;", out); break;
      case '\r': fputs("&#13;", out); break;
      case '\t': fputs(attr ? "&#9;" : "\t", out); break;
      default:
        if (c < 0x20 || c == 0x7F)
          fputs("\xEF\xBF\xBD", out);
        else
          fputc((int)c, out);
      }
      i++;
      continue;
    }
    size_t len = base_utf8_len(u + i, n - i);
    bool ok = len > 0;
    /* U+FFFE and U+FFFF are not XML characters either */
    if (ok && len == 3 && c == 0xEF && u[i + 1] == 0xBF && u[i + 2] >= 0xBE) ok = false;
    if (ok)
      fwrite(u + i, 1, len, out);
    else
      fputs("\xEF\xBF\xBD", out);
    i += ok ? len : 1;
  }
}

static const char *nz(const char *s) {
  return s ? s : "";
}

enum { TC_PASS, TC_SUPPRESSED, TC_UNKNOWN, TC_FAIL, TC_ERROR };

static int case_state(const engine_result *const *v, size_t n) {
  int st = TC_PASS;
  for (size_t k = 0; k < n; k++) {
    int s;
    switch (v[k]->status) {
    case VM_ERROR: s = TC_ERROR; break;
    case VM_FAIL: s = TC_FAIL; break;
    case VM_UNKNOWN: s = TC_UNKNOWN; break;
    case VM_SUPPRESSED: s = TC_SUPPRESSED; break;
    default: s = TC_PASS;
    }
    if (s > st) st = s;
  }
  return st;
}

static void write_case(const engine_report *r, FILE *out, const engine_result *const *v, size_t n) {
  const engine_result *first = v[0];
  const vm_rule *ru = &r->pack->rules[first->rule];
  fputs("    <testcase classname=\"", out);
  xml_text(out, ru->id, true);
  fputs("\" name=\"", out);
  xml_text(out, first->file, true);
  fputc(' ', out);
  xml_text(out, first->resource, true);
  fputs("\" file=\"", out);
  xml_text(out, first->file, true);
  fputc('"', out);
  int st = case_state(v, n);
  if (st == TC_PASS) {
    fputs("/>\n", out);
    return;
  }
  fputs(">\n", out);
  vm_status want = st == TC_ERROR     ? VM_ERROR
                   : st == TC_FAIL    ? VM_FAIL
                   : st == TC_UNKNOWN ? VM_UNKNOWN
                                      : VM_SUPPRESSED;
  const engine_result *lead = NULL;
  size_t count = 0;
  for (size_t k = 0; k < n; k++)
    if (v[k]->status == want && !count++) lead = v[k];
  if (st == TC_UNKNOWN || st == TC_SUPPRESSED) {
    fputs("      <skipped message=\"", out);
    if (st == TC_UNKNOWN) {
      fputs("unknown: ", out);
      xml_text(out, lead->message, true);
    } else {
      fputs("suppressed (", out);
      xml_text(out, lead->suppression_kind, true);
      fputs("): ", out);
      xml_text(out, lead->suppression, true);
    }
    fputs("\"/>\n    </testcase>\n", out);
    return;
  }
  const char *tag = st == TC_ERROR ? "error" : "failure";
  fprintf(out, "      <%s message=\"", tag);
  xml_text(out, lead->message, true);
  if (count > 1) fprintf(out, " (and %zu more)", count - 1);
  fputs("\" type=\"", out);
  xml_text(out, vm_severity_name((vm_severity)lead->severity), true);
  fputs("\">", out);
  for (size_t k = 0; k < n; k++) {
    const engine_result *f = v[k];
    if (f->status != want) continue;
    xml_text(out, f->file, false);
    fprintf(out, ":%u:%u: ", f->line, f->col);
    xml_text(out, f->message, false);
    fputc('\n', out);
  }
  fputs("resource: ", out);
  xml_text(out, first->resource, false);
  if (ru->n_refs) {
    fputs("\nrefs: ", out);
    for (uint32_t k = 0; k < ru->n_refs; k++) {
      if (k) fputs(", ", out);
      xml_text(out, ru->refs[k], false);
    }
  }
  if (ru->fix && *ru->fix) {
    fputs("\nfix: ", out);
    xml_text(out, ru->fix, false);
  }
  fprintf(out, "</%s>\n    </testcase>\n", tag);
}

/* ---- streaming: an external sort ---------------------------------------------------
 * The document groups results by (rule, file, resource) with the totals
 * first, so it can only be written once every result is in. Results are kept
 * as compact records in a chunk of at most CHUNK bytes; a full chunk is
 * sorted and written to a scratch file as a run, and at the end the runs are
 * merged (twice: the totals, then the document). Memory stays bounded by the
 * chunk and one test case, whatever the number of results. */
static size_t junit_chunk =
    1 << 20; /* CHUNK; a variable: tests/unit/test_report_junit.c spills tiny ones */

/* A result as a record: this header, then file, resource, message,
 * suppression kind and reason, each NUL-terminated. */
typedef struct rec {
  uint32_t size; /* of the whole record */
  uint32_t rule, line, col;
  uint64_t seq; /* report order: the last key */
  uint8_t status, severity;
} rec;

static const char *rec_str(const rec *r, int k) {
  const char *p = (const char *)(r + 1);
  while (k--)
    p += strlen(p) + 1;
  return p;
}

static int cmp_rec(const rec *x, const rec *y) {
  if (x->rule != y->rule) return x->rule < y->rule ? -1 : 1;
  int c = strcmp(rec_str(x, 0), rec_str(y, 0));
  if (!c) c = strcmp(rec_str(x, 1), rec_str(y, 1));
  if (c) return c;
  return x->seq < y->seq ? -1 : x->seq > y->seq;
}

static int cmp_rec_ptr(const void *a, const void *b) {
  return cmp_rec(*(const rec *const *)a, *(const rec *const *)b);
}

/* One sorted run in a scratch file, and its current record while merging. */
typedef struct run {
  FILE *f;
  rec *cur; /* NULL when exhausted, else buf */
  rec *buf; /* malloc'd, cap bytes */
  size_t cap;
} run;

typedef struct junit_out {
  FILE *out;
  char *chunk; /* records not yet in a run */
  size_t used;
  rec **idx; /* the chunk's records */
  size_t n_idx, cap_idx;
  run *runs;
  size_t n_runs, cap_runs;
  uint64_t seq;
  bool failed; /* a run could not be written */
} junit_out;

static void *junit_begin(const engine_report *r, FILE *out, const engine_report_options *o) {
  (void)r, (void)o;
  junit_out *st = base_xcalloc(1, sizeof *st);
  st->out = out;
  st->chunk = base_xmalloc(junit_chunk);
  return st;
}

/* The chunk's records, sorted, into a new run. */
static void spill(junit_out *st) {
  qsort(st->idx, st->n_idx, sizeof *st->idx, cmp_rec_ptr);
  FILE *f = base_scratch_file();
  if (!f) {
    st->failed = true;
  } else {
    for (size_t i = 0; i < st->n_idx; i++)
      fwrite(st->idx[i], 1, st->idx[i]->size, f);
    if (fflush(f) != 0 || ferror(f)) st->failed = true;
    if (st->n_runs == st->cap_runs)
      st->runs = base_grow(st->runs, &st->cap_runs, st->n_runs + 1, sizeof *st->runs);
    st->runs[st->n_runs++] = (run){f, NULL, NULL, 0};
  }
  st->used = st->n_idx = 0;
}

static void junit_results(void *state, const engine_report *r, const engine_result *res, size_t n) {
  junit_out *st = state;
  for (size_t i = 0; i < n; i++) {
    const engine_result *x = &res[i];
    if (!r->pack || x->rule >= r->pack->n_rules) continue;
    const char *s[5] = {nz(x->file), nz(x->resource), nz(x->message), nz(x->suppression_kind),
                        nz(x->suppression)};
    size_t len[5], size = sizeof(rec);
    for (int k = 0; k < 5; k++)
      size += (len[k] = strlen(s[k])) + 1;
    size = (size + 7) & ~(size_t)7; /* the next header stays aligned */
    if (st->used + size > junit_chunk && st->n_idx) spill(st);
    char *p;
    bool own = size > junit_chunk; /* a record larger than a chunk: a run of its own */
    p = own ? base_xmalloc(size) : st->chunk + st->used;
    rec *h = (rec *)p;
    *h =
        (rec){(uint32_t)size, x->rule, x->line, x->col, st->seq++, (uint8_t)x->status, x->severity};
    p += sizeof(rec);
    for (int k = 0; k < 5; k++) {
      memcpy(p, s[k], len[k] + 1);
      p += len[k] + 1;
    }
    if (st->n_idx == st->cap_idx)
      st->idx = base_grow(st->idx, &st->cap_idx, st->n_idx + 1, sizeof *st->idx);
    st->idx[st->n_idx++] = h;
    if (own) {
      spill(st);
      free(h);
    } else {
      st->used += size;
    }
  }
}

/* Reads a run's next record into run->cur (NULL at its end). */
static void run_next(junit_out *st, run *u) {
  rec h;
  if (fread(&h, sizeof h, 1, u->f) != 1) {
    u->cur = NULL;
    return;
  }
  if (!u->buf || h.size > u->cap) {
    free(u->buf);
    u->buf = base_xmalloc(u->cap = h.size);
  }
  *u->buf = h;
  u->cur = u->buf;
  if (fread(u->buf + 1, 1, h.size - sizeof h, u->f) != h.size - sizeof h) {
    st->failed = true;
    u->cur = NULL;
  }
}

/* The records in sorted order: from the one sorted chunk, or merged from
 * the runs. */
typedef struct cursor {
  junit_out *st;
  size_t i;    /* in-memory: next index */
  run *picked; /* merging: the run whose record was returned last */
} cursor;

static void cursor_start(cursor *c, junit_out *st) {
  c->st = st;
  c->i = 0;
  c->picked = NULL;
  for (size_t k = 0; k < st->n_runs; k++) {
    run *u = &st->runs[k];
    if (fseek(u->f, 0, SEEK_SET) != 0) st->failed = true;
    run_next(st, u);
  }
}

static const rec *cursor_next(cursor *c) {
  junit_out *st = c->st;
  if (!st->n_runs) return c->i < st->n_idx ? st->idx[c->i++] : NULL;
  if (c->picked) run_next(st, c->picked);
  run *best = NULL;
  for (size_t k = 0; k < st->n_runs; k++)
    if (st->runs[k].cur && (!best || cmp_rec(st->runs[k].cur, best->cur) < 0)) best = &st->runs[k];
  c->picked = best;
  return best ? best->cur : NULL;
}

/* A record as a result; its strings copied into a (they outlive the cursor). */
static engine_result rec_result(const rec *h, base_arena *a) {
  engine_result x;
  memset(&x, 0, sizeof x);
  x.rule = h->rule;
  x.line = h->line;
  x.col = h->col;
  x.status = (vm_status)h->status;
  x.severity = h->severity;
  x.file = base_arena_strdup(a, rec_str(h, 0));
  x.resource = base_arena_strdup(a, rec_str(h, 1));
  x.message = base_arena_strdup(a, rec_str(h, 2));
  x.suppression_kind = base_arena_strdup(a, rec_str(h, 3));
  x.suppression = base_arena_strdup(a, rec_str(h, 4));
  return x;
}

/* One test case at a time: its results (in report order). */
typedef struct case_buf {
  base_arena arena;
  engine_result *res;
  const engine_result **ptr;
  size_t n, cap, cap_ptr;
} case_buf;

/* Reads the next test case into cb (false at the end); *look is the record
 * read ahead (the first of the next case). */
static bool next_case(cursor *c, const rec **look, case_buf *cb) {
  base_arena_reset(&cb->arena);
  cb->n = 0;
  if (!*look) return false;
  do {
    if (cb->n == cb->cap) cb->res = base_grow(cb->res, &cb->cap, cb->n + 1, sizeof *cb->res);
    cb->res[cb->n++] = rec_result(*look, &cb->arena);
    *look = cursor_next(c);
  } while (*look && (*look)->rule == cb->res[0].rule &&
           !strcmp(rec_str(*look, 0), cb->res[0].file) &&
           !strcmp(rec_str(*look, 1), cb->res[0].resource));
  if (cb->n > cb->cap_ptr) cb->ptr = base_grow(cb->ptr, &cb->cap_ptr, cb->n, sizeof *cb->ptr);
  for (size_t i = 0; i < cb->n; i++)
    cb->ptr[i] = &cb->res[i];
  return true;
}

typedef struct counts {
  size_t t, f, e, s;
} counts;

static void count_case(counts *k, int st) {
  k->t++;
  k->f += st == TC_FAIL;
  k->e += st == TC_ERROR;
  k->s += st == TC_UNKNOWN || st == TC_SUPPRESSED;
}

static int write_junit(junit_out *st, const engine_report *r) {
  FILE *out = st->out;
  if (st->n_runs && st->n_idx) spill(st); /* everything in runs, or all in memory */
  if (st->failed) return -1;              /* records were lost: no document at all */
  if (!st->n_runs) qsort(st->idx, st->n_idx, sizeof *st->idx, cmp_rec_ptr);
  uint32_t n_rules = r->pack ? r->pack->n_rules : 0;
  counts *per = base_xcalloc(n_rules + 1, sizeof *per), all = {0};
  case_buf cb;
  memset(&cb, 0, sizeof cb);
  base_arena_init(&cb.arena);
  cursor c;
  /* pass 1: the totals the elements carry */
  cursor_start(&c, st);
  const rec *look = cursor_next(&c);
  while (next_case(&c, &look, &cb)) {
    int s = case_state(cb.ptr, cb.n);
    count_case(&per[cb.res[0].rule], s);
    count_case(&all, s);
  }
  all.t += r->n_errors;
  all.e += r->n_errors;

  fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", out);
  fprintf(out,
          "<testsuites name=\"vigil\" tests=\"%zu\" failures=\"%zu\" errors=\"%zu\" "
          "skipped=\"%zu\">\n",
          all.t, all.f, all.e, all.s);
  /* pass 2: the document */
  cursor_start(&c, st);
  look = cursor_next(&c);
  uint32_t open = UINT32_MAX;
  while (next_case(&c, &look, &cb)) {
    uint32_t rule = cb.res[0].rule;
    if (rule != open) {
      if (open != UINT32_MAX) fputs("  </testsuite>\n", out);
      open = rule;
      fputs("  <testsuite name=\"", out);
      xml_text(out, r->pack->rules[rule].id, true);
      fprintf(out, "\" tests=\"%zu\" failures=\"%zu\" errors=\"%zu\" skipped=\"%zu\">\n",
              per[rule].t, per[rule].f, per[rule].e, per[rule].s);
    }
    write_case(r, out, cb.ptr, cb.n);
  }
  if (open != UINT32_MAX) fputs("  </testsuite>\n", out);
  free(per);
  free(cb.res);
  free(cb.ptr);
  base_arena_free(&cb.arena);
  if (r->n_errors) {
    fprintf(out,
            "  <testsuite name=\"vigil.parse-errors\" tests=\"%zu\" failures=\"0\" "
            "errors=\"%zu\" skipped=\"0\">\n",
            r->n_errors, r->n_errors);
    for (size_t i = 0; i < r->n_errors; i++) {
      const engine_file_error *e = &r->errors[i];
      fputs("    <testcase classname=\"vigil.parse\" name=\"", out);
      xml_text(out, e->file, true);
      fputs("\" file=\"", out);
      xml_text(out, e->file, true);
      fputs("\">\n      <error message=\"", out);
      xml_text(out, e->message, true);
      fputs("\" type=\"parse\">", out);
      xml_text(out, e->file, false);
      fprintf(out, ":%u:%u: ", e->line, e->col);
      xml_text(out, e->message, false);
      fputs("</error>\n    </testcase>\n", out);
    }
    fputs("  </testsuite>\n", out);
  }
  fputs("</testsuites>\n", out);
  return ferror(out) || st->failed ? -1 : 0;
}

static void junit_discard(void *state) {
  junit_out *st = state;
  for (size_t k = 0; k < st->n_runs; k++) {
    fclose(st->runs[k].f);
    free(st->runs[k].buf);
  }
  free(st->runs);
  free(st->idx);
  free(st->chunk);
  free(st);
}

static int junit_end(void *state, const engine_report *r) {
  int rc = write_junit(state, r);
  junit_discard(state);
  return rc;
}

const engine_writer_ops engine_writer_junit = {"junit",   true, junit_begin, junit_results,
                                               junit_end, NULL, NULL,        junit_discard};
