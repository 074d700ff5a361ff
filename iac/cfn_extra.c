/* cfn_extra.c — resources of other formats carried inside CloudFormation
 * resources: IAM/SCP policy statements and container images (see cfn.h). */
#include "cfn.h"

void iac_cfn_extras(const iac_cfn *t, const iac_resource *r) {
  (void)t;
  (void)r;
}
