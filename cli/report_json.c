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
 * are valid UTF-8 already (the scan engine cleans them). */
#include <cjson/cJSON.h>
#include <stdbool.h>
#include <stdlib.h>

#include "report.h"

static cJSON *num(size_t n) {
  return cJSON_CreateNumber((double)n);
}

static const char *s_or_empty(const char *s) {
  return s ? s : "";
}

static cJSON *result_json(const cli_report *r, const cli_result *res) {
  cJSON *o = cJSON_CreateObject();
  const vm_rule *rule = cli_result_rule(r, res);
  cJSON_AddStringToObject(o, "rule", cli_result_rule_id(r, res));
  cJSON *refs = cJSON_AddArrayToObject(o, "refs");
  for (uint32_t i = 0; rule && i < rule->n_refs; i++)
    cJSON_AddItemToArray(refs, cJSON_CreateString(rule->refs[i]));
  cJSON_AddStringToObject(o, "severity", vm_severity_name((vm_severity)res->severity));
  cJSON_AddStringToObject(o, "status", vm_status_name(res->status));
  cJSON_AddStringToObject(o, "file", s_or_empty(res->file));
  cJSON_AddItemToObject(o, "line", num(res->line));
  cJSON_AddItemToObject(o, "column", num(res->col));
  cJSON_AddStringToObject(o, "resource", s_or_empty(res->resource));
  cJSON_AddStringToObject(o, "message", s_or_empty(res->message));
  if (res->status == VM_SUPPRESSED) {
    cJSON *s = cJSON_AddObjectToObject(o, "suppression");
    cJSON_AddStringToObject(s, "kind", s_or_empty(res->suppression_kind));
    cJSON_AddStringToObject(s, "reason", s_or_empty(res->suppression));
  }
  return o;
}

static cJSON *located(const char *file, uint32_t line, uint32_t col, const char *msg) {
  cJSON *o = cJSON_CreateObject();
  cJSON_AddStringToObject(o, "file", s_or_empty(file));
  cJSON_AddItemToObject(o, "line", num(line));
  cJSON_AddItemToObject(o, "column", num(col));
  cJSON_AddStringToObject(o, "message", s_or_empty(msg));
  return o;
}

static bool is_scalar(const cJSON *v) {
  return !cJSON_IsArray(v) && !cJSON_IsObject(v);
}

static int emit(FILE *out, const cJSON *v, int depth);

static int emit_scalar(FILE *out, const cJSON *v) {
  char *t = cJSON_PrintUnformatted(v); /* cJSON's escaping and number format */
  if (!t) return -1;
  fputs(t, out);
  free(t);
  return 0;
}

/* jq-style layout (two spaces, one key per line) rather than cJSON_Print's
 * tabs; arrays of scalars (refs) stay on one line. Deterministic bytes. */
static int emit(FILE *out, const cJSON *v, int depth) {
  if (is_scalar(v)) return emit_scalar(out, v);
  bool obj = cJSON_IsObject(v);
  const cJSON *c = v->child;
  if (!c) {
    fputs(obj ? "{}" : "[]", out);
    return 0;
  }
  bool flat = !obj;
  for (const cJSON *k = c; flat && k; k = k->next)
    flat = is_scalar(k);
  if (flat) {
    fputc('[', out);
    for (const cJSON *k = c; k; k = k->next) {
      if (emit_scalar(out, k)) return -1;
      if (k->next) fputs(", ", out);
    }
    fputc(']', out);
    return 0;
  }
  fputs(obj ? "{\n" : "[\n", out);
  for (const cJSON *k = c; k; k = k->next) {
    fprintf(out, "%*s", 2 * (depth + 1), "");
    if (obj) {
      cJSON key = {.type = cJSON_String, .valuestring = k->string};
      if (emit_scalar(out, &key)) return -1;
      fputs(": ", out);
    }
    if (emit(out, k, depth + 1)) return -1;
    fputs(k->next ? ",\n" : "\n", out);
  }
  fprintf(out, "%*s%c", 2 * depth, "", obj ? '}' : ']');
  return 0;
}

