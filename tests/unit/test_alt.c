/* test_alt.c — alternatives (doc.h DOC_F_ALT): what the CloudFormation and
 * Terraform evaluators produce for values that are one of a known set. The
 * VM's evaluation over their combinations is covered by tests/golden/whatif_*. */
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "test_iac_util.h"
#include "terraform.h"

static void assert_alt(const doc_node *n, const char *why, const char *choice, uint32_t nb) {
  assert_unknown_node(n, why);
  const doc_alt *a = iac_doc_alt_of(n);
  assert_non_null(a);
  assert_string_equal(a->choice, choice);
  assert_int_equal(a->n, nb);
}

static const char *CFN = "Parameters:\n"                                                 /* 1 */
                         "  Mode: {Type: String, AllowedValues: [IMMUTABLE, MUTABLE]}\n" /* 2 */
                         "  One: {Type: String, AllowedValues: [IMMUTABLE]}\n"           /* 3 */
                         "  Nets: {Type: CommaDelimitedList, AllowedValues: [a, b]}\n"   /* 4 */
                         "  Free: {Type: String}\n"                                      /* 5 */
                         "Resources:\n"                                                  /* 6 */
                         "  R:\n"                                                        /* 7 */
                         "    Type: Test::R\n"                                           /* 8 */
                         "    Properties:\n"                                             /* 9 */
                         "      A: !If [IsProd, x, !Ref AWS::NoValue]\n"                 /* 10 */
                         "      B: !Ref Mode\n"                                          /* 11 */
                         "      C: !Ref One\n"                                           /* 12 */
                         "      D: !Ref Nets\n"                                          /* 13 */
                         "      E: [!If [IsProd, 1, !Ref AWS::NoValue], !If [IsProd, 1, 2]]\n"
                         "      F: !Sub \"${Mode}-x\"\n"                /* 15 */
                         "      G: !If [IsProd, !If [IsEu, a, b], c]\n" /* 16 */
                         "      H: !If [IsProd, !Ref AWS::NoValue, !Ref AWS::NoValue]\n";

static void cfn_alternatives(void **state) {
  (void)state;
  iac_unit *u = load("t.yaml", CFN);
  assert_int_equal(u->n_errors, 0);
  const doc_node *p = at_path(find_res(u, "Test::R.R")->body, "Properties");

  const doc_node *a = at_path(p, "A");
  assert_alt(a, "Fn::If depends on condition IsProd", "condition IsProd", 2);
  assert_loc(a, 10, 10);
  const doc_alt *alt = iac_doc_alt_of(a);
  assert_str_node(alt->branches[0], "x");
  assert_null(alt->branches[1]); /* AWS::NoValue: absent */
  assert_string_equal(alt->phrases[0], "condition IsProd is true");
  assert_string_equal(alt->phrases[1], "condition IsProd is false");

  const doc_node *b = at_path(p, "B");
  assert_alt(b, "parameter Mode has no Default", "parameter Mode", 2);
  alt = iac_doc_alt_of(b);
  assert_str_node(alt->branches[1], "MUTABLE");
  assert_loc(alt->branches[1], 11, 10); /* located at the Ref */
  assert_string_equal(alt->phrases[1], "parameter Mode = MUTABLE");

  assert_str_node(at_path(p, "C"), "IMMUTABLE"); /* the only value allowed */
  assert_loc(at_path(p, "C"), 12, 10);
  /* a list parameter's AllowedValues constrain each item: still unknown */
  assert_unknown_node(at_path(p, "D"), "parameter Nets has no Default");
  assert_null(iac_doc_alt_of(at_path(p, "D")));

  /* a list item with an AWS::NoValue branch stays a plain unknown */
  const doc_node *e = at_path(p, "E");
  assert_int_equal(e->len, 2);
  assert_unknown_node(e->u.items[0], "Fn::If depends on condition IsProd");
  assert_null(iac_doc_alt_of(e->u.items[0]));
  assert_alt(e->u.items[1], "Fn::If depends on condition IsProd", "condition IsProd", 2);

  /* inside Fn::Sub the value is made from it: plain unknown, same reason */
  assert_unknown_node(at_path(p, "F"), "parameter Mode has no Default");
  assert_false(at_path(p, "F")->flags & DOC_F_ALT);

  alt = iac_doc_alt_of(at_path(p, "G")); /* nested */
  assert_alt(alt->branches[0], "Fn::If depends on condition IsEu", "condition IsEu", 2);
  assert_str_node(alt->branches[1], "c");

  assert_null(at_path(p, "H")); /* absent either way */
  iac_unit_free(u);
}

static void plain_copy(void **state) {
  (void)state;
  base_arena a;
  base_arena_init(&a);
  doc_node *br[2] = {iac_doc_bool(&a, true, 1, 1), iac_doc_bool(&a, false, 1, 1)};
  const char *ph[2] = {"var.x = true", "var.x = false"};
  doc_node *n = iac_doc_alt(&a, "var.x has no value", "var.x", 2, br, ph, 3, 4);
  assert_alt(n, "var.x has no value", "var.x", 2);
  assert_int_equal(n->len, strlen("var.x has no value"));
  doc_node copy = *n; /* copies keep the alternative (relocation) */
  assert_ptr_equal(iac_doc_alt_of(&copy), iac_doc_alt_of(n));
  doc_node *p = iac_doc_alt_plain(&a, n);
  assert_unknown_node(p, "var.x has no value");
  assert_null(iac_doc_alt_of(p));
  assert_loc(p, 3, 4);
  assert_null(iac_doc_alt_of(iac_doc_unknown(&a, "x", 1, 1)));
  assert_null(iac_doc_alt_of(NULL));
  base_arena_free(&a);
}

