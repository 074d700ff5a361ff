/* test_iac_plan.c — the unit plan (iac/plan.h): which units a list of files
 * makes, loading them, which Terraform files a module read, report paths. */
#include "test_tree_util.h"

#include "plan.h"

/* the files as a walker lists them: byte order of rel */
enum { F_BROKEN, F_MAIN, F_TFVARS, F_CYC_A, F_CYC_B, F_K8S, F_NET, F_NOTES, F_STRAY, N_FILES };

static const char *const rels[N_FILES] = {
    "app/broken.tf",       "app/main.tf",   "app/terraform.tfvars",
    "cyc/a/main.tf",       "cyc/b/main.tf", "k8s.yaml",
    "modules/net/main.tf", "notes.txt",     "stray/extra.tfvars",
};

static char paths[N_FILES][512], dirs[N_FILES][512];
static iac_plan_file files[N_FILES];

static int setup(void **state) {
  (void)state;
  tree_make("plan");
  tree_put_str("app/broken.tf", "resource \"aws_s3_bucket\" \"b\" {\n");
  tree_put_str("app/main.tf",
               "variable \"name\" {}\n"
               "module \"net\" {\n  source = \"../modules/net\"\n  name = var.name\n}\n"
               "module \"remote\" {\n  source = \"git::https://example.com/m.git\"\n}\n");
  tree_put_str("app/terraform.tfvars", "name = \"prod\"\n");
  tree_put_str("cyc/a/main.tf", "module \"b\" {\n  source = \"../b\"\n}\n");
  tree_put_str("cyc/b/main.tf", "module \"a\" {\n  source = \"../a\"\n}\n");
  tree_put_str("k8s.yaml", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n"
                           "  containers:\n    - name: c\n      image: nginx:1.25\n");
  tree_put_str("modules/net/main.tf",
               "variable \"name\" {}\n"
               "resource \"aws_vpc\" \"this\" {\n  tags = { Name = var.name }\n}\n");
  tree_put_str("notes.txt", "not IaC\n");
  tree_put_str("stray/extra.tfvars", "x = 1\n");
  for (size_t i = 0; i < N_FILES; i++) {
    snprintf(paths[i], sizeof paths[i], "%s/%s", root, rels[i]);
    snprintf(dirs[i], sizeof dirs[i], "%s", paths[i]);
    *strrchr(dirs[i], '/') = '\0';
    iac_plan_input kind = IAC_PLAN_TERRAFORM;
    if (i == F_K8S) kind = IAC_PLAN_DOC;
    if (i == F_NOTES) kind = IAC_PLAN_IGNORE;
    files[i] = (iac_plan_file){paths[i], rels[i], dirs[i], kind, NULL};
  }
  return 0;
}

static void test_plan_units(void **state) {
  (void)state;
  iac_plan *p = iac_plan_new(files, N_FILES, NULL);
  /* app is the one root module (modules/net is called by it, cyc/a and cyc/b
   * call each other); k8s.yaml is a unit of its own; tfvars are no units */
  assert_int_equal(iac_plan_count(p), 2);
  const iac_plan_unit app_unit = iac_plan_unit_get(p, 0), *app = &app_unit;
  assert_true(app->terraform);
  assert_string_equal(app->name, "app");
  assert_int_equal(app->first, F_BROKEN);
  assert_int_equal(app->n_files, 2);
  assert_int_equal(app->files[0], F_BROKEN);
  assert_int_equal(app->files[1], F_MAIN);
  const iac_plan_unit doc_unit = iac_plan_unit_get(p, 1), *doc = &doc_unit;
  assert_false(doc->terraform);
  assert_string_equal(doc->name, "k8s.yaml");
  assert_int_equal(doc->first, F_K8S);
  assert_int_equal(doc->n_files, 1);
  assert_int_equal(doc->files[0], F_K8S);
  iac_plan_free(p);
}

