/* alt.c — evaluating a rule once per combination of the alternatives it reads
 * (vm_internal.h; docs/language.md, "Alternatives").
 *
 * An alternative is a value known to be one of a few (doc.h, DOC_F_ALT). The
 * first evaluation of a rule on a resource sees each as a plain unknown; if it
 * read one (s->alt_read), the evaluation is run again as a depth-first walk of
 * the choices in the order the rule reads them: a choice not yet taken in
 * this run takes branch 0 and is recorded, one already taken keeps its branch
 * (so the same condition, parameter or variable read twice is correlated),
 * and the next run advances the last choice that has a branch left, dropping
 * the ones read after it. Runs are deterministic, so each run is one leaf of
 * the tree of choices and only choices the rule actually reads multiply.
 *
 * The leaves' findings are combined per place: a failure every leaf reports is
 * a failure; one that only some leaves report is unknown, its reason naming
 * the choices that lead to it ("fails when condition IsProd is false"), and
 * stands for the other leaves' unknowns at that place; any other unknown or
 * error of a leaf is kept; pass only when no leaf reported anything. Past ALT_MAX_LEAVES
 * combinations the result is one unknown. The instruction and byte budgets are those of the one
 * (rule, resource) evaluation, shared by all its leaves. */
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "vm_internal.h"

enum { ALT_MAX_LEAVES = 64, ALT_MAX_DEPTH = 64 };

typedef struct alt_pick {
  const doc_alt *alt; /* the first alternative of this choice read in the run */
  uint32_t branch;
} alt_pick;

typedef struct alt_leaf {
  uint32_t f0, f1; /* its findings: s->found[f0, f1) */
  uint32_t np;     /* its choices: pool[leaf * ALT_MAX_DEPTH ...][0, np) */
} alt_leaf;

struct vm_alts {
  bool active;   /* a combination is being evaluated */
  bool overflow; /* one run read more than ALT_MAX_DEPTH choices */
  alt_pick cur[ALT_MAX_DEPTH];
  uint32_t n_cur;
  alt_leaf leaves[ALT_MAX_LEAVES];
  uint32_t n_leaves;
  alt_pick pool[ALT_MAX_LEAVES * ALT_MAX_DEPTH];
};

void vm_alts_free(struct vm_alts *a) {
  free(a);
}

static bool same_choice(const doc_alt *a, const doc_alt *b) {
  return a == b || a->choice == b->choice || strcmp(a->choice, b->choice) == 0;
}

const doc_node *vm_alt_pick(vm_state *s, const doc_node *n) {
  const doc_alt *a = iac_doc_alt_of(n);
  struct vm_alts *A = s->alts;
  if (!a) return n;
  if (!A || !A->active) {
    s->alt_read = true;
    return n;
  }
  for (uint32_t k = 0; k < A->n_cur; k++)
    if (same_choice(A->cur[k].alt, a))
      /* a choice of the same name with fewer branches cannot be matched up:
       * that read stays unknown */
      return A->cur[k].branch < a->n ? a->branches[A->cur[k].branch] : n;
  if (A->n_cur == ALT_MAX_DEPTH) {
    A->overflow = true;
    return n;
  }
  A->cur[A->n_cur].alt = a;
  A->cur[A->n_cur++].branch = 0;
  return a->branches[0];
}

/* ---- combining the leaves ----
 * By sorting, so a rule that reports at thousands of items costs n log n:
 * findings are matched across leaves by (place, status, message for
 * unknowns, order among the leaf's findings with that key). */

typedef struct alt_rec {
  const vm_finding *f;
  uint32_t k; /* index in s->found: orders by leaf, then by emission */
  uint32_t leaf;
  uint32_t ord; /* among the leaf's findings with the same key */
} alt_rec;

static int status_rank(vm_status st) {
  return st == VM_FAIL ? 0 : st == VM_UNKNOWN ? 1 : 2;
}

/* Place, then status (failures first), then message (not for failures:
 * theirs may quote the value that differs between leaves). */
static int cmp_key(const alt_rec *a, const alt_rec *b) {
  const vm_finding *x = a->f, *y = b->f;
  if (x->line != y->line) return x->line < y->line ? -1 : 1;
  if (x->col != y->col) return x->col < y->col ? -1 : 1;
  int r = status_rank(x->status) - status_rank(y->status);
  if (r) return r;
  return x->status == VM_FAIL ? 0 : strcmp(x->message, y->message);
}

static int cmp_leaf_order(const void *pa, const void *pb) {
  const alt_rec *a = pa, *b = pb;
  int r = cmp_key(a, b);
  if (r) return r;
  return a->k < b->k ? -1 : a->k > b->k;
}

static int cmp_group_order(const void *pa, const void *pb) {
  const alt_rec *a = pa, *b = pb;
  int r = cmp_key(a, b);
  if (r) return r;
  if (a->ord != b->ord) return a->ord < b->ord ? -1 : 1;
  return a->k < b->k ? -1 : a->k > b->k;
}

typedef struct alt_group {
  vm_finding f; /* the first leaf's */
  uint32_t k;
  uint64_t leaves;
} alt_group;

static int cmp_emission(const void *pa, const void *pb) {
  const alt_group *a = pa, *b = pb;
  return a->k < b->k ? -1 : a->k > b->k;
}

/* "fails when condition A is true and parameter B = X": from the root of the
 * tree of choices, the branches towards the first leaf in `fails` until every
 * leaf below reports the failure. */
