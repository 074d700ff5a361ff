/* test_views.c — Kubernetes, Ansible, policy, AWS API and Dockerfile views,
 * policies and images inside CloudFormation, image reference parsing. */
#include <stdio.h>

#include "test_iac_util.h"
#include "image.h"

static void kubernetes(void **state) {
  (void)state;
  iac_unit *u =
      load("k.yaml", "apiVersion: apps/v1\n"
                     "kind: Deployment\n"
                     "metadata: {name: web}\n"
                     "spec:\n"
                     "  template:\n"
                     "    spec:\n"
                     "      initContainers: [{name: init, image: busybox}]\n"
                     "      containers:\n"
                     "        - name: app\n"
                     "          image: 1234.dkr.ecr.us-east-1.amazonaws.com/app:1.0@sha256:ab\n"
                     "---\n"
                     "apiVersion: batch/v1\n"
                     "kind: CronJob\n"
                     "metadata: {name: c, namespace: n}\n"
                     "spec: {jobTemplate: {spec: {template: {spec: {containers: "
                     "[{name: j, image: \"localhost:5000/x\"}]}}}}}\n");
  assert_false(u->failed);
  assert_int_equal(u->format, IAC_FMT_KUBERNETES);
  assert_int_equal(u->n_resources, 8);
  const iac_resource *r = find_res(u, "Deployment.default.web");
  assert_string_equal(r->kind, "resource");
  assert_string_equal(r->type, "Deployment");
  assert_int_equal(r->line, 1);
  r = &u->resources[3]; /* order: object, init container + image, container + image */
  assert_string_equal(r->kind, "container");
  assert_string_equal(r->type, "Deployment");
  assert_string_equal(r->name, "Deployment.default.web.app");
  assert_int_equal(r->line, 9);
  r = &u->resources[4];
  assert_string_equal(r->kind, "image");
  assert_string_equal(r->type, "container");
  assert_int_equal(r->line, 10);
  assert_int_equal(r->col, 18);
  assert_str_node(at_path(r->body, "registry"), "1234.dkr.ecr.us-east-1.amazonaws.com");
  assert_str_node(at_path(r->body, "repository"), "app");
  assert_str_node(at_path(r->body, "tag"), "1.0");
  assert_str_node(at_path(r->body, "digest"), "sha256:ab");
  r = &u->resources[2];
  assert_str_node(at_path(r->body, "registry"), "docker.io");
  assert_null(at_path(r->body, "tag"));
  r = &u->resources[7];
  assert_string_equal(r->name, "CronJob.n.c.j");
  assert_str_node(at_path(r->body, "registry"), "localhost:5000");
  assert_str_node(at_path(r->body, "repository"), "x");
  iac_unit_free(u);
}

static void ansible_tasks(void **state) {
  (void)state;
  /* the KICS fixture shape: the resource is located at the module key */
  iac_unit *u = load("positive.yaml", "- name: create immutable ecr-repo\n"
                                      "  community.aws.ecs_ecr:\n"
                                      "    name: super/cool\n"
                                      "- name: v2\n"
                                      "  community.aws.ecs_ecr:\n"
                                      "    name: super/cool\n"
                                      "    image_tag_mutability: mutable\n");
  assert_int_equal(u->format, IAC_FMT_ANSIBLE);
  assert_int_equal(u->n_resources, 2);
  const iac_resource *r = &u->resources[0];
  assert_string_equal(r->kind, "task");
  assert_string_equal(r->type, "community.aws.ecs_ecr");
  assert_string_equal(r->name, "community.aws.ecs_ecr.create immutable ecr-repo");
  assert_int_equal(r->line, 2);
  assert_int_equal(r->col, 3);
  assert_null(at_path(r->body, "image_tag_mutability"));
  assert_str_node(at_path(r->body, "__task.name"), "create immutable ecr-repo");
  const doc_entry *e = iac_map_entry(u->resources[1].body, "image_tag_mutability");
  assert_int_equal(e->line, 7);
  assert_str_node(e->val, "mutable");
  iac_unit_free(u);
}

