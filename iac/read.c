/* read.c — structured text that is not a scanned input, through the scan's own
 * loader (see read.h). */
#include "read.h"

#include <stdio.h>
#include <string.h>

#include "unit.h"
#include "utf8.h"
#include "yaml_load.h"

iac_unit *iac_read_buffer(const char *name, const char *text, size_t len, const iac_limits *lim,
                          const iac_read_opts *o) {
  iac_unit *u = iac_unit_new(name);
  size_t max = lim && lim->max_file_size ? lim->max_file_size : IAC_DEFAULT_MAX_FILE_SIZE;
  if (len > max) {
    iac_unit_error(u, 1, 1, "limit exceeded: %zu bytes, more than %zu (--max-file-size)", len, max);
    u->failed = true;
    return u;
  }
  /* the loader wants a NUL-terminated text (and the JSON front end checked UTF-8) */
  u->text = base_arena_strndup(&u->arena, text ? text : "", text ? len : 0);
  u->text_len = text ? len : 0;
  char msg[64];
  size_t off;
  const char *why = base_text_problem(u->text, u->text_len, &off, msg);
  if (why) {
    uint32_t line, col;
    base_text_locate(u->text, off, &line, &col);
    iac_unit_error(u, line, col, "%s", why);
    u->failed = true;
    return u;
  }
  iac_read_opts none = {0};
  iac_yaml_load_opts(u, u->text, u->text_len, lim, o ? o : &none);
  return u;
}

const char *iac_read_error(const iac_unit *u, char *buf, size_t n) {
  for (size_t i = 0; i < u->n_errors; i++) {
    const iac_error *e = &u->errors[i];
    if (e->severity != IAC_SEV_ERROR) continue;
    if (e->line)
      snprintf(buf, n, "%s:%u:%u: %s", u->path, (unsigned)e->line, (unsigned)e->col, e->message);
    else
      snprintf(buf, n, "%s: %s", u->path, e->message);
    return buf;
  }
  return NULL;
}
