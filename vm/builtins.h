/* builtins.h — the C primitives callable from rules (CALL B N). Everything
 * else lives in stdlib/ written in the rule language. One table: compiler
 * (name → id, arity check), verifier (id range, arity), interpreter, docs.
 *
 *  X(ID, "name", arity, "doc") */
#ifndef VIGIL_VM_BUILTINS_H
#define VIGIL_VM_BUILTINS_H

#define VM_BUILTINS(X) \
  X(LEN,         "len",         1, "len(x): items of a list, entries of a map, bytes of a string; missing for other kinds") \
  X(LOWER,       "lower",       1, "lower(s): ASCII lower-case; non-strings pass through unchanged") \
  X(UPPER,       "upper",       1, "upper(s): ASCII upper-case; non-strings pass through unchanged") \
  X(STARTS_WITH, "starts_with", 2, "starts_with(s, prefix): bool; false when s is not a string") \
  X(ENDS_WITH,   "ends_with",   2, "ends_with(s, suffix): bool; false when s is not a string") \
  X(CONTAINS,    "contains",    2, "contains(x, y): substring for strings, member for lists, key for maps") \
  X(MATCHES,     "matches",     2, "matches(s, re): linear-time regex search (RE2 syntax subset, see docs/language.md)") \
  X(GLOB,        "glob",        2, "glob(s, pattern): shell glob with * and ? (IAM-style, whole string)") \
  X(IS_STRING,   "is_string",   1, "is_string(x)") \
  X(IS_NUMBER,   "is_number",   1, "is_number(x)") \
  X(IS_BOOL,     "is_bool",     1, "is_bool(x)") \
  X(IS_LIST,     "is_list",     1, "is_list(x)") \
  X(IS_MAP,      "is_map",      1, "is_map(x)") \
  X(IS_MISSING,  "is_missing",  1, "is_missing(x): true when the attribute is absent (never unknown)") \
  X(IS_UNKNOWN,  "is_unknown",  1, "is_unknown(x): true when the value cannot be known from the scan (never unknown)") \
  X(TO_LIST,     "to_list",     1, "to_list(x): x if a list, [] if missing, [x] otherwise (IAM string-or-list fields)") \
  X(KEYS,        "keys",        1, "keys(m): the keys of a map as a list of strings") \
  X(STR,         "str",         1, "str(x): display form of x as a string") \
  X(REFERS_TO,   "refers_to",   2, "refers_to(v, res): v is a reference to resource body res: an unknown flagged as a reference (DOC_F_REF) to NAME or NAME.attr, where NAME is that resource's name in the unit")

typedef enum vm_builtin {
#define VM_BI_ENUM(id, name, arity, doc) VM_BI_##id,
  VM_BUILTINS(VM_BI_ENUM)
#undef VM_BI_ENUM
  VM_BI__COUNT
} vm_builtin;

typedef struct vm_builtin_info {
  const char *name;
  int arity;
  const char *doc;
} vm_builtin_info;

extern const vm_builtin_info vm_builtin_table[VM_BI__COUNT];

#endif
