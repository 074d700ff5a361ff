/* cmd_merge.c — `vigil merge [OPTIONS] FILE...`: joins the JSON reports of a
 * sharded scan (`vigil scan --shard K/N --format json`, shard.h) into one
 * report in any format, byte for byte the report one unsharded scan would
 * have written (docs/scale.md).
 *
 * The shards must agree on the vigil version, the pack, its params, N and
 * the plan (the units of the scanned tree); each K of 1..N must come exactly
 * once. Results go back into report order by their units' plan indices and
 * through the same CI session as a scan's (ci_session.h: formats, outputs,
 * gate); errors, warnings and skips are sorted as a scan sorts them; the fate
 * of each Terraform file is decided over every shard (failed over scanned
 * over skipped). The pack is not in the reports: the same --pack, --rules or
 * --pack-name as the scan's is needed (the built-in pack by default), and
 * its digest must be the shards'.
 *
 * Memory: each report is read as a stream (merge_read.h) and its results
 * spooled; the merge then walks the units in plan order, reading each unit's
 * results back from the spool, so one unit's results are in memory
 * at a time, whatever the number of results. --write-baseline goes through
 * the CI session's baseline writer, as a scan's does. */
#define _GNU_SOURCE /* qsort_r: rule ids sorted with the pack as context */
#include <cjson/cJSON.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h> /* off_t */
#include <unistd.h>

#include "alloc.h"
#include "writefile.h"
#include "ci_session.h"
#include "cmd.h"
#include "escape.h"
#include "merge_read.h"
#include "packs.h"
#include "report.h"
#include "scan.h"
#include "shard.h"
#include "utf8.h"
#include "vigil.h"

enum { OPT_QUIET = 1 };

static const cli_option options[] = {
    CLI_PACK_OPTIONS("compile these rule sources: the shards' pack (repeatable)",
                     "the shards' compiled pack (.vgp)"),
    {"pack-name", 0, true, CLI_PACK_OPT_NAME, "NAME", "the shards' shipped pack"},
    {"pack-digest", 0, true, CLI_PACK_OPT_DIGEST, "sha256:HEX",
     "refuse the pack unless its digest is exactly this"},
    {"format", 'f', true, CLI_CI_OPT_FORMAT, "FORMAT",
     "text (default), json, sarif, junit, github; repeatable"},
    {"output", 'o', true, CLI_CI_OPT_OUTPUT, "[FORMAT=]FILE",
     "write FORMAT (default: the only format) to FILE; repeatable"},
    {"fail-on", 0, true, CLI_CI_OPT_FAIL_ON, "SEVERITY",
     "exit 1 only for failures at or above SEVERITY (default info: any)"},
    {"soft-fail", 0, false, CLI_CI_OPT_SOFT_FAIL, NULL, "exit 0 whatever was found"},
    {"unknown", 0, true, CLI_CI_OPT_UNKNOWN, "POLICY",
     "report (default): show unknowns; fail: they fail the gate; pass: treat as passes"},
    {"write-baseline", 0, true, CLI_CI_OPT_WRITE_BASELINE, "FILE",
     "record the fail/unknown results of every shard in FILE (and exit 0), as vigil scan "
     "--write-baseline would"},
    {"docs-url", 0, true, CLI_CI_OPT_DOCS_URL, "URL",
     "sarif: absolute base URL of the docs (as for scan)"},
    {"quiet", 'q', false, OPT_QUIET, NULL, "text: findings and errors only"},
    {0},
};

static const cli_command command = {
    .usage = "usage: vigil merge [OPTIONS] FILE...\n\n"
             "Joins the JSON reports of `vigil scan --shard K/N --format json` (one per K) into\n"
             "one report, the report one unsharded scan would have written.\n\n",
    .options = options,
    .notes = "\nexit status: as vigil scan: 0 no failures; 1 failures or files that could not be\n"
             "parsed; 2 usage errors or shards that do not fit together.\n",
    .max_args = CLI_ARGS_ANY,
};

typedef struct merge_cmd {
  cli_packs packs;
  cli_ci ci;
  bool quiet;
} merge_cmd;

static int merge_option(void *ctx, int id, const char *arg) {
  merge_cmd *mc = ctx;
  if (id >= CLI_PACK_OPT_RULES && id <= CLI_PACK_OPT_DIGEST)
    return cli_packs_option(&mc->packs, id, arg);
  if (id == OPT_QUIET) {
    mc->quiet = true;
    return 0;
  }
  return cli_ci_option(&mc->ci, id, arg);
}

