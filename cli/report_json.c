/* report_json.c — the machine format, a contract other tools rely on
 * (docs/cli.md documents it; golden tests pin it):
 *
 *   {"vigil": VERSION, "pack": "sha256:...",
 *    "results": [{"rule", "refs", "severity", "status", "file", "line", "column",
 *                 "resource", "message"[, "suppression": {"kind", "reason"}]}],
 *    "errors": [{"file", "line", "column", "message"}],
 *    "skipped": [{"file", "reason"}],
 *    "warnings": [{"file", "line", "column", "message"}],
 *    "summary": {"files", "resources", "pass", "fail", "unknown", "errors",
 *                "skipped", "suppressed", "scanned", "failed"}}
 *
 * Every (rule, resource) evaluation is a result, passes included, in report
 * order. New keys may be added; existing keys never change meaning. Strings
 * are valid UTF-8 already (the scan engine cleans them).
 *
 * A streaming writer (report.h): results are written as the scan hands them
 * over, and the summary, known only at the end, comes last. Written straight
 * to the stream, one result at a time: no tree of the report, no allocation
 * per value (a cJSON tree per result was half of a 1,000-rule scan). The layout is jq's: two-space
 * indent, one key per line, arrays of strings (refs) on one line; escaping as cJSON's (\" \\ \b \f
 * \n \r \t, other control characters \u00xx, everything else as is). */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "report.h"

/* Output buffered here and handed to stdio in 64 KiB blocks: one fwrite per
 * block instead of one locked stdio call per token. */
typedef struct jout {
  FILE *f;
  size_t n;
  size_t n_results; /* written so far: the separator before the next */
  bool top_first;   /* no top-level key written yet */
  char buf[1 << 16];
} jout;

static void jflush(jout *o) {
  if (o->n) fwrite(o->buf, 1, o->n, o->f);
  o->n = 0;
}

static void jput(jout *o, const char *s, size_t n) {
  if (o->n + n > sizeof o->buf) {
    jflush(o);
    if (n > sizeof o->buf) { /* a huge string: straight through */
      fwrite(s, 1, n, o->f);
      return;
    }
  }
  memcpy(o->buf + o->n, s, n);
  o->n += n;
}

#define JLIT(o, lit) jput((o), lit, sizeof lit - 1)

/* The report nests four levels deep; 16 spaces cover eight. */
static void jindent(jout *o, int depth) {
  static const char spaces[] = "                ";
  jput(o, spaces,
       (size_t)(2 * depth) < sizeof spaces - 1 ? (size_t)(2 * depth) : sizeof spaces - 1);
}

static void jstr(jout *o, const char *s) {
  const unsigned char *p = (const unsigned char *)(s ? s : ""), *run = p;
  JLIT(o, "\"");
  for (;; p++) {
    unsigned char c = *p;
    if (c > 31 && c != '"' && c != '\\') continue;
    if (p > run) jput(o, (const char *)run, (size_t)(p - run));
    if (!c) break;
    switch (c) {
    case '"': JLIT(o, "\\\""); break;
    case '\\': JLIT(o, "\\\\"); break;
    case '\b': JLIT(o, "\\b"); break;
    case '\f': JLIT(o, "\\f"); break;
    case '\n': JLIT(o, "\\n"); break;
    case '\r': JLIT(o, "\\r"); break;
    case '\t': JLIT(o, "\\t"); break;
    default: {
      char u[8];
      snprintf(u, sizeof u, "\\u%04x", c);
      jput(o, u, 6);
      break;
    }
    }
    run = p + 1;
  }
  JLIT(o, "\"");
}

static void jnum(jout *o, size_t n) {
  char d[24];
  size_t i = sizeof d;
  do {
    d[--i] = (char)('0' + n % 10);
    n /= 10;
  } while (n);
  jput(o, d + i, sizeof d - i);
}

/* Starts the next member of an object at `depth`: `"key": ` on its own line. */
static void jkey(jout *o, int depth, const char *k, bool *first) {
  if (*first)
    JLIT(o, "\n");
  else
    JLIT(o, ",\n");
  *first = false;
  jindent(o, depth);
  jstr(o, k);
  JLIT(o, ": ");
}

static void jkey_str(jout *o, int depth, const char *k, const char *v, bool *first) {
  jkey(o, depth, k, first);
  jstr(o, v);
}

