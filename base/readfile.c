/* readfile.c — reading one input file (see readfile.h). */
#define _GNU_SOURCE /* O_PATH */
#include "readfile.h"

#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <nettle/sha2.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "alloc.h"

/* Bytes looked at for NUL when deciding that a file is binary (git's heuristic). */
enum { BINARY_PROBE = 8000 };

/* ENGINE_SIZE_REGULAR: the first read's buffer, on the stack (most IaC files
 * fit: the synthetic repo's largest is 11 KB, the CloudFormation corpus's
 * median 6 KB). */
enum { FIRST_READ = 16 * 1024 };

/* Whether fd is (still) a regular file; its size in *size, what fstat said
 * in *seen (when not NULL). */
static bool regular_fd_stat(int fd, uint64_t *size, struct stat *seen) {
  struct stat st;
  if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) return false;
  if (size) *size = (uint64_t)st.st_size;
  if (seen) *seen = st;
  return true;
}

static bool regular_fd(int fd, uint64_t *size) {
  return regular_fd_stat(fd, size, NULL);
}

/* ENGINE_SIZE_REGULAR: the first read() goes into a buffer on the stack; a
 * file that ends in it (nearly all) is then copied into a malloc'd buffer of
 * its exact size. Returns that buffer, or NULL with *why set, or NULL with
 * *why NULL when the file goes on past the first buffer: then *size is its
 * fstat size and first[0..*got) is what was read. */
static char *read_first(int fd, uint64_t max, char *first, size_t *got, uint64_t *size, size_t *len,
                        const char **why) {
  ssize_t r;
  do
    r = read(fd, first, FIRST_READ);
  while (r < 0 && errno == EINTR);
  if (r < 0) {
    *why = regular_fd(fd, NULL) ? "unreadable" : "not a regular file";
    return NULL;
  }
  if (r > 0 && r < FIRST_READ) {
    /* a short read of a regular file is its end */
    if ((uint64_t)r > max) {
      *why = "too large";
      return NULL;
    }
    char *buf = base_xmalloc((size_t)r + 1);
    memcpy(buf, first, (size_t)r);
    buf[r] = 0;
    *len = (size_t)r;
    return buf;
  }
  /* nothing (an empty file, or no longer a regular one) or a full buffer:
   * now the file's type and size are worth an fstat */
  if (!regular_fd(fd, size)) {
    *why = "not a regular file";
    return NULL;
  }
  if (*size > max) {
    *why = "too large";
    return NULL;
  }
  *got = (size_t)r;
  return NULL;
}

/* Reads a whole file, NUL-terminated. Returns NULL with a skip reason.
 * `size` is what the walker's stat saw: the file is read with room for one
 * byte more, so a regular file that did not change takes a single read(),
 * which comes back short with exactly `size` bytes: open, read, close, and no
 * second stat. Anything else (the file grew or shrank, or was replaced by a
 * FIFO, device or directory since the walk) is checked with fstat: not a
 * regular file is skipped as such, a grown file is read on up to the limit.
 * With CLI_SIZE_UNKNOWN the file is fstat'ed first; with ENGINE_SIZE_REGULAR
 * (readdir said regular, nobody stat'ed it) see read_first. */
char *base_read_file(const char *path, uint64_t size, uint64_t max, size_t *len, const char **why) {
  char *buf = base_read_file_at(AT_FDCWD, path, size, max, len, why);
  base_read_log_note(path, max, buf, buf ? *len : 0, buf ? NULL : *why, buf ? 0 : errno);
  return buf;
}

static char *read_at(int dirfd, const char *name, uint64_t size, uint64_t max, size_t *len,
                     const char **why, struct stat *seen);

char *base_read_file_at(int dirfd, const char *name, uint64_t size, uint64_t max, size_t *len,
                        const char **why) {
  return read_at(dirfd, name, size, max, len, why, NULL);
}

/* seen (CLI_SIZE_UNKNOWN only): what fstat said of the file before its bytes
 * were read; st_ino 0 and st_dev 0 when it was not stat'ed. */
