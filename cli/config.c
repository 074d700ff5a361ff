/* config.c — .vigil.yaml (libyaml document API) and the exit-status gate. */
#include "config.h"

#include <errno.h>
#include <fnmatch.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <yaml.h>

#include "baseline.h"
#include "value.h"
#include "suppress.h"

/* ---- gate ------------------------------------------------------------------------ */

int cli_unknown_policy_lookup(const char *name) {
  if (!strcmp(name, "report")) return CLI_UNKNOWN_REPORT;
  if (!strcmp(name, "fail")) return CLI_UNKNOWN_FAIL;
  if (!strcmp(name, "pass")) return CLI_UNKNOWN_PASS;
  return -1;
}

bool cli_gate_fails(const engine_result *res, const cli_gate_options *g) {
  if (res->status == VM_ERROR) return true;
  if (res->severity < g->fail_on) return false;
  return res->status == VM_FAIL || (res->status == VM_UNKNOWN && g->unknown == CLI_UNKNOWN_FAIL);
}

int cli_exit_status(const engine_report *r, const cli_gate_options *g) {
  cli_gate_options def = {VM_SEV_INFO, false, CLI_UNKNOWN_REPORT};
  if (!g) g = &def;
  if (g->soft_fail) return 0;
  if (r->n_errors || r->summary.failed) return 1;
  for (size_t i = 0; i < r->n_results; i++)
    if (cli_gate_fails(&r->results[i], g)) return 1;
  return 0;
}

void cli_gate_apply_unknown(engine_report *r, cli_unknown_policy p) {
  if (p != CLI_UNKNOWN_PASS) return;
  for (size_t i = 0; i < r->n_results; i++)
    if (r->results[i].status == VM_UNKNOWN) r->results[i].status = VM_PASS;
  engine_report_count(r);
}

/* ---- globs ------------------------------------------------------------------------ */

static bool glob_at(const char *p, const char *s) {
  for (; *p; p++, s++) {
    if (p[0] == '*' && p[1] == '*') {
      p += 2;
      if (*p == '/') p++; /* "**" + "/" also matches zero segments */
      for (;; s++) {
        if (glob_at(p, s)) return true;
        if (!*s) return false;
      }
    }
    if (*p == '*') {
      for (;; s++) {
        if (glob_at(p + 1, s)) return true;
        if (!*s || *s == '/') return false;
      }
    }
    if (!*s) return false;
    if (*p == '?') {
      if (*s == '/') return false;
      continue;
    }
    if (*p != *s) return false;
  }
  return !*s;
}

bool cli_config_glob(const char *pattern, const char *path) {
  if (!strchr(pattern, '/')) {
    const char *base = strrchr(path, '/');
    return glob_at(pattern, base ? base + 1 : path);
  }
  if (pattern[0] == '.' && pattern[1] == '/') pattern += 2;
  if (path[0] == '.' && path[1] == '/') path += 2;
  return glob_at(pattern, path);
}

bool cli_config_exclude(void *ctx, const char *rel, bool is_dir) {
  const cli_config *c = ctx;
  for (size_t i = 0; i < c->n_exclude; i++) {
    const char *p = c->exclude[i];
    if (cli_config_glob(p, rel)) return true;
    /* a pattern ending in slash-star-star also prunes the directory itself */
    size_t n = strlen(p);
    if (is_dir && n > 3 && !strcmp(p + n - 3, "/**")) {
      char buf[4096];
      if (n - 3 < sizeof buf) {
        memcpy(buf, p, n - 3);
        buf[n - 3] = '\0';
        if (cli_config_glob(buf, rel)) return true;
      }
    }
  }
  return false;
}

/* ---- apply ------------------------------------------------------------------------ */

static bool rule_selected(const vm_rule *ru, const char *tok) {
  return engine_suppress_rule_matches(ru, tok, strlen(tok)) || fnmatch(tok, ru->id, 0) == 0;
}

static bool any_selected(const vm_rule *ru, const char *const *toks, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (rule_selected(ru, toks[i])) return true;
  return false;
}

bool cli_config_result(const cli_config *c, const vm_pack *p, engine_result *res) {
  if (!p || res->rule >= p->n_rules) return false;
  const vm_rule *ru = &p->rules[res->rule];
  if (c->n_enable && !any_selected(ru, c->enable, c->n_enable)) return false;
  if (any_selected(ru, c->disable, c->n_disable)) return false;
  for (size_t k = 0; k < c->n_severity; k++) /* the last matching override wins */
    if (rule_selected(ru, c->severity[k].rule)) res->severity = (uint8_t)c->severity[k].severity;
  if (res->status != VM_FAIL && res->status != VM_UNKNOWN) return true;
  for (size_t k = 0; k < c->n_suppress; k++) {
    const cli_config_suppress *s = &c->suppress[k];
    if (!rule_selected(ru, s->rule)) continue;
    bool where = s->n_paths == 0;
    for (size_t j = 0; j < s->n_paths && !where; j++)
      where = res->file && cli_config_glob(s->paths[j], res->file);
    if (!where) continue;
    res->status = VM_SUPPRESSED;
    res->suppression = s->reason ? s->reason : "";
    res->suppression_kind = "config";
    break;
  }
  return true;
}

