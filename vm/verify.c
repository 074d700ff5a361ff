/* verify.c — the VM's only gate (docs/bytecode.md, "Verifier invariants").
 *
 * A pack that passes vm_verify runs safely whatever its bytes: every opcode and
 * operand is valid, every jump lands on an instruction boundary of the same
 * block, only LOOP jumps back (to its own NEXT, so iteration is bounded by the
 * collection), and an abstract interpretation proves the operand stack never
 * underflows, never exceeds the declared max_stack, agrees at every join, keeps
 * iterators where NEXT expects them and is empty at RET. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "builtins.h"
#include "opcodes.h"
#include "pack.h"
#include "pack_format.h"

typedef struct vstate {
  uint32_t depth;
  uint32_t nit; /* iterators on the stack, bottom first */
  struct {
    uint32_t slot, origin; /* stack slot, offset of the ITER that made it */
  } it[VM_MAX_LOOP_NEST];
} vstate;

typedef struct vctx {
  const vm_pack *p;
  const vm_rule *rule; /* or, for a fact's selector, a rule holding only the fact's name */
  bool fact;           /* verifying a fact's selector */
  uint32_t sel;        /* index within the rule */
  char *err;
  size_t errlen;
} vctx;

__attribute__((format(printf, 3, 4))) static int bad(vctx *v, long at, const char *fmt, ...) {
  if (!v->err || !v->errlen) return -1;
  int n;
  if (at >= 0)
    n = snprintf(v->err, v->errlen, "verify: %s %s selector %u @%ld: ", v->fact ? "fact" : "rule",
                 v->rule->id, v->sel, at);
  else
    n = snprintf(v->err, v->errlen, "verify: %s %s selector %u: ", v->fact ? "fact" : "rule",
                 v->rule->id, v->sel);
  if (n < 0 || (size_t)n >= v->errlen) return -1;
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(v->err + n, v->errlen - (size_t)n, fmt, ap);
  va_end(ap);
  return -1;
}

static bool same(const vstate *a, const vstate *b) {
  if (a->depth != b->depth || a->nit != b->nit) return false;
  for (uint32_t i = 0; i < a->nit; i++)
    if (a->it[i].slot != b->it[i].slot || a->it[i].origin != b->it[i].origin) return false;
  return true;
}

static bool is_jump(int op) {
  return op == VM_OP_JMP || op == VM_OP_JFALSE_KEEP || op == VM_OP_JTRUE_KEEP ||
         op == VM_OP_JPRESENT_KEEP || op == VM_OP_CHECK || op == VM_OP_WHEN || op == VM_OP_NEXT ||
         op == VM_OP_LOOP;
}

static uint32_t target_of(const uint8_t *ins, int op) {
  return vm_rd32(ins + 1 + (op == VM_OP_NEXT ? 4 : 0));
}

typedef struct sel_work {
  uint8_t *boundary; /* 1 at each instruction start */
  uint32_t *join;    /* 1 + index into states, or 0 */
  vstate *states;
  uint32_t n_states;
  uint32_t *loops;   /* per NEXT offset: LOOPs that target it */
  uint32_t *loop_at; /* per NEXT offset: the offset of its LOOP */
} sel_work;

/* Record the state flowing into target t (a forward jump): first arrival sets
 * it, later arrivals must agree. */
static int merge(vctx *v, sel_work *w, uint32_t at, uint32_t t, const vstate *s) {
  if (!w->join[t]) {
    w->states[w->n_states] = *s;
    w->join[t] = ++w->n_states;
    return 0;
  }
  const vstate *o = &w->states[w->join[t] - 1];
  if (!same(o, s))
    return bad(v, at, "stack mismatch at join %u (depth %u there, %u here)", t, o->depth, s->depth);
  return 0;
}

static int pop(vctx *v, uint32_t at, vstate *s, uint32_t k) {
  if (s->depth < k) return bad(v, at, "stack underflow (needs %u, depth %u)", k, s->depth);
  if (s->nit && s->it[s->nit - 1].slot >= s->depth - k)
    return bad(v, at, "operand is an iterator (only NEXT consumes iterators)");
  s->depth -= k;
  return 0;
}

