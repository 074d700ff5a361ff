/* filetab.c — the scan's file table (see filetab.h): a hash table of paths
 * under one mutex; stat and read happen outside it. */
#include "filetab.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "lock.h"
#include "hash.h"

/* A read as the table keeps it: base_file_seen packed (112 -> 64 bytes),
 * the digest apart and only once there is one (a scan without --cache
 * hashes nothing: SHA-256 is for the read log). */
typedef struct kept_read {
  uint64_t size; /* bytes read */
  uint64_t dev, ino, st_size;
  int64_t mtime_s, ctime_s;
  uint32_t mtime_ns, ctime_ns; /* tv_nsec: below 10^9 */
  uint8_t *digest;             /* malloc'd, 32 bytes; NULL: not hashed */
} kept_read;

/* One path: a read or a listing, with its path inline (one malloc, not two:
 * at 100k files a scan records ~26k of them, every Terraform file and
 * directory; 81 bytes and the path, not 136). Not an arena: its chunks
 * double, and a chunk of megabytes asked for late in a scan finds no hole
 * that size and grows the heap (a table arena measured +1.4 MB peak RSS at
 * 100k files). */
typedef struct file_ent {
  struct file_ent *next;
  uint64_t hash;
  union {
    kept_read read;     /* !is_dir */
    base_dir_seen *dir; /* is_dir: the latest listing */
  };
  bool is_dir;     /* a listing (dir), not a read */
  bool read_valid; /* !is_dir: the read's signature may be trusted */
  bool stat_only;  /* !is_dir: no read yet, read holds the walk's stat
                      (base_file_table_put_stat; size unused) */
  char path[];
} file_ent;

/* What the table keeps of a read (digest: the entry's, replaced). */
static void keep_read(file_ent *e, const base_file_seen *seen) {
  kept_read *r = &e->read;
  if (seen->hashed) {
    if (!r->digest) r->digest = base_xmalloc(sizeof seen->digest);
    memcpy(r->digest, seen->digest, sizeof seen->digest);
  } else {
    free(r->digest);
    r->digest = NULL;
  }
  const base_file_sig *g = &seen->sig;
  r->size = seen->size;
  r->dev = g->dev, r->ino = g->ino, r->st_size = g->size;
  r->mtime_s = g->mtime_s, r->ctime_s = g->ctime_s;
  r->mtime_ns = (uint32_t)g->mtime_ns, r->ctime_ns = (uint32_t)g->ctime_ns;
  e->read_valid = g->valid != 0;
  e->stat_only = false;
}

/* The read e keeps, as base_file_seen. */
static void kept_seen(const file_ent *e, base_file_seen *seen) {
  const kept_read *r = &e->read;
  memset(seen, 0, sizeof *seen);
  seen->hashed = r->digest != NULL;
  if (r->digest) memcpy(seen->digest, r->digest, sizeof seen->digest);
  seen->size = r->size;
  seen->sig = (base_file_sig){e->read_valid, r->dev,      r->ino,     r->st_size,
                              r->mtime_s,    r->mtime_ns, r->ctime_s, r->ctime_ns};
}

/* Listings replaced by newer ones: readers may still hold them. */
typedef struct old_listing {
  struct old_listing *next;
  base_dir_seen *dir;
} old_listing;

struct base_file_table {
  pthread_mutex_t lock;
  file_ent **slots;
  size_t n_slots, n_ents;
  size_t hits, reads;
  old_listing *old;
  bool lazy;     /* hash reads for recording threads only */
  bool snapshot; /* a valid signature holds without a stat (one scan) */
};

enum { INITIAL_SLOTS = 256 };

base_file_table *base_file_table_new(void) {
  base_file_table *t = base_xcalloc(1, sizeof *t);
  base_lock_init_short(&t->lock);
  t->n_slots = INITIAL_SLOTS;
  t->slots = base_xcalloc(t->n_slots, sizeof *t->slots);
  return t;
}

void base_file_table_lazy(base_file_table *t) {
  t->lazy = true;
}

void base_file_table_snapshot(base_file_table *t) {
  t->snapshot = true;
}

bool base_file_table_unchanged(base_file_table *t, const char *path, const base_file_sig *sig) {
  if (!sig->valid) return false;
  if (t->snapshot) return true; /* the scan's version: no stat */
  base_file_sig now = base_file_sig_now(path);
  return !memcmp(&now, sig, sizeof now);
}

static void free_listing(base_dir_seen *d) {
  if (!d) return;
  base_dir_entries_free(&d->e);
  free(d);
}

