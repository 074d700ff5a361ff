/* cfn.h — CloudFormation template evaluation shared by the CloudFormation view
 * and the views that reuse parts of a template (internal to iac/).
 *
 * Ownership: everything iac_cfn_* returns lives in the unit's arena. */
#ifndef VIGIL_IAC_CFN_H
#define VIGIL_IAC_CFN_H

#include "iac.h"

/* Evaluation state shared by every resolve of one template (issue 13): the
 * byte budget (iac_limits.max_eval_bytes), the nesting depth counted across
 * references, and the FindInMap values being resolved (cycle detection). */
enum { IAC_CFN_MAX_DEPTH = 2048, IAC_CFN_MAX_MAP_CHAIN = 256 };
typedef struct iac_cfn_state {
  uint64_t used, max;
  uint32_t depth;
  bool reported; /* the budget warning was recorded */
  uint32_t n_active;
  const doc_node *active[IAC_CFN_MAX_MAP_CHAIN];
} iac_cfn_state;

typedef struct iac_cfn {
  iac_unit *u;
  iac_cfn_state *st; /* in the unit's arena */
  const doc_node *template_; /* the whole document */
  const doc_node *parameters, *mappings, *resources, *conditions;
} iac_cfn;

void iac_cfn_init(iac_cfn *t, iac_unit *u, const doc_node *template_);
/* "TYPE.LogicalId" for a logical id of this template (NULL if not a resource). */
const char *iac_cfn_resource_name(const iac_cfn *t, const char *logical_id);
/* A resource's body with intrinsics evaluated (Metadata kept as written, short
 * forms rewritten to long forms flagged DOC_F_INTRINSIC). */
const doc_node *iac_cfn_resolve_resource(const iac_cfn *t, const doc_node *resource);
/* Any value of the template evaluated the same way. */
const doc_node *iac_cfn_resolve(const iac_cfn *t, const doc_node *value);
/* Resources of other formats carried inside this resource: IAM/SCP policy
 * statements and container images (cfn_extra.c). */
void iac_cfn_extras(const iac_cfn *t, const iac_resource *r);

#endif
