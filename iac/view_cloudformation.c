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
    r->name = iac_cfn_resource_name(&t, e->key);
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
