/* view_policy.c — standalone IAM / SCP / resource policy documents (JSON or
 * YAML): {Version, Statement}. The statement type is "scp" when the file name
 * says so (contains "scp", any case: SCPs and identity policies look the same),
 * "resource-policy" when a statement names a Principal, else "iam". */
#include "policy.h"
#include "views.h"

#include <string.h>
#include <strings.h>

static bool policy_detect(const char *path, const doc_node *doc) {
  (void)path;
  return iac_policy_is_document(doc);
}

static bool name_says_scp(const char *path) {
  const char *b = strrchr(path, '/');
  b = b ? b + 1 : path;
  for (; *b; b++)
    if (!strncasecmp(b, "scp", 3)) return true;
  return false;
}

static bool has_principal(const doc_node *st) {
  if (st->kind == DOC_MAP) return iac_map_get(st, "Principal") || iac_map_get(st, "NotPrincipal");
  if (st->kind != DOC_LIST) return false;
  for (uint32_t i = 0; i < st->len; i++)
    if (has_principal(st->u.items[i])) return true;
  return false;
}

static void policy_build(iac_unit *u, const doc_node *doc) {
  const char *type = name_says_scp(u->path)                         ? "scp"
                     : has_principal(iac_map_get(doc, "Statement")) ? "resource-policy"
                                                                    : "iam";
  const char *b = strrchr(u->path, '/');
  iac_policy_add_statements(u, doc, b ? b + 1 : u->path, type);
}

const iac_view iac_view_policy = {
    .name = "policy",
    .format = IAC_FMT_POLICY,
    .detect = policy_detect,
    .build = policy_build,
};
