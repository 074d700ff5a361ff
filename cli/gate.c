/* gate.c — the exit-status gate (gate.h). */
#include "gate.h"

#include <string.h>

int cli_unknown_policy_lookup(const char *name) {
  if (!strcmp(name, "report")) return CLI_UNKNOWN_REPORT;
  if (!strcmp(name, "fail")) return CLI_UNKNOWN_FAIL;
  if (!strcmp(name, "pass")) return CLI_UNKNOWN_PASS;
  return -1;
}

bool cli_gate_fails(const engine_result *res, const cli_gate_options *g) {
  if (res->status == VM_ERROR) return true;
  if (res->severity < g->fail_on) return false;
  return res->status == VM_FAIL || (res->status == VM_UNKNOWN && g->unknown == CLI_UNKNOWN_FAIL);
}

int cli_exit_status(const engine_report *r, const cli_gate_options *g) {
  cli_gate_options def = {VM_SEV_INFO, false, CLI_UNKNOWN_REPORT};
  if (!g) g = &def;
  if (g->soft_fail) return 0;
  if (r->n_errors || r->summary.failed) return 1;
  for (size_t i = 0; i < r->n_results; i++)
    if (cli_gate_fails(&r->results[i], g)) return 1;
  return 0;
}

void cli_gate_apply_unknown(engine_report *r, cli_unknown_policy p) {
  if (p != CLI_UNKNOWN_PASS) return;
  for (size_t i = 0; i < r->n_results; i++)
    if (r->results[i].status == VM_UNKNOWN) r->results[i].status = VM_PASS;
  engine_report_count(r);
}
