/* facts.c — the facts pass (facts.h): which units can hold a fact, running
 * the facts' selectors over them, and the table rules read. */
#define _GNU_SOURCE /* memmem */
#include "facts.h"
#include "writefile.h"

#include <nettle/sha2.h>
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <sys/stat.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "alloc.h"
#include "bytes.h"
#include "cache.h"
#include "hash.h"
#include "path.h"
#include "pool.h"
#include "readfile.h"
#include "trace.h"

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
  const char **tf_needles; /* of Terraform selectors: what a .tf file can declare */
  size_t n_tf;
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
          pf->tf_needles = base_xrealloc(pf->tf_needles, (pf->n_tf + 1) * sizeof *pf->tf_needles);
          pf->tf_needles[pf->n_tf++] = s->types[t];
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

/* ---- the pass ------------------------------------------------------------------ */

/* Bytes, grown by doubling: a worker's store, an entry being encoded. */
typedef struct fbuf {
  uint8_t *p;
  size_t n, cap;
} fbuf;

static void fput(fbuf *b, const void *p, size_t n) {
  if (b->n + n > b->cap) b->p = base_grow(b->p, &b->cap, b->n + n, 1);
  if (n) memcpy(b->p + b->n, p, n);
  b->n += n;
}
/* n bytes at the end, for the caller to fill. */
static uint8_t *fput_room(fbuf *b, size_t n) {
  if (b->n + n > b->cap) b->p = base_grow(b->p, &b->cap, b->n + n, 1);
  b->n += n;
  return b->p + b->n - n;
}
static void fput_u8(fbuf *b, uint8_t v) {
  fput(b, &v, 1);
}
static void fput_u32(fbuf *b, uint32_t v) {
  fput(b, &v, sizeof v);
}
static void fput_str(fbuf *b, const char *s, size_t n) {
  fput_u32(b, (uint32_t)n);
  fput(b, s, n);
}
static void fbuf_free(fbuf *b) {
  free(b->p);
  *b = (fbuf){0};
}

/* Until the table is built a record is kept as its cache entry holds it (u32
 * fact, then its map: vm.h's format) in its worker's store, about 200
 * bytes for an ECR repository; a tree of nodes copied per record, with its
 * keys, file name and unit name, was about 1.5 KB. Records of one unit are
 * consecutive in one worker's store: a unit is collected by one job. */
typedef struct wrec {
  uint32_t unit, fact, len;
  uint64_t off; /* in the worker's stream (stored_bytes) */
} wrec;

/* One lookup an evaluation made (vm.h): its key (NO_KEY: facts("NAME"), the
 * whole list) and value are text at off, each NUL-ended: key, then value. */
enum { NO_KEY = UINT32_MAX };
typedef struct lookup {
  uint32_t unit, fact;
  uint32_t key_len, len;
  size_t off;
} lookup;

/* A unit reused from its cache entry, with lookups: the digest of what they
 * answered the scan that stored it (engine_facts_entry_take). */
typedef struct wcached {
  uint32_t unit;
  uint8_t answers[32];
} wcached;

typedef struct worker {
  vm_state *vm;
  base_arena scratch;
  /* records: the worker's stream of them, its first `spilled` bytes in its
   * scratch file, the rest in rec_bytes (the unit being collected's are
   * always there: its cache entry is encoded from them) */
  fbuf rec_bytes;
  uint64_t spilled;
  int spill_fd;      /* -1 until needed */
  bool spill_failed; /* it could not be made or written: memory keeps the rest */
  /* a window of the scratch file, read back (rec_read; the table's win_lock):
   * one per worker, for the table reads its records in plan order, which
   * takes turns between the workers' files (one window for all was read
   * again at each turn: 983 preads of 64 KB on a warm 10k-file -j2 scan) */
  uint8_t *win;
  uint64_t win_off;
  size_t win_n;
  wrec *recs;
  size_t n_rec, cap_rec;
  fbuf look_text; /* lookups' keys and values, kept until the table is built */
  lookup *looks;
  size_t n_look, cap_look;
  wcached *cached;
  size_t n_cached, cap_cached;
  engine_facts_error *errs; /* failed evaluations (rare): strings in err_arena */
  size_t n_err, cap_err;
  base_arena err_arena;
} worker;

/* Per plan unit, one byte (a job writes only its unit's): */
enum {
  U_LOADED = 1, /* its records were collected from its loaded unit */
  U_LOOKED = 2, /* its evaluation (or its cache entry) looked the table up */
  U_CACHED = 4, /* reused from its cache entry: its lookups carry a digest */
  U_STANDS = 8  /* after the table: its lookups answer what they answered */
};

typedef struct pass {
  const engine_facts_input *in;
  prefilter pf;
  size_t n_units;
  uint8_t *unit; /* U_* */
  worker *ws;
  bool *tf_producer; /* per plan unit: a Terraform root the pass loads */
} pass;

typedef struct emit_ctx {
  pass *ps;
  worker *w;
  const char *unit; /* its report name (the plan's, or the document's) */
  size_t k;
  bool terraform;
} emit_ctx;

struct engine_facts {
  base_arena arena;
  engine_facts_input in; /* a copy: the pass reads it until the table is built */
  pass ps;               /* the records and lookups of every unit */
  int n_ws;
  vm_facts *empty;     /* what facts() answers before the table is built: nothing */
  bool final;          /* the table is built */
  vm_facts *table;     /* the records' bytes, indexed (vm.h) */
  vm_fact_bytes *recs; /* the records in table order (in the workers' streams) */
  uint32_t *rec_unit;  /* and their units, */
  uint32_t *rec_wid;   /* workers */
  uint64_t *rec_off;   /* and offsets in their streams */
  size_t n_recs;
  bool digested; /* raw and digest are set (digest_table) */
  uint8_t raw[32];
  char digest[72];
  engine_facts_error *errs;
  size_t n_errs;
  size_t loaded, planned;
  pthread_mutex_t win_lock; /* the workers' windows (worker.win) */
  size_t reads;             /* preads of spilled records (win_lock): VIGIL_TRACE says them */
};

/* Where the trailing run of unit u's items starts in v[0..n) (items of
 * `size` bytes whose first field is their u32 unit). */
