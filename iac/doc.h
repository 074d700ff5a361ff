/* doc.h — the immutable document tree every loader produces and the VM reads.
 *
 * One tree shape for YAML, JSON, HCL/Terraform (after evaluation), plan JSON and
 * rule-pack constants. Every node is located (1-based line and column in the
 * file its unit names). Nodes, strings and child arrays live in the unit's arena
 * (see arena.h); a tree is never mutated after its loader returns.
 *
 * Three-valued data: an absent map key is *missing* (iac_map_get returns NULL);
 * a value that exists but cannot be known from the scanned files (a CloudFormation
 * Ref to a parameter without Default, a Terraform variable without value, a plan's
 * after_unknown) is a DOC_UNKNOWN node whose `str` says why; what kind of
 * unknown it is (a reference, an evaluation error) is in its flags. */
#ifndef VIGIL_IAC_DOC_H
#define VIGIL_IAC_DOC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "arena.h"

typedef enum doc_kind {
  DOC_NULL = 0,
  DOC_BOOL,
  DOC_NUMBER,
  DOC_STRING,
  DOC_LIST,
  DOC_MAP,
  DOC_UNKNOWN, /* value exists but is not knowable from the scan; str = reason */
} doc_kind;

typedef struct doc_node doc_node;

/* A map entry keeps its key's location: findings on an attribute point at the
 * key's line (what users and KICS/Checkov expect), not at a nested value. */
typedef struct doc_entry {
  const char *key; /* NUL-terminated, arena-owned */
  uint32_t key_len;
  uint32_t line, col; /* location of the key */
  doc_node *val;
} doc_entry;

struct doc_node {
  uint8_t kind;  /* doc_kind */
  uint8_t flags; /* DOC_F_* */
  uint16_t tag;  /* loader-specific small tag (e.g. YAML tag id); 0 = none */
  uint32_t line, col; /* where the value starts */
  uint32_t len;       /* string bytes, list items or map entries */
  union {
    bool b;
    double num;
    const char *str;    /* DOC_STRING / DOC_UNKNOWN: NUL-terminated, may contain NUL if len says so */
    doc_node **items;   /* DOC_LIST */
    doc_entry *entries; /* DOC_MAP, in source order */
  } u;
};

/* Kinds are flags, never prefixes of text: code tests a flag, and the reason
 * text is only what users read. */
enum {
  DOC_F_QUOTED = 1u << 0,    /* scalar was quoted in the source (YAML) */
  DOC_F_INTRINSIC = 1u << 1, /* CloudFormation intrinsic map (Ref, Fn::*) kept as written */
  /* DOC_UNKNOWN standing for another resource (or its attribute) known only
   * after deployment; str = DOC_REF_PREFIX + the resource's name in the unit
   * [+ "." + attribute path]. What the VM's refers_to matches. */
  DOC_F_REF = 1u << 2,
  /* DOC_UNKNOWN that is an error the IaC tool itself would report while
   * evaluating (Terraform's try()/can() catch these); str reads "error: ..." */
  DOC_F_EVAL_ERROR = 1u << 3,
  /* DOC_UNKNOWN that is one of a known finite set of values (docs/language.md,
   * "Alternatives"): its str was made by iac_doc_alt, and iac_doc_alt_of gives
   * the choice and the branches. Code that does not evaluate alternatives sees
   * a plain unknown (its reason is the one the value had before alternatives
   * existed); code that builds a new unknown from one must not copy this flag
   * (the str it points at would not be the alternative's). */
  DOC_F_ALT = 1u << 4,
  /* DOC_STRING whose text is the file's own bytes, line for line: a heredoc or
   * a YAML literal block scalar without escapes or interpolation. Where its
   * first line starts and how much indentation every line lost are stored
   * with the text (iac_doc_set_verbatim), so a document decoded from it
   * (json(), yaml()) is located at exact lines. A copy of the node moved to
   * another place (Terraform's relocation) clears the flag. */
  DOC_F_VERBATIM = 1u << 7
};

/* The text before the address in a DOC_F_REF unknown's reason (users see it). */
#define DOC_REF_PREFIX "ref:"
#define DOC_REF_PREFIX_LEN (sizeof DOC_REF_PREFIX - 1)

/* Constructors (arena-allocated). Strings are copied. */
doc_node *iac_doc_null(base_arena *a, uint32_t line, uint32_t col);
doc_node *iac_doc_bool(base_arena *a, bool b, uint32_t line, uint32_t col);
doc_node *iac_doc_number(base_arena *a, double n, uint32_t line, uint32_t col);
doc_node *iac_doc_string(base_arena *a, const char *s, size_t len, uint32_t line, uint32_t col);
doc_node *iac_doc_unknown(base_arena *a, const char *why, uint32_t line, uint32_t col);
/* Lists and maps are built from a finished array (copied into the arena). */
doc_node *iac_doc_list(base_arena *a, doc_node **items, uint32_t n, uint32_t line, uint32_t col);
doc_node *iac_doc_map(base_arena *a, const doc_entry *entries, uint32_t n, uint32_t line,
                      uint32_t col);

/* ---- alternatives ----
 * A value that is one of n known values, decided by a named choice: the two
 * branches of CloudFormation's Fn::If (choice "condition IsProd"), a parameter's
 * AllowedValues ("parameter Mutability"), a Terraform conditional on an unknown
 * condition or a variable restricted to a literal set ("var.prod"). Every
 * alternative with the same choice name in one unit takes the same branch in
 * one evaluation (correlated choices), so the name is the choice's identity. */
typedef struct doc_alt {
  const char *choice;          /* "condition IsProd", "parameter Mutability", "var.prod" */
  uint32_t n;                  /* branches, >= 2 */
  doc_node **branches;         /* n; NULL = the value is absent (AWS::NoValue) */
  const char *const *phrases;  /* n: "condition IsProd is false", "var.x = MUTABLE" */
  char reason[];               /* the unknown's str, for code that does not choose */
} doc_alt;

/* A DOC_UNKNOWN flagged DOC_F_ALT located at line:col; choice, branches and
 * phrases are kept (not copied: they must live in a as long as the node). */
doc_node *iac_doc_alt(base_arena *a, const char *why, const char *choice, uint32_t n,
                      doc_node **branches, const char *const *phrases, uint32_t line, uint32_t col);
/* The alternative behind n, or NULL when n is not one. */
const doc_alt *iac_doc_alt_of(const doc_node *n);
/* The same alternative as a plain unknown (its reason, no DOC_F_ALT). */
doc_node *iac_doc_alt_plain(base_arena *a, const doc_node *n);

/* Marks string node n verbatim: its text's line 1 is line text_line of the
 * file and every line of it starts `indent` columns further right in the file.
 * The text is copied with that record after its NUL. */
void iac_doc_set_verbatim(base_arena *a, doc_node *n, uint32_t text_line, uint32_t indent);
/* For the text of a DOC_F_VERBATIM string (str, len as in the node): where it
 * starts. Only call it for a string whose node had the flag. */
void iac_doc_verbatim_at(const char *str, uint32_t len, uint32_t *text_line, uint32_t *indent);

/* Lookup: NULL when absent (missing). Linear for small maps; maps are small. */
const doc_entry *iac_map_entry(const doc_node *map, const char *key);
const doc_node *iac_map_get(const doc_node *map, const char *key);

/* Deep structural equality (locations ignored). Unknown equals nothing. */
bool iac_doc_equal(const doc_node *a, const doc_node *b);

#endif
