/* builtin_table.c — vm_builtin_table, generated from the VM_BUILTINS X-macro. */
#include <stdio.h>

#include "builtins.h"

const vm_builtin_info vm_builtin_table[VM_BI__COUNT] = {
#define VM_BI_INFO(id, name, arity, ret, a0, a1, doc) {name, arity, ret, {a0, a1}, doc},
    VM_BUILTINS(VM_BI_INFO)
#undef VM_BI_INFO
};

size_t vm_builtin_kinds(unsigned mask, char *buf, size_t cap) {
  static const struct {
    unsigned k;
    const char *name;
  } order[] = {{VM_K_ARG0, "arg0"}, {VM_K_LIST, "list"},  {VM_K_MAP, "map"},  {VM_K_STR, "string"},
               {VM_K_NUM, "number"}, {VM_K_BOOL, "bool"}, {VM_K_NULL, "null"}};
  size_t n = 0;
  if (cap) buf[0] = 0;
  for (size_t i = 0; i < sizeof order / sizeof order[0]; i++) {
    if (!(mask & order[i].k)) continue;
    int w = snprintf(buf + (n < cap ? n : cap), n < cap ? cap - n : 0, "%s%s", n ? "\\|" : "",
                     order[i].name);
    n += w > 0 ? (size_t)w : 0;
  }
  if (!n) {
    int w = snprintf(buf, cap, "any");
    n = w > 0 ? (size_t)w : 0;
  }
  return n;
}
