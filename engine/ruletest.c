/* ruletest.c — `vigil test` (see ruletest.h for the file format and semantics).
 *
 * Each case runs its input through the real scan engine (engine_scan_buffer /
 * engine_scan_paths) with the compiled rules, so a rule test exercises exactly
 * what `vigil scan` would do: the same loaders, views and VM. */
#include "ruletest.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "alloc.h"
#include "explain.h"
#include "read.h"
#include "readfile.h"
#include "param_value.h"
#include "ruletest_edit.h"
#include "scan.h"
#include "writefile.h"
#include "value.h"

typedef struct rt_expect {
  const char *rule, *resource, *message;
  const char *reason; /* an unknown's reason, exact ("fails when var.prod = false") */
  int status;         /* vm_status */
  long line;          /* 0 = any */
  size_t src_line;
} rt_expect;

/* `params: {NAME: value}` of a file or a case: set on the pack as --param
 * would (vm_pack_set_param), checked once the rules are compiled. */
typedef struct rt_param {
  const char *name;
  const doc_node *value; /* YAML-typed copy (engine_param_value) */
  uint32_t line, col;    /* the key */
} rt_param;

typedef struct rt_case {
  const char *name;
  rt_param *params; /* on top of the file's */
  size_t n_params;
  const char **rules;
  size_t n_rules;
  const char *file; /* input by path (resolved) */
  const char *inline_name, *inline_text;
  size_t inline_len;
  rt_expect *expect;
  size_t n_expect;
  engine_rt_span span;    /* where it is in the text, for --update */
  engine_rt_entry *fresh; /* --update: the observed expect list (malloc'd), NULL = unchanged */
  size_t n_fresh;
} rt_case;

typedef struct rt_file {
  base_arena arena;
  const char *path, *dir;
  const char **rules;
  size_t n_rules;
  rt_param *params;
  size_t n_params;
  rt_case *cases;
  size_t n_cases;
} rt_file;

/* ---- parsing --------------------------------------------------------------------- */

/* The file goes through the scan's own loader (iac/read.h) with scalars kept
 * as written: `status: no` or `line: 010` mean what this format says. */
typedef struct rt_parse {
  rt_file *f;
  FILE *diag;
} rt_parse;

static int perr(rt_parse *p, const doc_node *n, const char *msg, const char *arg) {
  fprintf(p->diag, "%s:%u:%u: ", p->f->path, n ? (unsigned)n->line : 1u, n ? (unsigned)n->col : 1u);
  fprintf(p->diag, msg, arg);
  fputc('\n', p->diag);
  return -1;
}

static const char *scalar(const doc_node *n) {
  return n && n->kind == DOC_STRING ? n->u.str : NULL;
}

static const doc_node *get(const doc_node *map, const char *key) {
  return map && map->kind == DOC_MAP ? iac_map_get(map, key) : NULL;
}

static int check_keys(rt_parse *p, const doc_node *map, const char *const *allowed,
                      const char *what) {
  for (uint32_t j = 0; j < map->len; j++) {
    const doc_entry *e = &map->u.entries[j];
    bool ok = false;
    for (size_t i = 0; allowed[i]; i++)
      ok |= !strcmp(e->key, allowed[i]);
    if (!ok) {
      char msg[300];
      snprintf(msg, sizeof msg, "unknown key '%%s' in %s", what);
      fprintf(p->diag, "%s:%u:%u: ", p->f->path, (unsigned)e->line, (unsigned)e->col);
      fprintf(p->diag, msg, e->key);
      fputc('\n', p->diag);
      return -1;
    }
  }
  return 0;
}

static const char *resolve(rt_file *f, const char *rel) {
  if (rel[0] == '/' || !strcmp(f->dir, ".")) return base_arena_strdup(&f->arena, rel);
  return base_arena_printf(&f->arena, "%s/%s", f->dir, rel);
}

static int str_list(rt_parse *p, const doc_node *n, const char ***out, size_t *nout, bool paths) {
  if (scalar(n)) {
    *out = base_arena_alloc(&p->f->arena, sizeof **out);
    (*out)[0] = paths ? resolve(p->f, scalar(n)) : base_arena_strdup(&p->f->arena, scalar(n));
    *nout = 1;
    return 0;
  }
  if (n->kind != DOC_LIST) return perr(p, n, "expected a list of strings%s", "");
  *out = base_arena_calloc(&p->f->arena, (n->len ? n->len : 1) * sizeof **out);
  for (uint32_t i = 0; i < n->len; i++) {
    const doc_node *it = n->u.items[i];
    if (!scalar(it)) return perr(p, it, "expected a string%s", "");
    (*out)[i] = paths ? resolve(p->f, scalar(it)) : base_arena_strdup(&p->f->arena, scalar(it));
  }
  *nout = n->len;
  return 0;
}

