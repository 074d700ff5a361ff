/* tf_parse_cache.c — one parse per Terraform file per scan (see
 * tf_parse_cache.h): a hash table of entries under one mutex, each entry's
 * tree in an arena of its own so it can be dropped when the cache is over
 * its budget and nobody holds it. */
#include "tf_parse_cache.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "alloc.h"
#include "lock.h"
#include "directive.h"
#include "filetab.h"
#include "path.h"
#include "tf_mod.h"
#include "utf8.h"

/* Which bytes a tree was parsed from: the file's signature while it is
 * valid (the file table's own rule: while stat gives it, the bytes are the
 * same; so a scan without --cache hashes nothing), else the digest of the
 * bytes. Zeroed but for the one that applies, compared whole: a tree keyed
 * one way is not found the other way (parsed twice, never confused). */
typedef struct tf_bytes_id {
  base_file_sig sig;  /* valid: the bytes are the ones the file has while stat gives sig */
  uint8_t digest[32]; /* when sig is not valid: base_read_digest of the bytes */
} tf_bytes_id;

struct tf_cache_ent {
  tf_cache_ent *next;                /* hash chain */
  tf_cache_ent *lru_prev, *lru_next; /* released entries kept, oldest first */
  uint64_t hash;
  uint64_t path_hash; /* path_hash(path): its expectation is looked up on release */
  char *path;         /* normalised (in arena) */
  tf_bytes_id id;
  uint32_t max_depth, max_template_depth;
  uint32_t holders; /* readers that may still use the tree */
  bool ready;       /* parsed: res is final */
  uint64_t serial;  /* unique in the cache (iac_tf_cache_nodup) */
  /* serials of the trees of a module declared without duplicates, this
   * entry's first (iac_tf_cache_note_nodup; malloc'd, NULL: none) */
  uint64_t *nodup;
  size_t n_nodup;
  size_t bytes;     /* the arena's size, charged to the budget */
  base_arena arena; /* the entry itself, its path and its tree */
  tf_parsed res;
};

struct iac_tf_cache {
  pthread_mutex_t lock;
  pthread_cond_t parsed; /* some entry became ready */
  tf_cache_ent **slots;
  size_t n_slots, n_ents;
  tf_cache_ent *lru_head, *lru_tail;
  size_t bytes, budget;
  struct tf_expect **exp; /* path -> reads still expected */
  size_t n_exp_slots, n_exp;
  base_arena exp_arena;   /* the expectations (never freed one by one) */
  struct tf_real **reals; /* directory -> realpath */
  size_t n_real_slots, n_reals;
  size_t hits, misses;
  uint64_t serials;           /* given to entries so far */
  size_t src_bytes;           /* of the sources kept (iac_tf_cache_keep_source) */
  size_t src_kept, src_taken; /* sources kept, and taken by a reader */
  base_file_table *files;     /* what the scan read: a file unchanged since is not read again */
};

/* Root finding's bytes of a file (src malloc'd), read under max with the
 * signature sig: its first reader takes them (take_source). */
typedef struct tf_kept_source {
  char *src;
  size_t len;
  uint64_t max;
  base_file_sig sig;
} tf_kept_source;

/* Reads of a path still to come (iac_tf_cache_expect). One per Terraform
 * file of the scan, so small: the path follows it in the same block of the
 * cache's exp_arena, and a kept source is apart (32 bytes + the path, was
 * 120 + a malloc'd path: ~2.5 MB at 100k files). */
typedef struct tf_expect {
  struct tf_expect *next;
  uint64_t hash;
  tf_kept_source *kept; /* malloc'd; NULL: none kept */
  uint32_t left;
  bool no_tree; /* root finding read it and made no tree: none yet */
  char path[];
} tf_expect;

/* A directory's realpath (iac_tf_cache_realpath). */
typedef struct tf_real {
  struct tf_real *next;
  uint64_t hash;
  char *dir, *real;
} tf_real;

enum { INITIAL_SLOTS = 256 };

iac_tf_cache *iac_tf_cache_new(size_t budget) {
  iac_tf_cache *c = base_xcalloc(1, sizeof *c);
  base_lock_init_short(&c->lock);
  pthread_cond_init(&c->parsed, NULL);
  c->n_slots = INITIAL_SLOTS;
  c->slots = base_xcalloc(c->n_slots, sizeof *c->slots);
  c->budget = budget ? budget : IAC_TF_CACHE_DEFAULT_BUDGET;
  base_arena_init(&c->exp_arena);
  c->files = base_file_table_new();
  base_file_table_lazy(c->files);     /* digests for the read log only (--cache) */
  base_file_table_snapshot(c->files); /* a cache is one scan's: no stat per root */
  return c;
}

