/* test_suppress.c — in-source suppression forms, through the pure lookup. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "suppress.h"

static const char *refs[] = {"CKV_AWS_51", "KICS:33f41d31"};
static const vm_rule rule = {
    .id = "AWS_ECR_IMMUTABLE_TAGS", .title = "t", .refs = refs, .n_refs = 2};

static const char *hit_reason(const char *text, bool hcl, uint32_t res_line, uint32_t line) {
  static char buf[256];
  engine_suppress_hit h;
  if (!engine_suppress_lookup(text, strlen(text), hcl, NULL, res_line, &rule, line, &h))
    return NULL;
  snprintf(buf, sizeof buf, "%s@%u:%u:%.*s", h.kind, h.line, h.col, (int)h.reason_len, h.reason);
  return buf;
}

static const char yaml[] =
    "Resources:\n"                                                           /* 1 */
    "  Repo:  # vigil:ignore AWS_ECR_IMMUTABLE_TAGS tags pinned by digest\n" /* 2 */
    "    Type: AWS::ECR::Repository\n"                                       /* 3 */
    "    Properties:\n"                                                      /* 4 */
    "      ImageTagMutability: MUTABLE\n"                                    /* 5 */
    "  Other:\n"                                                             /* 6 */
    "    Type: AWS::ECR::Repository\n"                                       /* 7 */
    "    Properties:\n"                                                      /* 8 */
    "      # vigil:ignore OTHER_RULE,CKV_AWS_51 reviewed by sec\n"           /* 9 */
    "      ImageTagMutability: MUTABLE\n"                                    /* 10 */
    "  Third:\n"                                                             /* 11 */
    "    Type: AWS::ECR::Repository\n"                                       /* 12 */
    "    Properties:\n"                                                      /* 13 */
    "      Name: 'it''s # vigil:ignore AWS_ECR_IMMUTABLE_TAGS quoted'\n"     /* 14 */
    "      Desc: don't # checkov:skip=CKV_AWS_51:legacy\n";                  /* 15 */

static void test_yaml_resource_line(void **state) {
  (void)state;
  assert_string_equal(hit_reason(yaml, false, 2, 5), "inline@2:12:tags pinned by digest");
  /* the resource line applies to every finding of the resource */
  assert_string_equal(hit_reason(yaml, false, 2, 0), "inline@2:12:tags pinned by digest");
}

static void test_yaml_comment_above_attribute_and_ref(void **state) {
  (void)state;
  assert_string_equal(hit_reason(yaml, false, 6, 10), "inline@9:9:reviewed by sec");
  /* not on another resource's lines: Third gets its own block's directive */
  assert_string_equal(hit_reason(yaml, false, 11, 13), "checkov@15:21:legacy");
}

/* A directive anywhere inside the resource's block applies to the resource,
 * also to a finding located at the declaration (Checkov's behaviour). */
static void test_yaml_directive_inside_block(void **state) {
  (void)state;
  /* line 15's checkov:skip sits in Third's block (11-15) */
  assert_string_equal(hit_reason(yaml, false, 11, 11), "checkov@15:21:legacy");
  /* Other's directive (line 9) is not in Repo's block (2-5), nor Repo's in Third's */
  assert_null(hit_reason("Resources:\n  A:\n    Type: X\n  B:\n    Type: Y  # vigil:ignore "
                         "AWS_ECR_IMMUTABLE_TAGS b only\n",
                         false, 2, 2));
  assert_string_equal(hit_reason("Resources:\n  A:\n    Type: X\n  B:\n    Type: Y  # vigil:ignore "
                                 "AWS_ECR_IMMUTABLE_TAGS b only\n",
                                 false, 4, 4),
                      "inline@5:16:b only");
  /* a document-level resource (Kubernetes) runs to the next --- */
  static const char k8s[] = "apiVersion: v1\n" /* 1 */
                            "kind: Pod\n"      /* 2 */
                            "spec:\n"          /* 3 */
                            "  containers:\n"  /* 4 */
                            "    - image: nginx  # vigil:ignore AWS_ECR_IMMUTABLE_TAGS k8s\n"
                            "---\n"            /* 6 */
                            "apiVersion: v1\n" /* 7 */
                            "kind: Pod\n";     /* 8 */
  assert_string_equal(hit_reason(k8s, false, 1, 1), "inline@5:23:k8s");
  assert_null(hit_reason(k8s, false, 7, 7));
}

