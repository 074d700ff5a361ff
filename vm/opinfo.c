/* opinfo.c — vm_opinfo_table, generated from the VM_OPCODES X-macro (opcodes.h). */
#include "opcodes.h"

const vm_opinfo vm_opinfo_table[VM_OP__COUNT] = {
#define VM_OP_INFO(name, nops, pop, push, doc) {#name, nops, pop, push, doc},
    VM_OPCODES(VM_OP_INFO)
#undef VM_OP_INFO
};
