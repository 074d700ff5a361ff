/* iac.h — input units and the resource view the VM evaluates.
 *
 * A *unit* is what one loader call produces: one YAML/JSON file (CloudFormation,
 * Kubernetes, Ansible, policy, API JSON, plan JSON) or one Terraform root module
 * (a directory of .tf files plus its local child modules). A unit owns one arena;
 * iac_unit_free releases the whole unit in one step.
 *
 * Each unit exposes *resources*: located (format, kind, type, name, body) tuples.
 * The VM's pack index matches (format, kind, type) against a rule's selectors and
 * binds `body` to the selector's `as` name. */
#ifndef VIGIL_IAC_H
#define VIGIL_IAC_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "doc.h"

/* Formats a selector can name (`on cloudformation resource ...`). The names are
 * the selector keywords; iac_format_name/iac_format_lookup map both ways. */
#define IAC_FORMATS(X)                                                                             \
  X(CLOUDFORMATION, "cloudformation")                                                              \
  X(TERRAFORM, "terraform")                                                                        \
  X(ANSIBLE, "ansible")                                                                            \
  X(KUBERNETES, "kubernetes")                                                                      \
  X(POLICY, "policy")                                                                              \
  X(AWSAPI, "awsapi")                                                                              \
  X(DOCKERFILE, "dockerfile")                                                                      \
  X(COMPOSE, "compose")                                                                            \
  X(CI, "ci")

/* The resource kinds each format's views produce (iac/view_*.c, image.c,
 * terraform/): `on FORMAT KIND` in a rule must name one of these, so the
 * compiler reads this table (a new kind is added here with its view).
 *  X(FORMAT, "kind") */
#define IAC_KINDS(X)                                                                               \
  X(CLOUDFORMATION, "resource")                                                                    \
  X(CLOUDFORMATION, "image")                                                                       \
  X(TERRAFORM, "resource")                                                                         \
  X(TERRAFORM, "data")                                                                             \
  X(TERRAFORM, "image")                                                                            \
  X(TERRAFORM, "container")                                                                        \
  X(TERRAFORM, "provider")                                                                         \
  X(ANSIBLE, "task")                                                                               \
  X(KUBERNETES, "resource")                                                                        \
  X(KUBERNETES, "container")                                                                       \
  X(KUBERNETES, "image")                                                                           \
  X(POLICY, "statement")                                                                           \
  X(AWSAPI, "repository")                                                                          \
  X(AWSAPI, "event")                                                                               \
  X(AWSAPI, "request")                                                                             \
  X(AWSAPI, "policy")                                                                              \
  X(AWSAPI, "image")                                                                               \
  X(DOCKERFILE, "image")                                                                           \
  X(DOCKERFILE, "file")                                                                            \
  X(COMPOSE, "image")                                                                              \
  X(CI, "push")

typedef enum iac_format {
  IAC_FMT_NONE = 0,
#define IAC_FMT_ENUM(id, name) IAC_FMT_##id,
  IAC_FORMATS(IAC_FMT_ENUM)
#undef IAC_FMT_ENUM
      IAC_FMT__COUNT
} iac_format;

const char *iac_format_name(iac_format f);      /* "cloudformation", ...; "" for NONE */
iac_format iac_format_lookup(const char *name); /* IAC_FMT_NONE if unknown */

typedef struct iac_resource {
  iac_format format;
  const char *kind; /* selector kind: "resource", "data", "task", "object", "statement", ... */
  const char *type; /* "AWS::ECR::Repository", "aws_ecr_repository", "community.aws.ecs_ecr" */
  const char
      *name; /* display name: "AWS::ECR::Repository.MyRepo", "module.x.aws_ecr_repository.y[0]" */
  const char *file;     /* path as given to the loader (the CLI makes it scan-root relative) */
  uint32_t line, col;   /* where the resource is declared (findings for missing attributes) */
  const doc_node *body; /* bound to the selector's `as` name */
} iac_resource;

typedef enum iac_severity { IAC_SEV_ERROR, IAC_SEV_WARNING } iac_severity;