void base_file_table_free(base_file_table *t) {
  if (!t) return;
  for (size_t i = 0; i < t->n_slots; i++)
    for (file_ent *e = t->slots[i], *next; e; e = next) {
      next = e->next;
      if (e->is_dir)
        free_listing(e->dir);
      else
        free(e->read.digest);
      free(e);
    }
  for (old_listing *o = t->old, *next; o; o = next) {
    next = o->next;
    free_listing(o->dir);
    free(o);
  }
  free(t->slots);
  pthread_mutex_destroy(&t->lock);
  free(t);
}

static uint64_t path_hash(const char *path) {
  return base_fnv1a_str(path);
}

static void grow(base_file_table *t);

/* lock held */
static file_ent *find(base_file_table *t, const char *path, uint64_t h, bool is_dir) {
  for (file_ent *e = t->slots[h & (t->n_slots - 1)]; e; e = e->next)
    if (e->hash == h && e->is_dir == is_dir && !strcmp(e->path, path)) return e;
  return NULL;
}

/* lock held */
static file_ent *add(base_file_table *t, const char *path, uint64_t h, bool is_dir) {
  if (t->n_ents + 1 > t->n_slots) grow(t); /* load factor 1 */
  size_t len = strlen(path);
  file_ent *e = base_xcalloc(1, offsetof(file_ent, path) + len + 1);
  e->hash = h;
  memcpy(e->path, path, len + 1);
  e->is_dir = is_dir;
  e->next = t->slots[h & (t->n_slots - 1)];
  t->slots[h & (t->n_slots - 1)] = e;
  t->n_ents++;
  return e;
}

/* lock held */
static void grow(base_file_table *t) {
  size_t n = t->n_slots * 2;
  file_ent **s = base_xcalloc(n, sizeof *s);
  for (size_t i = 0; i < t->n_slots; i++)
    for (file_ent *e = t->slots[i], *next; e; e = next) {
      next = e->next;
      e->next = s[e->hash & (n - 1)];
      s[e->hash & (n - 1)] = e;
    }
  free(t->slots);
  t->slots = s;
  t->n_slots = n;
}

bool base_file_table_lookup(base_file_table *t, const char *path, uint64_t max,
                            base_file_seen *seen) {
  uint64_t h = path_hash(path);
  pthread_mutex_lock(&t->lock);
  file_ent *e = find(t, path, h, false);
  /* unhashed: a recording thread needs the digest for its log */
  bool known =
      e && e->read_valid && e->read.size <= max && (e->read.digest || !base_read_log_recording());
  if (known) kept_seen(e, seen);
  pthread_mutex_unlock(&t->lock);
  if (!known) return false;
  /* outside the lock: a system call (none in a snapshot) */
  if (!base_file_table_unchanged(t, path, &seen->sig)) return false;
  pthread_mutex_lock(&t->lock);
  t->hits++;
  pthread_mutex_unlock(&t->lock);
  return true;
}

void base_file_table_put_stat(base_file_table *t, const char *path, const struct stat *st) {
  base_file_sig g = base_file_sig_of_stat_racy(st);
  if (!g.valid) return;
  uint64_t h = path_hash(path);
  pthread_mutex_lock(&t->lock);
  if (!find(t, path, h, false)) {
    file_ent *e = add(t, path, h, false);
    keep_read(e, &(base_file_seen){.sig = g});
    e->read_valid = false; /* nothing read: lookups find nothing */
    e->stat_only = true;
  }
  pthread_mutex_unlock(&t->lock);
}

char *base_file_table_read_raw(base_file_table *t, const char *path, uint64_t max, size_t *len,
                               const char **why, base_file_sig *sig) {
  uint64_t h = path_hash(path);
  base_file_seen walked = {0};
  pthread_mutex_lock(&t->lock);
  file_ent *e = find(t, path, h, false);
  bool stat_only = e && e->stat_only;
  if (stat_only) kept_seen(e, &walked);
  pthread_mutex_unlock(&t->lock);
  if (!stat_only) return base_read_file_signed(path, max, len, why, sig);
  /* the walk's stat is the one before the read: read with its size (one
   * read(2) of a file that still has it, no fstat); a file of another size
   * since is read whole, checked, and not trusted (no signature) */
  char *buf = base_read_file_at(AT_FDCWD, path, walked.sig.size, max, len, why);
  walked.sig.valid = 1;
  *sig = buf && *len == walked.sig.size ? walked.sig : (base_file_sig){0};
  return buf;
}

