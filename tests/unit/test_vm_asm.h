/* test_vm_asm.h — a tiny test-only assembler for hand-written packs, shared by
 * the vm/pack/verify unit tests. Builds a vm_pack in memory (everything in one
 * arena), with forward labels patched when a selector ends. */
#ifndef VIGIL_TEST_VM_ASM_H
#define VIGIL_TEST_VM_ASM_H

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "builtins.h"
#include "opcodes.h"
#include "pack.h"

enum { ASM_CODE = 16384, ASM_MAX = 64, ASM_LABELS = 32 };

typedef struct asm_t {
  base_arena arena;
  uint8_t code[ASM_CODE];
  uint32_t len;
  const doc_node *consts[ASM_MAX];
  uint32_t nc;
  vm_rule rules[ASM_MAX];
  uint32_t nr;
  vm_selector sels[ASM_MAX];
  uint32_t ns;
  uint32_t label[ASM_LABELS];
  struct {
    uint32_t at, label;
  } fix[ASM_MAX * 4];
  uint32_t nfix;
  vm_pack pack;
} asm_t;

/* Jump operands naming a label: LBL(n). Plain operands are numbers. */
#define LBL(n) (0xfff00000u | (uint32_t)(n))

static inline asm_t *asm_new(void) {
  asm_t *a = calloc(1, sizeof *a);
  base_arena_init(&a->arena);
  return a;
}

static inline void asm_free(asm_t *a) {
  base_arena_free(&a->arena);
  free(a);
}

static inline uint32_t asm_const(asm_t *a, const doc_node *n) {
  a->consts[a->nc] = n;
  return a->nc++;
}

static inline uint32_t asm_str(asm_t *a, const char *s) {
  return asm_const(a, iac_doc_string(&a->arena, s, strlen(s), 0, 0));
}

static inline void asm_rule(asm_t *a, const char *id, vm_severity sev, const char *title) {
  vm_rule *r = &a->rules[a->nr++];
  memset(r, 0, sizeof *r);
  r->id = id;
  r->module = "test";
  r->title = title;
  r->fix = "";
  r->docs = "";
  r->severity = (uint8_t)sev;
  r->first_sel = a->ns;
}

/* Begin a selector of the current rule; types is a NULL-terminated list. */
static inline void asm_sel(asm_t *a, iac_format f, const char *kind, ...) {
  vm_selector *s = &a->sels[a->ns++];
  memset(s, 0, sizeof *s);
  s->rule = a->nr - 1;
  s->format = (uint8_t)f;
  s->kind = kind;
  const char **types = base_arena_alloc(&a->arena, 8 * sizeof *types);
  va_list ap;
  va_start(ap, kind);
  const char *t;
  while ((t = va_arg(ap, const char *)) != NULL)
    types[s->n_types++] = t;
  va_end(ap);
  s->types = types;
  s->code_off = a->len;
  a->rules[a->nr - 1].n_sels++;
  a->nfix = 0;
  memset(a->label, 0xff, sizeof a->label);
}

static inline void asm_u32(asm_t *a, uint32_t v) {
  for (int i = 0; i < 4; i++)
    a->code[a->len++] = (uint8_t)(v >> (8 * i));
}

/* Emit an instruction: op then its operands (count from the opcode table). */
static inline void asm_op(asm_t *a, vm_opcode op, ...) {
  a->code[a->len++] = (uint8_t)op;
  va_list ap;
  va_start(ap, op);
  for (int i = 0; i < vm_opinfo_table[op].nops; i++) {
    uint32_t v = va_arg(ap, uint32_t);
    if ((v & 0xfff00000u) == 0xfff00000u) {
      a->fix[a->nfix].at = a->len;
      a->fix[a->nfix++].label = v & 0xfffff;
      v = 0;
    }
    asm_u32(a, v);
  }
  va_end(ap);
}

static inline void asm_label(asm_t *a, uint32_t n) {
  a->label[n] = a->len - a->sels[a->ns - 1].code_off;
}

static inline void asm_end(asm_t *a, uint16_t n_locals, uint16_t max_stack) {
  vm_selector *s = &a->sels[a->ns - 1];
  for (uint32_t i = 0; i < a->nfix; i++) {
    uint32_t v = a->label[a->fix[i].label];
    for (int j = 0; j < 4; j++)
      a->code[a->fix[i].at + j] = (uint8_t)(v >> (8 * j));
  }
  s->code_len = a->len - s->code_off;
  s->n_locals = n_locals;
  s->max_stack = max_stack;
}

static inline vm_pack *asm_pack(asm_t *a) {
  memset(&a->pack, 0, sizeof a->pack);
  a->pack.consts = a->consts;
  a->pack.n_consts = a->nc;
  a->pack.rules = a->rules;
  a->pack.n_rules = a->nr;
  a->pack.sels = a->sels;
  a->pack.n_sels = a->ns;
  a->pack.code = a->code;
  a->pack.code_len = a->len;
  return &a->pack;
}

/* Encode and load (so tests run exactly what a real pack runs). */
static inline vm_pack *asm_load(asm_t *a, char *err, size_t n) {
  uint8_t *buf;
  size_t len;
  if (vm_pack_encode(asm_pack(a), &buf, &len)) {
    snprintf(err, n, "encode failed");
    return NULL;
  }
  vm_pack *p = vm_pack_load(buf, len, err, n);
  free(buf);
  return p;
}

#endif