/* Writes `"key": ` at depth 1 (two spaces), for the streamed top level. */
static int key(FILE *out, const char *k) {
  cJSON tmp = {.type = cJSON_String, .valuestring = (char *)k};
  fputs("  ", out);
  if (emit_scalar(out, &tmp)) return -1;
  fputs(": ", out);
  return 0;
}

/* Emits one element of a top-level array and frees it: the report is streamed
 * item by item, so memory does not grow with a second copy of the results. */
static int item(FILE *out, cJSON *v, bool first) {
  fputs(first ? "\n    " : ",\n    ", out);
  int rc = emit(out, v, 2);
  cJSON_Delete(v);
  return rc;
}

static void close_array(FILE *out, size_t n, bool last) {
  fputs(n ? "\n  ]" : "]", out);
  fputs(last ? "\n" : ",\n", out);
}

int cli_report_json(const cli_report *r, FILE *out, const cli_report_options *o) {
  int rc = 0;
  fputs("{\n", out);
  rc |= key(out, "vigil");
  cJSON *v = cJSON_CreateString(o && o->version ? o->version : "");
  rc |= emit_scalar(out, v);
  cJSON_Delete(v);
  fputs(",\n", out);
  rc |= key(out, "pack");
  v = cJSON_CreateString(r->pack ? r->pack->digest : "");
  rc |= emit_scalar(out, v);
  cJSON_Delete(v);
  fputs(",\n", out);

  const cli_summary *m = &r->summary;
  cJSON *s = cJSON_CreateObject();
  cJSON_AddItemToObject(s, "files", num(m->files));
  cJSON_AddItemToObject(s, "resources", num(m->resources));
  cJSON_AddItemToObject(s, "pass", num(m->pass));
  cJSON_AddItemToObject(s, "fail", num(m->fail));
  cJSON_AddItemToObject(s, "unknown", num(m->unknown));
  cJSON_AddItemToObject(s, "errors", num(m->errors));
  cJSON_AddItemToObject(s, "skipped", num(m->skipped));
  cJSON_AddItemToObject(s, "suppressed", num(m->suppressed));
  cJSON_AddItemToObject(s, "scanned", num(m->scanned));
  cJSON_AddItemToObject(s, "failed", num(m->failed));
  rc |= key(out, "summary");
  rc |= emit(out, s, 1);
  cJSON_Delete(s);
  fputs(",\n", out);

  rc |= key(out, "results");
  fputc('[', out);
  for (size_t i = 0; i < r->n_results && !rc; i++)
    rc |= item(out, result_json(r, &r->results[i]), i == 0);
  close_array(out, r->n_results, false);

  rc |= key(out, "errors");
  fputc('[', out);
  for (size_t i = 0; i < r->n_errors && !rc; i++) {
    const cli_file_error *e = &r->errors[i];
    rc |= item(out, located(e->file, e->line, e->col, e->message), i == 0);
  }
  close_array(out, r->n_errors, false);

  rc |= key(out, "skipped");
  fputc('[', out);
  for (size_t i = 0; i < r->n_skipped && !rc; i++) {
    cJSON *k = cJSON_CreateObject();
    cJSON_AddStringToObject(k, "file", s_or_empty(r->skipped[i].file));
    cJSON_AddStringToObject(k, "reason", s_or_empty(r->skipped[i].reason));
    rc |= item(out, k, i == 0);
  }
  close_array(out, r->n_skipped, false);

  rc |= key(out, "warnings");
  fputc('[', out);
  for (size_t i = 0; i < r->n_warnings && !rc; i++) {
    const cli_warning *w = &r->warnings[i];
    rc |= item(out, located(w->file, w->line, w->col, w->message), i == 0);
  }
  close_array(out, r->n_warnings, true);
  fputs("}\n", out);
  return rc || ferror(out) ? -1 : 0;
}
