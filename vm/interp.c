/* interp.c — the dispatch loop (vm.h). Runs only verified packs (vm_verify), so
 * operands, jump targets and stack depths are trusted here; the few checks left
 * are cheap guards, not the safety argument.
 *
 * Dispatch is selected by one macro, like Lua's lvm.c: computed goto (a label
 * table generated from the VM_OPCODES X-macro) under GCC/Clang, a switch
 * otherwise. No malloc in the loop: everything built at run time (strings,
 * projections, lists) goes to the state's scratch arena, reset per (rule,
 * resource). */
#include <math.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "alloc.h"
#include "opcodes.h"
#include "pack_format.h"
#include "vm_internal.h"

#if defined(__GNUC__) && !defined(VM_NO_COMPUTED_GOTO)
#define VM_COMPUTED_GOTO 1
#else
#define VM_COMPUTED_GOTO 0
#endif

enum { DEFAULT_MAX_STEPS = 10000000 };
#define DEFAULT_MAX_BYTES ((uint64_t)64 << 20)

vm_state *vm_state_new(const vm_pack *p, const vm_options *opt) {
  vm_state *s = base_xcalloc(1, sizeof *s);
  uint32_t stack = 1, locals = 1;
  for (uint32_t i = 0; i < p->n_sels; i++) {
    if (p->sels[i].max_stack > stack) stack = p->sels[i].max_stack;
    if (p->sels[i].n_locals > locals) locals = p->sels[i].n_locals;
  }
  s->pack = p;
  s->max_steps = opt && opt->max_steps ? opt->max_steps : DEFAULT_MAX_STEPS;
  s->max_bytes = opt && opt->max_bytes ? opt->max_bytes : DEFAULT_MAX_BYTES;
  s->trace = opt ? opt->trace : NULL;
  s->trace_ctx = opt ? opt->trace_ctx : NULL;
  s->pc = VM_NO_PC; /* set by REPORT, reset by every emit */
  s->stack = base_xcalloc(stack + 1, sizeof *s->stack);
  s->locals = base_xcalloc(locals, sizeof *s->locals);
  /* CONST copies a value made here: made at each push, the value was
   * assembled with narrow stores and copied onto the stack with wide loads
   * right after, a store-forwarding stall per push */
  s->const_values = base_xcalloc(p->n_consts ? p->n_consts : 1, sizeof *s->const_values);
  for (uint32_t i = 0; i < p->n_consts; i++)
    s->const_values[i] = vm_value_from_node(p->consts[i], 0, 0);
  base_arena_init(&s->scratch);
  s->rx = vm_regex_cache_new();
  return s;
}

void vm_state_free(vm_state *s) {
  if (!s) return;
  free(s->stack);
  free(s->locals);
  free(s->const_values);
  free(s->found);
  vm_alts_free(s->alts);
  vm_decoded_reset(s);
  free(s->decoded);
  free(s->by_type);
  free(s->by_body);
  base_arena_free(&s->scratch);
  vm_regex_cache_free(s->rx);
  free(s);
}

/* ---- the byte budget ---- */

bool vm_build_charge(vm_state *s, size_t n) {
  /* once over, stay over: a smaller value built from the unknown (its
   * display form "<unknown>") must not restart the growth */
  if (s->over_budget || n > s->max_bytes || s->built > s->max_bytes - n) {
    s->over_budget = true;
    return false;
  }
  s->built += n;
  return true;
}

void *vm_build_alloc(vm_state *s, size_t n) {
  return vm_build_charge(s, n) ? base_arena_alloc(&s->scratch, n ? n : 1) : NULL;
}

vm_value vm_budget_unknown(vm_state *s) {
  return vm_v_unknown(base_arena_printf(&s->scratch,
                                        "limit exceeded: more than %llu bytes built for one rule "
                                        "on one resource",
                                        (unsigned long long)s->max_bytes));
}

/* ---- findings ---- */

static const char *cstr(vm_state *s, const vm_value *v) {
  if (v->tag == VV_STR) return base_arena_strndup(&s->scratch, v->u.s, v->len);
  size_t n = vm_value_display(v, NULL, 0);
  char *p = base_arena_alloc(&s->scratch, n + 1);
  vm_value_display(v, p, n + 1);
  return p;
}

static const char *default_message(vm_state *s, vm_status st, const vm_value *why) {
  const vm_rule *r = &s->pack->rules[s->rule];
  const char *title = r->title && r->title[0] ? r->title : r->id;
  if (st != VM_UNKNOWN) return title;
  if (why && why->tag == VV_UNKNOWN && why->u.s && why->len)
    return base_arena_printf(&s->scratch, "%s (unknown: %.*s)", title, (int)why->len, why->u.s);
  return base_arena_printf(&s->scratch, "%s (unknown)", title);
}

