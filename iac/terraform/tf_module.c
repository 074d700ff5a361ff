/* tf_module.c — Terraform modules: configuration loading, variables, locals,
 * count/for_each instances, local child modules, resource bodies, and the
 * public API of terraform.h.
 *
 * Evaluation is lazy and memoised: a variable, local, resource or module
 * instance is evaluated the first time something needs it (a state flag turns
 * dependency cycles into errors instead of recursion). Resources are then
 * emitted in declaration order, module by module. */
#define _GNU_SOURCE /* memmem */
#include <cjson/cJSON.h>
#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "tf_int.h"
#include "path.h"
#include "readfile.h"
#include "utf8.h"

enum { TF_MAX_MODULE_DEPTH = 32 };

typedef struct tf_unit {
  iac_unit base; /* first: iac_unit_free frees the whole struct */
  const char **files;
  size_t n_files, cap_files;
  iac_tf_skipped *skipped;
  size_t n_skipped, cap_skipped;
} tf_unit;

/* A tf unit's docs point here: how iac_tf_is_module_unit recognises one. */
static const doc_node *tf_unit_marker[1];

typedef struct tf_tfvar {
  const hcl_attr *attr;
  uint16_t tag;
} tf_tfvar;

typedef struct tf_cfg_cache {
  const char *dir;
  tf_config *cfg;
} tf_cfg_cache;

typedef struct tf_load {
  tf_eval ev;
  tf_unit *tu;
  const char *root_dir;
  tf_tfvar *tfvars; /* precedence order: later wins */
  uint32_t n_tfvars, cap_tfvars;
  tf_cfg_cache *cfgs;
  uint32_t n_cfgs, cap_cfgs;
  cJSON *modules_json;
  const iac_limits *lim; /* NULL = defaults */
  size_t max_file;
} tf_load;

static tf_load *L_of(tf_scope *s) {
  return (tf_load *)s->ev; /* ev is the first member of tf_load */
}

/* ---- small helpers ------------------------------------------------------------------ */

#define GROW(a, arr, n, cap)                                                                       \
  do {                                                                                             \
    if ((n) == (cap)) {                                                                            \
      size_t ncap_ = (cap) ? (cap)*2 : 8;                                                          \
      void *nv_ = base_arena_alloc((a), ncap_ * sizeof *(arr));                                    \
      if (n) memcpy(nv_, (arr), (n) * sizeof *(arr));                                              \
      (arr) = nv_;                                                                                 \
      (cap) = ncap_;                                                                               \
    }                                                                                              \
  } while (0)

static bool ends_with(const char *s, const char *suf) {
  size_t n = strlen(s), m = strlen(suf);
  return n >= m && !strcmp(s + n - m, suf);
}

static char *file_in(base_arena *a, const char *dir, const char *name) {
  if (!strcmp(dir, ".")) return base_arena_strdup(a, name);
  return base_arena_printf(a, "%s/%s", dir, name);
}

/* base_read_file: regular files only, opened O_NONBLOCK (a FIFO named
 * b.tf must not hang the scan). Same body as the tf branch's iac_tf_read_text:
 * on a merge conflict take that one. */
static char *read_file(base_arena *a, const char *path, size_t max, size_t *len, const char **err) {
  char *buf = base_read_file(path, CLI_SIZE_UNKNOWN, max, len, err);
  if (!buf) {
    /* a file that is not there says so, as before ("No such file or directory") */
    if (access(path, F_OK) != 0) *err = strerror(errno);
    return NULL;
  }
  char *out = base_arena_strndup(a, buf, *len);
  free(buf);
  return out;
}

static uint16_t add_file(tf_load *L, const char *path) {
  tf_eval *ev = &L->ev;
  for (uint32_t i = 0; i < ev->n_files; i++)
    if (!strcmp(ev->files[i], path)) return (uint16_t)(i + 1);
  GROW(ev->a, ev->files, ev->n_files, ev->cap_files);
  ev->files[ev->n_files++] = path;
  tf_unit *tu = L->tu;
  GROW(ev->a, tu->files, tu->n_files, tu->cap_files);
  tu->files[tu->n_files++] = path;
  return (uint16_t)ev->n_files;
}

static void file_diag(tf_load *L, iac_severity sev, const char *file, uint32_t line, uint32_t col,
                      const char *fmt, va_list ap) __attribute__((format(printf, 6, 0)));
static void file_diag(tf_load *L, iac_severity sev, const char *file, uint32_t line, uint32_t col,
                      const char *fmt, va_list ap) {
  char buf[1024];
  vsnprintf(buf, sizeof buf, fmt, ap);
  iac_unit *u = &L->tu->base;
  if (sev == IAC_SEV_WARNING)
    iac_unit_warning(u, line, col, "%s", buf);
  else
    iac_unit_error(u, line, col, "%s", buf);
  u->errors[u->n_errors - 1].file = file;
}

static void file_error(tf_load *L, const char *file, uint32_t line, uint32_t col, const char *fmt,
                       ...) __attribute__((format(printf, 5, 6)));
static void file_error(tf_load *L, const char *file, uint32_t line, uint32_t col, const char *fmt,
                       ...) {
  va_list ap;
  va_start(ap, fmt);
  file_diag(L, IAC_SEV_ERROR, file, line, col, fmt, ap);
  va_end(ap);
}

static void file_warning(tf_load *L, const char *file, uint32_t line, uint32_t col, const char *fmt,
                         ...) __attribute__((format(printf, 5, 6)));
static void file_warning(tf_load *L, const char *file, uint32_t line, uint32_t col, const char *fmt,
                         ...) {
  va_list ap;
  va_start(ap, fmt);
  file_diag(L, IAC_SEV_WARNING, file, line, col, fmt, ap);
  va_end(ap);
}

/* Parse a .tf / .tf.json / .tfvars / .tfvars.json file; NULL on error (reported). */
static hcl_body *parse_file(tf_load *L, const char *path, uint16_t *tag, const char *why) {
  size_t len = 0;
  const char *err = NULL;
  *tag = add_file(L, path);
  char *src = read_file(L->ev.a, path, L->max_file, &len, &err);
  if (!src) {
    file_error(L, path, 0, 0, "cannot read: %s", err);
    return NULL;
  }
  /* the same text check as every other loader: Terraform reads UTF-8 only */
  char msg[64];
  size_t off;
  const char *bad = base_text_problem(src, len, &off, msg);
  if (bad) {
    uint32_t line, col;
    base_text_locate(src, off, &line, &col);
    file_error(L, path, line, col, "%s%s", bad, why);
    return NULL;
  }
  hcl_parse_result r = ends_with(path, ".json")
                           ? iac_hcl_parse_json(L->ev.a, path, src, len, L->lim)
                           : iac_hcl_parse(L->ev.a, path, src, len, L->lim);
  if (!r.body) {
    file_error(L, path, r.diag.line, r.diag.col, "%s%s", r.diag.message, why);
    return NULL;
  }
  for (uint32_t i = 0; i < r.n_warnings; i++)
    file_warning(L, path, r.warnings[i].line, r.warnings[i].col, "%s", r.warnings[i].message);
  return r.body;
}

/* ---- configuration ------------------------------------------------------------------- */

static void add_decl(base_arena *a, tf_decl **arr, uint32_t *n, tf_decl d) {
  if ((*n & (*n - 1)) == 0) { /* power of two (or 0): grow */
    tf_decl *nv = base_arena_alloc(a, (*n ? *n * 2 : 4) * sizeof *nv);
    if (*n) memcpy(nv, *arr, *n * sizeof *nv);
    *arr = nv;
  }
  (*arr)[(*n)++] = d;
}

