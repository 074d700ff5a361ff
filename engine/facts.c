/* facts.c — the facts pass (facts.h): which units can hold a fact, running
 * the facts' selectors over them, and the table rules read. */
#define _GNU_SOURCE /* memmem */
#include "facts.h"

#include <nettle/sha2.h>
#include <stdio.h>
#include <sys/stat.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "pool.h"
#include "readfile.h"

/* A copied value nests at most this deep and holds at most this many nodes:
 * records are small by design; a larger value is unknown, with that reason. */
enum { FACT_MAX_DEPTH = 8, FACT_MAX_NODES = 256 };

#define GROW(arr, n, cap)                                                                          \
  do {                                                                                             \
    if ((n) == (cap)) (arr) = base_grow((arr), &(cap), (n) + 1, sizeof *(arr));                    \
  } while (0)

/* ---- which units can hold a fact -------------------------------------------- */

/* What a unit's bytes must contain for one of the facts' selectors to match
 * it. Exact where the format says so: a CloudFormation resource's type and a
 * Terraform resource's type are written in the file (a YAML/JSON/HCL string,
 * a JSON key, a plan's "type"); the API JSON view makes an ECR repository only
 * from a "repositoryName" key (iac/view_awsapi.c). Anything else (other formats and kinds, "*"
 * types) makes every document one. Text with an escape that could spell a needle
 * (may_escape_needle) is always a candidate. */
typedef struct prefilter {
  bool docs_all;   /* every YAML/JSON document is a candidate */
  bool terraform;  /* some selector matches Terraform modules */
  bool tf_all;     /* ... whatever their text */
  bool dockerfile; /* some selector matches Dockerfiles */
  const char **needles;
  size_t n;
} prefilter;

static void add_needle(prefilter *pf, const char *s) {
  for (size_t i = 0; i < pf->n; i++)
    if (!strcmp(pf->needles[i], s)) return;
  pf->needles = base_xrealloc(pf->needles, (pf->n + 1) * sizeof *pf->needles);
  pf->needles[pf->n++] = s;
}

static void prefilter_init(prefilter *pf, const vm_pack *p) {
  memset(pf, 0, sizeof *pf);
  for (uint32_t i = 0; i < p->n_sels; i++) {
    const vm_selector *s = &p->sels[i];
    if (!s->is_fact) continue;
    for (uint32_t t = 0; t < s->n_types; t++) {
      bool star = !strcmp(s->types[t], "*");
      switch ((iac_format)s->format) {
      case IAC_FMT_CLOUDFORMATION:
        if (star || strcmp(s->kind, "resource"))
          pf->docs_all = true;
        else
          add_needle(pf, s->types[t]);
        break;
      case IAC_FMT_TERRAFORM: /* modules, and plan JSON documents */
        pf->terraform = true;
        if (star) {
          pf->tf_all = pf->docs_all = true;
        } else {
          add_needle(pf, s->types[t]);
        }
        break;
      case IAC_FMT_AWSAPI:
        if (!strcmp(s->kind, "repository"))
          add_needle(pf, "repositoryName");
        else
          pf->docs_all = true;
        break;
      case IAC_FMT_DOCKERFILE: pf->dockerfile = true; break;
      case IAC_FMT_NONE: pf->docs_all = pf->terraform = pf->tf_all = pf->dockerfile = true; break;
      default: pf->docs_all = true; break;
      }
    }
  }
}

/* An escape that could spell a needle's characters (letters, digits, ':',
 * '_'): a hex or Unicode escape (JSON \u, YAML \x \u \U, HCL \u \U), or a
 * YAML double-quoted line continuation (a backslash ending a line joins the
 * next without a space). No other escape gives one of those characters. */
static bool may_escape_needle(const char *buf, size_t len) {
  for (const char *p = memchr(buf, '\\', len); p;
       p = memchr(p + 1, '\\', (size_t)(buf + len - p - 1))) {
    if (p + 1 == buf + len) return false;
    char c = p[1];
    if (c == 'u' || c == 'U' || c == 'x' || c == '\n' || c == '\r') return true;
    if (c == '\\') p++; /* an escaped backslash escapes nothing else */
    if (p + 1 >= buf + len) return false;
  }
  return false;
}

