/* changed.c — the file selection of `vigil scan --changed-since` (see changed.h). */
#include "changed.h"

#include <errno.h>
#include <fcntl.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "alloc.h"
#include "iac.h"
#include "path.h"
#include "readfile.h"
#include "syserr.h"
#include "terraform.h"
#include "view_ci_files.h"
#include "walk.h"

extern char **environ;

/* ---- git ---------------------------------------------------------------------------- */

/* Runs `git -C dir ARGS...` with stdin and stderr on /dev/null; its stdout in
 * *out (malloc'd, NUL-terminated). The exit status, or -1 when git could not
 * be started. */
static int git(const char *dir, const char *const *args, char **out, size_t *len) {
  const char *argv[16] = {"git", "-C", dir};
  size_t n = 3;
  for (size_t i = 0; args[i] && n < 15; i++)
    argv[n++] = args[i];
  argv[n] = NULL;
  *out = NULL;
  *len = 0;
  int pfd[2];
  if (pipe(pfd) != 0) return -1;
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_adddup2(&fa, pfd[1], 1);
  posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addclose(&fa, pfd[0]);
  posix_spawn_file_actions_addclose(&fa, pfd[1]);
  pid_t pid;
  int rc = posix_spawnp(&pid, "git", &fa, NULL, (char *const *)argv, environ);
  posix_spawn_file_actions_destroy(&fa);
  close(pfd[1]);
  if (rc != 0) {
    close(pfd[0]);
    return -1;
  }
  size_t cap = 4096;
  char *buf = base_xmalloc(cap);
  for (;;) {
    if (*len + 1 == cap) buf = base_xrealloc(buf, cap *= 2);
    ssize_t r = read(pfd[0], buf + *len, cap - 1 - *len);
    if (r < 0 && errno == EINTR) continue;
    if (r <= 0) break;
    *len += (size_t)r;
  }
  close(pfd[0]);
  buf[*len] = 0;
  *out = buf;
  int st;
  while (waitpid(pid, &st, 0) < 0)
    if (errno != EINTR) return -1;
  return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

/* ---- paths -------------------------------------------------------------------------- */

/* p absolute and lexically normalised ("." and ".." resolved). */
static const char *absolute(cli_changed *c, const char *p) {
  if (p[0] == '/') return base_path_normalise(&c->arena, p, true);
  return base_path_join(&c->arena, c->cwd, p);
}

static bool has_suffix(const char *s, const char *suf) {
  size_t n = strlen(s), m = strlen(suf);
  return n >= m && !strcmp(s + n - m, suf);
}

static bool is_tf_file(const char *p) {
  return has_suffix(p, ".tf") || has_suffix(p, ".tf.json") || has_suffix(p, ".tfvars") ||
         has_suffix(p, ".tfvars.json");
}

static const char *dir_of(cli_changed *c, const char *abs) {
  const char *slash = strrchr(abs, '/');
  if (!slash || slash == abs) return "/";
  return base_arena_strndup(&c->arena, abs, (size_t)(slash - abs));
}

/* abs is dir or below it. */
static bool within(const char *abs, const char *dir) {
  size_t n = strlen(dir);
  if (n == 1) return true; /* "/" */
  return !strncmp(abs, dir, n) && (abs[n] == '/' || abs[n] == 0);
}

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* A growable list of strings in the arena's keeping (the array is malloc'd). */
typedef struct strs {
  const char **v;
  size_t n, cap;
} strs;

static void push(strs *s, const char *x) {
  s->v = base_grow(s->v, &s->cap, s->n + 1, sizeof *s->v);
  s->v[s->n++] = x;
}

static size_t find(const strs *sorted, const char *x) {
  const char **hit = sorted->n ? bsearch(&x, sorted->v, sorted->n, sizeof x, cmp_str) : NULL;
  return hit ? (size_t)(hit - sorted->v) : (size_t)-1;
}

/* ---- module calls ---------------------------------------------------------------------- */

typedef struct edge {
  size_t from;    /* index in dirs */
  const char *to; /* absolute directory */
} edge;

/* Local module sources in a .tf/.tf.json text: `source = "./x"` or
 * `"source": "../x"` anywhere (more than Terraform's calls at worst). */