static void config_add_body(tf_load *L, tf_config *cfg, const hcl_body *b, uint16_t tag) {
  base_arena *a = L->ev.a;
  for (uint32_t i = 0; i < b->n_blocks; i++) {
    const hcl_block *blk = &b->blocks[i];
    tf_decl d = {0};
    d.tag = tag;
    d.blk = blk;
    if (!strcmp(blk->type, "variable") && blk->n_labels == 1) {
      d.name = blk->labels[0];
      add_decl(a, &cfg->vars, &cfg->n_vars, d);
    } else if (!strcmp(blk->type, "locals")) {
      for (uint32_t k = 0; k < blk->body->n_attrs; k++) {
        tf_decl l = {0};
        l.tag = tag;
        l.attr = &blk->body->attrs[k];
        l.name = l.attr->name;
        add_decl(a, &cfg->locals, &cfg->n_locals, l);
      }
    } else if ((!strcmp(blk->type, "resource") || !strcmp(blk->type, "data")) &&
               blk->n_labels == 2) {
      d.type = blk->labels[0];
      d.name = blk->labels[1];
      d.data = blk->type[0] == 'd';
      add_decl(a, &cfg->res, &cfg->n_res, d);
    } else if (!strcmp(blk->type, "module") && blk->n_labels == 1) {
      d.name = blk->labels[0];
      add_decl(a, &cfg->calls, &cfg->n_calls, d);
    } else if (!strcmp(blk->type, "output") && blk->n_labels == 1) {
      d.name = blk->labels[0];
      add_decl(a, &cfg->outputs, &cfg->n_outputs, d);
    }
  }
}

static int cmp_str(const void *x, const void *y) {
  return strcmp(*(const char *const *)x, *(const char *const *)y);
}

/* The .tf / .tf.json files of a directory, sorted; n = 0 when none/unreadable. */
static const char **list_dir(base_arena *a, const char *dir, const char *suf1, const char *suf2,
                             size_t *n) {
  *n = 0;
  DIR *d = opendir(dir);
  if (!d) return NULL;
  const char **v = NULL;
  size_t cap = 0;
  struct dirent *de;
  while ((de = readdir(d))) {
    if (de->d_name[0] == '.') continue;
    if (!ends_with(de->d_name, suf1) && !(suf2 && ends_with(de->d_name, suf2))) continue;
    GROW(a, v, *n, cap);
    v[(*n)++] = base_arena_strdup(a, de->d_name);
  }
  closedir(d);
  if (*n) qsort(v, *n, sizeof *v, cmp_str);
  return v;
}

/* ---- override files (override.tf, *_override.tf, and their .tf.json) ---------------- */

static bool is_override_file(const char *path) {
  const char *base = strrchr(path, '/');
  base = base ? base + 1 : path;
  return !strcmp(base, "override.tf") || !strcmp(base, "override.tf.json") ||
         ends_with(base, "_override.tf") || ends_with(base, "_override.tf.json");
}

/* A copy of an override block whose attributes (nested ones included) are
 * located at line:col in the file of the block they merge into: a resource's
 * locations all refer to the file it is declared in. */
static hcl_block *anchor_block(base_arena *a, const hcl_block *blk, uint32_t line, uint32_t col) {
  hcl_block *nb = base_arena_alloc(a, sizeof *nb);
  *nb = *blk;
  nb->line = line;
  nb->col = col;
  nb->end_line = line;
  hcl_body *body = base_arena_alloc(a, sizeof *body);
  *body = *blk->body;
  body->line = line;
  body->col = col;
  body->attrs = base_arena_alloc(a, (body->n_attrs + 1) * sizeof *body->attrs);
  for (uint32_t i = 0; i < body->n_attrs; i++) {
    body->attrs[i] = blk->body->attrs[i];
    body->attrs[i].line = line;
    body->attrs[i].col = col;
    body->attrs[i].foreign = true;
  }
  body->blocks = base_arena_alloc(a, (body->n_blocks + 1) * sizeof *body->blocks);
  for (uint32_t i = 0; i < body->n_blocks; i++)
    body->blocks[i] = *anchor_block(a, &blk->body->blocks[i], line, col);
  nb->body = body;
  return nb;
}

/* Terraform's merge: a top-level argument of the override replaces the
 * original's (or is added); nested blocks of a type the override has replace
 * all the original's blocks of that type. */
static hcl_block *merge_block(base_arena *a, const hcl_block *orig, const hcl_block *ovr) {
  const hcl_body *ob = orig->body, *vb = ovr->body;
  uint32_t na = ob->n_attrs + vb->n_attrs, nbk = ob->n_blocks + vb->n_blocks;
  hcl_body *body = base_arena_alloc(a, sizeof *body);
  *body = *ob;
  body->attrs = base_arena_alloc(a, (na + 1) * sizeof *body->attrs);
  body->attr_seq = base_arena_alloc(a, (na + 1) * sizeof *body->attr_seq);
  body->blocks = base_arena_alloc(a, (nbk + 1) * sizeof *body->blocks);
  body->block_seq = base_arena_alloc(a, (nbk + 1) * sizeof *body->block_seq);
  uint32_t seq = 0;
  for (uint32_t i = 0; i < ob->n_attrs; i++)
    seq = ob->attr_seq[i] + 1 > seq ? ob->attr_seq[i] + 1 : seq;
  for (uint32_t i = 0; i < ob->n_blocks; i++)
    seq = ob->block_seq[i] + 1 > seq ? ob->block_seq[i] + 1 : seq;
  uint32_t n = 0;
  for (uint32_t i = 0; i < ob->n_attrs; i++) {
    const hcl_attr *o = iac_hcl_body_attr(vb, ob->attrs[i].name);
    body->attrs[n] = ob->attrs[i];
    if (o) {
      body->attrs[n].expr = o->expr;
      body->attrs[n].foreign = true;
    }
    body->attr_seq[n++] = ob->attr_seq[i];
  }
  for (uint32_t i = 0; i < vb->n_attrs; i++) {
    if (iac_hcl_body_attr(ob, vb->attrs[i].name)) continue;
    body->attrs[n] = vb->attrs[i];
    body->attrs[n].line = orig->line;
    body->attrs[n].col = orig->col;
    body->attrs[n].foreign = true;
    body->attr_seq[n++] = seq++;
  }
  body->n_attrs = n;
  n = 0;
  for (uint32_t i = 0; i < ob->n_blocks; i++) {
    bool replaced = false;
    for (uint32_t k = 0; k < vb->n_blocks && !replaced; k++)
      replaced = !strcmp(vb->blocks[k].type, ob->blocks[i].type);
    if (replaced) continue;
    body->blocks[n] = ob->blocks[i];
    body->block_seq[n++] = ob->block_seq[i];
  }
  for (uint32_t k = 0; k < vb->n_blocks; k++) {
    /* located at the first original block of that type, else at the parent */
    uint32_t line = orig->line, col = orig->col;
    for (uint32_t i = 0; i < ob->n_blocks; i++)
      if (!strcmp(vb->blocks[k].type, ob->blocks[i].type)) {
        line = ob->blocks[i].line;
        col = ob->blocks[i].col;
        break;
      }
    body->blocks[n] = *anchor_block(a, &vb->blocks[k], line, col);
    body->block_seq[n++] = seq++;
  }
  body->n_blocks = n;
  hcl_block *nb = base_arena_alloc(a, sizeof *nb);
  *nb = *orig;
  nb->body = body;
  return nb;
}

static tf_decl *find_decl(tf_decl *arr, uint32_t n, const hcl_block *blk, const char *type) {
  for (uint32_t i = 0; i < n; i++) {
    if (strcmp(arr[i].name, blk->labels[blk->n_labels - 1])) continue;
    if (type && (strcmp(arr[i].type, blk->labels[0]) || arr[i].data != (type[0] == 'd'))) continue;
    return &arr[i];
  }
  return NULL;
}

