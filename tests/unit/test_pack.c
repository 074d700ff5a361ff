/* test_pack.c — .vgp encoding and loading: byte-identical round trips, the
 * digest, every loader rejection (magic, version, every truncation, digest,
 * mutated content), the selector index and the disassembler. */
#include <nettle/sha2.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <cmocka.h>

#include "test_vm_asm.h"

static char err[256];

/* Two rules, three selectors, constants of every kind. */
static asm_t *rich(void) {
  asm_t *a = asm_new();
  base_arena *ar = &a->arena;
  doc_node *items[3] = {iac_doc_string(ar, "IMMUTABLE", 9, 1, 2), iac_doc_number(ar, 2.5, 0, 0),
                        iac_doc_null(ar, 0, 0)};
  doc_entry es[2] = {{"k", 1, 3, 4, iac_doc_bool(ar, true, 0, 0)},
                     {"u", 1, 5, 6, iac_doc_unknown(ar, "ref:X", 0, 0)}};
  uint32_t kl = asm_const(a, iac_doc_list(ar, items, 3, 7, 8));
  uint32_t km = asm_const(a, iac_doc_map(ar, es, 2, 0, 0));
  uint32_t kf = asm_str(a, "Properties");
  static const char *refs[] = {"CKV_AWS_51", "SecurityHub:ECR.2"};
  asm_rule(a, "AWS_ECR_IMMUTABLE_TAGS", VM_SEV_HIGH, "ECR tags immutable");
  a->rules[0].refs = refs;
  a->rules[0].n_refs = 2;
  a->rules[0].fix = "Set IMMUTABLE";
  asm_sel(a, IAC_FMT_CLOUDFORMATION, "resource", "AWS::ECR::Repository", NULL);
  asm_op(a, VM_OP_SUBJECT);
  asm_op(a, VM_OP_FIELD, kf);
  asm_op(a, VM_OP_CONST, kl);
  asm_op(a, VM_OP_IN);
  asm_op(a, VM_OP_POP);
  asm_op(a, VM_OP_RET);
  asm_end(a, 0, 2);
  asm_sel(a, IAC_FMT_TERRAFORM, "resource", "aws_ecr_repository", "*", NULL);
  asm_op(a, VM_OP_CONST, km);
  asm_op(a, VM_OP_POP);
  asm_op(a, VM_OP_RET);
  asm_end(a, 0, 1);
  asm_rule(a, "ANY_IMAGE", VM_SEV_LOW, "any image");
  asm_sel(a, IAC_FMT_NONE, "resource", "AWS::ECR::Repository", NULL);
  asm_op(a, VM_OP_RET);
  asm_end(a, 0, 0);
  return a;
}

static void encode(asm_t *a, uint8_t **buf, size_t *len) {
  assert_int_equal(vm_pack_encode(asm_pack(a), buf, len), 0);
}

static void redigest(uint8_t *buf, size_t len) {
  struct sha256_ctx c;
  sha256_init(&c);
  sha256_update(&c, len - 56, buf + 56);
  sha256_digest(&c, 32, buf + 16);
}