/* Kept until the evaluation ends (vm_run_unit hands them to s->emit). */
static void emit_why(vm_state *s, vm_status st, uint32_t line, uint32_t col, const char *msg,
                     const char *why) {
  if (s->n_found == s->cap_found) {
    size_t cap = s->cap_found;
    s->found = base_grow(s->found, &cap, (size_t)s->n_found + 1, sizeof *s->found);
    s->cap_found = cap > UINT32_MAX ? UINT32_MAX : (uint32_t)cap;
  }
  vm_finding f = {s->rule, s->res, st, line, col, msg, why, s->sel, s->pc};
  s->pc = VM_NO_PC;
  s->found[s->n_found++] = f;
  s->reported++;
}

static void emit(vm_state *s, vm_status st, uint32_t line, uint32_t col, const char *msg) {
  emit_why(s, st, line, col, msg, NULL);
}

/* The reason an unknown condition carries (NULL if none). */
static const char *reason_of(vm_state *s, const vm_value *cond) {
  if (cond->tag != VV_UNKNOWN || !cond->u.s || !cond->len) return NULL;
  return base_arena_strndup(&s->scratch, cond->u.s, cond->len);
}

/* deflt: msg is the default fail wording ("expected COND"), not for unknowns */
static void report(vm_state *s, const vm_value *cond, const vm_value *at, const vm_value *msg,
                   bool deflt) {
  vm_status st = cond->tag == VV_BOOL && !cond->u.b ? VM_FAIL : VM_UNKNOWN;
  uint32_t line = s->res->line, col = s->res->col;
  if (at->tag != VV_MISSING && at->line) {
    line = at->line;
    col = at->col;
  }
  const char *why = st == VM_UNKNOWN ? reason_of(s, cond) : NULL;
  const char *m;
  if (msg->tag == VV_MISSING)
    m = default_message(s, st, cond);
  else if (deflt && st == VM_UNKNOWN)
    m = why ? base_arena_printf(&s->scratch, "unknown: %s", why)
            : "unknown: the condition cannot be decided from the scan";
  else
    m = cstr(s, msg);
  emit_why(s, st, line, col, m, why);
}

void vm_found_unknown(vm_state *s, uint32_t line, uint32_t col, const char *why) {
  vm_value w = vm_v_unknown(why);
  emit_why(s, VM_UNKNOWN, line, col, default_message(s, VM_UNKNOWN, &w), why);
}

/* "the condition is a string, not a boolean" */
static const char *not_a_bool(vm_state *s, const vm_value *v) {
  static const char *const kinds[] = {"missing",  "unknown", "null",  "a boolean", "a number",
                                      "a string", "a list",  "a map", "a list",    "an iterator"};
  if (v->tag == VV_MISSING) return "the condition is missing, not a boolean";
  return base_arena_printf(&s->scratch, "the condition is %s, not a boolean", kinds[v->tag]);
}

/* ---- paths ---- */

/* The node a read of n sees: n, or while the rule is evaluated over
 * combinations of alternatives, the branch this combination takes (NULL:
 * absent). Only nodes flagged DOC_F_ALT cost more than the flag test. */
static inline const doc_node *rd(vm_state *s, const doc_node *n) {
  while (n && (n->flags & DOC_F_ALT)) {
    const doc_node *b = vm_alt_pick(s, n);
    if (b == n) break;
    n = b;
  }
  return n;
}

static const doc_entry *map_entry(const doc_node *m, const char *k, uint32_t klen) {
  for (uint32_t i = m->len; i-- > 0;) { /* last duplicate wins, as iac_map_entry */
    const doc_entry *e = &m->u.entries[i];
    if (e->key_len == klen && memcmp(e->key, k, klen) == 0) return e;
  }
  return NULL;
}

static inline __attribute__((always_inline)) vm_value field(vm_state *s, const vm_value *v,
                                                            const char *k, uint32_t klen) {
  if (v->tag == VV_MAP) {
    const doc_entry *e = map_entry(v->u.node, k, klen);
    const doc_node *n = e ? rd(s, e->val) : NULL;
    return n ? vm_value_from_node(n, e->line, e->col) : vm_v_missing();
  }
  if (v->tag == VV_UNKNOWN) return *v;
  return vm_v_missing();
}

/* *dst = v as one 16-byte store and one 8-byte store. A value assembled
 * field by field (a map entry's, by FIELD) was stored in narrow pieces, and
 * the next instruction's copy of it (the operand of EQ, passed by value) read
 * it back 16 bytes at a time: the store buffer cannot forward that, and the
 * load waited for the stores to reach the cache. */
static inline void put_value(vm_value *dst, vm_value v) {
#if defined(__SSE2__)
  _Static_assert(offsetof(vm_value, line) == 4 && offsetof(vm_value, col) == 8 &&
                     offsetof(vm_value, len) == 12 && offsetof(vm_value, u) == 16,
                 "put_value writes vm_value's layout");
  uint64_t lo = (uint64_t)v.tag | (uint64_t)v.flags << 8 | (uint64_t)v.line << 32;
  uint64_t hi = (uint64_t)v.col | (uint64_t)v.len << 32;
  _mm_storeu_si128((__m128i *)(void *)dst, _mm_set_epi64x((long long)hi, (long long)lo));
  memcpy(&dst->u, &v.u, sizeof v.u);
#else
  *dst = v;
#endif
}