static void config_override(tf_load *L, tf_config *cfg, const hcl_body *b, uint16_t tag) {
  base_arena *a = L->ev.a;
  const char *file = L->ev.files[tag - 1];
  for (uint32_t i = 0; i < b->n_blocks; i++) {
    const hcl_block *blk = &b->blocks[i];
    if (!strcmp(blk->type, "locals")) {
      for (uint32_t k = 0; k < blk->body->n_attrs; k++) {
        const hcl_attr *at = &blk->body->attrs[k];
        tf_decl *d = NULL;
        for (uint32_t j = 0; j < cfg->n_locals && !d; j++)
          if (!strcmp(cfg->locals[j].name, at->name)) d = &cfg->locals[j];
        if (!d) {
          file_error(L, file, at->line, at->col,
                     "local.%s: override of a local value that is not declared", at->name);
          continue;
        }
        hcl_attr *na = base_arena_alloc(a, sizeof *na);
        *na = *d->attr;
        na->expr = at->expr;
        na->foreign = true;
        d->attr = na;
      }
      continue;
    }
    bool res = !strcmp(blk->type, "resource") || !strcmp(blk->type, "data");
    tf_decl *arr = NULL;
    uint32_t n = 0;
    if (res && blk->n_labels == 2) {
      arr = cfg->res;
      n = cfg->n_res;
    } else if (blk->n_labels == 1 && !strcmp(blk->type, "variable")) {
      arr = cfg->vars;
      n = cfg->n_vars;
    } else if (blk->n_labels == 1 && !strcmp(blk->type, "output")) {
      arr = cfg->outputs;
      n = cfg->n_outputs;
    } else if (blk->n_labels == 1 && !strcmp(blk->type, "module")) {
      arr = cfg->calls;
      n = cfg->n_calls;
    } else {
      continue; /* provider, terraform: nothing Vigil evaluates */
    }
    tf_decl *d = find_decl(arr, n, blk, res ? blk->type : NULL);
    if (!d) {
      file_error(L, file, blk->line, blk->col,
                 "%s %s%s%s: override of a block that is not declared", blk->type, blk->labels[0],
                 blk->n_labels > 1 ? "." : "", blk->n_labels > 1 ? blk->labels[1] : "");
      continue;
    }
    d->blk = merge_block(a, d->blk, blk);
  }
}

/* ---- declarations made twice ------------------------------------------------------- */

static _Thread_local const tf_decl *tl_decls; /* qsort context (scans run on threads) */

static int cmp_decl_key(const tf_decl *x, const tf_decl *y) {
  if (x->data != y->data) return x->data ? 1 : -1;
  int c = strcmp(x->type ? x->type : "", y->type ? y->type : "");
  return c ? c : strcmp(x->name, y->name);
}

/* by key, then declaration order: the first declaration sorts first */
static int cmp_decl_idx(const void *a, const void *b) {
  uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
  int c = cmp_decl_key(&tl_decls[x], &tl_decls[y]);
  return c ? c : (x > y) - (x < y);
}

static void decl_where(const tf_decl *d, uint32_t *line, uint32_t *col) {
  *line = d->blk ? d->blk->line : d->attr->line;
  *col = d->blk ? d->blk->col : d->attr->col;
}

/* Terraform rejects a module that declares a resource, data source,
 * variable, local, module call or output twice. Keep the first declaration,
 * drop the rest and warn at each: evaluating either silently could hide a
 * finding. O(n log n) for any number of declarations. */
static void drop_duplicate_decls(tf_load *L, tf_decl *arr, uint32_t *n, const char *what) {
  if (*n < 2) return;
  uint32_t *idx = malloc(*n * sizeof *idx);
  bool *drop = calloc(*n, sizeof *drop);
  if (!idx || !drop) abort();
  for (uint32_t i = 0; i < *n; i++)
    idx[i] = i;
  tl_decls = arr;
  qsort(idx, *n, sizeof *idx, cmp_decl_idx);
  bool any = false;
  uint32_t run = 0; /* sorted position of the first declaration of this key */
  for (uint32_t i = 1; i < *n; i++) {
    if (cmp_decl_key(&arr[idx[run]], &arr[idx[i]]) != 0) {
      run = i;
      continue;
    }
    const tf_decl *first = &arr[idx[run]], *dup = &arr[idx[i]];
    uint32_t fl, fc, dl, dc;
    decl_where(first, &fl, &fc);
    decl_where(dup, &dl, &dc);
    const char *ffile = L->ev.files[first->tag - 1], *dfile = L->ev.files[dup->tag - 1];
    const char *fbase = strrchr(ffile, '/');
    char name[512]; /* as Terraform addresses it: aws_x.name, data.aws_x.name, name */
    if (dup->type)
      snprintf(name, sizeof name, "%s%s.%s", dup->data ? "data." : "", dup->type, dup->name);
    else
      snprintf(name, sizeof name, "%s", dup->name);
    file_warning(L, dfile, dl, dc,
                 "duplicate %s '%s' (first declared at %s:%u:%u); Terraform rejects "
                 "this, the first is used",
                 dup->data ? "data source" : what, name, fbase ? fbase + 1 : ffile, fl, fc);
    drop[idx[i]] = true;
    any = true;
  }
  if (any) {
    uint32_t o = 0;
    for (uint32_t i = 0; i < *n; i++)
      if (!drop[i]) arr[o++] = arr[i];
    *n = o;
  }
  free(idx);
  free(drop);
}

static tf_config *load_config(tf_load *L, const char *dir, const char *const *files, size_t n) {
  for (uint32_t i = 0; i < L->n_cfgs; i++)
    if (!strcmp(L->cfgs[i].dir, dir)) return L->cfgs[i].cfg;
  tf_config *cfg = base_arena_calloc(L->ev.a, sizeof *cfg);
  cfg->dir = dir;
  for (size_t i = 0; i < n; i++) {
    if (is_override_file(files[i])) continue;
    uint16_t tag;
    hcl_body *b = parse_file(L, files[i], &tag, "; the module is evaluated without this file");
    if (b) config_add_body(L, cfg, b, tag);
  }
  drop_duplicate_decls(L, cfg->vars, &cfg->n_vars, "variable");
  drop_duplicate_decls(L, cfg->locals, &cfg->n_locals, "local value");
  drop_duplicate_decls(L, cfg->res, &cfg->n_res, "resource");
  drop_duplicate_decls(L, cfg->calls, &cfg->n_calls, "module call");
  drop_duplicate_decls(L, cfg->outputs, &cfg->n_outputs, "output");
  /* override files last, in lexical order, each merged into what came before */
  for (size_t i = 0; i < n; i++) {
    if (!is_override_file(files[i])) continue;
    uint16_t tag;
    hcl_body *b = parse_file(L, files[i], &tag, "; the module is evaluated without this file");
    if (b) config_override(L, cfg, b, tag);
  }
  GROW(L->ev.a, L->cfgs, L->n_cfgs, L->cap_cfgs);
  L->cfgs[L->n_cfgs].dir = dir;
  L->cfgs[L->n_cfgs].cfg = cfg;
  L->n_cfgs++;
  return cfg;
}

static tf_mod *new_mod(tf_load *L, tf_config *cfg, tf_mod *parent, const char *prefix,
                       const tf_decl *call) {
  base_arena *a = L->ev.a;
  tf_mod *m = base_arena_calloc(a, sizeof *m);
  m->cfg = cfg;
  m->parent = parent;
  m->prefix = prefix;
  m->call = call;
  m->var_val = base_arena_calloc(a, (cfg->n_vars + 1) * sizeof *m->var_val);
  m->var_state = base_arena_calloc(a, cfg->n_vars + 1);
  m->local_val = base_arena_calloc(a, (cfg->n_locals + 1) * sizeof *m->local_val);
  m->local_state = base_arena_calloc(a, cfg->n_locals + 1);
  m->res = base_arena_calloc(a, (cfg->n_res + 1) * sizeof *m->res);
  m->calls = base_arena_calloc(a, (cfg->n_calls + 1) * sizeof *m->calls);
  m->out_val = base_arena_calloc(a, (cfg->n_outputs + 1) * sizeof *m->out_val);
  m->out_state = base_arena_calloc(a, cfg->n_outputs + 1);
  return m;
}

