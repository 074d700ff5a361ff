/* codegen.c — checked AST → bytecode (vm/opcodes.h) in a vm_pack.
 *
 * One code block per selector. User fns are inlined (arguments evaluated once
 * into fresh locals); constants are deduplicated structurally, so a list of
 * constants is one pool entry. The stack depth is tracked while emitting, from
 * the same X-macro table the verifier uses, giving max_stack exactly.
 *
 * Debug info (pack.h, docs/bytecode.md) is gathered on the way: the last
 * instruction of every expression maps to where it is written, each
 * expect/when records its condition's code range, each named local its live
 * range; the source files go into the pack so tools can quote them. */
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "ast.h"
#include "path.h"
#include "builtins.h"
#include "opcodes.h"

static const struct {
  const char *name;
  int nops, pop, push;
} ops[] = {
#define OP(name, nops, pop, push, doc) {#name, nops, pop, push},
    VM_OPCODES(OP)
#undef OP
};

static const char *const builtin_names[] = {
#define BI(id, name, arity, ret, a0, a1, doc) name,
    VM_BUILTINS(BI)
#undef BI
};

typedef struct cg {
  cc_ctx *cx;
  vm_pack *p;
  /* constant pool with a structural hash index */
  const doc_node **consts;
  uint32_t n_consts, cap_consts;
  uint32_t *htab; /* const index + 1; 0 = empty */
  uint32_t hcap;
  /* code of the whole pack */
  uint8_t *code;
  size_t len, cap;
  size_t start; /* current selector's first byte */
  bool overflow;
  int depth, max_depth;
  int n_locals, max_locals;
  const cc_source *src;
  cc_vec ret_patches;       /* top-level WHEN targets: the selector's RET */
  int loop_depth;           /* `for` loops around the statement being generated */
  int iter_depth;           /* iterators live at once (for, any, all): the verifier's limit */
  uint64_t pool_nodes;      /* values copied into the constant pool */
  bool pool_full;           /* more than CC_MAX_POOL_NODES: stop, report */
  const cc_source *cur_src; /* source of the code being generated (a fn's when inlining) */
  const char *fail;         /* why generation stopped (with overflow), NULL: code too large */
  cc_loc fail_loc;
  const cc_source *fail_src;
  uint32_t last_op; /* offset (in the selector) of the last instruction emitted */
  /* debug info of the selector being generated (malloc'd scratch, copied to the pack) */
  const cc_source **files; /* debug file i is files[i] */
  uint32_t n_files;
  size_t cap_files;
  vm_dbg_line *lines;
  uint32_t n_lines;
  size_t cap_lines;
  vm_dbg_local *dlocals;
  uint32_t n_dlocals;
  size_t cap_dlocals;
  vm_dbg_stmt *stmts;
  uint32_t n_stmts;
  size_t cap_stmts;
  uint32_t n_expects; /* of the rule so far: expects are numbered per rule */
} cg;

/* Stop generating this selector with a located error (reported by cc_codegen). */
static void cg_fail(cg *g, cc_loc loc, const char *msg) {
  if (g->overflow) return;
  g->overflow = true;
  g->fail = msg;
  g->fail_loc = loc;
  g->fail_src = g->cur_src;
}

/* ---- constants ---- */

static uint64_t node_hash(const doc_node *n) {
  uint64_t h = 1469598103934665603ull ^ n->kind;
  switch ((doc_kind)n->kind) {
  case DOC_BOOL: h = h * 1099511628211ull ^ n->u.b; break;
  case DOC_NUMBER: {
    uint64_t bits;
    memcpy(&bits, &n->u.num, sizeof bits);
    h = h * 1099511628211ull ^ bits;
    break;
  }
  case DOC_STRING:
  case DOC_UNKNOWN:
    for (uint32_t i = 0; i < n->len; i++)
      h = (h ^ (uint8_t)n->u.str[i]) * 1099511628211ull;
    break;
  case DOC_LIST:
    for (uint32_t i = 0; i < n->len; i++)
      h = (h ^ node_hash(n->u.items[i])) * 1099511628211ull;
    break;
  case DOC_MAP:
    for (uint32_t i = 0; i < n->len; i++) {
      for (uint32_t k = 0; k < n->u.entries[i].key_len; k++)
        h = (h ^ (uint8_t)n->u.entries[i].key[k]) * 1099511628211ull;
      h = (h ^ node_hash(n->u.entries[i].val)) * 1099511628211ull;
    }
    break;
  default: break;
  }
  /* mix: k_intern indexes by the low bits, which are all zero for small
   * integral doubles */
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdull;
  h ^= h >> 33;
  return h;
}

static bool node_same(const doc_node *a, const doc_node *b) {
  if (a->kind != b->kind || a->len != b->len) return false;
  switch ((doc_kind)a->kind) {
  case DOC_NULL: return true;
  case DOC_BOOL: return a->u.b == b->u.b;
  case DOC_NUMBER: return memcmp(&a->u.num, &b->u.num, sizeof a->u.num) == 0;
  case DOC_STRING:
  case DOC_UNKNOWN: return memcmp(a->u.str, b->u.str, a->len) == 0;
  case DOC_LIST:
    for (uint32_t i = 0; i < a->len; i++)
      if (!node_same(a->u.items[i], b->u.items[i])) return false;
    return true;
  case DOC_MAP:
    for (uint32_t i = 0; i < a->len; i++) {
      const doc_entry *x = &a->u.entries[i], *y = &b->u.entries[i];
      if (x->key_len != y->key_len || memcmp(x->key, y->key, x->key_len) ||
          !node_same(x->val, y->val))
        return false;
    }
    return true;
  }
  return false;
}

/* Deep copy into the pack's arena, unlocated; *count grows by the values copied. */
static doc_node *node_copy(base_arena *a, const doc_node *n, uint64_t *count) {
  ++*count;
  switch ((doc_kind)n->kind) {
  case DOC_NULL: return iac_doc_null(a, 0, 0);
  case DOC_BOOL: return iac_doc_bool(a, n->u.b, 0, 0);
  case DOC_NUMBER: return iac_doc_number(a, n->u.num, 0, 0);
  case DOC_STRING: return iac_doc_string(a, n->u.str, n->len, 0, 0);
  case DOC_UNKNOWN: return iac_doc_unknown(a, n->u.str, 0, 0);
  case DOC_LIST: {
    doc_node **items = base_arena_alloc(a, sizeof *items * (n->len + 1));
    for (uint32_t i = 0; i < n->len; i++)
      items[i] = node_copy(a, n->u.items[i], count);
    return iac_doc_list(a, items, n->len, 0, 0);
  }
  case DOC_MAP: {
    doc_entry *e = base_arena_calloc(a, sizeof *e * (n->len + 1));
    for (uint32_t i = 0; i < n->len; i++) {
      e[i].key = base_arena_strndup(a, n->u.entries[i].key, n->u.entries[i].key_len);
      e[i].key_len = n->u.entries[i].key_len;
      e[i].val = node_copy(a, n->u.entries[i].val, count);
    }
    return iac_doc_map(a, e, n->len, 0, 0);
  }
  }
  return iac_doc_null(a, 0, 0);
}

