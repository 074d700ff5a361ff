/* test_report_ci.c — SARIF, JUnit and GitHub reporters and fingerprints, on
 * hand-built reports (no scan engine involved). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <cjson/cJSON.h>

#include "fingerprint.h"
#include "report.h"

static const char *refs0[] = {"CKV_AWS_51", "SecurityHub:ECR.2"};
static vm_selector sels[] = {
    {.rule = 0, .format = IAC_FMT_CLOUDFORMATION, .kind = "resource"},
    {.rule = 0, .format = IAC_FMT_TERRAFORM, .kind = "resource"},
    {.rule = 1, .format = IAC_FMT_POLICY, .kind = "statement"},
};
static vm_rule rules[] = {
    {.id = "AWS_ECR_IMMUTABLE_TAGS",
     .module = "aws.ecr",
     .title = "ECR tags must be immutable",
     .fix = "Set ImageTagMutability: IMMUTABLE",
     .docs = "docs/rules.md#ecr",
     .refs = refs0,
     .n_refs = 2,
     .severity = VM_SEV_HIGH,
     .first_sel = 0,
     .n_sels = 2},
    {.id = "ORG_NO_ECR_STAR",
     .module = "org",
     .title = "No ecr:* on *",
     .fix = "",
     .docs = "",
     .refs = NULL,
     .n_refs = 0,
     .severity = VM_SEV_MEDIUM,
     .first_sel = 2,
     .n_sels = 1},
};
static vm_pack pack = {
    .digest = "sha256:abc", .rules = rules, .n_rules = 2, .sels = sels, .n_sels = 3};

static engine_result results[] = {
    {.rule = 0,
     .status = VM_FAIL,
     .severity = VM_SEV_HIGH,
     .file = "a/t.yaml",
     .line = 7,
     .col = 7,
     .resource = "AWS::ECR::Repository.Repo",
     .format = "cloudformation",
     .message = "tags are MUTABLE, line 7 says so"},
    {.rule = 0,
     .status = VM_PASS,
     .severity = VM_SEV_HIGH,
     .file = "a/t.yaml",
     .line = 12,
     .col = 3,
     .resource = "AWS::ECR::Repository.Good",
     .format = "cloudformation",
     .message = ""},
    {.rule = 0,
     .status = VM_SUPPRESSED,
     .severity = VM_SEV_HIGH,
     .file = "a/t.yaml",
     .line = 20,
     .col = 5,
     .resource = "AWS::ECR::Repository.Old",
     .format = "cloudformation",
     .message = "tags are MUTABLE",
     .suppression = "legacy <until> Q3",
     .suppression_kind = "inline"},
    {.rule = 1,
     .status = VM_UNKNOWN,
     .severity = VM_SEV_MEDIUM,
     .file = "p,1.json",
     .line = 3,
     .col = 9,
     .resource = "Statement[0]",
     .format = "policy",
     .message = "Resource depends on a parameter: 50%\nnext"},
    {.rule = 1,
     .status = VM_FAIL,
     .severity = VM_SEV_MEDIUM,
     .file = "p,1.json",
     .line = 9,
     .col = 9,
     .resource = "Statement[1]",
     .format = "policy",
     .message = "grants \"ecr:*\" & more"},
};
static engine_file_error errors[] = {
    {.file = "bad.yaml", .line = 2, .col = 4, .message = "mapping values are not allowed here"}};
static engine_warning warnings[] = {
    {.file = "a/t.yaml", .line = 19, .col = 9, .message = "suppression for X matches nothing"}};

static void make_report(engine_report *r) {
  memset(r, 0, sizeof *r);
  base_arena_init(&r->arena);
  r->pack = &pack;
  r->root = ".";
  r->results = results;
  r->n_results = sizeof results / sizeof *results;
  r->errors = errors;
  r->n_errors = 1;
  r->warnings = warnings;
  r->n_warnings = 1;
}

typedef int (*reporter)(const engine_report *, FILE *, const engine_report_options *);

static char *render(reporter fn, const engine_report *r) {
  char *buf = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&buf, &len);
  engine_report_options o = {.version = "0.1.0"};
  assert_int_equal(fn(r, f, &o), 0);
  fclose(f);
  return buf;
}

static const char *jstr(const cJSON *o, const char *path) {
  /* dotted path with numeric components for arrays */
  char buf[256];
  snprintf(buf, sizeof buf, "%s", path);
  const cJSON *cur = o;
  for (char *tok = strtok(buf, "."); tok && cur; tok = strtok(NULL, ".")) {
    if (tok[0] >= '0' && tok[0] <= '9')
      cur = cJSON_GetArrayItem(cur, atoi(tok));
    else
      cur = cJSON_GetObjectItemCaseSensitive(cur, tok);
  }
  if (!cur) return NULL;
  if (cJSON_IsString(cur)) return cur->valuestring;
  static char num[64];
  if (cJSON_IsNumber(cur)) {
    snprintf(num, sizeof num, "%g", cur->valuedouble);
    return num;
  }
  if (cJSON_IsBool(cur)) return cJSON_IsTrue(cur) ? "true" : "false";
  return "<obj>";
}