/* One shard's report. It is read as a stream (merge_read.h): its results
 * wait in the merge's scratch file (one for all shards, so any N fits in
 * the open-file limit), one compact JSON object a line, each shard's in a
 * run of its own, until the merge reaches their units; its other lists go straight into the merge's
 * arrays (merge_lists); what is left in `doc` is small (version, pack, params, summary, the shard's
 * scalars). */
typedef struct shard_in {
  const char *path;
  cJSON *doc;       /* the report but its lists */
  cJSON *shard;     /* its "shard" object */
  off_t next;       /* where its next unread result is in the spool */
  size_t n_results; /* how many */
  size_t n_counted; /* the sum of its units' result counts */
  uint32_t index;   /* K */
} shard_in;

/* A unit with results: which shard has them, and how many. */
typedef struct unit_ref {
  size_t unit, count;
  shard_in *from;
} unit_ref;

/* Every shard's lists but the results, gathered as they are read (strings in
 * the merged report's arena). */
typedef struct merge_lists {
  base_arena *arena;
  shard_in *cur; /* the shard being read */
  FILE *spool;   /* every shard's results, shard after shard */
  unit_ref *units;
  size_t n_units, cap_units;
  engine_file_error *errors;
  size_t n_errors, cap_errors;
  engine_warning *warnings;
  size_t n_warnings, cap_warnings;
  engine_skip *skips;
  size_t n_skips, cap_skips;
  engine_tf_fate *tf;
  size_t n_tf, cap_tf;
  bool io_error; /* the results' scratch file could not be written */
  bool bad_raw;  /* a "file_raw" that does not give back its "file" */
} merge_lists;

static int merr(const char *fmt, const char *a, const char *b) {
  char *sa = engine_escape_dup(a ? a : "", ENGINE_ESC_TEXT);
  char *sb = engine_escape_dup(b ? b : "", ENGINE_ESC_TEXT);
  fputs("vigil merge: ", stderr);
  fprintf(stderr, fmt, sa, sb);
  fputc('\n', stderr);
  free(sa);
  free(sb);
  return -1;
}

static const char *jstr(const cJSON *o, const char *key) {
  const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
  return cJSON_IsString(v) ? v->valuestring : NULL;
}

/* The largest count a member may hold: every integer up to it is exact in a
 * double, and it fits a size_t; a report is read from another machine, and
 * a number past it (or fractional) was a cast out of range (UB) or a count
 * to allocate for (fuzz_merge). */
#define COUNT_MAX 9007199254740992.0 /* 2^53 */

/* A count (a non-negative integer up to COUNT_MAX), or -1. */
static double count_of(const cJSON *v) {
  if (!cJSON_IsNumber(v)) return -1;
  double d = v->valuedouble;
  return d >= 0 && d <= COUNT_MAX && d == (double)(uint64_t)d ? d : -1;
}

/* A count member, or -1. */
static double jnum(const cJSON *o, const char *key) {
  return count_of(cJSON_GetObjectItemCaseSensitive(o, key));
}

/* A line or column member: a count that fits 32 bits, or -1. */
static double jpos(const cJSON *o, const char *key) {
  double d = jnum(o, key);
  return d <= UINT32_MAX ? d : -1;
}

static const char *arena_str(base_arena *a, const char *s) {
  return s ? base_arena_strdup(a, s) : NULL;
}

/* An error's or warning's location; -1 if it has no file. */
/* The exact name of the file an element names (merge_read.h), or NULL. */
static const char *file_of(merge_lists *m, const cJSON *e) {
  const char *file = engine_merge_file(e, m->arena);
  if (!file && cJSON_GetObjectItemCaseSensitive(e, "file_raw")) m->bad_raw = true;
  return file;
}

static int located(merge_lists *m, const cJSON *e, engine_file_error *out) {
  const char *file = file_of(m, e);
  if (!file) return -1;
  double line = jpos(e, "line"), col = jpos(e, "column"); /* a missing one: 0 */
  *out = (engine_file_error){file, (uint32_t)(line < 0 ? 0 : line), (uint32_t)(col < 0 ? 0 : col),
                             arena_str(m->arena, jstr(e, "message"))};
  return 0;
}

/* One element of a shard's list (engine_merge_element_fn): 0, or -1 for a
 * malformed one. */