static void test_hcl_directive_inside_block(void **state) {
  (void)state;
  static const char tf[] =
      "resource \"aws_ecr_repository\" \"a\" {\n"                         /* 1 */
      "  name = \"a}\" # vigil:ignore OTHER_RULE brace in string\n"       /* 2 */
      "  policy = <<EOF\n"                                                /* 3 */
      "}\n"                                                               /* 4 */
      "EOF\n"                                                             /* 5 */
      "  tags = { x = \"y\" } // vigil:ignore CKV_AWS_51 after heredoc\n" /* 6 */
      "}\n"                                                               /* 7 */
      "resource \"aws_ecr_repository\" \"b\" {\n"                         /* 8 */
      "  name = \"b\"\n"                                                  /* 9 */
      "}\n"                                                               /* 10 */
      "# vigil:ignore AWS_ECR_IMMUTABLE_TAGS after b\n";                  /* 11 */
  /* finding at the declaration: a directive on an attribute line applies; the
   * "}" in a string (line 2) and in the heredoc (line 4) do not end the block */
  assert_string_equal(hit_reason(tf, true, 1, 1), "inline@6:25:after heredoc");
  /* nothing of a's applies to b, and a comment after b's closing brace is not b's */
  assert_null(hit_reason(tf, true, 8, 8));
  assert_null(hit_reason(tf, true, 8, 9));
}

static void test_quoted_hash_is_not_a_comment(void **state) {
  (void)state;
  assert_null(hit_reason(yaml, false, 0, 14));
  /* an apostrophe inside plain text does not open a string */
  assert_string_equal(hit_reason(yaml, false, 11, 15), "checkov@15:21:legacy");
}

static const char hcl[] =
    "resource \"aws_ecr_repository\" \"r\" {\n"                                    /* 1 */
    "  #checkov:skip=CKV_AWS_51:tags are managed by the release tool\n"            /* 2 */
    "  name = \"x # vigil:ignore AWS_ECR_IMMUTABLE_TAGS no\"\n"                    /* 3 */
    "  image_tag_mutability = \"MUTABLE\" // vigil:ignore KICS:33f41d31 kics id\n" /* 4 */
    "}\n";

static void test_hcl(void **state) {
  (void)state;
  /* checkov comment in the run of comments just below the block line */
  assert_string_equal(hit_reason(hcl, true, 1, 0),
                      "checkov@2:4:tags are managed by the release tool");
  /* // comments, matched through the full ref */
  assert_string_equal(hit_reason(hcl, true, 10, 4), "inline@4:39:kics id");
  /* the comment-only line above a finding applies to it */
  assert_string_equal(hit_reason(hcl, true, 10, 3),
                      "checkov@2:4:tags are managed by the release tool");
  /* inside a string: nothing */
  assert_null(hit_reason("  name = \"x # vigil:ignore CKV_AWS_51 no\"\n", true, 9, 1));
  /* `//` is not a comment in YAML */
  assert_null(hit_reason("a: 1 // vigil:ignore CKV_AWS_51 x\n", false, 1, 1));
}

static void test_other_rule_and_no_reason(void **state) {
  (void)state;
  assert_null(hit_reason("x: 1 # vigil:ignore SOMETHING_ELSE reason\n", false, 1, 1));
  assert_string_equal(hit_reason("x: 1 # vigil:ignore CKV_AWS_51\n", false, 1, 1), "inline@1:8:");
}

