/* ruletest.c — `vigil test` (see ruletest.h for the file format and semantics).
 *
 * Each case runs its input through the real scan engine (engine_scan_buffer /
 * engine_scan_paths) with the compiled rules, so a rule test exercises exactly
 * what `vigil scan` would do: the same loaders, views and VM. */
#include "ruletest.h"

#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "read.h"
#include "readfile.h"
#include "scan.h"

typedef struct rt_expect {
  const char *rule, *resource, *message;
  const char *reason; /* an unknown's reason, exact ("fails when var.prod = false") */
  int status; /* vm_status */
  long line;  /* 0 = any */
  size_t src_line;
} rt_expect;

typedef struct rt_case {
  const char *name;
  const char **rules;
  size_t n_rules;
  const char *file; /* input by path (resolved) */
  const char *inline_name, *inline_text;
  size_t inline_len;
  rt_expect *expect;
  size_t n_expect;
} rt_case;

typedef struct rt_file {
  base_arena arena;
  const char *path, *dir;
  const char **rules;
  size_t n_rules;
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
  static const char *const keys[] = {"name", "rules", "input", "expect", NULL};
  if (n->kind != DOC_MAP) return perr(p, n, "a case is a map {name, input, expect}%s", "");
  if (check_keys(p, n, keys, "a case")) return -1;
  base_arena *a = &p->f->arena;
  const char *name = scalar(get(n, "name"));
  if (!name) return perr(p, n, "a case needs a 'name'%s", "");
  c->name = base_arena_strdup(a, name);
  const doc_node *rn = get(n, "rules");
  if (rn && str_list(p, rn, &c->rules, &c->n_rules, false)) return -1;
  if (parse_input(p, n, c)) return -1;
  const doc_node *ex = get(n, "expect");
  if (ex && ex->kind != DOC_LIST) return perr(p, ex, "'expect' must be a list%s", "");
  if (ex) {
    c->expect = base_arena_calloc(a, (ex->len ? ex->len : 1) * sizeof *c->expect);
    for (uint32_t i = 0; i < ex->len; i++)
      if (parse_expect(p, ex->u.items[i], &c->expect[i])) return -1;
    c->n_expect = ex->len;
  }
  return 0;
}

static int parse_root(rt_parse *p, const doc_node *root) {
  static const char *const keys[] = {"rules", "cases", NULL};
  rt_file *f = p->f;
  if (!root || root->kind != DOC_MAP)
    return perr(p, root, "a test file is a map {rules, cases}%s", "");
  if (check_keys(p, root, keys, "a test file")) return -1;
  const doc_node *rn = get(root, "rules");
  if (rn && str_list(p, rn, &f->rules, &f->n_rules, true)) return -1;
  const doc_node *cs = get(root, "cases");
  if (!cs || cs->kind != DOC_LIST)
    return perr(p, cs ? cs : root, "a test file needs 'cases': a list%s", "");
  f->cases = base_arena_calloc(&f->arena, (cs->len ? cs->len : 1) * sizeof *f->cases);
  for (uint32_t i = 0; i < cs->len; i++)
    if (parse_case(p, cs->u.items[i], &f->cases[i])) return -1;
  f->n_cases = cs->len;
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

typedef struct sel_cov {
  bool reached, passed, failed;
} sel_cov;

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

static void cover(const vm_pack *p, const engine_result *res, sel_cov *cov) {
  const vm_rule *ru = &p->rules[res->rule];
  iac_format fmt = res->format ? iac_format_lookup(res->format) : IAC_FMT_NONE;
  for (uint32_t s = ru->first_sel; s < ru->first_sel + ru->n_sels; s++) {
    const vm_selector *sel = &p->sels[s];
    if (sel->format != fmt) continue;
    bool type_ok = false;
    for (uint32_t k = 0; k < sel->n_types && !type_ok; k++)
      type_ok = !strcmp(sel->types[k], "*") ||
                (res->resource_type && !strcmp(sel->types[k], res->resource_type));
    if (!type_ok) continue;
    cov[s].reached = true;
    if (res->status == VM_PASS) cov[s].passed = true;
    if (res->status == VM_FAIL || (res->status == VM_SUPPRESSED)) cov[s].failed = true;
  }
}

static void describe(FILE *out, const vm_pack *p, const engine_result *r) {
  fprintf(out, "%s %s %s at line %u", p->rules[r->rule].id, r->resource ? r->resource : "?",
          vm_status_name(r->status), r->line);
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

static bool run_case(const rt_file *f, const rt_case *c, const vm_pack *p, sel_cov *cov,
                     FILE *out) {
  engine_report rep;
  engine_scan_options so = {.jobs = 1};
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
  bool *used = calloc(rep.n_results + 1, sizeof *used);
  if (!used) abort();
  for (size_t i = 0; i < rep.n_results; i++)
    cover(p, &rep.results[i], cov);
  for (size_t i = 0; i < c->n_expect; i++) {
    const rt_expect *e = &c->expect[i];
    size_t k = 0;
    while (k < rep.n_results && (used[k] || !matches(p, e, &rep.results[k])))
      k++;
    if (k < rep.n_results) {
      used[k] = true;
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
  fprintf(out, "%s - %s: %s\n", ok ? "ok" : "not ok", f->path, c->name);
  if (!ok) fputs(detail, out);
  free(detail);
  free(used);
  engine_report_free(&rep);
  return ok;
}

static void selector_label(FILE *out, const vm_pack *p, const vm_selector *s) {
  fprintf(out, "%s on %s %s", p->rules[s->rule].id, iac_format_name((iac_format)s->format),
          s->kind);
  for (uint32_t k = 0; k < s->n_types; k++)
    fprintf(out, "%s\"%s\"", k ? ", " : " ", s->types[k]);
}

int engine_ruletest_file(const char *path, FILE *out, FILE *diag, engine_ruletest_totals *t) {
  rt_file f;
  if (parse_file(&f, path, diag) != 0) {
    base_arena_free(&f.arena);
    return 2;
  }
  uint8_t *bytes = NULL;
  size_t len = 0;
  const char *def = f.dir;
  const char *const *srcs = f.n_rules ? f.rules : &def;
  size_t nsrc = f.n_rules ? f.n_rules : 1;
  if (engine_compile_sources(srcs, nsrc, diag, 0, &bytes, &len) != 0) {
    fprintf(diag, "%s: the rules under test do not compile\n", path);
    base_arena_free(&f.arena);
    return 2;
  }
  char err[512];
  vm_pack *p = vm_pack_load(bytes, len, err, sizeof err);
  free(bytes);
  if (!p) {
    fprintf(diag, "%s: pack: %s\n", path, err);
    base_arena_free(&f.arena);
    return 2;
  }
  sel_cov *cov = calloc(p->n_sels + 1, sizeof *cov);
  if (!cov) abort();
  int rc = 0;
  t->files++;
  for (size_t i = 0; i < f.n_cases; i++) {
    bool ok = run_case(&f, &f.cases[i], p, cov, out);
    t->cases++;
    if (ok)
      t->passed++;
    else
      t->failed++, rc = 1;
  }
  for (uint32_t s = 0; s < p->n_sels; s++) {
    const sel_cov *cv = &cov[s];
    t->selectors++;
    if (cv->reached && cv->passed && cv->failed) {
      t->covered++;
      continue;
    }
    fputs("# coverage: ", out);
    selector_label(out, p, &p->sels[s]);
    fputs(!cv->reached  ? ": never evaluated\n"
          : !cv->failed ? ": never failed\n"
                        : ": never passed\n",
          out);
  }
  free(cov);
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