static int merge_element(void *ctx, engine_merge_list list, const cJSON *e) {
  merge_lists *m = ctx;
  shard_in *s = m->cur;
  switch (list) {
  case ENGINE_MERGE_RESULTS: {
    if (cJSON_GetObjectItemCaseSensitive(e, "file_raw")) { /* checked now, before any output */
      base_arena scratch;
      base_arena_init(&scratch);
      merge_lists probe = {.arena = &scratch};
      bool ok = file_of(&probe, e) != NULL;
      base_arena_free(&scratch);
      if (!ok) {
        m->bad_raw = true;
        return -1;
      }
    }
    char *line = cJSON_PrintUnformatted(e);
    if (!line) abort();
    if (fputs(line, m->spool) < 0 || fputc('\n', m->spool) == EOF) m->io_error = true;
    free(line);
    s->n_results++;
    return m->io_error ? -1 : 0;
  }
  case ENGINE_MERGE_UNITS: {
    /* [plan index, result count]: counts (jnum), the sum with no wrap (it
     * must come to the results read, which bounds what a unit allocates) */
    double ui = count_of(cJSON_GetArrayItem(e, 0)), ci = count_of(cJSON_GetArrayItem(e, 1));
    if (ui < 0 || ci < 1 || (size_t)ci > SIZE_MAX - s->n_counted) return -1;
    if (m->n_units == m->cap_units)
      m->units = base_grow(m->units, &m->cap_units, m->n_units + 1, sizeof *m->units);
    m->units[m->n_units++] = (unit_ref){(size_t)ui, (size_t)ci, s};
    s->n_counted += (size_t)ci;
    return 0;
  }
  case ENGINE_MERGE_ERRORS:
    if (m->n_errors == m->cap_errors)
      m->errors = base_grow(m->errors, &m->cap_errors, m->n_errors + 1, sizeof *m->errors);
    return located(m, e, &m->errors[m->n_errors++]);
  case ENGINE_MERGE_WARNINGS: {
    engine_file_error w;
    if (located(m, e, &w)) return -1;
    if (m->n_warnings == m->cap_warnings)
      m->warnings =
          base_grow(m->warnings, &m->cap_warnings, m->n_warnings + 1, sizeof *m->warnings);
    m->warnings[m->n_warnings++] = (engine_warning){w.file, w.line, w.col, w.message};
    return 0;
  }
  case ENGINE_MERGE_SKIPPED: {
    const char *file = file_of(m, e);
    if (!file) return -1;
    if (m->n_skips == m->cap_skips)
      m->skips = base_grow(m->skips, &m->cap_skips, m->n_skips + 1, sizeof *m->skips);
    m->skips[m->n_skips++] = (engine_skip){file, arena_str(m->arena, jstr(e, "reason"))};
    return 0;
  }
  case ENGINE_MERGE_TERRAFORM: {
    const char *st = jstr(e, "status"), *file = file_of(m, e);
    if (!st || !file) return -1;
    if (m->n_tf == m->cap_tf) m->tf = base_grow(m->tf, &m->cap_tf, m->n_tf + 1, sizeof *m->tf);
    m->tf[m->n_tf++] = (engine_tf_fate){file,
                                        !strcmp(st, "failed")    ? ENGINE_TF_FAILED
                                        : !strcmp(st, "scanned") ? ENGINE_TF_SCANNED
                                                                 : ENGINE_TF_SKIPPED,
                                        arena_str(m->arena, jstr(e, "reason"))};
    return 0;
  }
  }
  return -1;
}

