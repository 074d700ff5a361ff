/* report_sarif.c — SARIF 2.1.0 for code-scanning dashboards (GitHub, GitLab, Azure).
 *
 * What goes in (docs/ci.md has the user-facing version):
 *   - tool.driver.rules: every rule of the pack, in pack order, so ruleIndex is
 *     the pack's rule index. security-severity (a string, as GitHub wants it) is
 *     derived from the rule's effective severity: critical 9.5, high 8.0,
 *     medium 5.5, low 3.0, info 0.0 — GitHub buckets ≥9.0 critical, ≥7.0 high,
 *     ≥4.0 medium, >0 low.
 *   - results: only fail, unknown and suppressed results (passes would drown a
 *     dashboard). level: error for critical/high failures, warning for
 *     medium/low, note for info and for every unknown. Suppressed results keep
 *     their severity's level and carry `suppressions` (inSource for comments and
 *     template Metadata, external for config and baseline), which GitHub shows
 *     as dismissed rather than open.
 *   - partialFingerprints {"vigil/v1": ...} (fingerprint.h): stable across
 *     line shifts.
 *   - invocations[0].toolExecutionNotifications: parse errors (level error),
 *     rule runtime errors (error) and warnings such as unused suppressions.
 * URIs are relative to the scan root with uriBaseId %SRCROOT%; run vigil from
 * the repository root so they match the checkout. They are RFC 3986 relative
 * references, percent-encoded (escape.h) so they decode back to the very
 * bytes of the path: `a b#c?.yaml` is `a%20b%23c%3F.yaml`.
 *   - Links are absolute, as `sarif-multitool validate` requires: a rule's
 *     helpUri is the docs base URL (engine_report_options.docs_url) joined
 *     with its `docs` path (less a leading "docs/"), informationUri is the base
 *     joined with "cli.md". A rule's `name` is its id in PascalCase
 *     (AWS_ECR_SCAN -> AwsEcrScan), omitted when that equals the id. */
#include <cjson/cJSON.h>
#include <stdlib.h>
#include <string.h>

#include "escape.h"
#include "alloc.h"
#include "fingerprint.h"
#include "report.h"
#include "value.h"
#include "utf8.h"

#define SARIF_SCHEMA "https://json.schemastore.org/sarif-2.1.0.json"

static const char *security_severity(int sev) {
  switch (sev) {
  case VM_SEV_CRITICAL: return "9.5";
  case VM_SEV_HIGH: return "8.0";
  case VM_SEV_MEDIUM: return "5.5";
  case VM_SEV_LOW: return "3.0";
  default: return "0.0";
  }
}

static const char *level_for(int sev) {
  if (sev >= VM_SEV_HIGH) return "error";
  if (sev >= VM_SEV_LOW) return "warning";
  return "note";
}

/* cJSON copies bytes verbatim; a scanner quotes hostile input, so every string
 * is made valid UTF-8 (invalid bytes become U+FFFD) before it reaches the JSON. */
static cJSON *add_str(cJSON *obj, const char *key, const char *val) {
  char *c = base_utf8_clean_dup(val);
  cJSON *item = cJSON_AddStringToObject(obj, key, c ? c : "");
  free(c);
  return item;
}

static cJSON *text_obj(cJSON *parent, const char *key, const char *text) {
  cJSON *o = cJSON_AddObjectToObject(parent, key);
  add_str(o, "text", text);
  return o;
}

static void add_location(cJSON *locs, const char *file, uint32_t line, uint32_t col) {
  cJSON *loc = cJSON_CreateObject();
  cJSON *phys = cJSON_AddObjectToObject(loc, "physicalLocation");
  cJSON *art = cJSON_AddObjectToObject(phys, "artifactLocation");
  char *uri = engine_uri_encode_path(file);
  cJSON_AddStringToObject(art, "uri", uri); /* ASCII by construction */
  free(uri);
  cJSON_AddStringToObject(art, "uriBaseId", "%SRCROOT%");
  if (line > 0) { /* SARIF regions are 1-based; a whole-file error has none */
    cJSON *reg = cJSON_AddObjectToObject(phys, "region");
    cJSON_AddNumberToObject(reg, "startLine", line);
    if (col > 0) cJSON_AddNumberToObject(reg, "startColumn", col);
  }
  cJSON_AddItemToArray(locs, loc);
}

/* The severity each rule shows: its results' effective severity (config may
 * override it per rule), else the pack's. One pass over the results; a
 * streamed report that kept only findings says it in r->rule_severity. */
