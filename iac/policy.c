/* policy.c — statement normalisation (see policy.h). */
#include "policy.h"
#include "yaml_load.h"

#include <string.h>

static doc_node *as_list(iac_unit *u, doc_node *v) {
  if (v->kind == DOC_LIST || v->kind == DOC_UNKNOWN) return v;
  return iac_doc_list(&u->arena, &v, 1, v->line, v->col);
}

static bool has_effect(const doc_node *st) {
  const doc_node *e = iac_map_get(st, "Effect");
  return e && e->kind == DOC_STRING;
}

bool iac_policy_is_document(const doc_node *doc) {
  const doc_node *st = iac_map_get(doc, "Statement");
  if (!st) return false;
  if (st->kind == DOC_MAP) return iac_map_get(doc, "Version") || has_effect(st);
  if (st->kind != DOC_LIST || st->len == 0) return false;
  if (iac_map_get(doc, "Version")) return true;
  for (uint32_t i = 0; i < st->len; i++)
    if (!has_effect(st->u.items[i])) return false;
  return true;
}

static const char *const KEPT[] = {"Sid",       "Effect",      "Action",    "NotAction",
                                   "Resource",  "NotResource", "Principal", "NotPrincipal",
                                   "Condition", NULL};
static const bool LISTED[] = {false, false, true, true, true, true, false, false, false};

static void add_statement(iac_unit *u, const doc_node *st, const char *owner, const char *type,
                          uint32_t index) {
  doc_entry ents[9];
  uint32_t n = 0;
  for (int k = 0; KEPT[k]; k++) {
    const doc_entry *e = iac_map_entry(st, KEPT[k]);
    if (!e) continue;
    ents[n] = *e;
    if (LISTED[k]) ents[n].val = as_list(u, e->val);
    n++;
  }
  iac_resource *r = iac_unit_add_resource(u);
  r->format = IAC_FMT_POLICY;
  r->kind = "statement";
  r->type = type;
  r->name = base_arena_printf(&u->arena, "%s.Statement[%u]", owner, index);
  r->line = st->line;
  r->col = st->col;
  r->body = iac_doc_map(&u->arena, ents, n, st->line, st->col);
}

void iac_policy_add_statements(iac_unit *u, const doc_node *policy, const char *owner_name,
                               const char *type) {
  if (!policy) return;
  if (policy->kind == DOC_STRING) {
    /* a policy serialised as JSON text (Organizations Content, heredocs) */
    policy = iac_yaml_parse_embedded(u, policy);
    if (!policy) return;
  }
  const doc_node *st = iac_map_get(policy, "Statement");
  if (!st) return;
  if (st->kind == DOC_MAP) {
    add_statement(u, st, owner_name, type, 0);
    return;
  }
  if (st->kind != DOC_LIST) return;
  for (uint32_t i = 0; i < st->len; i++)
    if (st->u.items[i]->kind == DOC_MAP) add_statement(u, st->u.items[i], owner_name, type, i);
}
