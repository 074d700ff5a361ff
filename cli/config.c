/* config.c — .vigil.yaml (read with iac/read.h, the scan's own loader): find, parse, apply. */
#include "config.h"

#include <errno.h>
#include <fnmatch.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "alloc.h"
#include "param_value.h"
#include "read.h"
#include "readfile.h"
#include "value.h"
#include "suppress.h"

bool cli_url_absolute(const char *u) {
  /* RFC 3986 scheme ":" then something */
  if (!((*u >= 'a' && *u <= 'z') || (*u >= 'A' && *u <= 'Z'))) return false;
  const char *p = u + 1;
  while ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
         *p == '+' || *p == '-' || *p == '.')
    p++;
  return *p == ':' && p[1];
}

/* ---- globs ------------------------------------------------------------------------ */

/* A path glob is a sequence of tokens: '**' (any string, '/' included; a '/'
 * right after it is part of it, so "**" + "/" also matches zero segments),
 * '*' (any run of non-'/' bytes), '?' (one non-'/' byte) and literal bytes.
 * That is a regular expression with no alternation, so it is matched by
 * simulating its NFA: one pass over the path with the set of pattern positions
 * still alive, O(tokens x path) steps whatever the pattern. (The backtracking
 * matcher this replaces took exponential time on patterns with many '**'.) */
enum { G_ANY = 256, G_STAR, G_ONE }; /* tokens; 0..255 are literal bytes */

/* Pattern -> tokens (tok has room for strlen(p) of them); returns the count. */
static size_t glob_compile(const char *p, int *tok) {
  size_t n = 0;
  while (*p) {
    if (p[0] == '*' && p[1] == '*') {
      p += 2;
      if (*p == '/') p++;
      tok[n++] = G_ANY;
    } else if (*p == '*') {
      p++;
      tok[n++] = G_STAR;
    } else if (*p == '?') {
      p++;
      tok[n++] = G_ONE;
    } else {
      tok[n++] = (unsigned char)*p++;
    }
  }
  return n;
}

/* Adds state i to the set, and what it reaches without input: a '*' or '**'
 * may match nothing. */
static void glob_add(const int *tok, size_t n, bool *set, size_t i) {
  for (; i <= n && !set[i]; i++) {
    set[i] = true;
    if (i == n || (tok[i] != G_ANY && tok[i] != G_STAR)) break;
  }
}

/* Bytes of stack before the state sets go to the heap. */
enum { GLOB_STACK = 256 };

static bool glob_match(const char *pattern, const char *s) {
  size_t plen = strlen(pattern);
  int tok_stack[GLOB_STACK];
  bool set_stack[2 * (GLOB_STACK + 1)];
  int *tok = plen <= GLOB_STACK ? tok_stack : base_xmalloc(plen * sizeof *tok);
  size_t n = glob_compile(pattern, tok);
  bool *sets = plen <= GLOB_STACK ? set_stack : base_xmalloc(2 * (n + 1) * sizeof *sets);
  bool *cur = sets, *next = sets + n + 1;
  memset(cur, 0, (n + 1) * sizeof *cur);
  glob_add(tok, n, cur, 0);
  bool alive = true;
  for (; *s && alive; s++) {
    unsigned char c = (unsigned char)*s;
    memset(next, 0, (n + 1) * sizeof *next);
    alive = false;
    for (size_t i = 0; i < n; i++) {
      if (!cur[i]) continue;
      int t = tok[i];
      if (t == G_ANY || (t == G_STAR && c != '/')) {
        next[i] = true; /* stays: its closure is already in next via i */
        glob_add(tok, n, next, i + 1);
        alive = true;
      } else if ((t == G_ONE && c != '/') || t == (int)c) {
        glob_add(tok, n, next, i + 1);
        alive = true;
      }
    }
    bool *tmp = cur;
    cur = next;
    next = tmp;
  }
  bool match = alive && !*s && cur[n];
  if (tok != tok_stack) free(tok);
  if (sets != set_stack) free(sets);
  return match;
}