static void ansible_playbook_blocks_and_free_form(void **state) {
  (void)state;
  iac_unit *u = load("site.yml", "- hosts: all\n"
                                 "  tasks:\n"
                                 "    - block:\n"
                                 "        - ecs_ecr: name=x image_tag_mutability=mutable\n"
                                 "      rescue:\n"
                                 "        - name: r\n"
                                 "          community.aws.ecs_ecr:\n"
                                 "            name: y\n"
                                 "          args:\n"
                                 "            scan_on_push: true\n"
                                 "      always:\n"
                                 "        - action: ecs_ecr name=z\n");
  assert_int_equal(u->n_resources, 3);
  const iac_resource *r = &u->resources[0];
  assert_string_equal(r->name, "ecs_ecr.0");
  assert_string_equal(r->type, "ecs_ecr");
  assert_str_node(at_path(r->body, "image_tag_mutability"), "mutable");
  assert_str_node(at_path(r->body, "name"), "x");
  r = &u->resources[1];
  assert_string_equal(r->name, "community.aws.ecs_ecr.r");
  assert_true(at_path(r->body, "scan_on_push")->u.b);
  r = &u->resources[2];
  assert_string_equal(r->type, "ecs_ecr");
  assert_str_node(at_path(r->body, "name"), "z");
  iac_unit_free(u);
  /* a random list of maps is not Ansible */
  u = load("data.yaml", "- name: a\n  value: b\n");
  assert_int_equal(u->format, IAC_FMT_NONE);
  assert_int_equal(u->n_resources, 0);
  iac_unit_free(u);
}

static void standalone_policy(void **state) {
  (void)state;
  iac_unit *u = load("org/deny-scp.json",
                     "{\"Version\": \"2012-10-17\",\n \"Statement\": [\n  {\"Sid\": \"D\", "
                     "\"Effect\": \"Deny\", \"Action\": \"ecr:CreateRepository\",\n"
                     "   \"Resource\": \"*\", \"Condition\": {\"StringEquals\": "
                     "{\"ecr:image-tag-mutability\": \"MUTABLE\"}}}]}\n");
  assert_int_equal(u->format, IAC_FMT_POLICY);
  assert_int_equal(u->n_resources, 1);
  const iac_resource *r = &u->resources[0];
  assert_string_equal(r->kind, "statement");
  assert_string_equal(r->type, "scp");
  assert_string_equal(r->name, "deny-scp.json.Statement[0]");
  assert_int_equal(r->line, 3);
  assert_int_equal(r->col, 3);
  assert_int_equal(at_path(r->body, "Action")->kind, DOC_LIST);
  assert_str_node(at_path(r->body, "Action[0]"), "ecr:CreateRepository");
  assert_str_node(at_path(r->body, "Resource[0]"), "*");
  assert_str_node(at_path(r->body, "Sid"), "D");
  assert_int_equal(
      iac_map_entry(at_path(r->body, "Condition.StringEquals"), "ecr:image-tag-mutability")->line,
      4);
  iac_unit_free(u);
}

static void cloudformation_policies_and_images(void **state) {
  (void)state;
  iac_unit *u =
      load("t.yaml",
           "Resources:\n"
           "  Repo:\n"
           "    Type: AWS::ECR::Repository\n"
           "    Properties:\n"
           "      RepositoryPolicyText:\n"
           "        Statement:\n"
           "          - Effect: Allow\n"
           "            Principal: '*'\n"
           "            Action: [ecr:GetDownloadUrlForLayer]\n"
           "  Scp:\n"
           "    Type: AWS::Organizations::Policy\n"
           "    Properties:\n"
           "      Type: SERVICE_CONTROL_POLICY\n"
           "      Content: '{\"Statement\": {\"Effect\": \"Deny\", \"Action\": \"ecr:*\"}}'\n"
           "  Role:\n"
           "    Type: AWS::IAM::Role\n"
           "    Properties:\n"
           "      Policies:\n"
           "        - PolicyDocument: {Statement: [{Effect: Allow, Action: '*', Resource: '*'}]}\n"
           "  Task:\n"
           "    Type: AWS::ECS::TaskDefinition\n"
           "    Properties:\n"
           "      ContainerDefinitions:\n"
           "        - Name: web\n"
           "          Image: !Sub '${AWS::AccountId}.dkr.ecr.us-east-1.amazonaws.com/web:latest'\n"
           "        - Name: side\n"
           "          Image: nginx:latest\n");
  assert_false(u->failed);
  const iac_resource *r =
      find_res(u, "AWS::ECR::Repository.Repo.RepositoryPolicyText.Statement[0]");
  assert_non_null(r);
  assert_int_equal(r->format, IAC_FMT_POLICY);
  assert_string_equal(r->type, "resource-policy");
  assert_int_equal(r->line, 7);
  assert_str_node(at_path(r->body, "Principal"), "*");
  r = find_res(u, "AWS::Organizations::Policy.Scp.Content.Statement[0]");
  assert_non_null(r);
  assert_string_equal(r->type, "scp");
  assert_str_node(at_path(r->body, "Action[0]"), "ecr:*");
  assert_int_equal(r->line, 14); /* embedded JSON: located at the string */
  r = find_res(u, "AWS::IAM::Role.Role.Policies[0].Statement[0]");
  assert_non_null(r);
  assert_string_equal(r->type, "iam");
  r = find_res(u, "AWS::ECS::TaskDefinition.Task.web");
  assert_non_null(r);
  assert_string_equal(r->kind, "image");
  assert_int_equal(r->format, IAC_FMT_CLOUDFORMATION);
  assert_unknown_node(at_path(r->body, "tag"), "pseudo parameter AWS::AccountId");
  r = find_res(u, "AWS::ECS::TaskDefinition.Task.side");
  assert_str_node(at_path(r->body, "tag"), "latest");
  assert_int_equal(r->line, 27);
  iac_unit_free(u);
}

