/* walk.c — deterministic directory walk (see walk.h).
 *
 * Directories are opened relative to their parent's descriptor and read with
 * getdents64 into one buffer: the kernel resolves one name per directory
 * instead of the whole path, and there is no fstat per directory (opendir
 * makes one to size its buffer). On the synthetic repo's 1,376 directories
 * that took the walk from ~40 to ~28 ms. */
#define _GNU_SOURCE /* getdents64 */
#include "walk.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "alloc.h"
#include "dockerfile.h"
#include "iac.h"
#include "readfile.h"
#include "syserr.h"
#include "path.h"

/* Directories that are never inputs: VCS data, vendored JS, Terraform's
 * provider/module cache (a copy of modules already scanned at their source). */
static const char *const skip_dirs[] = {".git", "node_modules", ".terraform"};

typedef struct dirkey {
  dev_t dev;
  ino_t ino;
} dirkey;

typedef struct walker {
  engine_walk *w;
  const engine_walk_options *o;
  uint64_t max_size;
  /* every directory entered, open addressing (cap a power of two) */
  dirkey *seen;
  size_t n_seen, cap_seen;
  /* directories on the current path, for telling loops from repeats */
  dirkey *stack;
  size_t depth, cap_stack;
  /* the scan root being walked, resolved (realpath, malloc'd): symlinks must
   * resolve inside it unless follow_symlinks */
  char *root_real;
  size_t root_len;
  const char *root_kept; /* root_real in the walk's arena, for the files' root_real */
  /* With the `listed` hook, the directory scan root being walked, opened
   * (O_PATH; -1: not), and its path as given: what is under a directory
   * whose entries the hook gave is stat'ed by its path below the root,
   * relative to it (stat_at), not from the working directory. The kernel
   * then resolves the components below the root only: the bench's
   * build/bench/incr-10000/... paths are three components shorter (a
   * warm scan's ~12,400 stats resolving paths were 13% of its CPU, perf
   * filename_lookup; 12,412 stats of the 10k repo's paths so took 29.1-29.6
   * against 30.2-33.1 ms of CPU). One open for the whole root, not one per
   * directory: an open and a close per directory cost more than the
   * components saved. */
  int root_fd;
  const char *root_path;
  size_t root_path_len;
  time_t now; /* when the walk began (keep_stats) */
  /* the joined paths the file list keeps, packed end to end in blocks of the
   * walk's arena (pack_alloc), not each rounded up to 16 bytes: ~7.5 bytes a
   * file, 0.75 MB at 100k files */
  char *pack;
  size_t pack_left;
} walker;

/* fstatat(dfd, at, st, flags), at relative to the scan root when dfd is
 * AT_FDCWD and at is below it (see root_fd): the same file, resolved from
 * where the root's path led when the walk began. */
static int stat_at(const walker *wk, int dfd, const char *at, struct stat *st, int flags) {
  const char *tail = dfd == AT_FDCWD && wk->root_fd >= 0
                         ? base_path_below(at, wk->root_path, wk->root_path_len)
                         : NULL;
  return tail ? fstatat(wk->root_fd, tail, st, flags) : fstatat(dfd, at, st, flags);
}

static size_t key_hash(dirkey k) {
  uint64_t h = (uint64_t)k.dev * 0x9e3779b97f4a7c15ull ^ (uint64_t)k.ino * 0xc2b2ae3d27d4eb4full;
  return (size_t)(h ^ (h >> 29));
}

