/* views.c — the ordered view registry (see views.h). Most specific first: a
 * Terraform plan, a CloudTrail file or an API response is also "some JSON map",
 * while CloudFormation and Kubernetes are recognised by required top-level keys;
 * the generic policy document comes last. */
#include "views.h"

extern const iac_view iac_view_cloudformation;

const iac_view *const iac_views[] = {
    /* Terraform plan JSON goes here, first (the Terraform engineer adds it): */
    &iac_view_cloudformation,
};

const size_t iac_views_count = sizeof iac_views / sizeof iac_views[0];
