/* cfn_extra.c — resources of other formats carried inside CloudFormation
 * resources: IAM/SCP/resource policy statements (policy.h) and container
 * images of ECS task definitions, Lambda functions, App Runner services,
 * Batch job definitions and SageMaker models (image.h). Both read the resolved body, so a
 * policy or image built with Fn::Sub/Ref over known values is seen as it will
 * be deployed. */
#include "cfn.h"
#include "image.h"
#include "policy.h"

#include <string.h>

/* Resource types whose property holds one policy document. */
static const struct {
  const char *type, *prop, *kind;
} POLICY_PROPS[] = {
    {"AWS::IAM::Policy", "PolicyDocument", "iam"},
    {"AWS::IAM::ManagedPolicy", "PolicyDocument", "iam"},
    {"AWS::IAM::Role", "AssumeRolePolicyDocument", "resource-policy"},
    {"AWS::ECR::Repository", "RepositoryPolicyText", "resource-policy"},
    {"AWS::ECR::RegistryPolicy", "PolicyText", "resource-policy"},
    {"AWS::S3::BucketPolicy", "PolicyDocument", "resource-policy"},
    {"AWS::SQS::QueuePolicy", "PolicyDocument", "resource-policy"},
    {"AWS::SNS::TopicPolicy", "PolicyDocument", "resource-policy"},
    {"AWS::KMS::Key", "KeyPolicy", "resource-policy"},
    {"AWS::SecretsManager::ResourcePolicy", "ResourcePolicy", "resource-policy"},
};

/* Types with inline policies (Policies[].PolicyDocument), the SCP/RCP type
 * and the ECS task definition (container images). */
static const char *const INLINE_POLICY_TYPES[] = {"AWS::IAM::Role", "AWS::IAM::User",
                                                  "AWS::IAM::Group"};
#define ORG_POLICY_TYPE "AWS::Organizations::Policy"
#define TASK_DEFINITION_TYPE "AWS::ECS::TaskDefinition"

/* Whether type is `name`, every name here starting "AWS::", for a type that
 * starts so too with a byte after it (may_carry_extras checks): the service's
 * first two bytes are compared inline before the call. */
static bool type_is(const char *type, const char *name) {
  return type[5] == name[5] && type[6] == name[6] && strcmp(type, name) == 0;
}

static void policies(const iac_cfn *t, const iac_resource *r, const doc_node *props) {
  base_arena *a = &t->u->arena;
  for (size_t i = 0; i < sizeof POLICY_PROPS / sizeof POLICY_PROPS[0]; i++) {
    if (!type_is(r->type, POLICY_PROPS[i].type)) continue;
    const doc_node *doc = iac_map_get(props, POLICY_PROPS[i].prop);
    if (doc)
      iac_policy_add_statements(t->u, doc,
                                base_arena_printf(a, "%s.%s", r->name, POLICY_PROPS[i].prop),
                                POLICY_PROPS[i].kind);
  }
  /* inline policies of roles, users and groups: Policies[].PolicyDocument */
  if (type_is(r->type, INLINE_POLICY_TYPES[0]) || type_is(r->type, INLINE_POLICY_TYPES[1]) ||
      type_is(r->type, INLINE_POLICY_TYPES[2])) {
    const doc_node *list = iac_map_get(props, "Policies");
    if (list && list->kind == DOC_LIST)
      for (uint32_t k = 0; k < list->len; k++)
        iac_policy_add_statements(t->u, iac_map_get(list->u.items[k], "PolicyDocument"),
                                  base_arena_printf(a, "%s.Policies[%u]", r->name, k), "iam");
  }
  if (type_is(r->type, ORG_POLICY_TYPE)) {
    const doc_node *kind = iac_map_get(props, "Type");
    const char *k = kind && kind->kind == DOC_STRING ? kind->u.str : "SERVICE_CONTROL_POLICY";
    const char *ptype = !strcmp(k, "SERVICE_CONTROL_POLICY")    ? "scp"
                        : !strcmp(k, "RESOURCE_CONTROL_POLICY") ? "resource-policy"
                                                                : NULL;
    if (ptype) /* tag, backup and AI opt-out policies are not IAM statements */
      iac_policy_add_statements(t->u, iac_map_get(props, "Content"),
                                base_arena_printf(a, "%s.Content", r->name), ptype);
  }
}

