/* tf_extras.c — resources of other formats carried inside Terraform resources:
 * IAM / SCP / resource policy statements (policy.h) and ECS container images
 * (image.h), with the same shapes CloudFormation produces (docs/formats.md).
 *
 * A policy reaches a resource in three ways: jsonencode({...}) (the encoded
 * value is remembered, so statements keep the locations they are written at),
 * a JSON string or heredoc (parsed; located at the string), or
 * data.aws_iam_policy_document.X.json (the data source's statement blocks,
 * normalised to IAM's JSON shape, located at those blocks). An unknown policy
 * adds nothing: the owning resource is still evaluated by its own rules. */
#include <pthread.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "image.h"
#include "policy.h"
#include "tf_int.h"
#include "yaml_load.h"

/* ---- aws_iam_policy_document ---------------------------------------------------------- */

static const doc_node *get(const doc_node *m, const char *k) {
  const doc_node *v = m && m->kind == DOC_MAP ? iac_map_get(m, k) : NULL;
  return v && v->kind != DOC_NULL ? v : NULL;
}

static doc_node *mk_map(base_arena *a, const doc_entry *e, uint32_t n, const doc_node *at) {
  doc_node *m = iac_doc_map(a, e, n, at->line, at->col);
  m->tag = at->tag;
  return m;
}

static doc_node *mk_list(base_arena *a, doc_node **v, uint32_t n, const doc_node *at) {
  doc_node *l = iac_doc_list(a, v, n, at->line, at->col);
  l->tag = at->tag;
  return l;
}

/* Terraform writes a one-element set as a bare value ("AWS": "arn:...") */
static const doc_node *one_or_all(const doc_node *v) {
  return v->kind == DOC_LIST && v->len == 1 ? v->u.items[0] : v;
}

static const doc_node *concat(base_arena *a, const doc_node *x, const doc_node *y) {
  if (x->kind != DOC_LIST || y->kind != DOC_LIST) return x->kind == DOC_UNKNOWN ? x : y;
  doc_node **v = base_arena_alloc(a, (x->len + y->len + 1) * sizeof *v);
  memcpy(v, x->u.items, x->len * sizeof *v);
  memcpy(v + x->len, y->u.items, y->len * sizeof *v);
  return mk_list(a, v, x->len + y->len, x);
}

/* principals { type, identifiers } blocks -> {"AWS": [...], "Service": ...} or "*" */
static const doc_node *principals(base_arena *a, const doc_node *blocks) {
  if (blocks->kind != DOC_LIST) return blocks;
  doc_entry *es = base_arena_alloc(a, (blocks->len + 1) * sizeof *es);
  uint32_t n = 0;
  for (uint32_t i = 0; i < blocks->len; i++) {
    const doc_node *p = blocks->u.items[i];
    const doc_node *t = get(p, "type"), *ids = get(p, "identifiers");
    if (!t || !ids) continue;
    if (t->kind == DOC_UNKNOWN) return t;
    if (t->kind != DOC_STRING) continue;
    uint32_t k = 0;
    while (k < n && strcmp(es[k].key, t->u.str))
      k++;
    if (k == n)
      es[n++] = (doc_entry){t->u.str, t->len, t->line, t->col, (doc_node *)ids};
    else
      es[k].val = (doc_node *)concat(a, es[k].val, ids);
  }
  if (n == 1 && !strcmp(es[0].key, "*")) {
    const doc_node *ids = es[0].val;
    bool star = ids->kind == DOC_LIST && ids->len > 0;
    for (uint32_t i = 0; star && i < ids->len; i++)
      star = ids->u.items[i]->kind == DOC_STRING && !strcmp(ids->u.items[i]->u.str, "*");
    if (star) return ids->u.items[0];
  }
  for (uint32_t k = 0; k < n; k++)
    es[k].val = (doc_node *)one_or_all(es[k].val);
  return mk_map(a, es, n, blocks);
}