static int load_shard(shard_in *s, const char *path, merge_lists *m) {
  s->path = path;
  FILE *in = fopen(path, "rb");
  if (!in) return merr("%s: cannot read it (%s)", path, strerror(errno));
  if ((s->next = ftello(m->spool)) < 0) {
    fclose(in);
    return merr("%s: cannot write its results to a scratch file%s", path, "");
  }
  char err[256];
  m->cur = s;
  s->doc = engine_merge_read(in, merge_element, m, err, sizeof err);
  fclose(in);
  if (m->io_error) return merr("%s: cannot write its results to a scratch file%s", path, "");
  if (!s->doc && err[0]) return merr("%s: not a JSON report (%s)", path, err);
  if (m->bad_raw)
    return merr("%s: a malformed shard report (a \"file_raw\" is not the bytes of its "
                "\"file\")%s",
                path, "");
  if (!s->doc) return merr("%s: a malformed shard report%s", path, "");
  s->shard = cJSON_GetObjectItemCaseSensitive(s->doc, "shard");
  if (!cJSON_IsObject(s->shard))
    return merr("%s: not a shard's report (no \"shard\": write it with vigil scan --shard K/N "
                "--format json)%s",
                path, "");
  double k = jnum(s->shard, "index"), n = jnum(s->shard, "count");
  if (k < 1 || n < k || n > ENGINE_SHARD_MAX || !jstr(s->shard, "plan") ||
      !jstr(s->shard, "params") || jnum(s->shard, "units") < 0 || !jstr(s->doc, "pack") ||
      !jstr(s->doc, "vigil") ||
      !cJSON_IsArray(cJSON_GetObjectItemCaseSensitive(s->doc, "results")) ||
      !cJSON_IsObject(cJSON_GetObjectItemCaseSensitive(s->doc, "summary")))
    return merr("%s: a malformed shard report%s", path, "");
  const cJSON *sum = cJSON_GetObjectItemCaseSensitive(s->doc, "summary");
  if (jnum(sum, "scanned") < 0 || jnum(sum, "unparsable") < 0 || jnum(sum, "resources") < 0)
    return merr("%s: a malformed shard report%s", path, "");
  s->index = (uint32_t)k;
  if (s->n_counted != s->n_results)
    return merr("%s: its results do not add up to its units' counts%s", path, "");
  return 0;
}

/* The next result in the spool, parsed (NULL at an error). */
static cJSON *next_result(FILE *spool, char **line, size_t *cap) {
  if (getline(line, cap, spool) < 0) return NULL;
  return cJSON_Parse(*line);
}

/* The shards fit together: one version, pack, params, plan and N; each K once. */
static int check_shards(shard_in *s, size_t n) {
  const shard_in *a = &s[0];
  double count = jnum(a->shard, "count");
  for (size_t i = 1; i < n; i++) {
    const shard_in *b = &s[i];
    if (jnum(b->shard, "count") != count) {
      char *pa = engine_escape_dup(a->path, ENGINE_ESC_TEXT);
      char *pb = engine_escape_dup(b->path, ENGINE_ESC_TEXT);
      fprintf(stderr,
              "vigil merge: %s is shard %u/%.0f but %s is shard %u/%.0f: every shard must come "
              "from the same --shard K/N count\n",
              pb, b->index, jnum(b->shard, "count"), pa, a->index, count);
      free(pa);
      free(pb);
      return -1;
    }
    if (strcmp(jstr(b->doc, "vigil"), jstr(a->doc, "vigil")))
      return merr("%s: written by another vigil version than %s", b->path, a->path);
    if (strcmp(jstr(b->doc, "pack"), jstr(a->doc, "pack")))
      return merr("%s: scanned with another pack than %s", b->path, a->path);
    if (strcmp(jstr(b->shard, "params"), jstr(a->shard, "params")))
      return merr("%s: scanned with other params than %s", b->path, a->path);
    if (strcmp(jstr(b->shard, "plan"), jstr(a->shard, "plan")) ||
        jnum(b->shard, "units") != jnum(a->shard, "units"))
      return merr("%s: scanned another tree (or other paths) than %s", b->path, a->path);
    /* then facts (a different tree says so first): every shard computed the
     * table over the whole tree; a file declaring one that changed between
     * the shards' scans makes them differ */
    const char *fa = jstr(a->shard, "facts"), *fb = jstr(b->shard, "facts");
    if ((fa || fb) && (!fa || !fb || strcmp(fa, fb)))
      return merr("%s: saw other facts than %s (a file declaring one changed between the scans)",
                  b->path, a->path);
  }
  uint32_t N = (uint32_t)count;
  const shard_in **by_k = base_xcalloc((size_t)N + 1, sizeof *by_k);
  int rc = 0;
  for (size_t i = 0; i < n && !rc; i++) {
    if (by_k[s[i].index]) {
      char kn[64];
      snprintf(kn, sizeof kn, "%u/%u", s[i].index, N);
      char *both = base_xmalloc(strlen(by_k[s[i].index]->path) + strlen(s[i].path) + 8);
      sprintf(both, "%s and %s", by_k[s[i].index]->path, s[i].path);
      rc = merr("overlap: %s are both shard %s", both, kn);
      free(both);
    }
    by_k[s[i].index] = &s[i];
  }
  for (uint32_t k = 1; k <= N && !rc; k++)
    if (!by_k[k]) {
      fprintf(stderr, "vigil merge: gap: shard %u/%u is missing\n", k, N);
      rc = -1;
    }
  free(by_k);
  return rc;
}