/* Inserts k; false if it was already there. */
static bool seen_insert(walker *wk, dirkey k) {
  if ((wk->n_seen + 1) * 2 > wk->cap_seen) {
    size_t ncap = wk->cap_seen ? wk->cap_seen * 2 : 64;
    dirkey *n = base_xcalloc(ncap, sizeof *n);
    for (size_t i = 0; i < wk->cap_seen; i++) {
      dirkey o = wk->seen[i];
      if (o.ino == 0 && o.dev == 0) continue;
      size_t j = key_hash(o) & (ncap - 1);
      while (n[j].ino || n[j].dev)
        j = (j + 1) & (ncap - 1);
      n[j] = o;
    }
    free(wk->seen);
    wk->seen = n;
    wk->cap_seen = ncap;
  }
  /* (0, 0) marks an empty slot; no real directory has inode 0 on device 0 */
  size_t j = key_hash(k) & (wk->cap_seen - 1);
  while (wk->seen[j].ino || wk->seen[j].dev) {
    if (wk->seen[j].ino == k.ino && wk->seen[j].dev == k.dev) return false;
    j = (j + 1) & (wk->cap_seen - 1);
  }
  wk->seen[j] = k;
  wk->n_seen++;
  return true;
}

static bool on_stack(const walker *wk, dirkey k) {
  for (size_t i = 0; i < wk->depth; i++)
    if (wk->stack[i].dev == k.dev && wk->stack[i].ino == k.ino) return true;
  return false;
}

static bool has_suffix(const char *s, const char *suf) {
  size_t n = strlen(s), m = strlen(suf);
  return n >= m && memcmp(s + n - m, suf, m) == 0;
}

engine_file_kind engine_walk_classify(const char *name) {
  const char *base = strrchr(name, '/');
  base = base ? base + 1 : name;
  if (iac_dockerfile_name(base)) return ENGINE_FILE_DOCKERFILE; /* the loader's own test */
  if (has_suffix(base, ".tf") || has_suffix(base, ".tf.json") || has_suffix(base, ".tfvars") ||
      has_suffix(base, ".tfvars.json"))
    return ENGINE_FILE_TERRAFORM;
  if (has_suffix(base, ".yaml") || has_suffix(base, ".yml") || has_suffix(base, ".json") ||
      has_suffix(base, ".template"))
    return ENGINE_FILE_DOC;
  return ENGINE_FILE_SKIP;
}

/* path (in the walk's arena) was stat'ed: st is what it is now */
static void keep_stat(walker *wk, const char *path, const struct stat *st) {
  engine_walk *w = wk->w;
  if (!wk->o->keep_stats) return;
  w->stats = base_grow(w->stats, &w->cap_stats, w->n_stats + 1, sizeof *w->stats);
  w->stats[w->n_stats++] = (engine_walk_stat){path, base_file_sig_of_stat(st)};
}

static engine_walk_file *add_file(engine_walk *w) {
  if (w->n_files == w->cap) {
    w->cap = w->cap ? w->cap * 2 : 256;
    w->files = base_xrealloc(w->files, w->cap * sizeof *w->files);
  }
  engine_walk_file *f = &w->files[w->n_files++];
  memset(f, 0, sizeof *f);
  return f;
}

/* path and rel: strings in the walk's arena (kept as they are) */
static void add_skip(walker *wk, const char *path, const char *rel, const char *reason) {
  engine_walk_file *f = add_file(wk->w);
  f->path = path;
  f->rel = rel;
  f->dir = "";
  f->kind = ENGINE_FILE_SKIP;
  f->skip_reason = reason;
}

/* st is NULL when readdir's d_type said "regular file" and nobody stat'ed it:
 * the files the scan engine reads itself then get ENGINE_SIZE_REGULAR (their
 * size and "too large" are found by base_read_file); Terraform files, which
 * their loader reads and the scheduler weighs, are stat'ed here. */
