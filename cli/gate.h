/* gate.h — the exit-status gate of `vigil scan`: which results fail a scan
 * (--fail-on, --soft-fail, --unknown, and their .vigil.yaml keys; docs/ci.md). */
#ifndef VIGIL_CLI_GATE_H
#define VIGIL_CLI_GATE_H

#include <stdbool.h>

#include "report.h"

typedef enum cli_unknown_policy {
  CLI_UNKNOWN_REPORT = 0, /* show unknowns, never fail on them (default) */
  CLI_UNKNOWN_FAIL,       /* an unknown at or above --fail-on fails the gate */
  CLI_UNKNOWN_PASS        /* unknowns become passes (not shown as findings) */
} cli_unknown_policy;

/* "report"/"fail"/"pass" -> policy; -1 if none of them. */
int cli_unknown_policy_lookup(const char *name);

typedef struct cli_gate_options {
  int fail_on;    /* vm_severity: failures below it do not fail the gate (default info = all) */
  bool soft_fail; /* exit 0 whatever was found (usage and compile errors still exit 2) */
  cli_unknown_policy unknown;
} cli_gate_options;

/* The exit status of a finished scan (docs/ci.md, vigil(1)):
 *   0  nothing at or above fail_on failed and every file parsed (or soft_fail)
 *   1  a fail result with severity >= fail_on; with unknown=fail also an
 *      unknown result with severity >= fail_on; a rule runtime error; a file
 *      that could not be parsed (parse errors ignore fail_on)
 * Status 2 (usage, compile, pack errors) is decided before a report exists. */
int cli_exit_status(const engine_report *r, const cli_gate_options *g);
/* Whether one result fails the gate (a rule error; a failure, or with
 * unknown=fail an unknown, at or above fail_on). */
bool cli_gate_fails(const engine_result *res, const cli_gate_options *g);

/* --unknown=pass: turns unknown results into passes (summary updated). */
void cli_gate_apply_unknown(engine_report *r, cli_unknown_policy p);

#endif