static vm_value index_of(vm_state *s, const vm_value *v, const vm_value *i) {
  if (v->tag == VV_UNKNOWN) return *v;
  if (i->tag == VV_UNKNOWN) return *i;
  if ((v->tag == VV_LIST || v->tag == VV_PROJ) && i->tag == VV_NUM) {
    double d = i->u.n, n = v->u.node->len;
    if (d != floor(d) || d >= n || d < -n) return vm_v_missing();
    uint32_t k = (uint32_t)(d < 0 ? d + n : d);
    const doc_node *it = rd(s, v->u.node->u.items[k]);
    return it ? vm_value_from_node(it, 0, 0) : vm_v_missing();
  }
  if (v->tag == VV_MAP && i->tag == VV_STR) return field(s, v, i->u.s, i->len);
  return vm_v_missing();
}

/* Apply FIELD/INDEX to every item of a projection, keeping present results. */
static vm_value project(vm_state *s, const vm_value *pv, const vm_value *key, bool is_field) {
  const doc_node *l = pv->u.node;
  doc_node **items = base_arena_alloc(&s->scratch, (l->len ? l->len : 1) * sizeof *items);
  uint32_t n = 0;
  for (uint32_t i = 0; i < l->len; i++) {
    const doc_node *it = rd(s, l->u.items[i]);
    if (!it) continue;
    if (it->kind == DOC_UNKNOWN) {
      items[n++] = (doc_node *)it;
      continue;
    }
    const doc_node *r = NULL;
    if (it->kind == DOC_MAP && key->tag == VV_STR) {
      const doc_entry *e = map_entry(it, key->u.s, key->len);
      r = e ? rd(s, e->val) : NULL;
    } else if (!is_field && it->kind == DOC_LIST && key->tag == VV_NUM) {
      double d = key->u.n, len = it->len;
      if (d == floor(d) && d < len && d >= -len)
        r = rd(s, it->u.items[(uint32_t)(d < 0 ? d + len : d)]);
    }
    if (r) items[n++] = (doc_node *)r;
  }
  vm_value out = vm_v_list(iac_doc_list(&s->scratch, items, n, l->line, l->col));
  out.tag = VV_PROJ;
  out.line = pv->line;
  out.col = pv->col;
  return out;
}

static vm_value wildcard(vm_state *s, const vm_value *v) {
  vm_value out = *v;
  if (v->tag == VV_UNKNOWN) return *v;
  if (v->tag == VV_LIST) {
    out.tag = VV_PROJ;
    return out;
  }
  const doc_node *src = (v->tag == VV_MAP || v->tag == VV_PROJ) ? v->u.node : NULL;
  uint32_t cap = 0;
  if (src && v->tag == VV_MAP)
    cap = src->len;
  else if (src) /* projection: flatten one level */
    for (uint32_t i = 0; i < src->len; i++) {
      const doc_node *it = src->u.items[i];
      cap += it && (it->kind == DOC_LIST || it->kind == DOC_MAP) ? it->len : 0;
    }
  doc_node **items = base_arena_alloc(&s->scratch, (cap ? cap : 1) * sizeof *items);
  uint32_t n = 0;
  if (src && v->tag == VV_MAP)
    for (uint32_t i = 0; i < src->len; i++)
      items[n++] = src->u.entries[i].val;
  else if (src)
    for (uint32_t i = 0; i < src->len; i++) {
      const doc_node *it = src->u.items[i];
      if (it && it->kind == DOC_LIST)
        for (uint32_t j = 0; j < it->len; j++)
          items[n++] = it->u.items[j];
      else if (it && it->kind == DOC_MAP)
        for (uint32_t j = 0; j < it->len; j++)
          items[n++] = it->u.entries[j].val;
    }
  out = vm_v_list(iac_doc_list(&s->scratch, items, n, v->line, v->col));
  out.tag = VV_PROJ;
  out.line = v->line;
  out.col = v->col;
  return out;
}

static vm_value concat(vm_state *s, const vm_value *args, uint32_t n) {
  size_t total = 0;
  for (uint32_t i = 0; i < n; i++)
    total += vm_value_display(&args[i], NULL, 0);
  char *p = total < UINT32_MAX ? vm_build_alloc(s, total + 1) : NULL, *q = p;
  if (!p) return vm_budget_unknown(s);
  for (uint32_t i = 0; i < n; i++)
    q += vm_value_display(&args[i], q, total + 1 - (size_t)(q - p));
  *q = 0;
  return vm_v_str(p, (uint32_t)total);
}

static vm_value mklist(vm_state *s, const vm_value *args, uint32_t n) {
  if (!vm_build_charge(s, n * sizeof(doc_node))) return vm_budget_unknown(s);
  doc_node **items = vm_build_alloc(s, (n ? n : 1) * sizeof *items);
  if (!items) return vm_budget_unknown(s);
  for (uint32_t i = 0; i < n; i++)
    items[i] = vm_v_to_node(&s->scratch, args[i]);
  return vm_v_list(iac_doc_list(&s->scratch, items, n, 0, 0));
}