static int parse_expect(rt_parse *p, const doc_node *n, rt_expect *e) {
  static const char *const keys[] = {"rule",    "resource", "status", "line",
                                     "message", "reason",   NULL};
  if (n->kind != DOC_MAP)
    return perr(p, n, "an expect is a map {rule, resource, status, line, message, reason}%s", "");
  if (check_keys(p, n, keys, "an expect")) return -1;
  base_arena *a = &p->f->arena;
  e->src_line = n->line;
  const char *rule = scalar(get(n, "rule")), *st = scalar(get(n, "status"));
  if (!rule) return perr(p, n, "an expect needs a 'rule'%s", "");
  if (!st) return perr(p, n, "an expect needs a 'status' (pass, fail or unknown)%s", "");
  e->rule = base_arena_strdup(a, rule);
  if (!strcmp(st, "pass"))
    e->status = VM_PASS;
  else if (!strcmp(st, "fail"))
    e->status = VM_FAIL;
  else if (!strcmp(st, "unknown"))
    e->status = VM_UNKNOWN;
  else
    return perr(p, get(n, "status"), "status '%s' is not pass, fail or unknown", st);
  const char *res = scalar(get(n, "resource")), *msg = scalar(get(n, "message"));
  e->resource = res ? base_arena_strdup(a, res) : NULL;
  e->message = msg ? base_arena_strdup(a, msg) : NULL;
  const char *why = scalar(get(n, "reason"));
  e->reason = why ? base_arena_strdup(a, why) : NULL;
  const doc_node *ln = get(n, "line");
  if (ln) {
    const char *s = scalar(ln);
    char *end;
    long v = s ? strtol(s, &end, 10) : 0;
    if (!s || *end || v <= 0) return perr(p, ln, "'line' must be a positive number%s", "");
    e->line = v;
  }
  return 0;
}

/* params: {NAME: value, ...} (values typed as YAML would: 5 is a number,
 * "5" a string). */
static int parse_params(rt_parse *p, const doc_node *n, rt_param **out, size_t *nout) {
  if (n->kind != DOC_MAP) return perr(p, n, "'params' must be a map of NAME: value%s", "");
  *out = base_arena_calloc(&p->f->arena, (n->len ? n->len : 1) * sizeof **out);
  for (uint32_t i = 0; i < n->len; i++) {
    const doc_entry *e = &n->u.entries[i];
    rt_param *pr = &(*out)[i];
    pr->name = base_arena_strndup(&p->f->arena, e->key, e->key_len);
    pr->line = e->line, pr->col = e->col;
    if (!(pr->value = engine_param_value(&p->f->arena, e->val)))
      return perr(p, e->val, "param '%s': the value nests too deeply", pr->name);
  }
  *nout = n->len;
  return 0;
}

/* A case's input: {file: PATH} or {inline: {filename, content}}. */
static int parse_input(rt_parse *p, const doc_node *n, rt_case *c) {
  base_arena *a = &p->f->arena;
  const doc_node *in = get(n, "input");
  if (!in || in->kind != DOC_MAP)
    return perr(p, n, "case '%s' needs an 'input': {file: PATH} or {inline: {filename, content}}",
                c->name);
  const doc_node *file = get(in, "file"), *inl = get(in, "inline");
  if (!!file == !!inl)
    return perr(p, in, "case '%s': input wants exactly one of 'file' and 'inline'", c->name);
  if (file) {
    if (!scalar(file)) return perr(p, file, "'file' must be a path%s", "");
    c->file = resolve(p->f, scalar(file));
    return 0;
  }
  const doc_node *fn = get(inl, "filename"), *ct = get(inl, "content");
  if (!scalar(fn) || !scalar(ct))
    return perr(p, inl, "case '%s': inline input needs 'filename' and 'content'", c->name);
  c->inline_name = base_arena_strdup(a, scalar(fn));
  c->inline_len = ct->len;
  c->inline_text = base_arena_strndup(a, ct->u.str, c->inline_len);
  return 0;
}