static void ent_free(tf_cache_ent *e) {
  free(e->nodup);
  base_arena a = e->arena; /* e is in it */
  base_arena_free(&a);
}

void iac_tf_cache_free(iac_tf_cache *c) {
  if (!c) return;
  for (size_t i = 0; i < c->n_slots; i++)
    for (tf_cache_ent *e = c->slots[i], *next; e; e = next) {
      next = e->next;
      ent_free(e);
    }
  free(c->slots);
  for (size_t i = 0; i < c->n_exp_slots; i++)
    for (tf_expect *x = c->exp[i]; x; x = x->next)
      if (x->kept) {
        free(x->kept->src);
        free(x->kept);
      }
  base_arena_free(&c->exp_arena);
  free(c->exp);
  for (size_t i = 0; i < c->n_real_slots; i++)
    for (tf_real *x = c->reals[i], *next; x; x = next) {
      next = x->next;
      free(x->dir);
      free(x->real);
      free(x);
    }
  free(c->reals);
  base_file_table_free(c->files);
  pthread_cond_destroy(&c->parsed);
  pthread_mutex_destroy(&c->lock);
  free(c);
}

void iac_tf_cache_stats(iac_tf_cache *c, size_t *hits, size_t *misses) {
  pthread_mutex_lock(&c->lock);
  *hits = c->hits;
  *misses = c->misses;
  pthread_mutex_unlock(&c->lock);
}

/* ---- parsing ------------------------------------------------------------------------ */

static void parse_into(base_arena *a, tf_parsed *r, const char *path, const char *src, size_t len,
                       const iac_limits *lim) {
  memset(r, 0, sizeof *r);
  /* the same text check as every other loader: Terraform reads UTF-8 only */
  char msg[64];
  size_t off;
  const char *bad = base_text_problem(src, len, &off, msg);
  if (bad) {
    r->bad = base_arena_strdup(a, bad);
    base_text_locate(src, off, &r->line, &r->col);
    return;
  }
  hcl_parse_result p = iac_tf_ends_with(path, ".json") ? iac_hcl_parse_json(a, path, src, len, lim)
                                                       : iac_hcl_parse(a, path, src, len, lim);
  r->body = p.body;
  if (!p.body) {
    r->message = p.diag.message;
    r->line = p.diag.line;
    r->col = p.diag.col;
    return;
  }
  r->warnings = p.warnings;
  r->n_warnings = p.n_warnings;
  r->directives = iac_text_may_hold_directive(src, len);
}

/* ---- the table (lock held) ------------------------------------------------------------ */

/* The cache's own tables' hash (no other table shares it): eight bytes a
 * step (tf_index.c), where FNV-1a's byte a step over paths of a hundred
 * bytes, hashed a few times per read, was a visible share of a cached read. */
static uint64_t path_hash(const char *path) {
  return iac_tf_hash(TF_HASH_SEED, path);
}

/* A path as the cache keys it: normalised ("m/../x.tf" and "x.tf" are one
 * file to every reader), with its hash; made once per read. */
typedef struct tf_key_path {
  const char *norm;
  uint64_t hash;
} tf_key_path;

static tf_key_path key_path(base_arena *a, const char *path) {
  const char *norm =
      base_path_is_normal(path, strlen(path)) ? path : base_path_normalise(a, path, true);
  return (tf_key_path){norm, path_hash(norm)};
}

static uint64_t key_hash(const tf_key_path *k, const tf_bytes_id *id, uint32_t d1, uint32_t d2) {
  uint64_t h = k->hash, d; /* mixed with the bytes' identity and the limits */
  memcpy(&d, id->digest, sizeof d);
  h ^= d ^ id->sig.ino ^ (uint64_t)id->sig.mtime_ns ^ (uint64_t)id->sig.ctime_ns;
  return h ^ ((uint64_t)d1 << 32 | d2);
}

