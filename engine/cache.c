/* cache.c — the unit cache of incremental scans (see cache.h).
 *
 * A pack, DIR/<first 16 bytes of the context digest, hex>.pack:
 *   "VIGILPACK\n" u32 format, str vigil-version, context[32],
 *   then entries, each u32 length + the entry.
 * An entry, every integer as this machine writes it (the format number
 * changes with the layout; a cache moved to another architecture is refused
 * by the tag or the version check):
 *   "VIGILCACHE\n" u32 format, str vigil-version, key[32],
 *   u32 n, n x (u8 kind, str path, u64 max, digest[32], base_file_sig)   the read log
 *   str skip, u8 failed, u64 resources,
 *   u32 n, n x (str path, u8 bad)                                        plan marks
 *   u32 n, n x result, u32 n, n x error, u32 n, n x warning,
 *   tag[16]: UMAC-128 of everything before it (entry_tag).
 * A str is u32 length + bytes + NUL, length 0xFFFFFFFF for NULL (no bytes);
 * in a result, 0xFFFFFFFE repeats the same field of the result before it.
 * The NUL lets a lookup hand out strings inside the pack as they are, with
 * no copy (the pack is kept until engine_cache_close). The headers' version
 * is u32 length + bytes (entry_key_at). Two entries are
 * not units': the Terraform root decision (scan.c cached_find_roots) and the
 * walk's directory listings (engine_cache_listings, laid out at the end; the
 * pack's first entry, so the walk can start while the rest is read).
 *
 * A record added to units' entries (the facts join's, say) goes after the
 * warnings, before the tag: put in encode, got in decode (which must end
 * exactly at the tag), a field in engine_cache_unit, FORMAT + 1 (older
 * packs are then refused with a warning; tests/incr names the number), its
 * strings through put_str/get_str (borrowed from the pack). What decides it
 * but only running shows belongs in the key (engine_cache_key's inputs) or
 * the read log. */
#define _GNU_SOURCE /* O_PATH */
#include "cache.h"

#include <errno.h>
#include <limits.h>
#include <fcntl.h>
#include <nettle/sha2.h>
#include <nettle/umac.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "alloc.h"
#include "bytes.h"
#include "hash.h"
#include "iac.h"
#include "path.h"
#include "syserr.h"
#include "trace.h"
#include "vigil.h"

static const char MAGIC[] = "VIGILCACHE\n";
static const char PACK_MAGIC[] = "VIGILPACK\n";
enum { MAGIC_LEN = sizeof MAGIC - 1, FORMAT = 4, DIGEST = 32, TAG = 16 };
#define NO_STR UINT32_MAX
/* a result's string equal to the same field of the result before it (a
 * unit's results mostly share file, resource, type, format) */
#define SAME_STR (UINT32_MAX - 1)

typedef struct slot {
  const uint8_t *rec; /* an entry of the previous pack (its key at entry_key_at()), or NULL */
  size_t len;
} slot;

/* A slot of the index of the previous pack's entries. */
typedef struct index_slot {
  const uint8_t *rec; /* an entry (its key at entry_key_at()), or NULL: empty */
  uint32_t len;
  /* its header and tag were checked when it was read: this Vigil's, whole */
  bool sound;
  /* whether the reader stat'ed its file (prestat_all): an atomic `pre` */
  atomic_uchar pre;
  uint64_t key8; /* its key's first 8 bytes: the hash, compared before the entry */
  /* a lookup found it current: what goes into the new pack (rec, or a copy
   * signed anew), or NULL. Written by the one lookup of its key (a unit's
   * key is its own) and by engine_cache_forget, read at engine_cache_close:
   * no lock (one per lookup was contended on every unit of a warm scan) */
  const uint8_t *reuse;
} index_slot;

/* index_slot.pre: the reader and the entry's lookup both may stat its one
 * file; whichever comes first claims it (the reader PRE_NONE -> PRE_BUSY,
 * the lookup anything -> PRE_TAKEN), so a file is stat'ed once but for a
 * lookup that comes while the reader is at it. PRE_SAME: the reader found
 * it as the entry's read log says, the lookup need not stat it again. */
enum { PRE_NONE, PRE_BUSY, PRE_SAME, PRE_OTHER, PRE_TAKEN };

/* A slot of the index of the walk's stats: 0 empty, else 1 + the index. */
typedef struct stat_slot {
  uint32_t at, hash;
} stat_slot;

struct engine_cache {
  char *pack;        /* DIR/<context hex>.pack, malloc'd */
  char *tmp;         /* the pack this scan writes, renamed over `pack` at the end */
  FILE *out;         /* opened on the first entry written */
  bool write_failed; /* said once */
  uint8_t context[DIGEST];
  uint64_t max_read; /* a read-log check reads at most this much of a file */
  /* the scope of read-log paths (engine_cache_bounds; in_scope): the roots as
   * given, normalised; absolute (from the working directory) and real; the
   * files absolute. n_roots 0: every path is in scope. */
  char **roots_given, **roots_abs, **files_abs;
  size_t n_roots, n_roots_abs, n_files;
  char *cwd;
  base_arena scope_arena; /* the above */
  /* the digest a probe records for a path that does not exist (absent_probe) */
  uint8_t absent[DIGEST];
  bool have_absent;
  FILE *diag;
  pthread_mutex_t lock; /* out, diag, stats */
  engine_cache_stats stats;
  atomic_size_t hits, misses; /* the stats' (engine_cache_count: a lock per unit was contended) */
  uint8_t *old;               /* the previous pack, read whole; its entries are indexed */
  size_t old_len, old_cap;
  /* The previous pack is read by a thread of its own while the walk runs
   * (pack_read): read_len bytes of it are in `old` so far (read_lock,
   * read_cond), and the walk's listings, the pack's first entry, are taken
   * as soon as they are (first_entry). pack_ready waits for it to have read
   * and indexed the pack before anything else looks at it; the reader then
   * stats the documents' files (prestat_all) until it has them all or
   * engine_cache_close stops and joins it. */
  int fd;
  pthread_t reader;
  bool reading; /* the reader is reading, or read and pack_ready did not see it (ready_lock) */
  bool reader_thread; /* it is a thread of its own (it stats files: prestat_all), to join */
  atomic_bool stop;   /* engine_cache_close: the reader stops stat'ing */
  /* The first directory the previous walk listed (a scan root), opened
   * (O_PATH; -1: not yet, or not), and its path: a file below it is stat'ed
   * relative to it (sig_now), so the kernel resolves the components below
   * the root only (walk.c's root_fd says why). root_path is set before
   * root_fd is, on the scan's thread; the reader reads them after. */
  atomic_int root_fd;
  char *root_path;
  size_t root_path_len;
  pthread_mutex_t read_lock, ready_lock;
  /* index_more: the reader's while the walk runs; once the scan waits
   * (pack_ready), the scan's thread indexes what the reader has read while
   * it reads the rest (the two were one after the other on the scan's path) */
  pthread_mutex_t index_lock;
  pthread_cond_t read_cond;
  size_t read_len;
  bool read_done;
  /* the previous walk's listings entry, unchanged: the new pack's first entry
   * (out_file), so the next scan's walk can start before the rest is read */
  slot first;
  void *old_map; /* the mapping `old` is in (pack_buffer) */
  size_t old_map_len;
  /* The index of the previous pack's entries, made by the reader as it reads
   * (index_more): open addressing on the key, cap a power of two. */
  index_slot *slots;
  size_t cap, n_indexed;
  void *slots_map; /* the mapping `slots` is in (pack_buffer) */
  size_t slots_map_len;
  size_t indexed_to; /* where the next entry starts (once the header is checked) */
  int pack_header;   /* the reader's check of it: 0 not yet, 1 this scan's, -1 not */
  /* set when the scan waits for the reader (pack_ready: the walk is over):
   * the scan's thread indexes what it has read from then on */
  atomic_bool walk_over;
  atomic_bool ready; /* pack_ready is done: the index is whole */
  slot *reused;      /* the previous walk's listings, unchanged and not first: copied at the end */
  size_t n_reused, cap_reused;
  atomic_size_t n_reuse; /* index slots with `reuse` set */
  bool stored;           /* the new pack has entries of its own */
  bool resigned;         /* or entries reused with signatures made anew (entry_current) */
  uint8_t **owned;       /* those entries, malloc'd */
  size_t n_owned, cap_owned;
  /* what the walk's stat said of the files and directories it stat'ed
   * (engine_cache_walked; borrowed), indexed by path (open addressing, cap a
   * power of two; built before the lookups, read-only during them) */
  const engine_walk_stat *walked;
  stat_slot *walked_at;
  size_t cap_walked;
  /* the walk's listings (engine_cache_walked; borrowed), indexed by path */
  const engine_walk_listing *walk_lists;
  stat_slot *walk_lists_at;
  size_t cap_walk_lists;
  /* the directory listings the previous walk kept (engine_cache_listings):
   * decoded into their own arena, indexed by path like walked_at */
  base_arena listed_arena;
  engine_walk_listing *listed;
  size_t n_listed;
  stat_slot *listed_at;
  size_t cap_listed;
  slot listed_rec; /* their entry in the previous pack */
};