static int push(vctx *v, uint32_t at, vstate *s, const vm_selector *sel) {
  if (s->depth + 1 > sel->max_stack)
    return bad(v, at, "stack depth %u exceeds max_stack %u", s->depth + 1, sel->max_stack);
  s->depth++;
  return 0;
}

/* Pass 1: instruction boundaries, opcodes, operands, jump shapes. */
static int check_static(vctx *v, const vm_selector *sel, const uint8_t *code, sel_work *w,
                        uint32_t *n_jumps) {
  const vm_pack *p = v->p;
  uint32_t pc = 0, last = 0;
  *n_jumps = 0;
  while (pc < sel->code_len) {
    int op = code[pc];
    if (op >= VM_OP__COUNT) return bad(v, pc, "bad opcode %d", op);
    const vm_opinfo *oi = &vm_opinfo_table[op];
    if ((uint64_t)pc + 1 + 4u * (uint32_t)oi->nops > sel->code_len)
      return bad(v, pc, "instruction truncated (%s needs %d operand bytes)", oi->name,
                 4 * oi->nops);
    w->boundary[pc] = 1;
    last = pc;
    const uint8_t *ins = code + pc;
    uint32_t a = oi->nops > 0 ? vm_rd32(ins + 1) : 0, b = oi->nops > 1 ? vm_rd32(ins + 5) : 0;
    switch (op) {
    case VM_OP_CONST:
    case VM_OP_FIELD:
    case VM_OP_RESOURCES:
      if (a >= p->n_consts)
        return bad(v, pc, "constant index %u out of range (%u constants)", a, p->n_consts);
      if (op != VM_OP_CONST && (!p->consts[a] || p->consts[a]->kind != DOC_STRING))
        return bad(v, pc, "%s constant K%u is not a string", oi->name, a);
      break;
    case VM_OP_EMIT: {
      /* records come only from facts, and have distinct string keys */
      if (!v->fact) return bad(v, pc, "EMIT outside a fact's selector");
      if (a >= p->n_consts)
        return bad(v, pc, "constant index %u out of range (%u constants)", a, p->n_consts);
      const doc_node *k = p->consts[a];
      if (!k || k->kind != DOC_LIST) return bad(v, pc, "EMIT constant K%u is not a list", a);
      if (b != k->len) return bad(v, pc, "EMIT pops %u values for %u keys", b, k->len);
      for (uint32_t i = 0; i < k->len; i++) {
        if (k->u.items[i]->kind != DOC_STRING)
          return bad(v, pc, "EMIT constant K%u: key %u is not a string", a, i);
        for (uint32_t j = 0; j < i; j++)
          if (!strcmp(k->u.items[j]->u.str, k->u.items[i]->u.str))
            return bad(v, pc, "EMIT constant K%u: key %s twice", a, k->u.items[i]->u.str);
      }
      break;
    }
    case VM_OP_FACTS_WHERE: /* the field, then the fact's name as FACTS */
      if (b >= p->n_consts || !p->consts[b] || p->consts[b]->kind != DOC_STRING)
        return bad(v, pc, "FACTS_WHERE field constant K%u is not a string", b);
      /* fall through */
    case VM_OP_FACTS: {
      if (a >= p->n_consts)
        return bad(v, pc, "constant index %u out of range (%u constants)", a, p->n_consts);
      const doc_node *k = p->consts[a];
      uint32_t f = 0;
      while (k && k->kind == DOC_STRING && f < p->n_facts && strcmp(p->facts[f].name, k->u.str))
        f++;
      if (!k || k->kind != DOC_STRING || f == p->n_facts)
        return bad(v, pc, "FACTS constant K%u names no fact of the pack", a);
      break;
    }
    case VM_OP_REPORT:
    case VM_OP_REPORT_DEF:
    case VM_OP_CHECK:
    case VM_OP_WHEN:
      /* a fact records, it has no verdict */
      if (v->fact) return bad(v, pc, "%s in a fact's selector", oi->name);
      break;
    case VM_OP_PARAM:
      if (a >= p->n_params) return bad(v, pc, "param %u out of range (%u params)", a, p->n_params);
      break;
    case VM_OP_LOAD:
    case VM_OP_STORE:
    case VM_OP_NEXT:
      if (a >= sel->n_locals)
        return bad(v, pc, "local %u out of range (%u locals)", a, sel->n_locals);
      break;
    case VM_OP_CALL:
      if (a >= VM_BI__COUNT) return bad(v, pc, "builtin id %u out of range", a);
      if ((int)b != vm_builtin_table[a].arity)
        return bad(v, pc, "builtin %s takes %d arguments, not %u", vm_builtin_table[a].name,
                   vm_builtin_table[a].arity, b);
      break;
    default: break;
    }
    if (is_jump(op)) (*n_jumps)++;
    pc += 1 + 4u * (uint32_t)oi->nops;
  }
  if (sel->code_len == 0 || code[last] != VM_OP_RET) return bad(v, -1, "code does not end in RET");
  /* jump targets, now that every boundary is known */
  for (pc = 0; pc < sel->code_len; pc += 1 + 4u * (uint32_t)vm_opinfo_table[code[pc]].nops) {
    int op = code[pc];
    if (!is_jump(op)) continue;
    uint32_t t = target_of(code + pc, op);
    if (t >= sel->code_len || !w->boundary[t])
      return bad(v, pc, "jump target %u is not an instruction boundary", t);
    if (op == VM_OP_LOOP) {
      if (t >= pc) return bad(v, pc, "LOOP target %u is not backward", t);
      if (code[t] != VM_OP_NEXT) return bad(v, pc, "LOOP target %u is not a NEXT", t);
      if (vm_rd32(code + t + 5) <= pc)
        return bad(v, pc, "LOOP is not inside its NEXT's loop (NEXT @%u exits to %u)", t,
                   vm_rd32(code + t + 5));
      w->loops[t]++;
      w->loop_at[t] = pc;
    } else if (t <= pc) {
      return bad(v, pc, "backward jump to %u (only LOOP may jump back)", t);
    }
  }
  /* every NEXT has exactly one LOOP, and loops nest properly */
  for (pc = 0; pc < sel->code_len; pc += 1 + 4u * (uint32_t)vm_opinfo_table[code[pc]].nops) {
    if (code[pc] != VM_OP_NEXT) continue;
    if (w->loops[pc] != 1) return bad(v, pc, "NEXT has %u LOOPs (needs exactly one)", w->loops[pc]);
  }
  /* NEXT..LOOP ranges in order of their NEXT: with a stack of the enclosing
   * ranges, each new one must end inside the innermost (linear, not pairwise) */
  uint32_t *open = malloc((sel->code_len / 9 + 1) * sizeof *open), depth = 0;
  if (!open) return bad(v, -1, "out of memory");
  for (pc = 0; pc < sel->code_len; pc += 1 + 4u * (uint32_t)vm_opinfo_table[code[pc]].nops) {
    if (code[pc] != VM_OP_NEXT) continue;
    uint32_t end = w->loop_at[pc];
    while (depth && open[depth - 1] < pc)
      depth--;
    if (depth && open[depth - 1] < end) {
      uint32_t other = open[depth - 1];
      free(open);
      return bad(v, end, "loops overlap without nesting (LOOP @%u)", other);
    }
    open[depth++] = end;
  }
  free(open);
  return 0;
}

