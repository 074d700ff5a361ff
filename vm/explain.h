/* explain.h — `vigil scan --explain` / `vigil test --explain`: each `expect`
 * and `when` that ran, shown power-assert style with the value of every
 * sub-expression under it, from a traced run (vm_options.trace) and the pack's
 * debug info.
 *
 *     expect number(i.from_port) > 22          fail
 *            |      |               |
 *            22     "22"            false
 *
 * Ownership: the explainer borrows the pack and the stream; free it with
 * vm_explainer_free. One explainer serves one thread (scan with one job). */
#ifndef VIGIL_VM_EXPLAIN_H
#define VIGIL_VM_EXPLAIN_H

#include <stdbool.h>
#include <stdio.h>

#include "pack.h"
#include "vm.h"

typedef struct vm_explainer vm_explainer;

/* rule: a rule id, or NULL for every rule; resource: a resource name
 * (`aws_security_group.web`, or its last component `web`), NULL for every
 * resource. Returns NULL with a one-line reason in err when the pack has no
 * debug info or no such rule. */
vm_explainer *vm_explainer_new(const vm_pack *p, const char *rule, const char *resource, FILE *out,
                               char *err, size_t errlen);
void vm_explainer_free(vm_explainer *x);
/* Write later explanations to out instead; files: whether headers name the
 * resource's file (`vigil test` stages inline inputs in temporary files). */
void vm_explainer_set_output(vm_explainer *x, FILE *out, bool files);
/* The vm_trace_fn: set vm_options.trace = vm_explain_trace, trace_ctx = x. */
void vm_explain_trace(void *ctx, const vm_trace_event *ev);
/* Evaluations explained so far. */
size_t vm_explainer_count(const vm_explainer *x);

#endif