static size_t tail_of(const void *v, size_t n, size_t size, uint32_t u) {
  while (n > 0) {
    uint32_t unit;
    memcpy(&unit, (const uint8_t *)v + (n - 1) * size, sizeof unit);
    if (unit != u) break;
    n--;
  }
  return n;
}

/* Value n as a record holds it (vm.h's format): nested at most
 * FACT_MAX_DEPTH deep and FACT_MAX_NODES nodes, else unknown with that
 * reason; an unknown keeps its reason and whether it is an evaluation error
 * (a reference or alternative of the unit it came from means nothing in
 * another unit: refers_to must not match it there); locations are dropped. */
static void enc_value(fbuf *b, const doc_node *n, int depth, uint32_t *budget) {
  if (!n) {
    fput_u8(b, DOC_NULL);
    return;
  }
  if (depth > FACT_MAX_DEPTH || *budget == 0) {
    static const char why[] = "a fact's value is larger than a record may hold";
    fput_u8(b, DOC_UNKNOWN);
    fput_str(b, why, sizeof why - 1);
    fput_u8(b, 0);
    return;
  }
  (*budget)--;
  fput_u8(b, n->kind);
  switch ((doc_kind)n->kind) {
  case DOC_NULL: break;
  case DOC_BOOL: fput(b, &n->u.b, 1); break;
  case DOC_NUMBER: fput(b, &n->u.num, sizeof n->u.num); break;
  case DOC_STRING: fput_str(b, n->u.str, n->len); break;
  case DOC_UNKNOWN: {
    const char *why = n->u.str ? n->u.str : "unknown";
    fput_str(b, why, strlen(why));
    fput_u8(b, (n->flags & DOC_F_EVAL_ERROR) != 0);
    break;
  }
  case DOC_LIST:
    fput_u32(b, n->len);
    for (uint32_t i = 0; i < n->len; i++)
      enc_value(b, n->u.items[i], depth + 1, budget);
    break;
  case DOC_MAP:
    fput_u32(b, n->len);
    for (uint32_t i = 0; i < n->len; i++) {
      fput_str(b, n->u.entries[i].key, n->u.entries[i].key_len);
      enc_value(b, n->u.entries[i].val, depth + 1, budget);
    }
    break;
  }
}

static void enc_str_entry(fbuf *b, const char *k, const char *v) {
  fput_str(b, k, strlen(k));
  fput_u8(b, DOC_STRING);
  fput_str(b, v, strlen(v));
}

/* One EMIT (or a failed evaluation), into the worker's store: the map of the
 * emitted keys (a missing value leaves its key out), then `file`, `line` and
 * `resource`. */
static void on_record(void *ctx, const vm_fact_record *r) {
  emit_ctx *c = ctx;
  worker *w = c->w;
  const char *file = r->res->file ? r->res->file : c->unit;
  if (c->terraform && c->ps->in->plan)
    file = iac_plan_report_path(c->ps->in->plan, file, &w->scratch);
  if (r->error) {
    base_arena *a = &w->err_arena;
    GROW(w->errs, w->n_err, w->cap_err);
    w->errs[w->n_err++] = (engine_facts_error){
        c->k,        base_arena_strdup(a, c->unit), base_arena_strdup(a, file), r->res->line,
        r->res->col, base_arena_strdup(a, r->error)};
    return;
  }
  fbuf *b = &w->rec_bytes;
  size_t at = b->n;
  uint32_t n = 3;
  for (uint32_t i = 0; i < r->n; i++)
    n += r->values[i] != NULL;
  fput_u32(b, r->fact);
  fput_u8(b, DOC_MAP);
  fput_u32(b, n);
  for (uint32_t i = 0; i < r->n; i++) {
    if (!r->values[i]) continue;
    uint32_t budget = FACT_MAX_NODES;
    fput_str(b, r->keys[i], strlen(r->keys[i]));
    enc_value(b, r->values[i], 0, &budget);
  }
  enc_str_entry(b, "file", file);
  double line = r->res->line;
  fput_str(b, "line", 4);
  fput_u8(b, DOC_NUMBER);
  fput(b, &line, sizeof line);
  enc_str_entry(b, "resource", r->res->name ? r->res->name : "");
  GROW(w->recs, w->n_rec, w->cap_rec);
  w->recs[w->n_rec++] = (wrec){(uint32_t)c->k, r->fact, (uint32_t)(b->n - at), w->spilled + at};
}

/* A worker's records go to its scratch file SPILL_AT bytes at a time,
 * between units: at 100k files they are 9 MB (35,620 records), and the
 * table reads back only those a rule reads. */
enum { SPILL_AT = 256u << 10 };

/* Raw I/O at an offset, whole or nothing (EINTR retried). */
static bool spill_io(int fd, uint8_t *p, size_t n, uint64_t at, bool write) {
  size_t done = 0;
  while (done < n) {
    ssize_t r = write ? pwrite(fd, p + done, n - done, (off_t)(at + done))
                      : pread(fd, p + done, n - done, (off_t)(at + done));
    if (r < 0 && errno == EINTR) continue;
    if (r <= 0) return false;
    done += (size_t)r;
  }
  return true;
}

/* Before a unit's records: the worker's in memory to its scratch file, when
 * they are SPILL_AT bytes or more. */
static void spill(worker *w) {
  if (w->rec_bytes.n < SPILL_AT || w->spill_failed) return;
  if (w->spill_fd < 0) {
    w->spill_fd = base_scratch_fd();
  }
  if (w->spill_fd < 0 || !spill_io(w->spill_fd, w->rec_bytes.p, w->rec_bytes.n, w->spilled, true)) {
    w->spill_failed = true; /* memory, then */
    return;
  }
  w->spilled += w->rec_bytes.n;
  w->rec_bytes.n = 0;
}

/* Record bytes at off of worker w's stream, into buf (false: unreadable). */
static bool stream_read(const worker *w, uint64_t off, uint32_t len, uint8_t *buf) {
  if (off >= w->spilled) {
    memcpy(buf, w->rec_bytes.p + (off - w->spilled), len);
    return true;
  }
  return spill_io(w->spill_fd, buf, len, off, false);
}

static void collect_unit(pass *ps, worker *w, vm_state *vm, size_t k, const iac_unit *u,
                         const char *unit, bool tf) {
  spill(w);
  ps->unit[k] |= U_LOADED;
  emit_ctx c = {ps, w, unit, k, tf};
  if (!u->failed && u->n_resources) vm_run_facts(vm, u, on_record, &c);
  base_arena_reset(&w->scratch);
}

