/* read.h — the one structured-text reader for everything that is not a scanned
 * input: `.vigil.yaml`, `*.test.yaml`, baselines, Terraform's `.tf.json`.
 *
 * The same loader as a scan (yaml_load.h: libyaml events or yajl, one tree
 * builder), so every reader gets the same limits (--max-depth, alias
 * expansion, file size) and the same located `file:line:col: message` errors,
 * and then walks a located doc_node tree. cJSON stays for writing JSON.
 *
 * Ownership: the returned unit owns the tree (u->docs) and its diagnostics;
 * iac_unit_free releases both. */
#ifndef VIGIL_IAC_READ_H
#define VIGIL_IAC_READ_H

#include <stdbool.h>
#include <stddef.h>

#include "iac.h"

typedef struct iac_read_opts {
  bool json; /* strict JSON (yajl) instead of YAML */
  /* YAML: every scalar is a DOC_STRING holding its text as written
   * (DOC_F_QUOTED when quoted), for readers that give `yes` or `010` their
   * own meaning instead of YAML 1.1's. Keys are always text. */
  bool raw_scalars;
  /* Duplicate keys are kept, in source order, and not reported (the reader
   * reports them itself, as Terraform's JSON syntax does). */
  bool keep_duplicates;
  /* A collection used as a map key fails the load (a scan only warns and
   * drops it): a reader whose keys are settings must not skip one. */
  bool strict_keys;
} iac_read_opts;

/* Parse text[0..len) into a fresh unit named `name` (used in locations): its
 * documents in u->docs, no view runs. The size limit, the encoding check and
 * the parse are those of a scan; on failure u->failed is set and u->errors
 * says why. lim NULL: the built-in limits. Never NULL. */
iac_unit *iac_read_buffer(const char *name, const char *text, size_t len, const iac_limits *lim,
                          const iac_read_opts *o);

/* "name:line:col: message" of u's first error into buf ("name: message" for
 * one about the whole file); NULL when u has no error. */
const char *iac_read_error(const iac_unit *u, char *buf, size_t n);

#endif