/* Lists made by NEWLIST carry this doc tag, which no loader and no pack
 * constant uses: APPEND grows only them. Their item arrays hold a power of
 * two >= len slots (none while empty), so the capacity follows from len. */
enum { BUILDER_TAG = 0xFFFF };

static vm_value newlist(vm_state *s) {
  doc_node *l = vm_build_alloc(s, sizeof *l);
  if (!l) return vm_budget_unknown(s);
  memset(l, 0, sizeof *l);
  l->kind = DOC_LIST;
  l->tag = BUILDER_TAG;
  return vm_v_list(l);
}

static vm_value append(vm_state *s, vm_value l, const vm_value *v) {
  if (l.tag != VV_LIST || l.u.node->tag != BUILDER_TAG || l.u.node->kind != DOC_LIST) return l;
  if (v->tag == VV_MISSING) return l;
  doc_node *n = (doc_node *)l.u.node;
  if (n->len == UINT32_MAX / 2) return vm_budget_unknown(s);
  if ((n->len & (n->len - 1)) == 0) { /* 0 or a power of two: full */
    uint32_t cap = n->len ? 2 * n->len : 1;
    doc_node **items = vm_build_alloc(s, cap * sizeof *items);
    if (!items) return vm_budget_unknown(s);
    if (n->len) memcpy(items, n->u.items, n->len * sizeof *items);
    n->u.items = items;
  }
  if (!vm_build_charge(s, sizeof(doc_node))) return vm_budget_unknown(s);
  n->u.items[n->len++] = vm_v_to_node(&s->scratch, *v);
  return l;
}

static vm_value resources(vm_state *s, const doc_node *type) {
  const iac_resource *const *rs;
  size_t n = vm_type_range(s, s->res->format, type->u.str, &rs);
  doc_node **items = base_arena_alloc(&s->scratch, (n ? n : 1) * sizeof *items);
  for (size_t i = 0; i < n; i++)
    items[i] = (doc_node *)rs[i]->body;
  return vm_v_list(iac_doc_list(&s->scratch, items, (uint32_t)n, 0, 0));
}

/* The index of the fact named `name` (the verifier checked there is one). */
static uint32_t fact_index(const vm_pack *p, const doc_node *name) {
  uint32_t i = 0;
  while (i < p->n_facts && strcmp(p->facts[i].name, name->u.str))
    i++;
  return i;
}

static vm_value no_facts(void) {
  return vm_v_unknown("facts were not collected for this evaluation (no facts pass)");
}

/* FACTS K: the scan's records of the fact named K. */
static vm_value facts(vm_state *s, const doc_node *name) {
  uint32_t fact = fact_index(s->pack, name);
  if (s->fact_query && s->facts) s->fact_query(s->fact_query_ctx, fact, NULL, NULL, 0);
  const doc_node *l = vm_facts_list(s->facts, fact);
  return l ? vm_v_list(l) : no_facts();
}

/* FACTS_WHERE K F: those whose field F is the string v. */
static vm_value facts_where(vm_state *s, const doc_node *name, const doc_node *key, vm_value v) {
  if (!s->facts) return no_facts();
  if (v.tag == VV_UNKNOWN) return v;
  static const doc_node empty = {.kind = DOC_LIST};
  if (v.tag != VV_STR) return vm_v_list(&empty);
  uint32_t fact = fact_index(s->pack, name);
  if (s->fact_query) s->fact_query(s->fact_query_ctx, fact, key->u.str, v.u.s, v.len);
  const doc_node *l = vm_facts_where(s->facts, fact, key->u.str, v.u.s, v.len);
  return vm_v_list(l ? l : &empty);
}

/* EMIT K N: vals[0..n) are the values of the keys in K. */
static void emit_fact(vm_state *s, const vm_selector *sel, const doc_node *keys,
                      const vm_value *vals) {
  if (!s->fact_emit) return;
  uint32_t n = keys->len;
  const char **k = base_arena_alloc(&s->scratch, (n ? n : 1) * sizeof *k);
  const doc_node **v = base_arena_alloc(&s->scratch, (n ? n : 1) * sizeof *v);
  for (uint32_t i = 0; i < n; i++) {
    k[i] = keys->u.items[i]->u.str;
    v[i] = vals[i].tag == VV_MISSING ? NULL : vm_v_to_node(&s->scratch, vals[i]);
  }
  vm_fact_record r = {sel->rule, s->res, n, k, v, NULL};
  s->fact_emit(s->fact_ctx, &r);
}

/* ---- the loop ---- */

enum { EXEC_OK = 0, EXEC_SKIPPED = 1, EXEC_BUDGET = -1, EXEC_FAULT = -2 };

#define OPERAND(i) vm_rd32(code + pc + 1 + 4 * (i))
#define PUSH(v) (*sp++ = (v))

