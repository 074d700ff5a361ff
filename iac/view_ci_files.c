/* view_ci_files.c — reading the files a CI pipeline calls (view_ci_files.h). */
#include "view_ci_files.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "path.h"
#include "readfile.h"
#include "utf8.h"

bool iac_ci_repo_of(const iac_unit *u, bool github, iac_ci_repo *out) {
  if (!u->disk_path || !u->root_real) return false;
  base_arena *a = (base_arena *)&u->arena;
  const char *mark = github ? ".github/workflows/" : NULL;
  const char *d = u->disk_path, *r = u->path;
  if (github) {
    /* the last ".github/workflows/" that starts a path component, in both */
    const char *dm = NULL, *rm = NULL;
    for (const char *p = strstr(d, mark); p; p = strstr(p + 1, mark))
      if (p == d || p[-1] == '/') dm = p;
    for (const char *p = strstr(r, mark); p; p = strstr(p + 1, mark))
      if (p == r || p[-1] == '/') rm = p;
    if (!dm || !rm || strchr(dm + strlen(mark), '/')) return false; /* not a workflow */
    out->disk = dm == d ? "." : base_arena_strndup(a, d, (size_t)(dm - d - 1));
    out->rel = base_arena_strndup(a, r, (size_t)(rm - r));
  } else {
    const char *db = strrchr(d, '/'), *rb = strrchr(r, '/');
    const char *base = db ? db + 1 : d;
    if (strcmp(base, ".gitlab-ci.yml") && strcmp(base, ".gitlab-ci.yaml")) return false;
    out->disk = db ? (db == d ? "/" : base_arena_strndup(a, d, (size_t)(db - d))) : ".";
    out->rel = rb ? base_arena_strndup(a, r, (size_t)(rb - r + 1)) : "";
  }
  out->root_real = u->root_real;
  return true;
}

bool iac_ci_may_call(const char *path) {
  const char *b = strrchr(path, '/');
  const char *base = b ? b + 1 : path;
  if (!strcmp(base, ".gitlab-ci.yml") || !strcmp(base, ".gitlab-ci.yaml")) return true;
  static const char mark[] = ".github/workflows/";
  size_t m = sizeof mark - 1, d = (size_t)(base - path);
  return d >= m && !strncmp(base - m, mark, m) && (d == m || base[-(long)m - 1] == '/');
}

static bool inside(const char *real, const char *root) {
  size_t n = strlen(root);
  if (n == 1 && root[0] == '/') return true;
  return !strncmp(real, root, n) && (real[n] == 0 || real[n] == '/');
}

const char *iac_ci_read(iac_unit *u, const iac_ci_repo *r, const char *path, size_t n, size_t max,
                        size_t *len, const char **rel) {
  while (n && (path[0] == '"' || path[0] == '\''))
    path++, n--;
  while (n && (path[n - 1] == '"' || path[n - 1] == '\''))
    n--;
  base_arena *a = &u->arena;
  char *p = base_arena_strndup(a, path, n);
  if (!n || strpbrk(p, "$`*?[~\\")) return NULL; /* its value is the shell's */
  const char *norm = base_path_normalise(a, p[0] == '/' ? p + 1 : p, true);
  if (!*norm || !strcmp(norm, "..") || !strncmp(norm, "../", 3)) return NULL; /* out of the repo */
  const char *disk = base_arena_printf(a, "%s/%s", r->disk, norm);
  base_read_log_probe(disk, max); /* what the unit depends on (incremental scans) */
  char real[PATH_MAX];
  if (!realpath(disk, real) || !inside(real, r->root_real)) return NULL;
  const char *why;
  size_t got = 0;
  char *buf = base_read_file(real, CLI_SIZE_UNKNOWN, max, &got, &why);
  if (!buf) return NULL;
  size_t off;
  char msg[64];
  const char *text = NULL;
  if (!base_text_problem(buf, got, &off, msg)) {
    text = base_arena_strndup(a, buf, got);
    *len = got;
    *rel = base_arena_printf(a, "%s%s", r->rel, norm);
  }
  free(buf);
  return text;
}