static uint8_t *rule_severities(const engine_report *r) {
  uint32_t n = r->pack ? r->pack->n_rules : 0;
  uint8_t *sev = malloc(n + 1);
  if (!sev) abort();
  for (uint32_t i = 0; i < n; i++)
    sev[i] = r->rule_severity && r->rule_severity[i] != 0xFF ? r->rule_severity[i]
                                                             : r->pack->rules[i].severity;
  if (!r->rule_severity) {
    bool *seen = calloc(n + 1, sizeof *seen);
    if (!seen) abort();
    for (size_t i = 0; i < r->n_results; i++) {
      uint32_t k = r->results[i].rule;
      if (k < n && !seen[k]) {
        seen[k] = true;
        sev[k] = r->results[i].severity;
      }
    }
    free(seen);
  }
  return sev;
}

/* An absolute link for a docs path: kept when it has a scheme already, else
 * joined to the base ("docs/rules/X.md" -> BASE "rules/X.md"). */
static const char *doc_link(const char *base, const char *docs, base_arena *tmp) {
  const char *p = docs;
  while ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
         *p == '+' || *p == '-' || *p == '.')
    p++;
  if (p != docs && *p == ':') return docs;
  while (docs[0] == '.' && docs[1] == '/')
    docs += 2;
  if (!strncmp(docs, "docs/", 5)) docs += 5;
  while (*docs == '/')
    docs++;
  size_t n = strlen(base);
  return base_arena_printf(tmp, "%s%s%s", base, n && base[n - 1] == '/' ? "" : "/", docs);
}

/* AWS_ECR_SCAN_ON_PUSH -> AwsEcrScanOnPush: a name a reader can take in,
 * distinct from the opaque id (SARIF 3.49.7). */
static const char *rule_name(const char *id, base_arena *tmp) {
  char *o = base_arena_strdup(tmp, id), *p = o;
  bool start = true;
  for (const char *s = id; *s; s++) {
    if (*s == '_' || *s == '-' || *s == '.') {
      start = true;
      continue;
    }
    char c = *s;
    if (c >= 'a' && c <= 'z' && start) c = (char)(c - 32);
    if (c >= 'A' && c <= 'Z' && !start) c = (char)(c + 32);
    *p++ = c;
    start = false;
  }
  *p = 0;
  return o;
}

static cJSON *driver_rule(const engine_report *r, uint32_t i, int sev, const char *base,
                          base_arena *tmp) {
  const vm_rule *ru = &r->pack->rules[i];
  cJSON *o = cJSON_CreateObject();
  add_str(o, "id", ru->id);
  const char *name = rule_name(ru->id, tmp);
  if (*name && strcmp(name, ru->id) != 0) add_str(o, "name", name);
  const char *docs = ru->docs && *ru->docs ? doc_link(base, ru->docs, tmp) : NULL;
  text_obj(o, "shortDescription", ru->title);
  text_obj(o, "fullDescription",
           ru->fix && *ru->fix ? base_arena_printf(tmp, "%s. Fix: %s", ru->title, ru->fix)
                               : ru->title);
  if (docs) add_str(o, "helpUri", docs);

  /* help: the fix, the references and the docs link, in text and markdown */
  char *refs = base_arena_strdup(tmp, "");
  for (uint32_t k = 0; k < ru->n_refs; k++)
    refs = base_arena_printf(tmp, "%s%s%s", refs, k ? ", " : "", ru->refs[k]);
  const char *fix = ru->fix && *ru->fix ? ru->fix : "(no fix text)";
  const char *txt = base_arena_printf(
      tmp, "%s\nSeverity: %s\nFix: %s%s%s%s%s", ru->title, vm_severity_name((vm_severity)sev), fix,
      ru->n_refs ? "\nReferences: " : "", refs, docs ? "\nDocs: " : "", docs ? docs : "");
  const char *md = base_arena_printf(
      tmp, "**%s**\n\nSeverity: **%s**\n\n**Fix:** %s%s%s%s%s%s", ru->title,
      vm_severity_name((vm_severity)sev), fix, ru->n_refs ? "\n\nReferences: " : "", refs,
      docs ? "\n\n[Documentation](" : "", docs ? docs : "", docs ? ")" : "");
  cJSON *help = cJSON_AddObjectToObject(o, "help");
  add_str(help, "text", txt);
  add_str(help, "markdown", md);

  cJSON *dc = cJSON_AddObjectToObject(o, "defaultConfiguration");
  cJSON_AddStringToObject(dc, "level", level_for(sev));

  cJSON *props = cJSON_AddObjectToObject(o, "properties");
  cJSON_AddStringToObject(props, "security-severity", security_severity(sev));
  cJSON_AddStringToObject(props, "severity", vm_severity_name((vm_severity)sev));
  cJSON *tags = cJSON_AddArrayToObject(props, "tags");
  cJSON_AddItemToArray(tags, cJSON_CreateString("security"));
  /* the formats the rule covers, each once, in selector order */
  for (uint32_t s = 0; s < ru->n_sels; s++) {
    const char *f = iac_format_name((iac_format)r->pack->sels[ru->first_sel + s].format);
    bool seen = false;
    for (uint32_t t = 0; t < s; t++)
      seen |= r->pack->sels[ru->first_sel + t].format == r->pack->sels[ru->first_sel + s].format;
    if (!seen && f && *f) cJSON_AddItemToArray(tags, cJSON_CreateString(f));
  }
  for (uint32_t k = 0; k < ru->n_refs; k++) {
    char *c = base_utf8_clean_dup(ru->refs[k]);
    cJSON_AddItemToArray(tags, cJSON_CreateString(c ? c : ""));
    free(c);
  }
  return o;
}

