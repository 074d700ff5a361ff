/* opcodes.h — THE instruction set. This X-macro table is the only definition:
 * the encoder (compiler/codegen.c), verifier (vm/verify.c), interpreter
 * (vm/interp.c), disassembler (vm/disasm.c) and docs/bytecode.md all come from it.
 *
 * Encoding: one opcode byte, then `nops` operands, each a little-endian u32.
 * Code offsets (jump targets) are absolute byte offsets inside the selector's
 * code block. Stack effects: `pop`/`push` are exact, except where pop is -1
 * (variable: given by an operand, documented in the line).
 *
 * Values are three-valued: see vm/value.h for missing/unknown propagation.
 *
 *  X(NAME,        nops, pop, push, "operands: effect") */
#ifndef VIGIL_VM_OPCODES_H
#define VIGIL_VM_OPCODES_H

#define VM_OPCODES(X) \
  X(NOP,           0,  0, 0, "-: do nothing") \
  X(CONST,         1,  0, 1, "K: push constant K") \
  X(MISSING,       0,  0, 1, "-: push missing") \
  X(SUBJECT,       0,  0, 1, "-: push the selected resource's body (the `as` binding), located at the resource") \
  X(LOAD,          1,  0, 1, "L: push local L") \
  X(STORE,         1,  1, 0, "L: pop into local L") \
  X(POP,           0,  1, 0, "-: discard the top value") \
  X(DUP,           0,  1, 2, "-: duplicate the top value") \
  X(FIELD,         1,  1, 1, "K: pop v; push v.K (K a string constant); missing if v is not a map or lacks K; unknown if v unknown; maps over a projection") \
  X(INDEX,         0,  2, 1, "-: pop i, v; push v[i] (number into list, negative from end; string into map); missing if absent; unknown if either unknown; maps over a projection") \
  X(WILDCARD,      0,  1, 1, "-: pop v; push v[*], a projection over list items or map values (empty for scalars, unknown if v unknown)") \
  X(EQ,            0,  2, 1, "-: pop b, a; push a == b (unknown if either unknown; missing == missing is true)") \
  X(NE,            0,  2, 1, "-: pop b, a; push a != b") \
  X(LT,            0,  2, 1, "-: pop b, a; push a < b (numbers or strings; unknown if either unknown; false if kinds differ)") \
  X(LE,            0,  2, 1, "-: pop b, a; push a <= b") \
  X(GT,            0,  2, 1, "-: pop b, a; push a > b") \
  X(GE,            0,  2, 1, "-: pop b, a; push a >= b") \
  X(IN,            0,  2, 1, "-: pop c, v; push v in c (list member, map key, substring of string); unknown if v, c or a compared member unknown and no match") \
  X(NOT,           0,  1, 1, "-: pop a; push not a (three-valued; non-bool is unknown)") \
  X(AND,           0,  2, 1, "-: pop b, a; push a and b (Kleene: false dominates, then unknown)") \
  X(OR,            0,  2, 1, "-: pop b, a; push a or b (Kleene: true dominates, then unknown)") \
  X(JMP,           1,  0, 0, "T: jump to T (forward only)") \
  X(JFALSE_KEEP,   1,  0, 0, "T: if top is false jump to T leaving it, else fall through (short-circuit and)") \
  X(JTRUE_KEEP,    1,  0, 0, "T: if top is true jump to T leaving it, else fall through (short-circuit or)") \
  X(JPRESENT_KEEP, 1,  0, 0, "T: if top is not missing jump to T leaving it, else fall through (a ?? b)") \
  X(CALL,          2, -1, 1, "B N: pop N arguments (last on top), push builtin B(args); N must equal B's arity") \
  X(CONCAT,        1, -1, 1, "N: pop N values, push the concatenation of their display forms (string interpolation)") \
  X(MKLIST,        1, -1, 1, "N: pop N values, push a list of them (list literals with non-constant items)") \
  X(ITER,          0,  1, 1, "-: pop a collection, push an iterator over its list items / map values (nothing for scalars and missing; an unknown collection yields one unknown item)") \
  X(NEXT,          2,  0, 0, "L T: the iterator is on top; store its next item in local L, or pop the iterator and jump to T when done") \
  X(LOOP,          1,  0, 0, "T: jump back to the NEXT at T (the only backward jump; the verifier pairs it with that NEXT)") \
  X(UNKNOWN_OR,    0,  1, 1, "-: pop a; push a if it is a bool, else unknown (conditions must be booleans)") \
  X(CHECK,         1,  0, 0, "T: top is an expect condition: if true pop it and jump to T (pass), else keep it and fall through to the report") \
  X(REPORT,        0,  3, 0, "-: pop message, at, cond: emit a finding at `at`'s location (the resource if missing/unlocated): fail if cond is false, unknown otherwise; message missing = default") \
  X(WHEN,          1,  1, 0, "T: pop a guard: true falls through; false jumps to T (not applicable); unknown emits an unknown finding at the resource and jumps to T") \
  X(RESOURCES,     1,  0, 1, "K: push the list of bodies of resources of type K (string constant) in the current unit, same format as the subject") \
  X(RET,           0,  0, 0, "-: end of the selector body (stack must be empty)") \
  X(ADD,           0,  2, 1, "-: pop b, a; push a + b: numbers (a string spelling a number counts as one), or strings or lists concatenated; missing if either is missing; other kinds unknown with a reason") \
  X(SUB,           0,  2, 1, "-: pop b, a; push a - b (numbers, as ADD; missing if either is missing; other kinds unknown with a reason)") \
  X(MUL,           0,  2, 1, "-: pop b, a; push a * b (as SUB)") \
  X(DIV,           0,  2, 1, "-: pop b, a; push a / b (as SUB; division by zero is unknown)") \
  X(MOD,           0,  2, 1, "-: pop b, a; push the remainder of a / b, with the sign of a (as DIV)") \
  X(PICK,          0,  3, 1, "-: pop c, b, a: push a if c is true, b if c is false, else (c unknown) a if a equals b, else c (if c then a else b)") \
  X(NEWLIST,       0,  0, 1, "-: push a new empty list that APPEND may grow") \
  X(REPORT_DEF,    0,  3, 0, "-: pop message, at, cond: as REPORT, where message is the default fail wording (`expected COND`): an unknown says `unknown: REASON` instead") \
  X(PARAM,         1,  0, 1, "P: push the value of the pack's param P (its default, or the scan's override)") \
  X(APPEND,        0,  2, 1, "-: pop v, l; append v to l in place when l was made by NEWLIST (a missing v is left out), push l; any other l (an unknown accumulator) is pushed back unchanged") \
  X(EMIT,          2, -1, 0, "K N: pop N values (the last on top); record the fact {K[i]: value i} (K a constant list of N distinct key strings; a missing value leaves its key out) for the facts pass: only in a fact's selectors") \
  X(FACTS,         1,  0, 1, "K: push the records of fact K (a string constant naming one of the pack's facts) collected from the whole scan, a list of maps; unknown when the scan collected none (no facts pass)") \
  X(FACTS_WHERE,   2,  1, 1, "K F: pop v; push the records of fact K whose field F (a string constant) is the string v, in table order (an index lookup); [] when v is missing or not a string; v when it is unknown; unknown when the scan collected no facts")

typedef enum vm_opcode {
#define VM_OP_ENUM(name, nops, pop, push, doc) VM_OP_##name,
  VM_OPCODES(VM_OP_ENUM)
#undef VM_OP_ENUM
  VM_OP__COUNT
} vm_opcode;

typedef struct vm_opinfo {
  const char *name;
  int nops; /* operand count (each a u32) */
  int pop;  /* -1: variable, see the doc */
  int push;
  const char *doc;
} vm_opinfo;

extern const vm_opinfo vm_opinfo_table[VM_OP__COUNT];

#endif
