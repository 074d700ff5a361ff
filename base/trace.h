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
#include <stddef.h>

/* Room for VIGIL_TRACE=2's two marks per pool job (the Terraform corpus:
 * ~450 jobs; a bigger scan keeps its first ones). */
enum { BASE_TRACE_MAX = 4096 };

/* Reads VIGIL_TRACE; first thing in main, before any thread starts. */
void base_trace_init(void);
/* Whether marks are recorded. */
bool base_trace_on(void);
/* Whether per-job marks are too (VIGIL_TRACE=2): base_trace_job. */
bool base_trace_jobs(void);
/* Records `what` (a string constant) with a number (a worker, a count; -1:
 * none) at the current time. */
void base_trace_mark(const char *what, long arg);
/* A mark of one pool job's start or end, or of a worker's wait (when
 * base_trace_jobs): no peak RSS (a system call per mark), the number
 * worker * 1000000 + job (a job past 999999 shows as 999999). */
void base_trace_job(const char *what, int worker, size_t job);
/* Prints the marks to stderr (when on); last thing in main. */
void base_trace_report(void);

#endif
