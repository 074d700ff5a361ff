/* test_verify.c — the verifier rejects hand-crafted bad code with exact reasons
 * and accepts well-formed code (docs/bytecode.md, "Verifier invariants"). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <cmocka.h>

#include "test_vm_asm.h"

static char err[256];

/* One rule R, one selector on cloudformation resource "T". */
static asm_t *start(void) {
  asm_t *a = asm_new();
  asm_rule(a, "R", VM_SEV_HIGH, "title");
  asm_sel(a, IAC_FMT_CLOUDFORMATION, "resource", "T", NULL);
  return a;
}

static void expect_reason(asm_t *a, const char *want) {
  err[0] = 0;
  int rc = vm_verify(asm_pack(a), err, sizeof err);
  if (want) {
    assert_int_equal(rc, -1);
    assert_string_equal(err, want);
  } else {
    if (rc) fail_msg("unexpected rejection: %s", err);
  }
  asm_free(a);
}

static void test_accepts_simple(void **st) {
  (void)st;
  asm_t *a = start();
  asm_op(a, VM_OP_SUBJECT);
  asm_op(a, VM_OP_POP);
  asm_op(a, VM_OP_RET);
  asm_end(a, 0, 1);
  expect_reason(a, NULL);
}

static void test_bad_opcode(void **st) {
  (void)st;
  asm_t *a = start();
  a->code[a->len++] = 200;
  asm_op(a, VM_OP_RET);
  asm_end(a, 0, 1);
  expect_reason(a, "verify: rule R selector 0 @0: bad opcode 200");
}

static void test_const_out_of_range(void **st) {
  (void)st;
  asm_t *a = start();
  asm_op(a, VM_OP_CONST, 5u);
  asm_op(a, VM_OP_POP);
  asm_op(a, VM_OP_RET);
  asm_end(a, 0, 1);
  expect_reason(a, "verify: rule R selector 0 @0: constant index 5 out of range (0 constants)");
}

static void test_local_out_of_range(void **st) {
  (void)st;
  asm_t *a = start();
  asm_op(a, VM_OP_LOAD, 3u);
  asm_op(a, VM_OP_POP);
  asm_op(a, VM_OP_RET);
  asm_end(a, 1, 1);
  expect_reason(a, "verify: rule R selector 0 @0: local 3 out of range (1 locals)");
}

static void test_builtin_arity(void **st) {
  (void)st;
  asm_t *a = start();
  asm_op(a, VM_OP_SUBJECT);
  asm_op(a, VM_OP_SUBJECT);
  asm_op(a, VM_OP_CALL, (uint32_t)VM_BI_LOWER, 2u);
  asm_op(a, VM_OP_POP);
  asm_op(a, VM_OP_RET);
  asm_end(a, 0, 2);
  expect_reason(a, "verify: rule R selector 0 @2: builtin lower takes 1 arguments, not 2");
}

static void test_builtin_id(void **st) {
  (void)st;
  asm_t *a = start();
  asm_op(a, VM_OP_CALL, 99u, 0u);
  asm_op(a, VM_OP_POP);
  asm_op(a, VM_OP_RET);
  asm_end(a, 0, 1);
  expect_reason(a, "verify: rule R selector 0 @0: builtin id 99 out of range");
}

static void test_field_needs_string(void **st) {
  (void)st;
  asm_t *a = start();
  uint32_t k = asm_const(a, iac_doc_number(&a->arena, 3, 0, 0));
  asm_op(a, VM_OP_SUBJECT);
  asm_op(a, VM_OP_FIELD, k);
  asm_op(a, VM_OP_POP);
  asm_op(a, VM_OP_RET);
  asm_end(a, 0, 1);
  expect_reason(a, "verify: rule R selector 0 @1: FIELD constant K0 is not a string");
}

static void test_jump_into_instruction(void **st) {
  (void)st;
  asm_t *a = start();
  asm_op(a, VM_OP_JMP, 3u);
  asm_op(a, VM_OP_RET);
  asm_end(a, 0, 1);
  expect_reason(a, "verify: rule R selector 0 @0: jump target 3 is not an instruction boundary");
}

static void test_jump_outside_block(void **st) {
  (void)st;
  asm_t *a = start();
  asm_op(a, VM_OP_JMP, 40u);
  asm_op(a, VM_OP_RET);
  asm_end(a, 0, 1);
  expect_reason(a, "verify: rule R selector 0 @0: jump target 40 is not an instruction boundary");
}