static tf_scope mod_scope(tf_load *L, tf_mod *m, uint16_t tag) {
  tf_scope s = {0};
  s.ev = &L->ev;
  s.m = m;
  s.tag = tag;
  return s;
}

/* ---- variables and locals ---------------------------------------------------------- */

static const char *parse_var_arg(const char *arg, const char *name, size_t *vlen) {
  size_t n = strlen(name);
  if (strncmp(arg, name, n) || arg[n] != '=') return NULL;
  *vlen = strlen(arg + n + 1);
  return arg + n + 1;
}

static bool type_is_string(const hcl_expr *t) {
  return !t || (t->kind == HX_VAR && (!strcmp(t->name, "string") || !strcmp(t->name, "any")));
}

static const doc_node *var_value(tf_load *L, tf_scope *s, tf_mod *m, const tf_decl *d) {
  const hcl_attr *type_attr = iac_hcl_body_attr(d->blk->body, "type");
  const hcl_expr *type = type_attr ? type_attr->expr : NULL;
  tf_scope vs = mod_scope(L, m, d->tag);
  const doc_node *v = NULL;
  if (!m->parent) {
    const iac_tf_options *o = L->ev.opt;
    for (size_t i = o ? o->n_vars : 0; i-- > 0 && !v;) {
      size_t vl;
      const char *val = parse_var_arg(o->vars[i], d->name, &vl);
      if (!val) continue;
      if (type_is_string(type)) {
        v = iac_tf_str(&vs, val, vl, d->blk->line, d->blk->col);
      } else {
        hcl_expr *x = iac_hcl_parse_expr(L->ev.a, "<--var>", val, vl);
        v = x ? iac_tf_eval(&vs, x)
              : iac_tf_error(&vs, d->blk->line, d->blk->col, "--var %s: invalid value", d->name);
      }
    }
    for (uint32_t i = L->n_tfvars; i-- > 0 && !v;) {
      if (strcmp(L->tfvars[i].attr->name, d->name)) continue;
      tf_scope ts = mod_scope(L, m, L->tfvars[i].tag);
      v = iac_tf_eval(&ts, L->tfvars[i].attr->expr);
    }
  } else {
    const hcl_attr *arg = iac_hcl_body_attr(m->call->blk->body, d->name);
    if (arg) {
      tf_scope ps = mod_scope(L, m->parent, m->call->tag);
      ps.count_index = m->count_index;
      ps.each_key = m->each_key;
      ps.each_value = m->each_value;
      v = iac_tf_eval(&ps, arg->expr);
    }
  }
  if (!v) {
    const hcl_attr *def = iac_hcl_body_attr(d->blk->body, "default");
    if (def) v = iac_tf_eval(&vs, def->expr);
  }
  if (!v) v = iac_tf_unknown(&vs, d->blk->line, d->blk->col, "var.%s has no value", d->name);
  (void)s;
  return iac_tf_convert(&vs, v, type);
}

const doc_node *iac_tf_ref_var(tf_scope *s, const hcl_expr *at, const char *name) {
  tf_mod *m = s->m;
  for (uint32_t i = 0; i < m->cfg->n_vars; i++) {
    if (strcmp(m->cfg->vars[i].name, name)) continue;
    if (m->var_state[i] == TF_DONE) return m->var_val[i];
    if (m->var_state[i] == TF_BUSY)
      return iac_tf_error(s, at->line, at->col, "var.%s depends on itself", name);
    m->var_state[i] = TF_BUSY;
    m->var_val[i] = var_value(L_of(s), s, m, &m->cfg->vars[i]);
    m->var_state[i] = TF_DONE;
    return m->var_val[i];
  }
  return iac_tf_error(s, at->line, at->col, "undeclared variable var.%s", name);
}

const doc_node *iac_tf_ref_local(tf_scope *s, const hcl_expr *at, const char *name) {
  tf_mod *m = s->m;
  tf_load *L = L_of(s);
  for (uint32_t i = 0; i < m->cfg->n_locals; i++) {
    const tf_decl *d = &m->cfg->locals[i];
    if (strcmp(d->name, name)) continue;
    if (m->local_state[i] == TF_DONE) return m->local_val[i];
    if (m->local_state[i] == TF_BUSY) {
      file_error(L, L->ev.files[d->tag - 1], d->attr->line, d->attr->col,
                 "local.%s: dependency cycle in locals", name);
      return iac_tf_error(s, at->line, at->col, "cycle in locals: local.%s", name);
    }
    m->local_state[i] = TF_BUSY;
    tf_scope ls = mod_scope(L, m, d->tag);
    m->local_val[i] = iac_tf_eval(&ls, d->attr->expr);
    m->local_state[i] = TF_DONE;
    return m->local_val[i];
  }
  return iac_tf_error(s, at->line, at->col, "undeclared local value local.%s", name);
}

const char *iac_tf_module_dir(tf_scope *s) {
  return s->m->cfg->dir;
}

const char *iac_tf_root_dir(tf_scope *s) {
  return L_of(s)->root_dir;
}

/* Path of `to` relative to `from` (both relative to the same directory or
 * both absolute, normalised): "modules/x", "../shared", ".". */
static const char *rel_path(base_arena *a, const char *from, const char *to) {
  if (!strcmp(from, ".")) return to;
  size_t fl = strlen(from), i = 0;
  /* longest common prefix that ends at a segment boundary of both */
  size_t common = 0;
  for (; from[i] && from[i] == to[i]; i++)
    if (from[i] == '/') common = i + 1;
  if (i == fl && (to[i] == '/' || !to[i])) common = fl;
  size_t ups = 0;
  for (size_t k = common; k < fl; k++)
    if (k == common || from[k - 1] == '/') ups += from[k] != '/';
  const char *rest = to + common;
  while (*rest == '/')
    rest++;
  char *out = base_arena_alloc(a, ups * 3 + strlen(rest) + 2);
  size_t o = 0;
  for (size_t k = 0; k < ups; k++, o += 3)
    memcpy(out + o, "../", 3);
  memcpy(out + o, rest, strlen(rest) + 1);
  o += strlen(rest);
  if (o && out[o - 1] == '/') out[--o] = 0;
  return o ? out : ".";
}

/* path.root is ".", path.module is relative to it, path.cwd is absolute: the
 * values Terraform gives when run in the root module's directory. */
const char *iac_tf_path_value(tf_scope *s, const char *name) {
  tf_load *L = L_of(s);
  base_arena *a = L->ev.a;
  if (!strcmp(name, "root")) return ".";
  if (!strcmp(name, "module"))
    return rel_path(a, base_path_join(a, L->root_dir, "."), base_path_join(a, s->m->cfg->dir, "."));
  if (!strcmp(name, "cwd")) {
    char cwd[4096];
    if (L->root_dir[0] == '/' || !getcwd(cwd, sizeof cwd))
      return base_path_join(a, L->root_dir, ".");
    return base_path_join(a, cwd, L->root_dir);
  }
  return NULL;
}

/* ---- bodies ------------------------------------------------------------------------- */

/* Values computed outside the block (a variable default, a local, another
 * file) are located at the expression that uses them: a finding points at the
 * attribute in the resource, in the file where it is written. */