static tf_cache_ent *find(iac_tf_cache *c, uint64_t h, const char *path, const tf_bytes_id *id,
                          uint32_t d1, uint32_t d2) {
  for (tf_cache_ent *e = c->slots[h & (c->n_slots - 1)]; e; e = e->next)
    if (e->hash == h && e->max_depth == d1 && e->max_template_depth == d2 &&
        !memcmp(&e->id, id, sizeof e->id) && !strcmp(e->path, path))
      return e;
  return NULL;
}

/* The identity of s's bytes; false when it takes a digest of bytes not read. */
static bool bytes_id(tf_source *s, tf_bytes_id *id) {
  memset(id, 0, sizeof *id);
  if (s->seen.sig.valid) {
    id->sig = s->seen.sig;
    return true;
  }
  if (!s->seen.hashed) { /* read by this reader from a lazy file table */
    if (!s->src) return false;
    base_read_digest(s->src, s->len, NULL, 0, s->seen.digest);
    s->seen.hashed = true;
  }
  memcpy(id->digest, s->seen.digest, sizeof id->digest);
  return true;
}

static tf_expect *find_expect(iac_tf_cache *c, const char *path, uint64_t h);

static void insert(iac_tf_cache *c, tf_cache_ent *e) {
  if (c->n_ents + 1 > c->n_slots) { /* load factor 1: double */
    size_t n = c->n_slots * 2;
    tf_cache_ent **s = base_xcalloc(n, sizeof *s);
    for (size_t i = 0; i < c->n_slots; i++)
      for (tf_cache_ent *x = c->slots[i], *next; x; x = next) {
        next = x->next;
        x->next = s[x->hash & (n - 1)];
        s[x->hash & (n - 1)] = x;
      }
    free(c->slots);
    c->slots = s;
    c->n_slots = n;
  }
  tf_cache_ent **b = &c->slots[e->hash & (c->n_slots - 1)];
  e->next = *b;
  *b = e;
  c->n_ents++;
  tf_expect *x = find_expect(c, e->path, e->path_hash);
  if (x) x->no_tree = false;
}

static void lru_unlink(iac_tf_cache *c, tf_cache_ent *e) {
  if (e->lru_prev)
    e->lru_prev->lru_next = e->lru_next;
  else if (c->lru_head == e)
    c->lru_head = e->lru_next;
  else
    return; /* not on the list */
  if (e->lru_next)
    e->lru_next->lru_prev = e->lru_prev;
  else
    c->lru_tail = e->lru_prev;
  e->lru_prev = e->lru_next = NULL;
}

static void lru_append(iac_tf_cache *c, tf_cache_ent *e) {
  e->lru_prev = c->lru_tail;
  e->lru_next = NULL;
  if (c->lru_tail)
    c->lru_tail->lru_next = e;
  else
    c->lru_head = e;
  c->lru_tail = e;
}

static void drop(iac_tf_cache *c, tf_cache_ent *e) {
  tf_cache_ent **p = &c->slots[e->hash & (c->n_slots - 1)];
  while (*p != e)
    p = &(*p)->next;
  *p = e->next;
  c->n_ents--;
  c->bytes -= e->bytes;
  ent_free(e);
}

/* Over budget: drops kept entries newest first. Files are read in walk order
 * (root finding reads them all, then the units again in the same order), so
 * the newest is the one needed last: keeping the oldest keeps the next ones. */
static void evict(iac_tf_cache *c) {
  while (c->bytes > c->budget && c->lru_tail) {
    tf_cache_ent *e = c->lru_tail;
    lru_unlink(c, e);
    drop(c, e);
  }
}

static tf_expect *find_expect(iac_tf_cache *c, const char *path, uint64_t h) {
  if (!c->n_exp_slots) return NULL;
  for (tf_expect *x = c->exp[h & (c->n_exp_slots - 1)]; x; x = x->next)
    if (x->hash == h && !strcmp(x->path, path)) return x;
  return NULL;
}

/* One read of k happened. */
static void take_read(iac_tf_cache *c, const tf_key_path *k) {
  tf_expect *x = find_expect(c, k->norm, k->hash);
  if (x && x->left) x->left--;
}

/* More reads of e's path are to come. */
static bool wanted(iac_tf_cache *c, const tf_cache_ent *e) {
  tf_expect *x = find_expect(c, e->path, e->path_hash);
  return x && x->left;
}

/* key_path for a caller without an arena: a (zeroed) gets the normal form
 * only when path is not normal already (nearly never), in a first chunk its
 * size; the caller frees a. */