static bool external_kind(const char *kind) {
  return kind && (!strcmp(kind, "config") || !strcmp(kind, "baseline"));
}

static cJSON *result_obj(const engine_report *r, const engine_result *res) {
  const vm_rule *ru = &r->pack->rules[res->rule];
  cJSON *o = cJSON_CreateObject();
  add_str(o, "ruleId", ru->id);
  cJSON_AddNumberToObject(o, "ruleIndex", res->rule);
  cJSON_AddStringToObject(o, "level",
                          res->status == VM_UNKNOWN ? "note" : level_for(res->severity));
  const char *msg = res->message && res->message[0] ? res->message : ru->title;
  char *why = NULL; /* an unknown's reason, when its message does not say it already */
  if (res->status == VM_UNKNOWN && res->reason && !strstr(msg, res->reason)) {
    size_t n = strlen(msg) + strlen(res->reason) + 16;
    why = base_xmalloc(n);
    snprintf(why, n, "%s (unknown: %s)", msg, res->reason);
  }
  text_obj(o, "message", why ? why : msg);
  free(why);
  add_location(cJSON_AddArrayToObject(o, "locations"), res->file, res->line, res->col);
  char fp[ENGINE_FINGERPRINT_LEN + 1];
  cJSON *pf = cJSON_AddObjectToObject(o, "partialFingerprints");
  cJSON_AddStringToObject(pf, "vigil/v1", engine_result_fingerprint(r, res, fp));
  if (res->status == VM_SUPPRESSED) {
    cJSON *sup = cJSON_CreateObject();
    cJSON_AddStringToObject(sup, "kind",
                            external_kind(res->suppression_kind) ? "external" : "inSource");
    cJSON_AddStringToObject(sup, "status", "accepted");
    add_str(sup, "justification", res->suppression ? res->suppression : "");
    cJSON *sp = cJSON_AddObjectToObject(sup, "properties");
    add_str(sp, "vigil-kind", res->suppression_kind ? res->suppression_kind : "");
    cJSON *arr = cJSON_AddArrayToObject(o, "suppressions");
    cJSON_AddItemToArray(arr, sup);
  }
  cJSON *props = cJSON_AddObjectToObject(o, "properties");
  cJSON_AddStringToObject(props, "status", vm_status_name(res->status));
  cJSON_AddStringToObject(props, "severity", vm_severity_name((vm_severity)res->severity));
  add_str(props, "resource", res->resource);
  if (res->format) add_str(props, "format", res->format);
  return o;
}

static void notification(cJSON *arr, const char *level, const char *id, const char *msg,
                         const char *file, uint32_t line, uint32_t col) {
  cJSON *n = cJSON_CreateObject();
  cJSON_AddStringToObject(n, "level", level);
  text_obj(n, "message", msg);
  cJSON *d = cJSON_AddObjectToObject(n, "descriptor");
  cJSON_AddStringToObject(d, "id", id);
  if (file) add_location(cJSON_AddArrayToObject(n, "locations"), file, line, col);
  cJSON_AddItemToArray(arr, n);
}