static void add_regular(walker *wk, int dfd, const char *name, const char *path, const char *rel,
                        const char *dir, const struct stat *st, bool explicit) {
  const char *base = strrchr(rel, '/');
  base = base ? base + 1 : rel;
  if (wk->o->exclude && wk->o->exclude(wk->o->exclude_ctx, rel, false)) {
    add_skip(wk, path, rel, "excluded");
    return;
  }
  engine_file_kind k = engine_walk_classify(base);
  /* A file named on the command line is read whatever its extension: the
   * loader decides by content (a CloudFormation template called stack.cfn). */
  if (k == ENGINE_FILE_SKIP && explicit) k = ENGINE_FILE_DOC;
  if (k == ENGINE_FILE_SKIP) {
    add_skip(wk, path, rel, "not IaC");
    return;
  }
  struct stat own;
  if (!st && k == ENGINE_FILE_TERRAFORM) {
    if (stat_at(wk, dfd, dfd == AT_FDCWD ? path : name, &own, 0) != 0) {
      add_skip(wk, path, rel, "unreadable");
      return;
    }
    if (!S_ISREG(own.st_mode)) {
      add_skip(wk, path, rel, "not a regular file"); /* replaced since readdir */
      return;
    }
    st = &own;
  }
  /* the name is the tail of path (an offset below 4 GiB, or opened by path) */
  size_t name_at = explicit ? 0 : (size_t)(name - path);
  if (name_at > UINT32_MAX || (name_at && strcmp(path + name_at, name))) name_at = 0;
  if (st) keep_stat(wk, path, st);
  if (st && k == ENGINE_FILE_TERRAFORM && wk->o->tf_file)
    wk->o->tf_file(wk->o->tf_seen_ctx, path, st);
  if (!st) {
    engine_walk_file *f = add_file(wk->w);
    f->path = path;
    f->rel = rel;
    f->dir = dir;
    f->name_at = (uint32_t)name_at;
    f->size = ENGINE_SIZE_REGULAR;
    f->root_real = wk->root_kept;
    f->kind = k;
    return;
  }
  if ((uint64_t)st->st_size > wk->max_size) {
    add_skip(wk, path, rel, "too large");
    wk->w->files[wk->w->n_files - 1].size = (uint64_t)st->st_size;
    return;
  }
  engine_walk_file *f = add_file(wk->w);
  f->path = path;
  f->rel = rel;
  f->dir = dir;
  f->name_at = (uint32_t)name_at;
  f->size = (uint64_t)st->st_size;
  f->root_real = wk->root_kept;
  f->kind = k;
}

/* A directory entry: its name (in the directory's name pool) and getdents'
 * d_type (DT_UNKNOWN when the file system does not say). */
typedef struct entry {
  const char *name;
  const char *at; /* to stat it by: name, or its path when the directory is not open */
  unsigned char type;
  bool link;       /* a symlink (d_type, or lstat where d_type is unknown) */
  bool dir;        /* a directory, or a symlink to one */
  int stat_rc;     /* fstatat's answer when st is set */
  struct stat *st; /* asked once per entry; malloc'd (entries stay small to sort) */
} entry;

/* stat() of an entry (following symlinks), asked at most once: the sort may
 * need it (symlinks, file systems without d_type) and the walk does. */
static int entry_stat(const walker *wk, entry *e, int dfd, struct stat *st) {
  if (!e->st) {
    e->st = base_xrealloc(NULL, sizeof *e->st);
    e->stat_rc = stat_at(wk, dfd, e->at, e->st, 0);
  }
  *st = *e->st;
  return e->stat_rc;
}

/* Byte order of the paths below: a directory sorts as its name plus '/', so
 * that walking entries in this order lists files in byte order of their
 * whole relative paths ("a-b/x" < "a/y" < "a0"), the order a sorted file
 * list or `git ls-files` has. Results stream in walk order (scan.h). */
static int cmp_names(const void *a, const void *b) {
  const entry *x = a, *y = b;
  const unsigned char *p = (const unsigned char *)x->name, *q = (const unsigned char *)y->name;
  while (*p && *p == *q)
    p++, q++;
  unsigned cp = *p ? *p : x->dir ? '/' : 0, cq = *q ? *q : y->dir ? '/' : 0;
  return cp < cq ? -1 : cp > cq;
}

static bool is_skip_dir(const char *name) {
  for (size_t j = 0; j < sizeof skip_dirs / sizeof *skip_dirs; j++)
    if (!strcmp(name, skip_dirs[j])) return true;
  return false;
}