static uint32_t k_intern(cg *g, const doc_node *n) {
  if (g->n_consts * 2 >= g->hcap) {
    uint32_t hcap = g->hcap ? g->hcap * 2 : 64;
    uint32_t *t = calloc(hcap, sizeof *t);
    if (!t) abort();
    for (uint32_t i = 0; i < g->n_consts; i++) {
      uint32_t h = (uint32_t)node_hash(g->consts[i]) & (hcap - 1);
      while (t[h])
        h = (h + 1) & (hcap - 1);
      t[h] = i + 1;
    }
    free(g->htab);
    g->htab = t;
    g->hcap = hcap;
  }
  uint32_t h = (uint32_t)node_hash(n) & (g->hcap - 1);
  while (g->htab[h]) {
    if (node_same(g->consts[g->htab[h] - 1], n)) return g->htab[h] - 1;
    h = (h + 1) & (g->hcap - 1);
  }
  if (g->n_consts == g->cap_consts) {
    g->cap_consts = g->cap_consts ? g->cap_consts * 2 : 64;
    g->consts = realloc(g->consts, sizeof *g->consts * g->cap_consts);
    if (!g->consts) abort();
  }
  /* every value folded by the checker is at most CC_MAX_CONST_NODES, so one
   * copy is bounded; the budget bounds the pack as a whole */
  g->consts[g->n_consts] = node_copy(&g->p->arena, n, &g->pool_nodes);
  if (g->pool_nodes > CC_MAX_POOL_NODES) g->pool_full = g->overflow = true;
  g->htab[h] = ++g->n_consts;
  return g->n_consts - 1;
}

static uint32_t k_str(cg *g, const char *s, size_t len) {
  doc_node n = {0};
  n.kind = DOC_STRING;
  n.len = (uint32_t)len;
  n.u.str = s;
  return k_intern(g, &n);
}

/* ---- emission ---- */

static void put_u32(cg *g, uint32_t v) {
  for (int i = 0; i < 4; i++)
    g->code[g->len++] = (uint8_t)(v >> (8 * i));
}

/* Emit op with operands; `varpop` is the pop count of variable-pop opcodes.
 * Returns the offset (in the selector block) of the first operand. */
static uint32_t emit(cg *g, vm_opcode op, uint32_t a, uint32_t b, int varpop) {
  size_t need = 1 + 4 * (size_t)ops[op].nops;
  if (g->len + need - g->start > CC_MAX_CODE) g->overflow = true;
  if (g->overflow) return 0;
  if (g->len + need > g->cap) {
    g->cap = g->cap ? g->cap * 2 : 4096;
    g->code = realloc(g->code, g->cap);
    if (!g->code) abort();
  }
  uint32_t at = (uint32_t)(g->len - g->start) + 1;
  g->last_op = at - 1;
  g->code[g->len++] = (uint8_t)op;
  if (ops[op].nops >= 1) put_u32(g, a);
  if (ops[op].nops >= 2) put_u32(g, b);
  g->depth -= ops[op].pop >= 0 ? ops[op].pop : varpop;
  g->depth += ops[op].push;
  if (g->depth > g->max_depth) g->max_depth = g->depth;
  return at;
}

static uint32_t here(cg *g) {
  return (uint32_t)(g->len - g->start);
}

static void patch(cg *g, uint32_t operand_at, uint32_t target) {
  if (g->overflow) return;
  uint8_t *p = g->code + g->start + operand_at;
  for (int i = 0; i < 4; i++)
    p[i] = (uint8_t)(target >> (8 * i));
}

static int local_new(cg *g) {
  int l = g->n_locals++;
  if (g->n_locals > g->max_locals) g->max_locals = g->n_locals;
  return l;
}

/* ---- debug info ---- */

static uint32_t dbg_file(cg *g, const cc_source *src) {
  for (uint32_t i = 0; i < g->n_files; i++)
    if (g->files[i] == src) return i;
  g->files = base_grow(g->files, &g->cap_files, g->n_files + 1, sizeof *g->files);
  g->files[g->n_files] = src;
  return g->n_files++;
}

/* Where an operator is written: the first character after the left operand
 * that is not blank, a closing parenthesis or a comment. */
static void op_pos(const cc_source *src, const cc_expr *e, uint32_t *line, uint32_t *col) {
  uint32_t l = e->a->loc.end_line, c = e->a->loc.end_col + 1;
  for (size_t i = e->a->loc.end_off; i < e->c->loc.off && i < src->len; i++) {
    char ch = src->text[i];
    if (ch == '#') {
      while (i + 1 < src->len && src->text[i + 1] != '\n')
        i++;
      continue;
    }
    if (ch == '\n') {
      l++, c = 1;
      continue;
    }
    if (ch != ' ' && ch != '\t' && ch != '\r' && ch != ')') {
      *line = l, *col = c;
      return;
    }
    c++;
  }
  *line = e->loc.line, *col = e->loc.col;
}

/* The column a value is shown under: an operator's own, a field's name
 * unless its base is a plain variable (`i.from_port` under `i`), else where
 * the expression starts. */
static void dbg_expr(cg *g, cc_expr *e) {
  if (g->overflow) return;
  uint32_t line = e->loc.line, col = e->loc.col;
  if (e->kind == CC_E_BIN)
    op_pos(g->cur_src, e, &line, &col);
  else if (e->kind == CC_E_FIELD && e->a && e->a->kind != CC_E_IDENT && e->name_loc.line)
    line = e->name_loc.line, col = e->name_loc.col;
  vm_dbg_line x = {g->last_op, dbg_file(g, g->cur_src), line, col};
  if (g->n_lines && g->lines[g->n_lines - 1].pc == x.pc) { /* the outer expression wins */
    g->lines[g->n_lines - 1] = x;
    return;
  }
  g->lines = base_grow(g->lines, &g->cap_lines, g->n_lines + 1, sizeof *g->lines);
  g->lines[g->n_lines++] = x;
}

/* The statement-level instruction just emitted (ITER, STORE, CHECK, REPORT,
 * LOOP, RET...) comes from loc in the selector's own file. */
static void dbg_at(cg *g, cc_loc loc) {
  if (g->overflow) return;
  vm_dbg_line x = {g->last_op, dbg_file(g, g->src), loc.line, loc.col};
  if (g->n_lines && g->lines[g->n_lines - 1].pc == x.pc) return;
  g->lines = base_grow(g->lines, &g->cap_lines, g->n_lines + 1, sizeof *g->lines);
  g->lines[g->n_lines++] = x;
}

/* A named local from pc `from`; its end is set when its scope closes (dbg_local_end). */
static void dbg_local(cg *g, int slot, const char *name, uint32_t from) {
  g->dlocals = base_grow(g->dlocals, &g->cap_dlocals, g->n_dlocals + 1, sizeof *g->dlocals);
  g->dlocals[g->n_dlocals++] = (vm_dbg_local){(uint32_t)slot, from, UINT32_MAX, name};
}