/* The shards' params onto the pack (they are the effective values the scan
 * used, config and --param included); then the digests must agree. */
static int restore_params(vm_pack *p, const shard_in *s) {
  const cJSON *ps = cJSON_GetObjectItemCaseSensitive(s->doc, "params");
  for (const cJSON *v = ps ? ps->child : NULL; v; v = v->next) {
    char *txt = cJSON_PrintUnformatted(v), err[512];
    iac_limits lim = {0};
    iac_unit *u = iac_load_buffer("param.json", txt, strlen(txt), &lim);
    int rc = 0;
    if (u->failed || u->n_docs != 1 || !u->docs[0] ||
        vm_pack_set_param(p, v->string, u->docs[0], err, sizeof err) != 0)
      rc = merr("%s: param %s does not fit the pack", s->path, v->string);
    iac_unit_free(u);
    free(txt);
    if (rc) return rc;
  }
  char d[ENGINE_DIGEST_LEN + 1];
  engine_params_digest(p, d);
  if (strcmp(d, jstr(s->shard, "params")))
    return merr("%s: its params do not restore onto the pack (%s)", s->path, d);
  return 0;
}

static int cmp_unit_ref(const void *a, const void *b) {
  const unit_ref *x = a, *y = b;
  return x->unit < y->unit ? -1 : x->unit > y->unit;
}

static int cmp_rule_id(const void *a, const void *b, void *pack) {
  const vm_pack *p = pack;
  return strcmp(p->rules[*(const uint32_t *)a].id, p->rules[*(const uint32_t *)b].id);
}

typedef struct rule_index {
  const vm_pack *pack;
  uint32_t *by_id; /* rule indices sorted by id */
} rule_index;

static long rule_lookup(const rule_index *ri, const char *id) {
  size_t lo = 0, hi = ri->pack->n_rules;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    int c = strcmp(ri->pack->rules[ri->by_id[mid]].id, id);
    if (!c) return ri->by_id[mid];
    if (c < 0)
      lo = mid + 1;
    else
      hi = mid;
  }
  return -1;
}

static int status_lookup(const char *s) {
  static const vm_status all[] = {VM_PASS, VM_FAIL, VM_UNKNOWN, VM_SUPPRESSED, VM_ERROR};
  for (size_t i = 0; s && i < sizeof all / sizeof *all; i++)
    if (!strcmp(vm_status_name(all[i]), s)) return (int)all[i];
  return -1;
}

/* One result of the JSON back into an engine_result (strings borrowed). */
static int parse_result(const rule_index *ri, const shard_in *s, const cJSON *o, engine_result *r,
                        base_arena *scratch) {
  const char *rule = jstr(o, "rule"), *sev = jstr(o, "severity"), *st = jstr(o, "status");
  const char *file = engine_merge_file(o, scratch);
  long k = rule ? rule_lookup(ri, rule) : -1;
  int sv = sev ? vm_severity_lookup(sev) : -1, ss = status_lookup(st);
  if (!file && cJSON_GetObjectItemCaseSensitive(o, "file_raw"))
    return merr("%s: a malformed shard report (a \"file_raw\" is not the bytes of its "
                "\"file\")%s",
                s->path, "");
  double line = jpos(o, "line"), col = jpos(o, "column");
  if (k < 0) return merr("%s: a result names no rule of the pack (%s)", s->path, rule ? rule : "?");
  if (sv < 0 || ss < 0 || !file || line < 0 || col < 0)
    return merr("%s: a malformed shard report (a result of %s has no valid severity, status, "
                "file, line or column)",
                s->path, rule);
  memset(r, 0, sizeof *r);
  r->rule = (uint32_t)k;
  r->status = (vm_status)ss;
  r->severity = (uint8_t)sv;
  r->file = file;
  r->line = (uint32_t)line;
  r->col = (uint32_t)col;
  r->resource = jstr(o, "resource");
  r->format = jstr(o, "format");
  r->message = jstr(o, "message");
  r->reason = jstr(o, "reason");
  const cJSON *sup = cJSON_GetObjectItemCaseSensitive(o, "suppression");
  if (sup) {
    r->suppression_kind = jstr(sup, "kind");
    r->suppression = jstr(sup, "reason");
  }
  return 0;
}

