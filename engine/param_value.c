/* param_value.c — YAML-typed copies of raw-scalar param values (param_value.h). */
#include "param_value.h"

#include <string.h>

#include "value.h"

static doc_node *typed(base_arena *a, const doc_node *n, int depth) {
  if (!n || depth > 64) return NULL;
  switch ((doc_kind)n->kind) {
  case DOC_STRING: {
    double d;
    if (!(n->flags & DOC_F_QUOTED)) {
      if (vm_str_number(n->u.str, n->len, &d)) return iac_doc_number(a, d, n->line, n->col);
      if (!strcmp(n->u.str, "true") || !strcmp(n->u.str, "false"))
        return iac_doc_bool(a, n->u.str[0] == 't', n->line, n->col);
      if (!strcmp(n->u.str, "null") || !strcmp(n->u.str, "~"))
        return iac_doc_null(a, n->line, n->col);
    }
    return iac_doc_string(a, n->u.str, n->len, n->line, n->col);
  }
  case DOC_LIST: {
    doc_node **items = base_arena_alloc(a, (n->len ? n->len : 1) * sizeof *items);
    for (uint32_t i = 0; i < n->len; i++)
      if (!(items[i] = typed(a, n->u.items[i], depth + 1))) return NULL;
    return iac_doc_list(a, items, n->len, n->line, n->col);
  }
  case DOC_MAP: {
    doc_entry *es = base_arena_calloc(a, (n->len ? n->len : 1) * sizeof *es);
    for (uint32_t i = 0; i < n->len; i++) {
      es[i] = n->u.entries[i];
      es[i].key = base_arena_strndup(a, n->u.entries[i].key, n->u.entries[i].key_len);
      if (!(es[i].val = typed(a, n->u.entries[i].val, depth + 1))) return NULL;
    }
    return iac_doc_map(a, es, n->len, n->line, n->col);
  }
  case DOC_NULL: return iac_doc_null(a, n->line, n->col);
  case DOC_BOOL: return iac_doc_bool(a, n->u.b, n->line, n->col);
  case DOC_NUMBER: return iac_doc_number(a, n->u.num, n->line, n->col);
  case DOC_UNKNOWN: return NULL;
  }
  return NULL;
}

doc_node *engine_param_value(base_arena *a, const doc_node *n) {
  return typed(a, n, 0);
}
