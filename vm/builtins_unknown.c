/* builtins_unknown.c — unknown(why): an unknown value with the reason a rule
 * gives (vm/builtins.h), for a verdict the scan cannot reach whose reason no
 * value of the input carries (a tag that reads a variable set outside the
 * file is a known string; that its value is not known is the rule's say). */
#include <string.h>

#include "builtins.h"
#include "vm_internal.h"

vm_value vm_bi_unknown(vm_state *s, const vm_value *a) {
  if (a->tag == VV_UNKNOWN) return vm_v_unknown_of(a); /* its own reason */
  if (a->tag != VV_STR) return vm_v_unknown("unknown(why) was given a reason that is not a string");
  char *why = vm_build_alloc(s, (size_t)a->len + 1);
  if (!why) return vm_budget_unknown(s);
  memcpy(why, a->u.s, a->len);
  why[a->len] = 0;
  vm_value v = vm_v_unknown(why);
  v.line = a->line;
  v.col = a->col;
  return v;
}
