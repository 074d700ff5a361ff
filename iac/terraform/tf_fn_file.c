/* tf_fn_file.c — Terraform's file and path functions: all known at plan
 * time, so Vigil computes them instead of saying "unsupported function".
 *
 * Files: a relative path is resolved against the root module's directory
 * (Terraform's working directory, = path.root = path.cwd); write
 * "${path.module}/x" for a module's own files, as in Terraform. A file is read
 * only when its real path lies inside the root module's directory or the
 * directory of the module calling the function (a symlink or "../" cannot reach
 * outside what is scanned) and within the unit's file size limit; otherwise the
 * result is unknown with the reason — a rule never sees a guess.
 * pathexpand("~...") is unknown: it depends on where Terraform runs. */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "path.h"
#include "readfile.h"
#include "tf_fn.h"
#include "utf8.h"

/* ---- paths ------------------------------------------------------------------------ */

/* Lexical cleaning as Go's filepath.Clean ("" is "."). */
static char *clean(base_arena *a, const char *p) {
  char *r = base_path_normalise(a, p, true);
  return *r ? r : base_arena_strdup(a, ".");
}

static const char *base_name(base_arena *a, const char *p, size_t n) {
  while (n > 1 && p[n - 1] == '/')
    n--;
  if (n == 0) return ".";
  size_t i = n;
  while (i > 0 && p[i - 1] != '/')
    i--;
  if (i == n) return "/"; /* only slashes */
  return base_arena_strndup(a, p + i, n - i);
}

static const char *dir_name(base_arena *a, const char *p, size_t n) {
  size_t i = n;
  while (i > 0 && p[i - 1] != '/')
    i--;
  return clean(a, i ? base_arena_strndup(a, p, i) : ".");
}

/* Relative to path.cwd: Terraform runs in the root module's directory. */
static const char *absolute(tf_scope *s, base_arena *a, const char *p) {
  if (p[0] == '/') return clean(a, p);
  return clean(a, base_arena_printf(a, "%s/%s", iac_tf_path_value(s, "cwd"), p));
}

static bool inside(const char *real, const char *root) {
  size_t n = strlen(root);
  if (n == 1 && root[0] == '/') return true;
  return !strncmp(real, root, n) && (real[n] == 0 || real[n] == '/');
}

/* realpath(dir) into buf: the module loader's memo when there is one. */
static const char *dir_real(tf_fcall *f, const char *dir, char buf[PATH_MAX]) {
  const tf_refs *refs = f->s->ev->refs;
  if (refs && refs->real_dir) return refs->real_dir(f->s, dir);
  return realpath(dir, buf);
}

static bool allowed(tf_fcall *f, const char *real) {
  char buf[PATH_MAX];
  const char *r = dir_real(f, iac_tf_root_dir(f->s), buf);
  if (r && inside(real, r)) return true;
  r = dir_real(f, iac_tf_module_dir(f->s), buf);
  return r && inside(real, r);
}

/* realpath(path, real), its directory through dir_real: libc's realpath
 * reads the link of every component on every call (templatefile() calls
 * made 325 readlinks on the Terraform corpus), the memo resolves a
 * directory once per scan, and then the file's own name costs one lstat.
 * A symbolic link there, or anything that fails (for realpath's errno), is
 * left to realpath whole; so is a name that is "." or "..". */
static char *real_file_sys(tf_fcall *f, const char *path, char real[PATH_MAX]) {
  const char *slash = strrchr(path, '/');
  const char *name = slash ? slash + 1 : path;
  if (!slash || !*name || !strcmp(name, ".") || !strcmp(name, "..")) return realpath(path, real);
  char buf[PATH_MAX];
  const char *dir = slash == path ? "/" : base_arena_strndup(ARENA, path, (size_t)(slash - path));
  const char *rd = dir_real(f, dir, buf);
  struct stat st;
  int n = rd ? snprintf(real, PATH_MAX, "%s/%s", strcmp(rd, "/") ? rd : "", name) : -1;
  if (n < 0 || n >= PATH_MAX || lstat(real, &st) != 0 || S_ISLNK(st.st_mode))
    return realpath(path, real);
  return real;
}

/* One answer of real_file_sys in this root: the real path, or the errno. */
struct tf_real_file {
  const char *path, *real; /* real NULL: failed with err */
  int err;
  uint32_t hash;
};

/* real_file_sys remembered per root (tf_eval.real_files, open addressing):
 * a module instantiated N times calls templatefile() on the same path N
 * times, and every call was an lstat (a failing one, a realpath's readlink
 * per component) — system calls are dear on these VMs. */