static void aws_api_json(void **state) {
  (void)state;
  iac_unit *u = load("d.json", "{\"repositories\": [\n {\"repositoryName\": \"a\", "
                               "\"imageTagMutability\": \"MUTABLE\"}]}");
  assert_int_equal(u->format, IAC_FMT_AWSAPI);
  assert_int_equal(u->n_resources, 1);
  assert_string_equal(u->resources[0].kind, "repository");
  assert_string_equal(u->resources[0].type, "AWS::ECR::Repository");
  assert_string_equal(u->resources[0].name, "a");
  assert_int_equal(u->resources[0].line, 2);
  iac_unit_free(u);
  u = load("ct.json", "{\"Records\": [{\"eventSource\": \"ecr.amazonaws.com\", \"eventName\": "
                      "\"CreateRepository\", \"requestParameters\": {\"repositoryName\": \"r\"}},"
                      "{\"eventSource\": \"s3.amazonaws.com\", \"eventName\": \"GetObject\"}]}");
  assert_int_equal(u->n_resources, 1);
  assert_string_equal(u->resources[0].kind, "event");
  assert_string_equal(u->resources[0].type, "CreateRepository");
  assert_string_equal(u->resources[0].name, "CreateRepository r");
  iac_unit_free(u);
  u = load("put-mutability.json",
           "{\"repositoryName\": \"r\", \"imageTagMutability\": \"MUTABLE\"}");
  assert_string_equal(u->resources[0].type, "PutImageTagMutability");
  assert_string_equal(u->resources[0].kind, "request");
  iac_unit_free(u);
  u = load("create.json", "{\"repositoryName\": \"r\", \"imageScanningConfiguration\": {}}");
  assert_string_equal(u->resources[0].type, "CreateRepository");
  assert_string_equal(u->resources[0].name, "CreateRepository r");
  iac_unit_free(u);
  u = load("td.json", "{\"family\": \"f\", \"containerDefinitions\": [{\"name\": \"c\", "
                      "\"image\": \"nginx\"}]}");
  assert_int_equal(u->n_resources, 1);
  assert_string_equal(u->resources[0].name, "f.c");
  assert_string_equal(u->resources[0].kind, "image");
  iac_unit_free(u);
}

static void dockerfile(void **state) {
  (void)state;
  iac_unit *u = load("app/Dockerfile", "ARG REG=public.ecr.aws\nARG V\n# c\n"
                                       "FROM ${REG}/nginx:1.2 AS build\nFROM build\nFROM scratch\n"
                                       "FROM node:$V\nFROM --platform=linux/amd64 ubuntu\n");
  assert_false(u->failed);
  assert_int_equal(u->format, IAC_FMT_DOCKERFILE);
  assert_int_equal(u->n_resources, 4); /* three FROM images and the file */
  const iac_resource *r = &u->resources[0];
  assert_string_equal(r->kind, "image");
  assert_string_equal(r->type, "base");
  assert_string_equal(r->name, "build");
  assert_int_equal(r->line, 4);
  assert_int_equal(r->col, 6);
  assert_str_node(at_path(r->body, "image"), "public.ecr.aws/nginx:1.2");
  assert_str_node(at_path(r->body, "registry"), "public.ecr.aws");
  assert_unknown_node(at_path(u->resources[1].body, "tag"), "ARG V has no default");
  assert_string_equal(u->resources[1].name, "stage[3]");
  assert_int_equal(u->resources[2].col, 29);
  assert_str_node(at_path(u->resources[2].body, "repository"), "ubuntu");
  const iac_resource *f = &u->resources[3];
  assert_string_equal(f->kind, "file");
  assert_string_equal(f->type, "Dockerfile");
  assert_string_equal(f->name, "Dockerfile");
  assert_int_equal(f->line, 8); /* the final FROM */
  assert_str_node(at_path(f->body, "stage"), "stage[4]");
  assert_null(at_path(f->body, "user"));
  assert_int_equal(at_path(f->body, "add")->len, 0);
  iac_unit_free(u);
  /* USER and HEALTHCHECK of the final stage (inherited through FROM stage),
   * every ADD; ARGs of the stage expanded in USER */
  u = load("Dockerfile", "FROM a AS one\nUSER nobody\nHEALTHCHECK NONE\nADD x.tgz /x\n"
                         "FROM one\nARG U=app\nUSER $U:grp\nADD https://e.com/f /f\n");
  assert_int_equal(u->n_resources, 2);
  f = &u->resources[1];
  assert_str_node(at_path(f->body, "user"), "app:grp");
  assert_int_equal(at_path(f->body, "user")->line, 7);
  assert_str_node(at_path(f->body, "healthcheck"), "NONE");
  assert_int_equal(at_path(f->body, "add")->len, 2);
  assert_str_node(at_path(f->body, "add")->u.items[1], "https://e.com/f /f");
  iac_unit_free(u);
}

