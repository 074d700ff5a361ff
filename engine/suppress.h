/* suppress.h — in-source suppressions: every waiver is visible.
 *
 * Forms (docs/ci.md):
 *   # vigil:ignore RULE[,RULE...] reason text      YAML and HCL comments,
 *   // vigil:ignore RULE reason text               `//` too in HCL (.tf, .tfvars, .hcl)
 *   #checkov:skip=CKV_AWS_51:reason                Checkov compatibility
 *   CloudFormation resource Metadata:
 *     Metadata: {vigil: {ignore: [{rule: RULE, reason: TEXT}]}}
 *     Metadata: {checkov: {skip: [{id: CKV_AWS_51, comment: TEXT}]}}
 * RULE is a rule id or one of the rule's refs (a ref "Checkov:CKV_AWS_51" is
 * also matched by "CKV_AWS_51": the part after the last ':'), so Checkov ids
 * select the Vigil rules mirroring them.
 *
 * Where a comment applies: on the finding's line (the attribute) or in the run
 * of comment-only lines directly above it; and anywhere in the resource's block
 * (HCL braces, YAML indentation, a whole YAML document for document-level
 * resources), the comments directly above the declaration included — Checkov
 * applies a `#checkov:skip` inside a block to the resource. Metadata directives
 * apply to their own resource.
 * Only fail and unknown results are suppressed; a suppressed result gets status
 * `suppressed`, its reason and a kind: "inline" (vigil comment), "checkov"
 * (checkov comment or checkov Metadata), "metadata" (vigil Metadata).
 *
 * A directive that suppresses nothing produces the warning
 * "suppression for RULE matches nothing" — except Checkov directives naming an
 * id no rule of the pack carries (teams migrating keep waivers for checks Vigil
 * does not have). --no-inline-suppressions ignores every in-source form. */
#ifndef VIGIL_CLI_SUPPRESS_H
#define VIGIL_CLI_SUPPRESS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "doc.h"
#include "pack.h"
#include "scan.h"

typedef struct engine_suppress_hit {
  const char *kind;   /* "inline", "checkov", "metadata" */
  const char *reason; /* points into the text or the document (or a static "") */
  size_t reason_len;
  uint32_t line, col; /* where the directive is written */
} engine_suppress_hit;

/* The pure form, per finding: text/len is the file holding the resource (may be
 * NULL), hcl enables `//` comments and `#` anywhere, body is the resource body
 * (CloudFormation Metadata; may be NULL), res_line its declaration line,
 * finding_line the finding's line in the same file (0 = none). Returns true and
 * fills *hit when a directive suppresses `rule` there. */
bool engine_suppress_lookup(const char *text, size_t len, bool hcl, const doc_node *body,
                            uint32_t res_line, const vm_rule *rule, uint32_t finding_line,
                            engine_suppress_hit *hit);

typedef struct engine_suppress_options {
  bool no_inline; /* --no-inline-suppressions: ignore every in-source directive */
} engine_suppress_options;

/* The scan engine's per-unit form (the engine_scan_hooks.unit_done hook, called
 * while the unit is alive): applies directives to r's fail/unknown results and
 * adds a warning per unused directive. Terraform units have no u->text; their
 * files are read again from disk (only .tf/.tfvars files holding resources). */
void engine_suppress_unit(const engine_suppress_options *o, const vm_pack *p, const iac_unit *u,
                          engine_unit_results *r);

/* True when `token` names the rule: its id, a ref, or a ref's part after ':'. */
bool engine_suppress_rule_matches(const vm_rule *rule, const char *token, size_t len);

#endif