static void test_sarif(void **state) {
  (void)state;
  engine_report r;
  make_report(&r);
  char *out = render(engine_report_sarif, &r);
  cJSON *j = cJSON_Parse(out);
  assert_non_null(j);
  assert_string_equal(jstr(j, "$schema"), "https://json.schemastore.org/sarif-2.1.0.json");
  assert_string_equal(jstr(j, "version"), "2.1.0");
  assert_string_equal(jstr(j, "runs.0.tool.driver.name"), "vigil");
  assert_string_equal(jstr(j, "runs.0.tool.driver.version"), "0.1.0");
  assert_string_equal(jstr(j, "runs.0.tool.driver.informationUri"),
                      "file:///usr/local/share/doc/vigil/cli.md");
  /* rules: all of the pack, in order */
  const char *r0 = "runs.0.tool.driver.rules.0.";
  char k[200];
#define R0(x) (snprintf(k, sizeof k, "%s%s", r0, x), jstr(j, k))
  assert_string_equal(R0("id"), "AWS_ECR_IMMUTABLE_TAGS");
  assert_string_equal(R0("name"), "AwsEcrImmutableTags"); /* not the id (SARIF1001) */
  assert_string_equal(R0("shortDescription.text"), "ECR tags must be immutable");
  assert_string_equal(R0("fullDescription.text"),
                      "ECR tags must be immutable. Fix: Set ImageTagMutability: IMMUTABLE");
  assert_string_equal(
      R0("help.text"),
      "ECR tags must be immutable\nSeverity: high\nFix: Set ImageTagMutability: "
      "IMMUTABLE\nReferences: CKV_AWS_51, SecurityHub:ECR.2\nDocs: "
      "file:///usr/local/share/doc/vigil/rules.md#ecr");
  assert_string_equal(R0("help.markdown"),
                      "**ECR tags must be immutable**\n\nSeverity: **high**\n\n**Fix:** Set "
                      "ImageTagMutability: IMMUTABLE\n\nReferences: CKV_AWS_51, "
                      "SecurityHub:ECR.2\n\n[Documentation]("
                      "file:///usr/local/share/doc/vigil/rules.md#ecr)");
  /* absolute, as sarif-multitool requires: the default docs base + the path less "docs/" */
  assert_string_equal(R0("helpUri"), "file:///usr/local/share/doc/vigil/rules.md#ecr");
  assert_string_equal(R0("properties.security-severity"), "8.0");
  assert_string_equal(R0("properties.tags.0"), "security");
  assert_string_equal(R0("properties.tags.1"), "cloudformation");
  assert_string_equal(R0("properties.tags.2"), "terraform");
  assert_string_equal(R0("properties.tags.3"), "CKV_AWS_51");
  assert_string_equal(R0("properties.tags.4"), "SecurityHub:ECR.2");
  assert_null(R0("properties.tags.5"));
  assert_string_equal(jstr(j, "runs.0.tool.driver.rules.1.properties.security-severity"), "5.5");
  assert_null(jstr(j, "runs.0.tool.driver.rules.1.helpUri"));
  assert_null(jstr(j, "runs.0.tool.driver.rules.2"));

  /* results: fail, suppressed, unknown, fail — never the pass */
  assert_int_equal(cJSON_GetArraySize(cJSON_GetObjectItem(
                       cJSON_GetArrayItem(cJSON_GetObjectItem(j, "runs"), 0), "results")),
                   4);
  assert_string_equal(jstr(j, "runs.0.results.0.ruleId"), "AWS_ECR_IMMUTABLE_TAGS");
  assert_string_equal(jstr(j, "runs.0.results.0.ruleIndex"), "0");
  assert_string_equal(jstr(j, "runs.0.results.0.level"), "error");
  assert_string_equal(jstr(j, "runs.0.results.0.message.text"), "tags are MUTABLE, line 7 says so");
  assert_string_equal(jstr(j, "runs.0.results.0.locations.0.physicalLocation.artifactLocation.uri"),
                      "a/t.yaml");
  assert_string_equal(
      jstr(j, "runs.0.results.0.locations.0.physicalLocation.artifactLocation.uriBaseId"),
      "%SRCROOT%");
  assert_string_equal(jstr(j, "runs.0.results.0.locations.0.physicalLocation.region.startLine"),
                      "7");
  assert_string_equal(jstr(j, "runs.0.results.0.locations.0.physicalLocation.region.startColumn"),
                      "7");
  char fp[ENGINE_FINGERPRINT_LEN + 1];
  engine_fingerprint("AWS_ECR_IMMUTABLE_TAGS", "a/t.yaml", "AWS::ECR::Repository.Repo",
                  "tags are MUTABLE, line 7 says so", fp);
  assert_string_equal(jstr(j, "runs.0.results.0.partialFingerprints.vigil/v1"), fp);
  assert_null(jstr(j, "runs.0.results.0.suppressions"));
  assert_string_equal(jstr(j, "runs.0.results.1.suppressions.0.kind"), "inSource");
  assert_string_equal(jstr(j, "runs.0.results.1.suppressions.0.justification"),
                      "legacy <until> Q3");
  assert_string_equal(jstr(j, "runs.0.results.1.properties.status"), "suppressed");
  assert_string_equal(jstr(j, "runs.0.results.2.level"), "note");
  assert_string_equal(jstr(j, "runs.0.results.2.ruleIndex"), "1");
  assert_string_equal(jstr(j, "runs.0.results.2.message.text"),
                      "Resource depends on a parameter: 50%\nnext");
  assert_string_equal(jstr(j, "runs.0.results.3.level"), "warning");
  /* invocation: parse error then warning */
  assert_string_equal(jstr(j, "runs.0.invocations.0.executionSuccessful"), "true");
  const char *n0 = "runs.0.invocations.0.toolExecutionNotifications.0.";
#define N0(x) (snprintf(k, sizeof k, "%s%s", n0, x), jstr(j, k))
  assert_string_equal(N0("level"), "error");
  assert_string_equal(N0("message.text"), "mapping values are not allowed here");
  assert_string_equal(N0("descriptor.id"), "parse-error");
  assert_string_equal(N0("locations.0.physicalLocation.artifactLocation.uri"), "bad.yaml");
  assert_string_equal(N0("locations.0.physicalLocation.region.startLine"), "2");
  assert_string_equal(N0("locations.0.physicalLocation.region.startColumn"), "4");
  assert_string_equal(jstr(j, "runs.0.invocations.0.toolExecutionNotifications.1.level"),
                      "warning");
  cJSON_Delete(j);
  free(out);
  base_arena_free(&r.arena);
}

