/* view_kubernetes.c — Kubernetes manifests (one object per YAML document, or a
 * `kind: List` of items).
 *
 * Resources: the object (kind "resource", type = Kind, name
 * "KIND.NAMESPACE.NAME", namespace "default" when absent); one kind "container"
 * resource per container / initContainer / ephemeralContainer of a workload
 * (type = the workload Kind, name "KIND.NAMESPACE.NAME.CONTAINER", body = the
 * container map); and one kind "image" resource (type "container") per image
 * reference, located at the image line (image.h). */
#include "image.h"
#include "views.h"

#include <string.h>

static bool is_str(const doc_node *n) {
  return n && n->kind == DOC_STRING;
}

static bool k8s_detect(const char *path, const doc_node *doc) {
  (void)path;
  return is_str(iac_map_get(doc, "apiVersion")) && is_str(iac_map_get(doc, "kind")) &&
         (iac_map_get(doc, "metadata") || iac_map_get(doc, "items"));
}

/* Where each workload kind keeps its pod spec: the path of map keys from the
 * object. The ten kinds Checkov reads, OpenShift's DeploymentConfig included. */
#define K8S_WORKLOADS(X)                                                                           \
  X("Pod", "spec")                                                                                 \
  X("PodTemplate", "template", "spec")                                                             \
  X("Deployment", "spec", "template", "spec")                                                      \
  X("StatefulSet", "spec", "template", "spec")                                                     \
  X("DaemonSet", "spec", "template", "spec")                                                       \
  X("ReplicaSet", "spec", "template", "spec")                                                      \
  X("ReplicationController", "spec", "template", "spec")                                           \
  X("Job", "spec", "template", "spec")                                                             \
  X("DeploymentConfig", "spec", "template", "spec")                                                \
  X("CronJob", "spec", "jobTemplate", "spec", "template", "spec")

typedef struct k8s_workload {
  const char *kind;
  const char *path[6]; /* NULL-terminated */
} k8s_workload;

#define K8S_ROW(kind, ...) {kind, {__VA_ARGS__, NULL}},
static const k8s_workload WORKLOADS[] = {K8S_WORKLOADS(K8S_ROW)};
#undef K8S_ROW

static const doc_node *pod_spec(const char *kind, const doc_node *obj) {
  for (size_t w = 0; w < sizeof WORKLOADS / sizeof WORKLOADS[0]; w++) {
    if (strcmp(kind, WORKLOADS[w].kind)) continue;
    const doc_node *n = obj;
    for (const char *const *k = WORKLOADS[w].path; *k && n; k++)
      n = iac_map_get(n, *k);
    return n;
  }
  return NULL;
}

static void containers(iac_unit *u, const char *kind, const char *objname, const doc_node *ps) {
  static const char *const LISTS[] = {"initContainers", "containers", "ephemeralContainers"};
  for (int l = 0; l < 3; l++) {
    const doc_node *list = iac_map_get(ps, LISTS[l]);
    if (!list || list->kind != DOC_LIST) continue;
    for (uint32_t i = 0; i < list->len; i++) {
      const doc_node *c = list->u.items[i];
      if (c->kind != DOC_MAP) continue;
      const doc_node *cn = iac_map_get(c, "name");
      const char *name = is_str(cn)
                             ? base_arena_printf(&u->arena, "%s.%s", objname, cn->u.str)
                             : base_arena_printf(&u->arena, "%s.%s[%u]", objname, LISTS[l], i);
      iac_resource *r = iac_unit_add_resource(u);
      r->format = IAC_FMT_KUBERNETES;
      r->kind = "container";
      r->type = kind;
      r->name = name;
      r->line = c->line;
      r->col = c->col;
      r->body = c;
      const doc_node *image = iac_map_get(c, "image");
      if (!image) /* Kubernetes rejects it; a rule about images could not see it */
        iac_unit_warning(u, c->line, c->col, "container %s has no image", name);
      iac_image_add(u, IAC_FMT_KUBERNETES, "container", name, image);
    }
  }
}

static void object(iac_unit *u, const doc_node *obj) {
  const doc_node *kind = iac_map_get(obj, "kind");
  if (!is_str(kind)) return;
  if (!strcmp(kind->u.str, "List") ||
      (strlen(kind->u.str) > 4 && !strcmp(kind->u.str + strlen(kind->u.str) - 4, "List"))) {
    const doc_node *items = iac_map_get(obj, "items");
    if (items && items->kind == DOC_LIST)
      for (uint32_t i = 0; i < items->len; i++)
        object(u, items->u.items[i]);
    return;
  }
  const doc_node *md = iac_map_get(obj, "metadata");
  const doc_node *ns = iac_map_get(md, "namespace"), *nm = iac_map_get(md, "name");
  const char *name = base_arena_printf(
      &u->arena, "%s.%s.%s", kind->u.str, is_str(ns) ? ns->u.str : "default",
      is_str(nm)                                ? nm->u.str
      : is_str(iac_map_get(md, "generateName")) ? iac_map_get(md, "generateName")->u.str
                                                : "");
  iac_resource *r = iac_unit_add_resource(u);
  r->format = IAC_FMT_KUBERNETES;
  r->kind = "resource";
  r->type = kind->u.str;
  r->name = name;
  r->line = obj->line;
  r->col = obj->col;
  r->body = obj;
  const doc_node *ps = pod_spec(kind->u.str, obj);
  if (ps) containers(u, kind->u.str, name, ps);
}

static void k8s_build(iac_unit *u, const doc_node *doc) {
  object(u, doc);
}

const iac_view iac_view_kubernetes = {
    .name = "kubernetes",
    .format = IAC_FMT_KUBERNETES,
    .detect = k8s_detect,
    .build = k8s_build,
};
