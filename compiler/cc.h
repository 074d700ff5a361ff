/* cc.h — the rule compiler: sources → checked AST → bytecode → vm_pack.
 *
 * Pipeline: lexer.l (flex, reentrant) → parser.y (bison, pure, %locations) → ast
 * → check.c (names, arity, severities, duplicates, recursion, static types)
 * → codegen.c (emits opcodes from vm/opcodes.h) → vm_pack_encode.
 *
 * Diagnostics are written to `diag` as
 *   rules/x.vgl:12:9: error: unknown function 'lowr' (did you mean 'lower'?)
 *       expect lowr(r.x) == "a"
 *              ^
 * several per run; compilation fails if any error was reported. */
#ifndef VIGIL_CC_H
#define VIGIL_CC_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

typedef struct cc_source {
  const char *name; /* file name used in diagnostics */
  const char *text; /* need not be NUL-terminated */
  size_t len;
} cc_source;

/* Resolve `use a.b` to module source text; the CLI passes the embedded stdlib
 * (cc_stdlib_lookup). Returns 0 and fills *out, or -1 if there is no such module. */
typedef int (*cc_module_resolver)(void *ctx, const char *module, cc_source *out);

typedef struct cc_options {
  cc_module_resolver resolve;
  void *resolve_ctx;
  FILE *diag; /* where diagnostics go (stderr if NULL) */
  int color;  /* colour diagnostics */
} cc_options;

/* Compile the given sources into one pack. Rules come from every source (and
 * from the modules they `use`, which contribute their rules too when listed in
 * srcs; `use` alone only imports consts and fns). On success returns 0 and a
 * malloc'd pack in *pack (length *pack_len); on error returns the number of errors (>0). */
int cc_compile(const cc_source *srcs, size_t n, const cc_options *opt, uint8_t **pack,
               size_t *pack_len);

/* The stdlib modules embedded at build time (generated: build/gen/stdlib_embed.c). */
typedef struct cc_embedded {
  const char *module; /* "aws.ecr" */
  const char *path;   /* "stdlib/aws/ecr.vgl" */
  const char *text;
  size_t len;
} cc_embedded;
extern const cc_embedded cc_stdlib[];
extern const size_t cc_stdlib_count;
int cc_stdlib_lookup(void *ctx, const char *module, cc_source *out);

/* `vigil fmt`: print src in canonical layout (comments kept) to out. Syntax
 * errors go to diag (stderr if NULL) and nothing is printed. Returns the
 * number of errors (0 on success). */
int cc_format(const cc_source *src, FILE *out, FILE *diag);

#endif