static void dbg_local_end(cg *g, uint32_t first) {
  for (uint32_t i = first; i < g->n_dlocals; i++)
    if (g->dlocals[i].to == UINT32_MAX) g->dlocals[i].to = here(g);
}

static void dbg_stmt(cg *g, vm_dbg_stmt_kind kind, const cc_stmt *s, uint32_t start) {
  if (g->overflow) return;
  vm_dbg_stmt x = {(uint8_t)kind, kind == VM_DBG_EXPECT ? ++g->n_expects : 0,
                   start, g->last_op, dbg_file(g, g->src), s->loc.line, s->loc.col,
                   s->e->loc.end_line, s->e->loc.end_col};
  g->stmts = base_grow(g->stmts, &g->cap_stmts, g->n_stmts + 1, sizeof *g->stmts);
  g->stmts[g->n_stmts++] = x;
}

/* ---- expressions ---- */

static void gen(cg *g, cc_expr *e);
static void gen_if(cg *g, cc_expr *e);
static void gen_binder(cg *g, cc_expr *e);

static void gen_const(cg *g, const doc_node *v) {
  emit(g, VM_OP_CONST, k_intern(g, v), 0, 0);
}

/* A named const: interned once, not hashed again at every use (a const may
 * hold CC_MAX_CONST_NODES values). */
static void gen_const_item(cg *g, cc_item *k) {
  if (!k->k_index) k->k_index = k_intern(g, k->value) + 1;
  if (k->is_param) { /* PARAM i: the default, or the scan's override */
    if (!k->p_index) {
      vm_param *ps = base_arena_alloc(&g->p->arena, sizeof *ps * (g->p->n_params + 1));
      if (g->p->n_params) memcpy(ps, g->p->params, sizeof *ps * g->p->n_params);
      const char *mod = cc_module_name(k->file);
      ps[g->p->n_params].name = mod[0] ? base_arena_printf(&g->p->arena, "%s.%s", mod, k->name)
                                       : base_arena_strdup(&g->p->arena, k->name);
      ps[g->p->n_params].konst = k->k_index - 1;
      g->p->params = ps;
      k->p_index = ++g->p->n_params;
    }
    emit(g, VM_OP_PARAM, k->p_index - 1, 0, 0);
    return;
  }
  emit(g, VM_OP_CONST, k->k_index - 1, 0, 0);
}

/* A folded literal must fit the pack like a named const (check.c). */
static void gen_folded(cg *g, cc_expr *e, const doc_node *v) {
  int fit = cc_value_check(v, VM_PACK_MAX_CONST_DEPTH, CC_MAX_CONST_NODES);
  if (fit == 1)
    cg_fail(g, e->loc,
            base_arena_printf(&g->cx->arena,
                             "constant nests too deeply (more than %d levels of lists and maps)",
                             VM_PACK_MAX_CONST_DEPTH));
  else if (fit == 2)
    cg_fail(g, e->loc,
            base_arena_printf(&g->cx->arena, "constant is too large (more than %d values)",
                             CC_MAX_CONST_NODES));
  else
    gen_const(g, v);
}

/* Iterators (for, any, all) live on the stack together: VM_MAX_LOOP_NEST at most. */
static void iter_enter(cg *g, cc_loc loc) {
  if (++g->iter_depth > VM_MAX_LOOP_NEST)
    cg_fail(g, loc,
            base_arena_printf(&g->cx->arena,
                             "loops nest too deeply (more than %d for/any/all inside each other)",
                             VM_MAX_LOOP_NEST));
}

static void gen_call(cg *g, cc_expr *e) {
  switch ((cc_ref)e->ref) {
  case CC_R_RESOURCES: /* resources("A", "B"): the lists joined, in argument order */
    for (uint32_t i = 0; i < e->n; i++) {
      emit(g, VM_OP_RESOURCES, k_str(g, e->items[i]->s, e->items[i]->slen), 0, 0);
      if (i) emit(g, VM_OP_ADD, 0, 0, 0);
    }
    return;
  case CC_R_JOIN: {
    gen(g, e->items[0]);
    doc_node **types = base_arena_alloc(&g->cx->arena, sizeof *types * e->n);
    for (uint32_t i = 1; i < e->n; i++)
      types[i - 1] = iac_doc_string(&g->cx->arena, e->items[i]->s, e->items[i]->slen, 0, 0);
    gen_const(g, iac_doc_list(&g->cx->arena, types, e->n - 1, 0, 0));
    emit(g, VM_OP_CALL, (uint32_t)e->builtin, 2, 2);
    return;
  }
  case CC_R_FACTS: /* facts("NAME") or, by the index, facts("NAME", "KEY", value) */
    if (e->n == 3) {
      gen(g, e->items[2]);
      uint32_t kn = k_str(g, e->items[0]->s, e->items[0]->slen);
      emit(g, VM_OP_FACTS_WHERE, kn, k_str(g, e->items[1]->s, e->items[1]->slen), 0);
    } else {
      emit(g, VM_OP_FACTS, k_str(g, e->items[0]->s, e->items[0]->slen), 0, 0);
    }
    return;
  case CC_R_BUILTIN:
    for (uint32_t i = 0; i < e->n; i++)
      gen(g, e->items[i]);
    emit(g, VM_OP_CALL, (uint32_t)e->builtin, e->n, (int)e->n);
    return;
  case CC_R_FN: {
    /* inline: arguments into fresh locals, then the body with params bound to them */
    cc_item *f = e->target;
    int mark = g->n_locals;
    for (uint32_t i = 0; i < e->n; i++)
      gen(g, e->items[i]);
    int *saved = calloc(e->n + 1, sizeof *saved);
    if (!saved) abort();
    uint32_t stores = here(g);
    for (uint32_t i = e->n; i-- > 0;) {
      int l = local_new(g);
      emit(g, VM_OP_STORE, (uint32_t)l, 0, 0);
      saved[i] = f->pbinds[i]->slot;
      f->pbinds[i]->slot = l;
    }
    uint32_t first = g->n_dlocals;
    for (uint32_t i = 0; i < e->n; i++)
      dbg_local(g, f->pbinds[i]->slot, f->params[i], stores);
    const cc_source *src = g->cur_src;
    g->cur_src = f->file->src;
    gen(g, f->e);
    g->cur_src = src;
    dbg_local_end(g, first);
    for (uint32_t i = 0; i < e->n; i++)
      f->pbinds[i]->slot = saved[i];
    free(saved);
    g->n_locals = mark;
    return;
  }
  default: emit(g, VM_OP_MISSING, 0, 0, 0); return; /* unreachable after a clean check */
  }
}

static void gen_expr(cg *g, cc_expr *e);

static void gen(cg *g, cc_expr *e) {
  if (g->overflow) return;
  gen_expr(g, e);
  dbg_expr(g, e);
}