static void test_round_trip_identical(void **st) {
  (void)st;
  asm_t *a = rich();
  uint8_t *b1, *b2, *b3;
  size_t n1, n2, n3;
  encode(a, &b1, &n1);
  encode(a, &b2, &n2); /* deterministic */
  assert_int_equal(n1, n2);
  assert_memory_equal(b1, b2, n1);
  vm_pack *p = vm_pack_load(b1, n1, err, sizeof err);
  if (!p) fail_msg("%s", err);
  assert_int_equal(vm_pack_encode(p, &b3, &n3), 0); /* decode → encode gives the same bytes */
  assert_int_equal(n1, n3);
  assert_memory_equal(b1, b3, n1);
  assert_int_equal(strlen(p->digest), 71);
  assert_memory_equal(p->digest, "sha256:", 7);
  /* decoded contents */
  assert_int_equal(p->n_rules, 2);
  assert_string_equal(p->rules[0].id, "AWS_ECR_IMMUTABLE_TAGS");
  assert_string_equal(p->rules[0].refs[1], "SecurityHub:ECR.2");
  assert_string_equal(p->rules[0].fix, "Set IMMUTABLE");
  assert_int_equal(p->rules[1].severity, VM_SEV_LOW);
  assert_int_equal(p->sels[1].n_types, 2);
  assert_string_equal(p->sels[1].types[1], "*");
  const doc_node *l = p->consts[0];
  assert_int_equal(l->kind, DOC_LIST);
  assert_int_equal(l->line, 7);
  assert_string_equal(l->u.items[0]->u.str, "IMMUTABLE");
  assert_int_equal(l->u.items[0]->col, 2);
  assert_true(l->u.items[1]->u.num == 2.5);
  const doc_node *m = p->consts[1];
  assert_int_equal(m->u.entries[1].col, 6);
  assert_int_equal(m->u.entries[1].val->kind, DOC_UNKNOWN);
  assert_string_equal(m->u.entries[1].val->u.str, "ref:X");
  vm_pack_free(p);
  free(b1);
  free(b2);
  free(b3);
  asm_free(a);
}

static void test_digest_is_sha256_of_content(void **st) {
  (void)st;
  asm_t *a = rich();
  uint8_t *b;
  size_t n;
  encode(a, &b, &n);
  uint8_t d[32];
  struct sha256_ctx c;
  sha256_init(&c);
  sha256_update(&c, n - 56, b + 56);
  sha256_digest(&c, 32, d);
  char hex[72] = "sha256:";
  for (int i = 0; i < 32; i++)
    snprintf(hex + 7 + 2 * i, 3, "%02x", d[i]);
  vm_pack *p = vm_pack_load(b, n, err, sizeof err);
  assert_non_null(p);
  assert_string_equal(p->digest, hex);
  vm_pack_free(p);
  free(b);
  asm_free(a);
}

static void expect_load_error(const uint8_t *b, size_t n, const char *want) {
  err[0] = 0;
  vm_pack *p = vm_pack_load(b, n, err, sizeof err);
  assert_null(p);
  assert_string_equal(err, want);
}

static void test_bad_magic(void **st) {
  (void)st;
  asm_t *a = rich();
  uint8_t *b;
  size_t n;
  encode(a, &b, &n);
  b[0] = 'X';
  expect_load_error(b, n, "pack: bad magic (not a Vigil rule pack)");
  free(b);
  asm_free(a);
}

static void test_wrong_version(void **st) {
  (void)st;
  asm_t *a = rich();
  uint8_t *b;
  size_t n;
  encode(a, &b, &n);
  b[8] = 2;
  expect_load_error(b, n, "pack: unsupported version 2 (this build reads version 1)");
  free(b);
  asm_free(a);
}

static void test_truncated_everywhere(void **st) {
  (void)st;
  asm_t *a = rich();
  uint8_t *b;
  size_t n;
  encode(a, &b, &n);
  char want[128];
  for (size_t k = 0; k < n; k++) {
    uint8_t *c = malloc(k ? k : 1); /* exact size, so ASan sees any overread */
    memcpy(c, b, k);
    if (k < 8)
      snprintf(want, sizeof want, "pack: bad magic (not a Vigil rule pack)");
    else if (k < 56)
      snprintf(want, sizeof want, "pack: truncated header (%zu of 56 bytes)", k);
    else
      snprintf(want, sizeof want, "pack: truncated (content is %zu bytes, header says %zu)", k - 56,
               n - 56);
    expect_load_error(c, k, want);
    free(c);
  }
  free(b);
  asm_free(a);
}

static void test_digest_mismatch(void **st) {
  (void)st;
  asm_t *a = rich();
  uint8_t *b;
  size_t n;
  encode(a, &b, &n);
  b[n - 1] ^= 1;
  expect_load_error(b, n, "pack: digest mismatch (content changed after it was built)");
  free(b);
  asm_free(a);
}