static int parse_case(rt_parse *p, const doc_node *n, rt_case *c) {
  static const char *const keys[] = {"name", "rules", "params", "input", "expect", NULL};
  if (n->kind != DOC_MAP) return perr(p, n, "a case is a map {name, input, expect}%s", "");
  if (check_keys(p, n, keys, "a case")) return -1;
  base_arena *a = &p->f->arena;
  const char *name = scalar(get(n, "name"));
  if (!name) return perr(p, n, "a case needs a 'name'%s", "");
  c->name = base_arena_strdup(a, name);
  const doc_node *rn = get(n, "rules");
  if (rn && str_list(p, rn, &c->rules, &c->n_rules, false)) return -1;
  const doc_node *pn = get(n, "params");
  if (pn && parse_params(p, pn, &c->params, &c->n_params)) return -1;
  if (parse_input(p, n, c)) return -1;
  const doc_node *ex = get(n, "expect");
  if (ex && ex->kind != DOC_LIST) return perr(p, ex, "'expect' must be a list%s", "");
  c->span.case_line = n->line;
  c->span.case_col = n->col;
  if (ex) {
    c->expect = base_arena_calloc(a, (ex->len ? ex->len : 1) * sizeof *c->expect);
    uint32_t *at = base_arena_calloc(a, (ex->len ? ex->len : 1) * sizeof *at);
    for (uint32_t i = 0; i < ex->len; i++) {
      if (parse_expect(p, ex->u.items[i], &c->expect[i])) return -1;
      at[i] = ex->u.items[i]->line;
    }
    c->n_expect = ex->len;
    for (uint32_t j = 0; j < n->len; j++) {
      const doc_entry *e = &n->u.entries[j];
      if (!strcmp(e->key, "expect")) {
        c->span.key_line = e->line, c->span.key_col = e->col;
      } else if (c->span.key_line && e->line > c->span.key_line &&
                 (!c->span.after_line || e->line < c->span.after_line)) {
        c->span.after_line = e->line;
      }
    }
    c->span.val_line = ex->line, c->span.val_col = ex->col;
    c->span.item_lines = at, c->span.n_items = ex->len;
  }
  return 0;
}

static int parse_root(rt_parse *p, const doc_node *root) {
  static const char *const keys[] = {"rules", "params", "cases", NULL};
  rt_file *f = p->f;
  if (!root || root->kind != DOC_MAP)
    return perr(p, root, "a test file is a map {rules, cases}%s", "");
  if (check_keys(p, root, keys, "a test file")) return -1;
  const doc_node *rn = get(root, "rules");
  if (rn && str_list(p, rn, &f->rules, &f->n_rules, true)) return -1;
  const doc_node *pn = get(root, "params");
  if (pn && parse_params(p, pn, &f->params, &f->n_params)) return -1;
  const doc_node *cs = get(root, "cases");
  if (!cs || cs->kind != DOC_LIST)
    return perr(p, cs ? cs : root, "a test file needs 'cases': a list%s", "");
  f->cases = base_arena_calloc(&f->arena, (cs->len ? cs->len : 1) * sizeof *f->cases);
  for (uint32_t i = 0; i < cs->len; i++)
    if (parse_case(p, cs->u.items[i], &f->cases[i])) return -1;
  f->n_cases = cs->len;
  /* what follows each case: the next case, or the root key after `cases` */
  uint32_t after = 0, cases_line = 0;
  for (uint32_t j = 0; j < root->len; j++)
    if (!strcmp(root->u.entries[j].key, "cases")) cases_line = root->u.entries[j].line;
  for (uint32_t j = 0; j < root->len; j++) {
    uint32_t l = root->u.entries[j].line;
    if (l > cases_line && (!after || l < after)) after = l;
  }
  for (uint32_t i = 0; i < cs->len; i++)
    f->cases[i].span.next_line = i + 1 < cs->len ? cs->u.items[i + 1]->line : after;
  return 0;
}

static int parse_file(rt_file *f, const char *path, FILE *diag) {
  memset(f, 0, sizeof *f);
  base_arena_init(&f->arena);
  f->path = base_arena_strdup(&f->arena, path);
  const char *slash = strrchr(path, '/');
  f->dir =
      slash ? base_arena_strndup(&f->arena, path, slash == path ? 1 : (size_t)(slash - path)) : ".";
  size_t len;
  const char *why;
  char *text = base_read_file(path, CLI_SIZE_UNKNOWN, IAC_DEFAULT_MAX_FILE_SIZE, &len, &why);
  if (!text) {
    fprintf(diag, "%s: cannot read it\n", path);
    return -1;
  }
  iac_read_opts o = {.raw_scalars = true, .strict_keys = true};
  iac_unit *u = iac_read_buffer(path, text, len, NULL, &o);
  free(text);
  int rc = -1;
  char err[1024];
  if (u->failed) {
    fprintf(diag, "%s\n", iac_read_error(u, err, sizeof err) ? err : "invalid YAML");
  } else {
    rt_parse p = {f, diag};
    rc = parse_root(&p, u->n_docs ? u->docs[0] : NULL);
  }
  iac_unit_free(u);
  return rc;
}