/* A located diagnostic about an input file (parse error, limit, unsupported). */
typedef struct iac_error {
  const char *file;
  uint32_t line, col; /* 0 when the whole file is concerned */
  const char *message;
  /* IAC_SEV_WARNING: the loader went on with a stated choice ("duplicate key
   * 'a' (the one at line 3 wins)"): the unit is complete, and the scan engine
   * reports it as a warning, not as an error. The kind is this field, never
   * the message's wording (iac_unit_warning records one). */
  iac_severity severity;
} iac_error;

/* Limits applied by every loader (issue: hostile input). 0 = built-in default. */
typedef struct iac_limits {
  size_t max_file_size;         /* bytes */
  uint32_t max_depth;           /* nesting depth of collections */
  uint64_t max_alias_expansion; /* YAML nodes produced by alias expansion */
  uint32_t max_template_depth;  /* HCL ${ } nesting */
  /* bytes (strings, and nodes at their size) that evaluation of CloudFormation
   * intrinsics and Terraform expressions/modules may produce per unit; past
   * it values are unknown with a located reason (docs/reliability.md) */
  uint64_t max_eval_bytes;
} iac_limits;

#define IAC_DEFAULT_MAX_FILE_SIZE (64u << 20)
#define IAC_DEFAULT_MAX_DEPTH 512u
#define IAC_DEFAULT_MAX_ALIAS_EXPANSION 1000000u
#define IAC_DEFAULT_MAX_TEMPLATE_DEPTH 64u
#define IAC_DEFAULT_MAX_EVAL_BYTES (256ull << 20)

typedef struct iac_unit {
  base_arena arena;  /* owns everything below */
  const char *path;  /* file or directory the unit was loaded from */
  iac_format format; /* detected format; IAC_FMT_NONE = parsed but not IaC we know */
  iac_resource *resources;
  size_t n_resources;
  iac_error *errors;
  size_t n_errors;
  bool failed; /* the input could not be parsed at all (errors says why) */
  /* source text, kept for suppressions and source snippets (may be NULL) */
  const char *text;
  size_t text_len;
  /* the parsed documents (a YAML stream may hold several) */
  const doc_node **docs;
  size_t n_docs;
  void *owned;             /* malloc'd block freed with the unit (iac_load_owned's text) */
  uint64_t max_eval_bytes; /* iac_limits.max_eval_bytes for the views; 0 = default */
  /* Where the file is on disk and the resolved scan root it was found under
   * (both NULL for a document held in memory): a view that follows the
   * file's references (a CI step's shell script) reads only inside root_real
   * and logs what it reads (base_read_log_probe) for incremental scans. */
  const char *disk_path, *root_real;
} iac_unit;

/* Load one YAML/JSON file: parse, detect its format, build its resources.
 * Never returns NULL; parse failures come back as unit->failed with errors. */
iac_unit *iac_load_file(const char *path, const iac_limits *lim);
/* Same from memory (for the library API, tests and fuzzers); `name` is the file
 * name used in locations and for format detection by extension. */
iac_unit *iac_load_buffer(const char *name, const char *buf, size_t len, const iac_limits *lim);
/* Same, taking ownership of buf (malloc'd, buf[len] == 0): the unit keeps it
 * as its text instead of copying it, and frees it with the unit. */
iac_unit *iac_load_owned(const char *name, char *buf, size_t len, const iac_limits *lim);
/* Where a scanned file was read from (iac_unit.disk_path / root_real). */
typedef struct iac_load_source {
  const char *disk_path, *root_real;
} iac_load_source;
/* iac_load_owned for a file of a scan: the unit knows src (copied). */
iac_unit *iac_load_owned_from(const char *name, char *buf, size_t len, const iac_limits *lim,
                              const iac_load_source *src);
void iac_unit_free(iac_unit *u);

/* Recording helpers for loaders. */
/* Each returns the recorded entry (file = u->path, for the caller to re-point). */
iac_error *iac_unit_error(iac_unit *u, uint32_t line, uint32_t col, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
iac_error *iac_unit_warning(iac_unit *u, uint32_t line, uint32_t col, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/* Either, by severity. */
iac_error *iac_unit_diag(iac_unit *u, iac_severity sev, uint32_t line, uint32_t col,
                         const char *fmt, va_list ap) __attribute__((format(printf, 5, 0)));
iac_resource *iac_unit_add_resource(iac_unit *u); /* zeroed, file = u->path */

#endif
