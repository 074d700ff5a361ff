/* view_cloudformation.c — CloudFormation templates (YAML or JSON) as resources.
 *
 * Each entry of `Resources` becomes one resource: kind "resource", type = its
 * Type, name "TYPE.LogicalId", located at the logical id key. The body is the
 * resource map with intrinsic functions evaluated as far as the template alone
 * allows (see cfn_eval.c): what CloudFormation would only know at deploy time
 * becomes a DOC_UNKNOWN whose reason says why, so rules report `unknown`
 * instead of guessing. Policies and container images inside templates are
 * handed to the policy and image views (cfn_extra.c). */
#include "cfn.h"
#include "views.h"

#include <string.h>

static bool is_resources_map(const doc_node *res) {
  if (!res || res->kind != DOC_MAP || res->len == 0) return false;
  bool typed = false;
  for (uint32_t i = 0; i < res->len; i++) {
    const doc_entry *e = &res->u.entries[i];
    /* Fn::ForEach (the language extension) expands to resources at deploy time */
    if (strncmp(e->key, "Fn::ForEach::", 13) == 0) continue;
    const doc_node *t = iac_map_get(e->val, "Type");
    if (!t) return false;
    /* a map Type is a pre-processor module (Rain::Module): still a template */
    typed |= t->kind == DOC_STRING;
  }
  return typed;
}

static bool cfn_detect(const char *path, const doc_node *doc) {
  (void)path;
  if (!doc || doc->kind != DOC_MAP) return false;
  if (iac_map_get(doc, "AWSTemplateFormatVersion")) return true;
  return is_resources_map(iac_map_get(doc, "Resources"));
}

/* "TYPE.LogicalId" for a logical id holding NUL bytes (JSON "\u0000"): C
 * strings would cut it (to "" for "\u0000"), so each NUL is written as the
 * six characters \u0000 and a located warning says so. */
static const char *nul_name(iac_unit *u, const doc_node *type, const doc_entry *e) {
  base_strbuf b = {&u->arena, NULL, 0, 0};
  base_strbuf_add(&b, type->u.str, type->len);
  base_strbuf_add(&b, ".", 1);
  for (uint32_t i = 0; i < e->key_len; i++)
    base_strbuf_add(&b, e->key[i] ? e->key + i : "\\u0000", e->key[i] ? 1 : 6);
  iac_unit_warning(u, e->line, e->col,
                   "logical id contains a NUL byte; CloudFormation rejects it (named %s here)",
                   b.p);
  return b.p;
}

static void cfn_build(iac_unit *u, const doc_node *doc) {
  iac_cfn t;
  iac_cfn_init(&t, u, doc);
  const doc_node *res = t.resources;
  if (!res) return;
  if (res->kind != DOC_MAP) {
    iac_unit_warning(u, res->line, res->col, "Resources is not a mapping");
    return;
  }
  for (uint32_t i = 0; i < res->len; i++) {
    const doc_entry *e = &res->u.entries[i];
    if (strncmp(e->key, "Fn::ForEach::", 13) == 0) continue;
    const doc_node *type = iac_map_get(e->val, "Type");
    if (type && type->kind == DOC_MAP) continue; /* Rain::Module and the like */
    if (!type || type->kind != DOC_STRING) {
      iac_unit_warning(u, e->line, e->col, "resource %s has no Type", e->key);
      continue;
    }
    iac_resource *r = iac_unit_add_resource(u);
    r->format = IAC_FMT_CLOUDFORMATION;
    r->kind = "resource";
    r->type = type->u.str;
    r->name = memchr(e->key, 0, e->key_len) ? nul_name(u, type, e) : iac_cfn_resource_name(&t, e->key);
    r->line = e->line;
    r->col = e->col;
    r->body = iac_cfn_resolve_resource(&t, e->val);
    iac_cfn_extras(&t, r);
  }
}

const iac_view iac_view_cloudformation = {
    .name = "cloudformation",
    .format = IAC_FMT_CLOUDFORMATION,
    .detect = cfn_detect,
    .build = cfn_build,
};
