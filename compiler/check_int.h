/* check_int.h — what the checker's files share (check.c: expressions, rules
 * and the driver; check_scope.c: the name index, modules, recursion and
 * inlining bounds, the type catalogue). Internal to compiler/. */
#ifndef VIGIL_COMPILER_CHECK_INT_H
#define VIGIL_COMPILER_CHECK_INT_H

#include <stdbool.h>
#include <stdint.h>

#include "ast.h"

/* Items by (class, name), first definition wins: name lookups stay O(1) in
 * sources with tens of thousands of consts or rules. Open addressing; the
 * table is sized once (at least twice the items it will hold). */
typedef struct name_map {
  cc_item **slot;
  uint32_t *cls;
  uint32_t cap;
} name_map;

struct cc_module {
  const char *name; /* "" when the source declares none */
  cc_file *file;
  cc_vec uses;     /* cc_item* USE items, with their resolved module in use_mods */
  cc_vec use_mods; /* cc_module* */
  name_map index;  /* consts and fns by (kind, name) */
};

typedef struct chk {
  cc_ctx *cx;
  cc_module *mod;
  cc_vec scope; /* cc_bind* visible, innermost last */
  cc_item *fn;  /* fn being checked (its callees are recorded) */
  bool in_rule; /* subject/let bindings allowed */
  bool tainted; /* fold() met a const whose error is already reported */
  bool in_fact; /* checking a fact's selectors: emit, not when/expect */
} chk;

void cc_chk_err(chk *c, cc_loc loc, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
void cc_chk_note_at(chk *c, const cc_file *f, cc_loc loc, const char *msg);
const char *cc_chk_dym(chk *c, const char *name, cc_vec *cands); /* "(did you mean 'x'?)" or "" */

void cc_chk_nm_init(base_arena *a, name_map *m, uint32_t n);
cc_item *cc_chk_nm_put(name_map *m, uint32_t cls, cc_item *it);
cc_item *cc_chk_nm_get(const name_map *m, uint32_t cls, const char *name);

cc_item *cc_chk_mod_find(cc_module *m, cc_ik kind, const char *name);
cc_module *cc_chk_mod_alias(cc_module *m, const char *alias);
void cc_chk_mod_names(chk *c, cc_module *m, cc_ik kind, cc_vec *out);
cc_module *cc_chk_find_module(cc_ctx *cx, const char *name);
cc_module *cc_chk_add_module(cc_ctx *cx, cc_file *f);

uint64_t cc_chk_count_nodes(const cc_expr *e);
bool cc_chk_fn_dfs(chk *c, cc_item *f, cc_vec *stack);
void cc_chk_types(chk *c, cc_sel *s);
/* A const item folded to its value (NULL after reporting why). */
const doc_node *cc_chk_fold_const_item(chk *c, cc_item *it);

#endif