static char *read_at(int dirfd, const char *name, uint64_t size, uint64_t max, size_t *len,
                     const char **why, struct stat *seen) {
  if (seen) memset(seen, 0, sizeof *seen);
  errno = 0; /* a failure's errno is logged (base_read_log_note): no stale one */
  /* O_NONBLOCK: opening a FIFO waits for a writer otherwise (and reading
   * one for data); O_NOCTTY: a terminal never becomes ours */
  int fd = openat(dirfd, name, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
  if (fd < 0) {
    /* a socket cannot be opened at all: say what it is, not "unreadable" */
    struct stat st;
    bool special = fstatat(dirfd, name, &st, 0) == 0 && !S_ISREG(st.st_mode);
    *why = special ? "not a regular file" : "unreadable";
    return NULL;
  }
  bool checked = false; /* fstat said regular */
  size_t n = 0;
  char first[FIRST_READ];
  if (size == ENGINE_SIZE_REGULAR) {
    *why = NULL;
    char *whole = read_first(fd, max, first, &n, &size, len, why);
    if (whole || *why) {
      close(fd);
      return whole;
    }
    checked = true;
  } else if (size == CLI_SIZE_UNKNOWN) {
    if (!regular_fd_stat(fd, &size, seen)) {
      close(fd);
      *why = "not a regular file";
      return NULL;
    }
    checked = true;
  }
  if (size > max) {
    close(fd);
    *why = "too large";
    return NULL;
  }
  size_t cap = (size_t)size + 2;
  if (cap < n + 2) cap = n + 2; /* shrank since the first read */
  char *buf = base_xmalloc(cap);
  if (n) memcpy(buf, first, n);
  for (;;) {
    if (n + 1 == cap) {
      /* the file grew since the walk: keep reading up to the limit */
      if (n >= max) {
        *why = "too large";
        goto fail;
      }
      cap = cap * 2 > max + 1 ? (size_t)max + 1 : cap * 2;
      buf = base_xrealloc(buf, cap);
    }
    size_t want = cap - 1 - n;
    ssize_t r = read(fd, buf + n, want);
    if (r < 0 && errno == EINTR) continue;
    if (r < 0) {
      *why = checked || regular_fd(fd, NULL) ? "unreadable" : "not a regular file";
      goto fail;
    }
    if (r > 0) n += (size_t)r;
    /* a short read of a regular file is its end: the walker's size, as expected */
    if (n == size && (size_t)r < want) break;
    if (!checked) {
      if (!regular_fd(fd, NULL)) {
        *why = "not a regular file";
        goto fail;
      }
      checked = true;
    }
    if (r == 0) break;
  }
  close(fd);
  buf[n] = 0;
  *len = n;
  return buf;
fail:
  free(buf);
  close(fd);
  return NULL;
}

/* NUL bytes in the first block mean binary, except UTF-16/32 text that says so
 * with a byte-order mark (libyaml reads UTF-16; the loader decides). */
bool base_looks_binary(const char *buf, size_t len) {
  const unsigned char *u = (const unsigned char *)buf;
  if (len >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF))) return false;
  return memchr(buf, 0, len < BINARY_PROBE ? len : BINARY_PROBE) != NULL;
}

/* Nothing but whitespace: no document to check, in any format (an empty
 * JSON file is not even valid JSON). */
bool base_is_blank(const char *buf, size_t len) {
  for (size_t i = 0; i < len; i++)
    if (buf[i] != ' ' && buf[i] != '\t' && buf[i] != '\n' && buf[i] != '\r') return false;
  return true;
}

/* O_PATH: the descriptor only anchors lookups (no read permission needed,
 * nothing read). A directory that cannot be opened leaves fd -1: its files
 * are then opened by their whole path, and fail or not as they would. */
int base_dir_cache_fd(base_dir_cache *c, const char *dir) {
  if (c->dir == dir) return c->fd;
  base_dir_cache_close(c);
  c->dir = dir;
  c->fd = open(dir, O_PATH | O_DIRECTORY | O_CLOEXEC);
  return c->fd;
}

void base_dir_cache_close(base_dir_cache *c) {
  if (c->dir && c->fd >= 0) close(c->fd);
  c->dir = NULL;
  c->fd = -1;
}

/* ---- the read log ------------------------------------------------------------------ */

/* The log this thread records into, or NULL (readfile.h). */
static _Thread_local base_read_log *recording;

void base_read_log_begin(base_read_log *l) {
  base_read_log_clear(l);
  recording = l;
}

void base_read_log_end(void) {
  recording = NULL;
}

bool base_read_log_recording(void) {
  return recording != NULL;
}

void base_read_log_clear(base_read_log *l) {
  for (size_t i = 0; i < l->n; i++)
    free(l->e[i].path);
  l->n = 0;
}

void base_read_log_free(base_read_log *l) {
  base_read_log_clear(l);
  free(l->e);
  l->e = NULL;
  l->cap = 0;
}

/* A field into the digest, with its length: fields never run together. */
static void put(struct sha256_ctx *c, const void *p, size_t n) {
  uint64_t len = n;
  sha256_update(c, sizeof len, (const uint8_t *)&len);
  if (n) sha256_update(c, n, p);
}