/* Pass 2: abstract interpretation of the operand stack, in offset order (all
 * jumps but LOOP go forward, so every join is seen before it is reached). */
static int check_stack(vctx *v, const vm_selector *sel, const uint8_t *code, sel_work *w) {
  vstate cur = {0};
  bool live = true;
  for (uint32_t pc = 0; pc < sel->code_len;) {
    int op = code[pc];
    const vm_opinfo *oi = &vm_opinfo_table[op];
    uint32_t next = pc + 1 + 4u * (uint32_t)oi->nops;
    if (w->join[pc]) {
      const vstate *j = &w->states[w->join[pc] - 1];
      if (live && !same(j, &cur))
        return bad(v, pc, "stack mismatch at join %u (depth %u there, %u here)", pc, j->depth,
                   cur.depth);
      cur = *j;
      live = true;
    }
    if (!live) { /* unreachable code: operands were checked, nothing runs it */
      pc = next;
      continue;
    }
    uint32_t a = oi->nops > 0 ? vm_rd32(code + pc + 1) : 0;
    uint32_t t = is_jump(op) ? target_of(code + pc, op) : 0;
    switch (op) {
    case VM_OP_JMP:
      if (merge(v, w, pc, t, &cur)) return -1;
      live = false;
      break;
    case VM_OP_JFALSE_KEEP:
    case VM_OP_JTRUE_KEEP:
    case VM_OP_JPRESENT_KEEP:
      if (pop(v, pc, &cur, 1)) return -1;
      cur.depth++;
      if (merge(v, w, pc, t, &cur)) return -1;
      break;
    case VM_OP_CHECK: {
      if (pop(v, pc, &cur, 1)) return -1;
      if (merge(v, w, pc, t, &cur)) return -1;
      cur.depth++;
      break;
    }
    case VM_OP_WHEN:
      if (pop(v, pc, &cur, 1) || merge(v, w, pc, t, &cur)) return -1;
      break;
    case VM_OP_ITER:
      if (pop(v, pc, &cur, 1)) return -1;
      if (cur.nit >= VM_MAX_LOOP_NEST)
        return bad(v, pc, "more than %d nested iterators", VM_MAX_LOOP_NEST);
      cur.it[cur.nit].slot = cur.depth;
      cur.it[cur.nit].origin = pc;
      cur.nit++;
      if (push(v, pc, &cur, sel)) return -1;
      break;
    case VM_OP_NEXT: {
      if (!cur.nit || cur.it[cur.nit - 1].slot != cur.depth - 1)
        return bad(v, pc, "NEXT without an iterator on top of the stack");
      /* its LOOP compares against this state (joined at pc above if set) */
      if (!w->join[pc] && merge(v, w, pc, pc, &cur)) return -1;
      vstate done = cur;
      done.nit--;
      done.depth--;
      if (merge(v, w, pc, t, &done)) return -1;
      break;
    }
    case VM_OP_LOOP: {
      const vstate *j = w->join[t] ? &w->states[w->join[t] - 1] : NULL;
      /* the NEXT's state is known: it was reached by forward flow (or is dead) */
      if (!j) return bad(v, pc, "LOOP to NEXT @%u, which is not reached before it", t);
      if (!same(j, &cur))
        return bad(v, pc, "stack at LOOP differs from its NEXT @%u (depth %u vs %u)", t, cur.depth,
                   j->depth);
      live = false;
      break;
    }
    case VM_OP_RET:
      if (cur.depth != 0) return bad(v, pc, "stack not empty at RET (depth %u)", cur.depth);
      live = false;
      break;
    case VM_OP_DUP:
      if (pop(v, pc, &cur, 1)) return -1;
      cur.depth++;
      if (push(v, pc, &cur, sel)) return -1;
      break;
    default: {
      uint32_t npop =
          oi->pop >= 0 ? (uint32_t)oi->pop : vm_rd32(code + pc + 1 + 4u * (uint32_t)(oi->nops - 1));
      (void)a;
      if (pop(v, pc, &cur, npop)) return -1;
      for (int i = 0; i < oi->push; i++)
        if (push(v, pc, &cur, sel)) return -1;
      break;
    }
    }
    pc = next;
  }
  return 0;
}

