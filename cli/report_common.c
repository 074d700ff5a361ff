/* report_common.c — what every reporter shares: freeing a report and the
 * small accessors that keep reporters from poking at the pack directly. */
#include <string.h>

#include "report.h"

void cli_report_free(cli_report *r) {
  if (!r) return;
  iac_arena_free(&r->arena);
  memset(r, 0, sizeof *r);
}

const char *cli_result_rule_id(const cli_report *r, const cli_result *res) {
  return r->pack && res->rule < r->pack->n_rules ? r->pack->rules[res->rule].id : "";
}

const vm_rule *cli_result_rule(const cli_report *r, const cli_result *res) {
  return r->pack && res->rule < r->pack->n_rules ? &r->pack->rules[res->rule] : NULL;
}

int cli_report_exit_status(const cli_report *r) {
  return r->summary.fail > 0 || r->summary.failed > 0 || r->summary.errors > 0 ? 1 : 0;
}
