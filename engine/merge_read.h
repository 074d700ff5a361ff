/* merge_read.h — one shard's JSON report (`vigil scan --shard K/N --format
 * json`, report_json.c) read as a stream, for `vigil merge` (cli/cmd_merge.c).
 *
 * A report's arrays grow with the scanned tree: its results (every
 * evaluation, passes included), errors, warnings, skipped files, and in its
 * "shard" object the result count of each unit and the Terraform files'
 * fates. yajl's callback parser reads the report in 64 KiB blocks and hands
 * each element of those arrays over as a small cJSON tree, freed as soon as
 * the callback returns; what is left (version, pack, params, summary, the
 * shard's scalars, and those arrays empty) is returned as one small tree.
 * Memory is one element and one block, whatever the report's size.
 *
 * Non-UTF-8 file names: JSON cannot hold their bytes, so a shard's report
 * writes such a name as "file" with U+FFFD for each bad byte (what an
 * unsharded report shows) and beside it "file_raw", the exact bytes
 * percent-encoded (engine_uri_encode_path); engine_merge_file gives the
 * bytes back and checks that the two agree. */
#ifndef VIGIL_ENGINE_MERGE_READ_H
#define VIGIL_ENGINE_MERGE_READ_H

#include <cjson/cJSON.h>
#include <stddef.h>
#include <stdio.h>

#include "arena.h"

typedef enum engine_merge_list {
  ENGINE_MERGE_RESULTS,   /* "results": one object per evaluation */
  ENGINE_MERGE_ERRORS,    /* "errors" */
  ENGINE_MERGE_WARNINGS,  /* "warnings" */
  ENGINE_MERGE_SKIPPED,   /* "skipped" */
  ENGINE_MERGE_UNITS,     /* "shard"."results": [plan index, result count] per unit */
  ENGINE_MERGE_TERRAFORM, /* "shard"."terraform": a Terraform file's fate */
} engine_merge_list;

/* Called with each element of a list, in document order; elem is borrowed
 * (freed when the callback returns). 0 to go on, -1 to stop the read. */
typedef int (*engine_merge_element_fn)(void *ctx, engine_merge_list list, const cJSON *elem);

/* Reads the report from in to its end. Returns the rest of the document (the
 * caller cJSON_Deletes it), or NULL: when the callback stopped the read (err
 * empty), or with the reason in err: "a read error", yajl's one-line
 * message ("parse error: premature EOF", ...), "its top level is not an
 * object", "nested deeper than 64 levels". */
cJSON *engine_merge_read(FILE *in, engine_merge_element_fn fn, void *ctx, char *err, size_t errlen);

/* The exact bytes of the file an element names ("file", and "file_raw" when
 * the name is not UTF-8), NUL-terminated in arena; NULL when the element has
 * no "file" string, or its "file_raw" does not decode to a name that "file"
 * shows (a report not written by vigil). */
const char *engine_merge_file(const cJSON *elem, base_arena *arena);

#endif