/* ---- running ------------------------------------------------------------------------ */

/* Coverage is per `expect`: the cases run traced (vm_options.trace), and the
 * last instruction of each expect's condition (the pack's debug info) says
 * whether it was evaluated and how it came out. */
typedef struct exp_cov {
  bool reached, passed, failed;
} exp_cov;

typedef struct rt_trace {
  const vm_pack *p;
  exp_cov **cov;    /* [selector][statement] */
  vm_explainer *ex; /* --explain, or NULL */
} rt_trace;

static void rt_on_trace(void *ctx, const vm_trace_event *ev) {
  rt_trace *t = ctx;
  if (t->ex) vm_explain_trace(t->ex, ev);
  if (ev->pc == VM_NO_PC) return;
  const vm_dbg_stmt *st = vm_dbg_stmt_ending(t->p, ev->sel, ev->pc);
  if (!st || st->kind != VM_DBG_EXPECT) return;
  exp_cov *c = &t->cov[ev->sel][st - t->p->debug->sels[ev->sel].stmts];
  c->reached = true;
  if (ev->top && ev->top->tag == VV_BOOL) {
    if (ev->top->u.b)
      c->passed = true;
    else
      c->failed = true;
  }
}

static int rule_index(const vm_pack *p, const char *id) {
  for (uint32_t i = 0; i < p->n_rules; i++)
    if (!strcmp(p->rules[i].id, id)) return (int)i;
  return -1;
}

static bool checked(const rt_case *c, const vm_pack *p, uint32_t rule) {
  if (!c->n_rules && !c->n_expect) return true;
  const char *id = p->rules[rule].id;
  for (size_t i = 0; i < c->n_rules; i++)
    if (!strcmp(c->rules[i], id)) return true;
  for (size_t i = 0; i < c->n_expect; i++)
    if (!strcmp(c->expect[i].rule, id)) return true;
  return false;
}

static void describe(FILE *out, const vm_pack *p, const engine_result *r) {
  fprintf(out, "%s %s %s at line %u", p->rules[r->rule].id, r->resource ? r->resource : "?",
          vm_status_name(r->status), r->line);
  if (r->expect) fprintf(out, " (expect %u)", r->expect);
  if (r->message && *r->message) fprintf(out, ": %s", r->message);
  if (r->status == VM_UNKNOWN && r->reason) fprintf(out, " (unknown: %s)", r->reason);
}

static bool matches(const vm_pack *p, const rt_expect *e, const engine_result *r) {
  if (strcmp(p->rules[r->rule].id, e->rule)) return false;
  if (e->resource && (!r->resource || strcmp(e->resource, r->resource))) return false;
  if ((int)r->status != e->status) return false;
  if (e->line && (long)r->line != e->line) return false;
  if (e->message && (!r->message || strcmp(e->message, r->message))) return false;
  if (e->reason && (!r->reason || strcmp(e->reason, r->reason))) return false;
  return true;
}

/* Writes the inline text into a fresh temporary directory, scans that as a
 * Terraform module, removes it. Result paths are the bare file name. */
static int scan_inline_module(const vm_pack *p, const rt_case *c, const engine_scan_options *so,
                              engine_report *rep) {
  char dir[] = "/tmp/vigil-test-XXXXXX";
  if (!mkdtemp(dir)) return -1;
  const char *base = strrchr(c->inline_name, '/');
  base = base ? base + 1 : c->inline_name;
  char path[512];
  snprintf(path, sizeof path, "%s/%s", dir, base);
  FILE *w = fopen(path, "wb");
  int rc = -1;
  if (w) {
    bool ok = fwrite(c->inline_text, 1, c->inline_len, w) == c->inline_len;
    if (fclose(w) == 0 && ok) {
      char err[512];
      const char *root = dir;
      rc = engine_scan_paths(p, &root, 1, so, rep, err, sizeof err);
      if (rc) engine_report_free(rep);
    }
    unlink(path);
  }
  rmdir(dir);
  return rc;
}

