/* test_cfn.c — the CloudFormation view: detection, resource naming and
 * location, intrinsic functions (short and long forms), unknown reasons. */
#include "test_iac_util.h"

static const char *TEMPLATE = "AWSTemplateFormatVersion: \"2010-09-09\"\n" /* 1 */
                              "Parameters:\n"                              /* 2 */
                              "  Mut: {Type: String, Default: MUTABLE}\n"  /* 3 */
                              "  Env: {Type: String}\n"                    /* 4 */
                              "  Nets: {Type: CommaDelimitedList, Default: \"a, b\"}\n"
                              "Mappings:\n"                          /* 6 */
                              "  M: {us: {x: IMMUTABLE}}\n"          /* 7 */
                              "Conditions:\n"                        /* 8 */
                              "  IsProd: !Equals [!Ref Env, prod]\n" /* 9 */
                              "Resources:\n"                         /* 10 */
                              "  Repo:\n"                            /* 11 */
                              "    Type: AWS::ECR::Repository\n"     /* 12 */
                              "    Metadata:\n"                      /* 13 */
                              "      note: !Ref Env\n"               /* 14 */
                              "    Properties:\n"                    /* 15 */
                              "      ImageTagMutability: !Ref Mut\n" /* 16 */
                              "      A: !Ref Env\n"                  /* 17 */
                              "      B: !GetAtt Other.Arn\n"         /* 18 */
                              "      C: !Sub \"arn:${AWS::Partition}:${Other}/${Mut}\"\n"
                              "      D: !Sub \"x-${Mut}-${!Lit}\"\n"       /* 20 */
                              "      E: !Join [\"-\", [a, !Ref Mut, 3]]\n" /* 21 */
                              "      F: !Select [1, !Ref Nets]\n"          /* 22 */
                              "      G: !FindInMap [M, us, x]\n"           /* 23 */
                              "      H: !If [IsProd, a, b]\n"              /* 24 */
                              "      I: !Ref AWS::NoValue\n"               /* 25 */
                              "      J: {\"Fn::GetAtt\": [\"Other\", \"Arn\"]}\n"
                              "      K: !Sub [\"${A}-b\", {A: !Ref Mut}]\n"     /* 27 */
                              "      L: [!Ref AWS::NoValue, 1]\n"               /* 28 */
                              "      M: !Split [\",\", \"a,b\"]\n"              /* 29 */
                              "      N: !Ref Nope\n"                            /* 30 */
                              "      O: !Ref AWS::Region\n"                     /* 31 */
                              "      P: !ImportValue Shared\n"                  /* 32 */
                              "      Q: !Sub \"${AWS::Region}-${Other.Arn}\"\n" /* 33 */
                              "      R: {\"Fn::Join\": [\",\", {\"Ref\": \"Nets\"}]}\n"
                              "  Other:\n" /* 35 */
                              "    Type: AWS::S3::Bucket\n";

static void resources_named_and_located(void **state) {
  (void)state;
  iac_unit *u = load("t.yaml", TEMPLATE);
  assert_false(u->failed);
  assert_int_equal(u->n_errors, 0);
  assert_int_equal(u->format, IAC_FMT_CLOUDFORMATION);
  assert_int_equal(u->n_resources, 2);
  const iac_resource *r = &u->resources[0];
  assert_string_equal(r->name, "AWS::ECR::Repository.Repo");
  assert_string_equal(r->type, "AWS::ECR::Repository");
  assert_string_equal(r->kind, "resource");
  assert_string_equal(r->file, "t.yaml");
  assert_int_equal(r->format, IAC_FMT_CLOUDFORMATION);
  assert_int_equal(r->line, 11);
  assert_int_equal(r->col, 3);
  assert_string_equal(u->resources[1].name, "AWS::S3::Bucket.Other");
  assert_int_equal(u->resources[1].line, 35);
  iac_unit_free(u);
}

