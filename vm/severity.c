/* severity.c — names of severities and finding statuses (pack.h, vm.h). */
#include <string.h>

#include "pack.h"
#include "vm.h"

static const char *const sev_names[] = {"info", "low", "medium", "high", "critical"};
static const char *const status_names[] = {"pass", "fail", "unknown", "suppressed", "error"};

const char *vm_severity_name(vm_severity s) {
  return (unsigned)s < sizeof sev_names / sizeof *sev_names ? sev_names[s] : "?";
}

int vm_severity_lookup(const char *name) {
  if (!name) return -1;
  for (int i = 0; i < (int)(sizeof sev_names / sizeof *sev_names); i++)
    if (strcmp(sev_names[i], name) == 0) return i;
  return -1;
}

const char *vm_status_name(vm_status s) {
  return (unsigned)s < sizeof status_names / sizeof *status_names ? status_names[s] : "?";
}
