/* tf_value.h — Terraform values: the base every other Terraform file sits on.
 *
 * Values are doc_node trees in the unit arena (see doc.h). A node's `tag` is
 * the index (1-based) of the file its location refers to, so a resource body
 * can relocate values that came from another file (a variable default, a
 * local) to the attribute that uses them.
 *
 * Three outcomes for every expression: a known value; an unknown (DOC_UNKNOWN,
 * reason = why), which propagates through every operation that needs it; or an
 * error — what Terraform would reject — which is an unknown flagged
 * DOC_F_EVAL_ERROR (its reason reads "error: ..." for users), so try()/can()
 * can tell it apart and a rule still sees "unknown", never a guess. An unknown
 * that stands for a resource attribute is flagged DOC_F_REF (refers_to reads
 * the flag). Kinds are flags: nothing compares reason text.
 *
 * This file knows nothing of expressions, functions or modules: builders,
 * unknowns and errors, conversions, to-string, JSON encoding, the JSON-text
 * memo (jsonencode results) and relocation. Ownership: everything returned
 * lives in the scope's arena (s->ev->a). */
#ifndef VIGIL_IAC_TF_VALUE_H
#define VIGIL_IAC_TF_VALUE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "doc.h"

typedef struct tf_scope tf_scope;
typedef struct tf_eval tf_eval;

/* ---- builders: located at line:col, tagged with the scope's file ---- */
const doc_node *iac_tf_str(tf_scope *s, const char *str, size_t n, uint32_t line, uint32_t col);
const doc_node *iac_tf_num(tf_scope *s, double v, uint32_t line, uint32_t col);
const doc_node *iac_tf_bool(tf_scope *s, bool v, uint32_t line, uint32_t col);
const doc_node *iac_tf_null(tf_scope *s, uint32_t line, uint32_t col);
const doc_node *iac_tf_list(tf_scope *s, const doc_node **items, uint32_t n, uint32_t line,
                            uint32_t col);
const doc_node *iac_tf_map(tf_scope *s, const doc_entry *e, uint32_t n, uint32_t line,
                           uint32_t col);
/* The same, taking the array instead of copying it: it must be the caller's
 * own, in the scope's arena, with room for one at n = 0, and not written
 * after the call (it is the value's). The charge is a copy's (the array and
 * the node), so a value costs the budget what it did; the count, never below
 * the arena's bytes, no longer includes the copies that are not made. */
const doc_node *iac_tf_list_take(tf_scope *s, const doc_node **items, uint32_t n, uint32_t line,
                                 uint32_t col);
const doc_node *iac_tf_map_take(tf_scope *s, doc_entry *e, uint32_t n, uint32_t line, uint32_t col);
/* A string node over str itself (NUL-terminated at n, in the scope's arena,
 * never written after the call: a template's finished buffer), charged as
 * iac_tf_str's copy would be. */
const doc_node *iac_tf_str_take(tf_scope *s, const char *str, size_t n, uint32_t line,
                                uint32_t col);

/* ---- the evaluation budget (iac_limits.max_eval_bytes, issue 13) ---- */
/* Charges n bytes; false once the unit's budget is spent (the first time, a
 * located warning records it). Builders charge what they allocate; producers
 * of large values (templates, join, format, file, relocation) charge before
 * they build, so memory stays bounded by the budget. */
bool iac_tf_charge(tf_scope *s, uint64_t n, uint32_t line, uint32_t col);
/* iac_tf_over_budget(ev): the budget is spent (inline, in tf_int.h) */
/* The unknown a value past the budget is. */
const doc_node *iac_tf_budget_unknown(tf_scope *s, uint32_t line, uint32_t col);

/* ---- unknowns ---- */
const doc_node *iac_tf_unknown(tf_scope *s, uint32_t line, uint32_t col, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/* An evaluation error: flagged DOC_F_EVAL_ERROR, reason "error: " + message. */
const doc_node *iac_tf_error(tf_scope *s, uint32_t line, uint32_t col, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/* A reference to a resource attribute Terraform knows only after apply:
 * flagged DOC_F_REF, reason DOC_REF_PREFIX + the address formatted here
 * ("aws_s3_bucket.b.arn"). */
const doc_node *iac_tf_ref_unknown(tf_scope *s, uint32_t line, uint32_t col, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/* The same for ADDR.NAME (an attribute of a resource), without printf. */
const doc_node *iac_tf_ref_unknown_attr(tf_scope *s, uint32_t line, uint32_t col, const char *addr,
                                        const char *name);
/* A copy of unknown u located at line:col (reason and flags kept). */
const doc_node *iac_tf_relay(tf_scope *s, const doc_node *u, uint32_t line, uint32_t col);
/* A new unknown with u's reason (its own copy of the text: the JSON memo
 * keys on text pointers) and flags, located at line:col. */
const doc_node *iac_tf_unknown_like(tf_scope *s, const doc_node *u, uint32_t line, uint32_t col);
bool iac_tf_is_unknown(const doc_node *n);
bool iac_tf_is_error(const doc_node *n);
/* An unknown anywhere inside n (*first = the first one found). */
bool iac_tf_deep_unknown(const doc_node *n, const doc_node **first);

/* p1..p5 joined into the arena (addresses; "" for a part not used) */
const char *iac_tf_concat(base_arena *a, const char *p1, const char *p2, const char *p3,
                          const char *p4, const char *p5);

/* ---- conversions ---- */
/* string conversion as Terraform does for templates (numbers, bools); NULL
 * when the value is not a primitive */
const char *iac_tf_to_string(tf_scope *s, const doc_node *n, size_t *len);
bool iac_tf_to_number(const doc_node *n, double *out); /* number or numeric string */
bool iac_tf_to_bool(const doc_node *n, bool *out);     /* bool or "true"/"false" */
/* map entries sorted by key (Terraform iterates maps in key order) */
const doc_entry **iac_tf_sorted_entries(tf_scope *s, const doc_node *map);

/* ---- JSON ---- */
/* JSON text of a known value (jsonencode) into the arena; NULL if unknown */
char *iac_tf_json_encode(tf_scope *s, const doc_node *v, size_t *len);
/* Append a JSON string literal (Go's encoding/json escapes) to b. */
void iac_tf_json_quote(base_strbuf *b, const char *str, size_t n);
/* JSON text -> the value it encodes, keyed by the text's pointer (copies of
 * the node share it); `placed`: the value is already located where written. */
void iac_tf_note_json(tf_eval *ev, const char *text, const doc_node *value, bool placed);
const doc_node *iac_tf_json_value(const tf_eval *ev, const char *text, bool *placed);

/* ---- locations ---- */
/* Relocate v: nodes outside lines lo..hi of file `tag` move to line:col (see
 * tf_value.c). */
const doc_node *iac_tf_relocate(base_arena *a, const doc_node *v, uint16_t tag, uint32_t lo,
                                uint32_t hi, uint32_t line, uint32_t col);
/* The same, charging every node visited to the budget: a value built by
 * sharing (a local doubling a list) is a tree to everything that reads it.
 * Past the budget, an unknown located at line:col. */
const doc_node *iac_tf_relocate_charged(tf_scope *s, const doc_node *v, uint16_t tag, uint32_t lo,
                                        uint32_t hi, uint32_t line, uint32_t col);

/* ---- where the scope is (Terraform runs in the root module's directory) ---- */
const char *iac_tf_module_dir(const tf_scope *s);
const char *iac_tf_root_dir(const tf_scope *s);
/* path.module / path.root / path.cwd as Terraform gives them; NULL for others */
const char *iac_tf_path_value(tf_scope *s, const char *name);

#endif
