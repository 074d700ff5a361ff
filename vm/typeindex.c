/* typeindex.c — the unit's resources grouped by (format, type), built once per
 * unit on the first resources()/referrers()/references() call. Those builtins
 * run once per (rule, resource); scanning every resource of the unit in each
 * call made a unit of n resources cost O(n^2) (for_each over 40,000 keys: 20 s
 * in strcmp). With the index a call costs O(log n + matches). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "vm_internal.h"

static int by_type(const void *a, const void *b) {
  const iac_resource *x = *(const iac_resource *const *)a, *y = *(const iac_resource *const *)b;
  if (x->format != y->format) return x->format < y->format ? -1 : 1;
  int c = strcmp(x->type, y->type);
  if (c) return c;
  return x < y ? -1 : x > y; /* unit order within a type */
}

static int by_body(const void *a, const void *b) {
  const iac_resource *x = *(const iac_resource *const *)a, *y = *(const iac_resource *const *)b;
  if (x->body != y->body) return (uintptr_t)x->body < (uintptr_t)y->body ? -1 : 1;
  return x < y ? -1 : x > y;
}

static void build(vm_state *s) {
  const iac_unit *u = s->unit;
  s->by_type = base_grow(s->by_type, &s->cap_by_type, u->n_resources + 1, sizeof *s->by_type);
  s->by_body = base_grow(s->by_body, &s->cap_by_body, u->n_resources + 1, sizeof *s->by_body);
  size_t n = 0, nb = 0;
  for (size_t i = 0; i < u->n_resources; i++) {
    if (!u->resources[i].body) continue;
    s->by_body[nb++] = &u->resources[i];
    if (u->resources[i].type) s->by_type[n++] = &u->resources[i];
  }
  qsort(s->by_type, n, sizeof *s->by_type, by_type);
  qsort(s->by_body, nb, sizeof *s->by_body, by_body);
  s->n_by_type = n;
  s->n_by_body = nb;
  s->indexed = u;
}

const iac_resource *vm_resource_by_body(vm_state *s, const doc_node *body) {
  if (s->res && s->res->body == body) return s->res; /* the usual call: the subject */
  if (s->indexed != s->unit) build(s);
  size_t lo = 0, hi = s->n_by_body;
  while (lo < hi) { /* the first resource in unit order with this body */
    size_t mid = lo + (hi - lo) / 2;
    if ((uintptr_t)s->by_body[mid]->body < (uintptr_t)body) lo = mid + 1;
    else hi = mid;
  }
  return lo < s->n_by_body && s->by_body[lo]->body == body ? s->by_body[lo] : NULL;
}

size_t vm_type_range(vm_state *s, iac_format format, const char *type,
                     const iac_resource *const **out) {
  if (s->indexed != s->unit) build(s);
  /* the first entry not below (format, type), then the run of equal ones */
  size_t lo = 0, hi = s->n_by_type;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    const iac_resource *m = s->by_type[mid];
    int c = m->format != format ? (m->format < format ? -1 : 1) : strcmp(m->type, type);
    if (c < 0) lo = mid + 1;
    else hi = mid;
  }
  size_t end = lo;
  while (end < s->n_by_type && s->by_type[end]->format == format &&
         !strcmp(s->by_type[end]->type, type))
    end++;
  *out = (const iac_resource *const *)s->by_type + lo;
  return end - lo;
}