static void images(const iac_cfn *t, const iac_resource *r, const doc_node *props) {
  if (!type_is(r->type, TASK_DEFINITION_TYPE)) return;
  const doc_node *defs = iac_map_get(props, "ContainerDefinitions");
  if (!defs || defs->kind != DOC_LIST) return;
  for (uint32_t i = 0; i < defs->len; i++) {
    const doc_node *def = defs->u.items[i];
    const doc_node *cname = iac_map_get(def, "Name");
    const char *name =
        cname && cname->kind == DOC_STRING
            ? base_arena_printf(&t->u->arena, "%s.%s", r->name, cname->u.str)
            : base_arena_printf(&t->u->arena, "%s.ContainerDefinitions[%u]", r->name, i);
    iac_image_add(t->u, IAC_FMT_CLOUDFORMATION, "container", name, iac_map_get(def, "Image"));
  }
}

/* Where other compute resources name their image: a property path (a list on
 * the way is walked item by item), and the image resource's type. */
static const struct {
  const char *type, *itype;
  const char *path[4];
} OTHER_IMAGES[] = {
    {"AWS::Lambda::Function", "function", {"Code", "ImageUri"}},
    {"AWS::AppRunner::Service",
     "service",
     {"SourceConfiguration", "ImageRepository", "ImageIdentifier"}},
    {"AWS::Batch::JobDefinition", "job", {"ContainerProperties", "Image"}},
    {"AWS::SageMaker::Model", "model", {"PrimaryContainer", "Image"}},
    {"AWS::SageMaker::Model", "model", {"Containers", "Image"}},
};

static void image_walk(const iac_cfn *t, const char *itype, const char *name, const doc_node *n,
                       const char *const *path) {
  const doc_node *v = n && n->kind == DOC_MAP ? iac_map_get(n, *path) : NULL;
  if (!v) return;
  if (!path[1]) {
    iac_image_add(t->u, IAC_FMT_CLOUDFORMATION, itype, name, v);
    return;
  }
  if (v->kind == DOC_MAP) image_walk(t, itype, name, v, path + 1);
  for (uint32_t i = 0; v->kind == DOC_LIST && i < v->len; i++)
    image_walk(t, itype, base_arena_printf(&t->u->arena, "%s.%s[%u]", name, *path, i),
               v->u.items[i], path + 1);
}

static void other_images(const iac_cfn *t, const iac_resource *r, const doc_node *props) {
  for (size_t i = 0; i < sizeof OTHER_IMAGES / sizeof OTHER_IMAGES[0]; i++)
    if (type_is(r->type, OTHER_IMAGES[i].type))
      image_walk(t, OTHER_IMAGES[i].itype, r->name, props, OTHER_IMAGES[i].path);
}

/* Whether a resource of this type may carry a policy or an image: one of the
 * types the functions above test. Every resource asks and most are none of
 * them, which this answers without the twenty strcmp calls those make. */
static bool may_carry_extras(const char *type) {
  if (strncmp(type, "AWS::", 5) != 0 || !type[5]) return false;
  for (size_t i = 0; i < sizeof POLICY_PROPS / sizeof POLICY_PROPS[0]; i++)
    if (type_is(type, POLICY_PROPS[i].type)) return true;
  for (size_t i = 0; i < sizeof INLINE_POLICY_TYPES / sizeof INLINE_POLICY_TYPES[0]; i++)
    if (type_is(type, INLINE_POLICY_TYPES[i])) return true;
  for (size_t i = 0; i < sizeof OTHER_IMAGES / sizeof OTHER_IMAGES[0]; i++)
    if (type_is(type, OTHER_IMAGES[i].type)) return true;
  return type_is(type, ORG_POLICY_TYPE) || type_is(type, TASK_DEFINITION_TYPE);
}

void iac_cfn_extras(const iac_cfn *t, const iac_resource *r) {
  if (!may_carry_extras(r->type)) return;
  const doc_node *props = iac_map_get(r->body, "Properties");
  if (!props || props->kind != DOC_MAP) return;
  /* r may move when resources are added: copy what we need first */
  iac_resource self = *r;
  policies(t, &self, props);
  images(t, &self, props);
  other_images(t, &self, props);
}