void cli_config_apply(const cli_config *c, engine_report *r) {
  if (!r->pack) return;
  size_t out = 0;
  for (size_t i = 0; i < r->n_results; i++) {
    engine_result res = r->results[i];
    if (!cli_config_result(c, r->pack, &res)) continue;
    if (res.suppression && res.suppression != r->results[i].suppression)
      res.suppression = base_arena_strdup(&r->arena, res.suppression); /* outlives the config */
    r->results[out++] = res;
  }
  r->n_results = out;
  engine_report_count(r);
}

/* ---- parsing ---------------------------------------------------------------------- */

typedef struct pctx {
  cli_config *c;
  yaml_document_t *doc;
  const char *name;
  char *err;
  size_t errlen;
} pctx;

static int fail_at(pctx *p, const yaml_node_t *n, const char *fmt, const char *a, const char *b) {
  char msg[512];
  snprintf(msg, sizeof msg, fmt, a, b);
  snprintf(p->err, p->errlen, "%s:%zu:%zu: %s", p->name, n ? n->start_mark.line + 1 : 1,
           n ? n->start_mark.column + 1 : 1, msg);
  return -1;
}

static const char *scalar(const yaml_node_t *n) {
  return n && n->type == YAML_SCALAR_NODE ? (const char *)n->data.scalar.value : NULL;
}

static const char *resolve(pctx *p, const char *rel) {
  if (rel[0] == '/' || !p->c->dir[0] || !strcmp(p->c->dir, "."))
    return base_arena_strdup(&p->c->arena, rel);
  return base_arena_printf(&p->c->arena, "%s/%s", p->c->dir, rel);
}

/* a scalar or a list of scalars -> arena array */
static int str_list(pctx *p, const char *key, yaml_node_t *n, const char ***out, size_t *nout,
                    bool paths) {
  size_t cnt = n->type == YAML_SCALAR_NODE ? 1
               : n->type == YAML_SEQUENCE_NODE
                   ? (size_t)(n->data.sequence.items.top - n->data.sequence.items.start)
                   : 0;
  if (n->type == YAML_MAPPING_NODE)
    return fail_at(p, n, "'%s' must be a string or a list of strings%s", key, "");
  const char **arr = base_arena_calloc(&p->c->arena, (cnt ? cnt : 1) * sizeof *arr);
  for (size_t i = 0; i < cnt; i++) {
    yaml_node_t *it = n->type == YAML_SCALAR_NODE
                          ? n
                          : yaml_document_get_node(p->doc, n->data.sequence.items.start[i]);
    const char *s = scalar(it);
    if (!s) return fail_at(p, it, "'%s' must be a string or a list of strings%s", key, "");
    arr[i] = paths ? resolve(p, s) : base_arena_strdup(&p->c->arena, s);
  }
  *out = arr;
  *nout = cnt;
  return 0;
}

static int boolean(pctx *p, const char *key, yaml_node_t *n, bool *out) {
  const char *s = scalar(n);
  if (s && (!strcmp(s, "true") || !strcmp(s, "yes")))
    *out = true;
  else if (s && (!strcmp(s, "false") || !strcmp(s, "no")))
    *out = false;
  else
    return fail_at(p, n, "'%s' must be true or false%s", key, "");
  return 0;
}

static int severity(pctx *p, yaml_node_t *n, int *out) {
  const char *s = scalar(n);
  int sev = s ? vm_severity_lookup(s) : -1;
  if (sev < 0)
    return fail_at(p, n, "bad severity '%s' (expected critical, high, medium, low or info)%s",
                   s ? s : "?", "");
  *out = sev;
  return 0;
}

#define FOR_PAIRS(doc, map, pr)                                                                    \
  for (yaml_node_pair_t *pr = (map)->data.mapping.pairs.start; pr < (map)->data.mapping.pairs.top; \
       pr++)

/* A YAML value as a document node (config arena): plain scalars that spell a
 * number, true/false or null are those; everything else is a string. Depth is
 * bounded: params are small values. */