/* The digest of a read: its bytes, or its failure (reason and errno: the
 * loader's message may quote strerror). */
void base_read_digest(const char *buf, size_t len, const char *why, int err, uint8_t out[32]) {
  struct sha256_ctx c;
  sha256_init(&c);
  if (buf) {
    put(&c, "ok", 2);
    put(&c, buf, len);
  } else {
    put(&c, why ? why : "", why ? strlen(why) : 0);
    put(&c, &err, sizeof err);
  }
  sha256_digest(&c, 32, out);
}

static int cmp_names(const void *a, const void *b) {
  return strcmp(((const base_dir_entry *)a)->name, ((const base_dir_entry *)b)->name);
}

void base_dir_list(const char *dir, base_dir_entries *out) {
  *out = (base_dir_entries){0};
  DIR *d = opendir(dir);
  if (!d) {
    out->err = errno ? errno : EIO;
    return;
  }
  size_t cap = 0;
  struct dirent *de;
  while ((de = readdir(d))) {
    const char *nm = de->d_name;
    if (nm[0] == '.' && (!nm[1] || (nm[1] == '.' && !nm[2]))) continue;
    out->v = base_grow(out->v, &cap, out->n + 1, sizeof *out->v);
    out->v[out->n++] = (base_dir_entry){base_xstrndup(nm, strlen(nm)), de->d_type};
  }
  closedir(d);
  if (out->n > 1) qsort(out->v, out->n, sizeof *out->v, cmp_names);
}

void base_dir_entries_free(base_dir_entries *e) {
  for (size_t i = 0; i < e->n; i++)
    free(e->v[i].name);
  free(e->v);
  *e = (base_dir_entries){0};
}

/* The sorted entry names of a listing, each with its d_type (a file that
 * becomes a directory counts as a change); an unreadable directory digests
 * its errno. */
void base_dir_digest(const base_dir_entries *e, uint8_t out[32]) {
  struct sha256_ctx c;
  sha256_init(&c);
  if (e->err) {
    put(&c, "error", 5);
    put(&c, &e->err, sizeof e->err);
    sha256_digest(&c, 32, out);
    return;
  }
  put(&c, "dir", 3);
  for (size_t i = 0; i < e->n; i++) {
    put(&c, e->v[i].name, strlen(e->v[i].name));
    put(&c, &e->v[i].type, 1);
  }
  sha256_digest(&c, 32, out);
}

static void dir_digest(const char *dir, uint8_t out[32]) {
  base_dir_entries e;
  base_dir_list(dir, &e);
  base_dir_digest(&e, out);
  base_dir_entries_free(&e);
}

/* realpath(path) and the bytes there (read with base_read_file's rules). */
static void probe_digest(const char *path, uint64_t max, uint8_t out[32]) {
  struct sha256_ctx c;
  sha256_init(&c);
  char real[PATH_MAX];
  if (!realpath(path, real)) {
    int err = errno;
    put(&c, "error", 5);
    put(&c, &err, sizeof err);
  } else {
    put(&c, real, strlen(real));
    size_t len = 0;
    const char *why = NULL;
    char *buf = base_read_file_at(AT_FDCWD, real, CLI_SIZE_UNKNOWN, max, &len, &why);
    uint8_t d[32];
    base_read_digest(buf, len, why, buf ? 0 : errno, d);
    free(buf);
    put(&c, d, sizeof d);
  }
  sha256_digest(&c, 32, out);
}

/* st as a signature, or an invalid one when it changed too recently to be
 * told apart from a change to come. */
static base_file_sig sig_of(const struct stat *stp, bool check_racy) {
  base_file_sig g = {0};
  const struct stat st = *stp;
  if (check_racy) {
    struct timespec now;
    clock_gettime(CLOCK_REALTIME, &now);
    if (st.st_mtim.tv_sec >= now.tv_sec - 2 || st.st_ctim.tv_sec >= now.tv_sec - 2) return g;
  }
  g = (base_file_sig){1,
                      (uint64_t)st.st_dev,
                      (uint64_t)st.st_ino,
                      (uint64_t)st.st_size,
                      st.st_mtim.tv_sec,
                      st.st_mtim.tv_nsec,
                      st.st_ctim.tv_sec,
                      st.st_ctim.tv_nsec};
  return g;
}

/* path's stat signature, or an invalid one when it changed too recently (or
 * cannot be stat'ed). */
static base_file_sig file_sig(const char *path, bool check_racy) {
  struct stat st;
  if (stat(path, &st) != 0) return (base_file_sig){0};
  return sig_of(&st, check_racy);
}