static tf_key_path key_path_scratch(base_arena *a, const char *path) {
  size_t n = strlen(path);
  base_arena_init(a);
  if (base_path_is_normal(path, n)) return (tf_key_path){path, path_hash(path)};
  base_arena_init_sized(a, n + 2);
  const char *norm = base_path_normalise(a, path, true);
  return (tf_key_path){norm, path_hash(norm)};
}

void iac_tf_cache_expect(iac_tf_cache *c, const char *path, uint32_t reads, bool parsed) {
  base_arena a;
  tf_key_path k = key_path_scratch(&a, path);
  const char *norm = k.norm;
  uint64_t h = k.hash;
  pthread_mutex_lock(&c->lock);
  if (c->n_exp >= c->n_exp_slots) { /* load factor 1: double */
    size_t n = c->n_exp_slots ? c->n_exp_slots * 2 : INITIAL_SLOTS;
    tf_expect **s = base_xcalloc(n, sizeof *s);
    for (size_t i = 0; i < c->n_exp_slots; i++)
      for (tf_expect *y = c->exp[i], *next; y; y = next) {
        next = y->next;
        y->next = s[y->hash & (n - 1)];
        s[y->hash & (n - 1)] = y;
      }
    free(c->exp);
    c->exp = s;
    c->n_exp_slots = n;
  }
  tf_expect *x = find_expect(c, norm, h);
  if (!x) {
    c->n_exp++;
    size_t len = strlen(norm);
    x = base_arena_alloc(&c->exp_arena, sizeof *x + len + 1);
    memset(x, 0, sizeof *x);
    memcpy(x->path, norm, len + 1);
    x->hash = h;
    x->next = c->exp[h & (c->n_exp_slots - 1)];
    c->exp[h & (c->n_exp_slots - 1)] = x;
  }
  x->left = reads;
  x->no_tree = !parsed;
  pthread_mutex_unlock(&c->lock);
  base_arena_free(&a);
}

/* ---- the entry points --------------------------------------------------------------- */

/* The limits a tree was parsed under (0 = default). */
static void depths(const iac_limits *lim, uint32_t *d1, uint32_t *d2) {
  *d1 = lim && lim->max_depth ? lim->max_depth : IAC_DEFAULT_MAX_DEPTH;
  *d2 = lim && lim->max_template_depth ? lim->max_template_depth : IAC_DEFAULT_MAX_TEMPLATE_DEPTH;
}

/* A new entry for path, its tree to come from len bytes of text: the entry
 * and its path first in the arena of its tree (a calloc and a strdup per
 * file fewer); trees are ~7x their text (docs/performance.md): most fit
 * the first chunk. */
static tf_cache_ent *new_entry(const char *norm, size_t len) {
  size_t plen = strlen(norm);
  base_arena ar;
  base_arena_init_sized(&ar, sizeof(tf_cache_ent) + plen + 1 + 8 * len + 1024);
  tf_cache_ent *e = base_arena_calloc(&ar, sizeof *e);
  e->path = base_arena_strndup(&ar, norm, plen);
  e->arena = ar;
  return e;
}

/* A new entry not used (another thread made one first). */
static void drop_fresh(tf_cache_ent *e) {
  if (!e) return;
  base_arena a = e->arena; /* e is in it */
  base_arena_free(&a);
}

/* The parse of s (its digest known): a hit, or parsed now from s->src. NULL
 * when the bytes are needed and not read (*need_bytes), or when another
 * thread is parsing it and !wait. */