static bool text_matches(const prefilter *pf, const char *buf, size_t len, bool module_calls) {
  if (may_escape_needle(buf, len)) return true;
  for (size_t i = 0; i < pf->n; i++)
    if (memmem(buf, len, pf->needles[i], strlen(pf->needles[i]))) return true;
  /* a Terraform module call may bring a child module's resources in */
  return module_calls && memmem(buf, len, "module", 6);
}

/* Whether a Terraform file's text can declare one of the needles' types
 * itself (a resource block's label, written in the file or behind an escape). */
static bool tf_declares(const prefilter *pf, const char *buf, size_t len) {
  return text_matches(pf, buf, len, false);
}

/* ---- the pass ------------------------------------------------------------------ */

typedef struct rec {
  uint32_t fact;
  doc_node *map;
} rec;

typedef struct job_out {
  rec *recs;
  size_t n, cap;
  engine_facts_error *errs;
  size_t n_err, cap_err;
  bool loaded;
} job_out;

typedef struct worker {
  vm_state *vm;
  base_arena arena; /* records and error strings: kept until the table is built */
  base_arena scratch;
} worker;

/* What the pass kept of a unit for the scan's job (facts.h, engine_facts_take). */
typedef struct kept {
  iac_unit *unit; /* loaded: a producer */
  char *text;     /* or read: a document the prefilter read */
  size_t len;
} kept;

typedef struct pass {
  const engine_facts_input *in;
  prefilter pf;
  size_t n_units;
  job_out *out;
  worker *ws;
  kept *kept;       /* engine_facts's, or NULL */
  size_t kept_size; /* what is kept, estimated (atomic): at most KEEP_BUDGET */
  /* Terraform: some directory whose files can declare a needle's type is not
   * a root's own (a child module, called by some root) */
  bool tf_child_declares;
} pass;

/* What the pass may keep for the scan's jobs (bytes read, and units loaded,
 * estimated at UNIT_FACTOR times their text): past it, a unit's job reads and
 * loads it again. */
enum { KEEP_BUDGET = 64 << 20, UNIT_FACTOR = 8 };

/* Whether job k may keep `size` more bytes (and accounts them when so). */
static bool may_keep(pass *ps, size_t k, size_t size) {
  const engine_facts_input *in = ps->in;
  if (!ps->kept || (in->owned && !in->owned(in->owned_ctx, k))) return false;
  size_t now = __atomic_add_fetch(&ps->kept_size, size, __ATOMIC_RELAXED);
  if (now <= KEEP_BUDGET) return true;
  __atomic_sub_fetch(&ps->kept_size, size, __ATOMIC_RELAXED);
  return false;
}

typedef struct emit_ctx {
  pass *ps;
  worker *w;
  job_out *o;
  const char *unit;
  size_t k;
  bool terraform;
} emit_ctx;

struct engine_facts {
  base_arena arena;
  kept *kept; /* per plan unit; NULL without in->keep */
  size_t n_kept;
  const iac_plan *plan; /* what kept units are freed with */
  vm_facts *table;      /* the lists, indexed (vm.h) */
  const doc_node **lists;
  uint32_t n_lists;
  uint8_t raw[32];
  char digest[72];
  engine_facts_error *errs;
  size_t n_errs;
  size_t loaded, planned;
};

