/* pack.h — a rule pack in memory, and its binary form (.vgp).
 *
 * The compiler fills a vm_pack (in its own arena) and calls vm_pack_encode;
 * vm_pack_load decodes, verifies (vm/verify.c) and indexes a binary pack, and
 * refuses it with a reason if anything is wrong: the VM never runs an
 * unverified pack. The binary layout is documented in docs/bytecode.md.
 *
 * Ownership: a loaded pack owns all its memory (one arena); vm_pack_free frees it.
 * A loaded pack is immutable and shared read-only by all VM states/threads. */
#ifndef VIGIL_VM_PACK_H
#define VIGIL_VM_PACK_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "arena.h"
#include "doc.h"
#include "iac.h"

#define VM_PACK_MAGIC "VIGILPK\0" /* 8 bytes */
#define VM_PACK_VERSION 3u /* 2: params and debug sections; 3: facts */

/* Limits every valid pack keeps: the loader and verifier enforce them, the
 * compiler reports a located diagnostic before producing a pack that would
 * break them. */
enum {
  VM_PACK_MAX_CONST_DEPTH = 64, /* nesting of constant lists/maps */
  VM_MAX_LOOP_NEST = 16         /* iterators live on the stack at once */
};

typedef enum vm_severity {
  VM_SEV_INFO = 0,
  VM_SEV_LOW,
  VM_SEV_MEDIUM,
  VM_SEV_HIGH,
  VM_SEV_CRITICAL
} vm_severity;

const char *vm_severity_name(vm_severity s); /* "info" .. "critical" */
int vm_severity_lookup(const char *name);    /* -1 if not a severity */

typedef struct vm_rule {
  const char *id;     /* AWS_ECR_IMMUTABLE_TAGS */
  const char *module; /* aws.ecr */
  const char *title;
  const char *fix;  /* may be "" */
  const char *docs; /* link, may be "" */
  const char **refs;
  uint32_t n_refs;
  uint8_t severity;           /* vm_severity */
  uint32_t first_sel, n_sels; /* its selectors: sels[first_sel .. first_sel+n_sels) */
} vm_rule;

/* One `on FORMAT KIND "TYPE", ... as NAME { ... }` block: one code block. */
typedef struct vm_selector {
  uint32_t rule;      /* index into rules, or into facts when is_fact */
  bool is_fact;       /* a `fact` block's selector: runs only in the facts pass (EMIT) */
  uint8_t format;     /* iac_format */
  const char *kind;   /* "resource", "task", ... */
  const char **types; /* one or more type names */
  uint32_t n_types;
  uint32_t code_off, code_len; /* byte range in code */
  uint16_t n_locals;           /* locals used by the code (LOAD/STORE/NEXT operands < n_locals) */
  uint16_t max_stack; /* maximum operand stack depth (the verifier recomputes and checks it) */
} vm_selector;

/* `fact NAME { on ... { emit {...} } }`: records collected from every unit of
 * a scan before rules run (engine/facts.h), read by rules with facts("NAME").
 * Its selectors are sels[first_sel .. first_sel+n_sels), after every rule's. */
typedef struct vm_fact {
  const char *name;   /* ecr_repository */
  const char *module; /* image_sources */
  uint32_t first_sel, n_sels;
} vm_fact;

/* `param NAME = CONSTANT`: a const whose value a scan may override. */
typedef struct vm_param {
  const char *name; /* "NAME", or "MODULE.NAME" in a module */
  uint32_t konst;   /* the default: a constant index */
} vm_param;

/* Debug info (the debug section; NULL in a pack compiled with --strip). Read
 * by the disassembler, `vigil explain`, `--explain` and rule-test coverage,
 * never by the interpreter. Offsets are selector-relative code offsets, all
 * on instruction boundaries (the verifier checks them). */
typedef struct vm_dbg_file {
  const char *name; /* the source path given to the compiler */
  const char *text; /* its whole text (NUL-terminated; len bytes) */
  uint32_t len;
  uint32_t *line_off; /* start of each line (derived, not stored; NULL until used) */
  uint32_t n_line;
} vm_dbg_file;

/* The instruction at pc completes the (sub-)expression written at file:line:col. */
typedef struct vm_dbg_line {
  uint32_t pc, file, line, col;
} vm_dbg_line;

/* Local `slot` holds `name` while pc is in [from, to). */
typedef struct vm_dbg_local {
  uint32_t slot, from, to;
  const char *name;
} vm_dbg_local;

typedef enum vm_dbg_stmt_kind { VM_DBG_EXPECT = 0, VM_DBG_WHEN = 1 } vm_dbg_stmt_kind;

/* An `expect` or `when`: its condition runs from `start` to the instruction at
 * `end` inclusive (whose result is the condition's value). `index` numbers the
 * rule's expects 1, 2, ... in source order (0 for a when). */
typedef struct vm_dbg_stmt {
  uint8_t kind; /* vm_dbg_stmt_kind */
  uint32_t index;
  uint32_t start, end;
  uint32_t file, line, col;   /* the statement (its `expect`/`when` keyword) */
  uint32_t end_line, end_col; /* the condition's last character */
} vm_dbg_stmt;