static const tf_parsed *lookup_or_parse(iac_tf_cache *c, const tf_key_path *k, const char *path,
                                        uint64_t max, const iac_limits *lim, bool wait,
                                        tf_source *s, tf_cache_ent **held, bool *need_bytes) {
  *need_bytes = false;
  uint32_t d1, d2;
  depths(lim, &d1, &d2);
  tf_bytes_id id;
  if (!bytes_id(s, &id)) {
    *need_bytes = true;
    return NULL;
  }
  const char *norm = k->norm;
  uint64_t h = key_hash(k, &id, d1, d2);

  /* A miss makes its entry outside the lock and looks again: the entry's
   * arena is fresh memory (a page fault or an mmap, ~10 µs on these VMs)
   * that the other thread waited for, asleep in futex(2), when it was
   * made under the lock (the cache lock was the most contended one of a
   * -j2 scan). */
  tf_cache_ent *e, *fresh = NULL;
  pthread_mutex_lock(&c->lock);
  for (;;) {
    e = find(c, h, norm, &id, d1, d2);
    if ((e && !e->ready && !wait) || (!e && !s->src)) {
      pthread_mutex_unlock(&c->lock);
      drop_fresh(fresh);
      *need_bytes = !e;
      return NULL;
    }
    if (e || fresh) break;
    pthread_mutex_unlock(&c->lock);
    fresh = new_entry(norm, s->len);
    pthread_mutex_lock(&c->lock);
  }
  take_read(c, k);
  if (e) {
    c->hits++;
    if (e->holders++ == 0) lru_unlink(c, e);
    while (!e->ready) /* another thread is parsing it */
      pthread_cond_wait(&c->parsed, &c->lock);
    pthread_mutex_unlock(&c->lock);
    drop_fresh(fresh);
    if (!s->src) /* not read by this reader: it still read the file (hashed if it records) */
      base_read_log_note_known(path, max, s->seen.digest, &s->seen.sig);
    *held = e;
    return &e->res;
  }
  c->misses++;
  e = fresh;
  e->hash = h;
  e->path_hash = k->hash;
  e->id = id;
  e->max_depth = d1;
  e->max_template_depth = d2;
  e->holders = 1;
  e->serial = ++c->serials;
  insert(c, e);
  pthread_mutex_unlock(&c->lock);

  /* parsed outside the lock: other files parse meanwhile; this one is waited for */
  parse_into(&e->arena, &e->res, e->path, s->src, s->len, lim);

  pthread_mutex_lock(&c->lock);
  e->ready = true;
  for (const base_arena_chunk *ch = e->arena.head; ch; ch = ch->prev)
    e->bytes += sizeof *ch + ch->cap; /* what it holds, for the budget */
  c->bytes += e->bytes;
  pthread_cond_broadcast(&c->parsed);
  pthread_mutex_unlock(&c->lock);
  *held = e;
  return &e->res;
}

/* Whether root finding read path without parsing it and nobody has parsed
 * it since; *src gets root finding's bytes of it when it kept them for a
 * read under max (the caller owns them then). */
static bool take_source(iac_tf_cache *c, const tf_key_path *k, uint64_t max, tf_kept_source *out) {
  pthread_mutex_lock(&c->lock);
  tf_expect *x = find_expect(c, k->norm, k->hash);
  bool none = x && x->no_tree;
  out->src = NULL;
  tf_kept_source *taken = NULL;
  if (none && x->kept && x->kept->max == max) {
    *out = *x->kept;
    c->src_bytes -= x->kept->len;
    taken = x->kept;
    x->kept = NULL;
  }
  pthread_mutex_unlock(&c->lock);
  free(taken); /* outside the lock: another thread's heap may be locked */
  return none;
}

void iac_tf_cache_source_stats(iac_tf_cache *c, size_t *kept, size_t *taken) {
  pthread_mutex_lock(&c->lock);
  *kept = c->src_kept;
  *taken = c->src_taken;
  pthread_mutex_unlock(&c->lock);
}

size_t iac_tf_cache_source_budget(const iac_tf_cache *c) {
  return c->budget / 4;
}

size_t iac_tf_cache_budget(const iac_tf_cache *c) {
  return c->budget;
}

bool iac_tf_cache_keep_source(iac_tf_cache *c, const char *path, uint64_t max, char *src,
                              size_t len, const base_file_sig *sig) {
  if (!sig->valid) return false; /* changed lately: its reader could not trust it */
  base_arena a;
  tf_key_path k = key_path_scratch(&a, path);
  pthread_mutex_lock(&c->lock);
  tf_expect *x = find_expect(c, k.norm, k.hash);
  bool keep =
      x && x->no_tree && x->left && !x->kept && c->src_bytes + len <= iac_tf_cache_source_budget(c);
  if (keep) {
    x->kept = base_xmalloc(sizeof *x->kept);
    *x->kept = (tf_kept_source){src, len, max, *sig};
    c->src_bytes += len;
    c->src_kept++;
  }
  pthread_mutex_unlock(&c->lock);
  base_arena_free(&a);
  return keep;
}

