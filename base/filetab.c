/* filetab.c — the scan's file table (see filetab.h): a hash table of paths
 * under one mutex; stat and read happen outside it. */
#include "filetab.h"

#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"

typedef struct file_ent {
  struct file_ent *next;
  uint64_t hash;
  char *path;
  base_file_seen seen;
} file_ent;

struct base_file_table {
  pthread_mutex_t lock;
  file_ent **slots;
  size_t n_slots, n_ents;
  size_t hits, reads;
};

enum { INITIAL_SLOTS = 256 };

base_file_table *base_file_table_new(void) {
  base_file_table *t = base_xcalloc(1, sizeof *t);
  pthread_mutex_init(&t->lock, NULL);
  t->n_slots = INITIAL_SLOTS;
  t->slots = base_xcalloc(t->n_slots, sizeof *t->slots);
  return t;
}

void base_file_table_free(base_file_table *t) {
  if (!t) return;
  for (size_t i = 0; i < t->n_slots; i++)
    for (file_ent *e = t->slots[i], *next; e; e = next) {
      next = e->next;
      free(e->path);
      free(e);
    }
  free(t->slots);
  pthread_mutex_destroy(&t->lock);
  free(t);
}

static uint64_t path_hash(const char *path) {
  uint64_t h = 1469598103934665603ull; /* FNV-1a */
  for (const unsigned char *p = (const unsigned char *)path; *p; p++)
    h = (h ^ *p) * 1099511628211ull;
  return h;
}

/* lock held */
static file_ent *find(base_file_table *t, const char *path, uint64_t h) {
  for (file_ent *e = t->slots[h & (t->n_slots - 1)]; e; e = e->next)
    if (e->hash == h && !strcmp(e->path, path)) return e;
  return NULL;
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
  file_ent *e = find(t, path, h);
  bool known = e && e->seen.sig.valid && e->seen.size <= max;
  if (known) *seen = e->seen;
  pthread_mutex_unlock(&t->lock);
  if (!known) return false;
  base_file_sig now = base_file_sig_now(path); /* outside the lock: a system call */
  if (memcmp(&now, &seen->sig, sizeof now)) return false;
  pthread_mutex_lock(&t->lock);
  t->hits++;
  pthread_mutex_unlock(&t->lock);
  return true;
}

char *base_file_table_read(base_file_table *t, const char *path, uint64_t max, size_t *len,
                           const char **why, base_file_seen *seen) {
  memset(seen, 0, sizeof *seen);
  char *buf = base_read_file_signed(path, max, len, why, &seen->sig);
  int err = buf ? 0 : errno;
  base_read_digest(buf, buf ? *len : 0, buf ? NULL : *why, err, seen->digest);
  seen->size = buf ? *len : 0;
  base_read_log_note_known(path, max, seen->digest, &seen->sig);
  uint64_t h = path_hash(path);
  pthread_mutex_lock(&t->lock);
  t->reads++;
  file_ent *e = find(t, path, h);
  if (seen->sig.valid) {
    if (!e) {
      if (t->n_ents + 1 > t->n_slots) grow(t); /* load factor 1 */
      e = base_xcalloc(1, sizeof *e);
      e->hash = h;
      e->path = base_xstrndup(path, strlen(path));
      e->next = t->slots[h & (t->n_slots - 1)];
      t->slots[h & (t->n_slots - 1)] = e;
      t->n_ents++;
    }
    e->seen = *seen; /* the latest read is the one to compare with */
  } else if (e) {
    e->seen.sig.valid = 0; /* changed lately: the old read no longer holds */
  }
  pthread_mutex_unlock(&t->lock);
  if (!buf) errno = err;
  return buf;
}

void base_file_table_stats(base_file_table *t, size_t *hits, size_t *reads) {
  pthread_mutex_lock(&t->lock);
  *hits = t->hits;
  *reads = t->reads;
  pthread_mutex_unlock(&t->lock);
}
