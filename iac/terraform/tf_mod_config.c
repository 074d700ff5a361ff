/* tf_mod_config.c — reading a module's files into its configuration: the
 * declarations of every .tf / .tf.json file, override files merged in,
 * declarations made twice reported, tfvars files collected (see tf_mod.h). */
#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "alloc.h"
#include "readfile.h"
#include "tf_mod.h"
#include "utf8.h"

char *iac_tf_file_in(base_arena *a, const char *dir, const char *name) {
  if (dir[0] == '.' && !dir[1]) return base_arena_strdup(a, name);
  /* joined by hand: a printf per file (roots, module loads, tfvars) was a
   * visible share of loading a small module */
  size_t nd = strlen(dir), nn = strlen(name);
  char *p = base_arena_alloc(a, nd + nn + 2);
  memcpy(p, dir, nd);
  p[nd] = '/';
  memcpy(p + nd + 1, name, nn + 1);
  return p;
}

char *iac_tf_read_text(base_arena *a, const char *path, size_t max, size_t *len, const char **err) {
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
  iac_error *e = sev == IAC_SEV_WARNING ? iac_unit_warning(u, line, col, "%s", buf)
                                        : iac_unit_error(u, line, col, "%s", buf);
  e->file = file;
}

void iac_tf_file_error(tf_load *L, const char *file, uint32_t line, uint32_t col, const char *fmt,
                       ...) __attribute__((format(printf, 5, 6)));