enum { PACK_BLOCK = 16 * 1024 };

/* n bytes for a string the file list keeps, unaligned: from the current
 * block, else a new one (what the old block had left is lost: a few bytes on
 * average); a string too big for a block gets its own allocation. */
static char *pack_alloc(walker *wk, size_t n) {
  if (n > wk->pack_left) {
    if (n > PACK_BLOCK / 8) return base_arena_alloc(&wk->w->arena, n);
    wk->pack = base_arena_alloc(&wk->w->arena, PACK_BLOCK);
    wk->pack_left = PACK_BLOCK;
  }
  char *s = wk->pack;
  wk->pack += n;
  wk->pack_left -= n;
  return s;
}

/* a + '/' + b in the walk's arena (the file list keeps it) */
static char *join(walker *wk, const char *a, const char *b) {
  size_t n = strlen(a), m = strlen(b);
  char *s = pack_alloc(wk, n + m + 2);
  if (n == 0) {
    memcpy(s, b, m + 1);
  } else {
    memcpy(s, a, n);
    size_t k = n;
    if (s[k - 1] != '/') s[k++] = '/';
    memcpy(s + k, b, m + 1);
  }
  return s;
}

/* The report name of entry nm of a directory whose report name is rel:
 * join(rel, nm), which is the tail of its open path cpath whenever the
 * directory's rel is the tail of its path (always so when one directory is
 * scanned: paths are the root joined with rel). The tail is shared then, not
 * copied: at 100k files the copies were 6.7 MB of the walk's 25. */
static const char *rel_of(walker *wk, const char *cpath, const char *rel, const char *nm) {
  size_t lr = strlen(rel), m = strlen(nm), lp = strlen(cpath);
  size_t slash = lr && rel[lr - 1] != '/', n = lr + slash + m;
  if (n <= lp && !memcmp(cpath + lp - n, rel, lr) && (!slash || cpath[lp - m - 1] == '/') &&
      !memcmp(cpath + lp - m, nm, m))
    return cpath + lp - n;
  return join(wk, rel, nm);
}

/* A directory's entries ("." and ".." left out), unsorted: names are copied
 * into one pool (*pool, freed by the caller with the entries). */
static size_t read_entries(int fd, entry **out, char **pool, bool *whole) {
  entry *names = NULL;
  size_t n = 0, cap = 0, used = 0, pool_cap = 0;
  char *names_pool = NULL;
  size_t *offs = NULL; /* name offsets: the pool moves while it grows */
  char buf[32768] __attribute__((aligned(8)));
  for (;;) {
    ssize_t got = getdents64(fd, buf, sizeof buf);
    if (got < 0 && errno == EINTR) continue;
    if (got <= 0) { /* the end, or an error: what was read is walked */
      *whole = got == 0;
      break;
    }
    for (ssize_t o = 0; o < got;) {
      const struct dirent64 *e = (const struct dirent64 *)(buf + o);
      o += e->d_reclen;
      const char *nm = e->d_name;
      if (nm[0] == '.' && (!nm[1] || (nm[1] == '.' && !nm[2]))) continue;
      size_t len = strlen(nm) + 1;
      if (n == cap) {
        cap = cap ? cap * 2 : 32;
        names = base_xrealloc(names, cap * sizeof *names);
        offs = base_xrealloc(offs, cap * sizeof *offs);
      }
      if (used + len > pool_cap) {
        pool_cap = pool_cap ? pool_cap * 2 : 1024;
        if (pool_cap < used + len) pool_cap = used + len;
        names_pool = base_xrealloc(names_pool, pool_cap);
      }
      memcpy(names_pool + used, nm, len);
      offs[n] = used;
      used += len;
      names[n].type = e->d_type;
      names[n].link = e->d_type == DT_LNK;
      names[n].dir = e->d_type == DT_DIR;
      names[n].st = NULL;
      n++;
    }
  }
  for (size_t i = 0; i < n; i++)
    names[i].name = names_pool + offs[i];
  free(offs);
  *out = names;
  *pool = names_pool;
  return n;
}