/* Every single-byte mutation of the content, with a valid digest, must load or
 * be refused with a reason: never crash or read out of bounds (run under ASan). */
static void test_mutations_never_crash(void **st) {
  (void)st;
  asm_t *a = rich();
  uint8_t *b;
  size_t n;
  encode(a, &b, &n);
  static const uint8_t vals[] = {0x00, 0x01, 0x7f, 0x80, 0xff};
  size_t loaded = 0, refused = 0;
  for (size_t i = 56; i < n; i++)
    for (size_t v = 0; v < sizeof vals; v++) {
      uint8_t *c = malloc(n);
      memcpy(c, b, n);
      if (c[i] == vals[v]) {
        free(c);
        continue;
      }
      c[i] = vals[v];
      redigest(c, n);
      err[0] = 0;
      vm_pack *p = vm_pack_load(c, n, err, sizeof err);
      if (p)
        loaded++;
      else {
        refused++;
        assert_true(strncmp(err, "pack: ", 6) == 0 || strncmp(err, "verify: ", 8) == 0);
      }
      vm_pack_free(p);
      free(c);
    }
  assert_true(refused > 0);
  assert_true(loaded > 0); /* e.g. a changed line number is still a valid pack */
  free(b);
  asm_free(a);
}

static void test_load_runs_verifier(void **st) {
  (void)st;
  asm_t *a = asm_new();
  asm_rule(a, "R", VM_SEV_HIGH, "t");
  asm_sel(a, IAC_FMT_CLOUDFORMATION, "resource", "T", NULL);
  asm_op(a, VM_OP_SUBJECT);
  asm_op(a, VM_OP_RET);
  asm_end(a, 0, 1);
  uint8_t *b;
  size_t n;
  encode(a, &b, &n);
  expect_load_error(b, n, "verify: rule R selector 0 @1: stack not empty at RET (depth 1)");
  free(b);
  asm_free(a);
}

static void test_index_section_checked(void **st) {
  (void)st;
  asm_t *a = rich();
  uint8_t *b;
  size_t n;
  encode(a, &b, &n);
  /* the index section ends 12 bytes before the pack (the params section: id,
   * length, a count of 0); its last u32 is the last selector id of the last entry */
  b[n - 12 - 4] = 0;
  redigest(b, n);
  expect_load_error(b, n, "pack: index section: entry 3 lists selector 0, which does not match it");
  free(b);
  asm_free(a);
}

static void test_match(void **st) {
  (void)st;
  asm_t *a = rich();
  vm_pack *p = asm_load(a, err, sizeof err);
  if (!p) fail_msg("%s", err);
  const uint32_t *ids;
  /* cloudformation ECR: rule 0 selector 0, then the any-format selector of rule 1 */
  assert_int_equal(
      vm_pack_match(p, IAC_FMT_CLOUDFORMATION, "resource", "AWS::ECR::Repository", &ids), 2);
  assert_int_equal(ids[0], 0);
  assert_int_equal(ids[1], 2);
  /* terraform: the exact type and "*" both select selector 1; the any-format one too */
  assert_int_equal(vm_pack_match(p, IAC_FMT_TERRAFORM, "resource", "aws_ecr_repository", &ids), 1);
  assert_int_equal(ids[0], 1);
  assert_int_equal(vm_pack_match(p, IAC_FMT_TERRAFORM, "resource", "aws_s3_bucket", &ids), 1);
  assert_int_equal(ids[0], 1);
  assert_int_equal(vm_pack_match(p, IAC_FMT_TERRAFORM, "resource", "AWS::ECR::Repository", &ids),
                   2);
  assert_int_equal(ids[0], 1);
  assert_int_equal(ids[1], 2);
  assert_int_equal(vm_pack_match(p, IAC_FMT_KUBERNETES, "resource", "AWS::ECR::Repository", &ids),
                   1);
  assert_int_equal(ids[0], 2);
  assert_int_equal(vm_pack_match(p, IAC_FMT_CLOUDFORMATION, "resource", "AWS::S3::Bucket", &ids),
                   0);
  assert_int_equal(vm_pack_match(p, IAC_FMT_TERRAFORM, "data", "aws_ecr_repository", &ids), 0);
  vm_pack_free(p);
  asm_free(a);
}