static doc_node *yaml_value(pctx *p, yaml_node_t *n, int depth) {
  base_arena *a = &p->c->arena;
  if (!n || depth > 64) return NULL;
  if (n->type == YAML_SCALAR_NODE) {
    const char *s = (const char *)n->data.scalar.value;
    size_t len = n->data.scalar.length;
    double d;
    if (n->data.scalar.style == YAML_PLAIN_SCALAR_STYLE) {
      if (vm_str_number(s, (uint32_t)len, &d)) return iac_doc_number(a, d, 0, 0);
      if (!strcmp(s, "true") || !strcmp(s, "false")) return iac_doc_bool(a, s[0] == 't', 0, 0);
      if (!strcmp(s, "null") || !strcmp(s, "~")) return iac_doc_null(a, 0, 0);
    }
    return iac_doc_string(a, s, len, 0, 0);
  }
  if (n->type == YAML_SEQUENCE_NODE) {
    size_t cnt = (size_t)(n->data.sequence.items.top - n->data.sequence.items.start);
    doc_node **items = base_arena_alloc(a, (cnt ? cnt : 1) * sizeof *items);
    for (size_t i = 0; i < cnt; i++)
      if (!(items[i] = yaml_value(p, yaml_document_get_node(p->doc, n->data.sequence.items.start[i]),
                                  depth + 1)))
        return NULL;
    return iac_doc_list(a, items, (uint32_t)cnt, 0, 0);
  }
  size_t cnt = (size_t)(n->data.mapping.pairs.top - n->data.mapping.pairs.start), i = 0;
  doc_entry *es = base_arena_calloc(a, (cnt ? cnt : 1) * sizeof *es);
  FOR_PAIRS(p->doc, n, pr) {
    const char *k = scalar(yaml_document_get_node(p->doc, pr->key));
    if (!k || !(es[i].val = yaml_value(p, yaml_document_get_node(p->doc, pr->value), depth + 1)))
      return NULL;
    es[i].key = base_arena_strdup(a, k);
    es[i].key_len = (uint32_t)strlen(k);
    i++;
  }
  return iac_doc_map(a, es, (uint32_t)cnt, 0, 0);
}

/* params: {NAME: value} or {MODULE.NAME: value}: checked against the pack
 * when it is loaded (cli_config_params). */
static int parse_params(pctx *p, yaml_node_t *n) {
  if (n->type != YAML_MAPPING_NODE)
    return fail_at(p, n, "'params' must be a map of NAME: value%s%s", "", "");
  size_t cnt = (size_t)(n->data.mapping.pairs.top - n->data.mapping.pairs.start), i = 0;
  p->c->params = base_arena_calloc(&p->c->arena, (cnt ? cnt : 1) * sizeof *p->c->params);
  FOR_PAIRS(p->doc, n, pr) {
    yaml_node_t *kn = yaml_document_get_node(p->doc, pr->key);
    const char *k = scalar(kn);
    if (!k) return fail_at(p, kn, "'params' keys must be param names%s%s", "", "");
    p->c->params[i].name = base_arena_strdup(&p->c->arena, k);
    if (!(p->c->params[i].value = yaml_value(p, yaml_document_get_node(p->doc, pr->value), 0)))
      return fail_at(p, kn, "param '%s': the value nests too deeply%s", k, "");
    i++;
  }
  p->c->n_params = cnt;
  return 0;
}

static int parse_severity_map(pctx *p, yaml_node_t *n) {
  if (n->type != YAML_MAPPING_NODE)
    return fail_at(p, n, "'severity' must be a map of RULE: SEVERITY%s%s", "", "");
  size_t cnt = (size_t)(n->data.mapping.pairs.top - n->data.mapping.pairs.start), i = 0;
  p->c->severity = base_arena_calloc(&p->c->arena, (cnt ? cnt : 1) * sizeof *p->c->severity);
  FOR_PAIRS(p->doc, n, pr) {
    yaml_node_t *k = yaml_document_get_node(p->doc, pr->key);
    yaml_node_t *v = yaml_document_get_node(p->doc, pr->value);
    if (!scalar(k)) return fail_at(p, k, "'severity' keys must be rule ids%s%s", "", "");
    p->c->severity[i].rule = base_arena_strdup(&p->c->arena, scalar(k));
    if (severity(p, v, &p->c->severity[i].severity)) return -1;
    i++;
  }
  p->c->n_severity = i;
  return 0;
}

static int parse_outputs(pctx *p, yaml_node_t *n) {
  if (n->type != YAML_MAPPING_NODE)
    return fail_at(p, n, "'output' must be a map of FORMAT: PATH%s%s", "", "");
  size_t cnt = (size_t)(n->data.mapping.pairs.top - n->data.mapping.pairs.start), i = 0;
  p->c->outputs = base_arena_calloc(&p->c->arena, (cnt ? cnt : 1) * sizeof *p->c->outputs);
  FOR_PAIRS(p->doc, n, pr) {
    const char *k = scalar(yaml_document_get_node(p->doc, pr->key));
    yaml_node_t *vn = yaml_document_get_node(p->doc, pr->value);
    const char *v = scalar(vn);
    if (!k || !v) return fail_at(p, vn, "'output' must be a map of FORMAT: PATH%s%s", "", "");
    p->c->outputs[i++] = base_arena_printf(&p->c->arena, "%s=%s", k, resolve(p, v));
  }
  p->c->n_outputs = i;
  return 0;
}