bool cli_config_glob(const char *pattern, const char *path) {
  if (!strchr(pattern, '/')) {
    const char *base = strrchr(path, '/');
    return glob_match(pattern, base ? base + 1 : path);
  }
  if (pattern[0] == '.' && pattern[1] == '/') pattern += 2;
  if (path[0] == '.' && path[1] == '/') path += 2;
  return glob_match(pattern, path);
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

/* The first rule token of toks[0..n) that selects no rule of p, or -1. */
static long unmatched(const vm_pack *p, const char *const *toks, size_t n) {
  for (size_t i = 0; i < n; i++) {
    bool hit = false;
    for (uint32_t r = 0; r < p->n_rules && !hit; r++)
      hit = rule_selected(&p->rules[r], toks[i]);
    if (!hit) return (long)i;
  }
  return -1;
}

static int check_fail(const cli_config *c, cli_config_at at, const char *key, const char *tok,
                      char *err, size_t errlen) {
  snprintf(err, errlen,
           "%s:%u:%u: %s: '%s' matches no rule of the pack (an id, a ref or a glob over ids; "
           "`vigil list` shows the rules)",
           c->path, (unsigned)at.line, (unsigned)at.col, key, tok);
  return -1;
}

int cli_config_check(const cli_config *c, const vm_pack *p, char *err, size_t errlen) {
  long i;
  if ((i = unmatched(p, c->enable, c->n_enable)) >= 0)
    return check_fail(c, c->enable_at[i], "enable", c->enable[i], err, errlen);
  if ((i = unmatched(p, c->disable, c->n_disable)) >= 0)
    return check_fail(c, c->disable_at[i], "disable", c->disable[i], err, errlen);
  for (size_t k = 0; k < c->n_severity; k++)
    if (unmatched(p, &c->severity[k].rule, 1) >= 0)
      return check_fail(c, c->severity[k].at, "severity", c->severity[k].rule, err, errlen);
  for (size_t k = 0; k < c->n_suppress; k++)
    if (unmatched(p, &c->suppress[k].rule, 1) >= 0)
      return check_fail(c, c->suppress[k].at, "suppress", c->suppress[k].rule, err, errlen);
  return 0;
}

/* ---- parsing ---------------------------------------------------------------------- */

/* The file goes through the scan's own loader (read.h), with every scalar
 * kept as written: `soft_fail: yes` and `enable: [010]` mean what this file
 * says they mean, not YAML 1.1's bool and octal. */
typedef struct pctx {
  cli_config *c;
  const char *name;
  char *err;
  size_t errlen;
} pctx;

static int fail_at(pctx *p, uint32_t line, uint32_t col, const char *fmt, const char *a,
                   const char *b) {
  char msg[512];
  snprintf(msg, sizeof msg, fmt, a, b);
  snprintf(p->err, p->errlen, "%s:%u:%u: %s", p->name, (unsigned)line, (unsigned)col, msg);
  return -1;
}

#define AT(n) (n)->line, (n)->col

static const char *scalar(const doc_node *n) {
  return n && n->kind == DOC_STRING ? n->u.str : NULL;
}

static const char *resolve(pctx *p, const char *rel) {
  if (rel[0] == '/' || !p->c->dir[0] || !strcmp(p->c->dir, "."))
    return base_arena_strdup(&p->c->arena, rel);
  return base_arena_printf(&p->c->arena, "%s/%s", p->c->dir, rel);
}

/* a scalar or a list of scalars -> arena array */
static int str_list(pctx *p, const char *key, const doc_node *n, const char ***out, size_t *nout,
                    bool paths) {
  bool list = n->kind == DOC_LIST;
  if (!list && !scalar(n))
    return fail_at(p, AT(n), "'%s' must be a string or a list of strings%s", key, "");
  size_t cnt = list ? n->len : 1;
  const char **arr = base_arena_calloc(&p->c->arena, (cnt ? cnt : 1) * sizeof *arr);
  for (size_t i = 0; i < cnt; i++) {
    const doc_node *it = list ? n->u.items[i] : n;
    const char *s = scalar(it);
    if (!s) return fail_at(p, AT(it), "'%s' must be a string or a list of strings%s", key, "");
    arr[i] = paths ? resolve(p, s) : base_arena_strdup(&p->c->arena, s);
  }
  *out = arr;
  *nout = cnt;
  return 0;
}

/* Where each entry of a scalar-or-list value (str_list) is written. */
static cli_config_at *locate(pctx *p, const doc_node *n) {
  size_t cnt = n->kind == DOC_LIST ? n->len : 1;
  cli_config_at *at = base_arena_calloc(&p->c->arena, (cnt ? cnt : 1) * sizeof *at);
  for (size_t i = 0; i < cnt; i++) {
    const doc_node *it = n->kind == DOC_LIST ? n->u.items[i] : n;
    at[i] = (cli_config_at){it->line, it->col};
  }
  return at;
}

/* A string list whose entries are located (rule tokens, pack names). */
static int located_list(pctx *p, const char *key, const doc_node *n, const char ***out,
                        size_t *nout, cli_config_at **at) {
  if (str_list(p, key, n, out, nout, false)) return -1;
  *at = locate(p, n);
  return 0;
}

static int boolean(pctx *p, const char *key, const doc_node *n, bool *out) {
  const char *s = scalar(n);
  if (s && (!strcmp(s, "true") || !strcmp(s, "yes")))
    *out = true;
  else if (s && (!strcmp(s, "false") || !strcmp(s, "no")))
    *out = false;
  else
    return fail_at(p, AT(n), "'%s' must be true or false%s", key, "");
  return 0;
}

static int severity(pctx *p, const doc_node *n, int *out) {
  const char *s = scalar(n);
  int sev = s ? vm_severity_lookup(s) : -1;
  if (sev < 0)
    return fail_at(p, AT(n), "bad severity '%s' (expected critical, high, medium, low or info)%s",
                   s ? s : "?", "");
  *out = sev;
  return 0;
}

/* params: {NAME: value} or {MODULE.NAME: value}: checked against the pack
 * when it is loaded (cmd_scan.c). */
static int parse_params(pctx *p, const doc_node *n) {
  if (n->kind != DOC_MAP)
    return fail_at(p, AT(n), "'params' must be a map of NAME: value%s%s", "", "");
  p->c->params = base_arena_calloc(&p->c->arena, (n->len ? n->len : 1) * sizeof *p->c->params);
  for (uint32_t i = 0; i < n->len; i++) {
    const doc_entry *e = &n->u.entries[i];
    p->c->params[i].name = base_arena_strdup(&p->c->arena, e->key);
    /* copied: the parsed tree is freed with the file */
    if (!(p->c->params[i].value = engine_param_value(&p->c->arena, e->val)))
      return fail_at(p, AT(e), "param '%s': the value nests too deeply%s", e->key, "");
  }
  p->c->n_params = n->len;
  return 0;
}

static int parse_severity_map(pctx *p, const doc_node *n) {
  if (n->kind != DOC_MAP)
    return fail_at(p, AT(n), "'severity' must be a map of RULE: SEVERITY%s%s", "", "");
  p->c->severity = base_arena_calloc(&p->c->arena, (n->len ? n->len : 1) * sizeof *p->c->severity);
  for (uint32_t i = 0; i < n->len; i++) {
    p->c->severity[i].rule = base_arena_strdup(&p->c->arena, n->u.entries[i].key);
    p->c->severity[i].at = (cli_config_at){n->u.entries[i].line, n->u.entries[i].col};
    if (severity(p, n->u.entries[i].val, &p->c->severity[i].severity)) return -1;
  }
  p->c->n_severity = n->len;
  return 0;
}

static int parse_outputs(pctx *p, const doc_node *n) {
  if (n->kind != DOC_MAP)
    return fail_at(p, AT(n), "'output' must be a map of FORMAT: PATH%s%s", "", "");
  p->c->outputs = base_arena_calloc(&p->c->arena, (n->len ? n->len : 1) * sizeof *p->c->outputs);
  for (uint32_t i = 0; i < n->len; i++) {
    const doc_entry *e = &n->u.entries[i];
    const char *v = scalar(e->val);
    if (!v) return fail_at(p, AT(e->val), "'output' must be a map of FORMAT: PATH%s%s", "", "");
    p->c->outputs[i] = base_arena_printf(&p->c->arena, "%s=%s", e->key, resolve(p, v));
  }
  p->c->n_outputs = n->len;
  return 0;
}

static int parse_one_suppress(pctx *p, const doc_node *it, cli_config_suppress *s) {
  cli_config *c = p->c;
  if (it->kind != DOC_MAP)
    return fail_at(p, AT(it), "'suppress' must be a list of {rule, paths, reason}%s%s", "", "");
  for (uint32_t j = 0; j < it->len; j++) {
    const doc_entry *e = &it->u.entries[j];
    const char *k = e->key, *v = scalar(e->val);
    if (!strcmp(k, "rule") && v) {
      s->rule = base_arena_strdup(&c->arena, v);
      s->at = (cli_config_at){e->val->line, e->val->col};
    } else if (!strcmp(k, "reason") && v)
      s->reason = base_arena_strdup(&c->arena, v);
    else if (!strcmp(k, "paths")) {
      if (str_list(p, "paths", e->val, &s->paths, &s->n_paths, false)) return -1;
    } else
      return fail_at(p, AT(e), "unknown key '%s' in a suppression (expected rule, paths, reason)%s",
                     k, "");
  }
  if (!s->rule) return fail_at(p, AT(it), "a suppression needs a 'rule'%s%s", "", "");
  if (!s->reason || !*s->reason)
    return fail_at(p, AT(it), "suppression of %s needs a 'reason'%s", s->rule, "");
  return 0;
}

static int parse_suppress(pctx *p, const doc_node *n) {
  if (n->kind != DOC_LIST)
    return fail_at(p, AT(n), "'suppress' must be a list of {rule, paths, reason}%s%s", "", "");
  cli_config *c = p->c;
  c->suppress = base_arena_calloc(&c->arena, (n->len ? n->len : 1) * sizeof *c->suppress);
  for (uint32_t i = 0; i < n->len; i++)
    if (parse_one_suppress(p, n->u.items[i], &c->suppress[i])) return -1;
  c->n_suppress = n->len;
  return 0;
}

/* One top-level key; -1 with p->err set when its value is wrong. */
static int parse_key(pctx *p, const doc_entry *e) {
  cli_config *c = p->c;
  const char *k = e->key;
  const doc_node *v = e->val;
  if (!strcmp(k, "enable")) return located_list(p, k, v, &c->enable, &c->n_enable, &c->enable_at);
  if (!strcmp(k, "disable"))
    return located_list(p, k, v, &c->disable, &c->n_disable, &c->disable_at);
  if (!strcmp(k, "severity")) return parse_severity_map(p, v);
  if (!strcmp(k, "exclude")) return str_list(p, k, v, &c->exclude, &c->n_exclude, false);
  if (!strcmp(k, "packs")) return located_list(p, k, v, &c->packs, &c->n_packs, &c->packs_at);
  if (!strcmp(k, "sources")) return str_list(p, k, v, &c->sources, &c->n_sources, true);
  if (!strcmp(k, "formats")) return str_list(p, k, v, &c->formats, &c->n_formats, false);
  if (!strcmp(k, "output")) return parse_outputs(p, v);
  if (!strcmp(k, "var_files")) return str_list(p, k, v, &c->var_files, &c->n_var_files, true);
  if (!strcmp(k, "suppress")) return parse_suppress(p, v);
  if (!strcmp(k, "fail_on")) {
    c->has_fail_on = true;
    return severity(p, v, &c->fail_on);
  }
  if (!strcmp(k, "soft_fail")) {
    c->has_soft_fail = true;
    return boolean(p, k, v, &c->soft_fail);
  }
  if (!strcmp(k, "inline_suppressions")) {
    c->has_inline = true;
    return boolean(p, k, v, &c->inline_suppressions);
  }
  if (!strcmp(k, "unknown")) {
    int u = scalar(v) ? cli_unknown_policy_lookup(scalar(v)) : -1;
    if (u < 0) return fail_at(p, AT(v), "'unknown' must be report, fail or pass%s%s", "", "");
    c->unknown = (cli_unknown_policy)u;
    c->has_unknown = true;
    return 0;
  }
  if (!strcmp(k, "baseline")) {
    if (!scalar(v)) return fail_at(p, AT(v), "'baseline' must be a file name%s%s", "", "");
    c->baseline = resolve(p, scalar(v));
    return 0;
  }
  if (!strcmp(k, "cache")) {
    if (!scalar(v) || !*scalar(v))
      return fail_at(p, AT(v), "'cache' must be a directory name%s%s", "", "");
    c->cache = resolve(p, scalar(v));
    return 0;
  }
  if (!strcmp(k, "params")) return parse_params(p, v);
  if (!strcmp(k, "docs_url")) {
    if (!scalar(v) || !cli_url_absolute(scalar(v)))
      return fail_at(p, AT(v), "'docs_url' must be an absolute URL (https://..., file:///...)%s%s",
                     "", "");
    c->docs_url = base_arena_strdup(&c->arena, scalar(v));
    return 0;
  }
  return fail_at(p, AT(e),
                 "unknown key '%s' (expected enable, disable, severity, exclude, packs, "
                 "sources, formats, output, var_files, fail_on, soft_fail, unknown, "
                 "inline_suppressions, baseline, suppress, docs_url, params, cache)%s",
                 k, "");
}

/* A key written twice anywhere in the file is an error: which one was meant
 * is not the reader's guess (the loader keeps both: keep_duplicates). */
static int no_duplicates(pctx *p, const doc_node *n) {
  if (n->kind == DOC_LIST) {
    for (uint32_t i = 0; i < n->len; i++)
      if (no_duplicates(p, n->u.items[i])) return -1;
  } else if (n->kind == DOC_MAP) {
    for (uint32_t i = 0; i < n->len; i++) {
      const doc_entry *e = &n->u.entries[i];
      for (uint32_t j = 0; j < i; j++)
        if (!strcmp(n->u.entries[j].key, e->key)) {
          char first[16];
          snprintf(first, sizeof first, "%u", (unsigned)n->u.entries[j].line);
          return fail_at(p, AT(e), "duplicate key '%s' (first at line %s)", e->key, first);
        }
      if (no_duplicates(p, e->val)) return -1;
    }
  }
  return 0;
}

/* What no single key can say: one pack, and a pack or sources, not both. */
static int check_packs(pctx *p) {
  const cli_config *c = p->c;
  if (c->n_packs > 1)
    return fail_at(p, c->packs_at[1].line, c->packs_at[1].col,
                   "'packs' names more than one pack: a scan runs one pack (compile several "
                   "rule sets into one with `sources:` or `vigil compile`)%s%s",
                   "", "");
  if (c->n_packs && c->n_sources)
    return fail_at(p, c->packs_at[0].line, c->packs_at[0].col,
                   "'packs' and 'sources' exclude each other (a shipped pack, or rules compiled "
                   "from sources)%s%s",
                   "", "");
  return 0;
}

static int parse_root(pctx *p, const doc_node *root) {
  if (!root) return 0; /* empty file: all defaults */
  if (root->kind != DOC_MAP)
    return fail_at(p, AT(root), "the configuration must be a map%s%s", "", "");
  if (no_duplicates(p, root)) return -1;
  for (uint32_t i = 0; i < root->len; i++)
    if (parse_key(p, &root->u.entries[i])) return -1;
  return check_packs(p);
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
  iac_read_opts o = {.raw_scalars = true, .strict_keys = true, .keep_duplicates = true};
  iac_unit *u = iac_read_buffer(name, text, len, NULL, &o);
  int rc;
  if (u->failed) {
    if (!iac_read_error(u, err, errlen)) snprintf(err, errlen, "%s: invalid YAML", name);
    rc = -1;
  } else {
    pctx p = {c, name, err, errlen};
    rc = parse_root(&p, u->n_docs ? u->docs[0] : NULL);
  }
  iac_unit_free(u);
  if (rc) cli_config_free(c);
  return rc;
}

int cli_config_load(cli_config *c, const char *path, char *err, size_t errlen) {
  size_t n;
  const char *why;
  errno = 0;
  char *buf = base_read_file(path, CLI_SIZE_UNKNOWN, IAC_DEFAULT_MAX_FILE_SIZE, &n, &why);
  if (!buf) {
    memset(c, 0, sizeof *c);
    snprintf(err, errlen, "cannot read config %s: %s", path, errno ? strerror(errno) : why);
    return -1;
  }
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
    "# Every key is optional and shown commented out with its default (or an example\n"
    "# where there is none): as written, this file changes nothing. Command-line\n"
    "# options override it. Relative paths are relative to this file. Reference: docs/ci.md.\n"
    "\n"
    "# Rules to run: ids, refs (CKV_AWS_51) or globs over ids (AWS_ECR_*); an entry\n"
    "# that matches no rule of the pack is an error.\n"
    "# enable: [AWS_ECR_IMMUTABLE_TAGS]     # only these (default: every rule of the pack)\n"
    "# disable: [CKV_AWS_51]\n"
    "\n"
    "# Severity overrides (critical, high, medium, low, info).\n"
    "# severity:\n"
    "#   AWS_ECR_IMMUTABLE_TAGS: critical\n"
    "\n"
    "# Paths not scanned: '*' within a directory, '**' across directories.\n"
    "# exclude: [\"**/testdata/**\"]    # default: nothing excluded\n"
    "\n"
    "# Where the rules come from (default: the built-in pack): one shipped pack by\n"
    "# name (as --pack-name), or your own rule sources (as --rules); not both.\n"
    "# packs: [ecr]\n"
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
    "# fail_on: info              # any failure fails\n"
    "# soft_fail: false           # true: always exit 0 (report only)\n"
    "# unknown: report            # report | fail | pass: what unknown results do\n"
    "\n"
    "# In-source waivers (# vigil:ignore RULE reason, Metadata, #checkov:skip=...).\n"
    "# inline_suppressions: true   # false: ignore them (CI-owned policy)\n"
    "\n"
    "# Findings recorded with `vigil scan --write-baseline FILE` are not failures.\n"
    "# baseline: .vigil-baseline.json\n"
    "# Keep each unit's results in this directory and reuse them while nothing\n"
    "# they depend on changed (`vigil scan --cache DIR`).\n"
    "# cache: .vigil-cache\n"
    "\n"
    "# SARIF rule links (helpUri): base URL of the docs (default: the installed docs).\n"
    "# docs_url: https://example.com/vigil/docs/\n"
    "\n"
    "# Waivers owned by this file (status suppressed, kind config).\n"
    "# suppress:\n"
    "#   - rule: AWS_ECR_IMMUTABLE_TAGS\n"
    "#     paths: [\"sandbox/**\"]\n"
    "#     reason: sandbox registries are rebuilt nightly\n";
