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

#include "builtin_pack.h"
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
  b[8] = 1; /* a version-1 pack (before params and debug info) names both versions */
  expect_load_error(b, n,
                    "pack: format version 1, but this build reads only version 3 (recompile the "
                    "pack with this vigil)");
  b[8] = 2; /* before facts */
  expect_load_error(b, n,
                    "pack: format version 2, but this build reads only version 3 (recompile the "
                    "pack with this vigil)");
  b[8] = 4;
  expect_load_error(b, n,
                    "pack: format version 4, but this build reads only version 3 (use a newer "
                    "vigil to read it)");
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

static vm_debug *rich_debug(asm_t *a);

/* Every single-byte mutation of the content, with a valid digest, must load or
 * be refused with a reason: never crash or read out of bounds (run under ASan).
 * Once without debug info, once with (the debug section's decoder and checks). */
static void mutate_all(bool debug) {
  asm_t *a = rich();
  uint8_t *b;
  size_t n;
  vm_pack *in = asm_pack(a);
  if (debug) {
    in->sels[0].n_locals = 1;
    in->debug = rich_debug(a);
  }
  assert_int_equal(vm_pack_encode(in, &b, &n), 0);
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

static void test_mutations_never_crash(void **st) {
  (void)st;
  mutate_all(false);
  mutate_all(true);
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
  /* the index section ends 32 bytes before the pack (the params and facts
   * sections: id, length, a count of 0 each; the empty debug section: id,
   * length); its last u32 is the last selector id of the last entry */
  b[n - 32 - 4] = 0;
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
  snprintf(head, sizeof head, "pack %s (format version 3)\n", p->digest);
  assert_memory_equal(text, head, strlen(head));
  assert_string_equal(
      text + strlen(head),
      "3 constants, 2 rules, 3 selectors, 22 bytes of code, no debug info (stripped)\n"
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

/* rich() with debug info: a source file, line entries, a local, an expect. */
static vm_debug *rich_debug(asm_t *a) {
  base_arena *ar = &a->arena;
  vm_debug *d = base_arena_calloc(ar, sizeof *d);
  d->n_files = 1;
  d->files = base_arena_calloc(ar, sizeof *d->files);
  d->files[0].name = "r.vgl";
  d->files[0].text = "rule R {\n  on x as r {\n    expect r.Properties in L\n  }\n}\n";
  d->files[0].len = (uint32_t)strlen(d->files[0].text);
  d->sels = base_arena_calloc(ar, 3 * sizeof *d->sels);
  static vm_dbg_line lines[] = {{1, 0, 3, 12}, {6, 0, 3, 25}, {11, 0, 3, 25}};
  static vm_dbg_local locals[] = {{0, 0, 13, "x"}};
  static vm_dbg_stmt stmts[] = {{VM_DBG_EXPECT, 1, 0, 11, 0, 3, 5, 3, 28}};
  d->sels[0] = (vm_dbg_sel){0, 2, 3, lines, 3, locals, 1, stmts, 1};
  d->sels[1] = (vm_dbg_sel){0, 2, 3, NULL, 0, NULL, 0, NULL, 0};
  d->sels[2] = (vm_dbg_sel){0, 2, 3, NULL, 0, NULL, 0, NULL, 0};
  return d;
}

static void test_debug_round_trip(void **st) {
  (void)st;
  asm_t *a = rich();
  vm_pack *in = asm_pack(a);
  in->sels[0].n_locals = 1;
  in->debug = rich_debug(a);
  uint8_t *b1, *b2;
  size_t n1, n2;
  assert_int_equal(vm_pack_encode(in, &b1, &n1), 0);
  vm_pack *p = vm_pack_load(b1, n1, err, sizeof err);
  if (!p) fail_msg("%s", err);
  assert_non_null(p->debug);
  assert_string_equal(p->debug->files[0].name, "r.vgl");
  assert_null(p->debug->files[0].line_off); /* indexed on first use */
  uint32_t len;
  const char *t = vm_dbg_source_line(p, 0, 3, &len);
  assert_int_equal(len, 28);
  assert_memory_equal(t, "    expect r.Properties in L", 28);
  assert_int_equal(p->debug->files[0].n_line, 6);
  assert_null(vm_dbg_source_line(p, 0, 7, &len));
  assert_int_equal(vm_dbg_line_at(p, 0, 7)->pc, 6);
  assert_int_equal(vm_dbg_line_at(p, 0, 7)->col, 25);
  assert_null(vm_dbg_line_at(p, 0, 0));
  assert_string_equal(vm_dbg_local_name(p, 0, 0, 12), "x");
  assert_null(vm_dbg_local_name(p, 0, 0, 13));
  assert_int_equal(vm_dbg_stmt_at(p, 0, 12)->index, 1);
  assert_int_equal(vm_pack_encode(p, &b2, &n2), 0); /* decode -> encode: the same bytes */
  assert_int_equal(n1, n2);
  assert_memory_equal(b1, b2, n1);
  /* stripped: the digest changes (it covers the debug info), the code does not */
  vm_pack *strip = vm_pack_load(b1, n1, err, sizeof err);
  char with[72];
  memcpy(with, strip->digest, sizeof with);
  strip->debug = NULL;
  uint8_t *b3;
  size_t n3;
  assert_int_equal(vm_pack_encode(strip, &b3, &n3), 0);
  vm_pack *q = vm_pack_load(b3, n3, err, sizeof err);
  assert_non_null(q);
  assert_null(q->debug);
  assert_true(n3 < n1);
  assert_string_not_equal(q->digest, with);
  assert_memory_equal(q->code, p->code, p->code_len);
  assert_null(vm_dbg_line_at(q, 0, 6));
  vm_pack_free(q);
  vm_pack_free(strip);
  vm_pack_free(p);
  free(b1);
  free(b2);
  free(b3);
  asm_free(a);
}

/* The verifier checks the debug section before anything runs. */
static void expect_debug_error(void (*mutate)(vm_debug *d), const char *want) {
  asm_t *a = rich();
  vm_pack *in = asm_pack(a);
  in->sels[0].n_locals = 1;
  vm_debug *d = rich_debug(a);
  vm_dbg_line *lines = base_arena_alloc(&a->arena, 3 * sizeof *lines);
  memcpy(lines, d->sels[0].lines, 3 * sizeof *lines);
  d->sels[0].lines = lines;
  vm_dbg_local *locals = base_arena_alloc(&a->arena, sizeof *locals);
  *locals = d->sels[0].locals[0];
  d->sels[0].locals = locals;
  vm_dbg_stmt *stmts = base_arena_alloc(&a->arena, sizeof *stmts);
  *stmts = d->sels[0].stmts[0];
  d->sels[0].stmts = stmts;
  mutate(d);
  in->debug = d;
  uint8_t *b;
  size_t n;
  assert_int_equal(vm_pack_encode(in, &b, &n), 0);
  expect_load_error(b, n, want);
  free(b);
  asm_free(a);
}

static void off_boundary(vm_debug *d) {
  d->sels[0].lines[1].pc = 7; /* inside FIELD's operand */
}
static void out_of_order(vm_debug *d) {
  d->sels[0].lines[2].pc = 1;
}
static void bad_file(vm_debug *d) {
  d->sels[0].lines[0].file = 1;
}
static void bad_local(vm_debug *d) {
  d->sels[0].locals[0].slot = 1;
}
static void past_end(vm_debug *d) {
  d->sels[0].lines[2].pc = 14;
}
static void bad_stmt(vm_debug *d) {
  d->sels[0].stmts[0].end = 2;
}

static void test_debug_verified(void **st) {
  (void)st;
  expect_debug_error(off_boundary, "verify: rule AWS_ECR_IMMUTABLE_TAGS selector 0 @7: debug: "
                                   "line entry 1 not on an instruction");
  expect_debug_error(out_of_order, "verify: rule AWS_ECR_IMMUTABLE_TAGS selector 0 @1: debug: "
                                   "line entries out of order at entry 2");
  expect_debug_error(bad_file, "verify: rule AWS_ECR_IMMUTABLE_TAGS selector 0 @1: debug: file 1 "
                               "out of range (1 files)");
  expect_debug_error(bad_local, "verify: rule AWS_ECR_IMMUTABLE_TAGS selector 0: debug: local "
                                "entry 0 (L1 @0..13) outside the selector");
  expect_debug_error(past_end, "verify: rule AWS_ECR_IMMUTABLE_TAGS selector 0 @14: debug: line "
                               "entry 2 not on an instruction");
  expect_debug_error(bad_stmt, "verify: rule AWS_ECR_IMMUTABLE_TAGS selector 0 @2: debug: bad "
                               "statement entry 0");
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

/* The built-in pack loads without the digest, verifier and index check
 * (vm_pack_load_static): the same bytes must pass them all, and both loads
 * must be the same pack. */
static void test_builtin_static_load(void **st) {
  (void)st;
  if (!cli_builtin_pack_len) skip(); /* a stage-0 link has none */
  vm_pack *full = vm_pack_load(cli_builtin_pack, cli_builtin_pack_len, err, sizeof err);
  if (!full) fail_msg("the built-in pack does not pass a full load: %s", err);
  vm_pack *fast = vm_pack_load_static(cli_builtin_pack, cli_builtin_pack_len, err, sizeof err);
  if (!fast) fail_msg("%s", err);
  assert_string_equal(fast->digest, full->digest);
  assert_int_equal(fast->n_rules, full->n_rules);
  assert_int_equal(fast->n_sels, full->n_sels);
  /* in place: strings and code point into the embedded bytes */
  const uint8_t *lo = cli_builtin_pack, *hi = cli_builtin_pack + cli_builtin_pack_len;
  assert_true((const uint8_t *)fast->rules[0].id >= lo && (const uint8_t *)fast->rules[0].id < hi);
  assert_true(fast->code >= lo && fast->code < hi);
  assert_false(full->code >= lo && full->code < hi);
  uint8_t *b1, *b2;
  size_t n1, n2;
  assert_int_equal(vm_pack_encode(full, &b1, &n1), 0);
  assert_int_equal(vm_pack_encode(fast, &b2, &n2), 0);
  assert_int_equal(n1, cli_builtin_pack_len);
  assert_int_equal(n2, cli_builtin_pack_len);
  assert_memory_equal(b1, cli_builtin_pack, n1);
  assert_memory_equal(b2, cli_builtin_pack, n2);
  for (uint32_t i = 0; i < full->n_sels; i++) {
    const vm_selector *s = &full->sels[i];
    const uint32_t *a, *b;
    for (uint32_t t = 0; t < s->n_types; t++)
      for (int f = IAC_FMT_NONE + 1; f < IAC_FMT__COUNT; f++) {
        uint32_t na = vm_pack_match(full, (iac_format)f, s->kind, s->types[t], &a);
        uint32_t nb = vm_pack_match(fast, (iac_format)f, s->kind, s->types[t], &b);
        assert_int_equal(na, nb);
        if (na) assert_memory_equal(a, b, na * sizeof *a);
      }
  }
  free(b1);
  free(b2);
  vm_pack_free(full);
  vm_pack_free(fast);
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
      cmocka_unit_test(test_debug_round_trip),
      cmocka_unit_test(test_builtin_static_load),
      cmocka_unit_test(test_debug_verified),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
