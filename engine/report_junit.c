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

static int cmp_str(const char *a, const char *b) {
  return strcmp(nz(a), nz(b));
}

/* group key order: rule, file, resource, then report order (the results are
 * one array, so comparing the pointers keeps the sort stable) */
static int cmp_group(const void *pa, const void *pb) {
  const engine_result *x = *(const engine_result *const *)pa,
                      *y = *(const engine_result *const *)pb;
  if (x->rule != y->rule) return x->rule < y->rule ? -1 : 1;
  int c = cmp_str(x->file, y->file);
  if (!c) c = cmp_str(x->resource, y->resource);
  if (c) return c;
  return x < y ? -1 : x > y;
}

static bool same_case(const engine_result *x, const engine_result *y) {
  return x->rule == y->rule && !cmp_str(x->file, y->file) && !cmp_str(x->resource, y->resource);
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

static int write_junit(const engine_report *r, FILE *out, const engine_report_options *o) {
  (void)o;
  size_t n = 0;
  const engine_result **v = malloc((r->n_results + 1) * sizeof *v);
  if (!v) return -1;
  for (size_t i = 0; i < r->n_results; i++)
    if (r->pack && r->results[i].rule < r->pack->n_rules) v[n++] = &r->results[i];
  qsort(v, n, sizeof *v, cmp_group);

  /* totals first: the root element carries them */
  size_t tests = 0, failures = 0, errors = 0, skipped = 0;
  for (size_t i = 0, j; i < n; i = j) {
    for (j = i + 1; j < n && same_case(v[i], v[j]); j++) {
    }
    int st = case_state(v + i, j - i);
    tests++;
    failures += st == TC_FAIL;
    errors += st == TC_ERROR;
    skipped += st == TC_UNKNOWN || st == TC_SUPPRESSED;
  }
  tests += r->n_errors;
  errors += r->n_errors;

  fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", out);
  fprintf(out,
          "<testsuites name=\"vigil\" tests=\"%zu\" failures=\"%zu\" errors=\"%zu\" "
          "skipped=\"%zu\">\n",
          tests, failures, errors, skipped);
  for (size_t i = 0, end; i < n; i = end) {
    uint32_t rule = v[i]->rule;
    for (end = i; end < n && v[end]->rule == rule; end++) {
    }
    size_t t = 0, f = 0, e = 0, s = 0;
    for (size_t a = i, b; a < end; a = b) {
      for (b = a + 1; b < end && same_case(v[a], v[b]); b++) {
      }
      int st = case_state(v + a, b - a);
      t++;
      f += st == TC_FAIL;
      e += st == TC_ERROR;
      s += st == TC_UNKNOWN || st == TC_SUPPRESSED;
    }
    fputs("  <testsuite name=\"", out);
    xml_text(out, r->pack->rules[rule].id, true);
    fprintf(out, "\" tests=\"%zu\" failures=\"%zu\" errors=\"%zu\" skipped=\"%zu\">\n", t, f, e, s);
    for (size_t a = i, b; a < end; a = b) {
      for (b = a + 1; b < end && same_case(v[a], v[b]); b++) {
      }
      write_case(r, out, v + a, b - a);
    }
    fputs("  </testsuite>\n", out);
  }
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
  free(v);
  return ferror(out) ? -1 : 0;
}

/* Not a streaming writer: the whole document is written at the end from the
 * collected results. */
static int junit_end(void *st, const engine_report *r) {
  return engine_whole_end(st, r, write_junit);
}

const engine_writer_ops engine_writer_junit = {"junit", ENGINE_KEEP_ALL, engine_whole_begin,
                                               engine_whole_results, junit_end};