static int parse_suppress(pctx *p, yaml_node_t *n) {
  if (n->type != YAML_SEQUENCE_NODE)
    return fail_at(p, n, "'suppress' must be a list of {rule, paths, reason}%s%s", "", "");
  size_t cnt = (size_t)(n->data.sequence.items.top - n->data.sequence.items.start);
  cli_config *c = p->c;
  c->suppress = base_arena_calloc(&c->arena, (cnt ? cnt : 1) * sizeof *c->suppress);
  for (size_t i = 0; i < cnt; i++) {
    yaml_node_t *it = yaml_document_get_node(p->doc, n->data.sequence.items.start[i]);
    if (it->type != YAML_MAPPING_NODE)
      return fail_at(p, it, "'suppress' must be a list of {rule, paths, reason}%s%s", "", "");
    cli_config_suppress *s = &c->suppress[i];
    FOR_PAIRS(p->doc, it, pr) {
      yaml_node_t *kn = yaml_document_get_node(p->doc, pr->key);
      yaml_node_t *v = yaml_document_get_node(p->doc, pr->value);
      const char *k = scalar(kn) ? scalar(kn) : "";
      if (!strcmp(k, "rule") && scalar(v))
        s->rule = base_arena_strdup(&c->arena, scalar(v));
      else if (!strcmp(k, "reason") && scalar(v))
        s->reason = base_arena_strdup(&c->arena, scalar(v));
      else if (!strcmp(k, "paths")) {
        if (str_list(p, "paths", v, &s->paths, &s->n_paths, false)) return -1;
      } else
        return fail_at(p, kn, "unknown key '%s' in a suppression (expected rule, paths, reason)%s",
                       k, "");
    }
    if (!s->rule) return fail_at(p, it, "a suppression needs a 'rule'%s%s", "", "");
    if (!s->reason || !*s->reason)
      return fail_at(p, it, "suppression of %s needs a 'reason'%s", s->rule, "");
  }
  c->n_suppress = cnt;
  return 0;
}

static int parse_root(pctx *p, yaml_node_t *root) {
  cli_config *c = p->c;
  if (!root) return 0; /* empty file: all defaults */
  if (root->type != YAML_MAPPING_NODE)
    return fail_at(p, root, "the configuration must be a map%s%s", "", "");
  FOR_PAIRS(p->doc, root, pr) {
    yaml_node_t *kn = yaml_document_get_node(p->doc, pr->key);
    yaml_node_t *v = yaml_document_get_node(p->doc, pr->value);
    const char *k = scalar(kn) ? scalar(kn) : "";
    int rc = 0;
    if (!strcmp(k, "enable"))
      rc = str_list(p, k, v, &c->enable, &c->n_enable, false);
    else if (!strcmp(k, "disable"))
      rc = str_list(p, k, v, &c->disable, &c->n_disable, false);
    else if (!strcmp(k, "severity"))
      rc = parse_severity_map(p, v);
    else if (!strcmp(k, "exclude"))
      rc = str_list(p, k, v, &c->exclude, &c->n_exclude, false);
    else if (!strcmp(k, "packs"))
      rc = str_list(p, k, v, &c->packs, &c->n_packs, false);
    else if (!strcmp(k, "sources"))
      rc = str_list(p, k, v, &c->sources, &c->n_sources, true);
    else if (!strcmp(k, "formats"))
      rc = str_list(p, k, v, &c->formats, &c->n_formats, false);
    else if (!strcmp(k, "output"))
      rc = parse_outputs(p, v);
    else if (!strcmp(k, "var_files"))
      rc = str_list(p, k, v, &c->var_files, &c->n_var_files, true);
    else if (!strcmp(k, "suppress"))
      rc = parse_suppress(p, v);
    else if (!strcmp(k, "params"))
      rc = parse_params(p, v);
    else if (!strcmp(k, "fail_on")) {
      rc = severity(p, v, &c->fail_on);
      c->has_fail_on = true;
    } else if (!strcmp(k, "soft_fail")) {
      rc = boolean(p, k, v, &c->soft_fail);
      c->has_soft_fail = true;
    } else if (!strcmp(k, "inline_suppressions")) {
      rc = boolean(p, k, v, &c->inline_suppressions);
      c->has_inline = true;
    } else if (!strcmp(k, "unknown")) {
      int u = scalar(v) ? cli_unknown_policy_lookup(scalar(v)) : -1;
      if (u < 0) return fail_at(p, v, "'unknown' must be report, fail or pass%s%s", "", "");
      c->unknown = (cli_unknown_policy)u;
      c->has_unknown = true;
    } else if (!strcmp(k, "baseline")) {
      if (!scalar(v)) return fail_at(p, v, "'baseline' must be a file name%s%s", "", "");
      c->baseline = resolve(p, scalar(v));
    } else {
      return fail_at(p, kn,
                     "unknown key '%s' (expected enable, disable, severity, exclude, packs, "
                     "sources, formats, output, var_files, fail_on, soft_fail, unknown, "
                     "inline_suppressions, baseline, suppress, params)%s",
                     k, "");
    }
    if (rc) return -1;
  }
  return 0;
}

