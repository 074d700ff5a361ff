/* builtins.h — the C primitives callable from rules (CALL B N). Everything
 * else lives in stdlib/ written in the rule language. One table: compiler
 * (name → id, arity, argument and result kinds), verifier (id range, arity),
 * interpreter, docs.
 *
 *  X(ID, "name", arity, RESULT, ARG0, ARG1, "doc")
 *
 * RESULT and ARGn are masks of VM_K_* kinds the compiler checks statically
 * (an argument whose static kind is outside its mask is a compile error; a
 * result with exactly one kind gives the call that static kind). VM_K_ANY
 * accepts or promises anything; VM_K_ARG0 as a result means "the kind of the
 * first argument" (lower/upper pass other kinds through). Unused argument
 * slots are VM_K_ANY. At run time every builtin accepts any value: a kind it
 * cannot use gives the result its doc says (never a crash). */
#ifndef VIGIL_VM_BUILTINS_H
#define VIGIL_VM_BUILTINS_H

#include <stddef.h>

enum {
  VM_K_ANY = 0,
  VM_K_STR = 1 << 0,
  VM_K_NUM = 1 << 1,
  VM_K_BOOL = 1 << 2,
  VM_K_NULL = 1 << 3,
  VM_K_LIST = 1 << 4,
  VM_K_MAP = 1 << 5,
  VM_K_ARG0 = 1 << 6, /* result only: the first argument's static kind */
  VM_K_COLL = VM_K_STR | VM_K_LIST | VM_K_MAP
};