static void run_unit(pass *ps, worker *w, size_t k, iac_unit *u, const char *unit, bool tf) {
  collect_unit(ps, w, w->vm, k, u, unit, tf);
  if (ps->in->plan)
    iac_plan_unit_free(ps->in->plan, u);
  else
    iac_unit_free(u);
}

/* ---- Terraform producers: what a root's module closure can declare ------------ */

/* What a module directory's closure can hold, as far as text tells: a file of
 * it (or of a local module it calls, transitively) names a needle's type
 * (DECLARES), or it calls a non-local module, read from the root's
 * .terraform/modules (REMOTE). Anything the text does not settle (a file
 * that cannot be read, a directory that cannot be listed, a `source` that is
 * not a plain literal, a cycle) counts as DECLARES: the root is then loaded
 * by the pass, never left out. */
enum { TFD_DECLARES = 1, TFD_REMOTE = 2, TFD_DONE = 4, TFD_VISITING = 8 };

typedef struct tf_dir {
  const char *path; /* normalised (base_path_join): as module sources resolve */
  uint8_t bits;
  /* a walked directory: its walked .tf/.tf.json files (what root finding and
   * the plan see of it), a list of walk indices; else listed here */
  size_t *files, n_files;
} tf_dir;

/* Directories seen, open addressing on their path. */
typedef struct tf_dirs {
  base_arena arena;
  tf_dir *v;
  size_t n, cap; /* cap: a power of two */
  const iac_limits *lim;
  const engine_walk *walk;
  base_dir_cache dfd; /* walked files are opened relative to their directory */
  const prefilter *pf;
} tf_dirs;

static uint64_t path_hash(const char *s) {
  return base_fnv1a_str(s);
}

/* The slot of path (added, with bits 0, when new). */
static size_t tf_dir_slot(tf_dirs *t, const char *path) {
  if (2 * (t->n + 1) > t->cap) {
    size_t cap = t->cap ? 2 * t->cap : 64;
    tf_dir *v = base_xcalloc(cap, sizeof *v);
    for (size_t i = 0; i < t->cap; i++)
      if (t->v[i].path) {
        size_t j = path_hash(t->v[i].path) & (cap - 1);
        while (v[j].path)
          j = (j + 1) & (cap - 1);
        v[j] = t->v[i];
      }
    free(t->v);
    t->v = v;
    t->cap = cap;
  }
  size_t j = path_hash(path) & (t->cap - 1);
  while (t->v[j].path && strcmp(t->v[j].path, path))
    j = (j + 1) & (t->cap - 1);
  if (!t->v[j].path) {
    t->v[j].path = base_arena_strdup(&t->arena, path);
    t->n++;
  }
  return j;
}

static bool ident_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         c == '-';
}

static bool is_local_source(const char *s) { /* as the loader decides (tf_mod_calls.c) */
  return !strncmp(s, "./", 2) || !strncmp(s, "../", 3) || !strcmp(s, ".") || !strcmp(s, "..");
}

static uint8_t tf_dir_bits(tf_dirs *t, const char *path);

/* The bits the `source` arguments of text add: each `source` word followed
 * by `=` (HCL) or `":` (JSON) and a string literal; a local one is followed
 * into its directory. Only text that says "module" can call one. */
static uint8_t tf_sources(tf_dirs *t, const char *dir, const char *buf, size_t len) {
  if (!memmem(buf, len, "module", 6)) return 0;
  uint8_t bits = 0;
  const char *end = buf + len;
  for (const char *p = memmem(buf, len, "source", 6); p && !(bits & TFD_DECLARES);
       p = memmem(p + 6, (size_t)(end - p - 6), "source", 6)) {
    if ((p > buf && ident_char(p[-1])) || (p + 6 < end && ident_char(p[6]))) continue;
    const char *q = p + 6;
    if (q < end && *q == '"') q++; /* "source": in JSON */
    while (q < end && (*q == ' ' || *q == '\t' || *q == '\r' || *q == '\n'))
      q++;
    if (q >= end || (*q != '=' && *q != ':')) continue; /* not an argument */
    q++;
    while (q < end && (*q == ' ' || *q == '\t' || *q == '\r' || *q == '\n'))
      q++;
    const char *lit = q + 1,
               *close = q < end && *q == '"' ? memchr(lit, '"', (size_t)(end - lit)) : NULL;
    if (!close || memchr(lit, '\\', (size_t)(close - lit)) ||
        memmem(lit, (size_t)(close - lit), "{", 1)) {
      bits |= TFD_DECLARES; /* not a plain literal: whatever it calls is not known */
      break;
    }
    char *src = base_arena_strndup(&t->arena, lit, (size_t)(close - lit));
    if (is_local_source(src))
      bits |= tf_dir_bits(t, base_path_join(&t->arena, dir, src)) & (TFD_DECLARES | TFD_REMOTE);
    else
      bits |= TFD_REMOTE;
  }
  return bits;
}

static bool tf_file_name(const char *name) {
  size_t n = strlen(name);
  return name[0] != '.' &&
         ((n > 3 && !strcmp(name + n - 3, ".tf")) || (n > 8 && !strcmp(name + n - 8, ".tf.json")));
}

/* One file's bits (buf NULL: it could not be read). */
static uint8_t tf_file_bits(tf_dirs *t, const char *dir, const char *buf, size_t len) {
  if (!buf || may_escape_needle(buf, len)) return TFD_DECLARES;
  for (size_t i = 0; i < t->pf->n_tf; i++)
    if (memmem(buf, len, t->pf->tf_needles[i], strlen(t->pf->tf_needles[i]))) return TFD_DECLARES;
  return tf_sources(t, dir, buf, len);
}

/* path's bits: its .tf/.tf.json files, read here (the walked ones when the
 * walk went through it, else as the loader lists them). */