/* MAINTAINER and WORKDIR lists; WORKDIR sees the ENV (of its stage and the
 * stages it is built FROM, later ENV lines winning, an ENV line's values
 * seeing the values before it) and ARG values the file sets, and keeps the
 * variables the file gives no value as written. */
static void dockerfile_workdir(void **state) {
  (void)state;
  iac_unit *u = load("Dockerfile", "FROM a AS base\nMAINTAINER me@example.com\n"
                                   "ENV HOME_DIR=/srv \"REL=x y\"\nENV LEGACY some dir\n"
                                   "ARG OPT=/opt\nARG NOVAL\n"
                                   "WORKDIR $HOME_DIR/app\nWORKDIR ${OPT}\nWORKDIR $REL\n"
                                   "WORKDIR $LEGACY\nWORKDIR ${NOVAL}/b\nWORKDIR /x/$UNSET\n"
                                   "ENV HOME_DIR=rel NEXT=$HOME_DIR\nWORKDIR $NEXT\n"
                                   "FROM base\nWORKDIR $HOME_DIR\nFROM b\nWORKDIR $HOME_DIR\n");
  assert_false(u->failed);
  const iac_resource *f = &u->resources[u->n_resources - 1];
  assert_string_equal(f->kind, "file");
  const doc_node *m = at_path(f->body, "maintainer");
  assert_int_equal(m->len, 1);
  assert_str_node(m->u.items[0], "me@example.com");
  assert_int_equal(m->u.items[0]->line, 2);
  const doc_node *w = at_path(f->body, "workdir");
  /* the last two: FROM base sees its HOME_DIR, FROM b none */
  const char *want[] = {"/srv/app",  "/opt", "x y", "some dir", "${NOVAL}/b",
                        "/x/$UNSET", "/srv", "rel", "$HOME_DIR"};
  assert_int_equal(w->len, 9);
  for (int i = 0; i < 9; i++)
    assert_str_node(w->u.items[i], want[i]);
  assert_int_equal(w->u.items[0]->line, 7);
  iac_unit_free(u);
  /* past 256 ENV variables no more are kept */
  char *text = malloc(300 * 16 + 64);
  assert_non_null(text);
  size_t o = (size_t)sprintf(text, "FROM a\n");
  for (int i = 0; i < 300; i++)
    o += (size_t)sprintf(text + o, "ENV V%d=/v\n", i);
  sprintf(text + o, "WORKDIR $V255\nWORKDIR $V256\n");
  u = load("Dockerfile", text);
  w = at_path(u->resources[u->n_resources - 1].body, "workdir");
  assert_str_node(w->u.items[0], "/v");
  assert_str_node(w->u.items[1], "$V256");
  iac_unit_free(u);
  free(text);
}

static void image_reference_parsing(void **state) {
  (void)state;
  base_arena a;
  base_arena_init(&a);
  iac_image_ref r;
  assert_true(iac_image_parse(&a, "nginx", 5, &r));
  assert_string_equal(r.registry, "docker.io");
  assert_string_equal(r.repository, "nginx");
  assert_null(r.tag);
  assert_true(iac_image_parse(&a, "library/nginx:1", 15, &r));
  assert_string_equal(r.repository, "library/nginx");
  assert_string_equal(r.tag, "1");
  assert_true(iac_image_parse(&a, "host:5000/a/b", 13, &r));
  assert_string_equal(r.registry, "host:5000");
  assert_string_equal(r.repository, "a/b");
  assert_null(r.tag);
  assert_false(iac_image_parse(&a, "", 0, &r));
  assert_false(iac_image_parse(&a, "a b", 3, &r));
  base_arena_free(&a);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(kubernetes),
      cmocka_unit_test(ansible_tasks),
      cmocka_unit_test(ansible_playbook_blocks_and_free_form),
      cmocka_unit_test(standalone_policy),
      cmocka_unit_test(cloudformation_policies_and_images),
      cmocka_unit_test(aws_api_json),
      cmocka_unit_test(dockerfile),
      cmocka_unit_test(dockerfile_workdir),
      cmocka_unit_test(image_reference_parsing),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