static void test_disasm(void **st) {
  (void)st;
  asm_t *a = rich();
  vm_pack *p = asm_load(a, err, sizeof err);
  assert_non_null(p);
  char *text = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&text, &len);
  vm_disasm(p, f);
  fclose(f);
  char head[160];
  snprintf(head, sizeof head, "pack %s (format version 1)\n", p->digest);
  assert_memory_equal(text, head, strlen(head));
  assert_string_equal(
      text + strlen(head),
      "3 constants, 2 rules, 3 selectors, 22 bytes of code\n"
      "\nconstants:\n"
      "  K0    [\"IMMUTABLE\",2.5,null]\n"
      "  K1    {\"k\":true,\"u\":<unknown>}\n"
      "  K2    \"Properties\"\n"
      "\nrule 0 AWS_ECR_IMMUTABLE_TAGS (module test) severity high\n"
      "  title \"ECR tags immutable\"\n"
      "  refs CKV_AWS_51, SecurityHub:ECR.2\n"
      "  fix \"Set IMMUTABLE\"\n"
      "  selector 0: cloudformation resource \"AWS::ECR::Repository\" (14 bytes at 0, 0 locals, "
      "stack 2)\n"
      "    0000  SUBJECT\n"
      "    0001  FIELD         2        ; \"Properties\"\n"
      "    0006  CONST         0        ; [\"IMMUTABLE\",2.5,null]\n"
      "    0011  IN\n"
      "    0012  POP\n"
      "    0013  RET\n"
      "  selector 1: terraform resource \"aws_ecr_repository\", \"*\" (7 bytes at 14, 0 locals, "
      "stack 1)\n"
      "    0000  CONST         1        ; {\"k\":true,\"u\":<unknown>}\n"
      "    0005  POP\n"
      "    0006  RET\n"
      "\nrule 1 ANY_IMAGE (module test) severity low\n"
      "  title \"any image\"\n"
      "  selector 0: any resource \"AWS::ECR::Repository\" (1 bytes at 21, 0 locals, stack 0)\n"
      "    0000  RET\n");
  free(text);
  vm_pack_free(p);
  asm_free(a);
}

static void test_load_file(void **st) {
  (void)st;
  assert_null(vm_pack_load_file("/nonexistent/x.vgp", err, sizeof err));
  assert_string_equal(err, "pack: cannot open /nonexistent/x.vgp");
  asm_t *a = rich();
  uint8_t *b;
  size_t n;
  encode(a, &b, &n);
  char path[] = "/tmp/vigil_test_pack_XXXXXX";
  int fd = mkstemp(path);
  assert_true(fd >= 0);
  FILE *f = fdopen(fd, "wb");
  fwrite(b, 1, n, f);
  fclose(f);
  vm_pack *p = vm_pack_load_file(path, err, sizeof err);
  assert_non_null(p);
  assert_int_equal(p->n_sels, 3);
  vm_pack_free(p);
  remove(path);
  free(b);
  asm_free(a);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_round_trip_identical),
      cmocka_unit_test(test_digest_is_sha256_of_content),
      cmocka_unit_test(test_bad_magic),
      cmocka_unit_test(test_wrong_version),
      cmocka_unit_test(test_truncated_everywhere),
      cmocka_unit_test(test_digest_mismatch),
      cmocka_unit_test(test_mutations_never_crash),
      cmocka_unit_test(test_load_runs_verifier),
      cmocka_unit_test(test_index_section_checked),
      cmocka_unit_test(test_match),
      cmocka_unit_test(test_disasm),
      cmocka_unit_test(test_load_file),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
