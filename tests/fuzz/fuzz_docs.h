/* fuzz_docs.h — fixed documents the pack and VM harnesses run rules over: one
 * small document per format view, so a pack's selectors find resources of
 * every (format, kind) the stdlib uses. Loaded once per process; private to
 * tests/fuzz (header-only, everything static). */
#ifndef VIGIL_FUZZ_DOCS_H
#define VIGIL_FUZZ_DOCS_H

#include <stdlib.h>
#include <string.h>

#include "iac.h"
#include "pack.h"
#include "vm.h"

static const struct {
  const char *name, *text;
} fuzz_doc_src[] = {
    {"cfn.yaml",
     "AWSTemplateFormatVersion: '2010-09-09'\n"
     "Parameters:\n  Mut: {Type: String}\n"
     "Resources:\n"
     "  Repo:\n    Type: AWS::ECR::Repository\n    Properties:\n"
     "      RepositoryName: !Sub '${AWS::StackName}-repo'\n"
     "      ImageTagMutability: !Ref Mut\n"
     "      RepositoryPolicyText:\n        Version: '2012-10-17'\n"
     "        Statement:\n          - Effect: Allow\n            Principal: '*'\n"
     "            Action: ['ecr:*']\n"
     "  Repo2:\n    Type: AWS::ECR::Repository\n    Properties:\n"
     "      ImageTagMutability: IMMUTABLE\n      Tags: [{Key: a, Value: b}]\n"
     "  Task:\n    Type: AWS::ECS::TaskDefinition\n    Properties:\n"
     "      ContainerDefinitions:\n        - Name: app\n          Image: nginx:latest\n"
     "  Pol:\n    Type: AWS::Organizations::Policy\n    Properties:\n"
     "      Type: SERVICE_CONTROL_POLICY\n"
     "      Content: '{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Deny\","
     "\"Action\":\"ecr:PutImageTagMutability\",\"Resource\":\"*\"}]}'\n"},
    {"k8s.yaml",
     "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\n"
     "spec:\n  template:\n    spec:\n      containers:\n"
     "        - name: web\n          image: 1234.dkr.ecr.us-east-1.amazonaws.com/web:1.2\n"
     "          securityContext: {privileged: true}\n"},
    {"roles/x/tasks/main.yml",
     "- name: repo\n  community.aws.ecs_ecr:\n    name: r\n    image_tag_mutability: mutable\n"
     "- ecs_ecr: name=s image_tag_mutability=immutable\n"},
    {"scp-deny.json",
     "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Deny\",\"Action\":"
     "[\"ecr:CreateRepository\",\"ecr:PutImageTagMutability\"],\"Resource\":\"*\","
     "\"Condition\":{\"StringEquals\":{\"ecr:image-tag-mutability\":\"MUTABLE\"}}}]}"},
    {"repos.json",
     "{\"repositories\":[{\"repositoryName\":\"a\",\"imageTagMutability\":\"MUTABLE\"},"
     "{\"repositoryName\":\"b\",\"imageTagMutability\":\"IMMUTABLE\"}]}"},
    {"trail.json",
     "{\"Records\":[{\"eventSource\":\"ecr.amazonaws.com\",\"eventName\":\"CreateRepository\","
     "\"requestParameters\":{\"repositoryName\":\"a\",\"imageTagMutability\":\"MUTABLE\"}}]}"},
    {"Dockerfile", "ARG V=3.19\nFROM alpine:${V} AS build\nFROM build\nFROM scratch\n"},
};
#define FUZZ_N_DOCS (sizeof fuzz_doc_src / sizeof fuzz_doc_src[0])

static iac_unit *fuzz_docs[FUZZ_N_DOCS];

static void fuzz_docs_load(void) {
  if (fuzz_docs[0]) return;
  for (size_t i = 0; i < FUZZ_N_DOCS; i++) {
    fuzz_docs[i] = iac_load_buffer(fuzz_doc_src[i].name, fuzz_doc_src[i].text,
                                   strlen(fuzz_doc_src[i].text), NULL);
    if (!fuzz_docs[i] || fuzz_docs[i]->failed) abort(); /* the fixture itself is wrong */
  }
}

/* Every finding the VM emits must be well-formed: a rule of the pack, a status
 * the VM may produce, a resource of the unit and a message. */
typedef struct fuzz_emit_ctx {
  const vm_pack *p;
  const iac_unit *u;
} fuzz_emit_ctx;

static void fuzz_emit(void *ctx, const vm_finding *f) {
  const fuzz_emit_ctx *c = ctx;
  if (f->rule >= c->p->n_rules) abort();
  if (f->status != VM_PASS && f->status != VM_FAIL && f->status != VM_UNKNOWN &&
      f->status != VM_ERROR)
    abort();
  if (!f->res || f->res < c->u->resources || f->res >= c->u->resources + c->u->n_resources)
    abort();
  if (!f->message) abort();
  (void)strlen(f->message);
}

/* Run p over u with a small instruction budget (a fuzzer input must finish fast). */
static void fuzz_run(const vm_pack *p, const iac_unit *u) {
  vm_options o = {.max_steps = 200000}; /* max_bytes 0: the default budget */
  vm_state *s = vm_state_new(p, &o);
  if (!s) abort();
  fuzz_emit_ctx c = {p, u};
  vm_run_unit(s, u, fuzz_emit, &c);
  vm_state_free(s);
}

#endif