static void warn(engine_cache *c, const char *fmt, const char *a, const char *b) {
  if (!c->diag) return;
  fputs("vigil: warning: ", c->diag);
  fprintf(c->diag, fmt, a, b);
  fputc('\n', c->diag);
}

/* mkdir -p: 0, or -1 with errno. */
static int make_dirs(const char *dir) {
  char *p = base_xstrndup(dir, strlen(dir));
  int rc = 0;
  for (char *s = p + 1; rc == 0; s++) {
    if (*s && *s != '/') continue;
    char was = *s;
    *s = 0;
    if (mkdir(p, 0777) != 0 && errno != EEXIST) rc = -1;
    *s = was;
    if (!was) break;
  }
  struct stat st;
  if (rc == 0 && (stat(p, &st) != 0 || !S_ISDIR(st.st_mode))) {
    if (errno == 0) errno = ENOTDIR;
    rc = -1;
  }
  free(p);
  return rc;
}

static void hex(const uint8_t *d, size_t n, char *out) {
  static const char x[] = "0123456789abcdef";
  for (size_t i = 0; i < n; i++) {
    out[2 * i] = x[d[i] >> 4];
    out[2 * i + 1] = x[d[i] & 15];
  }
  out[2 * n] = 0;
}

/* The header of an entry and of a pack: magic, format, Vigil version. */
static void put_header(FILE *f, const char *magic) {
  uint32_t format = FORMAT, vn = (uint32_t)strlen(VIGIL_VERSION);
  fwrite(magic, 1, strlen(magic), f);
  fwrite(&format, sizeof format, 1, f);
  fwrite(&vn, sizeof vn, 1, f);
  fwrite(VIGIL_VERSION, 1, vn, f);
}

/* Checks a header at p (n bytes): NULL and *used, or why it is not ours. */
static const char *check_header(const uint8_t *p, size_t n, const char *magic, size_t *used,
                                char *why, size_t whylen) {
  size_t m = strlen(magic);
  if (n < m + 8 || memcmp(p, magic, m) != 0) return "not a Vigil cache";
  uint32_t format, vn;
  memcpy(&format, p + m, 4);
  memcpy(&vn, p + m + 4, 4);
  if (vn > n - m - 8) return "truncated";
  const char *v = (const char *)p + m + 8;
  if (format != FORMAT || vn != strlen(VIGIL_VERSION) || memcmp(v, VIGIL_VERSION, vn) != 0) {
    snprintf(why, whylen, "written by another Vigil version (%.*s, cache format %u)",
             (int)(vn > 64 ? 64 : vn), v, format);
    return why;
  }
  *used = m + 8 + vn;
  return NULL;
}

/* Where an entry's key is (after its header). */
static size_t entry_key_at(void) {
  return MAGIC_LEN + 8 + strlen(VIGIL_VERSION);
}

static const char *check_digest(const uint8_t *p, size_t n);
static uint8_t *pack_buffer(size_t n, void **map, size_t *map_len);
static bool prestat_file(const engine_cache *c, const uint8_t *rec, size_t len, base_arena *a);
static index_slot *find_entry(const engine_cache *c, const uint8_t key[32], size_t kat);
static bool in_scope(const engine_cache *c, const char *path, base_arena *a);

/* Adds an entry to the index (a later one of a key wins), checking it as
 * it is: it was just read, so it is in the cache, and this runs on the
 * reader's thread while the walk runs on the scan's. A lookup of an entry
 * that is not sound checks it again to say why. */
static void index_entry(engine_cache *c, const uint8_t *rec, uint32_t len) {
  size_t kat = entry_key_at();
  if (len < kat + DIGEST) return; /* too short to name its unit: never looked up */
  if (2 * (c->n_indexed + 1) > c->cap) {
    /* sized for entries of 512 bytes on average (1.6 KB on the 10k repo),
     * doubled when they are smaller; in huge pages like the pack (this
     * thread's heap is 4 KiB pages, each a fault: a calloc'd index grown to
     * 32,768 slots cost the reader more than reading the pack) */
    size_t cap = 1024;
    while (cap < 2 * (c->n_indexed + 1) || (!c->cap && cap < c->old_cap / 256))
      cap *= 2;
    void *map;
    size_t map_len;
    index_slot *t = (index_slot *)(void *)pack_buffer(cap * sizeof *t, &map, &map_len);
    if (!t) base_oom();
    for (size_t k = 0; k < c->cap; k++) {
      if (!c->slots[k].rec) continue;
      size_t i = (size_t)c->slots[k].key8 & (cap - 1);
      while (t[i].rec)
        i = (i + 1) & (cap - 1);
      t[i] = c->slots[k];
    }
    if (c->slots_map) munmap(c->slots_map, c->slots_map_len);
    c->slots = t;
    c->slots_map = map;
    c->slots_map_len = map_len;
    c->cap = cap;
  }
  uint64_t k8;
  memcpy(&k8, rec + kat, sizeof k8);
  size_t i = (size_t)k8 & (c->cap - 1);
  while (c->slots[i].rec &&
         (c->slots[i].key8 != k8 || memcmp(c->slots[i].rec + kat, rec + kat, DIGEST) != 0))
    i = (i + 1) & (c->cap - 1);
  if (!c->slots[i].rec) c->n_indexed++;
  char why_buf[160];
  size_t at = 0;
  bool sound =
      !check_header(rec, len, MAGIC, &at, why_buf, sizeof why_buf) && !check_digest(rec, len);
  c->slots[i] = (index_slot){rec, len, sound, false, k8, NULL};
}

/* Indexes the entries of the first `have` bytes of the pack not indexed yet
 * (the reader's thread), once its header says it is this scan's. */
static void index_more(engine_cache *c, size_t have) {
  if (!c->pack_header) {
    char why_buf[160];
    size_t at = 0, head = strlen(PACK_MAGIC) + 8 + strlen(VIGIL_VERSION) + DIGEST;
    if (have < head) return;
    bool ours = !check_header(c->old, have, PACK_MAGIC, &at, why_buf, sizeof why_buf) &&
                at + DIGEST == head && !memcmp(c->old + at, c->context, DIGEST);
    c->pack_header = ours ? 1 : -1;
    c->indexed_to = head;
  }
  while (c->pack_header > 0 && c->indexed_to + 4 <= have) {
    uint32_t len;
    memcpy(&len, c->old + c->indexed_to, 4);
    if (len > have - c->indexed_to - 4) break; /* not read yet (or past the end) */
    index_entry(c, c->old + c->indexed_to + 4, len);
    c->indexed_to += 4 + (size_t)len;
  }
}

/* index_more, by whichever thread indexes (index_lock). */
static void index_some(engine_cache *c, size_t have) {
  pthread_mutex_lock(&c->index_lock);
  index_more(c, have);
  pthread_mutex_unlock(&c->index_lock);
}

/* After the reader: a pack that is not this scan's, or is cut short, is
 * warned about (its index is then empty, or ends where it is cut). */
static void pack_checked(engine_cache *c) {
  char why_buf[160];
  size_t at = 0;
  const char *why = check_header(c->old, c->old_len, PACK_MAGIC, &at, why_buf, sizeof why_buf);
  if (!why && (c->old_len - at < DIGEST || memcmp(c->old + at, c->context, DIGEST) != 0))
    why = "written for another scan";
  if (why) {
    warn(c, "cache %s ignored: %s", c->pack, why);
    c->stats.ignored++;
    return;
  }
  if (c->indexed_to != c->old_len) {
    char off[32];
    snprintf(off, sizeof off, "%zu", c->indexed_to);
    warn(c, "cache %s is truncated at byte %s: the units after it are evaluated again", c->pack,
         off);
    c->stats.ignored++;
  }
}

/* The largest pack a scan reads: it is read whole into memory, and whoever
 * can write the cache directory can make it any size (a sparse 20 GB file is
 * a 20 GB read). 4 GiB, or a quarter of the machine's memory when that is
 * less; a pack of the 10k-file repository is 16 MB, ~1.6 KB a unit. */
static uint64_t pack_limit(void) {
  uint64_t limit = (uint64_t)4 << 30;
  long pages = sysconf(_SC_PHYS_PAGES), page = sysconf(_SC_PAGESIZE);
  if (pages > 0 && page > 0 && (uint64_t)pages * (uint64_t)page / 4 < limit)
    limit = (uint64_t)pages * (uint64_t)page / 4;
  return limit;
}

/* Room for a pack of n bytes: anonymous memory in 2 MiB-aligned huge pages
 * where the kernel has them (madvise). A 12 MB pack read into 4 KiB pages
 * took 50-90 ms on the bench VM, nearly all of it faulting in fresh pages;
 * into huge pages 3-5 ms. Without huge pages it is the same memory as before.
 * NULL when it cannot be had (the cache is then empty). */