static bool on_boundary(const sel_work *w, const vm_selector *sel, uint32_t pc) {
  return pc < sel->code_len && w->boundary[pc];
}

/* The selector's debug info (invariant 8): file indices exist, line entries
 * and statements sit on instruction boundaries in strictly ascending order,
 * local ranges lie inside the block and name a declared local. Never read by
 * the interpreter, but the tools that read it trust these bounds. */
static int check_debug(vctx *v, const vm_selector *sel, const vm_dbg_sel *d, const sel_work *w) {
  uint32_t nf = v->p->debug->n_files;
  if (d->file >= nf) return bad(v, -1, "debug: file %u out of range (%u files)", d->file, nf);
  for (uint32_t i = 0; i < d->n_lines; i++) {
    const vm_dbg_line *x = &d->lines[i];
    if (!on_boundary(w, sel, x->pc))
      return bad(v, x->pc, "debug: line entry %u not on an instruction", i);
    if (i && x->pc <= d->lines[i - 1].pc)
      return bad(v, x->pc, "debug: line entries out of order at entry %u", i);
    if (x->file >= nf) return bad(v, x->pc, "debug: file %u out of range (%u files)", x->file, nf);
  }
  for (uint32_t i = 0; i < d->n_locals; i++) {
    const vm_dbg_local *x = &d->locals[i];
    if (x->slot >= sel->n_locals || x->from > x->to || x->to > sel->code_len)
      return bad(v, -1, "debug: local entry %u (L%u @%u..%u) outside the selector", i, x->slot,
                 x->from, x->to);
  }
  for (uint32_t i = 0; i < d->n_stmts; i++) {
    const vm_dbg_stmt *x = &d->stmts[i];
    if (x->kind > VM_DBG_WHEN || !on_boundary(w, sel, x->start) || !on_boundary(w, sel, x->end) ||
        x->start > x->end || x->file >= nf || x->end_line < x->line)
      return bad(v, x->end, "debug: bad statement entry %u", i);
    if (i && x->end <= d->stmts[i - 1].end)
      return bad(v, x->end, "debug: statement entries out of order at entry %u", i);
  }
  return 0;
}