static uint8_t tf_dir_bits(tf_dirs *t, const char *path) {
  size_t j = tf_dir_slot(t, path);
  if (t->v[j].bits & TFD_DONE) return t->v[j].bits;
  if (t->v[j].bits & TFD_VISITING) return TFD_DECLARES; /* a cycle: the loader reports it */
  t->v[j].bits = TFD_VISITING;
  const char *dir = t->v[j].path;
  uint8_t bits = 0;
  size_t len;
  const char *why;
  if (t->v[j].files) {
    size_t *files = t->v[j].files, n = t->v[j].n_files;
    for (size_t i = 0; i < n && !(bits & TFD_DECLARES); i++) {
      const engine_walk_file *f = &t->walk->files[files[i]];
      int dfd = engine_walk_file_name(f) ? base_dir_cache_fd(&t->dfd, f->dir) : -1;
      char *buf = dfd < 0 ? base_read_file(f->path, f->size, t->lim->max_file_size, &len, &why)
                          : base_read_file_at(dfd, engine_walk_file_name(f), f->size,
                                              t->lim->max_file_size, &len, &why);
      bits |= tf_file_bits(t, dir, buf, len);
      free(buf);
    }
  } else {
    base_dir_entries e = {0};
    base_dir_list(dir, &e);
    base_read_log_dir(dir); /* with a cache: what decided it */
    bits = e.err ? TFD_DECLARES : 0;
    for (size_t i = 0; i < e.n && !(bits & TFD_DECLARES); i++) {
      if (!tf_file_name(e.v[i].name)) continue;
      char *file = base_path_join(&t->arena, dir, e.v[i].name);
      char *buf = base_read_file(file, CLI_SIZE_UNKNOWN, t->lim->max_file_size, &len, &why);
      bits |= tf_file_bits(t, dir, buf, len);
      free(buf);
    }
    base_dir_entries_free(&e);
  }
  j = tf_dir_slot(t, path); /* the table may have grown */
  t->v[j].bits = bits | TFD_DONE;
  return bits;
}

/* Whether a root's directory holds modules that `terraform init` fetched
 * (.terraform/modules: hidden, so not walked, but its calls load them). */
static bool tf_has_remote_modules(const char *dir) {
  char path[4096];
  int n = snprintf(path, sizeof path, "%s/.terraform/modules", dir);
  if (n < 0 || (size_t)n >= sizeof path) return true;
  /* with a cache: `terraform init` changes the answer, which is whether the
   * path is there (a probe: a warm scan checks an absent one against the
   * walk's listing of the root, with no system call) */
  base_read_log_probe(path, 0);
  struct stat st;
  return stat(path, &st) == 0;
}

/* ps->tf_producer: the Terraform roots whose module closure can declare a
 * fact's type (tf_dir_bits). Before the pass's jobs, on this thread. */
static void tf_producers(pass *ps) {
  const engine_facts_input *in = ps->in;
  if (!ps->pf.terraform) return;
  ps->tf_producer = base_xcalloc(ps->n_units + 1, sizeof *ps->tf_producer);
  tf_dirs t = {.lim = in->lim, .walk = in->walk, .dfd = CLI_DIR_CACHE_INIT, .pf = &ps->pf};
  base_arena_init(&t.arena);
  if (!ps->pf.tf_all) /* the walked directories' files, in walk order */
    for (size_t i = 0; i < in->walk->n_files; i++) {
      const engine_walk_file *f = &in->walk->files[i];
      const char *name = engine_walk_file_name(f);
      if (f->kind != ENGINE_FILE_TERRAFORM || !tf_file_name(name ? name : f->rel)) continue;
      size_t slot = tf_dir_slot(&t, base_path_join(&t.arena, f->dir, "."));
      tf_dir *d = &t.v[slot];
      if (!(d->n_files & (d->n_files - 1))) /* 0 or a power of two: full */
        d->files = base_xrealloc(d->files, (d->n_files ? 2 * d->n_files : 1) * sizeof *d->files);
      d->files[d->n_files++] = i;
    }
  for (size_t k = 0; k < ps->n_units; k++) {
    const iac_plan_unit pu_unit = iac_plan_unit_get(in->plan, k), *pu = &pu_unit;
    if (!pu->terraform || !pu->n_files) continue;
    if (ps->pf.tf_all) {
      ps->tf_producer[k] = true;
      continue;
    }
    const char *dir = base_path_join(&t.arena, in->walk->files[pu->files[0]].dir, ".");
    uint8_t bits = tf_dir_bits(&t, dir);
    ps->tf_producer[k] =
        (bits & TFD_DECLARES) || ((bits & TFD_REMOTE) && tf_has_remote_modules(dir));
  }
  for (size_t i = 0; i < t.cap; i++)
    free(t.v[i].files);
  free(t.v);
  base_dir_cache_close(&t.dfd);
  base_arena_free(&t.arena);
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
    run_unit(ps, w, k, u, in->name, false);
    return;
  }
  if (in->deferred && (!in->owned || in->owned(in->owned_ctx, k)))
    return; /* the scan's job collects its records (engine_facts_unit) */
  const iac_plan_unit pu_unit = iac_plan_unit_get(in->plan, k), *pu = &pu_unit;
  const prefilter *pf = &ps->pf;
  if (pu->terraform) {
    if (!ps->tf_producer || !ps->tf_producer[k]) return;
    iac_unit *u = iac_plan_load(in->plan, k, NULL, 0);
    run_unit(ps, w, k, u, pu->name, true);
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
    free(buf);
    return;
  }
  iac_unit *u = iac_plan_load(in->plan, k, buf, len);
  run_unit(ps, w, k, u, pu->name, false);
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

