/* unit.c — unit lifetime and the recording helpers loaders share (see iac.h).
 *
 * Resources and errors are arrays grown by doubling inside the unit's arena:
 * the old array is simply abandoned (the arena frees it with the unit), which
 * keeps iac_unit_free a single arena release. */
#include "alloc.h"
#include "iac.h"
#include "unit.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

iac_unit *iac_unit_new(const char *path) {
  iac_unit *u = base_xcalloc(1, sizeof *u);
  base_arena_init(&u->arena);
  u->path = base_arena_strdup(&u->arena, path ? path : "");
  return u;
}

void iac_unit_free(iac_unit *u) {
  if (!u) return;
  free(u->owned);
  base_arena_free(&u->arena);
  free(u);
}

/* Grow an arena array of `size`-byte elements holding `n` so one more fits.
 * Capacity is implicit: powers of two from 8, so it is recomputed from n. */
static void *grow(base_arena *a, void *arr, size_t n, size_t size) {
  if (n && (n & (n - 1)) == 0 && n >= 8) {
    void *bigger = base_arena_alloc(a, 2 * n * size);
    memcpy(bigger, arr, n * size);
    return bigger;
  }
  if (n == 0) return base_arena_alloc(a, 8 * size);
  return arr;
}

iac_error *iac_unit_diag(iac_unit *u, iac_severity sev, uint32_t line, uint32_t col,
                         const char *fmt, va_list ap0) {
  va_list ap;
  va_copy(ap, ap0);
  char small[256];
  int len = vsnprintf(small, sizeof small, fmt, ap);
  va_end(ap);
  char *msg;
  if (len < 0) {
    msg = base_arena_strdup(&u->arena, "error");
  } else if ((size_t)len < sizeof small) {
    msg = base_arena_strndup(&u->arena, small, (size_t)len);
  } else {
    msg = base_arena_alloc(&u->arena, (size_t)len + 1);
    va_copy(ap, ap0);
    vsnprintf(msg, (size_t)len + 1, fmt, ap);
    va_end(ap);
  }
  u->errors = grow(&u->arena, u->errors, u->n_errors, sizeof *u->errors);
  iac_error *e = &u->errors[u->n_errors++];
  e->file = u->path;
  e->line = line;
  e->col = col;
  e->message = msg;
  e->severity = sev;
  return e;
}

iac_error *iac_unit_error(iac_unit *u, uint32_t line, uint32_t col, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  iac_error *e = iac_unit_diag(u, IAC_SEV_ERROR, line, col, fmt, ap);
  va_end(ap);
  return e;
}

iac_error *iac_unit_warning(iac_unit *u, uint32_t line, uint32_t col, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  iac_error *e = iac_unit_diag(u, IAC_SEV_WARNING, line, col, fmt, ap);
  va_end(ap);
  return e;
}

iac_resource *iac_unit_add_resource(iac_unit *u) {
  u->resources = grow(&u->arena, u->resources, u->n_resources, sizeof *u->resources);
  iac_resource *r = &u->resources[u->n_resources++];
  memset(r, 0, sizeof *r);
  r->file = u->path;
  return r;
}