static uint8_t *pack_buffer(size_t n, void **map, size_t *map_len) {
  enum { HUGE = 2u << 20 };
  size_t len = (n + HUGE - 1) / HUGE * HUGE + HUGE;
  void *m = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (m == MAP_FAILED) return NULL;
  uint8_t *p = (uint8_t *)(((uintptr_t)m + HUGE - 1) & ~(uintptr_t)(HUGE - 1));
#ifdef MADV_HUGEPAGE
  (void)madvise(p, len - (size_t)(p - (uint8_t *)m), MADV_HUGEPAGE); /* a hint: may fail */
#endif
  *map = m;
  *map_len = len;
  return p;
}

/* Reads the pack from read_len on up to byte `upto` (or its end), on this
 * thread; true when it got there. */
static bool read_upto(engine_cache *c, size_t upto) {
  while (c->read_len < upto) {
    ssize_t r = read(c->fd, c->old + c->read_len, upto - c->read_len);
    if (r < 0 && errno == EINTR) continue;
    if (r <= 0) return false;
    c->read_len += (size_t)r;
  }
  return true;
}

/* The pack's header and first entry (the walk's listings, engine_cache_listings),
 * read on the scan's thread before the reader starts: the walk waits for them,
 * and a thread of its own, scheduled, read them later than this (on a busy
 * machine, tens of ms). */
static void pack_head(engine_cache *c) {
  size_t head = strlen(PACK_MAGIC) + 8 + strlen(VIGIL_VERSION) + DIGEST;
  if (c->old_cap < head + 4 || !read_upto(c, head + 4)) return;
  uint32_t len;
  memcpy(&len, c->old + head, 4);
  if (len <= c->old_cap - head - 4) (void)read_upto(c, head + 4 + (size_t)len);
}

/* The reader, done reading, stats the documents' files (prestat_file)
 * while the walk, the planning and the lookups go on (the walk stats
 * directories and Terraform files, the lookups what the reader has not
 * claimed yet: index_slot.pre): a core the walk left to the reader, and the
 * planning and the units' waits left idle, does a third of a warm scan's
 * system calls. In the index's order: a pack written by a cold scan has its
 * entries in about the order the lookups come in, and the lookups, catching
 * up with a reader that went that way, claimed the file it was stat'ing
 * (both stat'ed it) entry after entry. Once the pack is read and indexed,
 * not as it is read: stat'ing between chunks left part of the pack unread
 * when the walk ended, and the scan waited for it. The index is whole and
 * no longer changes (index_entry) but for each slot's atomics: no lock. */
static void prestat_all(engine_cache *c) {
  base_arena a; /* in_scope's, for a path that is not normal */
  base_arena_init_sized(&a, 4096);
  for (size_t i = 0; i < c->cap && !atomic_load_explicit(&c->stop, memory_order_relaxed); i++) {
    index_slot *e = &c->slots[i];
    unsigned char none = PRE_NONE;
    if (!e->rec || !e->sound || !atomic_compare_exchange_strong(&e->pre, &none, PRE_BUSY)) continue;
    atomic_store_explicit(&e->pre, prestat_file(c, e->rec, e->len, &a) ? PRE_SAME : PRE_OTHER,
                          memory_order_release);
    base_arena_reset(&a);
  }
  base_arena_free(&a);
}

/* The reader of the previous pack (see `fd`): reads it into `old` a chunk
 * at a time, saying how far it got. */
static void *pack_read(void *arg) {
  enum { CHUNK = 256u << 10 };
  engine_cache *c = arg;
  size_t got = c->read_len; /* the head, read by engine_cache_open */
  while (got < c->old_cap) {
    size_t want = c->old_cap - got < CHUNK ? c->old_cap - got : CHUNK;
    ssize_t r = read(c->fd, c->old + got, want);
    if (r < 0 && errno == EINTR) continue;
    if (r <= 0) break;
    got += (size_t)r;
    pthread_mutex_lock(&c->read_lock);
    c->read_len = got;
    pthread_cond_broadcast(&c->read_cond);
    pthread_mutex_unlock(&c->read_lock);
    /* after: the walk waits for the first entry; once the scan waits for
     * the index, its thread makes it (pack_ready) and this one reads on */
    if (!atomic_load_explicit(&c->walk_over, memory_order_relaxed)) index_some(c, got);
  }
  base_trace_mark("cache: previous pack read", (long)got);
  /* all of it read in the head, or what is left: the index is then whole
   * (pack_ready indexes no more) */
  index_some(c, got);
  pthread_mutex_lock(&c->read_lock);
  c->read_len = got;
  c->read_done = true;
  pthread_cond_broadcast(&c->read_cond);
  pthread_mutex_unlock(&c->read_lock);
  if (c->reader_thread) {
    prestat_all(c);
    base_trace_mark("cache: reader's stats done", -1);
  }
  return NULL;
}

static void absent_probe(engine_cache *c);

/* The pack read whole (or as far as it could be): indexed. */
static void pack_indexed(engine_cache *c) {
  c->old_len = c->read_len;
  close(c->fd);
  c->fd = -1;
  pack_checked(c);
  if (c->n_indexed) absent_probe(c);
}

/* Waits for the reader to have read the pack, and indexes it, once (any
 * thread). The reader may go on stat'ing (prestat_all). */
static void pack_ready(engine_cache *c) {
  /* every lookup asks: once it is, no lock (one per unit was contended) */
  if (atomic_load_explicit(&c->ready, memory_order_acquire)) return;
  atomic_store_explicit(&c->walk_over, true, memory_order_relaxed);
  pthread_mutex_lock(&c->ready_lock);
  if (c->reading) {
    /* index what is read as it comes, while the reader reads the rest */
    for (size_t seen = 0;;) {
      pthread_mutex_lock(&c->read_lock);
      while (!c->read_done && c->read_len == seen)
        pthread_cond_wait(&c->read_cond, &c->read_lock);
      size_t have = c->read_len;
      bool done = c->read_done;
      pthread_mutex_unlock(&c->read_lock);
      index_some(c, have);
      seen = have;
      if (done) break;
    }
    c->reading = false;
    pack_indexed(c);
  }
  atomic_store_explicit(&c->ready, true, memory_order_release);
  pthread_mutex_unlock(&c->ready_lock);
}

/* How much of the pack is in `old` once `need` bytes are or the reader is
 * done (0 when there is no pack). */
static size_t pack_wait(engine_cache *c, size_t need) {
  if (!c->old) return 0;
  pthread_mutex_lock(&c->read_lock);
  while (!c->read_done && c->read_len < need)
    pthread_cond_wait(&c->read_cond, &c->read_lock);
  size_t have = c->read_len;
  pthread_mutex_unlock(&c->read_lock);
  return have;
}

/* The previous pack's first entry (its length in *n) once it is read, when
 * the pack's header and context are this scan's; else NULL. */
static const uint8_t *first_entry(engine_cache *c, size_t *n) {
  char why_buf[160];
  size_t at = 0, head = strlen(PACK_MAGIC) + 8 + strlen(VIGIL_VERSION) + DIGEST;
  size_t have = pack_wait(c, head + 4);
  if (have < head + 4 || check_header(c->old, have, PACK_MAGIC, &at, why_buf, sizeof why_buf) ||
      at + DIGEST != head || memcmp(c->old + at, c->context, DIGEST) != 0)
    return NULL;
  uint32_t len;
  memcpy(&len, c->old + head, 4);
  if (pack_wait(c, head + 4 + (size_t)len) < head + 4 + (size_t)len) return NULL;
  *n = len;
  return c->old + head + 4;
}

/* What a probe (base_read_log_probe) records for a path that does not exist,
 * taken from a probe of one: the temporary pack's name, not made yet, plus
 * "/x". A Terraform root probes .terraform/modules/modules.json, absent in
 * most repositories; realpath fails on it after a readlink per component and
 * a getcwd (6 system calls on the 10k repo), where stat fails the same way in
 * one (entry_current). */
static void absent_probe(engine_cache *c) {
  struct stat st;
  if (lstat(c->tmp, &st) == 0 || errno != ENOENT) return;
  size_t n = strlen(c->tmp) + 3;
  char *p = base_xmalloc(n);
  snprintf(p, n, "%s/x", c->tmp);
  base_read_log log = {0};
  base_read_log_begin(&log);
  base_read_log_probe(p, 0);
  base_read_log_end();
  if (log.n == 1 && log.e[0].kind == BASE_READ_PROBE) {
    memcpy(c->absent, log.e[0].digest, DIGEST);
    c->have_absent = true;
  }
  base_read_log_free(&log);
  free(p);
}