static doc_node *copy_value(base_arena *a, const doc_node *n, int depth, uint32_t *budget) {
  if (!n) return NULL;
  if (depth > FACT_MAX_DEPTH || *budget == 0)
    return iac_doc_unknown(a, "a fact's value is larger than a record may hold", 0, 0);
  (*budget)--;
  switch ((doc_kind)n->kind) {
  case DOC_NULL: return iac_doc_null(a, 0, 0);
  case DOC_BOOL: return iac_doc_bool(a, n->u.b, 0, 0);
  case DOC_NUMBER: return iac_doc_number(a, n->u.num, 0, 0);
  case DOC_STRING: return iac_doc_string(a, n->u.str, n->len, 0, 0);
  case DOC_UNKNOWN: {
    /* the reason stays; a reference or alternative of the unit it came from
     * means nothing in another unit (refers_to must not match it there) */
    doc_node *u = iac_doc_unknown(a, n->u.str ? n->u.str : "unknown", 0, 0);
    u->flags = n->flags & DOC_F_EVAL_ERROR;
    return u;
  }
  case DOC_LIST: {
    doc_node **items = base_arena_alloc(a, (n->len ? n->len : 1) * sizeof *items);
    for (uint32_t i = 0; i < n->len; i++)
      items[i] = copy_value(a, n->u.items[i], depth + 1, budget);
    return iac_doc_list(a, items, n->len, 0, 0);
  }
  case DOC_MAP: {
    doc_entry *es = base_arena_alloc(a, (n->len ? n->len : 1) * sizeof *es);
    for (uint32_t i = 0; i < n->len; i++) {
      es[i] = n->u.entries[i];
      es[i].key = base_arena_strndup(a, n->u.entries[i].key, n->u.entries[i].key_len);
      es[i].line = es[i].col = 0;
      es[i].val = copy_value(a, n->u.entries[i].val, depth + 1, budget);
    }
    return iac_doc_map(a, es, n->len, 0, 0);
  }
  }
  return iac_doc_null(a, 0, 0);
}

static doc_entry str_entry(base_arena *a, const char *k, const char *v) {
  return (doc_entry){k, (uint32_t)strlen(k), 0, 0, iac_doc_string(a, v, strlen(v), 0, 0)};
}

/* One EMIT (or a failed evaluation): copied into the worker's arena. */
static void on_record(void *ctx, const vm_fact_record *r) {
  emit_ctx *c = ctx;
  base_arena *a = &c->w->arena;
  const char *file = r->res->file ? r->res->file : c->unit;
  if (c->terraform && c->ps->in->plan)
    file = iac_plan_report_path(c->ps->in->plan, file, &c->w->scratch);
  file = base_arena_strdup(a, file);
  job_out *o = c->o;
  if (r->error) {
    GROW(o->errs, o->n_err, o->cap_err);
    o->errs[o->n_err++] = (engine_facts_error){
        c->k, c->unit, file, r->res->line, r->res->col, base_arena_strdup(a, r->error)};
    return;
  }
  doc_entry *es = base_arena_alloc(a, (r->n + 3) * sizeof *es);
  uint32_t n = 0;
  for (uint32_t i = 0; i < r->n; i++) {
    if (!r->values[i]) continue; /* missing: the key is left out */
    uint32_t budget = FACT_MAX_NODES;
    const char *k = base_arena_strdup(a, r->keys[i]);
    es[n++] = (doc_entry){k, (uint32_t)strlen(k), 0, 0, copy_value(a, r->values[i], 0, &budget)};
  }
  es[n++] = str_entry(a, "file", file);
  es[n] = (doc_entry){"line", 4, 0, 0, iac_doc_number(a, r->res->line, 0, 0)};
  n++;
  es[n++] = str_entry(a, "resource", r->res->name ? r->res->name : "");
  GROW(o->recs, o->n, o->cap);
  o->recs[o->n++] = (rec){r->fact, iac_doc_map(a, es, n, 0, 0)};
}

/* Runs the facts over a loaded unit, then keeps it for the scan's job (it is
 * evaluated once, with the whole table) or frees it. */
static void run_unit(pass *ps, worker *w, size_t k, iac_unit *u, const char *unit, bool tf,
                     size_t size) {
  job_out *o = &ps->out[k];
  o->loaded = true;
  emit_ctx c = {ps, w, o, base_arena_strdup(&w->arena, unit), k, tf};
  if (!u->failed && u->n_resources) vm_run_facts(w->vm, u, on_record, &c);
  if (ps->in->plan && may_keep(ps, k, size * UNIT_FACTOR)) {
    ps->kept[k] = (kept){u, NULL, size};
    return;
  }
  if (ps->in->plan)
    iac_plan_unit_free(ps->in->plan, u);
  else
    iac_unit_free(u);
}

/* Whether a root's directory holds modules that `terraform init` fetched
 * (.terraform/modules: hidden, so not walked, but its calls load them). */