/* condition { test, variable, values } blocks -> {test: {variable: values}} */
static const doc_node *conditions(base_arena *a, const doc_node *blocks) {
  if (blocks->kind != DOC_LIST) return blocks;
  uint32_t cap = blocks->len + 1;
  doc_entry *tests = base_arena_alloc(a, cap * sizeof *tests);
  doc_entry **vars = base_arena_alloc(a, cap * sizeof *vars);
  uint32_t *nvars = base_arena_calloc(a, cap * sizeof *nvars);
  const doc_node **at = base_arena_alloc(a, cap * sizeof *at);
  uint32_t n = 0;
  for (uint32_t i = 0; i < blocks->len; i++) {
    const doc_node *c = blocks->u.items[i];
    const doc_node *t = get(c, "test"), *var = get(c, "variable"), *vals = get(c, "values");
    if (!t || !var || !vals) continue;
    if (t->kind == DOC_UNKNOWN) return t;
    if (var->kind == DOC_UNKNOWN) return var;
    if (t->kind != DOC_STRING || var->kind != DOC_STRING) continue;
    uint32_t k = 0;
    while (k < n && strcmp(tests[k].key, t->u.str))
      k++;
    if (k == n) {
      tests[n] = (doc_entry){t->u.str, t->len, t->line, t->col, NULL};
      vars[n] = base_arena_alloc(a, cap * sizeof **vars);
      at[n] = c;
      n++;
    }
    uint32_t j = 0;
    while (j < nvars[k] && strcmp(vars[k][j].key, var->u.str))
      j++;
    if (j == nvars[k])
      vars[k][nvars[k]++] =
          (doc_entry){var->u.str, var->len, var->line, var->col, (doc_node *)vals};
    else
      vars[k][j].val = (doc_node *)concat(a, vars[k][j].val, vals);
  }
  for (uint32_t k = 0; k < n; k++) {
    for (uint32_t j = 0; j < nvars[k]; j++)
      vars[k][j].val = (doc_node *)one_or_all(vars[k][j].val);
    tests[k].val = mk_map(a, vars[k], nvars[k], at[k]);
  }
  return mk_map(a, tests, n, blocks);
}

static const struct {
  const char *tf, *iam;
  const doc_node *(*conv)(base_arena *, const doc_node *);
} STATEMENT_KEYS[] = {
    {"sid", "Sid", NULL},
    {"effect", "Effect", NULL},
    {"actions", "Action", NULL},
    {"not_actions", "NotAction", NULL},
    {"resources", "Resource", NULL},
    {"not_resources", "NotResource", NULL},
    {"principals", "Principal", principals},
    {"not_principals", "NotPrincipal", principals},
    {"condition", "Condition", conditions},
};
enum { N_STATEMENT_KEYS = sizeof STATEMENT_KEYS / sizeof STATEMENT_KEYS[0] };

static const doc_node *statement(base_arena *a, const doc_node *st) {
  if (st->kind != DOC_MAP) return st;
  doc_entry es[N_STATEMENT_KEYS];
  uint32_t n = 0;
  for (uint32_t k = 0; k < N_STATEMENT_KEYS; k++) {
    const doc_entry *e = iac_map_entry(st, STATEMENT_KEYS[k].tf);
    if (!e || e->val->kind == DOC_NULL) {
      if (k == 1) { /* effect defaults to Allow */
        doc_node *allow = iac_doc_string(a, "Allow", 5, st->line, st->col);
        allow->tag = st->tag;
        es[n++] = (doc_entry){"Effect", 6, st->line, st->col, allow};
      }
      continue;
    }
    const doc_node *v = STATEMENT_KEYS[k].conv ? STATEMENT_KEYS[k].conv(a, e->val) : e->val;
    es[n++] = (doc_entry){STATEMENT_KEYS[k].iam, (uint32_t)strlen(STATEMENT_KEYS[k].iam), e->line,
                          e->col, (doc_node *)v};
  }
  return mk_map(a, es, n, st);
}

/* A policy value (string or unknown) -> the document it holds, or NULL. */
static const doc_node *document_of(tf_eval *ev, const doc_node *v, bool *placed, bool *parsed) {
  *placed = *parsed = false;
  if (!v || (v->kind != DOC_STRING && v->kind != DOC_UNKNOWN)) return v;
  const doc_node *d = iac_tf_json_value(ev, v->u.str, placed);
  if (d) return d;
  if (v->kind != DOC_STRING) return NULL;
  *parsed = true;
  return iac_yaml_parse_embedded(ev->u, v);
}

static const doc_node *doc_statements(tf_eval *ev, const doc_node *v) {
  bool placed, parsed;
  const doc_node *d = document_of(ev, v, &placed, &parsed);
  const doc_node *st = d && d->kind == DOC_MAP ? iac_map_get(d, "Statement") : NULL;
  if (st && st->kind == DOC_MAP) return mk_list(ev->a, (doc_node **)&st, 1, st);
  return st && st->kind == DOC_LIST ? st : NULL;
}