static const doc_node *relocate(base_arena *a, const doc_node *v, uint16_t tag, uint32_t lo,
                                uint32_t hi, uint32_t line, uint32_t col) {
  bool here = v->tag == tag && v->line >= lo && v->line <= hi;
  uint32_t l = here ? v->line : line, c = here ? v->col : col;
  doc_node *copy = NULL;
  if (v->kind == DOC_LIST) {
    for (uint32_t i = 0; i < v->len; i++) {
      const doc_node *r = relocate(a, v->u.items[i], tag, lo, hi, l, c);
      if (r == v->u.items[i] && !copy) continue;
      if (!copy) {
        copy = iac_doc_list(a, v->u.items, v->len, v->line, v->col);
        copy->tag = v->tag;
      }
      copy->u.items[i] = (doc_node *)r;
    }
  } else if (v->kind == DOC_MAP) {
    for (uint32_t i = 0; i < v->len; i++) {
      const doc_node *r = relocate(a, v->u.entries[i].val, tag, lo, hi, l, c);
      if (r == v->u.entries[i].val && here && !copy) continue;
      if (!copy) {
        copy = iac_doc_map(a, v->u.entries, v->len, v->line, v->col);
        copy->tag = v->tag;
      }
      copy->u.entries[i].val = (doc_node *)r;
      if (!here) {
        copy->u.entries[i].line = l;
        copy->u.entries[i].col = c;
      }
    }
  }
  if (here) return copy ? copy : v;
  if (!copy) {
    copy = base_arena_alloc(a, sizeof *copy);
    *copy = *v;
  }
  copy->line = line;
  copy->col = col;
  copy->tag = tag;
  return copy;
}

const doc_node *iac_tf_relocate(base_arena *a, const doc_node *v, uint16_t tag, uint32_t lo,
                                uint32_t hi, uint32_t line, uint32_t col) {
  return relocate(a, v, tag, lo, hi, line, col);
}

typedef struct body_ent {
  const char *key;
  uint32_t line, col;
  const doc_node *val; /* attributes */
  hcl_vec blocks;      /* nested blocks of this type */
  bool is_block;
} body_ent;

static bool is_meta_attr(const char *n) {
  return !strcmp(n, "count") || !strcmp(n, "for_each") || !strcmp(n, "provider") ||
         !strcmp(n, "depends_on");
}

static bool is_meta_block(const char *n) {
  return !strcmp(n, "lifecycle") || !strcmp(n, "provisioner") || !strcmp(n, "connection");
}

static const doc_node *build_body(tf_scope *s, const hcl_body *b, bool top, uint32_t depth);

static body_ent *block_slot(tf_scope *s, hcl_vec *ents, const char *type, uint32_t line,
                            uint32_t col) {
  for (uint32_t i = 0; i < ents->n; i++) {
    body_ent *e = ents->v[i];
    if (e->is_block && !strcmp(e->key, type)) return e;
  }
  body_ent *e = base_arena_calloc(s->ev->a, sizeof *e);
  e->key = type;
  e->line = line;
  e->col = col;
  e->is_block = true;
  iac_hcl_vec_push(s->ev->a, ents, e);
  return e;
}

static void expand_dynamic(tf_scope *s, hcl_vec *ents, const hcl_block *blk, uint32_t depth) {
  if (blk->n_labels != 1) return;
  const char *type = blk->labels[0];
  const hcl_attr *fe = iac_hcl_body_attr(blk->body, "for_each");
  const hcl_attr *it = iac_hcl_body_attr(blk->body, "iterator");
  const hcl_body *content = NULL;
  for (uint32_t i = 0; i < blk->body->n_blocks; i++)
    if (!strcmp(blk->body->blocks[i].type, "content")) content = blk->body->blocks[i].body;
  if (!fe || !content) return;
  const char *iter = it && it->expr->kind == HX_VAR ? it->expr->name : type;
  body_ent *slot = block_slot(s, ents, type, blk->line, blk->col);
  const doc_node *coll = iac_tf_eval(s, fe->expr);
  uint32_t n = 1;
  const doc_entry **es = NULL;
  bool unknown = coll->kind != DOC_LIST && coll->kind != DOC_MAP;
  if (coll->kind == DOC_LIST) n = coll->len;
  if (coll->kind == DOC_MAP) {
    n = coll->len;
    es = iac_tf_sorted_entries(s, coll);
  }
  for (uint32_t i = 0; i < n; i++) {
    doc_entry kv[2] = {{0}};
    kv[0].key = "key";
    kv[0].key_len = 3;
    kv[1].key = "value";
    kv[1].key_len = 5;
    if (unknown) {
      const doc_node *u =
          coll->kind == DOC_UNKNOWN
              ? coll
              : iac_tf_error(s, fe->line, fe->col, "dynamic for_each needs a collection");
      kv[0].val = kv[1].val = (doc_node *)u;
    } else if (es) {
      kv[0].val = (doc_node *)iac_tf_str(s, es[i]->key, es[i]->key_len, fe->line, fe->col);
      kv[1].val = es[i]->val;
    } else {
      kv[0].val = (doc_node *)iac_tf_num(s, i, fe->line, fe->col);
      kv[1].val = coll->u.items[i];
    }
    tf_bind bind = {iter, iac_tf_map(s, kv, 2, fe->line, fe->col), s->binds};
    tf_scope in = *s;
    in.binds = &bind;
    iac_hcl_vec_push(s->ev->a, &slot->blocks, (void *)build_body(&in, content, false, depth + 1));
  }
}

static const doc_node *build_body(tf_scope *s, const hcl_body *b, bool top, uint32_t depth) {
  base_arena *a = s->ev->a;
  if (depth > 64) return iac_tf_error(s, b->line, b->col, "blocks nested too deeply");
  hcl_vec ents = {0};
  uint32_t ia = 0, ib = 0;
  while (ia < b->n_attrs || ib < b->n_blocks) {
    bool take_attr = ib >= b->n_blocks || (ia < b->n_attrs && b->attr_seq[ia] < b->block_seq[ib]);
    if (take_attr) {
      const hcl_attr *at = &b->attrs[ia++];
      if (top && is_meta_attr(at->name)) continue;
      const doc_node *v = iac_tf_eval(s, at->expr);
      if (v->kind == DOC_NULL) continue; /* null = not set */
      body_ent *e = base_arena_calloc(a, sizeof *e);
      e->key = at->name;
      e->line = at->line;
      e->col = at->col;
      e->val = at->foreign ? relocate(a, v, s->tag, 1, 0, at->line, at->col)
                           : relocate(a, v, s->tag, s->lo, s->hi, at->expr->line, at->expr->col);
      iac_hcl_vec_push(a, &ents, e);
      continue;
    }
    const hcl_block *blk = &b->blocks[ib++];
    if (top && is_meta_block(blk->type)) continue;
    if (!strcmp(blk->type, "dynamic")) {
      expand_dynamic(s, &ents, blk, depth);
      continue;
    }
    body_ent *slot = block_slot(s, &ents, blk->type, blk->line, blk->col);
    iac_hcl_vec_push(a, &slot->blocks, (void *)build_body(s, blk->body, false, depth + 1));
  }
  doc_entry *out = base_arena_alloc(a, (ents.n ? ents.n : 1) * sizeof *out);
  for (uint32_t i = 0; i < ents.n; i++) {
    body_ent *e = ents.v[i];
    out[i].key = e->key;
    out[i].key_len = (uint32_t)strlen(e->key);
    out[i].line = e->line;
    out[i].col = e->col;
    out[i].val = e->is_block ? (doc_node *)iac_tf_list(s, (const doc_node **)e->blocks.v,
                                                       e->blocks.n, e->line, e->col)
                             : (doc_node *)e->val;
  }
  return iac_tf_map(s, out, ents.n, b->line, b->col);
}

/* ---- count / for_each ------------------------------------------------------------------ */

typedef struct tf_expansion {
  uint8_t mode; /* 0 single, 1 count, 2 for_each, 3 unknown count/for_each */
  uint32_t n;
  const doc_node **keys, **vals;
  const doc_node *unknown;
} tf_expansion;

static int cmp_str_node(const void *x, const void *y) {
  return strcmp((*(const doc_node *const *)x)->u.str, (*(const doc_node *const *)y)->u.str);
}