static int write_sarif(const engine_report *r, FILE *out, const engine_report_options *o) {
  base_arena tmp;
  base_arena_init(&tmp);
  cJSON *root = cJSON_CreateObject();
  cJSON_AddStringToObject(root, "$schema", SARIF_SCHEMA);
  cJSON_AddStringToObject(root, "version", "2.1.0");
  cJSON *run = cJSON_CreateObject();
  cJSON_AddItemToArray(cJSON_AddArrayToObject(root, "runs"), run);

  cJSON *driver = cJSON_AddObjectToObject(cJSON_AddObjectToObject(run, "tool"), "driver");
  cJSON_AddStringToObject(driver, "name", "vigil");
  add_str(driver, "version", o && o->version ? o->version : "0");
  const char *base = o && o->docs_url && *o->docs_url ? o->docs_url : ENGINE_DEFAULT_DOCS_URL;
  add_str(driver, "informationUri", doc_link(base, "cli.md", &tmp));
  cJSON *rules = cJSON_AddArrayToObject(driver, "rules");
  uint8_t *sev = rule_severities(r);
  for (uint32_t i = 0; r->pack && i < r->pack->n_rules; i++)
    cJSON_AddItemToArray(rules, driver_rule(r, i, sev[i], base, &tmp));
  free(sev);

  cJSON *inv = cJSON_CreateObject();
  cJSON_AddItemToArray(cJSON_AddArrayToObject(run, "invocations"), inv);
  cJSON_AddBoolToObject(inv, "executionSuccessful", true);
  cJSON *notes = cJSON_AddArrayToObject(inv, "toolExecutionNotifications");
  for (size_t i = 0; i < r->n_errors; i++)
    notification(notes, "error", "parse-error", r->errors[i].message, r->errors[i].file,
                 r->errors[i].line, r->errors[i].col);
  for (size_t i = 0; i < r->n_results; i++) {
    const engine_result *res = &r->results[i];
    if (res->status != VM_ERROR) continue;
    notification(notes, "error", "rule-error",
                 base_arena_printf(&tmp, "%s on %s: %s", r->pack->rules[res->rule].id,
                                   res->resource ? res->resource : "?",
                                   res->message ? res->message : "runtime error"),
                 res->file, res->line, res->col);
  }
  for (size_t i = 0; i < r->n_warnings; i++)
    notification(notes, "warning", "warning", r->warnings[i].message, r->warnings[i].file,
                 r->warnings[i].line, r->warnings[i].col);

  cJSON *results = cJSON_AddArrayToObject(run, "results");
  for (size_t i = 0; i < r->n_results; i++) {
    const engine_result *res = &r->results[i];
    if (res->status != VM_FAIL && res->status != VM_UNKNOWN && res->status != VM_SUPPRESSED)
      continue;
    if (!r->pack || res->rule >= r->pack->n_rules) continue;
    cJSON_AddItemToArray(results, result_obj(r, res));
  }
  cJSON *rp = cJSON_AddObjectToObject(run, "properties");
  cJSON_AddStringToObject(rp, "pack", r->pack ? r->pack->digest : "");
  if (r->pack && r->pack->n_params) { /* the rules' params as this scan set them */
    cJSON *ps = cJSON_AddObjectToObject(rp, "params");
    for (uint32_t i = 0; i < r->pack->n_params; i++) {
      vm_value v = vm_value_from_node(r->pack->param_values[i], 0, 0);
      size_t n = vm_value_display(&v, NULL, 0);
      char *s = base_xmalloc(n + 1);
      vm_value_display(&v, s, n + 1);
      cJSON *j = v.tag == VV_STR ? cJSON_CreateString(s) : cJSON_Parse(s);
      cJSON_AddItemToObject(ps, r->pack->params[i].name, j ? j : cJSON_CreateNull());
      free(s);
    }
  }


  char *txt = cJSON_Print(root);
  int rc = txt && fputs(txt, out) >= 0 && fputc('\n', out) != EOF ? 0 : -1;
  free(txt);
  cJSON_Delete(root);
  base_arena_free(&tmp);
  return rc;
}

/* Not a streaming writer: the whole document is written at the end from the
 * collected results. */
static int sarif_end(void *st, const engine_report *r) {
  return engine_whole_end(st, r, write_sarif);
}

const engine_writer_ops engine_writer_sarif = {"sarif", ENGINE_KEEP_FINDINGS, engine_whole_begin,
                                               engine_whole_results, sarif_end};
