/* ruletest.h — `vigil test`: unit tests for rules, written next to the rules.
 *
 * A test file is YAML named *.test.yaml (docs/rule-tests.md):
 *
 *   rules: [../rules]            # rule sources (.vgl files or directories), relative
 *                                # to this file; default: this file's directory
 *   params: {ORG_ID: o-1}        # optional: rule params for every case (as --param)
 *   cases:
 *     - name: mutable repository fails
 *       rules: [ORG_ECR_OWNER_TAG]   # optional: the rules this case checks
 *       params: {MAX: 3}             # optional: over the file's, for this case only
 *       input:
 *         file: fixtures/repo.yaml   # a file, or a directory (Terraform module)
 *         # or: inline: {filename: main.tf, content: "..."}
 *       expect:
 *         - rule: ORG_ECR_OWNER_TAG
 *           resource: AWS::ECR::Repository.Repo   # optional: any resource
 *           status: fail                          # pass | fail | unknown
 *           line: 5                               # optional
 *           message: "repository has no owner tag"  # optional, exact
 *
 * A case passes when every expect matches a distinct result (rule id, resource,
 * status, and line/message when given) and no other fail/unknown/error result
 * of a checked rule appeared. Params (YAML-typed as in .vigil.yaml, of the
 * default's kind) are all checked before any case runs; a bad one makes the
 * file unusable, located at its key. Checked rules: the case's `rules`, plus every rule
 * its expects name; with neither, all rules of the pack. An input that does not
 * parse fails the case.
 *
 * Coverage: for every `expect` of the rules under test, which outcomes the
 * cases produced — evaluated at all, passed (its condition true), failed
 * (false). Gaps ("never evaluated", "never failed", "never passed") are
 * printed after the cases; they do not fail the run. The cases run traced
 * (vm_options.trace) and the pack's debug info locates each expect. */
#ifndef VIGIL_CLI_RULETEST_H
#define VIGIL_CLI_RULETEST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "pack.h"

typedef struct engine_ruletest_totals {
  size_t files, cases, passed, failed;
  size_t deselected;       /* cases -k left out */
  size_t expects, covered; /* covered = evaluated, passed and failed at least once */
} engine_ruletest_totals;

typedef struct engine_ruletest_options {
  const char *pattern; /* -k: run only the cases whose name contains it (NULL: all) */
  bool update;         /* --update: write each failing case's observed results into
                          its `expect` (ruletest_edit.h), the rest of the file kept */
  /* "RULE[@RESOURCE]": after each case, its expects and whens of RULE
   * power-assert style (vm/explain.h); NULL: none */
  const char *explain;
} engine_ruletest_options;

/* Runs one test file, printing "ok - FILE: NAME" / "not ok - FILE: NAME" lines
 * (details indented below) and the coverage gaps to out; diagnostics (compile
 * errors) go to diag. A test file that does not parse, or whose rules do not
 * compile, is one "not ok - FILE" line (the error, FILE:LINE:COL, below it) and
 * counts as a failed case. Returns 0 if all cases passed, 1 if any failed, 2 if
 * the file or its rules are unusable. */
int engine_ruletest_file(const char *path, const engine_ruletest_options *o, FILE *out,
                         FILE *diag, engine_ruletest_totals *t);

/* Test files under path (a *.test.yaml file, or a directory searched
 * recursively, sorted). Returns the count; *files is malloc'd (free each and it). */
size_t engine_ruletest_find(const char *path, char ***files);

#endif