static void intrinsics(void **state) {
  (void)state;
  iac_unit *u = load("t.yaml", TEMPLATE);
  const doc_node *p = at_path(find_res(u, "AWS::ECR::Repository.Repo")->body, "Properties");
  const doc_node *m = at_path(p, "ImageTagMutability");
  assert_str_node(m, "MUTABLE");
  assert_loc(m, 16, 27); /* the default, located at the Ref */
  assert_int_equal(iac_map_entry(p, "ImageTagMutability")->line, 16);
  assert_unknown_node(at_path(p, "A"), "parameter Env has no Default");
  assert_loc(at_path(p, "A"), 17, 10);
  assert_unknown_node(at_path(p, "B"), "ref:AWS::S3::Bucket.Other.Arn");
  assert_unknown_node(at_path(p, "C"), "ref:AWS::S3::Bucket.Other");
  assert_str_node(at_path(p, "D"), "x-MUTABLE-${Lit}");
  assert_str_node(at_path(p, "E"), "a-MUTABLE-3");
  assert_str_node(at_path(p, "F"), "b");
  assert_str_node(at_path(p, "G"), "IMMUTABLE");
  assert_unknown_node(at_path(p, "H"), "Fn::If depends on condition IsProd");
  assert_null(at_path(p, "I")); /* AWS::NoValue removes the property */
  assert_unknown_node(at_path(p, "J"), "ref:AWS::S3::Bucket.Other.Arn");
  assert_str_node(at_path(p, "K"), "MUTABLE-b");
  assert_int_equal(at_path(p, "L")->len, 1);
  assert_str_node(at_path(p, "M[1]"), "b");
  assert_unknown_node(at_path(p, "N"), "Ref to undefined name Nope");
  assert_unknown_node(at_path(p, "O"), "pseudo parameter AWS::Region");
  assert_unknown_node(at_path(p, "P"), "Fn::ImportValue: exported by another stack");
  assert_unknown_node(at_path(p, "Q"), "ref:AWS::S3::Bucket.Other.Arn");
  assert_str_node(at_path(p, "R"), "a,b");
  iac_unit_free(u);
}

static void metadata_kept_as_written(void **state) {
  (void)state;
  iac_unit *u = load("t.yaml", TEMPLATE);
  const doc_node *note = at_path(u->resources[0].body, "Metadata.note");
  assert_int_equal(note->kind, DOC_MAP);
  assert_true(note->flags & DOC_F_INTRINSIC);
  assert_str_node(at_path(note, "Ref"), "Env");
  iac_unit_free(u);
}

static void json_template(void **state) {
  (void)state;
  iac_unit *u = load("t.json", "{\n"
                               "  \"Parameters\": {\"P\": {\"Type\": \"String\"}},\n"
                               "  \"Resources\": {\n"
                               "    \"Repo\": {\n"
                               "      \"Type\": \"AWS::ECR::Repository\",\n"
                               "      \"Properties\": {\n"
                               "        \"ImageTagMutability\": {\"Ref\": \"P\"}\n"
                               "      }\n"
                               "    }\n"
                               "  }\n"
                               "}\n");
  assert_false(u->failed);
  assert_int_equal(u->n_resources, 1);
  assert_int_equal(u->resources[0].line, 4);
  assert_int_equal(u->resources[0].col, 5);
  const doc_entry *e =
      iac_map_entry(at_path(u->resources[0].body, "Properties"), "ImageTagMutability");
  assert_int_equal(e->line, 7);
  assert_int_equal(e->col, 9);
  assert_unknown_node(e->val, "parameter P has no Default");
  assert_loc(e->val, 7, 31);
  iac_unit_free(u);
}