static bool tf_has_remote_modules(const engine_walk *walk, const iac_plan_unit *pu) {
  if (!pu->n_files) return false;
  char path[4096];
  int n = snprintf(path, sizeof path, "%s/.terraform/modules", walk->files[pu->files[0]].dir);
  struct stat st;
  return n < 0 || (size_t)n >= sizeof path || stat(path, &st) == 0;
}

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* ps->tf_child_declares: over the walked .tf/.tf.json files of directories
 * that are no root's own (each is read here once; the roots' own files are
 * read by tf_candidate). */
static void tf_children(pass *ps) {
  const engine_facts_input *in = ps->in;
  if (!ps->pf.terraform || ps->pf.tf_all) return;
  size_t n_dirs = 0;
  const char **dirs = base_xcalloc(ps->n_units + 1, sizeof *dirs);
  for (size_t k = 0; k < ps->n_units; k++) {
    const iac_plan_unit *pu = iac_plan_unit_at(in->plan, k);
    if (pu->terraform && pu->n_files) dirs[n_dirs++] = in->walk->files[pu->files[0]].dir;
  }
  qsort(dirs, n_dirs, sizeof *dirs, cmp_str);
  for (size_t i = 0; i < in->walk->n_files && !ps->tf_child_declares; i++) {
    const engine_walk_file *f = &in->walk->files[i];
    size_t nl = strlen(f->rel);
    if (f->kind != ENGINE_FILE_TERRAFORM || !((nl > 3 && !strcmp(f->rel + nl - 3, ".tf")) ||
                                              (nl > 8 && !strcmp(f->rel + nl - 8, ".tf.json"))))
      continue;
    if (bsearch(&f->dir, dirs, n_dirs, sizeof *dirs, cmp_str)) continue;
    size_t len;
    const char *why;
    char *buf = base_read_file(f->path, f->size, in->lim->max_file_size, &len, &why);
    ps->tf_child_declares = !buf || tf_declares(&ps->pf, buf, len);
    free(buf);
  }
  free(dirs);
}

/* Whether Terraform root pu can declare a fact: a file of its own says a
 * needle's type, or it calls a module and some directory that is not a
 * root's own says one (the module tree root finding walked is not kept;
 * a call to a remote module, read from .terraform/modules, is followed the
 * same way: such a root is a producer when the needle is in a child). */
static bool tf_candidate(pass *ps, const iac_plan_unit *pu) {
  const engine_facts_input *in = ps->in;
  const prefilter *pf = &ps->pf;
  if (pf->tf_all) return true;
  bool calls = false;
  for (size_t i = 0; i < pu->n_files; i++) {
    const engine_walk_file *f = &in->walk->files[pu->files[i]];
    size_t len;
    const char *why;
    char *buf = base_read_file(f->path, f->size, in->lim->max_file_size, &len, &why);
    /* unreadable: the module load reports it; whether it holds a fact is
     * then not known, so the module is loaded */
    bool yes = !buf || tf_declares(pf, buf, len);
    calls = calls || (buf && memmem(buf, len, "module", 6));
    free(buf);
    if (yes) return true;
  }
  return calls && (ps->tf_child_declares || tf_has_remote_modules(in->walk, pu));
}

/* Job k: unit k of the plan, when it can hold a fact. */
static void run_job(void *ctx, size_t k, int wid) {
  pass *ps = ctx;
  const engine_facts_input *in = ps->in;
  worker *w = &ps->ws[wid];
  if (!in->plan) { /* the one document in memory */
    char *buf = base_xmalloc(in->len + 1);
    memcpy(buf, in->buf, in->len);
    buf[in->len] = 0;
    iac_unit *u = iac_load_owned(in->name, buf, in->len, in->lim);
    run_unit(ps, w, k, u, in->name, false, in->len);
    return;
  }
  const iac_plan_unit *pu = iac_plan_unit_at(in->plan, k);
  const prefilter *pf = &ps->pf;
  if (pu->terraform) {
    if (!pf->terraform || !tf_candidate(ps, pu)) return;
    iac_unit *u = iac_plan_load(in->plan, k, NULL, 0);
    run_unit(ps, w, k, u, pu->name, true, (size_t)pu->cost);
    base_arena_reset(&w->scratch);
    return;
  }
  const engine_walk_file *f = &in->walk->files[pu->first];
  if (f->kind == ENGINE_FILE_DOCKERFILE ? !pf->dockerfile : !pf->docs_all && !pf->n) return;
  if (in->skip_file && in->skip_file(f->rel)) return;
  size_t len;
  const char *why;
  char *buf = base_read_file(f->path, f->size, in->lim->max_file_size, &len, &why);
  if (!buf) return; /* the scan reports the skip */
  bool cand =
      f->kind == ENGINE_FILE_DOCKERFILE || pf->docs_all || text_matches(pf, buf, len, false);
  if (!cand || base_looks_binary(buf, len) || base_is_blank(buf, len)) {
    /* the job reads it from here, not from the disk again */
    if (may_keep(ps, k, len))
      ps->kept[k] = (kept){NULL, buf, len};
    else
      free(buf);
    return;
  }
  iac_unit *u = iac_plan_load(in->plan, k, buf, len);
  run_unit(ps, w, k, u, pu->name, false, len);
}