static void jkey_num(jout *o, int depth, const char *k, size_t v, bool *first) {
  jkey(o, depth, k, first);
  jnum(o, v);
}

/* Closes an object whose members were at `depth`. */
static void jclose(jout *o, int depth) {
  JLIT(o, "\n");
  jindent(o, depth - 1);
  JLIT(o, "}");
}

static void write_result(jout *out, const cli_report *r, const cli_result *res) {
  const vm_rule *rule = cli_result_rule(r, res);
  bool first = true;
  JLIT(out, "{");
  jkey_str(out, 3, "rule", cli_result_rule_id(r, res), &first);
  jkey(out, 3, "refs", &first);
  JLIT(out, "[");
  for (uint32_t i = 0; rule && i < rule->n_refs; i++) {
    if (i) JLIT(out, ", ");
    jstr(out, rule->refs[i]);
  }
  JLIT(out, "]");
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
    JLIT(out, "{");
    jkey_str(out, 4, "kind", res->suppression_kind, &sfirst);
    jkey_str(out, 4, "reason", res->suppression, &sfirst);
    jclose(out, 4);
  }
  jclose(out, 3);
}

static void write_located(jout *out, const char *file, uint32_t line, uint32_t col,
                          const char *msg) {
  bool first = true;
  JLIT(out, "{");
  jkey_str(out, 3, "file", file, &first);
  jkey_num(out, 3, "line", line, &first);
  jkey_num(out, 3, "column", col, &first);
  jkey_str(out, 3, "message", msg, &first);
  jclose(out, 3);
}

/* Separates the elements of a top-level array (members at depth 2). */
static void element(jout *out, size_t i) {
  if (i)
    JLIT(out, ",\n    ");
  else
    JLIT(out, "\n    ");
}

static void close_array(jout *out, size_t n) {
  if (n)
    JLIT(out, "\n  ]");
  else
    JLIT(out, "]");
}

static void *json_begin(const cli_report *r, FILE *f, const cli_report_options *o) {
  jout *out = malloc(sizeof *out);
  if (!out) abort();
  out->f = f;
  out->n = 0;
  out->n_results = 0;
  out->top_first = true;
  JLIT(out, "{");
  jkey_str(out, 1, "vigil", o && o->version ? o->version : "", &out->top_first);
  jkey_str(out, 1, "pack", r->pack ? r->pack->digest : "", &out->top_first);
  jkey(out, 1, "results", &out->top_first);
  JLIT(out, "[");
  return out;
}

static void json_results(void *st, const cli_report *r, const cli_result *res, size_t n) {
  jout *out = st;
  for (size_t i = 0; i < n; i++) {
    element(out, out->n_results++);
    write_result(out, r, &res[i]);
  }
}

static int json_end(void *st, const cli_report *r) {
  jout *out = st;
  bool *first = &out->top_first;
  close_array(out, out->n_results);

  jkey(out, 1, "errors", first);
  JLIT(out, "[");
  for (size_t i = 0; i < r->n_errors; i++) {
    const cli_file_error *e = &r->errors[i];
    element(out, i);
    write_located(out, e->file, e->line, e->col, e->message);
  }
  close_array(out, r->n_errors);

  jkey(out, 1, "skipped", first);
  JLIT(out, "[");
  for (size_t i = 0; i < r->n_skipped; i++) {
    bool kfirst = true;
    element(out, i);
    JLIT(out, "{");
    jkey_str(out, 3, "file", r->skipped[i].file, &kfirst);
    jkey_str(out, 3, "reason", r->skipped[i].reason, &kfirst);
    jclose(out, 3);
  }
  close_array(out, r->n_skipped);

  jkey(out, 1, "warnings", first);
  JLIT(out, "[");
  for (size_t i = 0; i < r->n_warnings; i++) {
    const cli_warning *w = &r->warnings[i];
    element(out, i);
    write_located(out, w->file, w->line, w->col, w->message);
  }
  close_array(out, r->n_warnings);

  const cli_summary *m = &r->summary;
  bool sfirst = true;
  jkey(out, 1, "summary", first);
  JLIT(out, "{");
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
  JLIT(out, "\n}\n");
  jflush(out);
  FILE *f = out->f;
  free(out);
  return ferror(f) ? -1 : 0;
}

const cli_writer_ops cli_writer_json = {"json", true, json_begin, json_results, json_end};