static void detection(void **state) {
  (void)state;
  struct {
    const char *name, *text;
    iac_format want;
  } cases[] = {
      {"a.yaml", "AWSTemplateFormatVersion: 2010-09-09\n", IAC_FMT_CLOUDFORMATION},
      {"a.yaml", "Resources:\n  R:\n    Type: AWS::SNS::Topic\n", IAC_FMT_CLOUDFORMATION},
      {"a.template", "{\"Resources\": {\"R\": {\"Type\": \"AWS::SNS::Topic\"}}}",
       IAC_FMT_CLOUDFORMATION},
      /* a Rain module (map Type) beside real resources: still a template */
      {"a.yaml",
       "Resources:\n  M:\n    Type: {Rain::Module: x.yml}\n  Q:\n    Type: AWS::SQS::Queue\n",
       IAC_FMT_CLOUDFORMATION},
      /* negatives: a Resources map without Type, random YAML/JSON, a list */
      {"a.yaml", "Resources:\n  R:\n    Kind: x\n", IAC_FMT_NONE},
      {"a.yaml", "Resources: [a, b]\n", IAC_FMT_NONE},
      {"a.yaml", "Resources: {}\n", IAC_FMT_NONE},
      {"a.yaml", "name: app\nversion: 1\n", IAC_FMT_NONE},
      {"a.json", "{\"Type\": \"AWS::ECR::Repository\"}", IAC_FMT_NONE},
      {"a.yaml", "- Resources:\n    R: {Type: x}\n", IAC_FMT_NONE},
      {"a.yaml", "", IAC_FMT_NONE},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    iac_unit *u = load(cases[i].name, cases[i].text);
    assert_false(u->failed);
    assert_int_equal(u->format, cases[i].want);
    if (cases[i].want == IAC_FMT_NONE) assert_int_equal(u->n_resources, 0);
    iac_unit_free(u);
  }
}

static void multi_document_templates(void **state) {
  (void)state;
  iac_unit *u = load("m.yaml", "Resources:\n  A: {Type: AWS::SNS::Topic}\n---\n"
                               "Resources:\n  B: {Type: AWS::SQS::Queue}\n");
  assert_int_equal(u->n_resources, 2);
  assert_string_equal(u->resources[1].name, "AWS::SQS::Queue.B");
  assert_int_equal(u->resources[1].line, 5);
  iac_unit_free(u);
}

static void resource_without_type_warns(void **state) {
  (void)state;
  iac_unit *u = load("t.yaml", "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n"
                               "  A: {Type: AWS::SNS::Topic}\n  B: {Properties: {}}\n");
  assert_false(u->failed);
  assert_int_equal(u->n_resources, 1);
  assert_error(u, 0, 4, 3, "resource B has no Type");
  assert_int_equal(u->errors[0].severity, IAC_SEV_WARNING); /* reported as a warning, the file still scanned */
  iac_unit_free(u);
}

static void malformed_intrinsics_are_unknown(void **state) {
  (void)state;
  iac_unit *u = load("t.yaml", "Resources:\n  R:\n    Type: X\n    Properties:\n"
                               "      A: !GetAtt NoDot\n      B: !Select [5, [a]]\n"
                               "      C: !Join [\",\"]\n      D: !FindInMap [Nope, a, b]\n"
                               "      E: {\"Fn::Unheard\": 1}\n      F: !Ref [1]\n");
  const doc_node *p = at_path(u->resources[0].body, "Properties");
  assert_unknown_node(at_path(p, "A"), "malformed Fn::GetAtt");
  assert_unknown_node(at_path(p, "B"), "Fn::Select index 5 out of range");
  assert_unknown_node(at_path(p, "C"), "malformed Fn::Join");
  assert_unknown_node(at_path(p, "D"), "Fn::FindInMap: no mapping Nope");
  assert_unknown_node(at_path(p, "E"), "Fn::Unheard is evaluated at deploy time");
  assert_unknown_node(at_path(p, "F"), "malformed Ref");
  iac_unit_free(u);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(resources_named_and_located),
      cmocka_unit_test(intrinsics),
      cmocka_unit_test(metadata_kept_as_written),
      cmocka_unit_test(json_template),
      cmocka_unit_test(detection),
      cmocka_unit_test(multi_document_templates),
      cmocka_unit_test(resource_without_type_warns),
      cmocka_unit_test(malformed_intrinsics_are_unknown),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