/* ---- the table and its digest ------------------------------------------------- */

static void h_put(struct sha256_ctx *h, uint8_t tag, const void *p, size_t n) {
  uint64_t len = n;
  sha256_update(h, 1, &tag);
  sha256_update(h, sizeof len, (const uint8_t *)&len);
  if (n) sha256_update(h, n, p);
}

static void h_node(struct sha256_ctx *h, const doc_node *n) {
  switch ((doc_kind)n->kind) {
  case DOC_NULL: h_put(h, 'z', NULL, 0); break;
  case DOC_BOOL: h_put(h, n->u.b ? 't' : 'f', NULL, 0); break;
  case DOC_NUMBER: h_put(h, 'n', &n->u.num, sizeof n->u.num); break;
  case DOC_STRING: h_put(h, 's', n->u.str, n->len); break;
  case DOC_UNKNOWN: h_put(h, 'u', n->u.str, strlen(n->u.str)); break;
  case DOC_LIST:
    h_put(h, 'l', &n->len, sizeof n->len);
    for (uint32_t i = 0; i < n->len; i++)
      h_node(h, n->u.items[i]);
    break;
  case DOC_MAP:
    h_put(h, 'm', &n->len, sizeof n->len);
    for (uint32_t i = 0; i < n->len; i++) {
      h_put(h, 'k', n->u.entries[i].key, n->u.entries[i].key_len);
      h_node(h, n->u.entries[i].val);
    }
    break;
  }
}

static void build_table(engine_facts *f, const vm_pack *p, const pass *ps) {
  base_arena *a = &f->arena;
  f->n_lists = p->n_facts;
  f->lists = base_arena_calloc(a, (p->n_facts + 1) * sizeof *f->lists);
  struct sha256_ctx h;
  sha256_init(&h);
  h_put(&h, 'V', "vigil facts 1", 13);
  size_t n_errs = 0;
  for (size_t k = 0; k < ps->n_units; k++)
    n_errs += ps->out[k].n_err;
  f->errs = base_arena_alloc(a, (n_errs + 1) * sizeof *f->errs);
  for (size_t k = 0; k < ps->n_units; k++)
    for (size_t e = 0; e < ps->out[k].n_err; e++) {
      const engine_facts_error *x = &ps->out[k].errs[e];
      f->errs[f->n_errs++] = (engine_facts_error){
          x->unit, base_arena_strdup(a, x->unit_name), base_arena_strdup(a, x->file), x->line,
          x->col,  base_arena_strdup(a, x->message)};
    }
  for (uint32_t i = 0; i < p->n_facts; i++) {
    size_t n = 0;
    for (size_t k = 0; k < ps->n_units; k++)
      for (size_t r = 0; r < ps->out[k].n; r++)
        n += ps->out[k].recs[r].fact == i;
    doc_node **items = base_arena_alloc(a, (n + 1) * sizeof *items);
    n = 0;
    uint32_t budget = UINT32_MAX;
    for (size_t k = 0; k < ps->n_units; k++)
      for (size_t r = 0; r < ps->out[k].n; r++)
        if (ps->out[k].recs[r].fact == i)
          items[n++] = copy_value(a, ps->out[k].recs[r].map, -FACT_MAX_DEPTH, &budget);
    f->lists[i] = iac_doc_list(a, items, (uint32_t)n, 0, 0);
    h_put(&h, 'F', p->facts[i].name, strlen(p->facts[i].name));
    h_node(&h, f->lists[i]);
  }
  /* a failed evaluation changes what the rules read too */
  for (size_t e = 0; e < f->n_errs; e++) {
    h_put(&h, 'E', f->errs[e].file, strlen(f->errs[e].file));
    h_put(&h, 'e', f->errs[e].message, strlen(f->errs[e].message));
  }
  sha256_digest(&h, sizeof f->raw, f->raw);
  memcpy(f->digest, "sha256:", 7);
  for (int i = 0; i < 32; i++)
    snprintf(f->digest + 7 + 2 * i, 3, "%02x", f->raw[i]);
}

