/* fingerprint.h — stable identities for findings (SARIF partialFingerprints,
 * baselines).
 *
 * A fingerprint is the lowercase hex sha256 of
 *     "vigil/v1" NUL rule-id NUL file NUL resource NUL message-shape
 * where message-shape is the message with every run of ASCII digits replaced by
 * a single '0'. Line and column are deliberately not part of it, and neither
 * are numbers inside the message (messages may quote line numbers or counts):
 * a finding keeps its fingerprint when unrelated lines are inserted above it,
 * and changes when the rule, file, resource or the wording of the problem does. */
#ifndef VIGIL_CLI_FINGERPRINT_H
#define VIGIL_CLI_FINGERPRINT_H

#include "report.h"

#define ENGINE_FINGERPRINT_LEN 64 /* hex digits, without the NUL */

/* Writes ENGINE_FINGERPRINT_LEN hex digits and a NUL into out. NULL strings count as "". */
void engine_fingerprint(const char *rule_id, const char *file, const char *resource,
                        const char *message, char out[ENGINE_FINGERPRINT_LEN + 1]);

/* The fingerprint of a result: res->fingerprint when the scan engine set it,
 * otherwise computed into buf. Returns a pointer to one of them. */
const char *engine_result_fingerprint(const engine_report *r, const engine_result *res,
                                      char buf[ENGINE_FINGERPRINT_LEN + 1]);

/* Fill every result's fingerprint that is still NULL (strings in r->arena). */
void engine_fingerprint_report(engine_report *r);

#endif