static void test_sarif_external_and_utf8(void **state) {
  (void)state;
  engine_result one[] = {{.rule = 0,
                       .status = VM_SUPPRESSED,
                       .severity = VM_SEV_CRITICAL,
                       .file = "x.yaml",
                       .line = 1,
                       .col = 1,
                       .resource = "R",
                       .message = "bad \xff byte",
                       .suppression = "in baseline b.json",
                       .suppression_kind = "baseline"}};
  engine_report r;
  make_report(&r);
  r.results = one;
  r.n_results = 1;
  r.n_errors = r.n_warnings = 0;
  char *out = render(engine_report_sarif, &r);
  cJSON *j = cJSON_Parse(out);
  assert_non_null(j);
  assert_string_equal(jstr(j, "runs.0.results.0.suppressions.0.kind"), "external");
  assert_string_equal(jstr(j, "runs.0.results.0.message.text"), "bad \xEF\xBF\xBD byte");
  assert_string_equal(jstr(j, "runs.0.tool.driver.rules.0.properties.security-severity"), "9.5");
  cJSON_Delete(j);
  free(out);
  base_arena_free(&r.arena);
}

static void test_junit(void **state) {
  (void)state;
  engine_report r;
  make_report(&r);
  char *out = render(engine_report_junit, &r);
  assert_string_equal(
      out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<testsuites name=\"vigil\" tests=\"6\" failures=\"2\" errors=\"1\" skipped=\"2\">\n"
           "  <testsuite name=\"AWS_ECR_IMMUTABLE_TAGS\" tests=\"3\" failures=\"1\" errors=\"0\" "
           "skipped=\"1\">\n"
           "    <testcase classname=\"AWS_ECR_IMMUTABLE_TAGS\" name=\"a/t.yaml "
           "AWS::ECR::Repository.Good\" file=\"a/t.yaml\"/>\n"
           "    <testcase classname=\"AWS_ECR_IMMUTABLE_TAGS\" name=\"a/t.yaml "
           "AWS::ECR::Repository.Old\" file=\"a/t.yaml\">\n"
           "      <skipped message=\"suppressed (inline): legacy &lt;until&gt; Q3\"/>\n"
           "    </testcase>\n"
           "    <testcase classname=\"AWS_ECR_IMMUTABLE_TAGS\" name=\"a/t.yaml "
           "AWS::ECR::Repository.Repo\" file=\"a/t.yaml\">\n"
           "      <failure message=\"tags are MUTABLE, line 7 says so\" "
           "type=\"high\">a/t.yaml:7:7: tags are MUTABLE, line 7 says so\n"
           "resource: AWS::ECR::Repository.Repo\n"
           "refs: CKV_AWS_51, SecurityHub:ECR.2\n"
           "fix: Set ImageTagMutability: IMMUTABLE</failure>\n"
           "    </testcase>\n"
           "  </testsuite>\n"
           "  <testsuite name=\"ORG_NO_ECR_STAR\" tests=\"2\" failures=\"1\" errors=\"0\" "
           "skipped=\"1\">\n"
           "    <testcase classname=\"ORG_NO_ECR_STAR\" name=\"p,1.json Statement[0]\" "
           "file=\"p,1.json\">\n"
           "      <skipped message=\"unknown: Resource depends on a parameter: 50%&#10;next\"/>\n"
           "    </testcase>\n"
           "    <testcase classname=\"ORG_NO_ECR_STAR\" name=\"p,1.json Statement[1]\" "
           "file=\"p,1.json\">\n"
           "      <failure message=\"grants &quot;ecr:*&quot; &amp; more\" "
           "type=\"medium\">p,1.json:9:9: grants \"ecr:*\" &amp; more\n"
           "resource: Statement[1]</failure>\n"
           "    </testcase>\n"
           "  </testsuite>\n"
           "  <testsuite name=\"vigil.parse-errors\" tests=\"1\" failures=\"0\" errors=\"1\" "
           "skipped=\"0\">\n"
           "    <testcase classname=\"vigil.parse\" name=\"bad.yaml\" file=\"bad.yaml\">\n"
           "      <error message=\"mapping values are not allowed here\" "
           "type=\"parse\">bad.yaml:2:4: mapping values are not allowed here</error>\n"
           "    </testcase>\n"
           "  </testsuite>\n"
           "</testsuites>\n");
  free(out);
  base_arena_free(&r.arena);
}