static tf_expansion expand(tf_scope *s, const hcl_body *b) {
  tf_expansion x = {0};
  x.n = 1;
  const hcl_attr *cnt = iac_hcl_body_attr(b, "count");
  const hcl_attr *fe = iac_hcl_body_attr(b, "for_each");
  if (cnt) {
    const doc_node *v = iac_tf_eval(s, cnt->expr);
    if (v->kind == DOC_NUMBER && v->u.num >= 0 && v->u.num <= 100000) {
      x.mode = 1;
      x.n = (uint32_t)v->u.num;
      x.keys = base_arena_alloc(s->ev->a, (x.n ? x.n : 1) * sizeof *x.keys);
      for (uint32_t i = 0; i < x.n; i++)
        x.keys[i] = iac_tf_num(s, i, cnt->line, cnt->col);
    } else {
      x.mode = 3;
      x.unknown = v->kind == DOC_UNKNOWN
                      ? v
                      : iac_tf_error(s, cnt->line, cnt->col, "count must be a whole number");
    }
  } else if (fe) {
    const doc_node *v = iac_tf_eval(s, fe->expr);
    const doc_node *u = NULL;
    if (v->kind == DOC_MAP) {
      x.mode = 2;
      x.n = v->len;
      const doc_entry **es = iac_tf_sorted_entries(s, v);
      x.keys = base_arena_alloc(s->ev->a, (x.n ? x.n : 1) * sizeof *x.keys);
      x.vals = base_arena_alloc(s->ev->a, (x.n ? x.n : 1) * sizeof *x.vals);
      for (uint32_t i = 0; i < x.n; i++) {
        x.keys[i] = iac_tf_str(s, es[i]->key, es[i]->key_len, fe->line, fe->col);
        x.vals[i] = es[i]->val;
      }
    } else if (v->kind == DOC_LIST && !iac_tf_deep_unknown(v, &u)) {
      /* a set of strings: each.key = each.value = the element, in sorted order */
      x.mode = 2;
      x.keys = base_arena_alloc(s->ev->a, (v->len ? v->len : 1) * sizeof *x.keys);
      x.n = 0;
      for (uint32_t i = 0; i < v->len; i++) {
        const doc_node *it = v->u.items[i];
        if (it->kind != DOC_STRING) {
          x.mode = 3;
          x.unknown =
              iac_tf_error(s, fe->line, fe->col, "for_each needs a map or a set of strings");
          return x;
        }
        bool dup = false;
        for (uint32_t k = 0; k < x.n && !dup; k++)
          dup = !strcmp(x.keys[k]->u.str, it->u.str);
        if (!dup) x.keys[x.n++] = it;
      }
      qsort(x.keys, x.n, sizeof *x.keys, cmp_str_node);
      x.vals = x.keys;
    } else {
      x.mode = 3;
      x.unknown =
          u ? u
          : v->kind == DOC_UNKNOWN
              ? v
              : iac_tf_error(s, fe->line, fe->col, "for_each needs a map or a set of strings");
    }
  }
  return x;
}

/* "[0]" / "[\"billing\"]" */
static const char *key_suffix(base_arena *a, const doc_node *k) {
  if (!k) return "";
  if (k->kind == DOC_NUMBER) return base_arena_printf(a, "[%.0f]", k->u.num);
  size_t n = k->len;
  char *out = base_arena_alloc(a, 2 * n + 5);
  size_t o = 0;
  out[o++] = '[';
  out[o++] = '"';
  for (size_t i = 0; i < n; i++) {
    if (k->u.str[i] == '"' || k->u.str[i] == '\\') out[o++] = '\\';
    out[o++] = k->u.str[i];
  }
  out[o++] = '"';
  out[o++] = ']';
  out[o] = 0;
  return out;
}

/* ---- resources -------------------------------------------------------------------- */

static tf_res_state *expand_res(tf_load *L, tf_mod *m, uint32_t i) {
  tf_res_state *rs = &m->res[i];
  if (rs->state != TF_TODO) return rs;
  rs->state = TF_BUSY;
  const tf_decl *d = &m->cfg->res[i];
  base_arena *a = L->ev.a;
  tf_scope s = mod_scope(L, m, d->tag);
  s.lo = d->blk->line;
  s.hi = d->blk->end_line ? d->blk->end_line : d->blk->line;
  tf_expansion x = expand(&s, d->blk->body);
  const char *base =
      base_arena_printf(a, "%s%s%s.%s", m->prefix, d->data ? "data." : "", d->type, d->name);
  rs->mode = x.mode;
  rs->n = x.n;
  rs->inst = base_arena_calloc(a, (x.n ? x.n : 1) * sizeof *rs->inst);
  for (uint32_t k = 0; k < x.n; k++) {
    tf_inst *in = &rs->inst[k];
    tf_scope is = s;
    if (x.mode == 1) is.count_index = x.keys[k];
    if (x.mode == 2) {
      is.each_key = x.keys[k];
      is.each_value = x.vals[k];
    }
    if (x.mode == 3) {
      if (iac_hcl_body_attr(d->blk->body, "count"))
        is.count_index = x.unknown;
      else
        is.each_key = is.each_value = x.unknown;
    }
    in->key = x.mode == 1 || x.mode == 2 ? x.keys[k] : NULL;
    in->addr = base_arena_printf(a, "%s%s", base, key_suffix(a, in->key));
    in->body = build_body(&is, d->blk->body, true, 0);
    iac_tf_register_object(&L->ev, in->body, in->addr);
  }
  if (x.mode == 0)
    rs->value = rs->inst[0].body;
  else if (x.mode == 3)
    rs->value = iac_tf_unknown(&s, d->blk->line, d->blk->col, "ref:%s", base);
  else if (x.mode == 1) {
    const doc_node **items = base_arena_alloc(a, (x.n ? x.n : 1) * sizeof *items);
    for (uint32_t k = 0; k < x.n; k++)
      items[k] = rs->inst[k].body;
    rs->value = iac_tf_list(&s, items, x.n, d->blk->line, d->blk->col);
  } else {
    doc_entry *es = base_arena_alloc(a, (x.n ? x.n : 1) * sizeof *es);
    for (uint32_t k = 0; k < x.n; k++) {
      es[k].key = x.keys[k]->u.str;
      es[k].key_len = x.keys[k]->len;
      es[k].line = d->blk->line;
      es[k].col = d->blk->col;
      es[k].val = (doc_node *)rs->inst[k].body;
    }
    rs->value = iac_tf_map(&s, es, x.n, d->blk->line, d->blk->col);
  }
  rs->state = TF_DONE;
  return rs;
}

const doc_node *iac_tf_ref_resource(tf_scope *s, const hcl_expr *root, const char *type,
                                    const char *name, bool data) {
  tf_mod *m = s->m;
  for (uint32_t i = 0; i < m->cfg->n_res; i++) {
    const tf_decl *d = &m->cfg->res[i];
    if (d->data != data || strcmp(d->type, type) || strcmp(d->name, name)) continue;
    if (m->res[i].state == TF_BUSY)
      return iac_tf_unknown(s, root->line, root->col, "ref:%s%s%s.%s", m->prefix,
                            data ? "data." : "", type, name);
    return expand_res(L_of(s), m, i)->value;
  }
  return iac_tf_error(s, root->line, root->col, "reference to undeclared %s %s.%s",
                      data ? "data source" : "resource", type, name);
}

/* ---- module calls ---------------------------------------------------------------------- */

static const char *call_key(const tf_mod *m, const char *name, base_arena *a) {
  /* modules.json keys: call names from the root joined with "." */
  if (!m || !m->call) return name;
  return base_arena_printf(a, "%s.%s", call_key(m->parent, m->call->name, a), name);
}