static void test_metadata(void **state) {
  (void)state;
  base_arena a;
  base_arena_init(&a);
  /* Metadata: {vigil: {ignore: [{rule: CKV_AWS_51, reason: r1}]}, checkov: {skip: [{id: X}]}} */
  doc_entry ig[2] = {{.key = "rule",
                      .key_len = 4,
                      .line = 5,
                      .col = 9,
                      .val = iac_doc_string(&a, "CKV_AWS_51", 10, 5, 15)},
                     {.key = "reason",
                      .key_len = 6,
                      .line = 6,
                      .col = 9,
                      .val = iac_doc_string(&a, "r1", 2, 6, 17)}};
  doc_node *item = iac_doc_map(&a, ig, 2, 5, 9);
  doc_node *list = iac_doc_list(&a, &item, 1, 5, 7);
  doc_entry v = {.key = "ignore", .key_len = 6, .line = 4, .col = 7, .val = list};
  doc_entry tool = {
      .key = "vigil", .key_len = 5, .line = 3, .col = 5, .val = iac_doc_map(&a, &v, 1, 4, 7)};
  doc_entry md = {
      .key = "Metadata", .key_len = 8, .line = 2, .col = 3, .val = iac_doc_map(&a, &tool, 1, 3, 5)};
  doc_node *body = iac_doc_map(&a, &md, 1, 2, 3);
  engine_suppress_hit h;
  assert_true(engine_suppress_lookup(NULL, 0, false, body, 1, &rule, 9, &h));
  assert_string_equal(h.kind, "metadata");
  assert_int_equal(h.reason_len, 2);
  assert_memory_equal(h.reason, "r1", 2);
  assert_int_equal(h.line, 5);
  vm_rule other = {.id = "OTHER", .title = "t"};
  assert_false(engine_suppress_lookup(NULL, 0, false, body, 1, &other, 9, &h));
  base_arena_free(&a);
}

/* The marker pre-check scans sixteen bytes at a time: each marker, at every
 * offset around the block edges and at the very end of the text, is found;
 * look-alikes ("vigil: ignore", "checkov:skip" without '=') are not. */
/* "a:\n", pad spaces, then form: looked up for a finding on line 2. */
static bool lookup_padded(size_t pad, const char *form, engine_suppress_hit *h) {
  char text[160];
  int n = snprintf(text, sizeof text, "a:\n%*s%s", (int)pad, "", form);
  return engine_suppress_lookup(text, (size_t)n, false, NULL, 2, &rule, 2, h);
}

static void test_marker_at_every_offset(void **state) {
  (void)state;
  static const char *const forms[] = {"# vigil:ignore AWS_ECR_IMMUTABLE_TAGS r",
                                      "# checkov:skip=CKV_AWS_51:r"};
  static const char *const misses[] = {"# vigil: ignore AWS_ECR_IMMUTABLE_TAGS",
                                       "# vigilignore AWS_ECR_IMMUTABLE_TAGS",
                                       "# checkov:skip CKV_AWS_51"};
  engine_suppress_hit h;
  for (size_t pad = 0; pad < 40; pad++) {
    for (size_t f = 0; f < 2; f++) {
      assert_true(lookup_padded(pad, forms[f], &h));
      assert_int_equal(h.line, 2);
      assert_int_equal(h.col, pad + 3); /* the directive, after "# " */
    }
    for (size_t m = 0; m < 3; m++)
      assert_false(lookup_padded(pad, misses[m], &h));
  }
}

static void test_rule_matches(void **state) {
  (void)state;
  assert_true(engine_suppress_rule_matches(&rule, "AWS_ECR_IMMUTABLE_TAGS", 22));
  assert_true(engine_suppress_rule_matches(&rule, "CKV_AWS_51", 10));
  assert_true(engine_suppress_rule_matches(&rule, "33f41d31", 8));
  assert_false(engine_suppress_rule_matches(&rule, "CKV_AWS_5", 9));
  assert_false(engine_suppress_rule_matches(&rule, "KICS", 4));
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_yaml_resource_line),
      cmocka_unit_test(test_yaml_comment_above_attribute_and_ref),
      cmocka_unit_test(test_quoted_hash_is_not_a_comment),
      cmocka_unit_test(test_yaml_directive_inside_block),
      cmocka_unit_test(test_hcl_directive_inside_block),
      cmocka_unit_test(test_hcl),
      cmocka_unit_test(test_other_rule_and_no_reason),
      cmocka_unit_test(test_metadata),
      cmocka_unit_test(test_marker_at_every_offset),
      cmocka_unit_test(test_rule_matches),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
