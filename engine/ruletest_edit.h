/* ruletest_edit.h — `vigil test --update`: rewriting the `expect` lists of a
 * test file's text in place.
 *
 * Only the lines of each rewritten list change: the rest of the file (other
 * keys, comments, blank lines, quoting, order) is copied byte for byte, and an
 * old expect that still matches is kept as written (its lines, comments
 * included). New entries are block maps (rule, resource, status, line, message)
 * at the list's indentation. Positions are the YAML loader's 1-based line and
 * column of each node. */
#ifndef VIGIL_ENGINE_RULETEST_EDIT_H
#define VIGIL_ENGINE_RULETEST_EDIT_H

#include <stddef.h>
#include <stdint.h>

/* One entry of a rewritten list: an old expect kept as written (keep > 0:
 * index + 1), or written from the fields (resource and message may be NULL;
 * line 0 = none). */
typedef struct engine_rt_entry {
  size_t keep;
  const char *rule, *resource, *message;
  const char *status; /* "pass", "fail" or "unknown" */
  unsigned line;
} engine_rt_entry;

/* Where a case and its expect list are in the text. */
typedef struct engine_rt_span {
  uint32_t case_line, case_col; /* the case map (its first key) */
  uint32_t next_line;           /* where what follows the case starts; 0 = end of text */
  uint32_t key_line, key_col;   /* the `expect` key; key_line 0 = the case has none */
  uint32_t val_line, val_col;   /* its value */
  uint32_t after_line;          /* the next key of the case after `expect`; 0 = none */
  const uint32_t *item_lines;   /* where each old expect starts */
  size_t n_items;
} engine_rt_span;

typedef struct engine_rt_rewrite {
  engine_rt_span span;
  const engine_rt_entry *entries;
  size_t n;
  const char *error; /* set by engine_rt_apply when this case could not be rewritten */
} engine_rt_rewrite;

/* Applies the rewrites (in any order; cases do not overlap) to text. Returns
 * the new text (malloc'd, *out_len bytes); a rewrite that cannot be done (a
 * flow-style case, an expect list in flow style over several lines) is left
 * out with its `error` set. */
char *engine_rt_apply(const char *text, size_t len, engine_rt_rewrite *rw, size_t n,
                      size_t *out_len);

#endif