/* Whether resolved path r is dir or below it (both canonical: realpath). */
static bool path_within(const char *r, const char *dir, size_t n) {
  if (strncmp(r, dir, n) != 0) return false;
  return r[n] == 0 || r[n] == '/' || (n == 1 && dir[0] == '/');
}

/* Where the kernel keeps processes, devices and its own state: never inputs,
 * and /proc/PID/cwd and /proc/PID/root lead back into the whole host. */
static const char *const system_dirs[] = {"/proc", "/sys", "/dev"};

/* The skip reason for a symlink at path (from the working directory), or
 * NULL to follow it. The link is resolved by the kernel (realpath: every
 * component, "..", and links inside links), and the answer compared with the
 * resolved scan root one component at a time, so "../root-sibling" and
 * "/root2" are both outside "/root". A link that does not resolve is left to
 * the stat that follows ("unreadable", or "symlink loop"). */
static const char *symlink_verdict(const walker *wk, const char *path) {
  char *r = realpath(path, NULL);
  if (!r) return NULL;
  const char *why = NULL;
  if (wk->o->follow_symlinks) {
    for (size_t j = 0; j < sizeof system_dirs / sizeof *system_dirs && !why; j++)
      if (path_within(r, system_dirs[j], strlen(system_dirs[j]))) why = "system directory";
  } else if (!wk->root_real || !path_within(r, wk->root_real, wk->root_len)) {
    why = "outside the scan root";
  }
  free(r);
  return why;
}

/* With follow_symlinks, a followed link to "/" reaches the real /proc,
 * /sys and /dev, which are directories, not links: a directory on another
 * device than its parent (a mount point; rare, so realpath only there) is
 * checked against them too. */
static const char *mount_verdict(const walker *wk, const char *path, dev_t dev, dev_t parent) {
  if (!wk->o->follow_symlinks || dev == parent) return NULL;
  return symlink_verdict(wk, path);
}

/* A directory read now: its listing to the tf_listing hook when it holds a
 * Terraform module file (walk.h). A copy sorted by strcmp: the walk's own
 * order puts a directory "a" after "a-b" (as "a/"). */
static int cmp_dir_entry(const void *a, const void *b) {
  return strcmp(((const base_dir_entry *)a)->name, ((const base_dir_entry *)b)->name);
}

/* A name root finding lists a directory for (iac_tf_listed): not a dotfile */
static bool tf_module_name(const char *nm) {
  return nm[0] != '.' && (has_suffix(nm, ".tf") || has_suffix(nm, ".tf.json"));
}

static void offer_listing(walker *wk, const char *path, const entry *names, size_t n,
                          const struct stat *st) {
  size_t i = 0;
  while (i < n && !tf_module_name(names[i].name))
    i++;
  if (i == n) return;
  base_dir_entries e = {base_xmalloc(n * sizeof *e.v), n, 0};
  for (i = 0; i < n; i++)
    e.v[i] = (base_dir_entry){base_xstrndup(names[i].name, strlen(names[i].name)), names[i].type};
  qsort(e.v, n, sizeof *e.v, cmp_dir_entry);
  wk->o->tf_listing(wk->o->tf_seen_ctx, path, &e, st);
}

/* pfd/name: the directory to open (name relative to pfd); path: the same from
 * the working directory, for the file list; rel: its report name ("" for a
 * scan root). path and rel are in the walk's arena: the list keeps them. */
/* The entries of a listing an earlier walk kept (the `listed` hook), when it
 * still holds: its signature is valid and the directory's stat (st) is it. */
