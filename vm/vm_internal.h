/* vm_internal.h — private to vm/: value operations, builtins and the VM state
 * layout shared by interp.c, builtins.c and value.c. Not part of the API. */
#ifndef VIGIL_VM_INTERNAL_H
#define VIGIL_VM_INTERNAL_H

#include <stdbool.h>
#include <stdint.h>

#include "arena.h"
#include "iac.h"
#include "pack.h"
#include "regex.h"
#include "value.h"
#include "vm.h"

struct vm_state {
  const vm_pack *pack;
  uint64_t max_steps;
  uint64_t max_bytes; /* budget of bytes built per (rule, resource) */
  uint64_t built;     /* bytes built so far in this evaluation */
  bool over_budget;   /* the budget was exceeded in this evaluation */
  /* json()/yaml() results of this evaluation: the texts decoded and the units
   * that own their trees (freed when the evaluation ends) */
  struct vm_decoded *decoded;
  uint32_t n_decoded, cap_decoded;
  vm_value *stack;    /* sized for the largest max_stack of the pack's selectors */
  vm_value *locals;   /* sized for the largest n_locals */
  base_arena scratch; /* builtins, CONCAT, projections; reset per (rule, resource) */
  vm_regex_cache *rx;
  /* resources of `indexed` with a type and a body, sorted by (format, type,
   * unit order): typeindex.c, rebuilt when the unit changes */
  const iac_resource **by_type;
  size_t n_by_type, cap_by_type;
  const iac_resource **by_body; /* the same with a body, sorted by body address */
  size_t n_by_body, cap_by_body;
  const iac_unit *indexed;
  /* the evaluation in progress */
  const iac_unit *unit;
  const iac_resource *res;
  /* CONST and SUBJECT push values made once (interp.c): the pack's constants
   * as values, and the value of subject_of's body */
  vm_value *const_values;
  const iac_resource *subject_of;
  vm_value subject;
  uint32_t rule;
  uint32_t reported; /* findings emitted for this (rule, resource) */
  bool applied;      /* some selector ran to RET without a top-level WHEN skip */
  vm_emit_fn emit;
  void *ctx;
  size_t emitted;
  uint32_t sel, pc;  /* the REPORT emitting a finding (pc VM_NO_PC otherwise) */
  vm_trace_fn trace; /* vm_options.trace */
  void *trace_ctx;
  /* findings of the (rule, resource) evaluation in progress, handed to emit
   * when it ends (messages point into scratch): what lets an evaluation that
   * read an alternative be re-run over its combinations (alt.c) */
  vm_finding *found;
  uint32_t n_found, cap_found;
  bool alt_read; /* this evaluation read an alternative (DOC_F_ALT) */
  /* facts (vm.h): the scan's records per pack fact (NULL: none collected),
   * and while vm_run_facts runs, where EMIT sends a record */
  const vm_facts *facts;
  vm_fact_query_fn fact_query; /* every lookup of facts, when set (vm.h) */
  void *fact_query_ctx;
  vm_fact_fn fact_emit;
  void *fact_ctx;
  struct vm_alts *alts; /* non-NULL while evaluating combinations (alt.c) */
};

typedef struct vm_decoded {
  const char *text;
  uint32_t len;
  bool yaml;
  bool verbatim; /* decoded from a DOC_F_VERBATIM string: located exactly */
  iac_unit *unit;
  vm_value value;
} vm_decoded;

/* One evaluation of the rule whose selectors are ids[lo, hi) on s->res:
 * findings go to s->found (interp.c). */
void vm_eval_rule(vm_state *s, const uint32_t *ids, uint32_t lo, uint32_t hi, uint64_t *steps);
/* Records an unknown finding with the rule's default message at line:col. */
void vm_found_unknown(vm_state *s, uint32_t line, uint32_t col, const char *why);

/* ---- facts (facts.c) ---- */
/* Fact i's records (NULL when f is NULL). */

/* ---- alternatives (alt.c) ---- */
/* The branch of alternative n (flagged DOC_F_ALT) this evaluation takes: the
 * choice's recorded branch, else branch 0, recorded. Outside a combination
 * run, n itself (a plain unknown), and s->alt_read is set. May return NULL
 * (the value is absent) or another alternative (nested). */
const doc_node *vm_alt_pick(vm_state *s, const doc_node *n);
/* Re-evaluates the rule (as vm_eval_rule) once per combination of the
 * alternatives it reads, replacing s->found by the combined findings. */
void vm_alt_eval_rule(vm_state *s, const uint32_t *ids, uint32_t lo, uint32_t hi, uint64_t *steps);
void vm_alts_free(struct vm_alts *a);

/* The resources of the current unit of this format and type, in unit order:
 * *out points at the count returned (typeindex.c; valid until the unit ends). */
size_t vm_type_range(vm_state *s, iac_format format, const char *type,
                     const iac_resource *const **out);

/* The resource of the current unit whose body is `body` (the first in unit
 * order), NULL when none (typeindex.c). */
const iac_resource *vm_resource_by_body(vm_state *s, const doc_node *body);

/* Frees the units json()/yaml() made in this evaluation (builtins.c). */
void vm_decoded_reset(vm_state *s);

/* Constructors (vm_v_missing, vm_v_bool, vm_v_str, vm_v_list: value.h). */
vm_value vm_v_unknown(const char *why);
/* The unknown a value stands for: its reason and kind flags (a plain unknown
 * when a is not unknown). */
vm_value vm_v_unknown_of(const vm_value *a);

/* Three-valued operators: results are VV_BOOL or VV_UNKNOWN (an unknown operand
 * is passed through so its reason survives). */
/* Different kinds compare only as a number and a numeric string (as numbers)
 * or a bool and "true"/"false" in any case (as bools); missing equals nothing
 * and satisfies no order; null is only equal to null. Any other mix is unknown
 * with a reason built in ar ("cannot compare string \"abc\" with number"; a
 * fixed reason when ar is NULL). */
vm_value vm_v_eq(base_arena *ar, vm_value a, vm_value b);
vm_value vm_v_not(vm_value a);
vm_value vm_v_and(vm_value a, vm_value b);
vm_value vm_v_or(vm_value a, vm_value b);
vm_value vm_v_cmp(base_arena *ar, vm_value a, vm_value b, int op); /* op: 0 <, 1 <=, 2 >, 3 >= */
/* `v in c`: members of another kind than v are simply not v (no unknown). */
vm_value vm_v_in(vm_value v, vm_value c);

/* Copy a value into a document node in arena a (for lists built at run time). */
doc_node *vm_v_to_node(base_arena *a, vm_value v);

/* Scratch memory for a value the rule builds, counted against the byte
 * budget: NULL past it (the caller returns vm_budget_unknown(s)). */
void *vm_build_alloc(vm_state *s, size_t n);
bool vm_build_charge(vm_state *s, size_t n); /* count n bytes built elsewhere; false past it */
vm_value vm_budget_unknown(vm_state *s);

/* ADD SUB MUL DIV MOD (op 0..4). */
vm_value vm_v_arith(vm_state *s, vm_value a, vm_value b, int op);

/* CALL: args[0..arity) with the last argument at args[arity-1]. */
vm_value vm_builtin_call(vm_state *s, unsigned id, const vm_value *args);

#endif
