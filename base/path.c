/* path.c — see path.h. One left-to-right pass over the segments; the output
 * doubles as the stack of kept segments. */
#include "path.h"

#include <string.h>

bool base_path_is_normal(const char *p, size_t n) {
  return p[0] != '.' && (n == 0 || p[n - 1] != '/') && !strstr(p, "//") && !strstr(p, "/.");
}

char *base_path_normalise(base_arena *a, const char *p, bool resolve_dotdot) {
  size_t n = strlen(p);
  char *out = base_arena_alloc(a, n + 2);
  /* Nearly every path is normal already: no empty, "." or ".." segment
   * (each would start with '.' or follow a '/' with '/' or '.') and no
   * trailing '/'. strstr is vectorised; the segment loop below costs ~9
   * instructions a byte (the parse cache normalises every path it reads). */
  if (base_path_is_normal(p, n)) {
    memcpy(out, p, n + 1);
    return out;
  }
  size_t k = 0;
  bool absolute = p[0] == '/';
  if (absolute) out[k++] = '/';
  const size_t floor = k; /* never pop above this */
  size_t ups = 0;         /* leading ".." segments kept in a relative path */
  const char *s = p;
  while (*s) {
    while (*s == '/')
      s++;
    const char *e = s;
    while (*e && *e != '/')
      e++;
    size_t len = (size_t)(e - s);
    bool dot = len == 1 && s[0] == '.';
    bool dotdot = len == 2 && s[0] == '.' && s[1] == '.';
    if (len == 0 || dot) {
      /* dropped */
    } else if (dotdot && resolve_dotdot) {
      size_t segs_above_ups = k > floor ? 1 : 0;
      if (segs_above_ups && !(ups && k - floor == ups * 3 - 1)) {
        while (k > floor && out[k - 1] != '/')
          k--;
        if (k > floor) k--;
      } else if (!absolute) {
        if (k > floor) out[k++] = '/';
        memcpy(out + k, "..", 2);
        k += 2;
        ups++;
      }
    } else {
      if (k > floor) out[k++] = '/';
      memcpy(out + k, s, len);
      k += len;
    }
    s = e;
  }
  out[k] = 0;
  return out;
}

char *base_path_join(base_arena *a, const char *dir, const char *rel) {
  const char *full = rel[0] == '/' || !dir[0] ? rel : base_arena_printf(a, "%s/%s", dir, rel);
  char *out = base_path_normalise(a, full, true);
  return out[0] ? out : base_arena_strdup(a, ".");
}

const char *base_path_below(const char *path, const char *dir, size_t dir_len) {
  if (!dir_len || strncmp(path, dir, dir_len) != 0) return NULL;
  const char *tail = dir[dir_len - 1] == '/' ? path + dir_len
                     : path[dir_len] == '/'  ? path + dir_len + 1
                                             : NULL;
  return tail && *tail && *tail != '/' ? tail : NULL;
}