/* A result --update writes: a fail or unknown of a checked rule no expect took. */
static bool fresh_result(const rt_case *c, const vm_pack *p, const engine_result *r, bool used) {
  return !used && (r->status == VM_FAIL || r->status == VM_UNKNOWN) && checked(c, p, r->rule);
}

static engine_rt_entry new_entry(base_arena *a, const vm_pack *p, const engine_result *r) {
  return (engine_rt_entry){0,
                           base_arena_strdup(a, p->rules[r->rule].id),
                           r->resource ? base_arena_strdup(a, r->resource) : NULL,
                           r->message && *r->message ? base_arena_strdup(a, r->message) : NULL,
                           vm_status_name(r->status),
                           r->line};
}

/* --update: the list the case should have had. Old expects that matched stay
 * as written; one that did not is replaced in place by a new result of its rule
 * (and resource); the other new results follow. used[] is updated. */
static void observe(base_arena *a, rt_case *c, const vm_pack *p, const engine_report *rep,
                    const bool *hit, bool *used) {
  size_t n = 0, cap = 0;
  engine_rt_entry *out = NULL;
  for (size_t i = 0; i < c->n_expect; i++) {
    const rt_expect *e = &c->expect[i];
    out = base_grow(out, &cap, n + 1, sizeof *out);
    if (hit[i]) {
      out[n++] = (engine_rt_entry){i + 1,
                                   e->rule,
                                   e->resource,
                                   e->message,
                                   vm_status_name((vm_status)e->status),
                                   (unsigned)e->line};
      continue;
    }
    for (size_t k = 0; k < rep->n_results; k++) {
      const engine_result *r = &rep->results[k];
      if (!fresh_result(c, p, r, used[k]) || strcmp(p->rules[r->rule].id, e->rule) ||
          (e->resource && (!r->resource || strcmp(e->resource, r->resource))))
        continue;
      used[k] = true;
      out[n++] = new_entry(a, p, r);
      break;
    }
  }
  for (size_t k = 0; k < rep->n_results; k++) {
    if (!fresh_result(c, p, &rep->results[k], used[k])) continue;
    out = base_grow(out, &cap, n + 1, sizeof *out);
    out[n++] = new_entry(a, p, &rep->results[k]);
  }
  bool same = n == c->n_expect;
  for (size_t i = 0; i < n && same; i++)
    same = out[i].keep == i + 1;
  if (same) { /* nothing to write: the case failed for another reason */
    free(out);
    return;
  }
  c->fresh = out ? out : base_xmalloc(1);
  c->n_fresh = n;
}