static char *real_file(tf_fcall *f, const char *path, char real[PATH_MAX]) {
  tf_eval *ev = f->s->ev;
  uint32_t h = iac_tf_hash(TF_HASH_SEED, path);
  if (ev->real_cap) {
    for (uint32_t i = h & (ev->real_cap - 1);; i = (i + 1) & (ev->real_cap - 1)) {
      const struct tf_real_file *x = &ev->real_files[i];
      if (!x->path) break;
      if (x->hash != h || strcmp(x->path, path)) continue;
      if (!x->real) {
        errno = x->err;
        return NULL;
      }
      memcpy(real, x->real, strlen(x->real) + 1);
      return real;
    }
  }
  char *r = real_file_sys(f, path, real);
  int err = errno;
  if (ev->real_n * 2 >= ev->real_cap) { /* load factor 1/2: double */
    uint32_t ncap = ev->real_cap ? ev->real_cap * 2 : 16;
    struct tf_real_file *nt = base_arena_calloc(ev->a, ncap * sizeof *nt);
    for (uint32_t i = 0; i < ev->real_cap; i++) {
      const struct tf_real_file *x = &ev->real_files[i];
      if (!x->path) continue;
      uint32_t j = x->hash & (ncap - 1);
      while (nt[j].path)
        j = (j + 1) & (ncap - 1);
      nt[j] = *x;
    }
    ev->real_files = nt;
    ev->real_cap = ncap;
  }
  uint32_t i = h & (ev->real_cap - 1);
  while (ev->real_files[i].path)
    i = (i + 1) & (ev->real_cap - 1);
  ev->real_files[i] = (struct tf_real_file){base_arena_strdup(ev->a, path),
                                            r ? base_arena_strdup(ev->a, r) : NULL, err, h};
  ev->real_n++;
  errno = err;
  return r;
}

/* Read the file argument i; NULL with *why set (an unknown) when it cannot be. */
static char *read_arg(tf_fcall *f, uint32_t i, size_t *len, const doc_node **why) {
  size_t pl;
  const char *p = iac_tf_fn_sarg(f, i, &pl);
  if (!p) {
    *why = ERR("%s: the path must be a string", f->fn);
    return NULL;
  }
  base_arena *a = ARENA;
  const char *path = p[0] == '/' ? p : base_arena_printf(a, "%s/%s", iac_tf_root_dir(f->s), p);
  size_t max = f->s->ev->max_file ? f->s->ev->max_file : IAC_DEFAULT_MAX_FILE_SIZE;
  char real[PATH_MAX];
  bool found = real_file(f, path, real) != NULL;
  int why_not = errno;
  bool inside = found && allowed(f, real);
  /* what the result depends on (incremental scans): the bytes of a file it
   * reads; of one outside the scanned directory only where it leads (max
   * 0: not read, for a cache's sake or any other) */
  base_read_log_probe(path, inside || !found ? max : 0);
  if (!found) {
    *why = UNK("%s: cannot read \"%s\": %s", f->fn, p, strerror(why_not));
    return NULL;
  }
  if (!inside) {
    *why = UNK("%s: \"%s\" is outside the scanned directory", f->fn, p);
    return NULL;
  }
  /* O_NONBLOCK: opening a FIFO to read waits for a writer; fstat below
   * then refuses it. read(2), not stdio: fread's buffer setup was a second
   * fstat per file. */
  int fd = open(real, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
  if (fd < 0) {
    *why = UNK("%s: cannot read \"%s\": %s", f->fn, p, strerror(errno));
    return NULL;
  }
  struct stat st;
  if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    close(fd);
    *why = UNK("%s: \"%s\" is not a regular file", f->fn, p);
    return NULL;
  }
  if ((uint64_t)st.st_size > max) {
    close(fd);
    *why = UNK("%s: \"%s\" is larger than the file size limit", f->fn, p);
    return NULL;
  }
  size_t size = (size_t)st.st_size, got = 0;
  char *buf = base_arena_alloc(a, size + 1);
  bool err = false;
  while (got < size) {
    ssize_t r = read(fd, buf + got, size - got);
    if (r < 0 && errno == EINTR) continue;
    if (r <= 0) {
      err = r < 0 || got != size; /* an error, or shorter than fstat said */
      break;
    }
    got += (size_t)r;
  }
  close(fd);
  if (err) {
    *why = UNK("%s: cannot read \"%s\"", f->fn, p);
    return NULL;
  }
  buf[got] = 0;
  *len = got;
  return buf;
}

const doc_node *tf_fn_basename(tf_fcall *f) {
  size_t l0;
  const char *s0 = iac_tf_fn_sarg(f, 0, &l0);
  if (!s0) return ERR("basename: needs a string");
  const char *r = base_name(ARENA, s0, l0);
  return STR(r, strlen(r));
}

const doc_node *tf_fn_dirname(tf_fcall *f) {
  size_t l0;
  const char *s0 = iac_tf_fn_sarg(f, 0, &l0);
  if (!s0) return ERR("dirname: needs a string");
  const char *r = dir_name(ARENA, s0, l0);
  return STR(r, strlen(r));
}

const doc_node *tf_fn_abspath(tf_fcall *f) {
  size_t l0;
  const char *s0 = iac_tf_fn_sarg(f, 0, &l0);
  if (!s0) return ERR("abspath: needs a string");
  const char *r = absolute(f->s, ARENA, base_arena_strndup(ARENA, s0, l0));
  return STR(r, strlen(r));
}

const doc_node *tf_fn_pathexpand(tf_fcall *f) {
  size_t l0;
  const char *s0 = iac_tf_fn_sarg(f, 0, &l0);
  if (!s0) return ERR("pathexpand: needs a string");
  if (s0[0] == '~') return UNK("pathexpand: the home directory is not known from the scan");
  return STR(s0, strlen(s0));
}