static void test_junit_merges_findings_of_one_resource(void **state) {
  (void)state;
  engine_result two[] = {
      {.rule = 1,
       .status = VM_FAIL,
       .severity = VM_SEV_LOW,
       .file = "p.json",
       .line = 3,
       .col = 1,
       .resource = "S",
       .message = "first\x01"},
      {.rule = 1,
       .status = VM_UNKNOWN,
       .severity = VM_SEV_LOW,
       .file = "p.json",
       .line = 4,
       .col = 1,
       .resource = "S",
       .message = "maybe"},
      {.rule = 1,
       .status = VM_FAIL,
       .severity = VM_SEV_LOW,
       .file = "p.json",
       .line = 5,
       .col = 1,
       .resource = "S",
       .message = "second"},
  };
  engine_report r;
  make_report(&r);
  r.results = two;
  r.n_results = 3;
  r.n_errors = 0;
  char *out = render(engine_report_junit, &r);
  assert_string_equal(
      out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<testsuites name=\"vigil\" tests=\"1\" failures=\"1\" errors=\"0\" skipped=\"0\">\n"
           "  <testsuite name=\"ORG_NO_ECR_STAR\" tests=\"1\" failures=\"1\" errors=\"0\" "
           "skipped=\"0\">\n"
           "    <testcase classname=\"ORG_NO_ECR_STAR\" name=\"p.json S\" file=\"p.json\">\n"
           "      <failure message=\"first\xEF\xBF\xBD (and 1 more)\" type=\"low\">p.json:3:1: "
           "first\xEF\xBF\xBD\n"
           "p.json:5:1: second\n"
           "resource: S</failure>\n"
           "    </testcase>\n"
           "  </testsuite>\n"
           "</testsuites>\n");
  free(out);
  base_arena_free(&r.arena);
}