int cli_config_parse(cli_config *c, const char *name, const char *text, size_t len, char *err,
                     size_t errlen) {
  memset(c, 0, sizeof *c);
  base_arena_init(&c->arena);
  c->path = base_arena_strdup(&c->arena, name);
  const char *slash = strrchr(name, '/');
  c->dir =
      slash ? base_arena_strndup(&c->arena, name, (size_t)(slash > name ? slash - name : 1)) : ".";
  c->inline_suppressions = true;
  yaml_parser_t parser;
  yaml_document_t doc;
  if (!yaml_parser_initialize(&parser)) abort();
  yaml_parser_set_input_string(&parser, (const unsigned char *)text, len);
  if (!yaml_parser_load(&parser, &doc)) {
    snprintf(err, errlen, "%s:%zu:%zu: %s", name, parser.problem_mark.line + 1,
             parser.problem_mark.column + 1, parser.problem ? parser.problem : "invalid YAML");
    yaml_parser_delete(&parser);
    cli_config_free(c);
    return -1;
  }
  pctx p = {c, &doc, name, err, errlen};
  int rc = parse_root(&p, yaml_document_get_root_node(&doc));
  yaml_document_delete(&doc);
  yaml_parser_delete(&parser);
  if (rc) cli_config_free(c);
  return rc;
}

int cli_config_load(cli_config *c, const char *path, char *err, size_t errlen) {
  FILE *f = fopen(path, "rb");
  if (!f) {
    memset(c, 0, sizeof *c);
    snprintf(err, errlen, "cannot read config %s: %s", path, strerror(errno));
    return -1;
  }
  size_t cap = 1 << 12, n = 0, got;
  char *buf = malloc(cap);
  while (buf && (got = fread(buf + n, 1, cap - n, f)) > 0) {
    n += got;
    if (n == cap) buf = realloc(buf, cap *= 2);
  }
  fclose(f);
  if (!buf) abort();
  int rc = cli_config_parse(c, path, buf, n, err, errlen);
  free(buf);
  return rc;
}

void cli_config_free(cli_config *c) {
  base_arena_free(&c->arena);
  memset(c, 0, sizeof *c);
}

int cli_config_find(const char *root, char *out, size_t outlen) {
  char dir[4096];
  struct stat st;
  if (!root || !*root) root = ".";
  if (!realpath(root, dir)) return -1;
  if (stat(dir, &st) == 0 && !S_ISDIR(st.st_mode)) { /* a file: start at its directory */
    char *s = strrchr(dir, '/');
    if (s && s != dir)
      *s = '\0';
    else if (s)
      s[1] = '\0';
  }
  for (;;) {
    static const char *const names[] = {".vigil.yaml", ".vigil.yml"};
    for (size_t i = 0; i < 2; i++) {
      char cand[4200];
      snprintf(cand, sizeof cand, "%s%s%s", dir, strcmp(dir, "/") ? "/" : "", names[i]);
      if (stat(cand, &st) == 0 && S_ISREG(st.st_mode)) {
        if (strlen(cand) >= outlen) return -1;
        memcpy(out, cand, strlen(cand) + 1);
        return 0;
      }
    }
    char *s = strrchr(dir, '/');
    if (!s || !strcmp(dir, "/")) return -1;
    if (s == dir)
      s[1] = '\0';
    else
      *s = '\0';
  }
}