static int verify_sel(vctx *v, const vm_selector *sel) {
  const uint8_t *code = v->p->code + sel->code_off;
  sel_work w = {0};
  uint32_t n_jumps = 0;
  int rc = -1;
  w.boundary = calloc(sel->code_len + 1, 1);
  w.loops = calloc(sel->code_len + 1, sizeof *w.loops);
  w.join = calloc(sel->code_len + 1, sizeof *w.join);
  w.loop_at = calloc(sel->code_len + 1, sizeof *w.loop_at);
  if (!w.boundary || !w.loops || !w.join || !w.loop_at) {
    bad(v, -1, "out of memory");
    goto done;
  }
  if (check_static(v, sel, code, &w, &n_jumps)) goto done;
  /* a state per jump target plus one per NEXT reached by fall-through */
  uint32_t n_next = 0;
  for (uint32_t pc = 0; pc < sel->code_len; pc += 1 + 4u * (uint32_t)vm_opinfo_table[code[pc]].nops)
    n_next += code[pc] == VM_OP_NEXT;
  w.states = malloc(((size_t)n_jumps + n_next + 1) * sizeof *w.states);
  if (!w.states) {
    bad(v, -1, "out of memory");
    goto done;
  }
  rc = check_stack(v, sel, code, &w);
  if (!rc && v->p->debug) rc = check_debug(v, sel, &v->p->debug->sels[sel - v->p->sels], &w);
done:
  free(w.boundary);
  free(w.loops);
  free(w.join);
  free(w.loop_at);
  free(w.states);
  return rc;
}

/* What every selector must be, a rule's or a fact's, before its code is read. */
static int verify_selector(vctx *v, const vm_selector *s) {
  const vm_pack *p = v->p;
  if (s->format >= IAC_FMT__COUNT) return bad(v, -1, "bad format %u", s->format);
  if (!s->kind || !s->kind[0] || s->n_types == 0) return bad(v, -1, "no kind or no types");
  if (s->code_len == 0 || s->code_off > p->code_len || s->code_len > p->code_len - s->code_off)
    return bad(v, -1, "code range %u+%u outside the code section (%u bytes)", s->code_off,
               s->code_len, p->code_len);
  return verify_sel(v, s);
}

