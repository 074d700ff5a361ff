/* builtin_table.c — vm_builtin_table, generated from the VM_BUILTINS X-macro. */
#include "builtins.h"

const vm_builtin_info vm_builtin_table[VM_BI__COUNT] = {
#define VM_BI_INFO(id, name, arity, doc) {name, arity, doc},
    VM_BUILTINS(VM_BI_INFO)
#undef VM_BI_INFO
};