const tf_parsed *iac_tf_cache_read(iac_tf_cache *c, base_arena *a, const char *path, uint64_t max,
                                   const iac_limits *lim, bool wait, tf_source *s,
                                   tf_cache_ent **held) {
  *held = NULL;
  if (s->err) return NULL;
  if (!c) { /* no scan: read and parse into a */
    if (!s->src) s->src = base_read_file(path, CLI_SIZE_UNKNOWN, max, &s->len, &s->err);
    if (!s->src) return NULL;
    tf_parsed *r = base_arena_alloc(a, sizeof *r);
    parse_into(a, r, path, s->src, s->len, lim);
    iac_tf_source_done(s);
    return r;
  }
  /* a file unchanged since the scan read it is not read again: its digest
   * finds the tree (unless no tree of it was made yet: then the bytes are
   * needed anyway, and the stat would be wasted) */
  tf_key_path k = key_path(a, path);
  if (!s->known && !s->src) {
    tf_kept_source kept;
    if (!take_source(c, &k, max, &kept)) {
      s->known = base_file_table_lookup(c->files, path, max, &s->seen);
    } else if (kept.src) {
      /* root finding's bytes, recorded (hashed, logged) as that read: the
       * scan's version of the file (the table is a snapshot: no stat) */
      if (base_file_table_unchanged(c->files, path, &kept.sig)) {
        pthread_mutex_lock(&c->lock);
        c->src_taken++;
        pthread_mutex_unlock(&c->lock);
        s->src = kept.src;
        s->len = kept.len;
        base_file_table_record(c->files, path, max, s->src, s->len, NULL, 0, &kept.sig, &s->seen);
        s->known = true;
      } else {
        free(kept.src); /* changed since: read again */
      }
    }
  }
  for (;;) {
    if (!s->known && !s->src) {
      s->src = base_file_table_read(c->files, path, max, &s->len, &s->err, &s->seen);
      if (!s->src) return NULL;
      s->known = true;
    }
    bool need_bytes;
    const tf_parsed *r = lookup_or_parse(c, &k, path, max, lim, wait, s, held, &need_bytes);
    if (!need_bytes) {
      if (r) iac_tf_source_done(s);
      return r;
    }
    s->known = false; /* the tree was dropped: read the bytes (a new digest if changed) */
  }
}

void iac_tf_source_done(tf_source *s) {
  free(s->src);
  s->src = NULL;
}

base_file_table *iac_tf_cache_files(iac_tf_cache *c) {
  return c->files;
}

/* realpath(dir), malloc'd, with the directory above it resolved through
 * the cache: a component under an already resolved directory costs one
 * lstat, and only a symbolic link is resolved by realpath itself (libc's
 * realpath reads the link of every component, every time). A path with ".."
 * goes to realpath whole: ".." after a symbolic link is not lexical. */
static char *resolve(iac_tf_cache *c, const char *dir) {
  base_arena a;
  base_arena_init(&a);
  const char *norm = base_path_normalise(&a, dir, false); /* "." and "//" only */
  const char *slash = strrchr(norm, '/');
  bool dotdot = false;
  for (const char *p = norm; *p && !dotdot; p++)
    dotdot = p[0] == '.' && p[1] == '.' && (p == norm || p[-1] == '/') && (!p[2] || p[2] == '/');
  char *out = NULL;
  if (dotdot || !norm[0] || !strcmp(norm, "/") || (!slash && !strcmp(norm, "."))) {
    out = realpath(norm[0] ? norm : ".", NULL);
  } else {
    const char *parent = !slash          ? "."
                         : slash == norm ? "/"
                                         : base_arena_strndup(&a, norm, (size_t)(slash - norm));
    const char *base = slash ? slash + 1 : norm;
    const char *rp = iac_tf_cache_realpath(c, parent);
    struct stat st;
    const char *full = rp ? base_arena_printf(&a, "%s/%s", strcmp(rp, "/") ? rp : "", base) : NULL;
    if (full && lstat(full, &st) == 0)
      out = S_ISLNK(st.st_mode) ? realpath(full, NULL) : base_xstrndup(full, strlen(full));
  }
  base_arena_free(&a);
  return out;
}