static void gen_expr(cg *g, cc_expr *e) {
  switch ((cc_ek)e->kind) {
  case CC_E_STR:
  case CC_E_NUM:
  case CC_E_BOOL:
  case CC_E_NULL:
  case CC_E_MAP: {
    const doc_node *v = cc_fold(g->cx, e);
    if (v)
      gen_folded(g, e, v);
    else
      emit(g, VM_OP_MISSING, 0, 0, 0);
    return;
  }
  case CC_E_LIST: {
    const doc_node *v = cc_fold(g->cx, e);
    if (v) {
      gen_folded(g, e, v);
      return;
    }
    for (uint32_t i = 0; i < e->n; i++)
      gen(g, e->items[i]);
    emit(g, VM_OP_MKLIST, e->n, 0, (int)e->n);
    return;
  }
  case CC_E_IDENT:
    if (e->ref == CC_R_SUBJECT)
      emit(g, VM_OP_SUBJECT, 0, 0, 0);
    else if (e->ref == CC_R_LOCAL)
      emit(g, VM_OP_LOAD, (uint32_t)e->bind->slot, 0, 0);
    else
      gen_const_item(g, e->target);
    return;
  case CC_E_FIELD:
    if (e->ref == CC_R_CONST) {
      gen_const_item(g, e->target);
      return;
    }
    gen(g, e->a);
    emit(g, VM_OP_FIELD, k_str(g, e->s, e->slen), 0, 0);
    return;
  case CC_E_INDEX:
    gen(g, e->a);
    gen(g, e->c);
    emit(g, VM_OP_INDEX, 0, 0, 0);
    return;
  case CC_E_WILD:
    gen(g, e->a);
    emit(g, VM_OP_WILDCARD, 0, 0, 0);
    return;
  case CC_E_NOT:
    gen(g, e->a);
    emit(g, VM_OP_NOT, 0, 0, 0);
    return;
  case CC_E_BIN: {
    static const vm_opcode cmp[] = {VM_OP_OR, VM_OP_AND, VM_OP_EQ,  VM_OP_NE,  VM_OP_LT,
                                    VM_OP_LE, VM_OP_GT,  VM_OP_GE,  VM_OP_IN,  VM_OP_NOP,
                                    VM_OP_ADD, VM_OP_SUB, VM_OP_MUL, VM_OP_DIV, VM_OP_MOD};
    gen(g, e->a);
    if (e->op == CC_AND || e->op == CC_OR || e->op == CC_QQ) {
      vm_opcode j = e->op == CC_AND  ? VM_OP_JFALSE_KEEP
                    : e->op == CC_OR ? VM_OP_JTRUE_KEEP
                                     : VM_OP_JPRESENT_KEEP;
      uint32_t p = emit(g, j, 0, 0, 0);
      if (e->op == CC_QQ) emit(g, VM_OP_POP, 0, 0, 0);
      gen(g, e->c);
      if (e->op != CC_QQ) emit(g, cmp[e->op], 0, 0, 0);
      patch(g, p, here(g));
      return;
    }
    gen(g, e->c);
    emit(g, cmp[e->op], 0, 0, 0);
    return;
  }
  case CC_E_CALL: gen_call(g, e); return;
  case CC_E_ANY:
  case CC_E_ALL: {
    /* Kleene fold over the items: any = false OR c(x)..., all = true AND c(x)... */
    int mark = g->n_locals;
    int acc = local_new(g);
    e->bind->slot = local_new(g);
    doc_node init = {0};
    init.kind = DOC_BOOL;
    init.u.b = e->kind == CC_E_ALL;
    gen_const(g, &init);
    emit(g, VM_OP_STORE, (uint32_t)acc, 0, 0);
    gen(g, e->a);
    iter_enter(g, e->loc);
    emit(g, VM_OP_ITER, 0, 0, 0);
    int d = g->depth;
    uint32_t top = here(g);
    uint32_t exit = emit(g, VM_OP_NEXT, (uint32_t)e->bind->slot, 0, 0);
    uint32_t first = g->n_dlocals;
    dbg_local(g, e->bind->slot, e->s, top);
    emit(g, VM_OP_LOAD, (uint32_t)acc, 0, 0);
    gen(g, e->c);
    emit(g, e->kind == CC_E_ANY ? VM_OP_OR : VM_OP_AND, 0, 0, 0);
    emit(g, VM_OP_STORE, (uint32_t)acc, 0, 0);
    emit(g, VM_OP_LOOP, top, 0, 0);
    dbg_local_end(g, first);
    patch(g, exit + 4, here(g));
    g->depth = d - 1; /* NEXT popped the iterator on exit */
    g->iter_depth--;
    emit(g, VM_OP_LOAD, (uint32_t)acc, 0, 0);
    g->n_locals = mark;
    return;
  }
  case CC_E_INTERP:
    for (uint32_t i = 0; i < e->n; i++)
      gen(g, e->items[i]);
    emit(g, VM_OP_CONCAT, e->n, 0, (int)e->n);
    return;
  case CC_E_FILTER:
  case CC_E_MAPX:
  case CC_E_COUNT:
  case CC_E_FIRST: gen_binder(g, e); return;
  case CC_E_IF: gen_if(g, e); return;
  }
}

/* if c then a else b: each branch is generated once and runs only when the
 * condition may pick it; PICK decides (an unknown c keeps a only when a and b
 * are equal).
 *     gen c; UNKNOWN_OR; STORE lc
 *     LOAD lc; JFALSE_KEEP L1; POP; gen a; JMP L2;  L1: POP; MISSING;  L2:
 *     LOAD lc; JTRUE_KEEP L3;  POP; gen b; JMP L4;  L3: POP; MISSING;  L4:
 *     LOAD lc; PICK */
static void gen_if(cg *g, cc_expr *e) {
  int mark = g->n_locals;
  int lc = local_new(g);
  gen(g, e->a);
  emit(g, VM_OP_UNKNOWN_OR, 0, 0, 0);
  emit(g, VM_OP_STORE, (uint32_t)lc, 0, 0);
  for (int branch = 0; branch < 2; branch++) {
    emit(g, VM_OP_LOAD, (uint32_t)lc, 0, 0);
    int d = g->depth;
    uint32_t skip = emit(g, branch ? VM_OP_JTRUE_KEEP : VM_OP_JFALSE_KEEP, 0, 0, 0);
    emit(g, VM_OP_POP, 0, 0, 0);
    gen(g, branch ? e->items[0] : e->c);
    uint32_t end = emit(g, VM_OP_JMP, 0, 0, 0);
    patch(g, skip, here(g));
    g->depth = d;
    emit(g, VM_OP_POP, 0, 0, 0);
    emit(g, VM_OP_MISSING, 0, 0, 0);
    patch(g, end, here(g));
  }
  emit(g, VM_OP_LOAD, (uint32_t)lc, 0, 0);
  emit(g, VM_OP_PICK, 0, 0, 0);
  g->n_locals = mark;
}

