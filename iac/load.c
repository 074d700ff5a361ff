/* load.c — one input file -> one unit: read once, check encoding, parse, and let
 * the first view that recognises each document build its resources.
 *
 * The text is kept (u->text) for suppressions and snippets; every later stage
 * reads it. iac_load_owned adopts the caller's buffer (the scan engine's one
 * read), iac_load_buffer copies into the unit arena. */
#include "iac.h"
#include "unit.h"
#include "utf8.h"
#include "views.h"
#include "yaml_load.h"
#include "dockerfile.h"
#include "syserr.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

static size_t max_size(const iac_limits *lim) {
  return lim && lim->max_file_size ? lim->max_file_size : IAC_DEFAULT_MAX_FILE_SIZE;
}

static const char *base_name(const char *path) {
  const char *b = strrchr(path, '/');
  return b ? b + 1 : path;
}

static bool ends_with(const char *s, const char *suffix) {
  size_t n = strlen(s), m = strlen(suffix);
  return n >= m && strcasecmp(s + n - m, suffix) == 0;
}

/* Text files only: binary data, UTF-16/32 and broken UTF-8 get one clear,
 * located error instead of a confusing parser message. */
static bool check_encoding(iac_unit *u, const char *text, size_t len) {
  char msg[64];
  size_t off;
  const char *why = base_text_problem(text, len, &off, msg);
  if (!why) return true;
  uint32_t line, col;
  base_text_locate(text, off, &line, &col);
  iac_unit_error(u, line, col, "%s", why);
  return false;
}

static bool looks_like_json(const char *name, const char *text, size_t len) {
  if (ends_with(name, ".json")) return true;
  if (ends_with(name, ".yaml") || ends_with(name, ".yml")) return false;
  size_t i = 0;
  if (len >= 3 && !memcmp(text, "\xEF\xBB\xBF", 3)) i = 3;
  while (i < len && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r'))
    i++;
  return i < len && (text[i] == '{' || text[i] == '[');
}

/* Parse u->text and build resources. */
static void load_text(iac_unit *u, const iac_limits *lim) {
  const char *name = base_name(u->path);
  u->max_eval_bytes = lim ? lim->max_eval_bytes : 0;
  if (!check_encoding(u, u->text, u->text_len)) {
    u->failed = true;
    return;
  }
  if (iac_dockerfile_name(name)) {
    iac_dockerfile_load(u);
    return;
  }
  if (!iac_yaml_load(u, u->text, u->text_len, lim, looks_like_json(name, u->text, u->text_len)))
    return;
  for (size_t d = 0; d < u->n_docs; d++) {
    for (size_t v = 0; v < iac_views_count; v++) {
      const iac_view *view = iac_views[v];
      if (!view->detect(u->path, u->docs[d])) continue;
      if (u->format == IAC_FMT_NONE) u->format = view->format;
      view->build(u, u->docs[d]);
      break;
    }
  }
}

iac_unit *iac_load_buffer(const char *name, const char *buf, size_t len, const iac_limits *lim) {
  iac_unit *u = iac_unit_new(name);
  if (len > max_size(lim)) {
    iac_unit_error(u, 1, 1, "limit exceeded: %zu bytes, more than %zu (--max-file-size)", len,
                   max_size(lim));
    u->failed = true;
    return u;
  }
  u->text = base_arena_strndup(&u->arena, buf ? buf : "", buf ? len : 0);
  u->text_len = buf ? len : 0;
  load_text(u, lim);
  return u;
}

iac_unit *iac_load_owned(const char *name, char *buf, size_t len, const iac_limits *lim) {
  return iac_load_owned_from(name, buf, len, lim, NULL);
}

iac_unit *iac_load_owned_from(const char *name, char *buf, size_t len, const iac_limits *lim,
                              const iac_load_source *src) {
  iac_unit *u = iac_unit_new(name);
  if (src && src->disk_path) u->disk_path = base_arena_strdup(&u->arena, src->disk_path);
  if (src && src->root_real) u->root_real = base_arena_strdup(&u->arena, src->root_real);
  u->owned = buf;
  if (len > max_size(lim)) {
    iac_unit_error(u, 1, 1, "limit exceeded: %zu bytes, more than %zu (--max-file-size)", len,
                   max_size(lim));
    u->failed = true;
    return u;
  }
  u->text = buf;
  u->text_len = len;
  load_text(u, lim);
  return u;
}

iac_unit *iac_load_file(const char *path, const iac_limits *lim) {
  iac_unit *u = iac_unit_new(path);
  int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK); /* never blocks on a FIFO */
  struct stat st;
  if (fd < 0 || fstat(fd, &st) != 0) {
    iac_unit_error(u, 0, 0, "cannot open: %s", base_strerror(errno));
    u->failed = true;
    if (fd >= 0) close(fd);
    return u;
  }
  if (!S_ISREG(st.st_mode)) {
    iac_unit_error(u, 0, 0, "not a regular file");
    u->failed = true;
    close(fd);
    return u;
  }
  if ((uint64_t)st.st_size > max_size(lim)) {
    iac_unit_error(u, 1, 1, "limit exceeded: %lld bytes, more than %zu (--max-file-size)",
                   (long long)st.st_size, max_size(lim));
    u->failed = true;
    close(fd);
    return u;
  }
  /* One read into the arena; the file may change size under us, so read up to
   * the limit + 1 and re-check rather than trusting st_size. */
  size_t cap = (size_t)st.st_size + 1, len = 0;
  char *text = base_arena_alloc(&u->arena, cap + 1);
  for (;;) {
    ssize_t r = read(fd, text + len, cap - len);
    if (r < 0 && errno == EINTR) continue;
    if (r < 0) {
      iac_unit_error(u, 0, 0, "cannot read: %s", base_strerror(errno));
      u->failed = true;
      close(fd);
      return u;
    }
    if (r == 0) break;
    len += (size_t)r;
    if (len == cap) {
      if (cap > max_size(lim)) {
        iac_unit_error(u, 1, 1, "limit exceeded: more than %zu bytes (--max-file-size)",
                       max_size(lim));
        u->failed = true;
        close(fd);
        return u;
      }
      char *bigger = base_arena_alloc(&u->arena, cap * 2 + 1);
      memcpy(bigger, text, len);
      text = bigger;
      cap *= 2;
    }
  }
  close(fd);
  text[len] = 0;
  u->text = text;
  u->text_len = len;
  load_text(u, lim);
  return u;
}
