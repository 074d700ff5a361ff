/* view_tfplan.c — `terraform show -json` plan files as Terraform resources.
 *
 * Recognised by content: a map with format_version and resource_changes or
 * planned_values (whatever the file is called). Each resource_changes[] entry
 * whose change leaves something behind (not a pure delete) becomes a resource:
 * format TERRAFORM, kind "resource" (managed) or "data", type and name (the
 * plan's address, e.g. module.x.aws_ecr_repository.this[0]) from the entry,
 * located at the entry; body = change.after with every value marked true in
 * change.after_unknown replaced by an unknown ("known after apply").
 * A plan without resource_changes falls back to planned_values (no unknowns
 * are marked there: Terraform omits them). */
#include <string.h>

#include "views.h"

static const char AFTER_APPLY[] = "known after apply";

static bool tfplan_detect(const char *path, const doc_node *doc) {
  (void)path;
  return doc && doc->kind == DOC_MAP && iac_map_get(doc, "format_version") &&
         (iac_map_get(doc, "resource_changes") || iac_map_get(doc, "planned_values"));
}

static bool is_true(const doc_node *n) {
  return n && n->kind == DOC_BOOL && n->u.b;
}

/* after, with after_unknown's true leaves turned into unknowns. */
static const doc_node *merge_unknown(iac_unit *u, const doc_node *after, const doc_node *unk,
                                     uint32_t line, uint32_t col, uint32_t depth) {
  if (is_true(unk)) {
    uint32_t l = after ? after->line : line, c = after ? after->col : col;
    return iac_doc_unknown(&u->arena, AFTER_APPLY, l, c);
  }
  if (!unk || depth > 256) return after;
  if (unk->kind == DOC_MAP && (!after || after->kind == DOC_MAP)) {
    uint32_t n = after ? after->len : 0;
    doc_entry *es = base_arena_alloc(&u->arena, (n + unk->len + 1) * sizeof *es);
    uint32_t o = 0;
    for (uint32_t i = 0; i < n; i++) {
      es[o] = after->u.entries[i];
      es[o].val = (doc_node *)merge_unknown(u, es[o].val, iac_map_get(unk, es[o].key), es[o].line,
                                            es[o].col, depth + 1);
      o++;
    }
    /* unknown attributes the plan leaves out of `after` entirely */
    for (uint32_t i = 0; i < unk->len; i++) {
      const doc_entry *ue = &unk->u.entries[i];
      if (after && iac_map_entry(after, ue->key)) continue;
      if (!is_true(ue->val)) continue;
      es[o].key = ue->key;
      es[o].key_len = ue->key_len;
      es[o].line = after ? after->line : line;
      es[o].col = after ? after->col : col;
      es[o].val = iac_doc_unknown(&u->arena, AFTER_APPLY, es[o].line, es[o].col);
      o++;
    }
    return iac_doc_map(&u->arena, es, o, after ? after->line : line, after ? after->col : col);
  }
  if (unk->kind == DOC_LIST && after && after->kind == DOC_LIST) {
    doc_node **items = base_arena_alloc(&u->arena, (after->len + 1) * sizeof *items);
    for (uint32_t i = 0; i < after->len; i++)
      items[i] = (doc_node *)merge_unknown(
          u, after->u.items[i], i < unk->len ? unk->u.items[i] : NULL, line, col, depth + 1);
    return iac_doc_list(&u->arena, items, after->len, after->line, after->col);
  }
  return after;
}

static const char *str_of(const doc_node *n) {
  return n && n->kind == DOC_STRING ? n->u.str : NULL;
}

static void add(iac_unit *u, const doc_node *at, const char *mode, const char *type,
                const char *addr, const doc_node *body) {
  iac_resource *r = iac_unit_add_resource(u);
  r->format = IAC_FMT_TERRAFORM;
  r->kind = mode && !strcmp(mode, "data") ? "data" : "resource";
  r->type = type;
  r->name = addr;
  r->line = at->line;
  r->col = at->col;
  r->body =
      body && body->kind == DOC_MAP ? body : iac_doc_map(&u->arena, NULL, 0, at->line, at->col);
}

static void planned_module(iac_unit *u, const doc_node *mod, uint32_t depth) {
  if (!mod || mod->kind != DOC_MAP || depth > 64) return;
  const doc_node *res = iac_map_get(mod, "resources");
  for (uint32_t i = 0; res && res->kind == DOC_LIST && i < res->len; i++) {
    const doc_node *r = res->u.items[i];
    const char *addr = str_of(iac_map_get(r, "address")), *type = str_of(iac_map_get(r, "type"));
    if (!addr || !type) continue;
    add(u, r, str_of(iac_map_get(r, "mode")), type, addr, iac_map_get(r, "values"));
  }
  const doc_node *kids = iac_map_get(mod, "child_modules");
  for (uint32_t i = 0; kids && kids->kind == DOC_LIST && i < kids->len; i++)
    planned_module(u, kids->u.items[i], depth + 1);
}

static void tfplan_build(iac_unit *u, const doc_node *doc) {
  const doc_node *rcs = iac_map_get(doc, "resource_changes");
  if (!rcs) {
    const doc_node *pv = iac_map_get(doc, "planned_values");
    planned_module(u, iac_map_get(pv, "root_module"), 0);
    return;
  }
  if (rcs->kind != DOC_LIST) {
    iac_unit_error(u, rcs->line, rcs->col, "plan: resource_changes is not a list");
    return;
  }
  for (uint32_t i = 0; i < rcs->len; i++) {
    const doc_node *rc = rcs->u.items[i];
    const char *addr = str_of(iac_map_get(rc, "address")), *type = str_of(iac_map_get(rc, "type"));
    const doc_node *ch = iac_map_get(rc, "change");
    if (!addr || !type || !ch) {
      iac_unit_error(u, rc->line, rc->col, "plan: resource change without address, type or change");
      continue;
    }
    /* a resource being destroyed has no future configuration to check */
    const doc_node *acts = iac_map_get(ch, "actions");
    bool deleting = false, keeping = false;
    for (uint32_t k = 0; acts && acts->kind == DOC_LIST && k < acts->len; k++) {
      const char *a = str_of(acts->u.items[k]);
      if (a && !strcmp(a, "delete"))
        deleting = true;
      else if (a)
        keeping = true;
    }
    const doc_node *after = iac_map_get(ch, "after");
    if ((deleting && !keeping) || !after || after->kind == DOC_NULL) continue;
    const doc_node *body =
        merge_unknown(u, after, iac_map_get(ch, "after_unknown"), rc->line, rc->col, 0);
    add(u, rc, str_of(iac_map_get(rc, "mode")), type, addr, body);
  }
}

const iac_view iac_view_tfplan = {"tfplan", IAC_FMT_TERRAFORM, tfplan_detect, tfplan_build};