/* f->raw and f->digest: of the lists and the failed evaluations. */
static void digest_table(engine_facts *f, const vm_pack *p) {
  struct sha256_ctx h;
  sha256_init(&h);
  h_put(&h, 'V', "vigil facts 1", 13);
  for (uint32_t i = 0; i < p->n_facts; i++) {
    h_put(&h, 'F', p->facts[i].name, strlen(p->facts[i].name));
    h_node(&h, vm_facts_list(f->table, i)); /* made whole: a shard's scan only */
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
  f->digested = true;
}

bool engine_facts_needed(const vm_pack *p) {
  return p && p->n_facts && vm_pack_reads_facts(p);
}

/* ---- records and lookups as bytes --------------------------------------------- */

/* A string in the arena ("" on a bad entry); *len its length. */
static const char *fget_str(base_rbuf *r, uint32_t *len) {
  uint32_t n = base_rbuf_u32(r);
  const uint8_t *p = base_rbuf_take(r, n);
  if (len) *len = p ? n : 0;
  return p ? base_arena_strndup(r->a, (const char *)p, n) : "";
}

static const char *lk_key(const fbuf *t, const lookup *l) {
  return l->key_len == NO_KEY ? NULL : (const char *)t->p + l->off;
}
static const char *lk_val(const fbuf *t, const lookup *l) {
  return (const char *)t->p + l->off + l->key_len + 1;
}

/* What lookup l answers from table t (NULL: the empty table). */
static const doc_node *lk_answer(const vm_facts *t, const fbuf *text, const lookup *l) {
  if (!t) return NULL;
  return l->key_len == NO_KEY
             ? vm_facts_list(t, l->fact)
             : vm_facts_where(t, l->fact, lk_key(text, l), lk_val(text, l), l->len);
}

/* Adds a lookup to v[from..*n) (the unit's run) unless it is there: a rule
 * looks a name up once per image, or more. */
static void add_lookup(lookup **v, size_t *n, size_t *cap, size_t from, fbuf *text, uint32_t unit,
                       uint32_t fact, const char *key, const char *val, uint32_t len) {
  uint32_t kl = key ? (uint32_t)strlen(key) : NO_KEY;
  if (!key) len = 0;
  for (size_t i = from; i < *n; i++) {
    const lookup *l = &(*v)[i];
    if (l->fact == fact && l->key_len == kl && l->len == len &&
        (!key || (!memcmp(lk_key(text, l), key, kl) && !memcmp(lk_val(text, l), val, len))))
      return;
  }
  size_t off = text->n;
  if (key) {
    fput(text, key, kl);
    fput_u8(text, 0);
    fput(text, val, len);
    fput_u8(text, 0);
  }
  GROW(*v, *n, *cap);
  (*v)[(*n)++] = (lookup){unit, fact, kl, len, off};
}

/* ---- the table ------------------------------------------------------------------ */

/* A record or an error of a worker, for the table's plan order. */
typedef struct ref {
  uint32_t unit, wid;
  size_t i;
} ref;

static int ref_cmp(const void *x, const void *y) {
  const ref *a = x, *b = y;
  if (a->unit != b->unit) return a->unit < b->unit ? -1 : 1;
  if (a->wid != b->wid) return a->wid < b->wid ? -1 : 1;
  return (a->i > b->i) - (a->i < b->i);
}

/* The table's records from every worker's, in plan order then emission
 * order (their bytes stay in the workers' stores); the failed evaluations
 * likewise. */
static void build_table(engine_facts *f, pass *ps) {
  base_arena *a = &f->arena;
  size_t n = 0, n_err = 0;
  for (int i = 0; i < f->n_ws; i++)
    n += ps->ws[i].n_rec, n_err += ps->ws[i].n_err;
  ref *refs = base_xcalloc(n + n_err + 1, sizeof *refs);
  size_t m = 0;
  for (int i = 0; i < f->n_ws; i++)
    for (size_t r = 0; r < ps->ws[i].n_rec; r++)
      refs[m++] = (ref){ps->ws[i].recs[r].unit, (uint32_t)i, r};
  qsort(refs, n, sizeof *refs, ref_cmp);
  f->recs = base_xcalloc(n + 1, sizeof *f->recs);
  f->rec_unit = base_xcalloc(n + 1, sizeof *f->rec_unit);
  f->rec_wid = base_xcalloc(n + 1, sizeof *f->rec_wid);
  f->rec_off = base_xcalloc(n + 1, sizeof *f->rec_off);
  f->n_recs = n;
  for (size_t r = 0; r < n; r++) {
    const wrec *x = &ps->ws[refs[r].wid].recs[refs[r].i];
    f->recs[r] = (vm_fact_bytes){x->len, x->fact};
    f->rec_unit[r] = x->unit;
    f->rec_wid[r] = refs[r].wid;
    f->rec_off[r] = x->off;
  }
  /* the failed evaluations: their strings stay in the workers' err_arena */
  m = 0;
  for (int i = 0; i < f->n_ws; i++)
    for (size_t e = 0; e < ps->ws[i].n_err; e++)
      refs[m++] = (ref){(uint32_t)ps->ws[i].errs[e].unit, (uint32_t)i, e};
  qsort(refs, n_err, sizeof *refs, ref_cmp);
  f->errs = base_arena_alloc(a, (n_err + 1) * sizeof *f->errs);
  for (size_t e = 0; e < n_err; e++)
    f->errs[f->n_errs++] = ps->ws[refs[e].wid].errs[refs[e].i];
  free(refs);
}

/* U_STANDS for every unit whose lookups answer from the table what its
 * results were computed with: "no records", or for a reused unit what its
 * entry's digest says. */
static void answers_digest(const vm_facts *t, const fbuf *text, const lookup *l, size_t n,
                           uint8_t out[32]);

static void settle_lookups(engine_facts *f, pass *ps) {
  for (size_t k = 0; k < ps->n_units; k++)
    if (ps->unit[k] & U_LOOKED) ps->unit[k] |= U_STANDS;
  for (int i = 0; i < f->n_ws; i++) {
    const worker *w = &ps->ws[i];
    size_t c = 0;
    for (size_t s = 0, e; s < w->n_look; s = e) {
      uint32_t u = w->looks[s].unit;
      for (e = s + 1; e < w->n_look && w->looks[e].unit == u;)
        e++;
      bool stands = true;
      if (ps->unit[u] & U_CACHED) {
        while (c < w->n_cached && w->cached[c].unit != u)
          c++;
        uint8_t now[32];
        answers_digest(f->table, &w->look_text, w->looks + s, e - s, now);
        stands = c < w->n_cached && !memcmp(now, w->cached[c].answers, 32);
      } else {
        for (size_t q = s; q < e && stands; q++) {
          const doc_node *got = lk_answer(f->table, &w->look_text, &w->looks[q]);
          stands = !got || !got->len; /* it was answered "none" */
        }
      }
      if (!stands) ps->unit[u] &= (uint8_t)~U_STANDS;
    }
  }
}

/* Spilled records are read back nearly in stream order (the table's
 * index reads them in plan order): one pread of READ_AHEAD bytes serves
 * many (it was one per record, 35,620 at 100k files). */
enum { READ_AHEAD = 64u << 10 };

/* Record i of the table (vm_fact_read_fn; any thread). */
static bool rec_read(void *ctx, size_t i, uint8_t *buf) {
  engine_facts *f = ctx;
  uint32_t wid = f->rec_wid[i], len = f->recs[i].len;
  worker *w = &f->ps.ws[wid];
  uint64_t off = f->rec_off[i];
  if (off >= w->spilled) return stream_read(w, off, len, buf);
  pthread_mutex_lock(&f->win_lock);
  bool ok = len <= READ_AHEAD && w->win && off >= w->win_off && off + len <= w->win_off + w->win_n;
  if (ok) {
    memcpy(buf, w->win + (off - w->win_off), len);
  } else if (len > READ_AHEAD) { /* bigger than a window: read alone */
    f->reads++;
    ok = stream_read(w, off, len, buf);
  } else { /* a whole record is spilled or not: off + len <= spilled */
    if (!w->win) w->win = base_xmalloc(READ_AHEAD);
    size_t want = w->spilled - off < READ_AHEAD ? (size_t)(w->spilled - off) : READ_AHEAD;
    w->win_n = 0;
    f->reads++;
    ok = spill_io(w->spill_fd, w->win, want, off, false);
    if (ok) {
      w->win_off = off, w->win_n = want;
      memcpy(buf, w->win, len);
    }
  }
  pthread_mutex_unlock(&f->win_lock);
  return ok;
}

/* The table from every unit's records; the pass's memory is freed. */
static void finish(engine_facts *f) {
  pass *ps = &f->ps;
  build_table(f, ps);
  /* the table has the records' places: the workers' lists go before the
   * index is built, which reuses their room (~1 MB at 100k files, on top
   * of everything a scan holds at its end, where its peak is) */
  for (int i = 0; i < f->n_ws; i++) {
    free(ps->ws[i].recs);
    ps->ws[i].recs = NULL;
    ps->ws[i].n_rec = ps->ws[i].cap_rec = 0;
  }
  /* the digest (a shard's report, engine_facts_digest) is made when asked */
  f->table = vm_facts_build(ps->in->pack, f->recs, f->n_recs, rec_read, f);
  settle_lookups(f, ps);
  f->final = true;
  f->planned = ps->n_units;
  for (size_t k = 0; k < ps->n_units; k++)
    f->loaded += (ps->unit[k] & U_LOADED) != 0;
  /* the lookups are settled; the records' streams are the table's */
  for (int i = 0; i < f->n_ws; i++) {
    worker *w = &ps->ws[i];
    fbuf_free(&w->look_text);
    free(w->looks);
    free(w->cached);
    w->looks = NULL, w->cached = NULL;
    w->n_look = w->n_cached = 0;
  }
}

engine_facts *engine_facts_collect(const engine_facts_input *in) {
  engine_facts *f = base_xcalloc(1, sizeof *f);
  base_arena_init(&f->arena);
  f->in = *in;
  in = &f->in;
  pthread_mutex_init(&f->win_lock, NULL);
  pass *ps = &f->ps;
  *ps = (pass){.in = in};
  prefilter_init(&ps->pf, in->pack);
  ps->n_units = in->plan ? iac_plan_count(in->plan) : 1;
  ps->unit = base_xcalloc(ps->n_units + 1, sizeof *ps->unit);
  int threads = in->threads > 0 ? in->threads : 1;
  f->n_ws = threads;
  ps->ws = base_xcalloc((size_t)threads, sizeof *ps->ws);
  for (int i = 0; i < threads; i++) {
    /* the pass's own evaluations (deferred: the jobs' vms run the facts) */
    if (!in->deferred || in->owned) ps->ws[i].vm = vm_state_new(in->pack, in->vm);
    base_arena_init(&ps->ws[i].scratch);
    base_arena_init_sized(&ps->ws[i].err_arena, 256);
    ps->ws[i].spill_fd = -1;
  }
  if (in->deferred && in->plan) {
    /* the scan's jobs collect their own units' records; the pass loads only
     * the units of other shards */
    f->empty = vm_facts_build(in->pack, NULL, 0, rec_read, f);
    if (in->owned) {
      tf_producers(ps);
      engine_pool_run(ps->n_units, threads, run_job, ps);
    }
    return f;
  }
  if (in->plan) tf_producers(ps);
  engine_pool_run(ps->n_units, threads, run_job, ps);
  finish(f);
  return f;
}

bool engine_facts_final(const engine_facts *f) {
  return !f || f->final;
}

void engine_facts_unit(engine_facts *f, int wid, size_t k, vm_state *vm, const iac_unit *u,
                       const char *name, bool terraform) {
  if (!f || f->final || wid >= f->n_ws) return;
  collect_unit(&f->ps, &f->ps.ws[wid], vm, k, u, name, terraform);
}

/* With a cache: a unit's lookups, for its entry (engine_facts_entry_encode). */
struct facts_log {
  bool on; /* between engine_facts_log_begin and the entry's store */
  lookup *looks;
  size_t n, cap;
  fbuf text;
};

static void on_logged(void *ctx, uint32_t fact, const char *key, const char *val, uint32_t len) {
  struct facts_log *g = ((engine_facts_reader *)ctx)->log;
  if (!g->on) return;
  add_lookup(&g->looks, &g->n, &g->cap, 0, &g->text, 0, fact, key, val, len);
}

/* A lookup of unit r->unit, before the table is built (vm.h). */
static void on_lookup(void *ctx, uint32_t fact, const char *key, const char *val, uint32_t len) {
  engine_facts_reader *r = ctx;
  pass *ps = &r->f->ps;
  worker *w = &ps->ws[r->wid];
  uint32_t u = (uint32_t)r->unit;
  ps->unit[u] |= U_LOOKED;
  size_t from = tail_of(w->looks, w->n_look, sizeof *w->looks, u);
  add_lookup(&w->looks, &w->n_look, &w->cap_look, from, &w->look_text, u, fact, key, val, len);
}

void engine_facts_attach(engine_facts *f, vm_state *vm, engine_facts_reader *r, int wid) {
  struct facts_log *log = r->log;
  *r = (engine_facts_reader){f, wid, 0, log};
  if (!f) return;
  if (f->final && f->in.cache) { /* built first, with a cache: lookups go in the entries */
    if (!r->log) r->log = base_xcalloc(1, sizeof *r->log);
    vm_state_set_facts(vm, f->table);
    vm_state_set_fact_query(vm, on_logged, r);
  } else if (f->final || wid >= f->n_ws) {
    vm_state_set_facts(vm, f->table);
    vm_state_set_fact_query(vm, NULL, NULL);
  } else {
    vm_state_set_facts(vm, f->empty);
    vm_state_set_fact_query(vm, on_lookup, r);
  }
}

bool engine_facts_looked(const engine_facts *f, size_t k) {
  return f && !f->final && (f->ps.unit[k] & U_LOOKED);
}

void engine_facts_finish(engine_facts *f) {
  if (f && !f->final) finish(f);
}

bool engine_facts_stand(const engine_facts *f, size_t k) {
  return !(f->ps.unit[k] & U_LOOKED) || (f->ps.unit[k] & U_STANDS);
}

void engine_facts_free(engine_facts *f) {
  if (!f) return;
  if (f->reads) base_trace_mark("facts: spilled records read back", (long)f->reads);
  pass *ps = &f->ps;
  for (int i = 0; i < f->n_ws; i++) {
    worker *w = &ps->ws[i];
    vm_state_free(w->vm);
    if (w->spill_fd >= 0) close(w->spill_fd);
    free(w->win);
    fbuf_free(&w->rec_bytes);
    fbuf_free(&w->look_text);
    free(w->recs);
    free(w->looks);
    free(w->cached);
    free(w->errs);
    base_arena_free(&w->err_arena);
    base_arena_free(&w->scratch);
  }
  free(ps->ws);
  free(ps->unit);
  free(ps->tf_producer);
  free(ps->pf.needles);
  free(ps->pf.tf_needles);
  free(f->recs);
  free(f->rec_unit);
  free(f->rec_wid);
  free(f->rec_off);
  pthread_mutex_destroy(&f->win_lock);
  vm_facts_free(f->empty);
  vm_facts_free(f->table);
  base_arena_free(&f->arena);
  free(f);
}

const vm_facts *engine_facts_table(const engine_facts *f) {
  return f ? f->table : NULL;
}

const char *engine_facts_digest(engine_facts *f) {
  if (!f) return "";
  if (!f->digested) digest_table(f, f->in.pack);
  return f->digest;
}

/* ---- a unit's records and lookups in its cache entry (facts.h) ---------------- */

void engine_facts_log_begin(engine_facts_reader *r) {
  if (!r->log) return;
  r->log->on = true;
  r->log->n = 0;
  r->log->text.n = 0;
}

/* The digest of what lookups l[0..n) answer from table t (NULL: the empty
 * table a unit evaluated before the table was built read). No records is
 * one answer whichever table gave it, so the empty table's digest is that of
 * a table where the same lookups find nothing. */
static void answers_digest(const vm_facts *t, const fbuf *text, const lookup *l, size_t n,
                           uint8_t out[32]) {
  struct sha256_ctx h;
  sha256_init(&h);
  h_put(&h, 'V', "vigil facts answers 2", 21);
  for (size_t i = 0; i < n; i++) {
    const doc_node *got = lk_answer(t, text, &l[i]);
    if (got && got->len)
      h_node(&h, got);
    else
      h_put(&h, '0', NULL, 0);
  }
  sha256_digest(&h, 32, out);
}

static void enc_lookups(fbuf *b, const fbuf *text, const lookup *l, size_t n) {
  fput_u32(b, (uint32_t)n);
  for (size_t i = 0; i < n; i++) {
    fput_u32(b, l[i].fact);
    if (l[i].key_len == NO_KEY) {
      fput_u32(b, UINT32_MAX);
      continue;
    }
    fput_str(b, lk_key(text, &l[i]), l[i].key_len);
    fput_str(b, lk_val(text, &l[i]), l[i].len);
  }
}

static void enc_error(fbuf *b, const engine_facts_error *x) {
  fput_str(b, x->file, strlen(x->file));
  fput_u32(b, x->line);
  fput_u32(b, x->col);
  fput_str(b, x->message, strlen(x->message));
}

/* u32 n, n x (u32 fact, record); u32 n, n x (str file, u32 line, u32 col,
 * str message): the failed evaluations; u32 n, n x (u32 fact, u32 key length
 * or 0xFFFFFFFF for none, key, u32 value length, value), then the answers'
 * digest[32] when n > 0. Nothing at all for a unit with none of the three. */
void engine_facts_entry_encode(const engine_facts_reader *r, size_t k, base_arena *a,
                               const uint8_t **buf, size_t *len) {
  *buf = NULL;
  *len = 0;
  const engine_facts *f = r->f;
  if (!f || !f->in.plan) return;
  uint32_t u = (uint32_t)k;
  fbuf b = {0};
  if (!f->final) {
    /* before the table: the unit's records, errors and lookups are the tail
     * of its worker's store; its lookups answered "no records" */
    const worker *w = &f->ps.ws[r->wid];
    size_t r0 = tail_of(w->recs, w->n_rec, sizeof *w->recs, u);
    size_t l0 = tail_of(w->looks, w->n_look, sizeof *w->looks, u);
    size_t e0 = w->n_err;
    while (e0 > 0 && w->errs[e0 - 1].unit == k)
      e0--;
    if (r0 == w->n_rec && l0 == w->n_look && e0 == w->n_err) return;
    fput_u32(&b, (uint32_t)(w->n_rec - r0));
    for (size_t i = r0; i < w->n_rec; i++) /* in memory: spill() runs between units */
      fput(&b, w->rec_bytes.p + (w->recs[i].off - w->spilled), w->recs[i].len);
    fput_u32(&b, (uint32_t)(w->n_err - e0));
    for (size_t e = e0; e < w->n_err; e++)
      enc_error(&b, &w->errs[e]);
    enc_lookups(&b, &w->look_text, w->looks + l0, w->n_look - l0);
    if (l0 < w->n_look) {
      uint8_t d[32];
      answers_digest(NULL, &w->look_text, w->looks + l0, w->n_look - l0, d);
      fput(&b, d, sizeof d);
    }
  } else {
    /* evaluated again: its records and errors in the table, the lookups the
     * reader logged, answered by the table */
    size_t lo = 0, hi = f->n_recs;
    while (lo < hi) {
      size_t mid = lo + (hi - lo) / 2;
      if (f->rec_unit[mid] < u)
        lo = mid + 1;
      else
        hi = mid;
    }
    size_t r1 = lo;
    while (r1 < f->n_recs && f->rec_unit[r1] == u)
      r1++;
    size_t e0 = 0, e1;
    while (e0 < f->n_errs && f->errs[e0].unit < k)
      e0++;
    for (e1 = e0; e1 < f->n_errs && f->errs[e1].unit == k;)
      e1++;
    size_t n_look = r->log ? r->log->n : 0;
    if (r1 == lo && e1 == e0 && !n_look) return;
    fput_u32(&b, (uint32_t)(r1 - lo));
    for (size_t i = lo; i < r1; i++) {
      uint8_t *at = fput_room(&b, f->recs[i].len);
      if (!rec_read((void *)f, i, at)) { /* a fact no pack has: the entry is refused */
        uint32_t none = UINT32_MAX;
        memcpy(at, &none, sizeof none);
      }
    }
    fput_u32(&b, (uint32_t)(e1 - e0));
    for (size_t e = e0; e < e1; e++)
      enc_error(&b, &f->errs[e]);
    enc_lookups(&b, r->log ? &r->log->text : NULL, r->log ? r->log->looks : NULL, n_look);
    if (n_look) {
      uint8_t d[32];
      answers_digest(f->table, &r->log->text, r->log->looks, n_look, d);
      fput(&b, d, sizeof d);
    }
  }
  uint8_t *out = base_arena_alloc(a, b.n);
  memcpy(out, b.p, b.n);
  free(b.p);
  *buf = out;
  *len = b.n;
}

bool engine_facts_entry_take(engine_facts *f, int wid, size_t k, const char *name,
                             const uint8_t *buf, size_t len) {
  if (!len) return true; /* no records, no lookups */
  if (!f || f->final || wid >= f->n_ws || !f->in.plan) return false;
  pass *ps = &f->ps;
  worker *w = &ps->ws[wid];
  uint32_t u = (uint32_t)k;
  spill(w);
  /* what is taken goes at the tails of the worker's store; a bad entry
   * takes it back */
  size_t n_rec0 = w->n_rec, rec_bytes0 = w->rec_bytes.n, n_err0 = w->n_err, n_look0 = w->n_look,
         look_text0 = w->look_text.n, n_cached0 = w->n_cached;
  base_rbuf r = {buf, buf + len, false, NULL}; /* checked, not copied */
  uint32_t n = base_rbuf_u32(&r);
  if ((size_t)(r.end - r.p) / 5 < n) r.bad = true;
  for (uint32_t i = 0; i < n && !r.bad; i++) {
    const uint8_t *p = r.p;
    uint32_t fact = base_rbuf_u32(&r);
    const doc_node *map = vm_fact_node_decode(&r, 0);
    if (fact >= f->in.pack->n_facts || map->kind != DOC_MAP) r.bad = true;
    if (r.bad) break;
    uint64_t off = w->spilled + w->rec_bytes.n;
    fput(&w->rec_bytes, p, (size_t)(r.p - p));
    GROW(w->recs, w->n_rec, w->cap_rec);
    w->recs[w->n_rec++] = (wrec){u, fact, (uint32_t)(r.p - p), off};
  }
  r.a = &w->err_arena;
  n = base_rbuf_u32(&r);
  if ((size_t)(r.end - r.p) / 16 < n) r.bad = true;
  const char *unit = n && !r.bad ? base_arena_strdup(&w->err_arena, name) : name;
  for (uint32_t e = 0; e < n && !r.bad; e++) {
    const char *file = fget_str(&r, NULL);
    uint32_t line = base_rbuf_u32(&r), col = base_rbuf_u32(&r);
    GROW(w->errs, w->n_err, w->cap_err);
    w->errs[w->n_err++] = (engine_facts_error){k, unit, file, line, col, fget_str(&r, NULL)};
  }
  n = base_rbuf_u32(&r);
  if ((size_t)(r.end - r.p) / 8 < n) r.bad = true;
  for (uint32_t i = 0; i < n && !r.bad; i++) {
    uint32_t fact = base_rbuf_u32(&r);
    uint32_t kl = base_rbuf_u32(&r);
    const uint8_t *key = NULL, *val = NULL;
    uint32_t vl = 0;
    if (kl != UINT32_MAX) {
      key = base_rbuf_take(&r, kl);
      vl = base_rbuf_u32(&r);
      val = base_rbuf_take(&r, vl);
      /* a key is a field name: text up to its NUL (vm_facts_where) */
      if (key && memchr(key, 0, kl)) r.bad = true;
    }
    if (fact >= f->in.pack->n_facts) r.bad = true;
    if (r.bad) break;
    /* as evaluated, each once (add_lookup), so the digest is of the same list */
    size_t off = w->look_text.n;
    if (key) {
      fput(&w->look_text, key, kl);
      fput_u8(&w->look_text, 0);
      fput(&w->look_text, val, vl);
      fput_u8(&w->look_text, 0);
    }
    GROW(w->looks, w->n_look, w->cap_look);
    w->looks[w->n_look++] = (lookup){u, fact, key ? kl : NO_KEY, vl, off};
  }
  const uint8_t *d = n && !r.bad ? base_rbuf_take(&r, 32) : NULL;
  if (r.bad || r.p != r.end) { /* not what encode wrote: the unit is evaluated */
    w->n_rec = n_rec0, w->rec_bytes.n = rec_bytes0, w->n_err = n_err0;
    w->n_look = n_look0, w->look_text.n = look_text0, w->n_cached = n_cached0;
    return false;
  }
  if (d) {
    GROW(w->cached, w->n_cached, w->cap_cached);
    w->cached[w->n_cached].unit = u;
    memcpy(w->cached[w->n_cached++].answers, d, 32);
    ps->unit[k] |= U_CACHED | U_LOOKED;
  }
  return true;
}

void engine_facts_reader_free(engine_facts_reader *r) {
  if (!r->log) return;
  free(r->log->looks);
  fbuf_free(&r->log->text);
  free(r->log);
  r->log = NULL;
}

const engine_facts_error *engine_facts_errors(const engine_facts *f, size_t *n) {
  *n = f ? f->n_errs : 0;
  return f ? f->errs : NULL;
}

void engine_facts_counts(const engine_facts *f, size_t *loaded, size_t *planned) {
  *loaded = f ? f->loaded : 0;
  *planned = f ? f->planned : 0;
}