static bool run_case(rt_file *f, rt_case *c, const vm_pack *p, rt_trace *tr, bool update,
                     FILE *out) {
  engine_report rep;
  engine_scan_options so = {.jobs = 1};
  char *explained = NULL;
  size_t elen = 0;
  FILE *ef = NULL;
  if (tr->ex) { /* shown after the case's ok/not ok line */
    ef = open_memstream(&explained, &elen);
    vm_explainer_set_output(tr->ex, ef, false);
  }
  if (p->debug) {
    so.vm.trace = rt_on_trace;
    so.vm.trace_ctx = tr;
  }
  if (c->file) {
    char err[512];
    if (engine_scan_paths(p, &c->file, 1, &so, &rep, err, sizeof err) != 0) {
      fprintf(out, "not ok - %s: %s\n  %s\n", f->path, c->name, err);
      engine_report_free(&rep);
      return false;
    }
  } else if (engine_walk_classify(c->inline_name) == ENGINE_FILE_TERRAFORM) {
    /* Terraform is loaded per module directory: give the text one of its own */
    if (scan_inline_module(p, c, &so, &rep) != 0) {
      fprintf(out, "not ok - %s: %s\n  cannot stage the inline Terraform input\n", f->path,
              c->name);
      return false;
    }
  } else {
    engine_scan_buffer(p, c->inline_name, c->inline_text, c->inline_len, &so, &rep);
  }
  /* collect the problems first: the ok/not ok line comes before its details */
  char *detail = NULL;
  size_t dlen = 0;
  FILE *d = open_memstream(&detail, &dlen);
  for (size_t i = 0; i < c->n_expect; i++)
    if (rule_index(p, c->expect[i].rule) < 0)
      fprintf(d, "  expect at line %zu: no rule %s in the rules under test\n",
              c->expect[i].src_line, c->expect[i].rule);
  for (size_t i = 0; i < rep.n_errors; i++)
    fprintf(d, "  input error: %s:%u:%u: %s\n", rep.errors[i].file, rep.errors[i].line,
            rep.errors[i].col, rep.errors[i].message);
  bool *used = base_xcalloc(rep.n_results + 1, sizeof *used);
  bool *hit = base_xcalloc(c->n_expect + 1, sizeof *hit);
  for (size_t i = 0; i < c->n_expect; i++) {
    const rt_expect *e = &c->expect[i];
    size_t k = 0;
    while (k < rep.n_results && (used[k] || !matches(p, e, &rep.results[k])))
      k++;
    if (k < rep.n_results) {
      used[k] = hit[i] = true;
      continue;
    }
    fprintf(d, "  expected %s %s %s", e->rule, e->resource ? e->resource : "(any resource)",
            vm_status_name((vm_status)e->status));
    if (e->line) fprintf(d, " at line %ld", e->line);
    if (e->message) fprintf(d, " with message \"%s\"", e->message);
    fputs(", got:", d);
    bool any = false;
    for (size_t j = 0; j < rep.n_results; j++) {
      const engine_result *r = &rep.results[j];
      if (strcmp(p->rules[r->rule].id, e->rule)) continue;
      if (e->resource && (!r->resource || strcmp(e->resource, r->resource))) continue;
      fputs("\n    ", d);
      describe(d, p, r);
      any = true;
    }
    fputs(any ? "\n" : " nothing\n", d);
  }
  for (size_t i = 0; i < rep.n_results; i++) {
    const engine_result *r = &rep.results[i];
    if (used[i] || r->status == VM_PASS || !checked(c, p, r->rule)) continue;
    fputs("  unexpected: ", d);
    describe(d, p, r);
    fputc('\n', d);
  }
  fclose(d);
  bool ok = dlen == 0;
  if (update && !ok) observe(&f->arena, c, p, &rep, hit, used);
  fprintf(out, "%s - %s: %s\n", ok ? "ok" : "not ok", f->path, c->name);
  if (!ok) fputs(detail, out);
  free(detail);
  if (ef) {
    fclose(ef);
    fputs(explained, out);
    free(explained);
  }
  free(used);
  free(hit);
  engine_report_free(&rep);
  return ok;
}

/* "ORG_X expect 2 (rules/x.vgl:14)" */
static void expect_label(FILE *out, const vm_pack *p, uint32_t sel, const vm_dbg_stmt *st) {
  fprintf(out, "%s expect %u (%s:%u)", p->rules[p->sels[sel].rule].id, st->index,
          p->debug->files[st->file].name, st->line);
}

/* A test file that cannot run: its error went to diag; one failed case in the
 * totals and a "not ok" line, so the summary shows it. Streams are flushed so
 * the error comes before the line when both go to one terminal. */
static int unusable(FILE *out, FILE *diag, const char *path, const char *why,
                    engine_ruletest_totals *t) {
  fflush(diag);
  fprintf(out, "not ok - %s: %s\n", path, why);
  fflush(out);
  t->cases++, t->failed++;
  return 2;
}

/* --update: writes the failing cases' observed lists into the file. */
static int write_updates(rt_file *f, FILE *out, FILE *diag) {
  size_t n = 0;
  for (size_t i = 0; i < f->n_cases; i++)
    n += f->cases[i].fresh != NULL;
  if (!n) return 0;
  engine_rt_rewrite *rw = base_xcalloc(n, sizeof *rw);
  size_t k = 0;
  for (size_t i = 0; i < f->n_cases; i++)
    if (f->cases[i].fresh)
      rw[k++] = (engine_rt_rewrite){f->cases[i].span, f->cases[i].fresh, f->cases[i].n_fresh, NULL};
  size_t len, olen;
  const char *why;
  char *text = base_read_file(f->path, CLI_SIZE_UNKNOWN, IAC_DEFAULT_MAX_FILE_SIZE, &len, &why);
  int rc = 0;
  if (!text) {
    fprintf(diag, "%s: cannot update it: %s\n", f->path, why);
    free(rw);
    return 2;
  }
  char *upd = engine_rt_apply(text, len, rw, n, &olen);
  size_t done = 0;
  k = 0;
  for (size_t i = 0; i < f->n_cases; i++) {
    if (!f->cases[i].fresh) continue;
    if (rw[k].error) {
      fprintf(diag, "%s:%u:%u: cannot update case '%s': %s\n", f->path,
              (unsigned)rw[k].span.case_line, (unsigned)rw[k].span.case_col, f->cases[i].name,
              rw[k].error);
      rc = 2;
    } else {
      done++;
    }
    k++;
  }
  /* a temporary file renamed over the old one: never half a test file */
  int err = done ? base_write_file_atomic(f->path, upd, olen) : 0;
  if (err) {
    fprintf(diag, "%s: cannot write the update: %s\n", f->path, strerror(err));
    rc = 2;
  } else if (done) {
    fprintf(out, "# updated %s: %zu case%s\n", f->path, done, done == 1 ? "" : "s");
  }
  free(upd);
  free(text);
  free(rw);
  return rc;
}

