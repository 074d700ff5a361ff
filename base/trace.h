/* trace.h — where a run's wall time goes, phase by phase, when the
 * environment asks for it (VIGIL_TRACE=1): a diagnostic for the fixed cost
 * of a scan and its critical path, not an output. Off (one branch per mark)
 * otherwise.
 *
 * Marks are kept in a fixed table (the first BASE_TRACE_MAX; later ones are
 * counted, not kept) with the wall time since base_trace_init, the marking
 * thread's CPU time and the process's peak RSS so far; any thread may mark. base_trace_report
 * prints them to stderr in time order, after what the process had spent before main (its CPU time
 * at base_trace_init: exec, dynamic linking). Names are the caller's string constants: no input
 * text is ever printed. */
#ifndef VIGIL_BASE_TRACE_H
#define VIGIL_BASE_TRACE_H

#include <stdbool.h>

enum { BASE_TRACE_MAX = 256 };

/* Reads VIGIL_TRACE; first thing in main, before any thread starts. */
void base_trace_init(void);
/* Whether marks are recorded. */
bool base_trace_on(void);
/* Records `what` (a string constant) with a number (a worker, a count; -1:
 * none) at the current time. */
void base_trace_mark(const char *what, long arg);
/* Prints the marks to stderr (when on); last thing in main. */
void base_trace_report(void);

#endif