void base_file_table_record(base_file_table *t, const char *path, uint64_t max, const char *buf,
                            size_t len, const char *why, int err, const base_file_sig *sig,
                            base_file_seen *seen) {
  memset(seen, 0, sizeof *seen);
  seen->sig = buf ? *sig : (base_file_sig){0};
  seen->hashed = !buf || !t->lazy || base_read_log_recording();
  if (seen->hashed) base_read_digest(buf, buf ? len : 0, buf ? NULL : why, err, seen->digest);
  seen->size = buf ? len : 0;
  base_read_log_note_known(path, max, seen->digest, &seen->sig);
  uint64_t h = path_hash(path);
  pthread_mutex_lock(&t->lock);
  t->reads++;
  file_ent *e = find(t, path, h, false);
  if (seen->sig.valid) {
    if (!e) e = add(t, path, h, false);
    keep_read(e, seen); /* the latest read is the one to compare with */
  } else if (e) {
    e->read_valid = false; /* changed lately: the old read no longer holds */
    e->stat_only = false;  /* nor the walk's stat */
  }
  pthread_mutex_unlock(&t->lock);
}

char *base_file_table_read(base_file_table *t, const char *path, uint64_t max, size_t *len,
                           const char **why, base_file_seen *seen) {
  base_file_sig sig;
  char *buf = base_file_table_read_raw(t, path, max, len, why, &sig);
  int err = buf ? 0 : errno;
  base_file_table_record(t, path, max, buf, buf ? *len : 0, buf ? NULL : *why, err, &sig, seen);
  if (!buf) errno = err;
  return buf;
}

const base_dir_seen *base_file_table_list(base_file_table *t, const char *dir, base_dir_seen *own) {
  memset(own, 0, sizeof *own);
  uint64_t h = path_hash(dir);
  pthread_mutex_lock(&t->lock);
  file_ent *e = find(t, dir, h, true);
  base_dir_seen *d = e ? e->dir : NULL;
  pthread_mutex_unlock(&t->lock);
  if (d) { /* kept listings are never freed before the table: d stays valid */
    if (base_file_table_unchanged(t, dir, &d->sig)) {
      uint8_t digest[32];
      pthread_mutex_lock(&t->lock);
      t->hits++;
      bool hashed = d->hashed;
      if (hashed) memcpy(digest, d->digest, sizeof digest);
      pthread_mutex_unlock(&t->lock);
      if (base_read_log_recording()) {
        if (!hashed) { /* outside the lock; the listing is immutable */
          base_dir_digest(&d->e, digest);
          pthread_mutex_lock(&t->lock);
          memcpy(d->digest, digest, sizeof digest);
          d->hashed = true;
          pthread_mutex_unlock(&t->lock);
        }
        base_read_log_dir_known(dir, digest, &d->sig);
      }
      return d;
    }
  }
  base_dir_seen fresh = {0};
  fresh.sig = base_file_sig_racy(dir); /* before the listing: an entry added after is recent */
  base_dir_list(dir, &fresh.e);
  fresh.hashed = !t->lazy || base_read_log_recording();
  if (fresh.hashed) {
    base_dir_digest(&fresh.e, fresh.digest);
    base_read_log_dir_known(dir, fresh.digest, &fresh.sig);
  }
  pthread_mutex_lock(&t->lock);
  t->reads++;
  if (!fresh.sig.valid) { /* not to be trusted later: the caller's */
    pthread_mutex_unlock(&t->lock);
    *own = fresh;
    return own;
  }
  d = base_xcalloc(1, sizeof *d);
  *d = fresh;
  e = find(t, dir, h, true);
  if (!e) e = add(t, dir, h, true);
  if (e->dir) { /* replaced (the directory changed): kept for its readers */
    old_listing *o = base_xcalloc(1, sizeof *o);
    o->dir = e->dir;
    o->next = t->old;
    t->old = o;
  }
  e->dir = d;
  pthread_mutex_unlock(&t->lock);
  return d;
}

void base_file_table_put_list(base_file_table *t, const char *dir, base_dir_entries *e,
                              const struct stat *st) {
  base_file_sig sig = base_file_sig_of_stat_racy(st);
  base_dir_seen *d = NULL;
  if (sig.valid) {
    d = base_xcalloc(1, sizeof *d);
    d->e = *e;
    d->sig = sig; /* hashed false: digested for the first recording thread */
  } else {
    base_dir_entries_free(e);
  }
  *e = (base_dir_entries){0};
  if (!d) return;
  uint64_t h = path_hash(dir);
  pthread_mutex_lock(&t->lock);
  if (!find(t, dir, h, true)) {
    add(t, dir, h, true)->dir = d;
    d = NULL;
  }
  pthread_mutex_unlock(&t->lock);
  free_listing(d);
}

void base_file_table_stats(base_file_table *t, size_t *hits, size_t *reads) {
  pthread_mutex_lock(&t->lock);
  *hits = t->hits;
  *reads = t->reads;
  pthread_mutex_unlock(&t->lock);
}