static const char *sid_of(const doc_node *st) {
  const doc_node *s = get(st, "Sid");
  return s && s->kind == DOC_STRING && s->len ? s->u.str : NULL;
}

/* Append statements; one whose Sid is already there replaces it (Terraform's
 * source/override merge). */
static void merge_statements(base_arena *a, hcl_vec *out, const doc_node *list) {
  for (uint32_t i = 0; list && i < list->len; i++) {
    const doc_node *st = list->u.items[i];
    const char *sid = sid_of(st);
    uint32_t k = 0;
    while (sid && k < out->n && !(sid_of(out->v[k]) && !strcmp(sid_of(out->v[k]), sid)))
      k++;
    if (sid && k < out->n)
      out->v[k] = (void *)st;
    else
      iac_hcl_vec_push(a, out, (void *)st);
  }
}

static const doc_node *policy_document(tf_scope *s, const doc_node *body) {
  tf_eval *ev = s->ev;
  base_arena *a = ev->a;
  hcl_vec sts = {0};
  const doc_node *src = get(body, "source_policy_documents");
  for (uint32_t i = 0; src && src->kind == DOC_LIST && i < src->len; i++)
    merge_statements(a, &sts, doc_statements(ev, src->u.items[i]));
  const doc_node *own = get(body, "statement");
  if (own && own->kind == DOC_LIST) {
    doc_node **norm = base_arena_alloc(a, (own->len + 1) * sizeof *norm);
    for (uint32_t i = 0; i < own->len; i++)
      norm[i] = (doc_node *)statement(a, own->u.items[i]);
    merge_statements(a, &sts, mk_list(a, norm, own->len, own));
  }
  const doc_node *ovr = get(body, "override_policy_documents");
  for (uint32_t i = 0; ovr && ovr->kind == DOC_LIST && i < ovr->len; i++)
    merge_statements(a, &sts, doc_statements(ev, ovr->u.items[i]));
  const doc_node *ver = get(body, "version");
  if (!ver) {
    ver = iac_doc_string(a, "2012-10-17", 10, body->line, body->col);
    ((doc_node *)ver)->tag = body->tag;
  }
  doc_entry es[2] = {{"Version", 7, ver->line, ver->col, (doc_node *)ver},
                     {"Statement", 9, own ? own->line : body->line, own ? own->col : body->col,
                      mk_list(a, (doc_node **)sts.v, sts.n, own ? own : body)}};
  return mk_map(a, es, 2, body);
}

static bool is_policy_doc_addr(const char *addr) {
  static const char pre[] = "data.aws_iam_policy_document.";
  const char *p = strstr(addr, pre);
  /* at the start or after a module prefix ("module.x.data....") */
  return p && (p == addr || p[-1] == '.') && !strchr(p + sizeof pre - 1, '.');
}

const doc_node *iac_tf_policy_doc_attr(tf_scope *s, const doc_node *obj, const char *addr,
                                       const char *name, uint32_t line, uint32_t col) {
  if ((strcmp(name, "json") && strcmp(name, "minified_json")) || !is_policy_doc_addr(addr))
    return NULL;
  const doc_node *doc = policy_document(s, obj);
  size_t len;
  char *text = iac_tf_json_encode(s, doc, &len);
  /* with unknowns inside, the text is unknown but the statements are not */
  const doc_node *r = text ? iac_tf_str(s, text, len, line, col)
                           : iac_tf_ref_unknown_attr(s, line, col, addr, name);
  iac_tf_note_json(s->ev, r->u.str, doc, true);
  return r;
}

/* ---- extraction -------------------------------------------------------------------- */

static const struct {
  const char *type, *attr, *kind;
} POLICY_ATTRS[] = {
    {"aws_iam_policy", "policy", "iam"},
    {"aws_iam_role_policy", "policy", "iam"},
    {"aws_iam_user_policy", "policy", "iam"},
    {"aws_iam_group_policy", "policy", "iam"},
    {"aws_iam_role", "assume_role_policy", "resource-policy"},
    {"aws_ecr_repository_policy", "policy", "resource-policy"},
    {"aws_ecr_registry_policy", "policy", "resource-policy"},
    {"aws_s3_bucket_policy", "policy", "resource-policy"},
    {"aws_kms_key", "policy", "resource-policy"},
    {"aws_sqs_queue_policy", "policy", "resource-policy"},
    {"aws_sns_topic_policy", "policy", "resource-policy"},
    {"aws_secretsmanager_secret_policy", "policy", "resource-policy"},
};