/* filter, map, count, first: a loop like any/all with an accumulator local.
 * A condition that is unknown for an item makes the accumulator that unknown
 * (filter, count; first when no earlier item matched), which APPEND and ADD
 * then keep: Kleene, as any/all. */
static void gen_binder(cg *g, cc_expr *e) {
  int mark = g->n_locals;
  int acc = local_new(g);
  int x = e->bind->slot = local_new(g);
  doc_node zero = {0};
  zero.kind = DOC_NUMBER;
  if (e->kind == CC_E_COUNT)
    gen_const(g, &zero);
  else if (e->kind == CC_E_FIRST)
    emit(g, VM_OP_MISSING, 0, 0, 0);
  else
    emit(g, VM_OP_NEWLIST, 0, 0, 0);
  emit(g, VM_OP_STORE, (uint32_t)acc, 0, 0);
  int coll = local_new(g);
  gen(g, e->a);
  emit(g, VM_OP_STORE, (uint32_t)coll, 0, 0);
  emit(g, VM_OP_LOAD, (uint32_t)coll, 0, 0);
  iter_enter(g, e->loc);
  emit(g, VM_OP_ITER, 0, 0, 0);
  int d = g->depth;
  uint32_t top = here(g);
  uint32_t exit = emit(g, VM_OP_NEXT, (uint32_t)x, 0, 0);
  uint32_t first = g->n_dlocals;
  dbg_local(g, x, e->s, top);
  if (e->kind == CC_E_MAPX) {
    emit(g, VM_OP_LOAD, (uint32_t)acc, 0, 0);
    gen(g, e->c);
    emit(g, VM_OP_APPEND, 0, 0, 0);
    emit(g, VM_OP_STORE, (uint32_t)acc, 0, 0);
  } else {
    uint32_t skip = 0;
    if (e->kind == CC_E_FIRST) { /* decided: found, or unknown */
      emit(g, VM_OP_LOAD, (uint32_t)acc, 0, 0);
      skip = emit(g, VM_OP_JPRESENT_KEEP, 0, 0, 0);
      emit(g, VM_OP_POP, 0, 0, 0);
    }
    gen(g, e->c);
    emit(g, VM_OP_UNKNOWN_OR, 0, 0, 0);
    uint32_t yes = emit(g, VM_OP_JTRUE_KEEP, 0, 0, 0);
    uint32_t no = emit(g, VM_OP_JFALSE_KEEP, 0, 0, 0);
    emit(g, VM_OP_STORE, (uint32_t)acc, 0, 0); /* unknown */
    uint32_t j1 = emit(g, VM_OP_JMP, 0, 0, 0);
    patch(g, yes, here(g));
    g->depth = d + 1;
    emit(g, VM_OP_POP, 0, 0, 0);
    if (e->kind == CC_E_FIRST) {
      emit(g, VM_OP_LOAD, (uint32_t)x, 0, 0);
    } else {
      emit(g, VM_OP_LOAD, (uint32_t)acc, 0, 0);
      if (e->kind == CC_E_COUNT) {
        doc_node one = zero;
        one.u.num = 1;
        gen_const(g, &one);
        emit(g, VM_OP_ADD, 0, 0, 0);
      } else {
        emit(g, VM_OP_LOAD, (uint32_t)x, 0, 0);
        emit(g, VM_OP_APPEND, 0, 0, 0);
      }
    }
    emit(g, VM_OP_STORE, (uint32_t)acc, 0, 0);
    uint32_t j2 = emit(g, VM_OP_JMP, 0, 0, 0);
    patch(g, no, here(g));
    if (skip) patch(g, skip, here(g));
    g->depth = d + 1;
    emit(g, VM_OP_POP, 0, 0, 0);
    patch(g, j1, here(g));
    patch(g, j2, here(g));
  }
  emit(g, VM_OP_LOOP, top, 0, 0);
  dbg_local_end(g, first);
  patch(g, exit + 4, here(g));
  g->depth = d - 1; /* NEXT popped the iterator on exit */
  g->iter_depth--;
  /* over an unknown collection the result is that unknown, not a fold over
   * the one unknown item ITER yields: PICK(coll, acc, is_unknown(coll)) */
  emit(g, VM_OP_LOAD, (uint32_t)coll, 0, 0);
  emit(g, VM_OP_LOAD, (uint32_t)acc, 0, 0);
  emit(g, VM_OP_LOAD, (uint32_t)coll, 0, 0);
  emit(g, VM_OP_CALL, VM_BI_IS_UNKNOWN, 1, 1);
  emit(g, VM_OP_PICK, 0, 0, 0);
  g->n_locals = mark;
}

/* ---- statements ---- */

/* The condition's source text with whitespace runs collapsed. */
static const char *source_text(cg *g, const cc_loc *loc, const char *prefix) {
  const cc_source *s = g->src;
  size_t a = loc->off, b = loc->end_off;
  if (a > s->len) a = s->len;
  if (b > s->len) b = s->len;
  if (b < a) b = a;
  size_t pl = strlen(prefix);
  char *out = base_arena_alloc(&g->cx->arena, pl + (b - a) + 1);
  memcpy(out, prefix, pl);
  size_t n = pl;
  bool space = false;
  for (size_t i = a; i < b; i++) {
    char c = s->text[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = true;
      continue;
    }
    if (space && n > pl) out[n++] = ' ';
    space = false;
    out[n++] = c;
  }
  out[n] = 0;
  return out;
}

/* Default `at`: the path the condition tests (left operand of a comparison,
 * first argument of a builtin), so findings point at the attribute. */
static cc_expr *default_at(cc_expr *e) {
  for (int guard = 0; e && guard < CC_MAX_DEPTH; guard++) {
    switch ((cc_ek)e->kind) {
    case CC_E_FIELD: return e->ref == CC_R_CONST ? NULL : e;
    case CC_E_INDEX:
    case CC_E_WILD: return e;
    case CC_E_IDENT: return e->ref == CC_R_LOCAL || e->ref == CC_R_SUBJECT ? e : NULL;
    case CC_E_BIN:
      if (e->op == CC_AND || e->op == CC_OR) return NULL;
      e = e->a;
      break;
    case CC_E_NOT: e = e->a; break;
    case CC_E_CALL:
      if (e->ref != CC_R_BUILTIN || e->n == 0) return NULL;
      e = e->items[0];
      break;
    default: return NULL;
    }
  }
  return NULL;
}

/* The default `at` of a failed or unknown condition. An `and` chain is located
 * at the operand that decided it: the operands are evaluated again (they are
 * pure; this runs only on the report path) and the first false one gives its
 * path. An `or` chain is located at its first operand. Otherwise default_at. */