int vm_verify(const vm_pack *p, char *err, size_t errlen) {
  uint32_t next_sel = 0;
  static const vm_rule anon = {"?", "", "", "", "", NULL, 0, 0, 0, 0};
  vctx v = {.p = p, .rule = &anon, .err = err, .errlen = errlen};
  for (uint32_t i = 0; i < p->n_rules; i++) {
    const vm_rule *r = &p->rules[i];
    v.rule = r;
    v.sel = 0;
    if (!r->id || !r->id[0]) {
      if (err && errlen) snprintf(err, errlen, "verify: rule %u has no id", i);
      return -1;
    }
    if (r->severity > VM_SEV_CRITICAL) {
      if (err && errlen)
        snprintf(err, errlen, "verify: rule %s: bad severity %u", r->id, r->severity);
      return -1;
    }
    if (r->first_sel != next_sel || r->n_sels > p->n_sels - next_sel) {
      if (err && errlen)
        snprintf(err, errlen, "verify: rule %s: selectors %u..%u are not the next ones (%u of %u)",
                 r->id, r->first_sel, r->first_sel + r->n_sels, next_sel, p->n_sels);
      return -1;
    }
    for (uint32_t j = 0; j < r->n_sels; j++) {
      const vm_selector *s = &p->sels[r->first_sel + j];
      v.sel = j;
      if (s->is_fact || s->rule != i) return bad(&v, -1, "belongs to rule %u", s->rule);
      if (verify_selector(&v, s)) return -1;
    }
    next_sel += r->n_sels;
  }
  /* then the facts' selectors, the same way */
  v.fact = true;
  for (uint32_t i = 0; i < p->n_facts; i++) {
    const vm_fact *f = &p->facts[i];
    vm_rule named = {.id = f->name};
    v.rule = &named;
    v.sel = 0;
    if (!f->name || !f->name[0]) {
      if (err && errlen) snprintf(err, errlen, "verify: fact %u has no name", i);
      return -1;
    }
    for (uint32_t j = 0; j < i; j++)
      if (!strcmp(p->facts[j].name, f->name)) {
        if (err && errlen) snprintf(err, errlen, "verify: fact %s declared twice", f->name);
        return -1;
      }
    if (f->first_sel != next_sel || f->n_sels == 0 || f->n_sels > p->n_sels - next_sel) {
      if (err && errlen)
        snprintf(err, errlen, "verify: fact %s: selectors %u..%u are not the next ones (%u of %u)",
                 f->name, f->first_sel, f->first_sel + f->n_sels, next_sel, p->n_sels);
      return -1;
    }
    for (uint32_t j = 0; j < f->n_sels; j++) {
      const vm_selector *s = &p->sels[f->first_sel + j];
      v.sel = j;
      if (!s->is_fact || s->rule != i) return bad(&v, -1, "does not belong to fact %u", i);
      if (verify_selector(&v, s)) return -1;
    }
    next_sel += f->n_sels;
  }
  if (next_sel != p->n_sels) {
    if (err && errlen)
      snprintf(err, errlen, "verify: %u selectors belong to no rule or fact", p->n_sels - next_sel);
    return -1;
  }
  return 0;
}

bool vm_pack_reads_facts(const vm_pack *p) {
  for (uint32_t i = 0; p && i < p->n_sels; i++) {
    const vm_selector *s = &p->sels[i];
    const uint8_t *code = p->code + s->code_off;
    for (uint32_t pc = 0; pc < s->code_len; pc += 1 + 4u * (uint32_t)vm_opinfo_table[code[pc]].nops)
      if ((code[pc] == VM_OP_FACTS || code[pc] == VM_OP_FACTS_WHERE) && !s->is_fact) return true;
  }
  return false;
}