typedef struct xctx {
  tf_eval *ev;
  uint16_t tag;
  uint32_t lo, hi;
  const char *file; /* of the owning resource */
} xctx;

/* The value behind `v` located for findings: a jsonencode argument written in
 * the resource keeps its place, one written elsewhere moves to the attribute. */
static const doc_node *resolve(xctx *x, const doc_node *v, bool *parsed) {
  bool placed;
  const doc_node *d = document_of(x->ev, v, &placed, parsed);
  if (!d || *parsed || placed || d == v) return d;
  return iac_tf_relocate(x->ev->a, d, x->tag, x->lo, x->hi, v->line, v->col);
}

static const char *file_of(xctx *x, const doc_node *n, bool parsed) {
  if (parsed || !n || !n->tag || n->tag > x->ev->n_files) return x->file;
  return x->ev->files[n->tag - 1];
}

static void add_policy(xctx *x, const doc_node *v, const char *owner, const char *kind) {
  bool parsed;
  const doc_node *doc = resolve(x, v, &parsed);
  if (!doc || doc->kind != DOC_MAP) return;
  iac_unit *u = x->ev->u;
  size_t before = u->n_resources;
  iac_policy_add_statements(u, doc, owner, kind);
  /* the statements policy.c kept, in its order, tell each one's file */
  const doc_node *st = iac_map_get(doc, "Statement");
  uint32_t k = 0;
  for (size_t i = before; i < u->n_resources; i++) {
    const doc_node *node = st && st->kind == DOC_MAP ? st : NULL;
    while (!node && st && st->kind == DOC_LIST && k < st->len)
      if (st->u.items[k++]->kind == DOC_MAP) node = st->u.items[k - 1];
    u->resources[i].file = file_of(x, node, parsed);
  }
}

static void add_images(xctx *x, const doc_node *v, const char *addr) {
  bool parsed;
  const doc_node *defs = resolve(x, v, &parsed);
  if (!defs || defs->kind != DOC_LIST) return;
  iac_unit *u = x->ev->u;
  for (uint32_t i = 0; i < defs->len; i++) {
    const doc_node *def = defs->u.items[i];
    if (def->kind != DOC_MAP) continue;
    const doc_node *cname = get(def, "name");
    const char *name = cname && cname->kind == DOC_STRING
                           ? base_arena_printf(x->ev->a, "%s.%s", addr, cname->u.str)
                           : base_arena_printf(x->ev->a, "%s.container_definitions[%u]", addr, i);
    const doc_node *image = get(def, "image");
    size_t before = u->n_resources;
    iac_image_add(u, IAC_FMT_TERRAFORM, "container", name, image);
    for (size_t k = before; k < u->n_resources; k++)
      u->resources[k].file = file_of(x, image, parsed);
  }
}

/* Where other compute resources name their image: an attribute/block path (a
 * list on the way, a block, is walked item by item; JSON text on the way, as
 * Batch's container_properties, is decoded), and the image resource's type. */
static const struct {
  const char *type, *itype;
  const char *path[4];
} OTHER_IMAGES[] = {
    {"aws_lambda_function", "function", {"image_uri"}},
    {"aws_apprunner_service",
     "service",
     {"source_configuration", "image_repository", "image_identifier"}},
    {"aws_batch_job_definition", "job", {"container_properties", "image"}},
    {"aws_sagemaker_model", "model", {"primary_container", "image"}},
    {"aws_sagemaker_model", "model", {"container", "image"}},
};

static void image_walk(xctx *x, const char *itype, const char *name, const doc_node *n,
                       const char *const *path, bool parsed) {
  const doc_node *v = get(n, *path);
  if (!v) return;
  iac_unit *u = x->ev->u;
  if (!path[1]) {
    size_t before = u->n_resources;
    iac_image_add(u, IAC_FMT_TERRAFORM, itype, name, v);
    for (size_t k = before; k < u->n_resources; k++)
      u->resources[k].file = file_of(x, v, parsed);
    return;
  }
  if (v->kind == DOC_STRING) {
    bool p;
    v = resolve(x, v, &p);
    parsed |= p;
    if (!v) return;
  }
  if (v->kind == DOC_MAP) image_walk(x, itype, name, v, path + 1, parsed);
  for (uint32_t i = 0; v->kind == DOC_LIST && i < v->len; i++)
    image_walk(x, itype,
               v->len == 1 ? name : base_arena_printf(x->ev->a, "%s.%s[%u]", name, *path, i),
               v->u.items[i], path + 1, parsed);
}