static void gen_default_at(cg *g, cc_expr *e) {
  while (e->kind == CC_E_BIN && e->op == CC_OR)
    e = e->a;
  if (e->kind != CC_E_BIN || e->op != CC_AND) {
    cc_expr *at = default_at(e);
    if (at)
      gen(g, at);
    else
      emit(g, VM_OP_MISSING, 0, 0, 0);
    return;
  }
  cc_expr *opnd[CC_MAX_DEPTH + 2];
  uint32_t n = 0;
  for (cc_expr *x = e; n < CC_MAX_DEPTH; x = x->a) { /* ((a1 and a2) and a3): a3 first */
    if (x->kind == CC_E_BIN && x->op == CC_AND) {
      opnd[n++] = x->c;
    } else {
      opnd[n++] = x;
      break;
    }
  }
  uint32_t skip[CC_MAX_DEPTH + 2], done[CC_MAX_DEPTH + 2];
  int d = g->depth;
  for (uint32_t i = n; i-- > 0;) { /* in source order */
    gen(g, opnd[i]);
    skip[i] = emit(g, VM_OP_JFALSE_KEEP, 0, 0, 0);
    emit(g, VM_OP_POP, 0, 0, 0);
  }
  emit(g, VM_OP_MISSING, 0, 0, 0); /* none false (unknown): the resource */
  uint32_t end0 = emit(g, VM_OP_JMP, 0, 0, 0);
  for (uint32_t i = n; i-- > 0;) {
    patch(g, skip[i], here(g));
    g->depth = d + 1;
    emit(g, VM_OP_POP, 0, 0, 0);
    cc_expr *at = default_at(opnd[i]);
    if (at)
      gen(g, at);
    else
      emit(g, VM_OP_MISSING, 0, 0, 0);
    done[i] = emit(g, VM_OP_JMP, 0, 0, 0);
  }
  patch(g, end0, here(g));
  for (uint32_t i = 0; i < n; i++)
    patch(g, done[i], here(g));
  g->depth = d + 1;
}

/* Recursive only for `for` bodies (nesting bounded by the parser); a `when`
 * inside a loop jumps to the end of its block, patched after the loop below,
 * so a long run of guards costs no stack. */
static void gen_stmts(cg *g, cc_stmt **body, uint32_t n) {
  int mark = g->n_locals;
  uint32_t first_local = g->n_dlocals;
  cc_vec ends = {0}; /* in-loop `when`: jumps to the end of this block */
  for (uint32_t i = 0; i < n && !g->overflow; i++) {
    cc_stmt *s = body[i];
    switch ((cc_sk)s->kind) {
    case CC_S_LET:
      gen(g, s->e);
      s->bind->slot = local_new(g);
      emit(g, VM_OP_STORE, (uint32_t)s->bind->slot, 0, 0);
      dbg_at(g, s->loc);
      dbg_local(g, s->bind->slot, s->name, g->last_op);
      break;
    case CC_S_WHEN: {
      uint32_t start = here(g);
      gen(g, s->e);
      dbg_stmt(g, VM_DBG_WHEN, s, start);
      if (g->loop_depth == 0) {
        uint32_t p = emit(g, VM_OP_WHEN, 0, 0, 0);
        dbg_at(g, s->loc);
        cc_vec_push(&g->cx->arena, &g->ret_patches, (void *)(uintptr_t)p);
      } else {
        /* inside a loop the guard skips the rest of this iteration; an
         * unknown guard reports unknown for the item, like WHEN does */
        emit(g, VM_OP_UNKNOWN_OR, 0, 0, 0);
        dbg_at(g, s->loc);
        int d = g->depth;
        uint32_t pskip = emit(g, VM_OP_JFALSE_KEEP, 0, 0, 0);
        uint32_t prun = emit(g, VM_OP_JTRUE_KEEP, 0, 0, 0);
        emit(g, VM_OP_MISSING, 0, 0, 0);
        const char *m = source_text(g, &s->e->loc, "guard is unknown: ");
        emit(g, VM_OP_CONST, k_str(g, m, strlen(m)), 0, 0);
        emit(g, VM_OP_REPORT, 0, 0, 0);
        uint32_t pend1 = emit(g, VM_OP_JMP, 0, 0, 0);
        patch(g, pskip, here(g));
        g->depth = d;
        emit(g, VM_OP_POP, 0, 0, 0);
        uint32_t pend2 = emit(g, VM_OP_JMP, 0, 0, 0);
        patch(g, prun, here(g));
        g->depth = d;
        emit(g, VM_OP_POP, 0, 0, 0);
        dbg_at(g, s->loc);
        cc_vec_push(&g->cx->arena, &ends, (void *)(uintptr_t)pend1);
        cc_vec_push(&g->cx->arena, &ends, (void *)(uintptr_t)pend2);
      }
      break;
    }
    case CC_S_EXPECT: {
      uint32_t start = here(g);
      gen(g, s->e);
      dbg_stmt(g, VM_DBG_EXPECT, s, start);
      emit(g, VM_OP_UNKNOWN_OR, 0, 0, 0);
      uint32_t p = emit(g, VM_OP_CHECK, 0, 0, 0);
      dbg_at(g, s->loc);
      if (s->at)
        gen(g, s->at);
      else
        gen_default_at(g, s->e);
      if (s->msg) {
        gen(g, s->msg);
        emit(g, VM_OP_REPORT, 0, 0, 0);
        dbg_at(g, s->loc);
      } else {
        const char *m = source_text(g, &s->e->loc, "expected ");
        emit(g, VM_OP_CONST, k_str(g, m, strlen(m)), 0, 0);
        emit(g, VM_OP_REPORT_DEF, 0, 0, 0); /* an unknown does not say "expected" */
        dbg_at(g, s->loc);
      }
      patch(g, p, here(g));
      break;
    }
    case CC_S_EMIT: {
      /* the values in key order, then EMIT with the keys as one constant */
      cc_expr *m = s->e;
      doc_node **keys = base_arena_alloc(&g->cx->arena, sizeof *keys * (m->n + 1));
      for (uint32_t k = 0; k < m->n; k++) {
        gen(g, m->items[k]);
        keys[k] = iac_doc_string(&g->cx->arena, m->keys[k]->s, m->keys[k]->slen, 0, 0);
      }
      uint32_t kk = k_intern(g, iac_doc_list(&g->cx->arena, keys, m->n, 0, 0));
      emit(g, VM_OP_EMIT, kk, m->n, (int)m->n);
      dbg_at(g, s->loc);
      break;
    }
    case CC_S_FOR: {
      gen(g, s->e);
      iter_enter(g, s->loc);
      emit(g, VM_OP_ITER, 0, 0, 0);
      dbg_at(g, s->loc);
      int d = g->depth;
      uint32_t top = here(g);
      s->bind->slot = local_new(g);
      uint32_t exit = emit(g, VM_OP_NEXT, (uint32_t)s->bind->slot, 0, 0);
      uint32_t first = g->n_dlocals;
      dbg_local(g, s->bind->slot, s->name, top);
      g->loop_depth++;
      gen_stmts(g, s->body, s->n_body);
      g->loop_depth--;
      emit(g, VM_OP_LOOP, top, 0, 0);
      dbg_at(g, s->end_loc);
      dbg_local_end(g, first);
      patch(g, exit + 4, here(g));
      g->depth = d - 1;
      g->iter_depth--;
      break;
    }
    }
  }
  for (uint32_t i = 0; i < ends.n; i++)
    patch(g, (uint32_t)(uintptr_t)ends.v[i], here(g));
  dbg_local_end(g, first_local);
  g->n_locals = mark;
}