const char cli_config_template[] =
    "# .vigil.yaml — configuration for `vigil scan`, found from the scan root upward.\n"
    "# Every key is optional; command-line options override it. Relative paths are\n"
    "# relative to this file. Reference: docs/ci.md.\n"
    "\n"
    "# Rules to run: ids, refs (CKV_AWS_51) or globs over ids (AWS_ECR_*).\n"
    "# enable: [AWS_ECR_IMMUTABLE_TAGS]     # only these (default: every rule of the pack)\n"
    "# disable: [CKV_AWS_51]\n"
    "\n"
    "# Severity overrides (critical, high, medium, low, info).\n"
    "# severity:\n"
    "#   AWS_ECR_IMMUTABLE_TAGS: critical\n"
    "\n"
    "# Paths not scanned: '*' within a directory, '**' across directories.\n"
    "exclude:\n"
    "  - \"**/testdata/**\"\n"
    "\n"
    "# Where the rules come from: shipped packs by name, or your own rule sources.\n"
    "# packs: [default]\n"
    "# sources: [policies/]\n"
    "\n"
    "# Output: several formats at once; each may go to its own file.\n"
    "# formats: [text, sarif]\n"
    "# output:\n"
    "#   sarif: vigil.sarif\n"
    "\n"
    "# Terraform variable files applied to every root module.\n"
    "# var_files: [env/prod.tfvars]\n"
    "\n"
    "# Gate: exit 1 only for failures at or above this severity.\n"
    "fail_on: low\n"
    "# soft_fail: false           # true: always exit 0 (report only)\n"
    "# unknown: report            # report | fail | pass: what unknown results do\n"
    "\n"
    "# In-source waivers (# vigil:ignore RULE reason, Metadata, #checkov:skip=...).\n"
    "# inline_suppressions: true   # false: ignore them (CI-owned policy)\n"
    "\n"
    "# Findings recorded with `vigil scan --write-baseline FILE` are not failures.\n"
    "# baseline: .vigil-baseline.json\n"
    "\n"
    "# Waivers owned by this file (status suppressed, kind config).\n"
    "# suppress:\n"
    "#   - rule: AWS_ECR_IMMUTABLE_TAGS\n"
    "#     paths: [\"sandbox/**\"]\n"
    "#     reason: sandbox registries are rebuilt nightly\n";

/* ---- the CI layer of `vigil scan` ------------------------------------------------ */

static int ci_err(const char *fmt, const char *a) {
  fputs("vigil scan: ", stderr);
  fprintf(stderr, fmt, a);
  fputc('\n', stderr);
  return -1;
}

void cli_ci_init(cli_ci *ci) {
  memset(ci, 0, sizeof *ci);
  base_arena_init(&ci->arena);
  ci->gate.fail_on = VM_SEV_INFO;
  ci->gate.unknown = CLI_UNKNOWN_REPORT;
}

static int add_format(cli_ci *ci, const char *name) {
  if (!engine_writer_lookup(name))
    return ci_err("unknown format '%s' (formats: text json sarif junit github)", name);
  for (size_t i = 0; i < ci->n_formats; i++)
    if (!strcmp(ci->formats[i], name)) return 0;
  if (ci->n_formats == CLI_CI_MAX_FORMATS) return ci_err("too many formats%s", "");
  ci->formats[ci->n_formats++] = name;
  return 0;
}

int cli_ci_option(cli_ci *ci, int id, const char *arg) {
  switch (id) {
  case CLI_CI_OPT_FORMAT: return add_format(ci, arg);
  case CLI_CI_OPT_OUTPUT: {
    if (ci->n_outputs == CLI_CI_MAX_FORMATS) return ci_err("too many --output options%s", "");
    const char *eq = strchr(arg, '=');
    size_t k = ci->n_outputs++;
    ci->out_format[k] = NULL;
    ci->out_path[k] = arg;
    if (eq) { /* FORMAT=FILE when FORMAT names a format; else a file name with '=' */
      char name[16];
      size_t n = (size_t)(eq - arg);
      if (n < sizeof name) {
        memcpy(name, arg, n);
        name[n] = '\0';
        const engine_writer_ops *w = engine_writer_lookup(name);
        if (w) {
          ci->out_format[k] = w->name;
          ci->out_path[k] = eq + 1;
        }
      }
    }
    return 0;
  }
  case CLI_CI_OPT_FAIL_ON: {
    int s = vm_severity_lookup(arg);
    if (s < 0)
      return ci_err("--fail-on: bad severity '%s' (critical, high, medium, low, info)", arg);
    ci->gate.fail_on = s;
    ci->set_fail_on = true;
    return 0;
  }
  case CLI_CI_OPT_SOFT_FAIL: ci->gate.soft_fail = ci->set_soft_fail = true; return 0;
  case CLI_CI_OPT_UNKNOWN: {
    int u = cli_unknown_policy_lookup(arg);
    if (u < 0) return ci_err("--unknown: '%s' is not report, fail or pass", arg);
    ci->gate.unknown = (cli_unknown_policy)u;
    ci->set_unknown = true;
    return 0;
  }
  case CLI_CI_OPT_CONFIG: ci->config_path = arg; return 0;
  case CLI_CI_OPT_NO_CONFIG: ci->no_config = true; return 0;
  case CLI_CI_OPT_BASELINE: ci->baseline = arg; return 0;
  case CLI_CI_OPT_WRITE_BASELINE: ci->write_baseline = arg; return 0;
  case CLI_CI_OPT_NO_INLINE: ci->no_inline = true; return 0;
  default: return ci_err("internal: unknown option id%s", "");
  }
}