/* Every shard's results, unit by unit in plan order, through the session's
 * results hook (as the scan engine hands them over): a merge of the shards'
 * spools, each already in its own unit order, one unit's results in memory
 * at a time. */
static int merge_results(merge_lists *m, engine_report *rep, engine_scan_options *so) {
  rule_index ri = {rep->pack, base_xcalloc(rep->pack->n_rules + 1, sizeof(uint32_t))};
  for (uint32_t i = 0; i < rep->pack->n_rules; i++)
    ri.by_id[i] = i;
  qsort_r(ri.by_id, rep->pack->n_rules, sizeof *ri.by_id, cmp_rule_id, (void *)rep->pack);
  unit_ref *units = m->units;
  size_t n_units = m->n_units, most = 0;
  int rc = 0;
  for (size_t i = 0; i < n_units; i++)
    if (units[i].count > most) most = units[i].count;
  if (n_units) qsort(units, n_units, sizeof *units, cmp_unit_ref);
  engine_result *buf = base_xcalloc(most + 1, sizeof *buf);
  cJSON **items = base_xcalloc(most + 1, sizeof *items);
  base_arena scratch; /* the unit's file names */
  base_arena_init(&scratch);
  char *line = NULL;
  size_t line_cap = 0;
  const shard_in *at = NULL; /* whose results the spool's position is in */
  if (fflush(m->spool) != 0) rc = merr("cannot write the results to a scratch file%s%s", "", "");
  for (size_t i = 0; i < n_units && !rc; i++) {
    if (i && units[i].unit == units[i - 1].unit) {
      rc = merr("overlap: %s and %s both ran one unit", units[i - 1].from->path,
                units[i].from->path);
      break;
    }
    shard_in *from = units[i].from;
    if (from != at && fseeko(m->spool, from->next, SEEK_SET) != 0) {
      rc = merr("%s: cannot read its results back from the scratch file%s", from->path, "");
      break;
    }
    at = from;
    size_t got = 0;
    for (; got < units[i].count && !rc; got++) {
      if (!(items[got] = next_result(m->spool, &line, &line_cap)))
        rc = merr("%s: its results do not add up to its units' counts%s", from->path, "");
      else
        rc = parse_result(&ri, from, items[got], &buf[got], &scratch);
    }
    if (!rc) {
      rep->cur_unit = units[i].unit;
      so->hooks.results(so->hooks.ctx, rep, buf, units[i].count);
    }
    for (size_t k = 0; k < got; k++) /* the strings lived until the hook returned */
      cJSON_Delete(items[k]);
    base_arena_reset(&scratch);
    if (!rc && (from->next = ftello(m->spool)) < 0)
      rc = merr("%s: cannot read its results back from the scratch file%s", from->path, "");
  }
  base_arena_free(&scratch);
  free(line);
  free(items);
  free(buf);
  free(ri.by_id);
  return rc;
}

static int cmp_fate(const void *a, const void *b) {
  const engine_tf_fate *x = a, *y = b;
  int c = strcmp(x->file, y->file);
  return c ? c : (int)x->status - (int)y->status;
}

/* s as valid UTF-8 (U+FFFD for each bad byte), in a. */
static const char *utf8_shown(base_arena *a, const char *s) {
  if (base_utf8_valid((const unsigned char *)s, strlen(s))) return s;
  char *c = base_utf8_clean_dup(s);
  const char *in_arena = base_arena_strdup(a, c);
  free(c);
  return in_arena;
}

/* Skips of every shard, and the Terraform files' fates over all of them:
 * failed over scanned over skipped. */
static void collect_skips(merge_lists *m, engine_report *rep) {
  base_arena *a = &rep->arena;
  engine_tf_fate *tf = m->tf;
  size_t t = m->n_tf, k = m->n_skips;
  rep->skipped = base_arena_alloc(a, (m->n_skips + t + 1) * sizeof *rep->skipped);
  if (k) memcpy(rep->skipped, m->skips, k * sizeof *m->skips);
  if (t) qsort(tf, t, sizeof *tf, cmp_fate);
  for (size_t i = 0, j; i < t; i = j) {
    engine_tf_status best = tf[i].status;
    const char *reason = tf[i].reason;
    for (j = i + 1; j < t && !strcmp(tf[j].file, tf[i].file); j++)
      if (tf[j].status > best) best = tf[j].status;
    if (best == ENGINE_TF_FAILED)
      rep->summary.failed++;
    else if (best == ENGINE_TF_SCANNED)
      rep->summary.scanned++;
    else /* a skipped file's name is shown as a scan shows it: valid UTF-8 (scan.c) */
      rep->skipped[k++] =
          (engine_skip){utf8_shown(a, tf[i].file), reason ? reason : "module not called"};
  }
  rep->n_skipped = k;
}