static const char *remote_dir(tf_load *L, const char *key) {
  if (!L->modules_json) return NULL;
  cJSON *mods = cJSON_GetObjectItemCaseSensitive(L->modules_json, "Modules");
  cJSON *it;
  cJSON_ArrayForEach(it, mods) {
    cJSON *k = cJSON_GetObjectItemCaseSensitive(it, "Key");
    cJSON *dir = cJSON_GetObjectItemCaseSensitive(it, "Dir");
    if (cJSON_IsString(k) && cJSON_IsString(dir) && !strcmp(k->valuestring, key))
      return base_path_join(L->ev.a, L->root_dir, dir->valuestring);
  }
  return NULL;
}

static void skip_call(tf_load *L, tf_mod *m, const tf_decl *d, const char *source,
                      const char *reason) {
  tf_unit *tu = L->tu;
  GROW(L->ev.a, tu->skipped, tu->n_skipped, tu->cap_skipped);
  iac_tf_skipped *sk = &tu->skipped[tu->n_skipped++];
  sk->address = base_arena_printf(L->ev.a, "%smodule.%s", m->prefix, d->name);
  sk->source = source;
  sk->reason = reason;
  sk->file = L->ev.files[d->tag - 1];
  sk->line = d->blk->line;
  sk->col = d->blk->col;
}

static const doc_node *module_outputs(tf_load *L, tf_mod *child);

static struct tf_call_state *expand_call(tf_load *L, tf_mod *m, uint32_t i) {
  struct tf_call_state *cs = &m->calls[i];
  if (cs->state != TF_TODO) return cs;
  cs->state = TF_BUSY;
  const tf_decl *d = &m->cfg->calls[i];
  base_arena *a = L->ev.a;
  tf_scope s = mod_scope(L, m, d->tag);
  const hcl_attr *src = iac_hcl_body_attr(d->blk->body, "source");
  const doc_node *sv = src ? iac_tf_eval(&s, src->expr) : NULL;
  const char *source = sv && sv->kind == DOC_STRING ? sv->u.str : NULL;
  const char *dir = NULL;
  uint32_t depth = 0;
  for (tf_mod *p = m; p; p = p->parent)
    depth++;
  if (!source) {
    skip_call(L, m, d, "", "module source is not a literal string");
  } else if (!strncmp(source, "./", 2) || !strncmp(source, "../", 3) || !strcmp(source, ".") ||
             !strcmp(source, "..")) {
    dir = base_path_join(a, m->cfg->dir, source);
  } else {
    dir = remote_dir(L, call_key(m, d->name, a));
    if (!dir)
      skip_call(L, m, d, source, "remote module not downloaded (no .terraform/modules entry)");
  }
  size_t nf = 0;
  const char **names = NULL;
  if (dir) {
    bool loop = false;
    for (tf_mod *p = m; p && !loop; p = p->parent)
      loop = !strcmp(p->cfg->dir, dir);
    if (loop || depth > TF_MAX_MODULE_DEPTH) {
      skip_call(L, m, d, source, "module calls itself (recursion)");
      dir = NULL;
    } else {
      names = list_dir(a, dir, ".tf", ".tf.json", &nf);
      if (!nf) {
        skip_call(L, m, d, source, "module directory not found or has no .tf files");
        dir = NULL;
      }
    }
  }
  if (!dir) {
    cs->skipped = true;
    cs->value = iac_tf_unknown(&s, d->blk->line, d->blk->col, "module.%s not scanned", d->name);
    cs->state = TF_DONE;
    return cs;
  }
  const char **paths = base_arena_alloc(a, nf * sizeof *paths);
  for (size_t k = 0; k < nf; k++)
    paths[k] = file_in(a, dir, names[k]);
  tf_config *cfg = load_config(L, dir, paths, nf);
  tf_expansion x = expand(&s, d->blk->body);
  cs->mode = x.mode;
  cs->n = x.n;
  cs->inst = base_arena_calloc(a, (x.n ? x.n : 1) * sizeof *cs->inst);
  cs->keys = base_arena_calloc(a, (x.n ? x.n : 1) * sizeof *cs->keys);
  for (uint32_t k = 0; k < x.n; k++) {
    const doc_node *key = x.mode == 1 || x.mode == 2 ? x.keys[k] : NULL;
    const char *prefix =
        base_arena_printf(a, "%smodule.%s%s.", m->prefix, d->name, key_suffix(a, key));
    tf_mod *c = new_mod(L, cfg, m, prefix, d);
    if (x.mode == 1) c->count_index = x.keys[k];
    if (x.mode == 2) {
      c->each_key = x.keys[k];
      c->each_value = x.vals[k];
    }
    if (x.mode == 3) {
      if (iac_hcl_body_attr(d->blk->body, "count"))
        c->count_index = x.unknown;
      else
        c->each_key = c->each_value = x.unknown;
    }
    cs->inst[k] = c;
    cs->keys[k] = key;
  }
  cs->state = TF_DONE;
  return cs;
}

static const doc_node *module_outputs(tf_load *L, tf_mod *c) {
  base_arena *a = L->ev.a;
  uint32_t n = c->cfg->n_outputs;
  doc_entry *es = base_arena_alloc(a, (n ? n : 1) * sizeof *es);
  for (uint32_t i = 0; i < n; i++) {
    const tf_decl *d = &c->cfg->outputs[i];
    tf_scope s = mod_scope(L, c, d->tag);
    if (c->out_state[i] == TF_TODO) {
      c->out_state[i] = TF_BUSY;
      const hcl_attr *v = iac_hcl_body_attr(d->blk->body, "value");
      c->out_val[i] = v ? iac_tf_eval(&s, v->expr) : iac_tf_null(&s, d->blk->line, d->blk->col);
      c->out_state[i] = TF_DONE;
    } else if (c->out_state[i] == TF_BUSY) {
      c->out_val[i] =
          iac_tf_unknown(&s, d->blk->line, d->blk->col, "%soutput.%s (cycle)", c->prefix, d->name);
    }
    es[i].key = d->name;
    es[i].key_len = (uint32_t)strlen(d->name);
    es[i].line = d->blk->line;
    es[i].col = d->blk->col;
    es[i].val = (doc_node *)c->out_val[i];
  }
  tf_scope s = mod_scope(L, c, 0);
  return iac_tf_map(&s, es, n, 0, 0);
}

const doc_node *iac_tf_ref_module(tf_scope *s, const hcl_expr *at, const char *name) {
  tf_mod *m = s->m;
  tf_load *L = L_of(s);
  for (uint32_t i = 0; i < m->cfg->n_calls; i++) {
    if (strcmp(m->cfg->calls[i].name, name)) continue;
    if (m->calls[i].state == TF_BUSY)
      return iac_tf_unknown(s, at->line, at->col, "module.%s (cycle)", name);
    struct tf_call_state *cs = expand_call(L, m, i);
    if (cs->value) return cs->value;
    if (cs->mode == 0)
      cs->value = module_outputs(L, cs->inst[0]);
    else if (cs->mode == 3)
      cs->value = iac_tf_unknown(s, at->line, at->col, "module.%s instances unknown", name);
    else if (cs->mode == 1) {
      const doc_node **items = base_arena_alloc(L->ev.a, (cs->n ? cs->n : 1) * sizeof *items);
      for (uint32_t k = 0; k < cs->n; k++)
        items[k] = module_outputs(L, cs->inst[k]);
      cs->value = iac_tf_list(s, items, cs->n, at->line, at->col);
    } else {
      doc_entry *es = base_arena_alloc(L->ev.a, (cs->n ? cs->n : 1) * sizeof *es);
      for (uint32_t k = 0; k < cs->n; k++) {
        es[k].key = cs->keys[k]->u.str;
        es[k].key_len = cs->keys[k]->len;
        es[k].line = at->line;
        es[k].col = at->col;
        es[k].val = (doc_node *)module_outputs(L, cs->inst[k]);
      }
      cs->value = iac_tf_map(s, es, cs->n, at->line, at->col);
    }
    return cs->value;
  }
  return iac_tf_error(s, at->line, at->col, "undeclared module call module.%s", name);
}