void iac_tf_file_error(tf_load *L, const char *file, uint32_t line, uint32_t col, const char *fmt,
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

void iac_tf_file_warning_once(tf_load *L, const char *file, uint32_t line, uint32_t col,
                              const char *fmt, ...) {
  char buf[1024];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  const iac_unit *u = &L->tu->base;
  for (size_t i = 0; i < u->n_errors; i++) {
    const iac_error *e = &u->errors[i];
    if (e->line == line && e->col == col && !strcmp(e->file, file) && !strcmp(e->message, buf))
      return;
  }
  file_warning(L, file, line, col, "%s", buf);
}

/* A file read and parsed ahead of its turn (fetch), reported at its turn
 * (parse_file). */
typedef struct tf_fetch {
  const tf_parsed *r; /* NULL: not yet, or not readable (err) */
  const char *err;    /* why it could not be read */
  tf_source src;      /* what is known of it while the parse is still to come */
  tf_cache_ent *held; /* the cache's entry of r (NULL: none) */
} tf_fetch;

/* Takes path's parse from the scan's parse cache (iac_tf_cache_read): a file
 * unchanged since the scan read it is not read again, only logged as read
 * (base_read_log: each file a unit reads decides its cached result). With
 * wait false a file another thread is parsing is left for later (f->r NULL,
 * f->src kept). */
static void fetch(tf_load *L, const char *path, tf_fetch *f, bool wait) {
  tf_unit *tu = L->tu;
  tf_cache_ent *held = NULL;
  f->r = iac_tf_cache_read(tu->cache, L->ev.a, path, L->max_file, L->lim, wait, &f->src, &held);
  if (!f->r && f->src.err) {
    f->err = f->src.err;
    /* a file that is not there says so, as before ("No such file or directory") */
    if (access(path, F_OK) != 0) f->err = strerror(errno);
    return;
  }
  f->held = held;
  if (held) {
    GROW(L->ev.a, tu->held, tu->n_held, tu->cap_held);
    tu->held[tu->n_held++] = held;
  }
}

/* Parse a .tf / .tf.json / .tfvars / .tfvars.json file (fetched already, or
 * f NULL); NULL on error (reported). */
static const hcl_body *parse_file(tf_load *L, const char *path, uint16_t *tag, const char *why,
                                  tf_fetch *f) {
  tf_fetch own = {0};
  if (!f) f = &own;
  *tag = add_file(L, path);
  if (!f->r && !f->err) fetch(L, path, f, true);
  const tf_parsed *r = f->r;
  if (!r) {
    iac_tf_file_error(L, path, 0, 0, "cannot read: %s", f->err);
    return NULL;
  }
  if (r->bad) {
    iac_tf_file_error(L, path, r->line, r->col, "%s%s", r->bad, why);
    return NULL;
  }
  if (!r->body) {
    iac_tf_file_error(L, path, r->line, r->col, "%s%s", r->message, why);
    return NULL;
  }
  for (uint32_t i = 0; i < r->n_warnings; i++)
    file_warning(L, path, r->warnings[i].line, r->warnings[i].col, "%s", r->warnings[i].message);
  if (!r->directives) {
    tf_unit *tu = L->tu;
    GROW(L->ev.a, tu->quiet, tu->n_quiet, tu->cap_quiet);
    tu->quiet[tu->n_quiet++] = L->ev.files[*tag - 1];
  }
  return r->body;
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

/* A provider's alias must be a literal string (Terraform reads it before
 * evaluating anything); anything else is reported and the block is taken as
 * the default configuration. */
static const char *provider_alias(tf_load *L, const hcl_block *blk, uint16_t tag) {
  const hcl_attr *at = iac_hcl_body_attr(blk->body, "alias");
  if (!at) return NULL;
  const hcl_expr *e = at->expr;
  if (e->kind == HX_TEMPLATE && e->n == 1) e = e->items[0];
  if (e->kind == HX_LIT && e->lit->kind == DOC_STRING) return e->lit->u.str;
  iac_tf_file_error(L, L->ev.files[tag - 1], at->line, at->col,
                    "provider %s: alias must be a literal string", blk->labels[0]);
  return NULL;
}

/* The top-level block types a configuration keeps (one strcmp per block:
 * a module load classifies every block of every file). */
typedef enum tf_block_kind {
  TB_OTHER,
  TB_VARIABLE,
  TB_LOCALS,
  TB_RESOURCE,
  TB_DATA,
  TB_MODULE,
  TB_OUTPUT,
  TB_PROVIDER
} tf_block_kind;

static tf_block_kind block_kind(const char *t) {
  switch (t[0]) {
  case 'v': return !strcmp(t, "variable") ? TB_VARIABLE : TB_OTHER;
  case 'l': return !strcmp(t, "locals") ? TB_LOCALS : TB_OTHER;
  case 'r': return !strcmp(t, "resource") ? TB_RESOURCE : TB_OTHER;
  case 'd': return !strcmp(t, "data") ? TB_DATA : TB_OTHER;
  case 'm': return !strcmp(t, "module") ? TB_MODULE : TB_OTHER;
  case 'o': return !strcmp(t, "output") ? TB_OUTPUT : TB_OTHER;
  case 'p': return !strcmp(t, "provider") ? TB_PROVIDER : TB_OTHER;
  default: return TB_OTHER;
  }
}

static void config_add_body(tf_load *L, tf_config *cfg, const hcl_body *b, uint16_t tag) {
  base_arena *a = L->ev.a;
  for (uint32_t i = 0; i < b->n_blocks; i++) {
    const hcl_block *blk = &b->blocks[i];
    tf_decl d = {0};
    d.tag = tag;
    d.blk = blk;
    tf_block_kind k = block_kind(blk->type);
    if (k == TB_VARIABLE && blk->n_labels == 1) {
      d.name = blk->labels[0];
      add_decl(a, &cfg->vars, &cfg->n_vars, d);
    } else if (k == TB_LOCALS) {
      for (uint32_t j = 0; j < blk->body->n_attrs; j++) {
        tf_decl l = {0};
        l.tag = tag;
        l.attr = &blk->body->attrs[j];
        l.name = l.attr->name;
        add_decl(a, &cfg->locals, &cfg->n_locals, l);
      }
    } else if ((k == TB_RESOURCE || k == TB_DATA) && blk->n_labels == 2) {
      d.type = blk->labels[0];
      d.name = blk->labels[1];
      d.data = k == TB_DATA;
      add_decl(a, &cfg->res, &cfg->n_res, d);
    } else if (k == TB_MODULE && blk->n_labels == 1) {
      d.name = blk->labels[0];
      add_decl(a, &cfg->calls, &cfg->n_calls, d);
    } else if (k == TB_OUTPUT && blk->n_labels == 1) {
      d.name = blk->labels[0];
      add_decl(a, &cfg->outputs, &cfg->n_outputs, d);
    } else if (k == TB_PROVIDER && blk->n_labels == 1) {
      d.name = blk->labels[0];
      d.alias = provider_alias(L, blk, tag);
      add_decl(a, &cfg->providers, &cfg->n_providers, d);
    }
  }
}

/* The file table of the load running on this thread (iac_tf_listing_scope):
 * module directories are listed by the loads that call them, on any thread,
 * and the listing functions are called with an arena only. */
static _Thread_local base_file_table *tl_files;

base_file_table *iac_tf_listing_scope(base_file_table *t) {
  base_file_table *prev = tl_files;
  tl_files = t;
  return prev;
}

/* dir's listing (see tf_mod.h): through this thread's file table when it
 * has one, else listed now. Logged either way. */
const base_dir_entries *iac_tf_listing(const char *dir, base_dir_seen *own) {
  memset(own, 0, sizeof *own);
  if (tl_files) return &base_file_table_list(tl_files, dir, own)->e;
  base_read_log_dir(dir);
  base_dir_list(dir, &own->e);
  return &own->e;
}

const char **iac_tf_listed(base_arena *a, const base_dir_entries *e, const char *suf1,
                           const char *suf2, size_t *n) {
  *n = 0;
  const char **v = NULL;
  size_t cap = 0;
  for (size_t i = 0; i < e->n; i++) { /* sorted already */
    const char *name = e->v[i].name;
    if (name[0] == '.') continue;
    if (!iac_tf_ends_with(name, suf1) && !(suf2 && iac_tf_ends_with(name, suf2))) continue;
    GROW(a, v, *n, cap);
    v[(*n)++] = base_arena_strdup(a, name);
  }
  return v;
}

/* The .tf / .tf.json files of a directory, sorted; n = 0 when none/unreadable.
 * Listed once per scan through the file table (while the directory's stat is
 * unchanged); logged either way: which files a module has decides its
 * results (incremental scans). */
const char **iac_tf_list_dir(base_arena *a, const char *dir, const char *suf1, const char *suf2,
                             size_t *n) {
  base_dir_seen own;
  const char **v = iac_tf_listed(a, iac_tf_listing(dir, &own), suf1, suf2, n);
  base_dir_entries_free(&own.e);
  return v;
}

static int cmp_entry_name(const void *key, const void *ent) {
  return strcmp(key, ((const base_dir_entry *)ent)->name);
}

bool iac_tf_listed_file(const base_dir_entries *e, const char *name, bool is_entry,
                        const char *path) {
  if (!e->err) {
    const base_dir_entry *x = bsearch(name, e->v, e->n, sizeof *e->v, cmp_entry_name);
    if (!x) return false;                           /* not there when the scan listed it */
    if (is_entry && x->type == DT_REG) return true; /* d_type says so: no stat */
  }
  struct stat st; /* a link, a directory on the way, no d_type, an unlistable directory */
  return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

/* ---- override files (override.tf, *_override.tf, and their .tf.json) ---------------- */

static bool is_override_file(const char *path) {
  /* "override.tf[.json]" or "*_override.tf[.json]": the name ends in one of
   * these, preceded by '/', '_' or nothing */
  size_t n = strlen(path), m = 0;
  if (iac_tf_ends_with_n(path, n, "override.tf", 11))
    m = 11;
  else if (iac_tf_ends_with_n(path, n, "override.tf.json", 16))
    m = 16;
  if (!m) return false;
  return n == m || path[n - m - 1] == '/' || path[n - m - 1] == '_';
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
          iac_tf_file_error(L, file, at->line, at->col,
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
      iac_tf_file_error(L, file, blk->line, blk->col,
                        "%s %s%s%s: override of a block that is not declared", blk->type,
                        blk->labels[0], blk->n_labels > 1 ? "." : "",
                        blk->n_labels > 1 ? blk->labels[1] : "");
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

/* tf_index.c's hash, eight bytes a step (FNV-1a's byte a step was most of
 * the check); each part's length is mixed in: type and name never run
 * together. */
static uint32_t decl_hash(const tf_decl *d) {
  return iac_tf_hash(iac_tf_hash(TF_HASH_SEED ^ (uint32_t)d->data, d->type ? d->type : ""),
                     d->name);
}

/* Whether two of arr[0..n) have one key: a hash set of the keys (the
 * sort below costs a visible share of a module load, and nearly every
 * module declares nothing twice). */
static bool any_duplicate_decl(const tf_decl *arr, uint32_t n) {
  uint32_t cap = 16;
  while (cap < 2 * n)
    cap *= 2;
  enum { SMALL = 256 };
  uint32_t small[SMALL], *slot = cap <= SMALL ? small : malloc(cap * sizeof *slot);
  if (!slot) abort();
  memset(slot, 0, cap * sizeof *slot); /* index + 1; 0 = empty */
  bool dup = false;
  for (uint32_t i = 0; i < n && !dup; i++) {
    uint32_t k = decl_hash(&arr[i]) & (cap - 1);
    for (; slot[k]; k = (k + 1) & (cap - 1))
      if (cmp_decl_key(&arr[slot[k] - 1], &arr[i]) == 0) {
        dup = true;
        break;
      }
    slot[k] = i + 1;
  }
  if (slot != small) free(slot);
  return dup;
}

/* Terraform rejects a module that declares a resource, data source,
 * variable, local, module call or output twice. Keep the first declaration,
 * drop the rest and warn at each: evaluating either silently could hide a
 * finding. O(n) when there is none, O(n log n) for any number of
 * declarations (the warnings come in key order). */
static void drop_duplicate_decls(tf_load *L, tf_decl *arr, uint32_t *n, const char *what) {
  if (*n < 2 || !any_duplicate_decl(arr, *n)) return;
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

tf_config *iac_tf_load_config(tf_load *L, const char *dir, const char *const *files, size_t n) {
  for (uint32_t i = 0; i < L->n_cfgs; i++)
    if (!strcmp(L->cfgs[i].dir, dir)) return L->cfgs[i].cfg;
  tf_config *cfg = base_arena_calloc(L->ev.a, sizeof *cfg);
  cfg->dir = dir;
  /* Every file read and parsed before any is used, skipping those another
   * thread is parsing, then those: two roots that load one module at once
   * parse half its files each instead of one waiting on the other file by
   * file. Diagnostics still come in file order (parse_file). */
  tf_fetch *ff = base_xcalloc(n + 1, sizeof *ff);
  for (int pass = 0; pass < 2; pass++)
    for (size_t i = 0; i < n; i++)
      if (!ff[i].r && !ff[i].err) fetch(L, files[i], &ff[i], pass == 1);
  /* the trees the declarations come from, when all are the cache's */
  tf_cache_ent **ents = base_arena_alloc(L->ev.a, (n + 1) * sizeof *ents);
  size_t n_ents = 0;
  bool all_cached = L->tu->cache != NULL;
  for (size_t i = 0; i < n; i++) {
    if (is_override_file(files[i])) continue;
    uint16_t tag;
    const hcl_body *b =
        parse_file(L, files[i], &tag, "; the module is evaluated without this file", &ff[i]);
    if (b) config_add_body(L, cfg, b, tag);
    if (ff[i].held)
      ents[n_ents++] = ff[i].held;
    else
      all_cached = false;
  }
  /* another root loaded this module from these very trees: nothing is
   * declared twice (the check is a visible share of a load) */
  if (!all_cached || !iac_tf_cache_nodup(L->tu->cache, ents, n_ents)) {
    uint32_t before = cfg->n_vars + cfg->n_locals + cfg->n_res + cfg->n_calls + cfg->n_outputs;
    drop_duplicate_decls(L, cfg->vars, &cfg->n_vars, "variable");
    drop_duplicate_decls(L, cfg->locals, &cfg->n_locals, "local value");
    drop_duplicate_decls(L, cfg->res, &cfg->n_res, "resource");
    drop_duplicate_decls(L, cfg->calls, &cfg->n_calls, "module call");
    drop_duplicate_decls(L, cfg->outputs, &cfg->n_outputs, "output");
    uint32_t after = cfg->n_vars + cfg->n_locals + cfg->n_res + cfg->n_calls + cfg->n_outputs;
    if (all_cached && after == before) iac_tf_cache_note_nodup(L->tu->cache, ents, n_ents);
  }
  /* override files last, in lexical order, each merged into what came before */
  for (size_t i = 0; i < n; i++) {
    if (!is_override_file(files[i])) continue;
    uint16_t tag;
    const hcl_body *b =
        parse_file(L, files[i], &tag, "; the module is evaluated without this file", &ff[i]);
    if (b) config_override(L, cfg, b, tag);
  }
  free(ff);
  GROW(L->ev.a, L->cfgs, L->n_cfgs, L->cap_cfgs);
  L->cfgs[L->n_cfgs].dir = dir;
  L->cfgs[L->n_cfgs].cfg = cfg;
  L->n_cfgs++;
  return cfg;
}

void iac_tf_load_tfvars(tf_load *L, const char *path) {
  uint16_t tag;
  const hcl_body *b = parse_file(L, path, &tag, "", NULL);
  if (!b) return;
  for (uint32_t i = 0; i < b->n_attrs; i++) {
    GROW(L->ev.a, L->tfvars, L->n_tfvars, L->cap_tfvars);
    L->tfvars[L->n_tfvars].attr = &b->attrs[i];
    L->tfvars[L->n_tfvars].tag = tag;
    L->n_tfvars++;
  }
}
