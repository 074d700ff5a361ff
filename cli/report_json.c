/* report_json.c — the machine format, a contract other tools rely on
 * (docs/cli.md documents it; golden tests pin it):
 *
 *   {"vigil": VERSION, "pack": "sha256:...",
 *    "summary": {"files", "resources", "pass", "fail", "unknown", "errors",
 *                "skipped", "suppressed", "scanned", "failed"},
 *    "results": [{"rule", "refs", "severity", "status", "file", "line", "column",
 *                 "resource", "message"[, "suppression": {"kind", "reason"}]}],
 *    "errors": [{"file", "line", "column", "message"}],
 *    "skipped": [{"file", "reason"}],
 *    "warnings": [{"file", "line", "column", "message"}]}
 *
 * Every (rule, resource) evaluation is a result, passes included, in report
 * order. New keys may be added; existing keys never change meaning. Strings
 * are valid UTF-8 already (the scan engine cleans them).
 *
 * Written straight to the stream, one result at a time: no tree of the
 * report, no allocation per value (a cJSON tree per result was half of a
 * 1,000-rule scan). The layout is jq's: two-space indent, one key per line,
 * arrays of strings (refs) on one line; escaping as cJSON's (\" \\ \b \f
 * \n \r \t, other control characters \u00xx, everything else as is). */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "report.h"

static void jstr(FILE *out, const char *s) {
  const unsigned char *p = (const unsigned char *)(s ? s : ""), *run = p;
  putc('"', out);
  for (;; p++) {
    unsigned char c = *p;
    if (c > 31 && c != '"' && c != '\\') continue;
    if (p > run) fwrite(run, 1, (size_t)(p - run), out);
    if (!c) break;
    switch (c) {
    case '"': fputs("\\\"", out); break;
    case '\\': fputs("\\\\", out); break;
    case '\b': fputs("\\b", out); break;
    case '\f': fputs("\\f", out); break;
    case '\n': fputs("\\n", out); break;
    case '\r': fputs("\\r", out); break;
    case '\t': fputs("\\t", out); break;
    default: fprintf(out, "\\u%04x", c); break;
    }
    run = p + 1;
  }
  putc('"', out);
}

static void jnum(FILE *out, size_t n) {
  fprintf(out, "%zu", n);
}

/* Starts the next member of an object at `depth`: `"key": ` on its own line. */
static void jkey(FILE *out, int depth, const char *k, bool *first) {
  fputs(*first ? "\n" : ",\n", out);
  *first = false;
  fprintf(out, "%*s", 2 * depth, "");
  jstr(out, k);
  fputs(": ", out);
}

static void jkey_str(FILE *out, int depth, const char *k, const char *v, bool *first) {
  jkey(out, depth, k, first);
  jstr(out, v);
}

static void jkey_num(FILE *out, int depth, const char *k, size_t v, bool *first) {
  jkey(out, depth, k, first);
  jnum(out, v);
}

/* Closes an object whose members were at `depth`. */
static void jclose(FILE *out, int depth) {
  fprintf(out, "\n%*s}", 2 * (depth - 1), "");
}

static void write_result(FILE *out, const cli_report *r, const cli_result *res) {
  const vm_rule *rule = cli_result_rule(r, res);
  bool first = true;
  fputc('{', out);
  jkey_str(out, 3, "rule", cli_result_rule_id(r, res), &first);
  jkey(out, 3, "refs", &first);
  fputc('[', out);
  for (uint32_t i = 0; rule && i < rule->n_refs; i++) {
    if (i) fputs(", ", out);
    jstr(out, rule->refs[i]);
  }
  fputc(']', out);
  jkey_str(out, 3, "severity", vm_severity_name((vm_severity)res->severity), &first);
  jkey_str(out, 3, "status", vm_status_name(res->status), &first);
  jkey_str(out, 3, "file", res->file, &first);
  jkey_num(out, 3, "line", res->line, &first);
  jkey_num(out, 3, "column", res->col, &first);
  jkey_str(out, 3, "resource", res->resource, &first);
  jkey_str(out, 3, "message", res->message, &first);
  if (res->status == VM_SUPPRESSED) {
    bool sfirst = true;
    jkey(out, 3, "suppression", &first);
    fputc('{', out);
    jkey_str(out, 4, "kind", res->suppression_kind, &sfirst);
    jkey_str(out, 4, "reason", res->suppression, &sfirst);
    jclose(out, 4);
  }
  jclose(out, 3);
}

