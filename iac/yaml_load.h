/* yaml_load.h — YAML 1.1 / JSON text -> located doc_node trees (internal to iac/;
 * readers outside iac/ use read.h).
 *
 * YAML through libyaml's event API (yaml_events.c), JSON through yajl's
 * callbacks (json_events.c), both into one tree builder (tree_build.h): nodes
 * go straight into the unit's arena with the line/column of every value and
 * every map key, under the same limits and with the same located errors (see
 * docs/formats.md for why yajl, and not cJSON or libyaml, for JSON).
 *
 * Tags: doc_node.tag holds one of the IAC_TAG_* ids below, so views can see
 * `!Ref`, `!Sub`, ... (CloudFormation short forms) or Ansible's `!unsafe`. */
#ifndef VIGIL_IAC_YAML_LOAD_H
#define VIGIL_IAC_YAML_LOAD_H

#include <stdbool.h>
#include <stddef.h>

#include "iac.h"
#include "read.h"

/* X(ID, "yaml tag as libyaml reports it", "CloudFormation long form or NULL") */
#define IAC_YAML_TAGS(X)                                                                           \
  X(REF, "!Ref", "Ref")                                                                            \
  X(SUB, "!Sub", "Fn::Sub")                                                                        \
  X(GETATT, "!GetAtt", "Fn::GetAtt")                                                               \
  X(IF, "!If", "Fn::If")                                                                           \
  X(JOIN, "!Join", "Fn::Join")                                                                     \
  X(SELECT, "!Select", "Fn::Select")                                                               \
  X(FINDINMAP, "!FindInMap", "Fn::FindInMap")                                                      \
  X(EQUALS, "!Equals", "Fn::Equals")                                                               \
  X(NOT, "!Not", "Fn::Not")                                                                        \
  X(AND, "!And", "Fn::And")                                                                        \
  X(OR, "!Or", "Fn::Or")                                                                           \
  X(BASE64, "!Base64", "Fn::Base64")                                                               \
  X(CIDR, "!Cidr", "Fn::Cidr")                                                                     \
  X(IMPORTVALUE, "!ImportValue", "Fn::ImportValue")                                                \
  X(SPLIT, "!Split", "Fn::Split")                                                                  \
  X(GETAZS, "!GetAZs", "Fn::GetAZs")                                                               \
  X(CONDITION, "!Condition", "Condition")                                                          \
  X(TRANSFORM, "!Transform", "Fn::Transform")                                                      \
  X(LENGTH, "!Length", "Fn::Length")                                                               \
  X(TOJSONSTRING, "!ToJsonString", "Fn::ToJsonString")                                             \
  X(STR, "tag:yaml.org,2002:str", NULL)                                                            \
  X(INT, "tag:yaml.org,2002:int", NULL)                                                            \
  X(FLOAT, "tag:yaml.org,2002:float", NULL)                                                        \
  X(BOOL, "tag:yaml.org,2002:bool", NULL)                                                          \
  X(NULL, "tag:yaml.org,2002:null", NULL)                                                          \
  X(BINARY, "tag:yaml.org,2002:binary", NULL)                                                      \
  X(MAP, "tag:yaml.org,2002:map", NULL)                                                            \
  X(SEQ, "tag:yaml.org,2002:seq", NULL)                                                            \
  X(UNSAFE, "!unsafe", NULL)                                                                       \
  X(VAULT, "!vault", NULL)

enum {
  IAC_TAG_NONE = 0,
#define IAC_TAG_ENUM(id, yaml, cfn) IAC_TAG_##id,
  IAC_YAML_TAGS(IAC_TAG_ENUM)
#undef IAC_TAG_ENUM
      IAC_TAG_OTHER, /* any other explicit tag (kept as a marker only) */
  IAC_TAG__COUNT
};

/* "!Ref", ...; "" for NONE; "!<other>" for OTHER. */
const char *iac_yaml_tag_name(unsigned tag);
/* CloudFormation long form of a short-form tag ("Fn::Sub"), or NULL. */
const char *iac_yaml_tag_cfn(unsigned tag);

/* Parse text[0..len) (NUL-terminated by the caller) into u->docs/u->n_docs.
 * json: RFC 8259 JSON through yajl (one value; no comments, trailing commas).
 * Errors go to u via iac_unit_error; on a fatal one u->failed is set and false
 * returned. Duplicate keys are reported but do not fail the load. */
bool iac_yaml_load(iac_unit *u, const char *text, size_t len, const iac_limits *lim, bool json);
/* The same with a reader's options (read.h): raw scalars, duplicates kept. */
bool iac_yaml_load_opts(iac_unit *u, const char *text, size_t len, const iac_limits *lim,
                        const iac_read_opts *o);

/* Parse a string value holding a JSON document (a policy serialised into a
 * property) into u's arena; every node is located at the string. NULL when
 * the string is not one JSON object/array (no diagnostics are recorded). */
const doc_node *iac_yaml_parse_embedded(iac_unit *u, const doc_node *str);

#endif