static void gen_selector(cg *g, cc_sel *s, vm_selector *out, vm_dbg_sel *dbg) {
  g->start = g->len;
  g->depth = g->max_depth = 0;
  g->n_locals = g->max_locals = 0;
  g->ret_patches.n = 0;
  g->loop_depth = 0;
  g->iter_depth = 0;
  g->cur_src = g->src;
  g->fail = NULL;
  g->n_lines = g->n_dlocals = g->n_stmts = 0;
  gen_stmts(g, s->body, s->n_body);
  for (uint32_t i = 0; i < g->ret_patches.n; i++)
    patch(g, (uint32_t)(uintptr_t)g->ret_patches.v[i], here(g));
  emit(g, VM_OP_RET, 0, 0, 0);
  dbg_at(g, s->end_loc);
  base_arena *a = &g->p->arena;
  dbg->file = dbg_file(g, g->src);
  dbg->line = s->loc.line;
  dbg->col = s->loc.col;
  dbg->n_lines = g->n_lines;
  dbg->lines = base_arena_alloc(a, (g->n_lines + 1) * sizeof *dbg->lines);
  if (g->n_lines) memcpy(dbg->lines, g->lines, g->n_lines * sizeof *dbg->lines);
  dbg->n_locals = g->n_dlocals;
  dbg->locals = base_arena_alloc(a, (g->n_dlocals + 1) * sizeof *dbg->locals);
  for (uint32_t i = 0; i < g->n_dlocals; i++) {
    dbg->locals[i] = g->dlocals[i];
    dbg->locals[i].name = base_arena_strdup(a, g->dlocals[i].name);
  }
  dbg->n_stmts = g->n_stmts;
  dbg->stmts = base_arena_alloc(a, (g->n_stmts + 1) * sizeof *dbg->stmts);
  if (g->n_stmts) memcpy(dbg->stmts, g->stmts, g->n_stmts * sizeof *dbg->stmts);
  out->code_off = (uint32_t)g->start;
  out->code_len = (uint32_t)(g->len - g->start);
  out->n_locals = (uint16_t)g->max_locals;
  out->max_stack = (uint16_t)g->max_depth;
}

static int meta_index(const cc_item *r, const char *key) {
  for (uint32_t i = 0; i < r->n_metas; i++)
    if (!strcmp(r->metas[i].key, key)) return (int)i;
  return -1;
}

static const char *meta_str(base_arena *a, const cc_item *r, const char *key) {
  int i = meta_index(r, key);
  return i < 0 ? "" : base_arena_strndup(a, r->metas[i].val->s, r->metas[i].val->slen);
}

/* The compiled sources' names in debug info are relative to their common
 * directory: the digest covers debug info, and the same rules compiled as
 * "rules.vgl" from their folder or as "/ci/x/rules.vgl" from elsewhere must
 * give the same pack (vigil merge compares digests across machines). Modules
 * reached by `use` keep their stdlib path. */
static bool is_user_source(const cc_ctx *cx, const cc_source *src) {
  return cx->n_srcs && src >= cx->srcs && src < cx->srcs + cx->n_srcs;
}

/* The length of the longest directory prefix ("a/b/") the normalised names of
 * all compiled sources share; a single file's is its directory. */
static size_t user_sources_dir(const cc_ctx *cx, base_arena *a) {
  const char *first = NULL;
  size_t common = 0;
  for (size_t i = 0; i < cx->n_srcs; i++) {
    const char *n = base_path_normalise(a, cx->srcs[i].name ? cx->srcs[i].name : "", true);
    if (!first) {
      first = n;
      const char *slash = strrchr(n, '/');
      common = slash ? (size_t)(slash - n) + 1 : 0;
      continue;
    }
    size_t k = 0;
    while (k < common && n[k] == first[k])
      k++;
    while (k > 0 && first[k - 1] != '/') /* back to a whole directory */
      k--;
    common = k;
  }
  return common;
}