/* The trace hook (vm.h), out of line: only traced runs come here. */
__attribute__((noinline)) static void trace_step(vm_state *s, const vm_selector *sel, uint32_t pc,
                                                 const vm_value *base, const vm_value *sp) {
  vm_trace_event ev = {s->rule, (uint32_t)(sel - s->pack->sels), pc, s->res,
                       sp > base ? &sp[-1] : NULL};
  s->trace(s->trace_ctx, &ev);
}

static int exec(vm_state *s, const vm_selector *sel, uint64_t *steps) {
  const vm_pack *p = s->pack;
  const uint8_t *code = p->code + sel->code_off;
  vm_value *sp = s->stack, *base = s->stack, *loc = s->locals;
  uint32_t pc = 0;
  int result = EXEC_OK;
  for (uint32_t i = 0; i < sel->n_locals; i++)
    loc[i] = vm_v_missing();
  vm_value a, b, c;
  uint32_t tpc = VM_NO_PC; /* traced runs: the instruction whose result is on top */

#if VM_COMPUTED_GOTO
  /* Tracing swaps the dispatch table for one whose every entry is L__TRACE,
   * which reports the previous instruction and then dispatches for real: the
   * untraced loop is unchanged but for reading the table from a local. */
#define VM_LABEL(name, nops, pop, push, doc) &&L_##name,
#define VM_TLABEL(name, nops, pop, push, doc) &&L__TRACE,
  static const void *const disptab[VM_OP__COUNT] = {VM_OPCODES(VM_LABEL)};
  static const void *const tracetab[VM_OP__COUNT] = {VM_OPCODES(VM_TLABEL)};
#undef VM_LABEL
#undef VM_TLABEL
  const void *const *dt = s->trace ? tracetab : disptab;
#define vmdispatch(o) goto *dt[o];
#define vmcase(l) L_##l:
#define vmbreak                                                                                    \
  do {                                                                                             \
    if (--*steps == 0) return EXEC_BUDGET;                                                         \
    goto *dt[code[pc]];                                                                            \
  } while (0)
  if (0) {
  L__TRACE:
    if (tpc != VM_NO_PC) trace_step(s, sel, tpc, base, sp);
    tpc = pc;
    goto *disptab[code[pc]];
  }
#else
#define vmdispatch(o)                                                                              \
  if (s->trace) {                                                                                  \
    if (tpc != VM_NO_PC) trace_step(s, sel, tpc, base, sp);                                        \
    tpc = pc;                                                                                      \
  }                                                                                                \
  switch (o)
#define vmcase(l) case VM_OP_##l:
#define vmbreak break
#endif
#define NEXT_PC(nops) (pc += 1 + 4 * (nops))

  for (;;) {
    if (--*steps == 0) return EXEC_BUDGET;
    vmdispatch(code[pc]) {
      vmcase(NOP) {
        NEXT_PC(0);
        vmbreak;
      }
      vmcase(CONST) {
        PUSH(s->const_values[OPERAND(0)]);
        NEXT_PC(1);
        vmbreak;
      }
      vmcase(MISSING) {
        PUSH(vm_v_missing());
        NEXT_PC(0);
        vmbreak;
      }
      vmcase(SUBJECT) {
        if (s->subject_of != s->res) { /* once per resource, as CONST's values */
          s->subject = vm_value_from_node(s->res->body, s->res->line, s->res->col);
          s->subject_of = s->res;
        }
        PUSH(s->subject);
        NEXT_PC(0);
        vmbreak;
      }
      vmcase(LOAD) {
        PUSH(loc[OPERAND(0)]);
        NEXT_PC(1);
        vmbreak;
      }
      vmcase(STORE) {
        loc[OPERAND(0)] = *--sp;
        NEXT_PC(1);
        vmbreak;
      }
      vmcase(POP) {
        sp--;
        NEXT_PC(0);
        vmbreak;
      }
      vmcase(DUP) {
        sp[0] = sp[-1];
        sp++;
        NEXT_PC(0);
        vmbreak;
      }
      vmcase(FIELD) {
        const doc_node *k = p->consts[OPERAND(0)];
        if (sp[-1].tag == VV_PROJ) {
          vm_value key = vm_v_str(k->u.str, k->len);
          sp[-1] = project(s, &sp[-1], &key, true);
        } else {
          put_value(&sp[-1], field(s, &sp[-1], k->u.str, k->len));
        }
        NEXT_PC(1);
        vmbreak;
      }
      vmcase(INDEX) {
        b = *--sp;
        if (sp[-1].tag == VV_PROJ && b.tag != VV_UNKNOWN)
          sp[-1] = project(s, &sp[-1], &b, false);
        else
          sp[-1] = index_of(s, &sp[-1], &b);
        NEXT_PC(0);
        vmbreak;
      }
      vmcase(WILDCARD) {
        sp[-1] = wildcard(s, &sp[-1]);
        NEXT_PC(0);
        vmbreak;
      }
      vmcase(EQ) {
        b = *--sp;
        sp[-1] = vm_v_eq(&s->scratch, sp[-1], b);
        NEXT_PC(0);
        vmbreak;
      }
      vmcase(NE) {
        b = *--sp;
        sp[-1] = vm_v_not(vm_v_eq(&s->scratch, sp[-1], b));
        NEXT_PC(0);
        vmbreak;
      }
      vmcase(LT) {
        b = *--sp;
        sp[-1] = vm_v_cmp(&s->scratch, sp[-1], b, 0);
        NEXT_PC(0);
        vmbreak;
      }
      vmcase(LE) {
        b = *--sp;
        sp[-1] = vm_v_cmp(&s->scratch, sp[-1], b, 1);
        NEXT_PC(0);
        vmbreak;
      }
      vmcase(GT) {
        b = *--sp;
        sp[-1] = vm_v_cmp(&s->scratch, sp[-1], b, 2);
        NEXT_PC(0);
        vmbreak;
      }
      vmcase(GE) {
        b = *--sp;
        sp[-1] = vm_v_cmp(&s->scratch, sp[-1], b, 3);
        NEXT_PC(0);
        vmbreak;
      }
      vmcase(IN) {
        b = *--sp;
        sp[-1] = vm_v_in(sp[-1], b);
        NEXT_PC(0);
        vmbreak;
      }
      vmcase(NOT) {
        sp[-1] = vm_v_not(sp[-1]);
        NEXT_PC(0);
        vmbreak;
      }
      vmcase(AND) {
        b = *--sp;
        sp[-1] = vm_v_and(sp[-1], b);
        NEXT_PC(0);
        vmbreak;
      }
      vmcase(OR) {
        b = *--sp;
        sp[-1] = vm_v_or(sp[-1], b);
        NEXT_PC(0);
        vmbreak;
      }
      vmcase(JMP) {
        pc = OPERAND(0);
        vmbreak;
      }
      vmcase(JFALSE_KEEP) {
        if (sp[-1].tag == VV_BOOL && !sp[-1].u.b)
          pc = OPERAND(0);
        else
          NEXT_PC(1);
        vmbreak;
      }
      vmcase(JTRUE_KEEP) {
        if (sp[-1].tag == VV_BOOL && sp[-1].u.b)
          pc = OPERAND(0);
        else
          NEXT_PC(1);
        vmbreak;
      }
      vmcase(JPRESENT_KEEP) {
        if (sp[-1].tag != VV_MISSING)
          pc = OPERAND(0);
        else
          NEXT_PC(1);
        vmbreak;
      }
      vmcase(CALL) {
        uint32_t n = OPERAND(1);
        a = vm_builtin_call(s, OPERAND(0), sp - n);
        sp -= n;
        PUSH(a);
        NEXT_PC(2);
        vmbreak;
      }
      vmcase(CONCAT) {
        uint32_t n = OPERAND(0);
        a = concat(s, sp - n, n);
        sp -= n;
        PUSH(a);
        NEXT_PC(1);
        vmbreak;
      }
      vmcase(MKLIST) {
        uint32_t n = OPERAND(0);
        a = mklist(s, sp - n, n);
        sp -= n;
        PUSH(a);
        NEXT_PC(1);
        vmbreak;
      }
      vmcase(ITER) {
        a = sp[-1];
        c = vm_v_missing();
        c.tag = VV_ITER;
        c.len = 0;
        c.u.node = (a.tag == VV_LIST || a.tag == VV_PROJ || a.tag == VV_MAP) ? a.u.node : NULL;
        if (a.tag == VV_UNKNOWN) {
          /* one unknown item: conditions over the items come out unknown, not
           * vacuously true (all) or false (any) */
          doc_node *u = iac_doc_unknown(&s->scratch, a.u.s, a.line, a.col);
          u->flags = a.flags;
          c.u.node = iac_doc_list(&s->scratch, &u, 1, a.line, a.col);
        }
        sp[-1] = c;
        NEXT_PC(0);
        vmbreak;
      }
      vmcase(NEXT) {
        vm_value *it = &sp[-1];
        if (it->tag != VV_ITER) return EXEC_FAULT;
        const doc_node *n = it->u.node;
        if (n && it->len < n->len) {
          const doc_node *x;
          uint32_t line = 0, col = 0;
          if (n->kind == DOC_MAP) {
            const doc_entry *e = &n->u.entries[it->len];
            x = e->val;
            line = e->line;
            col = e->col;
          } else {
            x = n->u.items[it->len];
          }
          it->len++;
          /* an item absent in this combination of alternatives is skipped:
           * NEXT runs again */
          if (!(x = rd(s, x))) vmbreak;
          /* the loop body copies it at once (put_value) */
          put_value(&loc[OPERAND(0)], vm_value_from_node(x, line, col));
          NEXT_PC(2);
        } else {
          sp--;
          pc = OPERAND(1);
        }
        vmbreak;
      }
      vmcase(LOOP) {
        pc = OPERAND(0);
        vmbreak;
      }
      vmcase(UNKNOWN_OR) {
        if (sp[-1].tag == VV_UNKNOWN)
          sp[-1] = vm_v_unknown_of(&sp[-1]);
        else if (sp[-1].tag != VV_BOOL)
          sp[-1] = vm_v_unknown(not_a_bool(s, &sp[-1]));
        NEXT_PC(0);
        vmbreak;
      }
      vmcase(CHECK) {
        if (sp[-1].tag == VV_BOOL && sp[-1].u.b) {
          sp--;
          pc = OPERAND(0);
        } else {
          NEXT_PC(1);
        }
        vmbreak;
      }
      vmcase(REPORT) {
        s->sel = (uint32_t)(sel - p->sels), s->pc = pc; /* the finding names its REPORT */
        sp -= 3;
        report(s, &sp[0], &sp[1], &sp[2], false);
        NEXT_PC(0);
        vmbreak;
      }
      vmcase(WHEN) {
        a = *--sp;
        if (a.tag == VV_BOOL && a.u.b) {
          NEXT_PC(1);
        } else {
          if (a.tag != VV_BOOL)
            emit_why(s, VM_UNKNOWN, s->res->line, s->res->col, default_message(s, VM_UNKNOWN, &a),
                     reason_of(s, &a));
          /* a top-level guard makes the selector not applicable; inside a
           * loop (an iterator below) it only skips that iteration */
          if (sp == base) result = EXEC_SKIPPED;
          pc = OPERAND(0);
        }
        vmbreak;
      }
      vmcase(RESOURCES) {
        PUSH(resources(s, p->consts[OPERAND(0)]));
        NEXT_PC(1);
        vmbreak;
      }
      vmcase(RET) {
        return result;
      }
      vmcase(ADD) {
        b = *--sp;
        sp[-1] = vm_v_arith(s, sp[-1], b, 0);
        NEXT_PC(0);
        vmbreak;
      }
      vmcase(SUB) {
        b = *--sp;
        sp[-1] = vm_v_arith(s, sp[-1], b, 1);
        NEXT_PC(0);
        vmbreak;
      }
      vmcase(MUL) {
        b = *--sp;
        sp[-1] = vm_v_arith(s, sp[-1], b, 2);
        NEXT_PC(0);
        vmbreak;
      }
      vmcase(DIV) {
        b = *--sp;
        sp[-1] = vm_v_arith(s, sp[-1], b, 3);
        NEXT_PC(0);
        vmbreak;
      }
      vmcase(MOD) {
        b = *--sp;
        sp[-1] = vm_v_arith(s, sp[-1], b, 4);
        NEXT_PC(0);
        vmbreak;
      }
      vmcase(PICK) {
        c = *--sp;
        b = *--sp;
        a = sp[-1];
        if (c.tag == VV_BOOL)
          sp[-1] = c.u.b ? a : b;
        else if (!(a.tag == VV_MISSING && b.tag == VV_MISSING)) {
          vm_value same = vm_v_eq(&s->scratch, a, b);
          sp[-1] = same.tag == VV_BOOL && same.u.b ? a : c;
        }
        NEXT_PC(0);
        vmbreak;
      }
      vmcase(NEWLIST) {
        PUSH(newlist(s));
        NEXT_PC(0);
        vmbreak;
      }
      vmcase(REPORT_DEF) {
        s->sel = (uint32_t)(sel - p->sels), s->pc = pc;
        sp -= 3;
        report(s, &sp[0], &sp[1], &sp[2], true);
        NEXT_PC(0);
        vmbreak;
      }
      vmcase(PARAM) {
        PUSH(vm_value_from_node(p->param_values[OPERAND(0)], 0, 0));
        NEXT_PC(1);
        vmbreak;
      }
      vmcase(APPEND) {
        b = *--sp;
        sp[-1] = append(s, sp[-1], &b);
        NEXT_PC(0);
        vmbreak;
      }
      vmcase(EMIT) {
        uint32_t n = OPERAND(1);
        sp -= n;
        emit_fact(s, sel, p->consts[OPERAND(0)], sp);
        NEXT_PC(2);
        vmbreak;
      }
      vmcase(FACTS) {
        PUSH(facts(s, p->consts[OPERAND(0)]));
        NEXT_PC(1);
        vmbreak;
      }
      vmcase(FACTS_WHERE) {
        sp[-1] = facts_where(s, p->consts[OPERAND(0)], p->consts[OPERAND(1)], sp[-1]);
        NEXT_PC(2);
        vmbreak;
      }
    }
  }
}