static void scan_sources(cli_changed *c, const char *text, size_t dir, const char *dir_abs,
                         edge **e, size_t *n, size_t *cap) {
  for (const char *p = text; (p = strstr(p, "source")); p += 6) {
    if (p > text && (p[-1] == '_' || (p[-1] >= 'a' && p[-1] <= 'z'))) continue;
    const char *q = p + 6;
    if (*q == '"') q++;
    while (*q == ' ' || *q == '\t')
      q++;
    if (*q != '=' && *q != ':') continue;
    q++;
    while (*q == ' ' || *q == '\t')
      q++;
    if (*q != '"') continue;
    const char *v = ++q, *end = strchr(v, '"');
    if (!end) break;
    size_t len = (size_t)(end - v);
    bool local = (len >= 2 && !strncmp(v, "./", 2)) || (len >= 3 && !strncmp(v, "../", 3)) ||
                 (len == 1 && v[0] == '.') || (len == 2 && !strncmp(v, "..", 2));
    if (!local) continue;
    *e = base_grow(*e, cap, *n + 1, sizeof **e);
    (*e)[(*n)++] =
        (edge){dir, base_path_join(&c->arena, dir_abs, base_arena_strndup(&c->arena, v, len))};
  }
}

/* ---- CI pipelines ------------------------------------------------------------------------ */

/* p as an absolute real path (symlinks resolved), or NULL when it does not exist. */
static const char *real(cli_changed *c, const char *p) {
  char *r = realpath(p, NULL);
  if (!r) return NULL;
  const char *k = base_arena_strdup(&c->arena, r);
  free(r);
  return k;
}

/* A CI pipeline file is kept when a file it calls (a script, a local
 * reusable workflow, a GitLab local include: iac/view_ci_files.h) changed:
 * the view is run on it as the scan would, and every file it looked at
 * (its read log's probes) is compared with the changes, by path and by real
 * path. The same call graph and limits as the scan, by construction. */
static void ci_calls(cli_changed *c, const engine_walk *w, const engine_scan_options *so,
                     const strs *changed, strs *keep) {
  strs changed_real = {0};
  for (size_t k = 0; k < changed->n; k++) {
    const char *r = real(c, changed->v[k]);
    if (r) push(&changed_real, r);
  }
  base_read_log log = {0};
  for (size_t i = 0; i < w->n_files; i++) {
    const engine_walk_file *f = &w->files[i];
    if (f->kind != ENGINE_FILE_DOC || !iac_ci_may_call(f->path)) continue;
    size_t len;
    const char *why;
    char *text = base_read_file(f->path, CLI_SIZE_UNKNOWN,
                                so->limits.max_file_size ? so->limits.max_file_size
                                                         : IAC_DEFAULT_MAX_FILE_SIZE,
                                &len, &why);
    if (!text) continue;
    iac_load_source src = {f->path, f->root_real};
    base_read_log_begin(&log);
    iac_unit *u = iac_load_owned_from(f->rel, text, len, &so->limits, &src); /* owns text */
    base_read_log_end();
    iac_unit_free(u);
    bool hit = false;
    for (size_t e = 0; e < log.n && !hit; e++) {
      if (log.e[e].kind != BASE_READ_PROBE) continue;
      const char *abs = absolute(c, log.e[e].path), *r = real(c, abs);
      for (size_t k = 0; k < changed->n && !hit; k++)
        hit = !strcmp(abs, changed->v[k]);
      for (size_t k = 0; r && k < changed_real.n && !hit; k++)
        hit = !strcmp(r, changed_real.v[k]);
    }
    if (hit) push(keep, absolute(c, f->path));
  }
  base_read_log_free(&log);
  free(changed_real.v);
}

/* ---- the selection ---------------------------------------------------------------------- */

/* Appends git's NUL-separated names (relative to top) as absolute paths. */
static void add_names(cli_changed *c, const char *top, const char *out, size_t len, strs *changed) {
  for (size_t i = 0; i < len;) {
    size_t m = strlen(out + i);
    if (m) push(changed, base_path_join(&c->arena, top, out + i));
    i += m + 1;
  }
}