static void test_backward_jmp(void **st) {
  (void)st;
  asm_t *a = start();
  asm_op(a, VM_OP_NOP);
  asm_op(a, VM_OP_JMP, 0u);
  asm_op(a, VM_OP_RET);
  asm_end(a, 0, 1);
  expect_reason(a, "verify: rule R selector 0 @1: backward jump to 0 (only LOOP may jump back)");
}

static void test_unbalanced_at_ret(void **st) {
  (void)st;
  asm_t *a = start();
  asm_op(a, VM_OP_SUBJECT);
  asm_op(a, VM_OP_RET);
  asm_end(a, 0, 1);
  expect_reason(a, "verify: rule R selector 0 @1: stack not empty at RET (depth 1)");
}

static void test_underflow(void **st) {
  (void)st;
  asm_t *a = start();
  asm_op(a, VM_OP_POP);
  asm_op(a, VM_OP_RET);
  asm_end(a, 0, 1);
  expect_reason(a, "verify: rule R selector 0 @0: stack underflow (needs 1, depth 0)");
}

static void test_max_stack(void **st) {
  (void)st;
  asm_t *a = start();
  asm_op(a, VM_OP_SUBJECT);
  asm_op(a, VM_OP_SUBJECT);
  asm_op(a, VM_OP_POP);
  asm_op(a, VM_OP_POP);
  asm_op(a, VM_OP_RET);
  asm_end(a, 0, 1);
  expect_reason(a, "verify: rule R selector 0 @1: stack depth 2 exceeds max_stack 1");
}

static void test_join_mismatch(void **st) {
  (void)st;
  asm_t *a = start();
  asm_op(a, VM_OP_SUBJECT);            /* 0 */
  asm_op(a, VM_OP_JTRUE_KEEP, LBL(0)); /* 1 */
  asm_op(a, VM_OP_SUBJECT);            /* 6 */
  asm_label(a, 0);
  asm_op(a, VM_OP_POP); /* 7: depth 1 from the jump, 2 from the fall-through */
  asm_op(a, VM_OP_RET);
  asm_end(a, 0, 2);
  expect_reason(a,
                "verify: rule R selector 0 @7: stack mismatch at join 7 (depth 1 there, 2 here)");
}

static void test_missing_ret(void **st) {
  (void)st;
  asm_t *a = start();
  asm_op(a, VM_OP_SUBJECT);
  asm_op(a, VM_OP_POP);
  asm_end(a, 0, 1);
  expect_reason(a, "verify: rule R selector 0: code does not end in RET");
}

static void test_truncated_instruction(void **st) {
  (void)st;
  asm_t *a = start();
  asm_op(a, VM_OP_RET);
  a->code[a->len++] = VM_OP_CONST;
  a->code[a->len++] = 0;
  asm_end(a, 0, 1);
  expect_reason(
      a, "verify: rule R selector 0 @1: instruction truncated (CONST needs 4 operand bytes)");
}

static void emit_loop(asm_t *a) {
  asm_op(a, VM_OP_SUBJECT); /* 0 */
  asm_op(a, VM_OP_ITER);    /* 1 */
  asm_label(a, 0);
  asm_op(a, VM_OP_NEXT, 0u, LBL(1)); /* 2 */
  asm_op(a, VM_OP_LOAD, 0u);         /* 11 */
  asm_op(a, VM_OP_POP);              /* 16 */
  asm_op(a, VM_OP_LOOP, LBL(0));     /* 17 */
  asm_label(a, 1);
  asm_op(a, VM_OP_RET); /* 22 */
}

/* Facts (docs/language.md "Facts"): a rule cannot record one, and a fact
 * read must name one of the pack's facts. */
static void test_emit_outside_fact(void **st) {
  (void)st;
  asm_t *a = start();
  doc_node *k[1];
  k[0] = iac_doc_string(&a->arena, "name", 4, 0, 0);
  uint32_t keys = asm_const(a, iac_doc_list(&a->arena, k, 1, 0, 0));
  asm_op(a, VM_OP_SUBJECT);
  asm_op(a, VM_OP_EMIT, keys, 1u);
  asm_op(a, VM_OP_RET);
  asm_end(a, 0, 1);
  expect_reason(a, "verify: rule R selector 0 @1: EMIT outside a fact's selector");
}