void vm_eval_rule(vm_state *s, const uint32_t *ids, uint32_t lo, uint32_t hi, uint64_t *steps) {
  const vm_pack *p = s->pack;
  const iac_resource *res = s->res;
  s->reported = 0;
  s->applied = false;
  int rc = EXEC_OK;
  for (uint32_t i = lo; i < hi; i++) {
    if (rc < 0) continue;
    rc = exec(s, &p->sels[ids[i]], steps);
    if (rc == EXEC_OK) s->applied = true;
    if (rc == EXEC_BUDGET)
      emit(s, VM_ERROR, res->line, res->col,
           base_arena_printf(&s->scratch,
                             "limit exceeded: more than %llu instructions for one rule on "
                             "one resource (--max-steps)",
                             (unsigned long long)s->max_steps));
    else if (rc == EXEC_FAULT)
      emit(s, VM_ERROR, res->line, res->col, "runtime fault (pack failed an invariant)");
  }
  if (rc >= 0 && s->reported == 0 && s->applied) emit(s, VM_PASS, res->line, res->col, "");
}

void vm_state_set_facts(vm_state *s, const vm_facts *f) {
  s->facts = f;
}

void vm_state_set_fact_query(vm_state *s, vm_fact_query_fn fn, void *ctx) {
  s->fact_query = fn;
  s->fact_query_ctx = ctx;
}