/* Copies b's scope into c (engine_cache_open, before the reader starts). */
static void set_scope(engine_cache *c, const engine_cache_bounds *b) {
  base_arena *a = &c->scope_arena;
  char cwd[PATH_MAX];
  if (!b->n_roots || !getcwd(cwd, sizeof cwd)) return; /* no scope: every path is checked */
  c->cwd = base_arena_strdup(a, cwd);
  c->roots_given = base_arena_alloc(a, b->n_roots * sizeof *c->roots_given);
  c->roots_abs = base_arena_alloc(a, 2 * b->n_roots * sizeof *c->roots_abs);
  for (size_t i = 0; i < b->n_roots; i++) {
    c->roots_given[i] = base_path_normalise(a, b->roots[i], true);
    c->roots_abs[c->n_roots_abs++] = base_path_join(a, c->cwd, b->roots[i]);
    char real[PATH_MAX]; /* a scan path is followed wherever it leads */
    if (realpath(b->roots[i], real)) c->roots_abs[c->n_roots_abs++] = base_arena_strdup(a, real);
  }
  c->n_roots = b->n_roots;
  c->files_abs = base_arena_alloc(a, (b->n_files + 1) * sizeof *c->files_abs);
  for (size_t i = 0; i < b->n_files; i++)
    c->files_abs[c->n_files++] = base_path_join(a, c->cwd, b->files[i]);
}

/* path is dir or below it (both normal, lexically: no ".." segment). */
static bool at_or_below(const char *path, const char *dir) {
  size_t n = strlen(dir);
  if (!n) return path[0] != '/'; /* dir "": the working directory, every relative path */
  return !strcmp(path, dir) || base_path_below(path, dir, n) != NULL;
}

/* Whether a read-log path is in the scan's scope (engine_cache_bounds).
 * Nearly every path is normal and below a root as given: no allocation;
 * else its absolute normal form (in a, which the caller owns) is compared. */
static bool in_scope(const engine_cache *c, const char *path, base_arena *a) {
  if (!c->n_roots) return true;
  if (base_path_is_normal(path, strlen(path)))
    for (size_t i = 0; i < c->n_roots; i++)
      if (at_or_below(path, c->roots_given[i])) return true;
  const char *abs = base_path_join(a, c->cwd, path);
  for (size_t i = 0; i < c->n_roots_abs; i++)
    if (at_or_below(abs, c->roots_abs[i])) return true;
  for (size_t i = 0; i < c->n_files; i++)
    if (!strcmp(abs, c->files_abs[i])) return true;
  return false;
}

