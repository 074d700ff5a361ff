/* param_value.h — a rule `param` value written in YAML that was read with raw
 * scalars (.vigil.yaml `params:`, a rule test file's `params:`), typed as YAML
 * would type it, so both places give a param the same value for the same text. */
#ifndef VIGIL_ENGINE_PARAM_VALUE_H
#define VIGIL_ENGINE_PARAM_VALUE_H

#include "arena.h"
#include "doc.h"

/* A copy of n in a: a plain (unquoted) scalar that spells a number, true /
 * false or null becomes that; anything quoted stays a string; lists and maps
 * are copied item by item. NULL when n nests deeper than 64 or holds an
 * unknown (neither can be a param value). */
doc_node *engine_param_value(base_arena *a, const doc_node *n);

#endif