static size_t listed_entries(walker *wk, const char *path, const struct stat *st, entry **out,
                             const engine_walk_listing **from) {
  const engine_walk_listing *l = wk->o->listed ? wk->o->listed(wk->o->listed_ctx, path) : NULL;
  base_file_sig now = base_file_sig_of_stat(st);
  if (!l || !l->sig.valid || memcmp(&now, &l->sig, sizeof now) != 0) return SIZE_MAX;
  entry *names = base_xcalloc(l->n + 1, sizeof *names);
  for (size_t i = 0; i < l->n; i++) {
    names[i].name = l->names[i].name;
    names[i].type = l->names[i].type;
    names[i].link = l->names[i].type == DT_LNK;
    names[i].dir = l->names[i].type == DT_DIR;
  }
  *out = names;
  *from = l;
  return l->n;
}

/* Keeps a directory's listing for the next walk (keep_stats): `from` when it
 * came from there, else names[0..n) as read and sorted, signed when the
 * directory was old enough before it was read (st; NULL: it could not be
 * read whole). */
static void keep_listing(walker *wk, const char *path, const struct stat *st, const entry *names,
                         size_t n, const engine_walk_listing *from) {
  engine_walk *w = wk->w;
  w->listings = base_grow(w->listings, &w->cap_listings, w->n_listings + 1, sizeof *w->listings);
  if (from) {
    w->listings[w->n_listings++] = *from;
    w->n_listed++;
    return;
  }
  engine_walk_name *nn = base_arena_alloc(&w->arena, (n + 1) * sizeof *nn);
  for (size_t i = 0; i < n; i++)
    nn[i] = (engine_walk_name){base_arena_strdup(&w->arena, names[i].name), names[i].type};
  base_file_sig sig = {0};
  if (st && st->st_mtim.tv_sec < wk->now - 2 && st->st_ctim.tv_sec < wk->now - 2)
    sig = base_file_sig_of_stat(st);
  w->listings[w->n_listings++] = (engine_walk_listing){path, sig, nn, n};
}

/* Whether the file just listed is dir's first Terraform module file: then
 * the tf_dir hook hears of dir (walk.h). */
static bool announce_tf_dir(walker *wk, const char *dir) {
  const engine_walk *w = wk->w;
  if (!wk->o->tf_dir || !w->n_files) return false;
  const engine_walk_file *f = &w->files[w->n_files - 1];
  if (f->kind != ENGINE_FILE_TERRAFORM || f->dir != dir || strstr(f->rel, ".tfvars")) return false;
  wk->o->tf_dir(wk->o->tf_dir_ctx, dir);
  return true;
}

/* pfd/name: the directory to open (name relative to pfd; AT_FDCWD: name is
 * path); path: the same from the working directory, for the file list; rel:
 * its report name ("" for a scan root); st: what stat said of it. path and
 * rel are in the walk's arena: the list keeps them. A directory whose entries
 * are taken from an earlier walk (listed_entries) is not opened: what is in
 * it is then stat'ed and opened by path. */
