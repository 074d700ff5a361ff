/* policy.h — IAM / SCP / resource policy documents as statement resources.
 *
 * Reusable by every view that finds a policy inside something else
 * (CloudFormation properties, Terraform jsonencode / aws_iam_policy_document,
 * standalone policy files). Each statement becomes one resource: format
 * `policy`, kind "statement", type "iam" | "scp" | "resource-policy", name
 * "OWNER.Statement[N]", located at the statement, with a normalised body:
 *   Sid (if any), Effect, Action|NotAction, Resource|NotResource (always lists;
 *   a single string becomes a one-item list located at the string),
 *   Principal|NotPrincipal and Condition as written.
 * Unknown policies or statements (e.g. behind Fn::If) are skipped: nothing can
 * be said about them. A policy given as a JSON string is parsed (locations then
 * point at the string). Everything is allocated in u's arena. */
#ifndef VIGIL_IAC_POLICY_H
#define VIGIL_IAC_POLICY_H

#include <stdbool.h>

#include "iac.h"

void iac_policy_add_statements(iac_unit *u, const doc_node *policy, const char *owner_name,
                               const char *type);

/* A policy document: a map with a Statement (list or map of statements) and
 * a Version or statements that carry an Effect. */
bool iac_policy_is_document(const doc_node *doc);

#endif