/* ---- kubernetes provider workloads ----------------------------------------------------- */

/* An open-addressing set of pointers (block_cap a power of two, at most half
 * full), so telling blocks from arguments stays O(1) however many blocks a
 * configuration has. */
static uint32_t ptr_slot(const doc_node *p, uint32_t cap) {
  uint64_t h = (uint64_t)(uintptr_t)p * 0x9E3779B97F4A7C15ull;
  return (uint32_t)(h >> 32) & (cap - 1);
}

void iac_tf_note_block_list(tf_eval *ev, const doc_node *list) {
  if (2 * (ev->block_n + 1) > ev->block_cap) {
    uint32_t cap = ev->block_cap ? ev->block_cap * 2 : 64;
    const doc_node **v = base_arena_calloc(ev->a, cap * sizeof *v);
    for (uint32_t i = 0; i < ev->block_cap; i++) {
      if (!ev->block_lists[i]) continue;
      uint32_t k = ptr_slot(ev->block_lists[i], cap);
      while (v[k])
        k = (k + 1) & (cap - 1);
      v[k] = ev->block_lists[i];
    }
    ev->block_lists = v;
    ev->block_cap = cap;
  }
  uint32_t k = ptr_slot(list, ev->block_cap);
  while (ev->block_lists[k] && ev->block_lists[k] != list)
    k = (k + 1) & (ev->block_cap - 1);
  if (!ev->block_lists[k]) ev->block_n++;
  ev->block_lists[k] = list;
}

bool iac_tf_is_block_list(const tf_eval *ev, const doc_node *list) {
  if (!ev->block_cap) return false;
  uint32_t k = ptr_slot(list, ev->block_cap);
  while (ev->block_lists[k]) {
    if (ev->block_lists[k] == list) return true;
    k = (k + 1) & (ev->block_cap - 1);
  }
  return false;
}

static void warn_in(iac_unit *u, const char *file, uint32_t line, uint32_t col, const char *fmt,
                    ...) __attribute__((format(printf, 5, 6)));
static void warn_in(iac_unit *u, const char *file, uint32_t line, uint32_t col, const char *fmt,
                    ...) {
  va_list ap;
  va_start(ap, fmt);
  iac_unit_diag(u, IAC_SEV_WARNING, line, col, fmt, ap)->file = file;
  va_end(ap);
}

/* Where each workload resource of the kubernetes provider keeps its pod spec:
 * the nested blocks from the resource (each a list of one block). The
 * provider's resource names; the same workloads view_kubernetes.c reads in
 * manifests (it has no PodTemplate, ReplicaSet or DeploymentConfig). */
#define TF_K8S_WORKLOADS(X)                                                                        \
  X("kubernetes_pod", "spec")                                                                      \
  X("kubernetes_pod_v1", "spec")                                                                   \
  X("kubernetes_deployment", "spec", "template", "spec")                                           \
  X("kubernetes_deployment_v1", "spec", "template", "spec")                                        \
  X("kubernetes_stateful_set", "spec", "template", "spec")                                         \
  X("kubernetes_stateful_set_v1", "spec", "template", "spec")                                      \
  X("kubernetes_daemonset", "spec", "template", "spec")                                            \
  X("kubernetes_daemon_set_v1", "spec", "template", "spec")                                        \
  X("kubernetes_replication_controller", "spec", "template", "spec")                               \
  X("kubernetes_replication_controller_v1", "spec", "template", "spec")                            \
  X("kubernetes_job", "spec", "template", "spec")                                                  \
  X("kubernetes_job_v1", "spec", "template", "spec")                                               \
  X("kubernetes_cron_job", "spec", "job_template", "spec", "template", "spec")                     \
  X("kubernetes_cron_job_v1", "spec", "job_template", "spec", "template", "spec")

typedef struct tf_k8s_workload {
  const char *type;
  const char *path[7]; /* NULL-terminated */
} tf_k8s_workload;

#define TF_K8S_ROW(type, ...) {type, {__VA_ARGS__, NULL}},
static const tf_k8s_workload K8S_WORKLOADS[] = {TF_K8S_WORKLOADS(TF_K8S_ROW)};
#undef TF_K8S_ROW