/* A fact selector applies to a resource as a rule's does through the index:
 * its format (or any), its kind, one of its types or "*". */
static bool fact_sel_matches(const vm_selector *sel, const iac_resource *res) {
  if ((sel->format != IAC_FMT_NONE && sel->format != res->format) || strcmp(sel->kind, res->kind))
    return false;
  for (uint32_t t = 0; t < sel->n_types; t++)
    if (!strcmp(sel->types[t], "*") || !strcmp(sel->types[t], res->type)) return true;
  return false;
}

void vm_run_facts(vm_state *s, const iac_unit *u, vm_fact_fn fn, void *ctx) {
  const vm_pack *p = s->pack;
  if (!p->n_facts) return;
  s->unit = u;
  s->indexed = NULL;
  s->subject_of = NULL;
  s->fact_emit = fn;
  s->fact_ctx = ctx;
  uint32_t first = p->facts[0].first_sel;
  for (size_t r = 0; r < u->n_resources; r++) {
    const iac_resource *res = &u->resources[r];
    if (!res->kind || !res->type) continue;
    s->res = res;
    for (uint32_t i = first; i < p->n_sels; i++) {
      const vm_selector *sel = &p->sels[i];
      if (!fact_sel_matches(sel, res)) continue;
      s->rule = sel->rule;
      s->built = 0;
      s->over_budget = false;
      s->n_found = 0;
      s->alt_read = false;
      uint64_t steps = s->max_steps + 1;
      int rc = exec(s, sel, &steps);
      if (rc < 0) {
        vm_fact_record rec = {sel->rule,
                              res,
                              0,
                              NULL,
                              NULL,
                              rc == EXEC_BUDGET
                                  ? base_arena_printf(&s->scratch,
                                                      "limit exceeded: more than %llu "
                                                      "instructions for fact %s on one resource "
                                                      "(--max-steps)",
                                                      (unsigned long long)s->max_steps,
                                                      p->facts[sel->rule].name)
                                  : "runtime fault (pack failed an invariant)"};
        fn(ctx, &rec);
      }
      if (s->n_decoded) vm_decoded_reset(s);
      base_arena_reset(&s->scratch);
    }
  }
  s->fact_emit = NULL;
  s->fact_ctx = NULL;
  s->unit = NULL;
  s->res = NULL;
}