static void walk_dir(walker *wk, int pfd, const char *name, const char *path, const char *rel,
                     dirkey key, const struct stat *dst) {
  entry *names;
  char *pool = NULL;
  const engine_walk_listing *from = NULL;
  size_t n = wk->o->keep_stats ? listed_entries(wk, path, dst, &names, &from) : SIZE_MAX;
  int fd = AT_FDCWD;
  bool whole = true;
  if (n == SIZE_MAX) {
    fd = openat(pfd, pfd == AT_FDCWD ? path : name, O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NOCTTY);
    if (fd < 0 && (errno == EMFILE || errno == ENFILE) && pfd != AT_FDCWD)
      fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NOCTTY); /* deep: one fd per level */
    if (fd < 0) {
      add_skip(wk, path, rel[0] ? rel : path, "unreadable");
      return;
    }
    n = read_entries(fd, &names, &pool, &whole);
  }
  /* not opened: its entries by path */
  for (size_t i = 0; i < n; i++)
    names[i].at = fd == AT_FDCWD ? join(wk, path, names[i].name) : names[i].name;
  for (size_t i = 0; i < n; i++) {
    if (names[i].type == DT_UNKNOWN) {
      struct stat lst;
      names[i].link =
          stat_at(wk, fd, names[i].at, &lst, AT_SYMLINK_NOFOLLOW) == 0 && S_ISLNK(lst.st_mode);
    }
    if (names[i].type != DT_DIR && names[i].type != DT_REG) {
      /* a symlink, or a file system without d_type: the order needs to know */
      struct stat st;
      names[i].dir = entry_stat(wk, &names[i], fd, &st) == 0 && S_ISDIR(st.st_mode);
    }
  }
  /* a listing an earlier walk kept is in this order already (it is kept
   * sorted, just below): checked, not sorted again (qsort's merge sort
   * compared and copied every entry of every directory of a warm scan) */
  bool sorted = true;
  for (size_t i = 1; i < n && sorted; i++)
    sorted = cmp_names(&names[i - 1], &names[i]) < 0;
  if (!sorted) qsort(names, n, sizeof *names, cmp_names);
  if (wk->o->keep_stats) keep_listing(wk, path, whole ? dst : NULL, names, n, from);
  if (wk->o->tf_listing && fd != AT_FDCWD && whole && dst) offer_listing(wk, path, names, n, dst);

  if (wk->depth == wk->cap_stack) {
    wk->cap_stack = wk->cap_stack ? wk->cap_stack * 2 : 32;
    wk->stack = base_xrealloc(wk->stack, wk->cap_stack * sizeof *wk->stack);
  }
  wk->stack[wk->depth++] = key;
  /* every file of this directory shares this one copy of its path (module
   * grouping and the readers' directory cache compare the pointer) */
  const char *dir_copy = path;
  bool announced = false; /* o->tf_dir */

  for (size_t i = 0; i < n; i++) {
    const char *nm = names[i].name;
    if (names[i].type == DT_DIR && is_skip_dir(nm)) continue; /* not an input */
    char *cpath = fd == AT_FDCWD ? (char *)names[i].at : join(wk, path, nm);
    const char *crel = rel_of(wk, cpath, rel, nm);
    /* the file list keeps the name: files are opened relative to their directory */
    const char *base = cpath + strlen(cpath) - strlen(nm);
    struct stat st;
    const char *why = names[i].link ? symlink_verdict(wk, cpath) : NULL;
    if (why) {
      add_skip(wk, cpath, crel, why);
    } else if (names[i].type == DT_REG) {
      /* a regular file (not a symlink: those say DT_LNK and are stat'ed, to
       * follow them): no stat, which was one system call per file (an
       * incremental scan stats them when it looks the unit up, on the
       * scan's threads, where the walk has one) */
      add_regular(wk, fd, base, cpath, crel, dir_copy, NULL, false);
      if (!announced) announced = announce_tf_dir(wk, dir_copy);
    } else if (entry_stat(wk, &names[i], fd, &st) != 0) {
      /* dangling symlink, permission on a parent, or deleted under us */
      add_skip(wk, cpath, crel, "unreadable");
    } else if (S_ISDIR(st.st_mode)) {
      dirkey k = {st.st_dev, st.st_ino};
      keep_stat(wk, cpath, &st);
      if (is_skip_dir(nm)) {
        /* a symlink named like one: not an input either */
      } else if ((why = mount_verdict(wk, cpath, st.st_dev, key.dev))) {
        add_skip(wk, cpath, crel, why);
      } else if (wk->o->exclude && wk->o->exclude(wk->o->exclude_ctx, crel, true)) {
        add_skip(wk, cpath, crel, "excluded");
      } else if (on_stack(wk, k)) {
        add_skip(wk, cpath, crel, "symlink loop");
      } else if (!seen_insert(wk, k)) {
        add_skip(wk, cpath, crel, "already scanned");
      } else {
        walk_dir(wk, fd, base, cpath, crel, k, &st);
      }
    } else if (S_ISREG(st.st_mode)) {
      add_regular(wk, fd, base, cpath, crel, dir_copy, &st, false);
      if (!announced) announced = announce_tf_dir(wk, dir_copy);
    } else {
      /* FIFOs, sockets and devices are never opened: reading one could block */
      add_skip(wk, cpath, crel, "not a regular file");
    }
  }
  wk->depth--;
  if (fd != AT_FDCWD) close(fd);
  for (size_t i = 0; i < n; i++)
    free(names[i].st);
  free(names);
  free(pool);
}