static bool is_json_file(xctx *x, const doc_node *n) {
  const char *f = file_of(x, n, false);
  size_t l = strlen(f);
  return l >= 5 && !strcmp(f + l - 5, ".json");
}

/* One container block: a kind "container" resource (body = the block) and
 * its image. In an argument (`container = [{...}]`), which the provider
 * rejects ("Unsupported argument"), the container is not read: its image is
 * an unknown evaluation error, so image rules report unknown, not a verdict
 * on a configuration Terraform does not accept. */
static void k8s_container(xctx *x, const char *type, const char *addr, const char *list_name,
                          uint32_t i, const doc_node *c, bool block) {
  tf_eval *ev = x->ev;
  iac_unit *u = ev->u;
  const doc_node *cn = get(c, "name");
  const char *name = cn && cn->kind == DOC_STRING
                         ? base_arena_printf(ev->a, "%s.%s", addr, cn->u.str)
                         : base_arena_printf(ev->a, "%s.%s[%u]", addr, list_name, i);
  const char *file = file_of(x, c, false);
  const doc_node *image = get(c, "image");
  if (!block) {
    tf_scope s = {0};
    s.ev = ev;
    s.tag = c->tag;
    image = iac_tf_error(&s, c->line, c->col,
                         "%s is an argument; the kubernetes provider takes "
                         "only %s blocks",
                         list_name, list_name);
  } else {
    iac_resource *r = iac_unit_add_resource(u);
    r->format = IAC_FMT_TERRAFORM;
    r->kind = "container";
    r->type = type;
    r->name = name;
    r->file = file;
    r->line = c->line;
    r->col = c->col;
    r->body = c;
    if (!image) { /* Kubernetes rejects it; a rule about images could not see it */
      warn_in(u, file, c->line, c->col, "container %s has no image", name);
    }
  }
  size_t before = u->n_resources;
  iac_image_add(u, IAC_FMT_TERRAFORM, "container", name, image);
  for (size_t k = before; k < u->n_resources; k++)
    u->resources[k].file = file_of(x, image, false);
  for (size_t k = before; k < u->n_errors; k++)
    u->errors[k].file = file_of(x, image, false);
}

static void k8s_pod_spec(xctx *x, const char *type, const char *addr, const doc_node *ps) {
  static const char *const LISTS[] = {"init_container", "container"};
  for (int l = 0; l < 2; l++) {
    const doc_node *list = get(ps, LISTS[l]);
    if (!list || list->kind != DOC_LIST) continue;
    bool block = iac_tf_is_block_list(x->ev, list) || is_json_file(x, list);
    if (!block) {
      warn_in(x->ev->u, file_of(x, list, false), list->line, list->col,
              "%s: %s is an argument here; the kubernetes provider takes only %s blocks "
              "(Terraform rejects this), its images are unknown",
              addr, LISTS[l], LISTS[l]);
    }
    for (uint32_t i = 0; i < list->len; i++)
      if (list->u.items[i]->kind == DOC_MAP)
        k8s_container(x, type, addr, LISTS[l], i, list->u.items[i], block);
  }
}

/* Follow path[k...] through nested block lists (each item of each list). */
static void k8s_walk(xctx *x, const char *type, const char *addr, const doc_node *n,
                     const char *const *path) {
  if (!*path) {
    k8s_pod_spec(x, type, addr, n);
    return;
  }
  const doc_node *v = get(n, *path);
  if (v && v->kind == DOC_MAP) k8s_walk(x, type, addr, v, path + 1);
  for (uint32_t i = 0; v && v->kind == DOC_LIST && i < v->len; i++)
    if (v->u.items[i]->kind == DOC_MAP) k8s_walk(x, type, addr, v->u.items[i], path + 1);
}

/* What a resource type carries: the rows of the tables above and the three
 * types named in iac_tf_extras that name it, in the order iac_tf_extras
 * handles them. A hash set of types, each with its rows: most resources
 * carry nothing, and a resource that carries something asked every row of
 * every table (~40 strcmp calls each). Built once per process. */
typedef enum { EX_POLICY, EX_ROLE, EX_ORG_POLICY, EX_ECS, EX_IMAGE, EX_K8S } tf_extra_kind;
enum { EXTRA_SLOTS = 256, EXTRA_ROWS = 4 };
typedef struct tf_extra_type {
  const char *type; /* NULL: empty slot */
  uint8_t n;
  struct {
    uint8_t kind; /* tf_extra_kind */
    uint8_t row;  /* in that kind's table */
  } rows[EXTRA_ROWS];
} tf_extra_type;
static tf_extra_type extra_types[EXTRA_SLOTS];
static pthread_once_t extra_once = PTHREAD_ONCE_INIT;