/* Sets params on p; on a name the pack has no param for, or a value not of
 * the default's kind, prints FILE:LINE:COL: why to diag and returns -1. */
static int set_params(const rt_file *f, vm_pack *p, const rt_param *ps, size_t n, FILE *diag) {
  for (size_t i = 0; i < n; i++) {
    char err[512];
    if (vm_pack_set_param(p, ps[i].name, ps[i].value, err, sizeof err) != 0) {
      fprintf(diag, "%s:%u:%u: params: %s\n", f->path, (unsigned)ps[i].line, (unsigned)ps[i].col,
              err);
      return -1;
    }
  }
  return 0;
}

/* The file's params on p, then every case's checked (and undone): all errors
 * are found before a case runs. *base gets the values each case starts from. */
static int check_params(rt_file *f, vm_pack *p, const doc_node ***base, FILE *diag) {
  if (set_params(f, p, f->params, f->n_params, diag)) return -1;
  size_t bytes = (p->n_params ? p->n_params : 1) * sizeof **base;
  *base = base_arena_alloc(&f->arena, bytes);
  if (p->n_params) memcpy(*base, p->param_values, p->n_params * sizeof **base);
  int rc = 0;
  for (size_t i = 0; i < f->n_cases; i++) {
    if (set_params(f, p, f->cases[i].params, f->cases[i].n_params, diag)) rc = -1;
    if (p->n_params) memcpy(p->param_values, *base, p->n_params * sizeof **base);
  }
  return rc;
}

static bool selected(const engine_ruletest_options *o, const rt_case *c) {
  return !o->pattern || strstr(c->name, o->pattern);
}

int engine_ruletest_file(const char *path, const engine_ruletest_options *o, FILE *out, FILE *diag,
                         engine_ruletest_totals *t) {
  rt_file f;
  fflush(out);
  if (parse_file(&f, path, diag) != 0) {
    base_arena_free(&f.arena);
    return unusable(out, diag, path, "not a valid test file (the error is above)", t);
  }
  uint8_t *bytes = NULL;
  size_t len = 0;
  const char *def = f.dir;
  const char *const *srcs = f.n_rules ? f.rules : &def;
  size_t nsrc = f.n_rules ? f.n_rules : 1;
  if (engine_compile_sources(srcs, nsrc, diag, 0, &bytes, &len) != 0) {
    fprintf(diag, "%s: the rules under test do not compile\n", path);
    base_arena_free(&f.arena);
    return unusable(out, diag, path, "the rules under test do not compile", t);
  }
  char err[512];
  vm_pack *p = vm_pack_load(bytes, len, err, sizeof err);
  free(bytes);
  if (!p) {
    fprintf(diag, "%s: pack: %s\n", path, err);
    base_arena_free(&f.arena);
    return unusable(out, diag, path, "the rules under test do not load", t);
  }
  const doc_node **base_params;
  if (check_params(&f, p, &base_params, diag) != 0) {
    vm_pack_free(p);
    base_arena_free(&f.arena);
    return unusable(out, diag, path,
                    "a param does not fit the rules under test (the error is above)", t);
  }
  rt_trace tr = {p, NULL, NULL};
  if (p->debug) {
    tr.cov = base_arena_calloc(&f.arena, (p->n_sels + 1) * sizeof *tr.cov);
    for (uint32_t s = 0; s < p->n_sels; s++)
      tr.cov[s] = base_arena_calloc(&f.arena, (p->debug->sels[s].n_stmts + 1) * sizeof *tr.cov[s]);
  }
  if (o && o->explain) {
    const char *at = strchr(o->explain, '@');
    char *rule = base_arena_strndup(&f.arena, o->explain,
                                    at ? (size_t)(at - o->explain) : strlen(o->explain));
    tr.ex = vm_explainer_new(p, rule, at && at[1] ? at + 1 : NULL, out, err, sizeof err);
    if (!tr.ex) {
      fprintf(diag, "%s: --explain %s: %s\n", path, o->explain, err);
      vm_pack_free(p);
      base_arena_free(&f.arena);
      return 2;
    }
  }
  int rc = 0;
  t->files++;
  for (size_t i = 0; i < f.n_cases; i++) {
    if (!selected(o, &f.cases[i])) {
      t->deselected++;
      continue;
    }
    /* each case starts from the file's params (checked above: cannot fail) */
    if (p->n_params) memcpy(p->param_values, base_params, p->n_params * sizeof *base_params);
    set_params(&f, p, f.cases[i].params, f.cases[i].n_params, diag);
    bool ok = run_case(&f, &f.cases[i], p, &tr, o->update, out);
    t->cases++;
    if (ok)
      t->passed++;
    else
      t->failed++, rc = 1;
  }
  /* coverage says what all the cases show: not reported for a -k selection */
  for (uint32_t s = 0; p->debug && s < p->n_sels && !o->pattern; s++) {
    const vm_dbg_sel *d = &p->debug->sels[s];
    for (uint32_t k = 0; k < d->n_stmts; k++) {
      const exp_cov *cv = &tr.cov[s][k];
      if (d->stmts[k].kind != VM_DBG_EXPECT) continue;
      t->expects++;
      if (cv->reached && cv->passed && cv->failed) {
        t->covered++;
        continue;
      }
      fputs("# coverage: ", out);
      expect_label(out, p, s, &d->stmts[k]);
      fputs(!cv->reached  ? ": never evaluated\n"
            : !cv->failed ? ": never failed\n"
                          : ": never passed\n",
            out);
    }
  }
  if (o->update) {
    int urc = write_updates(&f, out, diag);
    if (urc > rc) rc = urc;
  }
  for (size_t i = 0; i < f.n_cases; i++)
    free(f.cases[i].fresh);
  vm_explainer_free(tr.ex);
  vm_pack_free(p);
  base_arena_free(&f.arena);
  return rc;
}