engine_cache *engine_cache_open(const char *dir, const uint8_t context[32],
                                const engine_cache_bounds *b, FILE *diag, char *err,
                                size_t errlen) {
  errno = 0;
  if (make_dirs(dir) != 0 || access(dir, W_OK | X_OK) != 0) {
    snprintf(err, errlen, "--cache %s: %s", dir, base_strerror(errno ? errno : EACCES));
    return NULL;
  }
  engine_cache *c = base_xcalloc(1, sizeof *c);
  atomic_init(&c->root_fd, -1);
  memcpy(c->context, context, DIGEST);
  c->max_read = b->max_read;
  base_arena_init(&c->scope_arena);
  set_scope(c, b);
  c->diag = diag;
  pthread_mutex_init(&c->lock, NULL);
  base_arena_init(&c->listed_arena);
  char h[2 * DIGEST + 1];
  hex(context, 16, h); /* 128 bits name the scan's pack; the header holds all 256 */
  size_t n = strlen(dir) + 96;
  c->pack = base_xmalloc(n);
  snprintf(c->pack, n, "%s/%s.pack", dir, h);
  c->tmp = base_xmalloc(n + 32);
  /* a name no other process uses: pid, and the time for a reused pid */
  snprintf(c->tmp, n + 32, "%s/.%s.%ld.%ld.tmp", dir, h, (long)getpid(), (long)time(NULL));
  pthread_mutex_init(&c->read_lock, NULL);
  pthread_mutex_init(&c->ready_lock, NULL);
  pthread_mutex_init(&c->index_lock, NULL);
  pthread_cond_init(&c->read_cond, NULL);
  /* read whole, not mapped: a pack truncated under a mapping would be a
   * SIGBUS, read it is only short (a warning) */
  c->fd = open(c->pack, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
  struct stat st;
  bool sized = c->fd >= 0 && fstat(c->fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0;
  uint64_t limit = pack_limit();
  if (sized && (uint64_t)st.st_size > limit) {
    char why[160];
    snprintf(why, sizeof why,
             "%llu bytes, more than a scan reads (%llu: 4 GiB, or a quarter of this "
             "machine's memory)",
             (unsigned long long)st.st_size, (unsigned long long)limit);
    warn(c, "cache %s ignored: %s", c->pack, why);
    c->stats.ignored++;
    sized = false;
  }
  if (sized && (c->old = pack_buffer((size_t)st.st_size, &c->old_map, &c->old_map_len))) {
    c->old_cap = (size_t)st.st_size;
    pack_head(c);
    c->reading = c->reader_thread = true;
    if (pthread_create(&c->reader, NULL, pack_read, c) != 0) {
      c->reader_thread = false;
      pack_read(c); /* no thread to be had: read it now */
      c->reading = false;
      pack_indexed(c);
    }
  } else if (c->fd >= 0) {
    close(c->fd);
    c->fd = -1;
  }
  return c;
}

/* The new pack, opened on first use (lock held); NULL when it cannot be. */
static FILE *out_file(engine_cache *c) {
  if (c->out || c->write_failed) return c->out;
  c->out = fopen(c->tmp, "wb");
  if (!c->out) {
    c->write_failed = true;
    warn(c, "cannot write the cache %s: %s", c->tmp, base_strerror(errno));
    return NULL;
  }
  setvbuf(c->out, NULL, _IOFBF, 1 << 20);
  put_header(c->out, PACK_MAGIC);
  fwrite(c->context, 1, DIGEST, c->out);
  if (c->first.rec) {
    uint32_t n = (uint32_t)c->first.len;
    fwrite(&n, sizeof n, 1, c->out);
    fwrite(c->first.rec, 1, c->first.len, c->out);
  }
  return c->out;
}

void engine_cache_close(engine_cache *c, engine_cache_stats *stats) {
  if (!c) return;
  pack_ready(c);
  if (c->reader_thread) { /* it may still stat: it reads the index, freed below */
    atomic_store_explicit(&c->stop, true, memory_order_relaxed);
    pthread_join(c->reader, NULL);
    c->reader_thread = false;
  }
  if (atomic_load(&c->root_fd) >= 0) close(atomic_load(&c->root_fd));
  free(c->root_path);
  /* nothing new and every old entry still used: the pack stays as it is */
  size_t n_reuse = atomic_load(&c->n_reuse);
  bool same = !c->stored && !c->resigned &&
              c->n_reused + n_reuse + (c->first.rec != NULL) == c->n_indexed && !c->stats.ignored;
  if (!same && out_file(c)) {
    for (size_t i = 0; i < c->n_reused; i++) {
      uint32_t n = (uint32_t)c->reused[i].len;
      fwrite(&n, sizeof n, 1, c->out);
      fwrite(c->reused[i].rec, 1, c->reused[i].len, c->out);
    }
    /* in the index's order: the same for any -j (lookups finish in any) */
    for (size_t i = 0; i < c->cap; i++) {
      if (!c->slots[i].reuse) continue;
      uint32_t n = c->slots[i].len;
      fwrite(&n, sizeof n, 1, c->out);
      fwrite(c->slots[i].reuse, 1, n, c->out);
    }
  }
  if (c->out) {
    bool ok = fflush(c->out) == 0 && !ferror(c->out);
    int err = errno;
    if (fclose(c->out) != 0 && ok) ok = false, err = errno;
    if (ok && rename(c->tmp, c->pack) != 0) ok = false, err = errno;
    if (!ok) {
      warn(c, "cannot write the cache %s: %s", c->pack, base_strerror(err));
      unlink(c->tmp);
    }
  }
  c->stats.hits = atomic_load(&c->hits);
  c->stats.misses = atomic_load(&c->misses);
  if (stats) *stats = c->stats;
  pthread_mutex_destroy(&c->lock);
  pthread_mutex_destroy(&c->read_lock);
  pthread_mutex_destroy(&c->ready_lock);
  pthread_mutex_destroy(&c->index_lock);
  pthread_cond_destroy(&c->read_cond);
  if (c->slots_map) munmap(c->slots_map, c->slots_map_len);
  free(c->reused);
  for (size_t i = 0; i < c->n_owned; i++)
    free(c->owned[i]);
  free(c->owned);
  free(c->walked_at);
  free(c->walk_lists_at);
  free(c->listed_at);
  free(c->listed);
  base_arena_free(&c->listed_arena);
  base_arena_free(&c->scope_arena);
  if (c->old_map) munmap(c->old_map, c->old_map_len);
  free(c->pack);
  free(c->tmp);
  free(c);
}

void engine_cache_count(engine_cache *c, bool hit) {
  atomic_fetch_add_explicit(hit ? &c->hits : &c->misses, 1, memory_order_relaxed);
}

static void put_field(struct sha256_ctx *h, const void *p, size_t n) {
  uint64_t len = n;
  sha256_update(h, sizeof len, (const uint8_t *)&len);
  if (n) sha256_update(h, n, p);
}

void engine_cache_key(const engine_cache *c, bool terraform, const char *name,
                      const char *const *paths, size_t n, uint8_t key[32]) {
  struct sha256_ctx h;
  sha256_init(&h);
  put_field(&h, c->context, DIGEST);
  put_field(&h, terraform ? "terraform" : "document", terraform ? 9 : 8);
  put_field(&h, name, strlen(name));
  for (size_t i = 0; i < n; i++)
    put_field(&h, paths[i], strlen(paths[i]));
  sha256_digest(&h, DIGEST, key);
}

/* ---- writing ------------------------------------------------------------------------ */

/* An entry's tag: UMAC-128 of its bytes under a fixed key and nonce. It is
 * there to catch a damaged entry (a bit flipped, bytes lost or left over),
 * which any 128-bit universal hash catches but for a 2^-60 chance; not to
 * stop a forger, whom a SHA-256 did not stop either (it has no key: whoever
 * can write the cache can write its digests). A warm scan checks every
 * entry of the pack, 14 MB on the 10k repo: SHA-256 took 25 ms of CPU for
 * it on the bench VM, UMAC-128 1-2 ms. The keyed context is per thread
 * (lookups and stores run on the scan's workers): setting the key is an AES
 * key schedule and more, the nonce is put back before each entry. */
static void entry_tag(const uint8_t *p, size_t n, uint8_t out[TAG]) {
  static const char key[UMAC_KEY_SIZE + 1] = "vigil unit cache"; /* the NUL is not used */
  static const uint8_t nonce[AES_BLOCK_SIZE] = {0};
  static _Thread_local struct umac128_ctx ctx;
  static _Thread_local bool keyed;
  if (!keyed) {
    umac128_set_key(&ctx, (const uint8_t *)key);
    keyed = true;
  }
  umac128_set_nonce(&ctx, sizeof nonce, nonce);
  umac128_update(&ctx, n, p);
  umac128_digest(&ctx, TAG, out);
}

typedef struct wbuf {
  uint8_t *p;
  size_t n, cap;
} wbuf;

static void put(wbuf *b, const void *p, size_t n) {
  if (b->n + n > b->cap) b->p = base_grow(b->p, &b->cap, b->n + n, 1);
  memcpy(b->p + b->n, p, n);
  b->n += n;
}
static void put_u8(wbuf *b, uint8_t v) {
  put(b, &v, 1);
}
static void put_u32(wbuf *b, uint32_t v) {
  put(b, &v, sizeof v);
}
static void put_u64(wbuf *b, uint64_t v) {
  put(b, &v, sizeof v);
}
static void put_str(wbuf *b, const char *s) {
  if (!s) {
    put_u32(b, NO_STR);
    return;
  }
  size_t n = strlen(s);
  put_u32(b, (uint32_t)n);
  put(b, s, n + 1);
}
/* The header an entry starts with: magic, format, Vigil version (no NUL). */
static void put_entry_header(wbuf *b) {
  put(b, MAGIC, MAGIC_LEN);
  put_u32(b, FORMAT);
  put_u32(b, (uint32_t)strlen(VIGIL_VERSION));
  put(b, VIGIL_VERSION, strlen(VIGIL_VERSION));
}

static void put_rstr(wbuf *b, const char *s, const char *prev) {
  if (s && prev && (s == prev || !strcmp(s, prev)))
    put_u32(b, SAME_STR);
  else
    put_str(b, s);
}

/* A unit's results (the entry's and the scan's scratch file's layout). */
static void put_results(wbuf *b, const engine_result *res, size_t n) {
  put_u32(b, (uint32_t)n);
  for (size_t i = 0; i < n; i++) {
    const engine_result *r = &res[i];
    static const engine_result none;
    const engine_result *q = i ? &res[i - 1] : &none;
    put_u32(b, r->rule);
    put_u8(b, (uint8_t)r->status);
    put_u8(b, r->severity);
    put_rstr(b, r->file, q->file);
    put_u32(b, r->line);
    put_u32(b, r->col);
    put_u32(b, r->expect);
    put_rstr(b, r->resource, q->resource);
    put_rstr(b, r->resource_type, q->resource_type);
    put_rstr(b, r->format, q->format);
    put_rstr(b, r->message, q->message);
    put_rstr(b, r->reason, q->reason);
    put_rstr(b, r->suppression, q->suppression);
    put_rstr(b, r->suppression_kind, q->suppression_kind);
    put_rstr(b, r->fingerprint, q->fingerprint);
  }
}

static void encode(wbuf *b, const uint8_t key[32], const base_read_log *log,
                   const engine_unit_results *ur, const engine_cache_unit *m) {
  put_entry_header(b);
  put(b, key, DIGEST);
  put_u32(b, (uint32_t)log->n);
  for (size_t i = 0; i < log->n; i++) {
    put_u8(b, (uint8_t)log->e[i].kind);
    put_str(b, log->e[i].path);
    put_u64(b, log->e[i].max);
    put(b, log->e[i].digest, DIGEST);
    put(b, &log->e[i].sig, sizeof log->e[i].sig);
  }
  put_str(b, m->skip);
  put_u8(b, m->failed);
  put_u64(b, m->n_resources);
  put_u32(b, (uint32_t)m->n_marks);
  for (size_t i = 0; i < m->n_marks; i++) {
    put_str(b, m->marks[i]);
    put_u8(b, m->mark_bad[i]);
  }
  put_results(b, ur->results, ur->n_results);
  put_u32(b, (uint32_t)ur->n_errors);
  for (size_t i = 0; i < ur->n_errors; i++) {
    put_str(b, ur->errors[i].file);
    put_u32(b, ur->errors[i].line);
    put_u32(b, ur->errors[i].col);
    put_str(b, ur->errors[i].message);
  }
  put_u32(b, (uint32_t)ur->n_warnings);
  for (size_t i = 0; i < ur->n_warnings; i++) {
    put_str(b, ur->warnings[i].file);
    put_u32(b, ur->warnings[i].line);
    put_u32(b, ur->warnings[i].col);
    put_str(b, ur->warnings[i].message);
  }
  /* the unit's fact records and lookups (format 4, engine/facts.h), or none */
  put_u32(b, (uint32_t)m->facts_len);
  if (m->facts_len) put(b, m->facts, m->facts_len);
  uint8_t d[TAG];
  entry_tag(b->p, b->n, d);
  put(b, d, TAG);
}

/* Appends an entry to the new pack (lock held). */
static void append(engine_cache *c, const uint8_t *rec, size_t len) {
  if (!out_file(c)) return;
  c->stored = true;
  uint32_t n = (uint32_t)len;
  fwrite(&n, sizeof n, 1, c->out);
  fwrite(rec, 1, len, c->out);
}

void engine_cache_store(engine_cache *c, const uint8_t key[32], const base_read_log *log,
                        const engine_unit_results *ur, const engine_cache_unit *meta) {
  wbuf b = {0};
  encode(&b, key, log, ur, meta);
  pthread_mutex_lock(&c->lock);
  append(c, b.p, b.n);
  pthread_mutex_unlock(&c->lock);
  free(b.p);
}

/* ---- reading ------------------------------------------------------------------------ */

typedef base_rbuf rbuf; /* base/bytes.h: a is where decoded copies go */

/* A string where it is in the pack, not copied (NULL stays NULL; "" on a
 * bad entry: one that runs off the end or lacks its NUL). */
static const char *get_str(rbuf *r) {
  uint32_t n = base_rbuf_u32(r);
  if (n == NO_STR && !r->bad) return NULL;
  const uint8_t *p = base_rbuf_take(r, (size_t)n + 1);
  if (p && p[n]) r->bad = true;
  return p && !p[n] ? (const char *)p : "";
}
/* A result's string: SAME_STR is prev's (NULL before the first result).
 * get_str's checks, spelled out: nine per result, twice per result of a warm
 * scan (skip_results, get_results), this was a tenth of its instructions
 * through get_str and base_rbuf_take. */
static inline const char *get_rstr(rbuf *r, const char *prev) {
  uint32_t n;
  if (r->bad || (size_t)(r->end - r->p) < 4) {
    r->bad = true;
    return "";
  }
  memcpy(&n, r->p, 4);
  r->p += 4;
  if (n == NO_STR) return NULL;
  if (n == SAME_STR) {
    if (!prev) r->bad = true; /* nothing to be the same as */
    return prev ? prev : "";
  }
  if ((size_t)(r->end - r->p) <= n || r->p[n]) { /* runs off the end, or lacks its NUL */
    r->bad = true;
    return "";
  }
  const char *str = (const char *)r->p;
  r->p += (size_t)n + 1;
  return str;
}

/* A count of items at least `min` bytes each: bounded by what is left. */
static size_t get_count(rbuf *r, size_t min) {
  uint32_t n = base_rbuf_u32(r);
  if ((size_t)(r->end - r->p) / min < n) r->bad = true;
  return r->bad ? 0 : n;
}

/* An entry's digest (its last 32 bytes, over the rest): NULL, or why not. */
static const char *check_digest(const uint8_t *p, size_t n) {
  if (n < entry_key_at() + DIGEST + TAG) return "truncated";
  uint8_t d[TAG];
  entry_tag(p, n - TAG, d);
  if (memcmp(d, p + n - TAG, TAG) != 0) return "corrupt (its digest does not match)";
  return NULL;
}

/* put_results' results into ur (strings borrowed from the buffer). */
static void get_results(rbuf *r, engine_unit_results *ur) {
  size_t n = get_count(r, 52);
  if (n > ur->cap_results)
    ur->results = base_grow(ur->results, &ur->cap_results, n, sizeof *ur->results);
  for (size_t i = 0; i < n && !r->bad; i++) {
    engine_result *x = &ur->results[i];
    static const engine_result none;
    const engine_result *q = i ? &ur->results[i - 1] : &none;
    memset(x, 0, sizeof *x);
    x->rule = base_rbuf_u32(r);
    x->status = (vm_status)base_rbuf_u8(r);
    x->severity = base_rbuf_u8(r);
    x->file = get_rstr(r, q->file);
    x->line = base_rbuf_u32(r);
    x->col = base_rbuf_u32(r);
    x->expect = base_rbuf_u32(r);
    x->resource = get_rstr(r, q->resource);
    x->resource_type = get_rstr(r, q->resource_type);
    /* reports keep the format by pointer (a static name): back to it */
    x->format = get_rstr(r, q->format);
    /* the same as the result before: that one's static name already */
    if (x->format && x->format != q->format) {
      iac_format f = iac_format_lookup(x->format);
      if (f == IAC_FMT_NONE && *x->format) r->bad = true;
      x->format = iac_format_name(f);
    }
    x->message = get_rstr(r, q->message);
    x->reason = get_rstr(r, q->reason);
    x->suppression = get_rstr(r, q->suppression);
    x->suppression_kind = get_rstr(r, q->suppression_kind);
    x->fingerprint = get_rstr(r, q->fingerprint);
  }
  ur->n_results = r->bad ? 0 : n;
}

/* Checks put_results' results as get_results would decode them, keeping
 * none: a lookup hands them on encoded (engine_cache_unit results), to be
 * decoded where they are emitted, and an entry whose results would not
 * decode is refused here, with the rest of a bad entry. */
static void skip_results(rbuf *r) {
  size_t n = get_count(r, 52);
  /* each string field's value in the result before (SAME_STR needs one) */
  const char *prev[9] = {0};
  for (size_t i = 0; i < n && !r->bad; i++) {
    (void)base_rbuf_take(r, 4 + 1 + 1); /* rule, status, severity */
    prev[0] = get_rstr(r, prev[0]);     /* file */
    (void)base_rbuf_take(r, 3 * 4);     /* line, col, expect */
    prev[1] = get_rstr(r, prev[1]);     /* resource */
    prev[2] = get_rstr(r, prev[2]);     /* resource_type */
    const char *format = get_rstr(r, prev[3]);
    if (format && format != prev[3]) { /* as get_results: a name iac knows */
      iac_format f = iac_format_lookup(format);
      if (f == IAC_FMT_NONE && *format) r->bad = true;
      format = iac_format_name(f);
    }
    prev[3] = format;
    for (int k = 4; k < 9; k++) /* message, reason, suppression, its kind, fingerprint */
      prev[k] = get_rstr(r, prev[k]);
  }
}

static bool decode(rbuf *r, bool results, engine_unit_results *ur, engine_cache_unit *m) {
  m->skip = get_str(r);
  m->failed = base_rbuf_u8(r);
  m->n_resources = (size_t)base_rbuf_u64(r);
  m->n_marks = get_count(r, 5);
  m->marks = base_arena_alloc(r->a, (m->n_marks + 1) * sizeof *m->marks);
  m->mark_bad = base_arena_alloc(r->a, m->n_marks + 1);
  for (size_t i = 0; i < m->n_marks; i++) {
    m->marks[i] = get_str(r);
    m->mark_bad[i] = base_rbuf_u8(r);
  }
  m->results = r->p;
  ur->n_results = 0;
  if (results)
    get_results(r, ur);
  else
    skip_results(r);
  m->results_len = (size_t)(r->p - m->results);
  size_t n;
  for (int pass = 0; pass < 2; pass++) {
    n = get_count(r, 16);
    for (size_t i = 0; i < n && !r->bad; i++) {
      const char *file = get_str(r);
      uint32_t line = base_rbuf_u32(r), col = base_rbuf_u32(r);
      const char *msg = get_str(r);
      if (pass == 0) {
        if (ur->n_errors == ur->cap_errors)
          ur->errors = base_grow(ur->errors, &ur->cap_errors, ur->n_errors + 1, sizeof *ur->errors);
        ur->errors[ur->n_errors++] = (engine_file_error){file, line, col, msg};
      } else {
        if (ur->n_warnings == ur->cap_warnings)
          ur->warnings =
              base_grow(ur->warnings, &ur->cap_warnings, ur->n_warnings + 1, sizeof *ur->warnings);
        ur->warnings[ur->n_warnings++] = (engine_warning){file, line, col, msg};
      }
    }
  }
  /* fact records and lookups (format 4): a copy in the arena, for facts.c */
  m->facts_len = get_count(r, 1);
  const uint8_t *fb = base_rbuf_take(r, m->facts_len);
  m->facts = NULL;
  if (fb && m->facts_len) {
    uint8_t *copy = base_arena_alloc(r->a, m->facts_len);
    memcpy(copy, fb, m->facts_len);
    m->facts = copy;
  }
  return !r->bad && r->p == r->end;
}

/* Of the path p[0..n). */
static uint64_t path_hash_n(const char *p, size_t n) {
  uint64_t h = base_fnv1a(p, n);
  /* its low bits, which pick the slot, depend on the high bits too */
  h ^= h >> 32;
  h *= 0x9e3779b97f4a7c15ull;
  return h ^ (h >> 29);
}
static uint64_t path_hash(const char *p) {
  return path_hash_n(p, strlen(p));
}

/* An index by path of n items whose path is at `path_of(i)`: open
 * addressing, *cap a power of two; an earlier item of a path wins. */
static stat_slot *path_index(size_t n, const char *(*path_of)(const void *, size_t),
                             const void *items, size_t *cap) {
  *cap = 16;
  while (*cap < 2 * n + 2)
    *cap *= 2;
  stat_slot *at = base_xcalloc(*cap, sizeof *at);
  for (size_t k = 0; k < n && k < UINT32_MAX - 1; k++) {
    uint64_t h = path_hash(path_of(items, k));
    size_t i = (size_t)h & (*cap - 1);
    while (at[i].at)
      i = (i + 1) & (*cap - 1);
    at[i] = (stat_slot){(uint32_t)k + 1, (uint32_t)(h >> 32)};
  }
  return at;
}
static const char *stat_path(const void *items, size_t k) {
  return ((const engine_walk_stat *)items)[k].path;
}
static const char *listing_path(const void *items, size_t k) {
  return ((const engine_walk_listing *)items)[k].path;
}

void engine_cache_walked(engine_cache *c, const engine_walk *w) {
  pack_ready(c);
  free(c->walked_at);
  free(c->walk_lists_at);
  c->walked = w->stats;
  c->walked_at = path_index(w->n_stats, stat_path, w->stats, &c->cap_walked);
  c->walk_lists = w->listings;
  c->walk_lists_at = path_index(w->n_listings, listing_path, w->listings, &c->cap_walk_lists);
}

/* The walk's listing of the directory path[0..n), or NULL. */
static const engine_walk_listing *walk_listing(const engine_cache *c, const char *path, size_t n) {
  if (!c->walk_lists_at) return NULL;
  uint64_t h = path_hash_n(path, n);
  for (size_t i = (size_t)h & (c->cap_walk_lists - 1); c->walk_lists_at[i].at;
       i = (i + 1) & (c->cap_walk_lists - 1)) {
    const engine_walk_listing *l = &c->walk_lists[c->walk_lists_at[i].at - 1];
    if (c->walk_lists_at[i].hash == (uint32_t)(h >> 32) && !strncmp(l->path, path, n) &&
        !l->path[n])
      return l;
  }
  return NULL;
}

/* Whether the walk saw that path does not exist: the deepest directory of it
 * that the walk listed (whole: its signature is valid) has no entry named
 * like the path's next component, so resolving the path (stat, realpath)
 * fails with ENOENT at that component. A root's probe of
 * .terraform/modules/modules.json was a stat each (1,008 on the 10k repo). */
static bool walk_saw_absent(const engine_cache *c, const char *path) {
  size_t end = strlen(path);
  for (size_t k = end; k > 0; k--) {
    if (path[k - 1] != '/' || k == 1) continue;
    const engine_walk_listing *l = walk_listing(c, path, k - 1);
    if (!l) continue;
    if (!l->sig.valid) return false; /* perhaps not read whole */
    const char *name = path + k;
    const char *slash = strchr(name, '/');
    size_t len = slash ? (size_t)(slash - name) : strlen(name);
    if (!len || (len == 1 && name[0] == '.') || (len == 2 && name[0] == '.' && name[1] == '.'))
      return false;
    for (size_t i = 0; i < l->n; i++)
      if (!strncmp(l->names[i].name, name, len) && !l->names[i].name[len]) return false;
    return true;
  }
  return false;
}

/* What the walk's stat said of path, or NULL. */
static const base_file_sig *walked_sig(const engine_cache *c, const char *path) {
  if (!c->walked_at) return NULL;
  uint64_t h = path_hash(path);
  for (size_t i = (size_t)h & (c->cap_walked - 1); c->walked_at[i].at;
       i = (i + 1) & (c->cap_walked - 1)) {
    const engine_walk_stat *w = &c->walked[c->walked_at[i].at - 1];
    if (c->walked_at[i].hash == (uint32_t)(h >> 32) && !strcmp(w->path, path)) return &w->sig;
  }
  return NULL;
}

/* What stat says of path now, as base_file_sig_now, relative to the root
 * (root_fd) when path is below it. */
static base_file_sig sig_now(const engine_cache *c, const char *path) {
  int fd = atomic_load_explicit(&c->root_fd, memory_order_acquire);
  const char *tail = fd >= 0 ? base_path_below(path, c->root_path, c->root_path_len) : NULL;
  if (!tail) return base_file_sig_now(path);
  struct stat st;
  if (fstatat(fd, tail, &st, 0) != 0) return (base_file_sig){0};
  return base_file_sig_of_stat(&st);
}

/* Whether a read-log entry still holds. A signed file or listing that the
 * walk stat'ed is compared with what the walk's stat said: a module's files
 * are in the log of every root that calls it, and every .tf file and
 * Terraform directory in the root-finding entry's too, but each is stat'ed
 * once. (A file that changes while the scan runs may so be seen unchanged by
 * a later unit, as without a cache one unit may read it before the change
 * and another after it.) The others are stat'ed; when the stat differs, or
 * the entry is not signed, the file or listing is digested again. */
/* Whether the read log of entry rec (sound) is one file whose stat now is
 * the signature it holds (the reader's thread, while the scan runs). As
 * good as the lookup's own stat (entry_current): both look during this
 * scan, and a file that changes while it runs may be seen either way. */
static bool prestat_file(const engine_cache *c, const uint8_t *rec, size_t len, base_arena *a) {
  rbuf r = {rec + entry_key_at() + DIGEST, rec + len - TAG, false, NULL};
  if (base_rbuf_u32(&r) != 1 || base_rbuf_u8(&r) != BASE_READ_FILE) return false;
  const char *path = get_str(&r);
  (void)base_rbuf_u64(&r);
  const uint8_t *d = base_rbuf_take(&r, DIGEST), *g = base_rbuf_take(&r, sizeof(base_file_sig));
  if (!path || !d || !g) return false;
  base_file_sig was, now;
  memcpy(&was, g, sizeof was);
  /* the walk stats every Terraform file it lists (a module of one file is
   * a unit of one), and the lookup takes its stat (walked_sig) */
  if (!was.valid || engine_walk_classify(path) == ENGINE_FILE_TERRAFORM) return false;
  if (!in_scope(c, path, a)) return false; /* the lookup says no without a stat */
  now = sig_now(c, path);
  return !memcmp(&now, &was, sizeof now);
}

static bool entry_current(engine_cache *c, const base_read_entry *e, base_file_sig *resign) {
  if (e->sig.valid && e->kind != BASE_READ_PROBE) {
    const base_file_sig *now = walked_sig(c, e->path);
    if (now && !memcmp(now, &e->sig, sizeof *now)) return true;
  }
  /* a probe that found nothing: still nothing when stat finds nothing (it
   * resolves the path as realpath does, and fails on the same missing name) */
  struct stat st;
  if (e->kind == BASE_READ_PROBE && c->have_absent && !memcmp(e->digest, c->absent, DIGEST) &&
      (walk_saw_absent(c, e->path) || (stat(e->path, &st) != 0 && errno == ENOENT)))
    return true;
  if (e->kind == BASE_READ_PROBE) return base_read_entry_current(e);
  /* a file or listing: its stat now, then (when that is not its signature)
   * its digest; the same again, and the stat, taken before the digest and
   * old enough, becomes its signature (*resign): an entry written by a scan
   * that read its files within 2 s of their change, or after a touch, was
   * otherwise digested again by every scan after it, none of which rewrote
   * the pack (nothing new) */
  base_file_sig now = sig_now(c, e->path);
  if (e->sig.valid && !memcmp(&now, &e->sig, sizeof now)) return true;
  base_read_entry unsigned_e = *e;
  unsigned_e.sig.valid = 0;
  if (!base_read_entry_current(&unsigned_e)) return false;
  time_t t = time(NULL);
  if (now.valid && now.mtime_s < (int64_t)t - 2 && now.ctime_s < (int64_t)t - 2) *resign = now;
  return true;
}

/* A read-log signature to write anew: where it is in the entry, and what. */
typedef struct resign {
  size_t at;
  base_file_sig sig;
} resign;

/* An entry of the previous cache that is not used: said, and counted. */
static void ignore_entry(engine_cache *c, const uint8_t key[32], const char *why) {
  char h[17];
  hex(key, 8, h);
  char where[4200];
  snprintf(where, sizeof where, "%s: entry %s", c->pack, h);
  warn(c, "cache %s ignored: %s", where, why);
  c->stats.ignored++;
}

/* The previous pack's entry under key, or NULL. */
static index_slot *find_entry(const engine_cache *c, const uint8_t key[32], size_t kat) {
  if (!c->cap) return NULL;
  uint64_t k8;
  memcpy(&k8, key, sizeof k8);
  size_t i = (size_t)k8 & (c->cap - 1);
  while (c->slots[i].rec &&
         (c->slots[i].key8 != k8 || memcmp(c->slots[i].rec + kat, key, DIGEST) != 0))
    i = (i + 1) & (c->cap - 1);
  return c->slots[i].rec ? &c->slots[i] : NULL;
}

bool engine_cache_lookup(engine_cache *c, const uint8_t key[32], bool results,
                         engine_unit_results *ur, engine_cache_unit *meta) {
  pack_ready(c);
  size_t kat = entry_key_at();
  index_slot *ent = find_entry(c, key, kat);
  const uint8_t *buf = ent ? ent->rec : NULL;
  size_t n = ent ? ent->len : 0;
  bool hit = false;
  const char *why = NULL;
  char why_buf[160];
  resign *resigned = NULL; /* the read log's signatures to write anew */
  size_t n_resigned = 0, cap_resigned = 0;
  if (ent && !ent->sound) { /* say why (the reader checked it already) */
    size_t at = 0;
    why = check_header(buf, n, MAGIC, &at, why_buf, sizeof why_buf);
    if (!why) why = check_digest(buf, n);
  }
  if (buf && !why) {
    /* the read log: every file and listing as it was */
    rbuf r = {buf + kat + DIGEST, buf + n - TAG, false, ur->arena};
    size_t nl = get_count(&r, 1 + 4 + 8 + DIGEST + sizeof(base_file_sig));
    bool current = true;
    for (size_t i = 0; i < nl && !r.bad && current; i++) {
      base_file_sig fresh = {0};
      base_read_entry e = {(base_read_kind)base_rbuf_u8(&r), NULL, 0, {0}, {0}};
      e.path = (char *)get_str(&r);
      e.max = base_rbuf_u64(&r);
      if (e.max > c->max_read) e.max = c->max_read; /* engine_cache_open */
      const uint8_t *d = base_rbuf_take(&r, DIGEST);
      const uint8_t *g = base_rbuf_take(&r, sizeof e.sig);
      if (!d || !g || !e.path) {
        r.bad = true;
        break;
      }
      if (!in_scope(c, e.path, ur->arena)) { /* not current, not touched */
        current = false;
        break;
      }
      memcpy(e.digest, d, DIGEST);
      memcpy(&e.sig, g, sizeof e.sig);
      /* one file: the reader's stat, or this one's (claimed: the reader
       * does not stat it then) */
      bool seen = nl == 1 && atomic_exchange(&ent->pre, PRE_TAKEN) == PRE_SAME;
      current = seen || entry_current(c, &e, &fresh);
      if (current && fresh.valid) { /* signed anew in the copy written back */
        resigned = base_grow(resigned, &cap_resigned, n_resigned + 1, sizeof *resigned);
        resigned[n_resigned++] = (resign){(size_t)(g - buf), fresh};
      }
    }
    if (r.bad)
      why = "corrupt (its layout is wrong)";
    else if (current) {
      hit = decode(&r, results, ur, meta);
      if (!hit) why = "corrupt (its layout is wrong)";
    }
  }
  if (why) {
    pthread_mutex_lock(&c->lock);
    ignore_entry(c, key, why);
    pthread_mutex_unlock(&c->lock);
    ur->n_results = ur->n_errors = ur->n_warnings = 0;
  }
  if (hit && n_resigned) {
    /* a copy with the new signatures, its tag made again, written back in
     * its place (owned: freed at engine_cache_close) */
    uint8_t *cp = base_xmalloc(n);
    memcpy(cp, buf, n);
    for (size_t i = 0; i < n_resigned; i++)
      memcpy(cp + resigned[i].at, &resigned[i].sig, sizeof resigned[i].sig);
    entry_tag(cp, n - TAG, cp + n - TAG);
    pthread_mutex_lock(&c->lock);
    c->owned = base_grow(c->owned, &c->cap_owned, c->n_owned + 1, sizeof *c->owned);
    c->owned[c->n_owned++] = cp;
    c->resigned = true;
    pthread_mutex_unlock(&c->lock);
    buf = cp;
  }
  if (hit && !ent->reuse) {
    /* still current: into the new pack as it is, at the end */
    ent->reuse = buf;
    atomic_fetch_add_explicit(&c->n_reuse, 1, memory_order_relaxed);
  }
  free(resigned);
  return hit;
}

/* ---- directory listings ---------------------------------------------------------------
 *
 * The walk's listings (walk.h engine_walk_listing) are one entry of the pack,
 * under a key no unit has; after the key:
 *   u32 n, n x (str path, base_file_sig, u32 k, k x (str name, u8 d_type))
 * then the entry's tag like every entry. */

static void listings_key(const engine_cache *c, uint8_t key[32]) {
  engine_cache_key(c, false, "\n(directory listings)", NULL, 0, key);
}

/* A listing's slot in the index for path (empty, or its own). */
static size_t listed_slot(const engine_cache *c, const char *path, uint64_t h) {
  size_t i = (size_t)h & (c->cap_listed - 1);
  while (c->listed_at[i].at && (c->listed_at[i].hash != (uint32_t)(h >> 32) ||
                                strcmp(c->listed[c->listed_at[i].at - 1].path, path) != 0))
    i = (i + 1) & (c->cap_listed - 1);
  return i;
}

void engine_cache_listings(engine_cache *c) {
  uint8_t key[32];
  listings_key(c, key);
  size_t n = 0, kat = entry_key_at();
  /* the first entry, when it is the listings (the walk starts while the rest
   * of the pack is read); else the listings wherever the index has them */
  const uint8_t *buf = first_entry(c, &n);
  if (!buf || n < kat + DIGEST || memcmp(buf + kat, key, DIGEST) != 0) {
    pack_ready(c);
    const index_slot *e = find_entry(c, key, kat);
    buf = e ? e->rec : NULL;
    n = e ? e->len : 0;
  }
  if (!buf) return;
  char why_buf[160];
  size_t at = 0;
  const char *why = check_header(buf, n, MAGIC, &at, why_buf, sizeof why_buf);
  if (!why) why = check_digest(buf, n);
  rbuf r = {buf + kat + DIGEST, buf + n - TAG, false, &c->listed_arena};
  size_t nd = why ? 0 : get_count(&r, 4 + sizeof(base_file_sig) + 4);
  engine_walk_listing *l = base_xcalloc(nd + 1, sizeof *l);
  bool bad_name = false;
  for (size_t i = 0; i < nd && !r.bad; i++) {
    l[i].path = get_str(&r);
    const uint8_t *g = base_rbuf_take(&r, sizeof l[i].sig);
    if (g) memcpy(&l[i].sig, g, sizeof l[i].sig);
    l[i].n = get_count(&r, 5);
    engine_walk_name *nn = base_arena_alloc(&c->listed_arena, (l[i].n + 1) * sizeof *nn);
    for (size_t k = 0; k < l[i].n && !r.bad; k++) {
      nn[k].name = get_str(&r);
      nn[k].type = base_rbuf_u8(&r);
      if (!nn[k].name) r.bad = true;
      /* the walk joins it to its directory: one name, never a way out */
      else if (!*nn[k].name || strchr(nn[k].name, '/') || !strcmp(nn[k].name, ".") ||
               !strcmp(nn[k].name, ".."))
        bad_name = true;
    }
    l[i].names = nn;
    if (!l[i].path) r.bad = true;
  }
  if (!why && (r.bad || r.p != r.end)) why = "corrupt (its layout is wrong)";
  if (!why && bad_name) why = "corrupt (a listed name is not a file name)";
  if (why) {
    ignore_entry(c, key, why);
    free(l);
    return;
  }
  c->listed = l;
  c->n_listed = nd;
  if (nd && l[0].path[0]) { /* a failed open leaves root_fd -1: stat'ed by path */
    c->root_path = base_xstrndup(l[0].path, strlen(l[0].path));
    c->root_path_len = strlen(l[0].path);
    atomic_store_explicit(&c->root_fd, open(l[0].path, O_PATH | O_DIRECTORY | O_CLOEXEC),
                          memory_order_release);
  }
  c->listed_rec = (slot){buf, n};
  c->cap_listed = 16;
  while (c->cap_listed < 2 * nd + 2)
    c->cap_listed *= 2;
  c->listed_at = base_xcalloc(c->cap_listed, sizeof *c->listed_at);
  for (size_t i = 0; i < nd && i < UINT32_MAX - 1; i++) {
    uint64_t h = path_hash(l[i].path);
    size_t j = listed_slot(c, l[i].path, h);
    c->listed_at[j] = (stat_slot){(uint32_t)i + 1, (uint32_t)(h >> 32)}; /* a later one wins */
  }
}

const engine_walk_listing *engine_cache_listed(void *cache, const char *path) {
  const engine_cache *c = cache;
  if (!c->listed_at) return NULL;
  size_t i = listed_slot(c, path, path_hash(path));
  return c->listed_at[i].at ? &c->listed[c->listed_at[i].at - 1] : NULL;
}

void engine_cache_keep_listings(engine_cache *c, const engine_walk *w) {
  pack_ready(c);
  pthread_mutex_lock(&c->lock);
  if (c->listed_rec.rec && w->n_listed == w->n_listings && w->n_listings == c->n_listed) {
    /* every listing as the previous walk kept it: its entry stays, first in
     * the new pack */
    if (!c->out && !c->first.rec) {
      c->first = c->listed_rec;
    } else {
      c->reused = base_grow(c->reused, &c->cap_reused, c->n_reused + 1, sizeof *c->reused);
      c->reused[c->n_reused++] = c->listed_rec;
    }
    pthread_mutex_unlock(&c->lock);
    return;
  }
  pthread_mutex_unlock(&c->lock);
  uint8_t key[32];
  listings_key(c, key);
  wbuf b = {0};
  put_entry_header(&b);
  put(&b, key, DIGEST);
  put_u32(&b, (uint32_t)w->n_listings);
  for (size_t i = 0; i < w->n_listings; i++) {
    const engine_walk_listing *l = &w->listings[i];
    put_str(&b, l->path);
    put(&b, &l->sig, sizeof l->sig);
    put_u32(&b, (uint32_t)l->n);
    for (size_t k = 0; k < l->n; k++) {
      put_str(&b, l->names[k].name);
      put_u8(&b, l->names[k].type);
    }
  }
  uint8_t d[TAG];
  entry_tag(b.p, b.n, d);
  put(&b, d, TAG);
  pthread_mutex_lock(&c->lock);
  append(c, b.p, b.n);
  pthread_mutex_unlock(&c->lock);
  free(b.p);
}

/* ---- results waiting for their turn (scan.c's scratch file) ------------------------ */

void engine_cache_results_encode(const engine_result *res, size_t n, uint8_t **buf, size_t *len) {
  wbuf b = {0};
  put_results(&b, res, n);
  *buf = b.p;
  *len = b.n;
}

bool engine_cache_results_decode(const uint8_t *buf, size_t len, engine_unit_results *ur) {
  rbuf r = {buf, buf + len, false, NULL};
  ur->n_results = 0;
  get_results(&r, ur);
  return !r.bad && r.p == r.end;
}

/* ---- a unit evaluated again (facts.h) ---------------------------------------------- */

void engine_cache_forget(engine_cache *c, const uint8_t key[32]) {
  index_slot *e = find_entry(c, key, entry_key_at());
  if (!e || !e->reuse) return;
  e->reuse = NULL; /* only its own unit's thread writes it (see index_slot) */
  atomic_fetch_sub_explicit(&c->n_reuse, 1, memory_order_relaxed);
  pthread_mutex_lock(&c->lock);
  c->stored = true; /* the pack is written again, without it */
  pthread_mutex_unlock(&c->lock);
}