base_file_sig base_file_sig_of_stat(const struct stat *st) {
  return sig_of(st, false);
}

base_file_sig base_file_sig_of_stat_racy(const struct stat *st) {
  return sig_of(st, true);
}

base_file_sig base_file_sig_now(const char *path) {
  return file_sig(path, false);
}

char *base_read_file_signed(const char *path, uint64_t max, size_t *len, const char **why,
                            base_file_sig *sig) {
  struct stat st;
  char *buf = read_at(AT_FDCWD, path, CLI_SIZE_UNKNOWN, max, len, why, &st);
  /* signed by the fstat made before the read: a change after it gives the
   * file another signature, unless it came within the time stamps'
   * granularity of the last one, which the racy check turns away */
  *sig = buf && (st.st_ino || st.st_dev) ? sig_of(&st, true) : (base_file_sig){0};
  return buf;
}

/* The entry for (kind, path) in the recording log: found, or added. */
static base_read_entry *log_entry(base_read_log *l, base_read_kind kind, const char *path,
                                  uint64_t max, bool *fresh) {
  for (size_t i = 0; i < l->n; i++)
    if (l->e[i].kind == kind && l->e[i].max == max && !strcmp(l->e[i].path, path)) {
      *fresh = false;
      return &l->e[i];
    }
  l->e = base_grow(l->e, &l->cap, l->n + 1, sizeof *l->e);
  base_read_entry *e = &l->e[l->n++];
  *e = (base_read_entry){kind, base_xstrndup(path, strlen(path)), max, {0}, {0}};
  *fresh = true;
  return e;
}

void base_read_log_note(const char *path, uint64_t max, const char *buf, size_t len,
                        const char *why, int err) {
  if (!recording) return;
  bool fresh;
  base_read_entry *e = log_entry(recording, BASE_READ_FILE, path, max, &fresh);
  /* read twice in one unit: the first read is what the unit was built from */
  if (!fresh) return;
  base_read_digest(buf, len, why, err, e->digest);
  /* after the read: a change in between is recent, so not signed */
  if (buf) e->sig = file_sig(path, true);
}

void base_read_log_note_known(const char *path, uint64_t max, const uint8_t digest[32],
                              const base_file_sig *sig) {
  if (!recording) return;
  bool fresh;
  base_read_entry *e = log_entry(recording, BASE_READ_FILE, path, max, &fresh);
  if (!fresh) return;
  memcpy(e->digest, digest, sizeof e->digest);
  e->sig = *sig;
}

void base_read_log_dir(const char *dir) {
  if (!recording) return;
  bool fresh;
  base_read_entry *e = log_entry(recording, BASE_READ_DIR, dir, 0, &fresh);
  if (!fresh) return;
  e->sig = file_sig(dir, true); /* before the listing: an entry added after is recent */
  dir_digest(dir, e->digest);
}

void base_read_log_dir_known(const char *dir, const uint8_t digest[32], const base_file_sig *sig) {
  if (!recording) return;
  bool fresh;
  base_read_entry *e = log_entry(recording, BASE_READ_DIR, dir, 0, &fresh);
  if (!fresh) return;
  memcpy(e->digest, digest, sizeof e->digest);
  e->sig = *sig;
}

base_file_sig base_file_sig_racy(const char *path) {
  return file_sig(path, true);
}

void base_read_log_probe(const char *path, uint64_t max) {
  if (!recording) return;
  bool fresh;
  base_read_entry *e = log_entry(recording, BASE_READ_PROBE, path, max, &fresh);
  if (!fresh) return;
  base_read_log *l = recording;
  recording = NULL; /* the probe's own read is not a read of the unit */
  probe_digest(path, max, e->digest);
  recording = l;
}

bool base_read_entry_current(const base_read_entry *e) {
  if (e->sig.valid && e->kind != BASE_READ_PROBE) {
    base_file_sig now = file_sig(e->path, false);
    if (!memcmp(&now, &e->sig, sizeof now)) return true;
  }
  uint8_t d[32];
  switch (e->kind) {
  case BASE_READ_FILE: {
    size_t len = 0;
    const char *why = NULL;
    char *buf = base_read_file_at(AT_FDCWD, e->path, CLI_SIZE_UNKNOWN, e->max, &len, &why);
    base_read_digest(buf, len, why, buf ? 0 : errno, d);
    free(buf);
    break;
  }
  case BASE_READ_DIR: dir_digest(e->path, d); break;
  case BASE_READ_PROBE: probe_digest(e->path, e->max, d); break;
  default: return false;
  }
  return !memcmp(d, e->digest, sizeof d);
}