/* ---- reading files ------------------------------------------------------------------- */

const doc_node *tf_fn_fileexists(tf_fcall *f) {
  size_t l0;
  const char *s0 = iac_tf_fn_sarg(f, 0, &l0);
  if (!s0) return ERR("fileexists: needs a string");
  const char *p = s0[0] == '/' ? s0 : base_arena_printf(ARENA, "%s/%s", iac_tf_root_dir(f->s), s0);
  base_read_log_probe(p, 0); /* what the result depends on (incremental scans) */
  char real[PATH_MAX];
  if (!real_file(f, p, real)) return BOOL(false);
  if (!allowed(f, real)) return UNK("fileexists: \"%s\" is outside the scanned directory", s0);
  return BOOL(access(real, R_OK) == 0);
}

/* The text of the file argument: *out = the result when it is not text. */
static const char *text_arg(tf_fcall *f, size_t *len, const doc_node **out) {
  const char *src = read_arg(f, 0, len, out);
  if (!src) return NULL;
  if (!base_utf8_valid((const unsigned char *)src, *len) || memchr(src, 0, *len)) {
    size_t l0;
    *out = ERR("%s: \"%s\" is not valid UTF-8 text", f->fn, iac_tf_fn_sarg(f, 0, &l0));
    return NULL;
  }
  return src;
}

const doc_node *tf_fn_file(tf_fcall *f) {
  size_t len;
  const doc_node *why = NULL;
  const char *src = text_arg(f, &len, &why);
  return src ? STR(src, len) : why;
}

static const doc_node *file_hash(tf_fcall *f, tf_hash alg, bool b64out) {
  size_t len;
  const doc_node *why = NULL;
  const char *src = read_arg(f, 0, &len, &why);
  return src ? iac_tf_fn_hash(f, alg, (const uint8_t *)src, len, b64out) : why;
}

const doc_node *tf_fn_filebase64(tf_fcall *f) {
  size_t len;
  const doc_node *why = NULL;
  const char *src = read_arg(f, 0, &len, &why);
  return src ? iac_tf_fn_base64(f, (const uint8_t *)src, len) : why;
}

const doc_node *tf_fn_filemd5(tf_fcall *f) {
  return file_hash(f, TF_MD5, false);
}
const doc_node *tf_fn_filesha1(tf_fcall *f) {
  return file_hash(f, TF_SHA1, false);
}
const doc_node *tf_fn_filesha256(tf_fcall *f) {
  return file_hash(f, TF_SHA256, false);
}
const doc_node *tf_fn_filesha512(tf_fcall *f) {
  return file_hash(f, TF_SHA512, false);
}
const doc_node *tf_fn_filebase64sha256(tf_fcall *f) {
  return file_hash(f, TF_SHA256, true);
}
const doc_node *tf_fn_filebase64sha512(tf_fcall *f) {
  return file_hash(f, TF_SHA512, true);
}

/* ---- templatefile ---------------------------------------------------------------------- */

static const doc_node *templatefile(tf_fcall *f, const char *src, size_t n) {
  const doc_node *vars = f->a[1];
  if (vars->kind != DOC_MAP) return ERR("templatefile: the variables must be a map");
  base_arena *a = ARENA;
  /* the file is a template: parse it as the body of a heredoc */
  static const char mark[] = "VIGIL_TEMPLATEFILE_END";
  if (strstr(src, mark)) return UNK("templatefile: unsupported template");
  bool nl = n > 0 && src[n - 1] == '\n';
  char *wrapped = base_arena_printf(a, "<<%s\n%s%s%s\n", mark, src, nl ? "" : "\n", mark);
  hcl_expr *t = iac_hcl_parse_expr(a, "<templatefile>", wrapped, strlen(wrapped));
  if (!t) return ERR("templatefile: invalid template");
  tf_bind *binds = base_arena_alloc(a, (vars->len + 1) * sizeof *binds);
  tf_scope in = *f->s;
  in.binds = NULL; /* a template sees only its variables */
  for (uint32_t i = 0; i < vars->len; i++) {
    binds[i].name = vars->u.entries[i].key;
    binds[i].val = vars->u.entries[i].val;
    binds[i].next = in.binds;
    in.binds = &binds[i];
  }
  f->s->ev->in_template = true;
  const doc_node *r = f->eval(&in, t);
  f->s->ev->in_template = false;
  if (r->kind == DOC_UNKNOWN) return iac_tf_unknown_like(f->s, r, f->line, f->col);
  if (r->kind != DOC_STRING) return ERR("templatefile: the template is not a string");
  return STR(r->u.str, nl ? r->len : r->len - (r->len > 0));
}

const doc_node *tf_fn_templatefile(tf_fcall *f) {
  if (f->s->ev->in_template)
    return ERR("templatefile: cannot be called from inside a template file");
  size_t len;
  const doc_node *why = NULL;
  const char *src = text_arg(f, &len, &why);
  return src ? templatefile(f, src, len) : why;
}
