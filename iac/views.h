/* views.h — format views over a parsed YAML/JSON document (internal to iac/).
 *
 * iac/load.c parses a file into documents, then asks each view in order whether
 * it recognises the document (by content; the file name is a hint only) and lets
 * the first that does add the unit's resources. Order matters: the most specific
 * detectors come first (a plan JSON is also a JSON map; a CloudTrail file too).
 * Each view lives in its own file: iac/view_<name>.c. */
#ifndef VIGIL_IAC_VIEWS_H
#define VIGIL_IAC_VIEWS_H

#include <stdbool.h>

#include "iac.h"

typedef struct iac_view {
  const char *name;  /* "cloudformation", "tfplan", ... (for docs and debug) */
  iac_format format; /* format of the resources it produces */
  /* true if this document is this view's kind; path is the file name */
  bool (*detect)(const char *path, const doc_node *doc);
  /* add resources (and errors) for this document to u */
  void (*build)(iac_unit *u, const doc_node *doc);
} iac_view;

/* Defined by iac/views.c, in detection order. */
extern const iac_view *const iac_views[];
extern const size_t iac_views_count;

#endif