typedef struct vm_dbg_sel {
  uint32_t file, line, col; /* the `on ...` header */
  vm_dbg_line *lines;       /* ascending pc */
  uint32_t n_lines;
  vm_dbg_local *locals;
  uint32_t n_locals;
  vm_dbg_stmt *stmts; /* ascending end */
  uint32_t n_stmts;
} vm_dbg_sel;

typedef struct vm_debug {
  vm_dbg_file *files;
  uint32_t n_files;
  vm_dbg_sel *sels; /* one per selector */
} vm_debug;

typedef struct vm_pack {
  base_arena arena;        /* owns everything in a loaded pack */
  char digest[72];         /* "sha256:<64 hex>" of the content after the header */
  const doc_node **consts; /* constant pool: scalars, lists and maps */
  uint32_t n_consts;
  vm_rule *rules;
  uint32_t n_rules;
  vm_selector *sels; /* rules' selectors, then facts' */
  uint32_t n_sels;
  vm_fact *facts;
  uint32_t n_facts;
  const uint8_t *code;
  uint32_t code_len;
  vm_param *params; /* in first-use order; the digest covers names and defaults */
  uint32_t n_params;
  const doc_node **param_values; /* loaded packs: the effective values (default or override) */
  vm_debug *debug;               /* NULL when stripped; the digest covers it */
  void *index; /* built by vm_pack_load: (format, kind, type) -> selector ids in rule order */
} vm_pack;

/* Serialise p (digest computed here) into a malloc'd buffer the caller frees.
 * Deterministic: the same pack always gives the same bytes. Returns 0 on success.
 * A pack without debug info (p->debug NULL) gets an empty debug section. */
int vm_pack_encode(const vm_pack *p, uint8_t **out, size_t *out_len);

/* Decode + verify + index. On failure returns NULL and writes a one-line reason
 * ("pack: bad magic", "verify: rule X selector 0: jump target 17 not on an
 * instruction boundary at offset 9", ...) into err. */
vm_pack *vm_pack_load(const uint8_t *buf, size_t len, char *err, size_t errlen);
vm_pack *vm_pack_load_file(const char *path, char *err, size_t errlen);
/* The same for the pack embedded in the binary, at start-up on every command:
 * bytes that live as long as the process and that vm_pack_load accepted when
 * they were built (`vigil compile` loads every pack it writes; the unit tests
 * load the embedded bytes with vm_pack_load and compare). Its strings and
 * code are used in place, not copied; the digest is the header's, not
 * computed again; the verifier and the index check do not run. Decoding keeps
 * every bounds check. Never for bytes read at run time. */
vm_pack *vm_pack_load_static(const uint8_t *buf, size_t len, char *err, size_t errlen);
void vm_pack_free(vm_pack *p);

/* The verifier, callable on its own (vm_pack_load calls it). 0 = ok. */
int vm_verify(const vm_pack *p, char *err, size_t errlen);

/* Selectors matching a resource, in rule order. Returns count; *ids points into the index. */
uint32_t vm_pack_match(const vm_pack *p, iac_format f, const char *kind, const char *type,
                       const uint32_t **ids);

/* Override a param before the pack runs (vm/params.c). name is "MODULE.NAME"
 * or a bare NAME that exactly one param of the pack has; v is copied into the
 * pack's arena and must be of the default's kind (a number for a number, a
 * list for a list, ...). The digest is unchanged: params are data. Not thread
 * safe: call before any vm_state uses the pack. 0, or -1 with a one-line
 * reason in err ("no param 'X' in the pack", "param org.net.MAX is a number,
 * not a string"). */
int vm_pack_set_param(vm_pack *p, const char *name, const doc_node *v, char *err, size_t errlen);

/* Fill f->line_off from f->text (the compiler; a loaded pack's on the first
 * vm_dbg_source_line of its file). */
void vm_dbg_index_file(base_arena *a, vm_dbg_file *f);
/* Debug-info queries (NULL / 0 when the pack has none). */
const vm_dbg_line *vm_dbg_line_at(const vm_pack *p, uint32_t sel,
                                  uint32_t pc); /* last entry <= pc */
const vm_dbg_stmt *vm_dbg_stmt_at(const vm_pack *p, uint32_t sel,
                                  uint32_t pc); /* the one pc is in */
/* the statement whose condition ends at pc (its value is on the stack top there), or NULL */
const vm_dbg_stmt *vm_dbg_stmt_ending(const vm_pack *p, uint32_t sel, uint32_t pc);
const char *vm_dbg_local_name(const vm_pack *p, uint32_t sel, uint32_t slot, uint32_t pc);
/* The text of line `line` of debug file `file` (not NUL-terminated: *len bytes). */
const char *vm_dbg_source_line(const vm_pack *p, uint32_t file, uint32_t line, uint32_t *len);

/* Whether some rule selector's code reads facts (a FACTS instruction): its
 * units' results then depend on the scan's facts table (engine/facts.h). */
bool vm_pack_reads_facts(const vm_pack *p);

/* Disassembler: `vigil disasm`. */
void vm_disasm(const vm_pack *p, FILE *out);

#endif