static void merge_lists_free(merge_lists *m) {
  if (m->spool) fclose(m->spool);
  free(m->units);
  free(m->errors);
  free(m->warnings);
  free(m->skips);
  free(m->tf);
}

static int run_merge(merge_cmd *mc, cli_args *a) {
  if (!a->n) {
    fputs("vigil merge: no shard reports given (vigil merge FILE...)\n", stderr);
    return CLI_EXIT_USAGE;
  }
  shard_in *s = base_xcalloc(a->n, sizeof *s);
  int status = CLI_EXIT_USAGE;
  vm_pack *pack = NULL;
  engine_report rep;
  memset(&rep, 0, sizeof rep);
  base_arena_init(&rep.arena);
  engine_scan_options so;
  memset(&so, 0, sizeof so);
  merge_lists m;
  memset(&m, 0, sizeof m);
  m.arena = &rep.arena;
  if (!(m.spool = base_scratch_file())) {
    merr("cannot make a scratch file for the results (%s)%s", strerror(errno), "");
    goto out;
  }
  for (size_t i = 0; i < a->n; i++)
    if (load_shard(&s[i], a->args[i], &m)) goto out;
  if (check_shards(s, a->n)) goto out;
  cli_ci *ci = &mc->ci;
  ci->no_config = true; /* the shards applied the config already */
  if (cli_ci_prepare(ci, NULL, 0, &so, mc->quiet) != 0) goto out;
  if (!(pack = cli_packs_load(&mc->packs, NULL))) goto out;
  if (strcmp(pack->digest, jstr(s[0].doc, "pack"))) {
    merr("the pack %s is not the shards' pack %s (give the scan's --pack, --rules or --pack-name)",
         pack->digest, jstr(s[0].doc, "pack"));
    goto out;
  }
  if (restore_params(pack, &s[0])) goto out;
  ci->pack = rep.pack = pack;
  rep.root = ".";
  engine_report_options ro = {.version = VIGIL_VERSION, .quiet = mc->quiet};
  if (cli_ci_start(ci, &so, &ro) != 0) goto out;
  if (merge_results(&m, &rep, &so)) goto out;
  for (size_t i = 0; i < a->n; i++) {
    const cJSON *sum = cJSON_GetObjectItemCaseSensitive(s[i].doc, "summary");
    rep.summary.scanned += (size_t)jnum(sum, "scanned");
    rep.summary.failed += (size_t)jnum(sum, "unparsable");
    rep.summary.resources += (size_t)jnum(sum, "resources");
  }
  rep.errors = m.errors; /* engine_report_finish sorts them in place */
  rep.n_errors = m.n_errors;
  rep.warnings = m.warnings;
  rep.n_warnings = m.n_warnings;
  collect_skips(&m, &rep);
  if (!rep.results) rep.results = base_arena_calloc(&rep.arena, sizeof *rep.results);
  rep.in_order = rep.streamed = true;
  engine_report_finish(&rep);
  if (cli_ci_finish(ci, &rep) == 0) status = cli_ci_exit_status(ci, &rep);
out:
  engine_report_free(&rep);
  merge_lists_free(&m);
  cli_ci_free(&mc->ci);
  if (pack) vm_pack_free(pack);
  for (size_t i = 0; i < a->n; i++) {
    cJSON_Delete(s[i].doc);
  }
  free(s);
  return status;
}

int cli_cmd_merge(int argc, char **argv) {
  merge_cmd mc;
  memset(&mc, 0, sizeof mc);
  cli_packs_init(&mc.packs, "merge", argc);
  cli_ci_init(&mc.ci);
  cli_args a;
  int status = cli_command_parse(&command, argc, argv, &a, merge_option, &mc);
  if (status < 0) {
    status = run_merge(&mc, &a);
    cli_args_free(&a);
  } else {
    cli_ci_free(&mc.ci);
  }
  cli_packs_free(&mc.packs);
  return status;
}