static void test_plan_load_and_fates(void **state) {
  (void)state;
  iac_plan_var vars[] = {{"name", "cli"}};
  iac_plan_options o = {.vars = vars, .n_vars = 1};
  iac_plan *p = iac_plan_new(files, N_FILES, &o);
  base_arena scratch;
  base_arena_init(&scratch);

  iac_unit *u = iac_plan_load(p, 0, NULL, 0);
  assert_int_equal(u->format, IAC_FMT_TERRAFORM);
  /* the child module's resource, with the --var that beat terraform.tfvars */
  assert_int_equal(u->n_resources, 1);
  assert_string_equal(u->resources[0].name, "module.net.aws_vpc.this");
  assert_string_equal(iac_plan_report_path(p, u->resources[0].file, &scratch),
                      "modules/net/main.tf");
  /* broken.tf's error, then the module call that could not be followed */
  size_t n_err = 0, n_warn = 0;
  for (size_t i = 0; i < u->n_errors; i++) {
    const iac_error *e = &u->errors[i];
    const char *rel = iac_plan_report_path(p, e->file, &scratch);
    if (e->severity == IAC_SEV_ERROR) {
      n_err++;
      assert_string_equal(rel, "app/broken.tf");
    } else {
      n_warn++;
      assert_string_equal(rel, "app/main.tf");
      assert_int_equal(e->line, 6);
      assert_string_equal(
          e->message, "module.remote not scanned: remote module not downloaded "
                      "(no .terraform/modules entry) (source \"git::https://example.com/m.git\")");
    }
  }
  assert_int_equal(n_err, 1);
  assert_int_equal(n_warn, 1);
  iac_plan_unit_done(p, u, &scratch);
  iac_unit_free(u);

  const char *text = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n";
  char *owned = strdup(text);
  u = iac_plan_load(p, 1, owned, strlen(text));
  assert_string_equal(u->path, "k8s.yaml");
  assert_int_equal(u->format, IAC_FMT_KUBERNETES);
  iac_plan_unit_done(p, u, &scratch); /* not a module: nothing to record */
  iac_unit_free(u);

  static const struct {
    iac_plan_status status;
    const char *reason;
  } want[N_FILES] = {
      [F_BROKEN] = {IAC_PLAN_FAILED, NULL},
      [F_MAIN] = {IAC_PLAN_SCANNED, NULL},
      [F_TFVARS] = {IAC_PLAN_SCANNED, NULL},
      [F_CYC_A] = {IAC_PLAN_SKIPPED, "module not called"},
      [F_CYC_B] = {IAC_PLAN_SKIPPED, "module not called"},
      [F_K8S] = {IAC_PLAN_OWN_UNIT, NULL},
      [F_NET] = {IAC_PLAN_SCANNED, NULL},
      [F_NOTES] = {IAC_PLAN_OWN_UNIT, NULL},
      [F_STRAY] = {IAC_PLAN_SKIPPED, "tfvars not applied"},
  };
  for (size_t i = 0; i < N_FILES; i++) {
    const char *why = "unset";
    assert_int_equal(iac_plan_file_status(p, i, &why), want[i].status);
    if (want[i].reason)
      assert_string_equal(why, want[i].reason);
    else
      assert_null(why);
  }
  /* a loader path outside the planned files: normalised; NULL stays NULL */
  assert_string_equal(iac_plan_report_path(p, "x/./y//../z.tf", &scratch), "x/z.tf");
  assert_null(iac_plan_report_path(p, NULL, &scratch));
  base_arena_free(&scratch);
  iac_plan_free(p);
}

static void test_plan_empty(void **state) {
  (void)state;
  iac_plan *p = iac_plan_new(NULL, 0, NULL);
  assert_int_equal(iac_plan_count(p), 0);
  iac_plan_free(p);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_plan_units),
      cmocka_unit_test(test_plan_load_and_fates),
      cmocka_unit_test(test_plan_empty),
  };
  return cmocka_run_group_tests(tests, setup, tree_teardown);
}