static void test_facts_names_no_fact(void **st) {
  (void)st;
  asm_t *a = start();
  uint32_t name = asm_str(a, "ecr_repository");
  asm_op(a, VM_OP_FACTS, name);
  asm_op(a, VM_OP_POP);
  asm_op(a, VM_OP_RET);
  asm_end(a, 0, 1);
  expect_reason(a, "verify: rule R selector 0 @0: FACTS constant K0 names no fact of the pack");
}

static void test_accepts_loop(void **st) {
  (void)st;
  asm_t *a = start();
  emit_loop(a);
  asm_end(a, 1, 2);
  expect_reason(a, NULL);
}

static void test_loop_not_to_next(void **st) {
  (void)st;
  asm_t *a = start();
  asm_op(a, VM_OP_NOP);
  asm_op(a, VM_OP_LOOP, 0u);
  asm_op(a, VM_OP_RET);
  asm_end(a, 0, 1);
  expect_reason(a, "verify: rule R selector 0 @1: LOOP target 0 is not a NEXT");
}

static void test_next_without_loop(void **st) {
  (void)st;
  asm_t *a = start();
  asm_op(a, VM_OP_SUBJECT);
  asm_op(a, VM_OP_ITER);
  asm_op(a, VM_OP_NEXT, 0u, LBL(0));
  asm_op(a, VM_OP_JMP, LBL(1));
  asm_label(a, 0);
  asm_op(a, VM_OP_RET);
  asm_label(a, 1);
  asm_op(a, VM_OP_RET);
  asm_end(a, 1, 1);
  expect_reason(a, "verify: rule R selector 0 @2: NEXT has 0 LOOPs (needs exactly one)");
}

static void test_loop_outside_its_next(void **st) {
  (void)st;
  asm_t *a = start();
  asm_op(a, VM_OP_SUBJECT); /* 0 */
  asm_op(a, VM_OP_ITER);    /* 1 */
  asm_label(a, 0);
  asm_op(a, VM_OP_NEXT, 0u, LBL(1)); /* 2, exits to 11 */
  asm_label(a, 1);
  asm_op(a, VM_OP_LOOP, LBL(0)); /* 11: at or after the exit */
  asm_op(a, VM_OP_RET);
  asm_end(a, 1, 1);
  expect_reason(
      a, "verify: rule R selector 0 @11: LOOP is not inside its NEXT's loop (NEXT @2 exits to 11)");
}

/* Two loops whose NEXT..LOOP ranges cross: [2,31] and [11,36]. */
static void test_loops_cross(void **st) {
  (void)st;
  asm_t *a = start();
  asm_op(a, VM_OP_SUBJECT); /* 0 */
  asm_op(a, VM_OP_ITER);    /* 1 */
  asm_label(a, 0);
  asm_op(a, VM_OP_NEXT, 0u, LBL(2)); /* 2, exits to 41 */
  asm_label(a, 1);
  asm_op(a, VM_OP_NEXT, 0u, LBL(2)); /* 11, exits to 41 */
  asm_op(a, VM_OP_NOP);              /* 20 */
  asm_op(a, VM_OP_NOP);              /* 21 */
  asm_op(a, VM_OP_JMP, LBL(3));      /* 22 */
  asm_op(a, VM_OP_NOP);              /* 27 */
  asm_op(a, VM_OP_NOP);              /* 28 */
  asm_op(a, VM_OP_NOP);              /* 29 */
  asm_op(a, VM_OP_NOP);              /* 30 */
  asm_label(a, 3);
  asm_op(a, VM_OP_LOOP, LBL(0)); /* 31 */
  asm_op(a, VM_OP_LOOP, LBL(1)); /* 36 */
  asm_label(a, 2);
  asm_op(a, VM_OP_RET); /* 41 */
  asm_end(a, 1, 1);
  expect_reason(a, "verify: rule R selector 0 @36: loops overlap without nesting (LOOP @31)");
}

static void test_iterator_consumed(void **st) {
  (void)st;
  asm_t *a = start();
  asm_op(a, VM_OP_SUBJECT);
  asm_op(a, VM_OP_ITER);
  asm_op(a, VM_OP_POP);
  asm_op(a, VM_OP_RET);
  asm_end(a, 0, 1);
  expect_reason(
      a, "verify: rule R selector 0 @2: operand is an iterator (only NEXT consumes iterators)");
}

