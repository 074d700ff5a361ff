/* views.c — the ordered view registry (see views.h). Most specific first: a
 * Terraform plan, a CloudTrail file or an API response is also "some JSON map",
 * while CloudFormation and Kubernetes are recognised by required top-level keys;
 * Compose needs only Compose top-level keys and services that run something;
 * CI pipelines need workflow jobs (GitHub) or a .gitlab-ci.yml name / stages
 * and a job with a script (GitLab);
 * Ansible needs a list of plays or tasks; the generic policy document is last. */
#include "views.h"

extern const iac_view iac_view_tfplan;
extern const iac_view iac_view_awsapi;
extern const iac_view iac_view_cloudformation;
extern const iac_view iac_view_kubernetes;
extern const iac_view iac_view_compose;
extern const iac_view iac_view_ci;
extern const iac_view iac_view_ansible;
extern const iac_view iac_view_policy;

const iac_view *const iac_views[] = {
    /* Terraform plan JSON goes here, first (the Terraform engineer adds it). */
    &iac_view_tfplan,
    &iac_view_awsapi,  &iac_view_cloudformation, &iac_view_kubernetes,
    &iac_view_compose, &iac_view_ci,      &iac_view_ansible, &iac_view_policy,
};

const size_t iac_views_count = sizeof iac_views / sizeof iac_views[0];