int cc_codegen(cc_ctx *cx, vm_pack *p) {
  static const char *const sev[] = {"info", "low", "medium", "high", "critical"};
  cg g = {0};
  g.cx = cx;
  g.p = p;
  base_arena *pa = &p->arena;
  cc_vec rules = {0};
  uint32_t n_sels = 0;
  for (uint32_t f = 0; f < cx->n_files; f++)
    for (uint32_t i = 0; i < cx->files[f]->n_items; i++)
      if (cx->files[f]->items[i]->kind == CC_I_RULE) {
        cc_vec_push(&cx->arena, &rules, cx->files[f]->items[i]);
        n_sels += cx->files[f]->items[i]->n_sels;
      }
  /* then the facts: their selectors follow every rule's (pack.h) */
  cc_vec *facts = &cx->facts;
  for (uint32_t i = 0; i < facts->n; i++)
    n_sels += ((cc_item *)facts->v[i])->n_sels;
  p->facts = base_arena_calloc(pa, sizeof *p->facts * (facts->n + 1));
  p->n_facts = facts->n;
  p->rules = base_arena_calloc(pa, sizeof *p->rules * (rules.n + 1));
  p->sels = base_arena_calloc(pa, sizeof *p->sels * (n_sels + 1));
  p->debug = base_arena_calloc(pa, sizeof *p->debug);
  p->debug->sels = base_arena_calloc(pa, sizeof *p->debug->sels * (n_sels + 1));
  p->n_rules = rules.n;
  p->n_sels = n_sels;
  int errors = 0;
  uint32_t si = 0;
  for (uint32_t ri = 0; ri < rules.n + facts->n; ri++) {
    bool is_fact = ri >= rules.n;
    cc_item *r = is_fact ? facts->v[ri - rules.n] : rules.v[ri];
    vm_rule scratch_rule = {0};
    vm_rule *vr = is_fact ? &scratch_rule : &p->rules[ri];
    if (is_fact) {
      vm_fact *vf = &p->facts[ri - rules.n];
      vf->name = base_arena_strdup(pa, r->name);
      vf->module = base_arena_strdup(pa, cc_module_name(r->file));
      vf->first_sel = si;
      vf->n_sels = r->n_sels;
    }
    vr->id = base_arena_strdup(pa, r->name);
    vr->module = base_arena_strdup(pa, cc_module_name(r->file));
    vr->title = meta_str(pa, r, "title");
    vr->fix = meta_str(pa, r, "fix");
    vr->docs = meta_str(pa, r, "docs");
    int m = meta_index(r, "severity");
    const char *sv = m < 0 ? "" : r->metas[m].val->s;
    for (uint8_t k = 0; k < 5; k++)
      if (!strcmp(sv, sev[k])) vr->severity = k;
    m = meta_index(r, "refs");
    if (m >= 0) {
      cc_expr *l = r->metas[m].val;
      vr->refs = base_arena_calloc(pa, sizeof(char *) * (l->n + 1));
      vr->n_refs = l->n;
      for (uint32_t k = 0; k < l->n; k++)
        vr->refs[k] = base_arena_strndup(pa, l->items[k]->s, l->items[k]->slen);
    } else {
      vr->refs = base_arena_calloc(pa, sizeof(char *));
    }
    vr->first_sel = si;
    vr->n_sels = r->n_sels;
    g.src = r->file->src;
    g.n_expects = 0;
    for (uint32_t k = 0; k < r->n_sels; k++, si++) {
      cc_sel *s = r->sels[k];
      vm_selector *vs = &p->sels[si];
      vs->rule = is_fact ? ri - rules.n : ri;
      vs->is_fact = is_fact;
      vs->format = (uint8_t)s->fmt;
      vs->kind = base_arena_strdup(pa, s->kind);
      vs->types = base_arena_calloc(pa, sizeof(char *) * (s->n_types + 1));
      vs->n_types = s->n_types;
      for (uint32_t t = 0; t < s->n_types; t++)
        vs->types[t] = base_arena_strndup(pa, s->types[t]->s, s->types[t]->slen);
      gen_selector(&g, s, vs, &p->debug->sels[si]);
      if (g.pool_full) {
        cc_diag_error(&cx->diag, r->file->src, s->loc,
                      "rule '%s': too many constants (more than %u values in the pack)", r->name,
                      CC_MAX_POOL_NODES);
        errors++;
        goto done; /* the pool stays full: every later selector would fail the same way */
      } else if (g.overflow) {
        if (g.fail)
          cc_diag_error(&cx->diag, g.fail_src, g.fail_loc, "%s", g.fail);
        else
          cc_diag_error(&cx->diag, r->file->src, s->loc,
                        "rule '%s': code too large (more than %u bytes)", r->name, CC_MAX_CODE);
        errors++;
        g.overflow = false;
        g.len = g.start;
      } else if (g.max_locals > CC_MAX_LOCALS || g.max_depth > 65535) {
        cc_diag_error(&cx->diag, r->file->src, s->loc, "rule '%s': too many locals or too deep",
                      r->name);
        errors++;
      }
    }
  }
done:;
  uint8_t *code = base_arena_alloc(pa, g.len + 1);
  if (g.len) memcpy(code, g.code, g.len);
  p->code = code;
  p->code_len = (uint32_t)g.len;
  p->consts = base_arena_alloc(pa, sizeof *p->consts * (g.n_consts + 1));
  if (g.n_consts) memcpy(p->consts, g.consts, sizeof *p->consts * g.n_consts);
  p->n_consts = g.n_consts;
  /* an in-memory pack runs as built: its params have their defaults */
  p->param_values = base_arena_alloc(pa, sizeof *p->param_values * (p->n_params + 1));
  for (uint32_t i = 0; i < p->n_params; i++)
    p->param_values[i] = p->consts[p->params[i].konst];
  p->debug->n_files = g.n_files;
  p->debug->files = base_arena_calloc(pa, sizeof *p->debug->files * (g.n_files + 1));
  size_t user_dir = user_sources_dir(cx, pa);
  for (uint32_t i = 0; i < g.n_files; i++) {
    vm_dbg_file *f = &p->debug->files[i];
    /* lexically normalised ("./rules/../x.vgl" is "x.vgl"): a label for the
     * tools, and the same file named two ways gives the same pack */
    f->name = base_path_normalise(pa, g.files[i]->name ? g.files[i]->name : "", true);
    if (is_user_source(cx, g.files[i])) f->name += user_dir;
    f->text = base_arena_strndup(pa, g.files[i]->text, g.files[i]->len);
    f->len = (uint32_t)g.files[i]->len;
    vm_dbg_index_file(pa, f);
  }
  free(g.code);
  free(g.consts);
  free(g.htab);
  free(g.files);
  free(g.lines);
  free(g.dlocals);
  free(g.stmts);
  return errors;
}

/* ---- disassembly (tests, debugging) ---- */

static void show_node(const doc_node *n, FILE *out) {
  switch ((doc_kind)n->kind) {
  case DOC_NULL: fputs("null", out); break;
  case DOC_BOOL: fputs(n->u.b ? "true" : "false", out); break;
  case DOC_NUMBER: fprintf(out, "%.17g", n->u.num); break;
  case DOC_STRING:
  case DOC_UNKNOWN:
    fputc('"', out);
    for (uint32_t i = 0; i < n->len; i++) {
      unsigned char c = (unsigned char)n->u.str[i];
      if (c == '"' || c == '\\')
        fprintf(out, "\\%c", c);
      else if (c < 0x20)
        fprintf(out, "\\u%04x", c);
      else
        fputc(c, out);
    }
    fputc('"', out);
    break;
  case DOC_LIST:
    fputc('[', out);
    for (uint32_t i = 0; i < n->len; i++) {
      if (i) fputc(',', out);
      show_node(n->u.items[i], out);
    }
    fputc(']', out);
    break;
  case DOC_MAP:
    fputc('{', out);
    for (uint32_t i = 0; i < n->len; i++) {
      if (i) fputc(',', out);
      fprintf(out, "\"%s\":", n->u.entries[i].key);
      show_node(n->u.entries[i].val, out);
    }
    fputc('}', out);
    break;
  }
}

void cc_disasm_selector(const vm_pack *p, uint32_t sel, FILE *out) {
  const vm_selector *s = &p->sels[sel];
  const uint8_t *c = p->code + s->code_off;
  uint32_t pc = 0;
  fprintf(out, "; locals %u, stack %u\n", s->n_locals, s->max_stack);
  while (pc < s->code_len) {
    uint8_t op = c[pc];
    if (op >= VM_OP__COUNT || pc + 1 + 4u * (uint32_t)ops[op].nops > s->code_len) {
      fprintf(out, "%4u  ??? %u\n", pc, op);
      return;
    }
    uint32_t a = 0, b = 0;
    if (ops[op].nops >= 1) memcpy(&a, c + pc + 1, 4);
    if (ops[op].nops >= 2) memcpy(&b, c + pc + 5, 4);
    fprintf(out, "%4u  %s", pc, ops[op].name);
    if (ops[op].nops >= 1) fprintf(out, " %u", a);
    if (ops[op].nops >= 2) fprintf(out, " %u", b);
    if ((op == VM_OP_CONST || op == VM_OP_FIELD || op == VM_OP_RESOURCES) && a < p->n_consts) {
      fputs("  ; ", out);
      show_node(p->consts[a], out);
    } else if (op == VM_OP_CALL && a < VM_BI__COUNT) {
      fprintf(out, "  ; %s", builtin_names[a]);
    }
    fputc('\n', out);
    pc += 1 + 4u * (uint32_t)ops[op].nops;
  }
}