bool engine_facts_needed(const vm_pack *p) {
  return p && p->n_facts && vm_pack_reads_facts(p);
}

engine_facts *engine_facts_collect(const engine_facts_input *in) {
  engine_facts *f = base_xcalloc(1, sizeof *f);
  base_arena_init(&f->arena);
  pass ps = {.in = in};
  prefilter_init(&ps.pf, in->pack);
  ps.n_units = in->plan ? iac_plan_count(in->plan) : 1;
  ps.out = base_xcalloc(ps.n_units + 1, sizeof *ps.out);
  int threads = in->threads > 0 ? in->threads : 1;
  if ((size_t)threads > ps.n_units) threads = ps.n_units ? (int)ps.n_units : 1;
  ps.ws = base_xcalloc((size_t)threads, sizeof *ps.ws);
  for (int i = 0; i < threads; i++) {
    ps.ws[i].vm = vm_state_new(in->pack, in->vm);
    base_arena_init(&ps.ws[i].arena);
    base_arena_init(&ps.ws[i].scratch);
  }
  if (in->keep && in->plan) {
    f->kept = base_xcalloc(ps.n_units + 1, sizeof *f->kept);
    f->n_kept = ps.n_units;
    f->plan = in->plan;
    ps.kept = f->kept;
  }
  if (in->plan) tf_children(&ps);
  engine_pool_run(ps.n_units, threads, run_job, &ps);
  build_table(f, in->pack, &ps);
  f->table = vm_facts_build(in->pack, f->lists);
  f->planned = ps.n_units;
  for (size_t k = 0; k < ps.n_units; k++) {
    f->loaded += ps.out[k].loaded;
    free(ps.out[k].recs);
    free(ps.out[k].errs);
  }
  for (int i = 0; i < threads; i++) {
    vm_state_free(ps.ws[i].vm);
    base_arena_free(&ps.ws[i].arena);
    base_arena_free(&ps.ws[i].scratch);
  }
  free(ps.ws);
  free(ps.out);
  free(ps.pf.needles);
  return f;
}

void engine_facts_free(engine_facts *f) {
  if (!f) return;
  for (size_t k = 0; k < f->n_kept; k++) {
    if (f->kept[k].unit) iac_plan_unit_free(f->plan, f->kept[k].unit);
    free(f->kept[k].text);
  }
  free(f->kept);
  vm_facts_free(f->table);
  base_arena_free(&f->arena);
  free(f);
}

engine_facts_kept engine_facts_take(engine_facts *f, size_t k) {
  engine_facts_kept r = {0};
  if (!f || k >= f->n_kept) return r;
  r = (engine_facts_kept){f->kept[k].unit, f->kept[k].text, f->kept[k].len};
  f->kept[k] = (kept){0};
  return r;
}

const vm_facts *engine_facts_table(const engine_facts *f) {
  return f ? f->table : NULL;
}

const char *engine_facts_digest(const engine_facts *f) {
  return f ? f->digest : "";
}

void engine_facts_key(const engine_facts *f, uint8_t key[32]) {
  if (!f) return;
  struct sha256_ctx h;
  sha256_init(&h);
  h_put(&h, 'K', key, 32);
  h_put(&h, 'T', f->raw, sizeof f->raw);
  sha256_digest(&h, 32, key);
}

const engine_facts_error *engine_facts_errors(const engine_facts *f, size_t *n) {
  *n = f ? f->n_errs : 0;
  return f ? f->errs : NULL;
}

void engine_facts_counts(const engine_facts *f, size_t *loaded, size_t *planned) {
  *loaded = f ? f->loaded : 0;
  *planned = f ? f->planned : 0;
}