static void test_loop_state_differs(void **st) {
  (void)st;
  asm_t *a = start();
  asm_op(a, VM_OP_SUBJECT); /* 0 */
  asm_op(a, VM_OP_ITER);    /* 1 */
  asm_label(a, 0);
  asm_op(a, VM_OP_NEXT, 0u, LBL(1)); /* 2 */
  asm_op(a, VM_OP_LOAD, 0u);         /* 11: left on the stack */
  asm_op(a, VM_OP_LOOP, LBL(0));     /* 16 */
  asm_label(a, 1);
  asm_op(a, VM_OP_RET);
  asm_end(a, 1, 3);
  expect_reason(
      a, "verify: rule R selector 0 @16: stack at LOOP differs from its NEXT @2 (depth 2 vs 1)");
}

/* An inner loop drains the outer iterator, a fresh ITER replaces it and the
 * outer LOOP jumps back: same depth, different iterator — an unbounded loop
 * that only iterator-origin tracking catches. */
static void test_fresh_iterator_loop(void **st) {
  (void)st;
  asm_t *a = start();
  asm_op(a, VM_OP_SUBJECT); /* 0 */
  asm_op(a, VM_OP_ITER);    /* 1 */
  asm_label(a, 0);
  asm_op(a, VM_OP_NEXT, 0u, LBL(3)); /* 2 */
  asm_label(a, 1);
  asm_op(a, VM_OP_NEXT, 0u, LBL(2)); /* 11 */
  asm_op(a, VM_OP_LOOP, LBL(1));     /* 20 */
  asm_label(a, 2);
  asm_op(a, VM_OP_SUBJECT);      /* 25 */
  asm_op(a, VM_OP_ITER);         /* 26 */
  asm_op(a, VM_OP_LOOP, LBL(0)); /* 27 */
  asm_label(a, 3);
  asm_op(a, VM_OP_RET); /* 32 */
  asm_end(a, 1, 1);
  expect_reason(
      a, "verify: rule R selector 0 @27: stack at LOOP differs from its NEXT @2 (depth 1 vs 1)");
}

static void test_bad_severity(void **st) {
  (void)st;
  asm_t *a = start();
  asm_op(a, VM_OP_RET);
  asm_end(a, 0, 0);
  a->rules[0].severity = 9;
  expect_reason(a, "verify: rule R: bad severity 9");
}

static void test_selector_range(void **st) {
  (void)st;
  asm_t *a = start();
  asm_op(a, VM_OP_RET);
  asm_end(a, 0, 0);
  a->rules[0].n_sels = 2;
  expect_reason(a, "verify: rule R: selectors 0..2 are not the next ones (0 of 1)");
}

static void test_code_range(void **st) {
  (void)st;
  asm_t *a = start();
  asm_op(a, VM_OP_RET);
  asm_end(a, 0, 0);
  a->sels[0].code_len = 7;
  expect_reason(a, "verify: rule R selector 0: code range 0+7 outside the code section (1 bytes)");
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_accepts_simple),     cmocka_unit_test(test_bad_opcode),
      cmocka_unit_test(test_const_out_of_range), cmocka_unit_test(test_local_out_of_range),
      cmocka_unit_test(test_builtin_arity),      cmocka_unit_test(test_builtin_id),
      cmocka_unit_test(test_field_needs_string), cmocka_unit_test(test_jump_into_instruction),
      cmocka_unit_test(test_jump_outside_block), cmocka_unit_test(test_backward_jmp),
      cmocka_unit_test(test_unbalanced_at_ret),  cmocka_unit_test(test_underflow),
      cmocka_unit_test(test_max_stack),          cmocka_unit_test(test_join_mismatch),
      cmocka_unit_test(test_missing_ret),        cmocka_unit_test(test_truncated_instruction),
      cmocka_unit_test(test_accepts_loop),       cmocka_unit_test(test_loop_not_to_next),
      cmocka_unit_test(test_next_without_loop),
      cmocka_unit_test(test_emit_outside_fact),
      cmocka_unit_test(test_facts_names_no_fact),  cmocka_unit_test(test_loop_outside_its_next),
      cmocka_unit_test(test_loops_cross),        cmocka_unit_test(test_iterator_consumed),
      cmocka_unit_test(test_loop_state_differs), cmocka_unit_test(test_fresh_iterator_loop),
      cmocka_unit_test(test_bad_severity),       cmocka_unit_test(test_selector_range),
      cmocka_unit_test(test_code_range),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
