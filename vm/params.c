/* params.c — scan-time overrides of `param` values (pack.h). */
#include <stdio.h>
#include <string.h>

#include "pack.h"

static const char *kind_name(uint8_t k) {
  static const char *const n[] = {"null", "a boolean", "a number", "a string",
                                  "a list", "a map",    "unknown"};
  return k < sizeof n / sizeof n[0] ? n[k] : "?";
}

/* Deep copy into the pack's arena (the override outlives the caller's tree).
 * Depth is bounded by the caller's parser; the pack format allows 64. */
static doc_node *copy(base_arena *a, const doc_node *n, int depth) {
  if (depth > 64) return NULL;
  switch ((doc_kind)n->kind) {
  case DOC_NULL: return iac_doc_null(a, 0, 0);
  case DOC_BOOL: return iac_doc_bool(a, n->u.b, 0, 0);
  case DOC_NUMBER: return iac_doc_number(a, n->u.num, 0, 0);
  case DOC_STRING: return iac_doc_string(a, n->u.str, n->len, 0, 0);
  case DOC_UNKNOWN: return iac_doc_unknown(a, n->u.str, 0, 0);
  case DOC_LIST: {
    doc_node **items = base_arena_alloc(a, sizeof *items * (n->len + 1));
    for (uint32_t i = 0; i < n->len; i++)
      if (!(items[i] = copy(a, n->u.items[i], depth + 1))) return NULL;
    return iac_doc_list(a, items, n->len, 0, 0);
  }
  case DOC_MAP: {
    doc_entry *e = base_arena_calloc(a, sizeof *e * (n->len + 1));
    for (uint32_t i = 0; i < n->len; i++) {
      e[i].key = base_arena_strndup(a, n->u.entries[i].key, n->u.entries[i].key_len);
      e[i].key_len = n->u.entries[i].key_len;
      if (!(e[i].val = copy(a, n->u.entries[i].val, depth + 1))) return NULL;
    }
    return iac_doc_map(a, e, n->len, 0, 0);
  }
  }
  return NULL;
}

int vm_pack_set_param(vm_pack *p, const char *name, const doc_node *v, char *err, size_t errlen) {
  int found = -1;
  size_t nl = strlen(name);
  for (uint32_t i = 0; i < p->n_params; i++) {
    const char *pn = p->params[i].name;
    size_t pl = strlen(pn);
    bool exact = !strcmp(pn, name);
    bool bare = !strchr(name, '.') && pl > nl && pn[pl - nl - 1] == '.' && !strcmp(pn + pl - nl, name);
    if (exact) {
      found = (int)i;
      break;
    }
    if (bare) {
      if (found >= 0) {
        snprintf(err, errlen, "param '%s' is ambiguous: %s or %s (name it with its module)", name,
                 p->params[found].name, pn);
        return -1;
      }
      found = (int)i;
    }
  }
  if (found < 0) {
    snprintf(err, errlen, "no param '%s' in the pack", name);
    return -1;
  }
  const doc_node *def = p->consts[p->params[found].konst];
  if (!v || v->kind != def->kind) {
    snprintf(err, errlen, "param %s is %s, not %s", p->params[found].name, kind_name(def->kind),
             v ? kind_name(v->kind) : "nothing");
    return -1;
  }
  doc_node *c = copy(&p->arena, v, 0);
  if (!c) {
    snprintf(err, errlen, "param %s: the value nests too deeply", p->params[found].name);
    return -1;
  }
  p->param_values[found] = c;
  return 0;
}