/* "./a//b/" -> "a/b"; "." and "./" -> "" */
static char *normalise(base_arena *a, const char *p) {
  return base_path_normalise(a, p, false);
}

int engine_walk_paths(engine_walk *w, const char *const *paths, size_t n,
                      const engine_walk_options *o) {
  static const engine_walk_options defaults = {0};
  memset(w, 0, sizeof *w);
  base_arena_init(&w->arena);
  walker wk = {.w = w, .o = o ? o : &defaults, .now = time(NULL), .root_fd = -1};
  wk.max_size = wk.o->max_file_size ? wk.o->max_file_size : IAC_DEFAULT_MAX_FILE_SIZE;
  int rc = 0;
  for (size_t i = 0; i < n; i++) {
    /* in the arena: the file list keeps pointers to it */
    const char *root = base_arena_strdup(&w->arena, paths[i]);
    struct stat st;
    if (stat(root, &st) != 0) {
      if (!w->error) w->error = base_arena_printf(&w->arena, "%s: %s", root, base_strerror(errno));
      rc = -1;
      continue;
    }
    const char *norm = normalise(&w->arena, root);
    if (S_ISDIR(st.st_mode)) {
      dirkey k = {st.st_dev, st.st_ino};
      if (!seen_insert(&wk, k)) continue; /* the same directory given twice */
      keep_stat(&wk, root, &st);
      /* symlinks are judged against where the root really is (NULL when it
       * cannot be resolved: then none is followed) */
      wk.root_real = realpath(root, NULL);
      wk.root_len = wk.root_real ? strlen(wk.root_real) : 0;
      wk.root_kept = wk.root_real ? base_arena_strdup(&w->arena, wk.root_real) : NULL;
      if (wk.o->listed) { /* a directory that fails to open: stat'ed by path */
        wk.root_fd = open(root, O_PATH | O_DIRECTORY | O_CLOEXEC);
        wk.root_path = root;
        wk.root_path_len = strlen(root);
      }
      /* one directory: report paths relative to it; several: keep them apart */
      walk_dir(&wk, AT_FDCWD, root, root, n == 1 ? "" : norm, k, &st);
      if (wk.root_fd >= 0) close(wk.root_fd);
      wk.root_fd = -1;
      free(wk.root_real);
      wk.root_real = NULL;
      wk.root_kept = NULL;
    } else if (S_ISREG(st.st_mode)) {
      char *real = realpath(root, NULL); /* the file is all this scan path covers */
      wk.root_kept = real ? base_arena_strdup(&w->arena, real) : NULL;
      free(real);
      char *dir = base_arena_strdup(&w->arena, root);
      char *slash = strrchr(dir, '/');
      if (slash && slash != dir)
        *slash = 0;
      else
        dir = slash ? "/" : ".";
      add_regular(&wk, AT_FDCWD, root, root, norm[0] ? norm : root, dir, &st, true);
      wk.root_kept = NULL;
    } else {
      add_skip(&wk, root, norm, "not a regular file");
    }
  }
  free(wk.seen);
  free(wk.stack);
  if (wk.o->keep) { /* after the walk: the order and the classification are the walk's own */
    size_t k = 0;
    for (size_t i = 0; i < w->n_files; i++)
      if (wk.o->keep(wk.o->keep_ctx, w->files[i].path))
        w->files[k++] = w->files[i];
      else
        w->n_left_out++;
    w->n_files = k;
  }
  return rc;
}

void engine_walk_free(engine_walk *w) {
  free(w->files);
  free(w->stats);
  free(w->listings);
  base_arena_free(&w->arena);
  memset(w, 0, sizeof *w);
}