/* ---- emission -------------------------------------------------------------------------- */

static void emit(tf_load *L, tf_mod *m) {
  for (uint32_t i = 0; i < m->cfg->n_res; i++) {
    const tf_decl *d = &m->cfg->res[i];
    tf_res_state *rs = expand_res(L, m, i);
    for (uint32_t k = 0; k < rs->n; k++) {
      iac_resource *r = iac_unit_add_resource(&L->tu->base);
      r->format = IAC_FMT_TERRAFORM;
      r->kind = d->data ? "data" : "resource";
      r->type = d->type;
      r->name = rs->inst[k].addr;
      r->file = L->ev.files[d->tag - 1];
      r->line = d->blk->line;
      r->col = d->blk->col;
      r->body = rs->inst[k].body;
      if (!d->data)
        iac_tf_extras(&L->ev, d->tag, d->blk->line,
                      d->blk->end_line ? d->blk->end_line : d->blk->line, d->type, rs->inst[k].addr,
                      rs->inst[k].body);
    }
  }
  for (uint32_t i = 0; i < m->cfg->n_calls; i++) {
    struct tf_call_state *cs = expand_call(L, m, i);
    for (uint32_t k = 0; !cs->skipped && k < cs->n; k++)
      emit(L, cs->inst[k]);
  }
}

/* ---- public API ------------------------------------------------------------------------- */

static void load_tfvars(tf_load *L, const char *path) {
  uint16_t tag;
  hcl_body *b = parse_file(L, path, &tag, "");
  if (!b) return;
  for (uint32_t i = 0; i < b->n_attrs; i++) {
    GROW(L->ev.a, L->tfvars, L->n_tfvars, L->cap_tfvars);
    L->tfvars[L->n_tfvars].attr = &b->attrs[i];
    L->tfvars[L->n_tfvars].tag = tag;
    L->n_tfvars++;
  }
}

static bool file_exists(const char *p) {
  struct stat st;
  return stat(p, &st) == 0 && S_ISREG(st.st_mode);
}

iac_unit *iac_tf_load_module(const char *dir, const char *const *files, size_t n_files,
                             const iac_tf_options *opt) {
  tf_unit *tu = calloc(1, sizeof *tu);
  if (!tu) {
    fputs("vigil: out of memory\n", stderr);
    abort();
  }
  iac_unit *u = &tu->base;
  base_arena_init(&u->arena);
  u->path = base_arena_strdup(&u->arena, dir ? dir : ".");
  u->format = IAC_FMT_TERRAFORM;
  u->docs = tf_unit_marker;
  u->n_docs = 0;

  tf_load L = {0};
  L.tu = tu;
  L.ev.u = u;
  L.ev.a = &u->arena;
  L.ev.opt = opt;
  L.root_dir = u->path;
  const iac_limits *lim = opt ? opt->lim : NULL;
  L.lim = lim;
  L.max_file = lim && lim->max_file_size ? lim->max_file_size : IAC_DEFAULT_MAX_FILE_SIZE;
  L.ev.max_file = L.max_file;

  const char **paths = base_arena_alloc(&u->arena, (n_files ? n_files : 1) * sizeof *paths);
  for (size_t i = 0; i < n_files; i++)
    paths[i] = base_arena_strdup(&u->arena, files[i]);
  tf_config *cfg = load_config(&L, u->path, paths, n_files);

  /* variable values: terraform.tfvars, *.auto.tfvars (lexical), --var-file */
  char *tfv = file_in(&u->arena, u->path, "terraform.tfvars");
  if (file_exists(tfv)) load_tfvars(&L, tfv);
  tfv = file_in(&u->arena, u->path, "terraform.tfvars.json");
  if (file_exists(tfv)) load_tfvars(&L, tfv);
  size_t na;
  const char **autos = list_dir(&u->arena, u->path, ".auto.tfvars", ".auto.tfvars.json", &na);
  for (size_t i = 0; i < na; i++)
    load_tfvars(&L, file_in(&u->arena, u->path, autos[i]));
  for (size_t i = 0; opt && i < opt->n_var_files; i++)
    load_tfvars(&L, base_arena_strdup(&u->arena, opt->var_files[i]));

  char *mj = file_in(&u->arena, u->path, ".terraform/modules/modules.json");
  size_t mlen;
  const char *err;
  char *mtext = file_exists(mj) ? read_file(&u->arena, mj, L.max_file, &mlen, &err) : NULL;
  if (mtext) L.modules_json = cJSON_ParseWithLength(mtext, mlen);

  tf_mod *root = new_mod(&L, cfg, NULL, "", NULL);
  emit(&L, root);
  if (L.modules_json) cJSON_Delete(L.modules_json);
  return u;
}

bool iac_tf_is_module_unit(const iac_unit *u) {
  return u && u->docs == tf_unit_marker;
}

const char *const *iac_tf_unit_files(const iac_unit *u, size_t *n) {
  if (!iac_tf_is_module_unit(u)) {
    *n = 0;
    return NULL;
  }
  const tf_unit *tu = (const tf_unit *)u;
  *n = tu->n_files;
  return tu->files;
}

const iac_tf_skipped *iac_tf_unit_skipped(const iac_unit *u, size_t *n) {
  if (!iac_tf_is_module_unit(u)) {
    *n = 0;
    return NULL;
  }
  const tf_unit *tu = (const tf_unit *)u;
  *n = tu->n_skipped;
  return tu->skipped;
}

static bool is_local_source(const char *s) {
  return !strncmp(s, "./", 2) || !strncmp(s, "../", 3) || !strcmp(s, ".") || !strcmp(s, "..");
}

void iac_tf_find_roots(const char *const *dirs, size_t n, bool *is_root) {
  base_arena a, fa; /* fa: one file's text and tree, recycled per file (bounded memory) */
  base_arena_init(&a);
  base_arena_init(&fa);
  const char **norm = base_arena_alloc(&a, (n ? n : 1) * sizeof *norm);
  for (size_t i = 0; i < n; i++) {
    norm[i] = base_path_join(&a, dirs[i], ".");
    is_root[i] = true;
  }
  for (size_t i = 0; i < n; i++) {
    size_t nf;
    const char **names = list_dir(&a, dirs[i], ".tf", ".tf.json", &nf);
    for (size_t f = 0; f < nf; f++) {
      base_arena_reset(&fa);
      const char *path = file_in(&fa, norm[i], names[f]);
      size_t got;
      const char *why;
      char *src = base_read_file(path, CLI_SIZE_UNKNOWN, IAC_DEFAULT_MAX_FILE_SIZE, &got, &why);
      if (!src) continue;
      /* most files call no module: skip parsing them (the module jobs parse
       * every file anyway) */
      if (!memmem(src, got, "module", 6)) {
        free(src);
        continue;
      }
      hcl_parse_result r = ends_with(path, ".json") ? iac_hcl_parse_json(&fa, path, src, got, NULL)
                                                    : iac_hcl_parse(&fa, path, src, got, NULL);
      if (!r.body) {
        free(src);
        continue;
      }
      for (uint32_t b = 0; b < r.body->n_blocks; b++) {
        const hcl_block *blk = &r.body->blocks[b];
        if (strcmp(blk->type, "module")) continue;
        const hcl_attr *src_attr = iac_hcl_body_attr(blk->body, "source");
        if (!src_attr || src_attr->expr->kind != HX_LIT || src_attr->expr->lit->kind != DOC_STRING)
          continue;
        const char *source = src_attr->expr->lit->u.str;
        if (!is_local_source(source)) continue;
        const char *target = base_path_join(&fa, norm[i], source);
        for (size_t k = 0; k < n; k++)
          if (k != i && !strcmp(norm[k], target)) is_root[k] = false;
      }
      free(src);
    }
  }
  base_arena_free(&fa);
  base_arena_free(&a);
}
