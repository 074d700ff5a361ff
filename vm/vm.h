/* vm.h — running a verified pack over a unit's resources.
 *
 * A vm_state is per thread: operand stack, locals, and a scratch arena that is
 * reset after each (rule, resource) evaluation. The interpreter never mallocs
 * in its dispatch loop: strings built by builtins/CONCAT go to the scratch arena.
 *
 * For every resource of the unit, the pack index yields the selectors that match
 * its (format, kind, type); every matching rule is evaluated and produces:
 *   - one finding per REPORT executed (status fail or unknown), located at the
 *     REPORT's `at` value (or the resource when that is missing/unlocated); or
 *   - when the rule reported nothing and no WHEN guard skipped it, exactly one
 *     pass finding located at the resource.
 * Findings are emitted in (resource order, rule order, execution order). */
#ifndef VIGIL_VM_VM_H
#define VIGIL_VM_VM_H

#include <stdint.h>

#include "iac.h"
#include "pack.h"

typedef enum vm_status {
  VM_PASS = 0,
  VM_FAIL,
  VM_UNKNOWN,
  VM_SUPPRESSED, /* set by the CLI's suppression layer, never by the VM */
  VM_ERROR       /* the rule hit the instruction budget or a runtime fault */
} vm_status;

const char *vm_status_name(vm_status s); /* "pass", "fail", "unknown", "suppressed", "error" */

typedef struct vm_finding {
  uint32_t rule; /* index into pack->rules */
  const iac_resource *res;
  vm_status status;
  uint32_t line, col;
  const char *message; /* valid only during the callback: copy it */
  const char *reason;  /* unknown findings: why (NULL if none is known); valid as message */
  /* The REPORT that emitted it: selector index and code offset (pc is
   * VM_NO_PC for passes, unknown guards and errors). With the pack's debug
   * info, vm_dbg_stmt_at(pack, sel, pc) is the `expect` it comes from. */
  uint32_t sel, pc;
} vm_finding;

#define VM_NO_PC UINT32_MAX

/* Tracing (`--explain`, rule-test coverage): when vm_options.trace is set, it
 * is called after every instruction an evaluation executes, with the value
 * that instruction left on top of the stack, and once with pc VM_NO_PC (top
 * NULL) when an evaluation of a rule on a resource begins. Without it the
 * interpreter runs its ordinary dispatch: tracing costs nothing unless asked
 * for. The hook runs on the scanning thread: a traced scan uses one job. */
struct vm_value;
typedef struct vm_trace_event {
  uint32_t rule, sel, pc; /* pc: the instruction just executed */
  const iac_resource *res;
  const struct vm_value *top; /* NULL when the stack is empty; valid during the call */
} vm_trace_event;
typedef void (*vm_trace_fn)(void *ctx, const vm_trace_event *ev);

typedef void (*vm_emit_fn)(void *ctx, const vm_finding *f);

typedef struct vm_state vm_state;

typedef struct vm_options {
  uint64_t max_steps; /* per (rule, resource) instruction budget; 0 = default (1e7) */
  uint64_t max_bytes; /* per (rule, resource) budget of bytes the rule builds (strings,
                         lists); past it a value is unknown with a reason; 0 = 64 MiB */
  vm_trace_fn trace;  /* NULL: no tracing */
  void *trace_ctx;
} vm_options;

/* ---- facts (docs/language.md, "Facts") ----
 * A fact's selectors run over a unit with vm_run_facts: each EMIT hands one
 * record to the callback: its fact (index into pack->facts), the resource,
 * and n (key, value) pairs, the values nodes of the document or of the
 * state's scratch (NULL: missing, the key is left out), valid during the
 * call. An evaluation that failed (over its budget, a fault) calls back once
 * with keys NULL and `error` set, so no record is silently lost. */
typedef struct vm_fact_record {
  uint32_t fact;
  const iac_resource *res;
  uint32_t n;
  const char *const *keys;
  const doc_node *const *values;
  const char *error; /* NULL, or why the fact's evaluation on res failed */
} vm_fact_record;
typedef void (*vm_fact_fn)(void *ctx, const vm_fact_record *r);

vm_state *vm_state_new(const vm_pack *p, const vm_options *opt);
void vm_state_free(vm_state *s);
/* Evaluate every matching rule on every resource of u. Returns the number of findings emitted. */
size_t vm_run_unit(vm_state *s, const iac_unit *u, vm_emit_fn emit, void *ctx);
/* Run the pack's facts' selectors on every resource of u (the facts pass). */
void vm_run_facts(vm_state *s, const iac_unit *u, vm_fact_fn fn, void *ctx);
/* The table facts() reads: the scan's records as bytes, in table order:
 * each a u32 fact (index into pack->facts), then its map as the cache holds
 * it (engine/facts.c writes it): a node is a u8 doc_kind then null: nothing;
 * bool: u8; number: f64; string: u32 length, bytes; unknown: u32 length,
 * reason, u8 1 when an evaluation error; list: u32 n, n nodes; map: u32 n, n
 * x (u32 key length, key, node). The table reads record i's bytes through
 * read (they may be in a scratch file), never two at once: at build, and
 * under its lock. Indexed by the string fields the pack's FACTS_WHERE join
 * on; a record becomes nodes when read (vm_facts_list, vm_facts_where: once,
 * under the table's lock); one that cannot be read back is an unknown with
 * that reason. One table serves every thread. */
typedef struct vm_fact_bytes {
  uint32_t len;
  uint32_t fact;
} vm_fact_bytes;
/* Reads record i's len bytes into buf; false when they cannot be read. */
typedef bool (*vm_fact_read_fn)(void *ctx, size_t i, uint8_t *buf);
typedef struct vm_facts vm_facts;
vm_facts *vm_facts_build(const vm_pack *p, const vm_fact_bytes *recs, size_t n,
                         vm_fact_read_fn read, void *ctx);
void vm_facts_free(vm_facts *f);
/* One node of a record's bytes (above), from r (r->a NULL: only checked,
 * nothing copied, a map returned as an empty DOC_MAP); r->bad when they are
 * not what the format says or nest deeper than VM_FACT_MAX_DEPTH. */
enum { VM_FACT_MAX_DEPTH = 20 };
struct base_rbuf;
doc_node *vm_fact_node_decode(struct base_rbuf *r, int depth);
/* What facts("NAME") reads: pack fact `fact`'s list (NULL: no table); what
 * facts("NAME", key, val) reads: the records whose field key is the string
 * val (NULL: none). */
const doc_node *vm_facts_list(const vm_facts *f, uint32_t fact);
/* The records of fact i whose field `key` is the string val (NULL: none). */
const doc_node *vm_facts_where(const vm_facts *f, uint32_t fact, const char *key, const char *val,
                               uint32_t len);
/* Later evaluations of s read f (NULL: none collected, facts() is unknown). */
void vm_state_set_facts(vm_state *s, const vm_facts *f);
/* Every lookup of the table later evaluations of s make is also handed to fn
 * (NULL: none): facts("NAME") as (fact, NULL, NULL, 0), facts("NAME", KEY,
 * v) for a string v as (fact, KEY, v, len) (its answer depends on nothing
 * else; for any other v it does not depend on the table). The strings are
 * valid during the call. What lets a scan evaluate a unit before the table
 * is complete and tell afterwards whether the answers it got still stand
 * (engine/facts.h). */
typedef void (*vm_fact_query_fn)(void *ctx, uint32_t fact, const char *key, const char *val,
                                 uint32_t len);
void vm_state_set_fact_query(vm_state *s, vm_fact_query_fn fn, void *ctx);

#endif