int cli_changed_prepare(cli_changed *c, const char *ref, const char *const *paths, size_t n,
                        const engine_scan_options *so, char *err, size_t errlen) {
  memset(c, 0, sizeof *c);
  base_arena_init(&c->arena);
  char cwd[4096];
  if (!getcwd(cwd, sizeof cwd)) {
    snprintf(err, errlen, "--changed-since: cannot tell the working directory");
    return -1;
  }
  c->cwd = base_arena_strdup(&c->arena, cwd);
  if (!*ref || ref[0] == '-') {
    snprintf(err, errlen, "--changed-since: '%s' is not a git ref", ref);
    return -1;
  }
  /* git runs where the (first) scan path is */
  struct stat st;
  const char *where = n ? paths[0] : ".";
  if (stat(where, &st) != 0) { /* as the scan would say it */
    snprintf(err, errlen, "%s: %s", where, base_strerror(errno));
    return -1;
  }
  if (!S_ISDIR(st.st_mode)) where = dir_of(c, absolute(c, where));
  char *out;
  size_t len;
  int rc = git(where, (const char *const[]){"rev-parse", "--show-toplevel", NULL}, &out, &len);
  if (rc != 0) {
    free(out);
    if (rc < 0)
      snprintf(err, errlen, "--changed-since: cannot run git");
    else
      snprintf(err, errlen, "--changed-since: %s is not in a git repository", where);
    return -1;
  }
  while (len && (out[len - 1] == '\n' || out[len - 1] == '\r'))
    out[--len] = 0;
  const char *top = base_arena_strdup(&c->arena, out);
  free(out);
  /* The ref is the user's text: after --end-of-options, so one that starts
   * with '-' ("--output=FILE") is a ref to git, never an option; the diff
   * then gets the commit id it names, not the text again. */
  const char *spec = base_arena_printf(&c->arena, "%s^{commit}", ref);
  rc =
      git(top,
          (const char *const[]){"rev-parse", "--verify", "--quiet", "--end-of-options", spec, NULL},
          &out, &len);
  while (rc == 0 && len && (out[len - 1] == '\n' || out[len - 1] == '\r'))
    out[--len] = 0;
  if (rc == 0 && (len < 40 || strspn(out, "0123456789abcdef") != len)) rc = 1;
  const char *commit = rc == 0 ? base_arena_strdup(&c->arena, out) : NULL;
  free(out);
  if (rc != 0) {
    snprintf(err, errlen, "--changed-since: unknown git ref '%s'", ref);
    return -1;
  }
  strs changed = {0};
  rc = git(top,
           (const char *const[]){"diff", "--name-only", "-z", "--no-renames", commit, "--", NULL},
           &out, &len);
  if (rc == 0) add_names(c, top, out, len, &changed);
  free(out);
  if (rc == 0) {
    rc = git(top, (const char *const[]){"ls-files", "--others", "--exclude-standard", "-z", NULL},
             &out, &len);
    if (rc == 0) add_names(c, top, out, len, &changed);
    free(out);
  }
  if (rc != 0) {
    snprintf(err, errlen, "--changed-since: git could not list the changes since '%s'", ref);
    free(changed.v);
    return -1;
  }
  c->n_changed = changed.n;

  /* the Terraform of the scan, as the scan will walk it */
  engine_walk w;
  engine_walk_options wo = {.max_file_size = so->limits.max_file_size,
                            .exclude = so->exclude,
                            .exclude_ctx = so->exclude_ctx,
                            .follow_symlinks = so->follow_symlinks};
  engine_walk_paths(&w, paths, n, &wo); /* a missing path: the scan says so */
  strs dirs = {0}, dirs_abs = {0};      /* module directories, as walked and absolute */
  strs tf_files = {0}, tf_dirs = {0};   /* every Terraform file and its absolute dir */
  edge *edges = NULL;
  size_t n_edges = 0, cap_edges = 0;
  for (size_t i = 0; i < w.n_files; i++) {
    const engine_walk_file *f = &w.files[i];
    if (f->kind != ENGINE_FILE_TERRAFORM) continue;
    const char *abs = absolute(c, f->path);
    push(&tf_files, abs);
    push(&tf_dirs, dir_of(c, abs));
    if (has_suffix(f->path, ".tfvars") || has_suffix(f->path, ".tfvars.json")) continue;
    size_t d = 0;
    while (d < dirs.n && dirs.v[d] != f->dir && strcmp(dirs.v[d], f->dir) != 0)
      d++;
    if (d == dirs.n) {
      push(&dirs, f->dir);
      push(&dirs_abs, tf_dirs.v[tf_dirs.n - 1]);
    }
    size_t tl;
    const char *why;
    char *text = base_read_file(f->path, CLI_SIZE_UNKNOWN, IAC_DEFAULT_MAX_FILE_SIZE, &tl, &why);
    if (text) scan_sources(c, text, d, dirs_abs.v[d], &edges, &n_edges, &cap_edges);
    free(text);
  }
  bool *is_root = base_xcalloc(dirs.n + 1, sizeof *is_root);
  if (dirs.n) iac_tf_find_roots(dirs.v, dirs.n, is_root, NULL, NULL, NULL);

  bool var_file_changed = false;
  for (size_t i = 0; i < so->n_var_files; i++)
    for (size_t k = 0; k < changed.n; k++)
      if (!strcmp(absolute(c, so->var_files[i]), changed.v[k])) var_file_changed = true;

  strs keep = {0};
  for (size_t k = 0; k < changed.n; k++)
    push(&keep, changed.v[k]);
  ci_calls(c, &w, so, &changed, &keep);
  strs closure = {0};
  for (size_t r = 0; r < dirs.n; r++) {
    if (!is_root[r]) continue;
    /* the root's closure: directories reached by local module calls */
    closure.n = 0;
    push(&closure, dirs_abs.v[r]);
    for (size_t q = 0; q < closure.n; q++) {
      size_t d = 0;
      while (d < dirs_abs.n && strcmp(dirs_abs.v[d], closure.v[q]) != 0)
        d++;
      for (size_t e = 0; e < n_edges; e++) {
        if (edges[e].from != d) continue;
        bool seen = false;
        for (size_t j = 0; j < closure.n && !seen; j++)
          seen = !strcmp(closure.v[j], edges[e].to);
        if (!seen) push(&closure, edges[e].to);
      }
    }
    bool hit = var_file_changed;
    for (size_t k = 0; k < changed.n && !hit; k++) {
      const char *ch = changed.v[k];
      const char *chd = dir_of(c, ch);
      for (size_t j = 0; j < closure.n && !hit; j++)
        hit = is_tf_file(ch) ? !strcmp(chd, closure.v[j]) : within(ch, closure.v[j]);
    }
    if (!hit) continue;
    for (size_t i = 0; i < tf_files.n; i++)
      for (size_t j = 0; j < closure.n; j++)
        if (!strcmp(tf_dirs.v[i], closure.v[j])) {
          push(&keep, tf_files.v[i]);
          break;
        }
  }
  if (keep.n > 1) qsort(keep.v, keep.n, sizeof *keep.v, cmp_str);
  size_t uniq = 0; /* a pipeline both changed and calling a change is kept once */
  for (size_t k = 0; k < keep.n; k++)
    if (!uniq || strcmp(keep.v[uniq - 1], keep.v[k])) keep.v[uniq++] = keep.v[k];
  keep.n = uniq;
  c->keep = base_arena_alloc(&c->arena, (keep.n + 1) * sizeof *c->keep);
  if (keep.n) memcpy(c->keep, keep.v, keep.n * sizeof *c->keep);
  c->n_keep = keep.n;
  free(keep.v);
  free(closure.v);
  free(is_root);
  free(edges);
  free(dirs.v);
  free(dirs_abs.v);
  free(tf_files.v);
  free(tf_dirs.v);
  free(changed.v);
  engine_walk_free(&w);
  return 0;
}

bool cli_changed_keep(void *ctx, const char *path) {
  cli_changed *c = ctx;
  /* in a scratch arena of its own: the walk calls this once per file */
  base_arena a;
  base_arena_init(&a);
  const char *abs =
      path[0] == '/' ? base_path_normalise(&a, path, true) : base_path_join(&a, c->cwd, path);
  strs sorted = {c->keep, c->n_keep, c->n_keep};
  bool kept = find(&sorted, abs) != (size_t)-1;
  base_arena_free(&a);
  return kept;
}

void cli_changed_free(cli_changed *c) {
  base_arena_free(&c->arena);
  memset(c, 0, sizeof *c);
}