const char *const *cli_ci_sources(const cli_ci *ci, size_t *n) {
  *n = ci->have_cfg ? ci->cfg.n_sources : 0;
  return *n ? ci->cfg.sources : NULL;
}

static void ci_unit_done(void *ctx, const iac_unit *u, engine_unit_results *r) {
  cli_ci *ci = ctx;
  if (ci->pack) engine_suppress_unit(&ci->supp, ci->pack, u, r);
}

static void ci_progress(void *ctx, size_t done, size_t total, uint64_t bytes) {
  engine_progress_update(&((cli_ci *)ctx)->progress, done, total, bytes);
}

int cli_ci_prepare(cli_ci *ci, const char *const *paths, size_t n, engine_scan_options *so,
                   bool quiet) {
  char found[4096], err[1024];
  const char *cfg = ci->config_path;
  if (!cfg && !ci->no_config && cli_config_find(n ? paths[0] : ".", found, sizeof found) == 0)
    cfg = found;
  if (cfg) {
    if (cli_config_load(&ci->cfg, cfg, err, sizeof err) != 0) return ci_err("%s", err);
    ci->have_cfg = true;
    const cli_config *c = &ci->cfg;
    if (!ci->set_fail_on && c->has_fail_on) ci->gate.fail_on = c->fail_on;
    if (!ci->set_soft_fail && c->has_soft_fail) ci->gate.soft_fail = c->soft_fail;
    if (!ci->set_unknown && c->has_unknown) ci->gate.unknown = c->unknown;
    if (c->has_inline && !c->inline_suppressions) ci->no_inline = true;
    if (!ci->baseline) ci->baseline = c->baseline;
    if (!ci->n_formats)
      for (size_t i = 0; i < c->n_formats; i++)
        if (add_format(ci, c->formats[i])) return -1;
    if (!ci->n_outputs)
      for (size_t i = 0; i < c->n_outputs; i++)
        if (cli_ci_option(ci, CLI_CI_OPT_OUTPUT, c->outputs[i])) return -1;
    if (!so->n_var_files && c->n_var_files) {
      so->var_files = c->var_files;
      so->n_var_files = c->n_var_files;
    }
    if (c->n_exclude) {
      so->exclude = cli_config_exclude;
      so->exclude_ctx = &ci->cfg;
    }
  }
  /* outputs name their format: it is requested even without --format */
  for (size_t i = 0; i < ci->n_outputs; i++)
    if (ci->out_format[i] && add_format(ci, ci->out_format[i])) return -1;
  if (!ci->n_formats) add_format(ci, "text");
  size_t bare = 0;
  for (size_t i = 0; i < ci->n_outputs; i++)
    bare += !ci->out_format[i];
  if (bare > 1) return ci_err("only one --output FILE without FORMAT=%s", "");
  if (bare && ci->n_formats > 1)
    return ci_err("several formats: name the format of each output (--output FORMAT=FILE)%s", "");
  ci->supp.no_inline = ci->no_inline;
  so->hooks.unit_done = ci_unit_done;
  so->hooks.progress = ci_progress;
  so->hooks.ctx = ci;
  engine_progress_init(&ci->progress, stderr, quiet, false);
  return 0;
}

static void ci_results(void *ctx, engine_report *r, engine_result *res, size_t n);

int cli_ci_start(cli_ci *ci, engine_scan_options *so, const engine_report_options *ro) {
  char err[1024];
  if (ci->baseline) {
    if (!(ci->bl = engine_baseline_load(ci->baseline, err, sizeof err))) return ci_err("%s", err);
    ci->bl_reason = base_arena_printf(&ci->arena, "in baseline %s", ci->baseline);
  }
  if (ci->write_baseline) {
    base_arena_init(&ci->bl_rep.arena);
    ci->bl_rep.pack = ci->pack;
  }
  /* every destination is opened before the scan: a bad --output path costs nothing */
  for (size_t i = 0; i < ci->n_formats; i++) {
    cli_ci_writer *w = &ci->writers[i];
    w->ops = engine_writer_lookup(ci->formats[i]);
    for (size_t k = 0; k < ci->n_outputs; k++)
      if (!ci->out_format[k] || !strcmp(ci->out_format[k], ci->formats[i]))
        w->path = ci->out_path[k];
    w->out = w->path ? fopen(w->path, "w") : stdout;
    if (!w->out) return ci_err("cannot write %s", w->path);
    w->o = *ro;
    w->o.color = w->o.color && !w->path && w->ops == &engine_writer_text;
    if (w->ops->keeps > ci->keep) ci->keep = w->ops->keeps;
    ci->n_writers = i + 1;
    /* results streaming onto the terminal would be torn by the status line
     * redrawn under them (they show the scan's progress themselves) */
    if (!w->path && w->ops->keeps == ENGINE_KEEP_NONE && isatty(STDOUT_FILENO))
      ci->progress.enabled = false;
  }
  so->hooks.results = ci_results;
  return 0;
}

