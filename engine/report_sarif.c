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
#include "writefile.h"
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
 * override it per rule), else the pack's; `seen` holds the first result's per
 * rule, 0xFF none (the writer notes it as results stream by). */
static uint8_t *rule_severities(const engine_report *r, const uint8_t *seen) {
  uint32_t n = r->pack ? r->pack->n_rules : 0;
  uint8_t *sev = base_xmalloc(n + 1);
  for (uint32_t i = 0; i < n; i++)
    sev[i] = seen[i] != 0xFF ? seen[i] : r->pack->rules[i].severity;
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

/* ---- streaming --------------------------------------------------------------------
 * The document starts with what is known only at the end (each rule's
 * effective severity, the notifications), so results are rendered as they
 * arrive into a temporary file (the spool) and copied into place at the end:
 * memory holds one result at a time, whatever the repository's size. The
 * bytes are cJSON_Print's: a result object printed on its own, each line
 * indented by the depth of the results array. */

/* Depth of the results array's items (root, runs, run, results) and of the
 * notifications' (root, runs, run, invocations, invocation, notifications). */
enum { RESULT_DEPTH = 4, NOTE_DEPTH = 6 };

typedef struct sarif_out {
  FILE *out;
  engine_report_options o;
  FILE *results;  /* spooled result objects, ", "-separated */
  FILE *rule_err; /* spooled rule-error notifications */
  size_t n_results, n_rule_err;
  char *mem[2]; /* the spools' buffers when they are in memory */
  size_t mem_len[2];
  uint8_t *sev; /* per rule: the effective severity of its first result, 0xFF none */
  uint32_t n_rules;
  bool failed; /* a spool could not be written */
} sarif_out;

/* A scratch file, deleted when closed; in memory (*mem, freed after fclose)
 * when no file can be made. */
static FILE *spool_open(char **mem, size_t *len) {
  FILE *f = base_scratch_file();
  return f ? f : open_memstream(mem, len);
}

/* cJSON_Print of item, each line after the first indented `depth` tabs deeper. */
static void spool_item(sarif_out *st, FILE *to, size_t *n, cJSON *item, int depth) {
  char *txt = cJSON_Print(item);
  cJSON_Delete(item);
  if (!txt || !to) {
    st->failed = true;
    free(txt);
    return;
  }
  if ((*n)++) fputs(", ", to);
  for (const char *p = txt, *nl; *p; p = nl + 1) {
    nl = strchr(p, '\n');
    if (!nl) {
      fputs(p, to);
      break;
    }
    fwrite(p, 1, (size_t)(nl - p + 1), to);
    for (int d = 0; d < depth; d++)
      fputc('\t', to);
  }
  free(txt);
}

static void *sarif_begin(const engine_report *r, FILE *out, const engine_report_options *o) {
  sarif_out *st = base_xcalloc(1, sizeof *st);
  st->out = out;
  st->o = *o;
  st->n_rules = r->pack ? r->pack->n_rules : 0;
  st->sev = base_xmalloc(st->n_rules + 1);
  memset(st->sev, 0xFF, st->n_rules + 1);
  st->results = spool_open(&st->mem[0], &st->mem_len[0]);
  st->rule_err = spool_open(&st->mem[1], &st->mem_len[1]);
  return st;
}

static void sarif_results(void *state, const engine_report *r, const engine_result *res, size_t n) {
  sarif_out *st = state;
  base_arena tmp;
  base_arena_init(&tmp);
  for (size_t i = 0; i < n; i++) {
    const engine_result *x = &res[i];
    if (x->rule < st->n_rules && st->sev[x->rule] == 0xFF) st->sev[x->rule] = x->severity;
    if (!r->pack || x->rule >= r->pack->n_rules) continue;
    if (x->status == VM_ERROR) {
      cJSON *one = cJSON_CreateArray();
      notification(one, "error", "rule-error",
                   base_arena_printf(&tmp, "%s on %s: %s", r->pack->rules[x->rule].id,
                                     x->resource ? x->resource : "?",
                                     x->message ? x->message : "runtime error"),
                   x->file, x->line, x->col);
      cJSON *item = cJSON_DetachItemFromArray(one, 0);
      cJSON_Delete(one);
      spool_item(st, st->rule_err, &st->n_rule_err, item, NOTE_DEPTH);
      continue;
    }
    if (x->status != VM_FAIL && x->status != VM_UNKNOWN && x->status != VM_SUPPRESSED) continue;
    spool_item(st, st->results, &st->n_results, result_obj(r, x), RESULT_DEPTH);
  }
  base_arena_free(&tmp);
}

/* Copies a spool to out; false on an I/O error. */
static bool copy_spool(FILE *spool, FILE *out) {
  char buf[1 << 15];
  size_t n;
  if (fflush(spool) != 0 || fseek(spool, 0, SEEK_SET) != 0) return false;
  while ((n = fread(buf, 1, sizeof buf, spool)) > 0)
    if (fwrite(buf, 1, n, out) != n) return false;
  return !ferror(spool);
}

/* Writes text up to the first occurrence of mark (a quoted placeholder the
 * document holds once) and returns what follows it; NULL if it is not there. */
static const char *upto(FILE *out, const char *text, const char *mark) {
  const char *at = strstr(text, mark);
  if (!at) return NULL;
  fwrite(text, 1, (size_t)(at - text), out);
  return at + strlen(mark);
}

#define RESULTS_MARK "\"\\u0001vigil-results\""
#define RULE_ERR_MARK "\"\\u0001vigil-rule-errors\""

static int write_sarif(sarif_out *st, const engine_report *r) {
  const engine_report_options *o = &st->o;
  FILE *out = st->out;
  base_arena tmp;
  base_arena_init(&tmp);
  cJSON *root = cJSON_CreateObject();
  cJSON_AddStringToObject(root, "$schema", SARIF_SCHEMA);
  cJSON_AddStringToObject(root, "version", "2.1.0");
  cJSON *run = cJSON_CreateObject();
  cJSON_AddItemToArray(cJSON_AddArrayToObject(root, "runs"), run);

  cJSON *driver = cJSON_AddObjectToObject(cJSON_AddObjectToObject(run, "tool"), "driver");
  cJSON_AddStringToObject(driver, "name", "vigil");
  add_str(driver, "version", o->version ? o->version : "0");
  const char *base = o->docs_url && *o->docs_url ? o->docs_url : ENGINE_DEFAULT_DOCS_URL;
  add_str(driver, "informationUri", doc_link(base, "cli.md", &tmp));
  cJSON *rules = cJSON_AddArrayToObject(driver, "rules");
  uint8_t *sev = rule_severities(r, st->sev);
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
  /* the spooled rule errors go between the parse errors and the warnings */
  if (st->n_rule_err) cJSON_AddItemToArray(notes, cJSON_CreateString("\001vigil-rule-errors"));
  for (size_t i = 0; i < r->n_warnings; i++)
    notification(notes, "warning", "warning", r->warnings[i].message, r->warnings[i].file,
                 r->warnings[i].line, r->warnings[i].col);

  cJSON *results = cJSON_AddArrayToObject(run, "results");
  if (st->n_results) cJSON_AddItemToArray(results, cJSON_CreateString("\001vigil-results"));
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
  int rc = txt && !st->failed ? 0 : -1;
  const char *rest = txt;
  if (!rc && st->n_rule_err) {
    rest = upto(out, rest, RULE_ERR_MARK);
    if (!rest || !copy_spool(st->rule_err, out)) rc = -1;
  }
  if (!rc && st->n_results) {
    rest = upto(out, rest, RESULTS_MARK);
    if (!rest || !copy_spool(st->results, out)) rc = -1;
  }
  if (!rc && (fputs(rest, out) < 0 || fputc('\n', out) == EOF)) rc = -1;
  free(txt);
  cJSON_Delete(root);
  base_arena_free(&tmp);
  return rc;
}

static void sarif_discard(void *state) {
  sarif_out *st = state;
  if (st->results) fclose(st->results);
  if (st->rule_err) fclose(st->rule_err);
  free(st->mem[0]);
  free(st->mem[1]);
  free(st->sev);
  free(st);
}

static int sarif_end(void *state, const engine_report *r) {
  int rc = write_sarif(state, r);
  sarif_discard(state);
  return rc;
}

const engine_writer_ops engine_writer_sarif = {"sarif",   true, sarif_begin, sarif_results,
                                               sarif_end, NULL, NULL,        sarif_discard};
