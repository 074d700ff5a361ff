/* view_ci_shell.h — the shell a CI step runs, read as far as it is exact, for
 * view_ci.c: GitHub `run:` blocks, GitLab `script:` lines and the scripts
 * they call.
 *
 * The text is split into words and operators as a POSIX shell does (quotes,
 * backslashes, `$(...)`, backquotes, `${...}`, comments, here-documents,
 * redirections, `;` `&` `&&` `||` `|` and newlines); every simple command is
 * expanded and handed to the host (a push is the host's business). What runs
 * a command inside another is read too: `bash|sh|... -c STRING`, `$(...)`,
 * backquotes, and the prefixes `sudo`, `env [NAME=VALUE]`, `time`, `nohup`,
 * `exec`, `command`, `nice`, `timeout`, `!`; a script the line runs (a
 * relative path, `bash FILE`, `source FILE`, `. FILE`) is read through the
 * host and interpreted in a child shell (exported variables and the line's
 * literal arguments passed) or, sourced, in the same one (`source NAME`
 * without a '/' is looked up in PATH first: not read, unknown). A command's
 * standard output sent to $GITHUB_ENV is handed to the host (github_env).
 *
 * Variables are resolved where that is exact, in order: `X=literal`,
 * `export X=...`, `declare`/`local`/`readonly`, `X+=...`, `unset`, `$X`,
 * `${X}`, `${X:-w}` `${X-w}` `${X:=w}` `${X=w}` `${X:+w}` `${X+w}`, positional
 * parameters from a literal call. A variable the script never sets is the
 * environment's and stays as written (`$GITHUB_SHA`, `$CI_COMMIT_SHA`,
 * `${X:-d}`), for the rule to judge. Any other value is *unknown* with a
 * located reason, never guessed: a command's output `$(...)`, arithmetic,
 * a loop variable, `read`, an assignment inside if/case/loop/function or after
 * `&&`/`||` (once that construct ends), a variable read inside a function
 * body, one the caller set without `export`, anything after `eval` or a
 * `source` that is not read, an expansion this reader does not evaluate
 * (`${X%%:*}`), a value past the size limit.
 *
 * An expanded word is text in which each unknown part is marked: 0x01, two
 * bytes naming the reason (iac_ci_sh_reason), the part as written, 0x02.
 * A '$' the shell keeps as text (in single quotes, written `\$`, in a
 * here-document with a quoted delimiter, or a lone `$`) is the byte 0x03, so
 * that no one reads it as a reference to a variable ('$' in an expanded word
 * is the environment's variable, as written): it is a '$' again where the
 * text is read as a script once more (`bash -c`, `eval`) and in
 * iac_ci_sh_display. `${{` stays '$' (GitHub substitutes it before the
 * shell runs). Bytes 0x01, 0x02 and 0x03 of the input are read as '_'.
 *
 * Bounds: nesting of `bash -c` and `$(...)` (MAX 8 levels), words per command,
 * assignments per shell, bytes per expanded word; past one a located warning
 * says what was not read. An unterminated quote or substitution ends the
 * script there, as the shell would, with a located warning.
 *
 * Ownership: everything is allocated in the host's arena. */
#ifndef VIGIL_IAC_VIEW_CI_SHELL_H
#define VIGIL_IAC_VIEW_CI_SHELL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "doc.h"

#define IAC_CI_SH_MARK_OPEN '\x01'
#define IAC_CI_SH_MARK_CLOSE '\x02'
#define IAC_CI_SH_LITERAL_DOLLAR '\x03'

typedef struct iac_ci_sh_reasons iac_ci_sh_reasons;

typedef struct iac_ci_sh_host {
  void *ctx;
  base_arena *arena;
  const char *path;           /* report path of the pipeline file */
  iac_ci_sh_reasons *reasons; /* NULL at first; the shell's, in arena */
  /* One simple command: its words expanded (prefixes and assignments
   * removed), located at `at`. */
  void (*command)(void *ctx, const char *const *words, int n, const doc_node *at);
  /* Reads the script at path (repository-relative, as the shell would
   * resolve it): its text and report path, or NULL when it is not seen
   * (view_ci_files.h) or a bound is spent. A non-NULL result must be paired
   * with leave(ctx, *rel) once the script has been read. */
  const char *(*enter)(void *ctx, const char *path, size_t n, size_t *len, const char **rel);
  void (*leave)(void *ctx);
  /* A located warning: something the reader could not read. file NULL: the
   * pipeline file. */
  void (*warn)(void *ctx, const char *file, uint32_t line, const char *msg);
  /* GitHub Actions (NULL otherwise): a command whose standard output goes to
   * the file the runner names $GITHUB_ENV (`>> "$GITHUB_ENV"`, `> $GITHUB_ENV`,
   * `>> ${GITHUB_ENV}`; the variable as the environment gives it). text: what
   * it writes, expanded (unknown parts marked): `echo`, `printf` with %s,
   * `cat` of a here-document, `:`; or NULL with why when that is not known
   * (another program's output, a compound command's, another descriptor's).
   * cond: why the command may not run (inside an if, a loop, a case, a
   * function body, after && or ||), or NULL. truncate: `>`, the file starts
   * again. at: "FILE:LINE" of the command. */
  void (*github_env)(void *ctx, const char *text, size_t n, const char *why, const char *cond,
                     bool truncate, const char *at);
} iac_ci_sh_host;

typedef struct iac_ci_sh iac_ci_sh;

/* A new top-level shell (a step's `run:`, a GitLab job's before_script and
 * script) whose working directory is wd (repository-relative, NULL or "" for
 * the root). */
iac_ci_sh *iac_ci_sh_new(iac_ci_sh_host *h, const char *wd);

/* An environment variable the CI system gives sh (GitHub `env:`), exported:
 * value as the shell sees it, or NULL with why (the reason it is unknown). */
void iac_ci_sh_env(iac_ci_sh *sh, const char *name, const char *value, const char *why);

/* A variable an earlier step of the job wrote to $GITHUB_ENV, exported:
 * value as that step's shell expanded it (unknown parts marked). */
void iac_ci_sh_env_marked(iac_ci_sh *sh, const char *name, const char *value);

/* An earlier step wrote to $GITHUB_ENV what the file does not show: every
 * variable set so far, and every one the environment gives (GITHUB_* and
 * RUNNER_* excepted: the runner does not let a step set them), may be set
 * by it, so is unknown: "NAME may be set by WHY". */
void iac_ci_sh_env_unknown(iac_ci_sh *sh, const char *why);

/* Runs text[0..len) in sh. file: report path of the file it is in (NULL: the
 * pipeline file); at: where every command is located (a `run:` value), or
 * NULL to locate each at its own line (a called script); first_line: the
 * file line of the text's line 1 (for reasons). */
void iac_ci_sh_run(iac_ci_sh *sh, const char *text, size_t len, const char *file,
                   const doc_node *at, uint32_t first_line);

/* Whether an expanded word has an unknown part; *why: the first one's reason. */
bool iac_ci_sh_unknown(const iac_ci_sh_host *h, const char *w, size_t n, const char **why);
/* An expanded word as a person reads it (markers dropped, each unknown part
 * as written, a literal '$' as '$'), in h's arena. */
const char *iac_ci_sh_display(const iac_ci_sh_host *h, const char *w, size_t n);

#endif
