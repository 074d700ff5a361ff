/* view_awsapi.c — AWS API JSON: the live account state and the API calls.
 *  - `aws ecr describe-repositories` output {"repositories": [...]}: kind
 *    "repository", type "AWS::ECR::Repository", name = repositoryName.
 *  - CloudTrail log files {"Records": [...]}: each ECR event is kind "event",
 *    type = eventName, name "EVENT_NAME repositoryName".
 *  - ECR request inputs (--cli-input-json): kind "request", type
 *    "CreateRepository" or "PutImageTagMutability", name "OPERATION
 *    repositoryName", recognised by their fields: only request fields of those
 *    operations. {repositoryName, imageTagMutability} fits both; the file name
 *    decides ("put"/"mutability" -> PutImageTagMutability), else CreateRepository.
 *  - `aws ecr get-repository-policy` / `get-registry-policy` output
 *    {registryId, [repositoryName,] policyText}: kind "policy", type
 *    "AWS::ECR::RepositoryPolicy" (name = repositoryName) or
 *    "AWS::ECR::RegistryPolicy" (name = registryId); policyText stays text.
 *  - ECS task definitions (register-task-definition input, or describe output
 *    {"taskDefinition": {...}}): one kind "image" resource (type "container")
 *    per containerDefinitions[].image, named "FAMILY.CONTAINER".
 * Bodies are the objects as written; resources are located at the object. */
#include "image.h"
#include "views.h"

#include <string.h>
#include <strings.h>

static bool is_str(const doc_node *n) {
  return n && n->kind == DOC_STRING;
}

static const char *const CREATE_KEYS[] = {"registryId",
                                          "repositoryName",
                                          "tags",
                                          "imageTagMutability",
                                          "imageTagMutabilityExclusionFilters",
                                          "imageScanningConfiguration",
                                          "encryptionConfiguration",
                                          NULL};
static const char *const PUT_KEYS[] = {"registryId", "repositoryName", "imageTagMutability",
                                       "imageTagMutabilityExclusionFilters", NULL};

static const char *const POLICY_KEYS[] = {"registryId", "repositoryName", "policyText", NULL};

static bool keys_within(const doc_node *m, const char *const *keys) {
  for (uint32_t i = 0; i < m->len; i++) {
    bool ok = false;
    for (int k = 0; keys[k] && !ok; k++)
      ok = !strcmp(keys[k], m->u.entries[i].key);
    if (!ok) return false;
  }
  return true;
}

static bool list_of_maps(const doc_node *l, const char *key) {
  if (!l || l->kind != DOC_LIST) return false;
  for (uint32_t i = 0; i < l->len; i++)
    if (!iac_map_get(l->u.items[i], key)) return false;
  return true;
}

static const doc_node *task_definition(const doc_node *doc) {
  const doc_node *td = iac_map_get(doc, "taskDefinition");
  if (!td) td = doc;
  return list_of_maps(iac_map_get(td, "containerDefinitions"), "image") ? td : NULL;
}

static bool policy_output(const doc_node *doc) {
  return is_str(iac_map_get(doc, "policyText")) && keys_within(doc, POLICY_KEYS);
}

static bool awsapi_detect(const char *path, const doc_node *doc) {
  (void)path;
  if (!doc || doc->kind != DOC_MAP) return false;
  if (policy_output(doc)) return true;
  if (task_definition(doc)) return true;
  if (list_of_maps(iac_map_get(doc, "repositories"), "repositoryName")) return true;
  if (list_of_maps(iac_map_get(doc, "Records"), "eventName")) return true;
  return is_str(iac_map_get(doc, "repositoryName")) && keys_within(doc, CREATE_KEYS);
}

static const char *request_op(const char *path, const doc_node *doc) {
  if (!keys_within(doc, PUT_KEYS) || !iac_map_get(doc, "imageTagMutability"))
    return "CreateRepository";
  const char *b = strrchr(path, '/');
  b = b ? b + 1 : path;
  for (const char *p = b; *p; p++)
    if (!strncasecmp(p, "put", 3) || !strncasecmp(p, "mutability", 10))
      return "PutImageTagMutability";
  return "CreateRepository";
}

static iac_resource *add(iac_unit *u, const char *kind, const char *type, const char *name,
                         const doc_node *body) {
  iac_resource *r = iac_unit_add_resource(u);
  r->format = IAC_FMT_AWSAPI;
  r->kind = kind;
  r->type = type;
  r->name = name;
  r->line = body->line;
  r->col = body->col;
  r->body = body;
  return r;
}

static void awsapi_build(iac_unit *u, const doc_node *doc) {
  const doc_node *td = task_definition(doc);
  if (td) {
    const doc_node *fam = iac_map_get(td, "family"),
                   *defs = iac_map_get(td, "containerDefinitions");
    for (uint32_t i = 0; i < defs->len; i++) {
      const doc_node *cn = iac_map_get(defs->u.items[i], "name");
      const char *name = base_arena_printf(&u->arena, "%s.%s", is_str(fam) ? fam->u.str : "task",
                                          is_str(cn) ? cn->u.str : "container");
      iac_image_add(u, IAC_FMT_AWSAPI, "container", name, iac_map_get(defs->u.items[i], "image"));
    }
    return;
  }
  if (policy_output(doc)) {
    const doc_node *repo = iac_map_get(doc, "repositoryName"), *reg = iac_map_get(doc, "registryId");
    if (is_str(repo))
      add(u, "policy", "AWS::ECR::RepositoryPolicy", repo->u.str, doc);
    else
      add(u, "policy", "AWS::ECR::RegistryPolicy", is_str(reg) ? reg->u.str : "", doc);
    return;
  }
  const doc_node *repos = iac_map_get(doc, "repositories");
  if (list_of_maps(repos, "repositoryName")) {
    for (uint32_t i = 0; i < repos->len; i++) {
      const doc_node *n = iac_map_get(repos->u.items[i], "repositoryName");
      add(u, "repository", "AWS::ECR::Repository", is_str(n) ? n->u.str : "", repos->u.items[i]);
    }
    return;
  }
  const doc_node *recs = iac_map_get(doc, "Records");
  if (list_of_maps(recs, "eventName")) {
    for (uint32_t i = 0; i < recs->len; i++) {
      const doc_node *rec = recs->u.items[i];
      const doc_node *src = iac_map_get(rec, "eventSource"), *ev = iac_map_get(rec, "eventName");
      if (!is_str(src) || strcmp(src->u.str, "ecr.amazonaws.com") != 0 || !is_str(ev)) continue;
      const doc_node *repo = iac_map_get(iac_map_get(rec, "requestParameters"), "repositoryName");
      add(u, "event", ev->u.str,
          base_arena_printf(&u->arena, "%s %s", ev->u.str, is_str(repo) ? repo->u.str : ""), rec);
    }
    return;
  }
  const char *op = request_op(u->path, doc);
  add(u, "request", op,
      base_arena_printf(&u->arena, "%s %s", op, iac_map_get(doc, "repositoryName")->u.str), doc);
}

const iac_view iac_view_awsapi = {
    .name = "awsapi",
    .format = IAC_FMT_AWSAPI,
    .detect = awsapi_detect,
    .build = awsapi_build,
};