static const char *TF =
    "variable \"prod\" {}\n"                                                    /* 1 */
    "variable \"flag\" { type = bool }\n"                                       /* 2 */
    "variable \"mode\" {\n"                                                     /* 3 */
    "  validation {\n"                                                          /* 4 */
    "    condition = contains([\"A\", \"B\", \"A\"], var.mode)\n"               /* 5 */
    "    error_message = \"x\"\n"                                               /* 6 */
    "  }\n"                                                                     /* 7 */
    "}\n"                                                                       /* 8 */
    "variable \"eq\" {\n"                                                       /* 9 */
    "  validation {\n"                                                          /* 10 */
    "    condition = (\"x\" == var.eq) || var.eq == \"y\" || var.eq == \"z\"\n" /* 11 */
    "    error_message = \"x\"\n"                                               /* 12 */
    "  }\n"                                                                     /* 13 */
    "}\n"                                                                       /* 14 */
    "variable \"one\" {\n"                                                      /* 15 */
    "  validation {\n"                                                          /* 16 */
    "    condition = var.one == \"only\"\n"                                     /* 17 */
    "    error_message = \"x\"\n"                                               /* 18 */
    "  }\n"                                                                     /* 19 */
    "}\n"                                                                       /* 20 */
    "variable \"len\" {\n"                                                      /* 21 */
    "  validation {\n"                                                          /* 22 */
    "    condition = length(var.len) > 3\n"                                     /* 23 */
    "    error_message = \"x\"\n"                                               /* 24 */
    "  }\n"                                                                     /* 25 */
    "}\n"                                                                       /* 26 */
    "resource \"t\" \"r\" {\n"                                                  /* 27 */
    "  a = var.prod ? \"x\" : \"y\"\n"                                          /* 28 */
    "  b = var.flag\n"                                                          /* 29 */
    "  c = var.mode\n"                                                          /* 30 */
    "  d = var.eq\n"                                                            /* 31 */
    "  e = var.one\n"                                                           /* 32 */
    "  f = var.len\n"                                                           /* 33 */
    "  g = var.flag ? 1 : 2\n"                                                  /* 34 */
    "  h = var.mode != \"A\"\n"                                                 /* 35 */
    "  i = \"${var.mode}-x\"\n"                                                 /* 36 */
    "  j = !var.flag\n"                                                         /* 37 */
    "  k = length(var.prod) > 1 ? 1 : 2\n"                                      /* 38 */
    "}\n";

static void tf_alternatives(void **state) {
  (void)state;
  char dir[] = "/tmp/vigil-alt-XXXXXX", path[64];
  assert_non_null(mkdtemp(dir));
  snprintf(path, sizeof path, "%s/main.tf", dir);
  FILE *f = fopen(path, "w");
  assert_non_null(f);
  fputs(TF, f);
  fclose(f);
  const char *files[] = {path};
  iac_unit *u = iac_tf_load_module(dir, files, 1, NULL);
  unlink(path);
  rmdir(dir);
  assert_int_equal(u->n_errors, 0);
  const doc_node *r = find_res(u, "t.r")->body;

  const doc_node *a = at_path(r, "a");
  assert_alt(a, "var.prod has no value", "var.prod", 2);
  const doc_alt *alt = iac_doc_alt_of(a);
  assert_str_node(alt->branches[0], "x");
  assert_str_node(alt->branches[1], "y");
  assert_string_equal(alt->phrases[1], "var.prod = false");

  alt = iac_doc_alt_of(at_path(r, "b"));
  assert_alt(at_path(r, "b"), "var.flag has no value", "var.flag", 2);
  assert_true(alt->branches[0]->kind == DOC_BOOL && alt->branches[0]->u.b);
  assert_string_equal(alt->phrases[0], "var.flag = true");

  assert_alt(at_path(r, "c"), "var.mode has no value", "var.mode", 2); /* A, B: deduplicated */
  alt = iac_doc_alt_of(at_path(r, "d"));
  assert_alt(at_path(r, "d"), "var.eq has no value", "var.eq", 3);
  assert_string_equal(alt->phrases[2], "var.eq = z");
  assert_str_node(at_path(r, "e"), "only");
  assert_unknown_node(at_path(r, "f"), "var.len has no value");
  assert_null(iac_doc_alt_of(at_path(r, "f")));

  /* a conditional on a bool variable takes the variable's choice */
  alt = iac_doc_alt_of(at_path(r, "g"));
  assert_alt(at_path(r, "g"), "var.flag has no value", "var.flag", 2);
  assert_true(alt->branches[0]->kind == DOC_NUMBER && alt->branches[0]->u.num == 1);
  alt = iac_doc_alt_of(at_path(r, "h"));
  assert_alt(at_path(r, "h"), "var.mode has no value", "var.mode", 2);
  assert_false(alt->branches[0]->u.b); /* "A" != "A" */
  assert_true(alt->branches[1]->u.b);

  /* made from an alternative: plain unknowns */
  assert_unknown_node(at_path(r, "i"), "var.mode has no value");
  assert_false(at_path(r, "i")->flags & DOC_F_ALT);
  assert_unknown_node(at_path(r, "j"), "var.flag has no value");
  assert_false(at_path(r, "j")->flags & DOC_F_ALT);

  /* a condition named as written */
  assert_alt(at_path(r, "k"), "var.prod has no value", "length(var.prod) > 1", 2);
  iac_unit_free(u);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(cfn_alternatives),
      cmocka_unit_test(plain_copy),
      cmocka_unit_test(tf_alternatives),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