static tf_extra_type *extra_slot(const char *type) {
  uint32_t h = iac_tf_hash(TF_HASH_SEED, type) & (EXTRA_SLOTS - 1);
  while (extra_types[h].type && strcmp(extra_types[h].type, type))
    h = (h + 1) & (EXTRA_SLOTS - 1);
  return &extra_types[h];
}

static void add_extra_type(const char *type, tf_extra_kind kind, size_t row) {
  tf_extra_type *t = extra_slot(type);
  t->type = type;
  if (t->n == EXTRA_ROWS || row > UINT8_MAX) abort(); /* a table outgrew the set: a build error */
  t->rows[t->n].kind = (uint8_t)kind;
  t->rows[t->n].row = (uint8_t)row;
  t->n++;
}

static void build_extra_types(void) {
  _Static_assert(2 * (sizeof POLICY_ATTRS / sizeof POLICY_ATTRS[0] +
                      sizeof OTHER_IMAGES / sizeof OTHER_IMAGES[0] +
                      sizeof K8S_WORKLOADS / sizeof K8S_WORKLOADS[0] + 3) <=
                     EXTRA_SLOTS,
                 "the set is at most half full");
  for (size_t i = 0; i < sizeof POLICY_ATTRS / sizeof POLICY_ATTRS[0]; i++)
    add_extra_type(POLICY_ATTRS[i].type, EX_POLICY, i);
  add_extra_type("aws_iam_role", EX_ROLE, 0);
  add_extra_type("aws_organizations_policy", EX_ORG_POLICY, 0);
  add_extra_type("aws_ecs_task_definition", EX_ECS, 0);
  for (size_t i = 0; i < sizeof OTHER_IMAGES / sizeof OTHER_IMAGES[0]; i++)
    add_extra_type(OTHER_IMAGES[i].type, EX_IMAGE, i);
  for (size_t i = 0; i < sizeof K8S_WORKLOADS / sizeof K8S_WORKLOADS[0]; i++)
    add_extra_type(K8S_WORKLOADS[i].type, EX_K8S, i);
}

void iac_tf_extras(tf_eval *ev, uint16_t tag, uint32_t lo, uint32_t hi, const char *type,
                   const char *addr, const doc_node *body) {
  pthread_once(&extra_once, build_extra_types);
  const tf_extra_type *t = extra_slot(type);
  if (!t->type) return;
  xctx x = {ev, tag, lo, hi, ev->files[tag - 1]};
  base_arena *a = ev->a;
  for (uint8_t r = 0; r < t->n; r++) {
    size_t i = t->rows[r].row;
    switch ((tf_extra_kind)t->rows[r].kind) {
    case EX_POLICY:
      add_policy(&x, get(body, POLICY_ATTRS[i].attr), addr, POLICY_ATTRS[i].kind);
      break;
    case EX_ROLE: {
      const doc_node *inl = get(body, "inline_policy");
      for (uint32_t k = 0; inl && inl->kind == DOC_LIST && k < inl->len; k++)
        add_policy(&x, get(inl->u.items[k], "policy"),
                   base_arena_printf(a, "%s.inline_policy[%u]", addr, k), "iam");
      break;
    }
    case EX_ORG_POLICY: {
      const doc_node *ty = get(body, "type");
      const char *k = !ty ? "SERVICE_CONTROL_POLICY" : ty->kind == DOC_STRING ? ty->u.str : "";
      const char *kind = !strcmp(k, "SERVICE_CONTROL_POLICY")    ? "scp"
                         : !strcmp(k, "RESOURCE_CONTROL_POLICY") ? "resource-policy"
                                                                 : NULL;
      if (kind) add_policy(&x, get(body, "content"), addr, kind);
      break;
    }
    case EX_ECS: add_images(&x, get(body, "container_definitions"), addr); break;
    case EX_IMAGE:
      image_walk(&x, OTHER_IMAGES[i].itype, addr, body, OTHER_IMAGES[i].path, false);
      break;
    case EX_K8S: k8s_walk(&x, type, addr, body, K8S_WORKLOADS[i].path); break;
    }
  }
}