const char *iac_tf_cache_realpath(iac_tf_cache *c, const char *dir) {
  uint64_t h = path_hash(dir);
  pthread_mutex_lock(&c->lock);
  for (tf_real *x = c->n_real_slots ? c->reals[h & (c->n_real_slots - 1)] : NULL; x; x = x->next)
    if (x->hash == h && !strcmp(x->dir, dir)) {
      pthread_mutex_unlock(&c->lock);
      return x->real;
    }
  pthread_mutex_unlock(&c->lock);
  char *real = resolve(c, dir); /* outside the lock: system calls */
  pthread_mutex_lock(&c->lock);
  if (c->n_reals >= c->n_real_slots) { /* load factor 1: double */
    size_t n = c->n_real_slots ? c->n_real_slots * 2 : INITIAL_SLOTS;
    tf_real **s = base_xcalloc(n, sizeof *s);
    for (size_t i = 0; i < c->n_real_slots; i++)
      for (tf_real *y = c->reals[i], *next; y; y = next) {
        next = y->next;
        y->next = s[y->hash & (n - 1)];
        s[y->hash & (n - 1)] = y;
      }
    free(c->reals);
    c->reals = s;
    c->n_real_slots = n;
  }
  tf_real *x = base_xcalloc(1, sizeof *x); /* two threads may add one dir twice: harmless */
  x->hash = h;
  x->dir = base_xstrndup(dir, strlen(dir));
  x->real = real;
  x->next = c->reals[h & (c->n_real_slots - 1)];
  c->reals[h & (c->n_real_slots - 1)] = x;
  c->n_reals++;
  pthread_mutex_unlock(&c->lock);
  return real;
}

/* iac_tf_cache_parse / _try_parse: bytes the caller read itself. */
static const tf_parsed *parse_bytes(iac_tf_cache *c, base_arena *a, const char *path,
                                    const char *src, size_t len, const iac_limits *lim,
                                    tf_cache_ent **held, bool wait) {
  *held = NULL;
  if (!c) {
    tf_parsed *r = base_arena_alloc(a, sizeof *r);
    parse_into(a, r, path, src, len, lim);
    return r;
  }
  tf_source s = {.src = (char *)src, .len = len, .known = true};
  base_read_digest(src, len, NULL, 0, s.seen.digest);
  s.seen.hashed = true;
  bool need_bytes;
  tf_key_path k = key_path(a, path);
  return lookup_or_parse(c, &k, path, len, lim, wait, &s, held, &need_bytes);
}

const tf_parsed *iac_tf_cache_parse(iac_tf_cache *c, base_arena *a, const char *path,
                                    const char *src, size_t len, const iac_limits *lim,
                                    tf_cache_ent **held) {
  return parse_bytes(c, a, path, src, len, lim, held, true);
}

const tf_parsed *iac_tf_cache_try_parse(iac_tf_cache *c, base_arena *a, const char *path,
                                        const char *src, size_t len, const iac_limits *lim,
                                        tf_cache_ent **held) {
  return parse_bytes(c, a, path, src, len, lim, held, false);
}

void iac_tf_cache_note_nodup(iac_tf_cache *c, tf_cache_ent *const *ents, size_t n) {
  if (!c || !n) return;
  uint64_t *v = base_xcalloc(n, sizeof *v);
  pthread_mutex_lock(&c->lock);
  for (size_t i = 0; i < n; i++)
    v[i] = ents[i]->serial;
  free(ents[0]->nodup);
  ents[0]->nodup = v;
  ents[0]->n_nodup = n;
  pthread_mutex_unlock(&c->lock);
}

bool iac_tf_cache_nodup(iac_tf_cache *c, tf_cache_ent *const *ents, size_t n) {
  if (!c || !n) return false;
  pthread_mutex_lock(&c->lock);
  const tf_cache_ent *e = ents[0];
  bool same = e->nodup && e->n_nodup == n;
  for (size_t i = 0; same && i < n; i++)
    same = e->nodup[i] == ents[i]->serial;
  pthread_mutex_unlock(&c->lock);
  return same;
}

size_t iac_tf_cache_ent_bytes(const tf_cache_ent *e) {
  return e->bytes; /* set before the entry was ready, never changed after */
}

void iac_tf_cache_release(iac_tf_cache *c, tf_cache_ent *e) {
  if (!c || !e) return;
  pthread_mutex_lock(&c->lock);
  if (--e->holders == 0) {
    if (!wanted(c, e)) {
      drop(c, e); /* nobody reads it again: no need to keep it */
    } else {
      lru_append(c, e);
      evict(c);
    }
  }
  pthread_mutex_unlock(&c->lock);
}