size_t vm_run_unit(vm_state *s, const iac_unit *u, vm_emit_fn emitfn, void *ctx) {
  const vm_pack *p = s->pack;
  s->unit = u;
  s->indexed = NULL; /* a new unit may reuse a freed one's address */
  s->subject_of = NULL;
  s->emit = emitfn;
  s->ctx = ctx;
  s->emitted = 0;
  for (size_t r = 0; r < u->n_resources; r++) {
    const iac_resource *res = &u->resources[r];
    if (!res->kind || !res->type) continue;
    const uint32_t *ids;
    uint32_t n = vm_pack_match(p, res->format, res->kind, res->type, &ids);
    s->res = res;
    for (uint32_t i = 0; i < n;) {
      /* all selectors of one rule matching this resource are one evaluation */
      uint32_t hi = i;
      s->rule = p->sels[ids[i]].rule;
      while (hi < n && p->sels[ids[hi]].rule == s->rule)
        hi++;
      s->built = 0;
      s->over_budget = false;
      s->n_found = 0;
      s->alt_read = false;
      uint64_t steps = s->max_steps + 1;
      if (s->trace) { /* an evaluation begins (vm.h) */
        vm_trace_event ev = {s->rule, ids[i], VM_NO_PC, res, NULL};
        s->trace(s->trace_ctx, &ev);
      }
      vm_eval_rule(s, ids, i, hi, &steps);
      /* it read a value that is one of several: evaluate every combination */
      if (s->alt_read) vm_alt_eval_rule(s, ids, i, hi, &steps);
      for (uint32_t k = 0; k < s->n_found; k++)
        s->emit(s->ctx, &s->found[k]);
      s->emitted += s->n_found;
      i = hi;
      if (s->n_decoded) vm_decoded_reset(s);
      base_arena_reset(&s->scratch);
    }
  }
  s->unit = NULL;
  s->res = NULL;
  return s->emitted;
}