static void test_github(void **state) {
  (void)state;
  engine_report r;
  make_report(&r);
  char *out = render(engine_report_github, &r);
  assert_string_equal(
      out,
      "::error file=a/t.yaml,line=7,col=7,title=AWS_ECR_IMMUTABLE_TAGS::[high] "
      "AWS::ECR::Repository.Repo: "
      "tags are MUTABLE, line 7 says so%0AFix: Set ImageTagMutability: IMMUTABLE\n"
      "::notice file=p%2C1.json,line=3,col=9,title=ORG_NO_ECR_STAR::[unknown] Statement[0]: "
      "Resource depends on a parameter: 50%25%0Anext\n"
      "::warning file=p%2C1.json,line=9,col=9,title=ORG_NO_ECR_STAR::[medium] Statement[1]: "
      "grants \"ecr:*\" & more\n"
      "::error file=bad.yaml,line=2,col=4,title=vigil parse error::mapping values are not allowed "
      "here\n"
      "::warning file=a/t.yaml,line=19,col=9,title=vigil::suppression for X matches nothing\n");
  free(out);
  base_arena_free(&r.arena);
}

static void test_fingerprint_shape(void **state) {
  (void)state;
  char a[ENGINE_FINGERPRINT_LEN + 1], b[ENGINE_FINGERPRINT_LEN + 1], c[ENGINE_FINGERPRINT_LEN + 1];
  engine_fingerprint("R", "f.yaml", "X", "at line 12 tags mutable", a);
  engine_fingerprint("R", "f.yaml", "X", "at line 345 tags mutable", b);
  assert_string_equal(a, b); /* digits do not count */
  engine_fingerprint("R", "f.yaml", "Y", "at line 12 tags mutable", c);
  assert_string_not_equal(a, c);
  engine_fingerprint("R", "g.yaml", "X", "at line 12 tags mutable", c);
  assert_string_not_equal(a, c);
  /* fields are separated: "ab"+"c" differs from "a"+"bc" */
  engine_fingerprint("R", "ab", "c", "", b);
  engine_fingerprint("R", "a", "bc", "", c);
  assert_string_not_equal(b, c);
  assert_int_equal(strlen(a), 64);
  /* known answer: pins the format (vigil/v1) so baselines stay valid across releases */
  engine_fingerprint("", "", "", "", a);
  assert_string_equal(a, "831997eda882583b71ddb44a727740a7407c55ea9d3888dac62c15fca6f5d679");
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_sarif),  cmocka_unit_test(test_sarif_external_and_utf8),
      cmocka_unit_test(test_junit),  cmocka_unit_test(test_junit_merges_findings_of_one_resource),
      cmocka_unit_test(test_github), cmocka_unit_test(test_fingerprint_shape),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