/* ---- discovery ------------------------------------------------------------------------ */

static bool is_test_file(const char *name) {
  size_t n = strlen(name);
  return n > 10 && !strcmp(name + n - 10, ".test.yaml");
}

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static void find_rec(const char *dir, char ***files, size_t *n, size_t *cap, int depth) {
  if (depth > 64) return;
  DIR *d = opendir(dir);
  if (!d) return;
  struct dirent *e;
  char **names = NULL;
  size_t nn = 0, nc = 0;
  while ((e = readdir(d))) {
    if (e->d_name[0] == '.') continue;
    if (nn == nc) {
      nc = nc ? nc * 2 : 16;
      names = realloc(names, nc * sizeof *names);
      if (!names) abort();
    }
    names[nn++] = strdup(e->d_name);
  }
  closedir(d);
  if (nn) qsort(names, nn, sizeof *names, cmp_str);
  for (size_t i = 0; i < nn; i++) {
    char *full = malloc(strlen(dir) + strlen(names[i]) + 2);
    if (!full) abort();
    sprintf(full, "%s/%s", strcmp(dir, "/") ? dir : "", names[i]);
    struct stat st;
    if (stat(full, &st) == 0 && S_ISDIR(st.st_mode) && strcmp(names[i], "node_modules")) {
      find_rec(full, files, n, cap, depth + 1);
      free(full);
    } else if (is_test_file(names[i]) && stat(full, &st) == 0 && S_ISREG(st.st_mode)) {
      if (*n == *cap) {
        *cap = *cap ? *cap * 2 : 16;
        *files = realloc(*files, *cap * sizeof **files);
        if (!*files) abort();
      }
      (*files)[(*n)++] = full;
    } else {
      free(full);
    }
    free(names[i]);
  }
  free(names);
}

size_t engine_ruletest_find(const char *path, char ***files) {
  size_t n = 0, cap = 0;
  *files = NULL;
  struct stat st;
  if (stat(path, &st) != 0) return 0;
  if (!S_ISDIR(st.st_mode)) {
    *files = malloc(sizeof **files);
    if (!*files) abort();
    (*files)[0] = strdup(path);
    return 1;
  }
  size_t len = strlen(path);
  char *dir = strdup(path);
  if (!dir) abort();
  while (len > 1 && dir[len - 1] == '/')
    dir[--len] = '\0';
  find_rec(dir, files, &n, &cap, 0);
  free(dir);
  return n;
}