static void write_located(FILE *out, const char *file, uint32_t line, uint32_t col,
                          const char *msg) {
  bool first = true;
  fputc('{', out);
  jkey_str(out, 3, "file", file, &first);
  jkey_num(out, 3, "line", line, &first);
  jkey_num(out, 3, "column", col, &first);
  jkey_str(out, 3, "message", msg, &first);
  jclose(out, 3);
}

/* Separates the elements of a top-level array (members at depth 2). */
static void element(FILE *out, size_t i) {
  fputs(i ? ",\n    " : "\n    ", out);
}

static void close_array(FILE *out, size_t n) {
  fputs(n ? "\n  ]" : "]", out);
}

int cli_report_json(const cli_report *r, FILE *out, const cli_report_options *o) {
  bool first = true;
  fputc('{', out);
  jkey_str(out, 1, "vigil", o && o->version ? o->version : "", &first);
  jkey_str(out, 1, "pack", r->pack ? r->pack->digest : "", &first);

  const cli_summary *m = &r->summary;
  bool sfirst = true;
  jkey(out, 1, "summary", &first);
  fputc('{', out);
  jkey_num(out, 2, "files", m->files, &sfirst);
  jkey_num(out, 2, "resources", m->resources, &sfirst);
  jkey_num(out, 2, "pass", m->pass, &sfirst);
  jkey_num(out, 2, "fail", m->fail, &sfirst);
  jkey_num(out, 2, "unknown", m->unknown, &sfirst);
  jkey_num(out, 2, "errors", m->errors, &sfirst);
  jkey_num(out, 2, "skipped", m->skipped, &sfirst);
  jkey_num(out, 2, "suppressed", m->suppressed, &sfirst);
  jkey_num(out, 2, "scanned", m->scanned, &sfirst);
  jkey_num(out, 2, "failed", m->failed, &sfirst);
  jclose(out, 2);

  jkey(out, 1, "results", &first);
  fputc('[', out);
  for (size_t i = 0; i < r->n_results; i++) {
    element(out, i);
    write_result(out, r, &r->results[i]);
  }
  close_array(out, r->n_results);

  jkey(out, 1, "errors", &first);
  fputc('[', out);
  for (size_t i = 0; i < r->n_errors; i++) {
    const cli_file_error *e = &r->errors[i];
    element(out, i);
    write_located(out, e->file, e->line, e->col, e->message);
  }
  close_array(out, r->n_errors);

  jkey(out, 1, "skipped", &first);
  fputc('[', out);
  for (size_t i = 0; i < r->n_skipped; i++) {
    bool kfirst = true;
    element(out, i);
    fputc('{', out);
    jkey_str(out, 3, "file", r->skipped[i].file, &kfirst);
    jkey_str(out, 3, "reason", r->skipped[i].reason, &kfirst);
    jclose(out, 3);
  }
  close_array(out, r->n_skipped);

  jkey(out, 1, "warnings", &first);
  fputc('[', out);
  for (size_t i = 0; i < r->n_warnings; i++) {
    const cli_warning *w = &r->warnings[i];
    element(out, i);
    write_located(out, w->file, w->line, w->col, w->message);
  }
  close_array(out, r->n_warnings);
  fputs("\n}\n", out);
  return ferror(out) ? -1 : 0;
}