/* Head of every format, once the report exists (its pack and root). */
static void ci_begin(cli_ci *ci, const engine_report *r) {
  if (ci->begun) return;
  ci->begun = true;
  for (size_t i = 0; i < ci->n_writers; i++)
    ci->writers[i].st = ci->writers[i].ops->begin(r, ci->writers[i].out, &ci->writers[i].o);
}

static void ci_results(void *ctx, engine_report *r, engine_result *res, size_t n) {
  cli_ci *ci = ctx;
  ci_begin(ci, r);
  size_t kept = 0;
  for (size_t i = 0; i < n; i++) {
    engine_result x = res[i];
    /* config, then --unknown=pass, then the baseline: the order of `vigil scan` */
    if (ci->have_cfg && !cli_config_result(&ci->cfg, r->pack, &x)) continue;
    if (ci->gate.unknown == CLI_UNKNOWN_PASS && x.status == VM_UNKNOWN) x.status = VM_PASS;
    /* recorded before an old baseline applies: findings it covers are still current */
    if (ci->write_baseline && (x.status == VM_FAIL || x.status == VM_UNKNOWN))
      engine_report_add_results(&ci->bl_rep, &x, 1);
    if (ci->bl) engine_baseline_match(ci->bl, r, &x, ci->bl_reason);
    engine_summary_count(&r->summary, x.status);
    if (cli_gate_fails(&x, &ci->gate)) ci->gate_hit = true;
    res[kept++] = x;
  }
  for (size_t i = 0; i < ci->n_writers; i++)
    ci->writers[i].ops->results(ci->writers[i].st, r, res, kept);
  if (ci->keep == ENGINE_KEEP_ALL) engine_report_add_results(r, res, kept);
  if (ci->keep == ENGINE_KEEP_FINDINGS) {
    /* passes are most results; what is not kept leaves its rule's severity */
    size_t nr = r->pack ? r->pack->n_rules : 0;
    if (!r->rule_severity) {
      if (!(r->rule_severity = malloc(nr + 1))) abort();
      memset(r->rule_severity, 0xFF, nr + 1);
    }
    for (size_t i = 0; i < kept; i++) {
      if (res[i].rule < nr && r->rule_severity[res[i].rule] == 0xFF)
        r->rule_severity[res[i].rule] = res[i].severity;
      if (res[i].status != VM_PASS) engine_report_add_results(r, &res[i], 1);
    }
  }
}

int cli_ci_finish(cli_ci *ci, engine_report *r) {
  char err[1024];
  engine_progress_finish(&ci->progress);
  ci_begin(ci, r);
  int rc = 0;
  for (size_t i = 0; i < ci->n_writers; i++) {
    cli_ci_writer *w = &ci->writers[i];
    int wrc = w->ops->end(w->st, r);
    w->st = NULL;
    if (fflush(w->out) != 0) wrc = -1;
    if (w->path && fclose(w->out) != 0) wrc = -1;
    w->out = NULL;
    if (wrc && !rc) rc = ci_err("error writing the %s report", w->ops->name);
  }
  ci->n_writers = 0;
  if (rc) return rc;
  if (ci->write_baseline &&
      engine_baseline_write_file(&ci->bl_rep, ci->write_baseline, err, sizeof err))
    return ci_err("%s", err);
  return 0;
}

int cli_ci_exit_status(const cli_ci *ci, const engine_report *r) {
  /* gate_hit: every streamed result; cli_exit_status: soft_fail, errors, unparsable files */
  return cli_exit_status(r, &ci->gate) || (!ci->gate.soft_fail && ci->gate_hit);
}

void cli_ci_free(cli_ci *ci) {
  if (ci->have_cfg) cli_config_free(&ci->cfg);
  ci->have_cfg = false;
  for (size_t i = 0; i < ci->n_writers; i++) /* a scan that stopped before cli_ci_finish */
    if (ci->writers[i].path && ci->writers[i].out) fclose(ci->writers[i].out);
  ci->n_writers = 0;
  if (ci->bl) engine_baseline_free(ci->bl);
  ci->bl = NULL;
  if (ci->write_baseline) engine_report_free(&ci->bl_rep);
  base_arena_free(&ci->arena);
}