#define VM_BUILTINS(X) \
  X(LEN,         "len",         1, VM_K_NUM,  VM_K_COLL, VM_K_ANY, "len(x): items of a list, entries of a map, bytes of a string; missing for other kinds") \
  X(LOWER,       "lower",       1, VM_K_ARG0, VM_K_STR,  VM_K_ANY, "lower(s): ASCII lower-case; non-strings pass through unchanged") \
  X(UPPER,       "upper",       1, VM_K_ARG0, VM_K_STR,  VM_K_ANY, "upper(s): ASCII upper-case; non-strings pass through unchanged") \
  X(STARTS_WITH, "starts_with", 2, VM_K_BOOL, VM_K_STR,  VM_K_STR, "starts_with(s, prefix): bool; false when s is not a string") \
  X(ENDS_WITH,   "ends_with",   2, VM_K_BOOL, VM_K_STR,  VM_K_STR, "ends_with(s, suffix): bool; false when s is not a string") \
  X(CONTAINS,    "contains",    2, VM_K_BOOL, VM_K_COLL, VM_K_ANY, "contains(x, y): substring for strings, member for lists, key for maps") \
  X(MATCHES,     "matches",     2, VM_K_BOOL, VM_K_STR,  VM_K_STR, "matches(s, re): linear-time regex search (RE2 syntax subset, see docs/language.md)") \
  X(GLOB,        "glob",        2, VM_K_BOOL, VM_K_STR,  VM_K_STR, "glob(s, pattern): shell glob with * and ? (IAM-style, whole string)") \
  X(IS_STRING,   "is_string",   1, VM_K_BOOL, VM_K_ANY,  VM_K_ANY, "is_string(x)") \
  X(IS_NUMBER,   "is_number",   1, VM_K_BOOL, VM_K_ANY,  VM_K_ANY, "is_number(x)") \
  X(IS_BOOL,     "is_bool",     1, VM_K_BOOL, VM_K_ANY,  VM_K_ANY, "is_bool(x)") \
  X(IS_LIST,     "is_list",     1, VM_K_BOOL, VM_K_ANY,  VM_K_ANY, "is_list(x)") \
  X(IS_MAP,      "is_map",      1, VM_K_BOOL, VM_K_ANY,  VM_K_ANY, "is_map(x)") \
  X(IS_MISSING,  "is_missing",  1, VM_K_BOOL, VM_K_ANY,  VM_K_ANY, "is_missing(x): true when the attribute is absent (never unknown)") \
  X(IS_UNKNOWN,  "is_unknown",  1, VM_K_BOOL, VM_K_ANY,  VM_K_ANY, "is_unknown(x): true when the value cannot be known from the scan (never unknown)") \
  X(TO_LIST,     "to_list",     1, VM_K_LIST, VM_K_ANY,  VM_K_ANY, "to_list(x): x if a list, [] if missing, [x] otherwise (IAM string-or-list fields)") \
  X(KEYS,        "keys",        1, VM_K_LIST, VM_K_MAP,  VM_K_ANY, "keys(m): the keys of a map as a list of strings") \
  X(STR,         "str",         1, VM_K_STR,  VM_K_ANY,  VM_K_ANY, "str(x): display form of x as a string") \
  X(REFERS_TO,   "refers_to",   2, VM_K_BOOL, VM_K_ANY,  VM_K_ANY, "refers_to(v, res): v is a reference to resource body res: an unknown flagged as a reference (DOC_F_REF) to NAME or NAME.attr, where NAME is that resource's name in the unit") \
  X(NUMBER,      "number",      1, VM_K_NUM,  VM_K_ANY,  VM_K_ANY, "number(x): a number, or a string spelling a decimal number, as a number; missing stays missing; anything else is unknown with a reason") \
  X(BOOL,        "bool",        1, VM_K_BOOL, VM_K_ANY,  VM_K_ANY, "bool(x): a bool, or \"true\"/\"false\" in any case, as a bool; missing stays missing; anything else is unknown with a reason") \
  X(FLATTEN,     "flatten",     1, VM_K_LIST, VM_K_LIST, VM_K_ANY, "flatten(l): the items of l with each item that is a list replaced by its items (one level); missing for other kinds") \
  X(DISTINCT,    "distinct",    1, VM_K_LIST, VM_K_LIST, VM_K_ANY, "distinct(l): the items of l without later repeats (== equality; unknown if an item cannot be compared; at most 10,000 items); missing for other kinds") \
  X(SUM,         "sum",         1, VM_K_NUM,  VM_K_LIST, VM_K_ANY, "sum(l): the sum of the numbers in l (strings spelling numbers count; 0 for []); another item makes it unknown with a reason; missing for other kinds") \
  X(MIN,         "min",         1, VM_K_NUM,  VM_K_LIST, VM_K_ANY, "min(l): the smallest number in l (as sum; missing for [])") \
  X(MAX,         "max",         1, VM_K_NUM,  VM_K_LIST, VM_K_ANY, "max(l): the largest number in l (as min)") \
  X(VALUES,      "values",      1, VM_K_LIST, VM_K_MAP,  VM_K_ANY, "values(m): the values of a map as a list, in key order of the source; missing for other kinds") \
  X(JSON,        "json",        1, VM_K_ANY,  VM_K_STR,  VM_K_ANY, "json(s): the document a JSON text holds (the scanner's loader and limits; values located at s); invalid text is unknown with the parser's located reason; missing stays missing, other kinds are unknown") \
  X(YAML,        "yaml",        1, VM_K_ANY,  VM_K_STR,  VM_K_ANY, "yaml(s): as json(s) for a YAML text (one document)") \
  X(REFERRERS,   "referrers",   2, VM_K_LIST, VM_K_ANY,  VM_K_LIST, "referrers(r, types): bodies of the resources of those types in r's unit and format that point at r: a reference (an unknown flagged DOC_F_REF to NAME[.attr], Terraform or CloudFormation) or a string equal to r's name/id/arn/bucket or CloudFormation *Name property; written referrers(r, \"TYPE\", ...)") \
  X(REFERENCES,  "references",  2, VM_K_LIST, VM_K_ANY,  VM_K_LIST, "references(r, types): the other direction: bodies of the resources of those types that r points at; written references(r, \"TYPE\", ...)") \
  X(ADDRESS,     "address",     1, VM_K_STR,  VM_K_ANY,  VM_K_ANY, "address(r): the reported name of the resource whose body is r (aws_s3_bucket.b, AWS::S3::Bucket.B); missing if r is not a resource body") \
  X(UNKNOWN,     "unknown",     1, VM_K_ANY,  VM_K_STR,  VM_K_ANY, "unknown(why): an unknown value whose reason is the string why (an expect over it reports unknown: why); an unknown why gives its own reason")

typedef enum vm_builtin {
#define VM_BI_ENUM(id, name, arity, ret, a0, a1, doc) VM_BI_##id,
  VM_BUILTINS(VM_BI_ENUM)
#undef VM_BI_ENUM
  VM_BI__COUNT
} vm_builtin;

typedef struct vm_builtin_info {
  const char *name;
  int arity;
  unsigned ret;     /* VM_K_* mask of the result */
  unsigned args[2]; /* VM_K_* mask accepted per argument */
  const char *doc;
} vm_builtin_info;

extern const vm_builtin_info vm_builtin_table[VM_BI__COUNT];

/* unknown(why) is in its own file (builtins_unknown.c); builtins.c's table
 * names each builtin's function bi_ID. */
struct vm_state;
struct vm_value;
struct vm_value vm_bi_unknown(struct vm_state *s, const struct vm_value *a);
#define bi_UNKNOWN vm_bi_unknown

/* A kind mask as the docs table writes it: "string", "list\\|map\\|string"
 * (a Markdown-escaped bar), "arg0", "any". Returns the full length (snprintf). */
size_t vm_builtin_kinds(unsigned mask, char *buf, size_t cap);

#endif