static const char *explain(vm_state *s, uint64_t fails) {
  struct vm_alts *A = s->alts;
  uint64_t below = A->n_leaves == 64 ? ~0ull : (1ull << A->n_leaves) - 1;
  uint32_t first = (uint32_t)__builtin_ctzll(fails);
  const alt_leaf *fl = &A->leaves[first];
  const alt_pick *path = &A->pool[(size_t)first * ALT_MAX_DEPTH];
  base_strbuf b = {&s->scratch, NULL, 0, 0};
  base_strbuf_add(&b, "fails when ", 11);
  for (uint32_t d = 0; (below & ~fails) && d < fl->np; d++) {
    const char *ph = path[d].alt->phrases[path[d].branch];
    if (d) base_strbuf_add(&b, " and ", 5);
    base_strbuf_add(&b, ph, strlen(ph));
    uint64_t next = 0;
    for (uint32_t l = 0; l < A->n_leaves; l++) {
      const alt_pick *p = &A->pool[(size_t)l * ALT_MAX_DEPTH];
      if ((below >> l & 1) && A->leaves[l].np > d && p[d].branch == path[d].branch &&
          same_choice(p[d].alt, path[d].alt))
        next |= 1ull << l;
    }
    below = next;
  }
  return b.p;
}

static void combine(vm_state *s) {
  struct vm_alts *A = s->alts;
  uint64_t all = A->n_leaves == 64 ? ~0ull : (1ull << A->n_leaves) - 1;
  uint32_t cap = s->n_found ? s->n_found : 1, n = 0;
  alt_rec *rec = base_arena_alloc(&s->scratch, cap * sizeof *rec);
  const vm_finding *pass = NULL;
  for (uint32_t l = 0; l < A->n_leaves; l++)
    for (uint32_t k = A->leaves[l].f0; k < A->leaves[l].f1; k++) {
      if (s->found[k].status == VM_PASS) {
        if (!pass) pass = &s->found[k];
        continue;
      }
      rec[n++] = (alt_rec){&s->found[k], k, l, 0};
    }
  qsort(rec, n, sizeof *rec, cmp_leaf_order);
  for (uint32_t i = 1; i < n; i++)
    if (!cmp_key(&rec[i - 1], &rec[i]) && rec[i - 1].leaf == rec[i].leaf)
      rec[i].ord = rec[i - 1].ord + 1;
  qsort(rec, n, sizeof *rec, cmp_group_order);
  alt_group *g = base_arena_alloc(&s->scratch, cap * sizeof *g);
  uint32_t ng = 0;
  bool fail_here = false; /* a failure group at the current place */
  for (uint32_t i = 0; i < n; i++) {
    const vm_finding *f = rec[i].f;
    bool same_place = i && rec[i - 1].f->line == f->line && rec[i - 1].f->col == f->col;
    if (!same_place) fail_here = false;
    if (i && !cmp_key(&rec[i - 1], &rec[i]) && rec[i - 1].ord == rec[i].ord) {
      g[ng - 1].leaves |= 1ull << rec[i].leaf;
      continue;
    }
    /* a failure in some leaves says more than another leaf's unknown there */
    if (f->status == VM_UNKNOWN && fail_here) {
      g[ng].leaves = 0; /* dropped: consumes no group, but later records of
                           this key must not join the previous group */
      g[ng].f = *f;
      g[ng].k = UINT32_MAX;
      ng++;
      continue;
    }
    fail_here |= f->status == VM_FAIL;
    g[ng].f = *f;
    g[ng].k = rec[i].k;
    g[ng++].leaves = 1ull << rec[i].leaf;
  }
  qsort(g, ng, sizeof *g, cmp_emission);
  s->n_found = 0;
  if (pass && !(ng && g[0].k != UINT32_MAX)) s->found[s->n_found++] = *pass;
  for (uint32_t j = 0; j < ng && g[j].k != UINT32_MAX; j++) {
    s->found[s->n_found] = g[j].f;
    if (g[j].f.status == VM_FAIL && g[j].leaves != all) {
      s->found[s->n_found].status = VM_UNKNOWN;
      s->found[s->n_found].reason = explain(s, g[j].leaves);
    }
    s->n_found++;
  }
}

void vm_alt_eval_rule(vm_state *s, const uint32_t *ids, uint32_t lo, uint32_t hi, uint64_t *steps) {
  if (!s->alts) s->alts = base_xcalloc(1, sizeof *s->alts);
  struct vm_alts *A = s->alts;
  A->active = true;
  A->overflow = false;
  A->n_cur = 0;
  A->n_leaves = 0;
  s->n_found = 0; /* the first evaluation saw the alternatives as unknowns */
  bool bounded = false;
  for (;;) {
    if (A->n_leaves == ALT_MAX_LEAVES) {
      bounded = true;
      break;
    }
    uint32_t f0 = s->n_found;
    vm_eval_rule(s, ids, lo, hi, steps);
    if (A->overflow) {
      bounded = true;
      break;
    }
    alt_leaf *lf = &A->leaves[A->n_leaves];
    lf->f0 = f0;
    lf->f1 = s->n_found;
    lf->np = A->n_cur;
    memcpy(&A->pool[(size_t)A->n_leaves * ALT_MAX_DEPTH], A->cur, A->n_cur * sizeof *A->cur);
    A->n_leaves++;
    /* the next combination: the last choice with a branch left advances,
     * the choices read after it are read afresh */
    uint32_t j = A->n_cur;
    while (j > 0 && A->cur[j - 1].branch + 1 >= A->cur[j - 1].alt->n)
      j--;
    if (j == 0) break;
    A->cur[j - 1].branch++;
    A->n_cur = j;
  }
  A->active = false;
  if (bounded) {
    s->n_found = 0;
    vm_found_unknown(s, s->res->line, s->res->col,
                     "limit exceeded: more than 64 combinations of alternatives");
    return;
  }
  combine(s);
}
