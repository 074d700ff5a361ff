/* view_ansible.c — Ansible playbooks, task files and role tasks.
 *
 * Each task is a resource: kind "task", type = the module as written (FQCN or
 * short: "community.aws.ecs_ecr", "ecs_ecr"), name "MODULE.TASK_NAME" (or
 * "MODULE.N", N = the task's 0-based position in the file, when unnamed),
 * located at the module key (where KICS and ansible-lint point).
 * Body = the module's arguments as a map — so a rule reads `t.image_tag_mutability`
 * directly — with `args:` merged in and free-form "k=v" arguments split into
 * keys (the rest under "_raw_params"), plus one reserved entry "__task": the
 * whole task map (name, when, become, loop, ...).
 * Tasks inside block/rescue/always are visited; plays contribute pre_tasks,
 * tasks, post_tasks and handlers. */
#include "views.h"

#include <ctype.h>
#include <string.h>

static const char *const KEYWORDS[] = {"name",
                                       "when",
                                       "loop",
                                       "loop_control",
                                       "register",
                                       "become",
                                       "become_user",
                                       "become_method",
                                       "become_flags",
                                       "become_exe",
                                       "tags",
                                       "vars",
                                       "notify",
                                       "delegate_to",
                                       "delegate_facts",
                                       "ignore_errors",
                                       "ignore_unreachable",
                                       "changed_when",
                                       "failed_when",
                                       "until",
                                       "retries",
                                       "delay",
                                       "environment",
                                       "args",
                                       "no_log",
                                       "run_once",
                                       "block",
                                       "rescue",
                                       "always",
                                       "listen",
                                       "async",
                                       "poll",
                                       "check_mode",
                                       "diff",
                                       "any_errors_fatal",
                                       "connection",
                                       "collections",
                                       "debugger",
                                       "module_defaults",
                                       "port",
                                       "remote_user",
                                       "throttle",
                                       "timeout",
                                       "local_action",
                                       "action",
                                       NULL};

/* Runs for every key of every task: a module key (most of them) matches no
 * keyword, and comparing its first byte first spares a strcmp call per
 * keyword (45 calls per module key were a visible share of an Ansible load). */
static bool is_keyword(const char *k) {
  if (!strncmp(k, "with_", 5)) return true;
  for (int i = 0; KEYWORDS[i]; i++)
    if (KEYWORDS[i][0] == k[0] && !strcmp(KEYWORDS[i], k)) return true;
  return false;
}

/* The module entry of a task: its one non-keyword key. */
static const doc_entry *module_entry(const doc_node *task) {
  const doc_entry *m = NULL;
  for (uint32_t i = 0; i < task->len; i++) {
    const doc_entry *e = &task->u.entries[i];
    if (is_keyword(e->key)) continue;
    if (m) return NULL; /* two candidates: not a task we understand */
    m = e;
  }
  if (!m)
    m = iac_map_entry(task, "action") ? iac_map_entry(task, "action")
                                      : iac_map_entry(task, "local_action");
  return m;
}

static bool fqcn(const char *k) {
  int dots = 0;
  for (; *k; k++) {
    if (*k == '.')
      dots++;
    else if (!islower((unsigned char)*k) && !isdigit((unsigned char)*k) && *k != '_')
      return false;
  }
  return dots == 2;
}

static bool path_hint(const char *path) {
  return strstr(path, "tasks/") || strstr(path, "handlers/") || strstr(path, "playbook") ||
         strstr(path, "roles/");
}

static bool looks_like_task(const doc_node *t, bool hinted) {
  if (t->kind != DOC_MAP) return false;
  if (iac_map_get(t, "block")) return true;
  const doc_entry *m = module_entry(t);
  if (!m) return false;
  return hinted || fqcn(m->key) || !strcmp(m->key, "action") || !strcmp(m->key, "local_action");
}

static bool ansible_detect(const char *path, const doc_node *doc) {
  if (!doc || doc->kind != DOC_LIST || doc->len == 0) return false;
  bool hinted = path_hint(path), any = false;
  for (uint32_t i = 0; i < doc->len; i++) {
    const doc_node *it = doc->u.items[i];
    if (it->kind != DOC_MAP) return false;
    if (iac_map_get(it, "hosts") || iac_map_get(it, "import_playbook")) return true;
    if (looks_like_task(it, hinted))
      any = true;
    else if (!hinted)
      return false;
  }
  return any;
}

typedef struct walk {
  iac_unit *u;
  uint32_t index;
} walk;

static doc_node *str_node(iac_unit *u, const char *s, size_t n, const doc_node *at) {
  return iac_doc_string(&u->arena, s, n, at->line, at->col);
}

/* Free-form "k=v k2='v 2' raw words" -> entries. */
static uint32_t split_kv(iac_unit *u, const doc_node *s, doc_entry *out, uint32_t cap) {
  uint32_t n = 0;
  const char *p = s->u.str, *end = s->u.str + s->len;
  char *raw = base_arena_alloc(&u->arena, s->len + 1);
  size_t rl = 0;
  while (p < end) {
    while (p < end && isspace((unsigned char)*p))
      p++;
    if (p >= end) break;
    const char *tok = p, *eq = NULL;
    char quote = 0;
    while (p < end && (quote || !isspace((unsigned char)*p))) {
      if (!eq && !quote && *p == '=') eq = p;
      if (eq && (*p == '"' || *p == '\'')) quote = quote == *p ? 0 : quote ? quote : *p;
      p++;
    }
    bool ident = eq && eq > tok;
    for (const char *q = tok; ident && q < eq; q++)
      if (!isalnum((unsigned char)*q) && *q != '_') ident = false;
    if (ident && n + 1 < cap) {
      const char *v = eq + 1;
      size_t vl = (size_t)(p - v);
      if (vl >= 2 && (v[0] == '"' || v[0] == '\'') && v[vl - 1] == v[0]) v++, vl -= 2;
      out[n++] = (doc_entry){base_arena_strndup(&u->arena, tok, (size_t)(eq - tok)),
                             (uint32_t)(eq - tok), s->line, s->col, str_node(u, v, vl, s)};
    } else {
      if (rl) raw[rl++] = ' ';
      memcpy(raw + rl, tok, (size_t)(p - tok));
      rl += (size_t)(p - tok);
    }
  }
  if (rl && n < cap)
    out[n++] = (doc_entry){"_raw_params", 11, s->line, s->col, str_node(u, raw, rl, s)};
  return n;
}

/* A Jinja template ("{{ ... }}", "{% ... %}") is rendered when the play runs:
 * its value is not in the file. Such a string becomes an unknown with that
 * reason (a rule comparing it would otherwise report the template text, and
 * a template can stand for anything, however large). Nested arguments are
 * copied only where they hold one; depth is bounded like the walk. */
static bool templated(const doc_node *n) {
  return n->kind == DOC_STRING && (strstr(n->u.str, "{{") || strstr(n->u.str, "{%"));
}

static const doc_node *untemplate(iac_unit *u, const doc_node *n, uint32_t depth) {
  if (!n || depth > 64) return n;
  if (templated(n))
    return iac_doc_unknown(&u->arena, "Ansible template: the value is set when the play runs",
                           n->line, n->col);
  if (n->kind == DOC_LIST) {
    doc_node **items = NULL;
    for (uint32_t i = 0; i < n->len; i++) {
      const doc_node *v = untemplate(u, n->u.items[i], depth + 1);
      if (v == n->u.items[i] && !items) continue;
      if (!items) {
        items = base_arena_alloc(&u->arena, n->len * sizeof *items);
        memcpy(items, n->u.items, n->len * sizeof *items);
      }
      items[i] = (doc_node *)v;
    }
    return items ? iac_doc_list(&u->arena, items, n->len, n->line, n->col) : n;
  }
  if (n->kind == DOC_MAP) {
    doc_entry *ents = NULL;
    for (uint32_t i = 0; i < n->len; i++) {
      const doc_node *v = untemplate(u, n->u.entries[i].val, depth + 1);
      if (v == n->u.entries[i].val && !ents) continue;
      if (!ents) {
        ents = base_arena_alloc(&u->arena, n->len * sizeof *ents);
        memcpy(ents, n->u.entries, n->len * sizeof *ents);
      }
      ents[i].val = (doc_node *)v;
    }
    return ents ? iac_doc_map(&u->arena, ents, n->len, n->line, n->col) : n;
  }
  return n;
}

static void add_task(walk *w, const doc_node *task) {
  iac_unit *u = w->u;
  uint32_t index = w->index++;
  const doc_entry *m = module_entry(task);
  if (!m) return;
  const char *module = m->key;
  const doc_node *args = m->val;
  if (!strcmp(m->key, "action") || !strcmp(m->key, "local_action")) {
    /* action: MODULE k=v ... | {module: MODULE, k: v} */
    if (args->kind == DOC_STRING) {
      size_t ml = strcspn(args->u.str, " \t");
      module = base_arena_strndup(&u->arena, args->u.str, ml);
      const char *rest = args->u.str + ml;
      args = str_node(u, rest, strlen(rest), args);
    } else if (args->kind == DOC_MAP && iac_map_get(args, "module") &&
               iac_map_get(args, "module")->kind == DOC_STRING) {
      module = iac_map_get(args, "module")->u.str;
    } else {
      return;
    }
  }
  const doc_node *extra = iac_map_get(task, "args");
  uint32_t cap = (args->kind == DOC_MAP ? args->len : 64) +
                 (extra && extra->kind == DOC_MAP ? extra->len : 0) + 2;
  doc_entry *ents = base_arena_alloc(&u->arena, cap * sizeof *ents);
  uint32_t n = 0;
  if (args->kind == DOC_MAP) {
    for (uint32_t i = 0; i < args->len; i++)
      if (strcmp(args->u.entries[i].key, "module") != 0 || module == m->key)
        ents[n++] = args->u.entries[i];
  } else if (args->kind == DOC_STRING) {
    n = split_kv(u, args, ents, cap - 1);
  }
  if (extra && extra->kind == DOC_MAP) /* inline arguments win over args: */
    for (uint32_t i = 0; i < extra->len; i++) {
      bool dup = false;
      for (uint32_t k = 0; k < n && !dup; k++)
        dup = !strcmp(ents[k].key, extra->u.entries[i].key);
      if (!dup) ents[n++] = extra->u.entries[i];
    }
  for (uint32_t i = 0; i < n; i++)
    ents[i].val = (doc_node *)untemplate(u, ents[i].val, 0);
  ents[n++] = (doc_entry){"__task", 6, task->line, task->col, (doc_node *)task};
  const doc_node *tn = iac_map_get(task, "name");
  iac_resource *r = iac_unit_add_resource(u);
  r->format = IAC_FMT_ANSIBLE;
  r->kind = "task";
  r->type = module;
  r->name = tn && tn->kind == DOC_STRING ? base_arena_printf(&u->arena, "%s.%s", module, tn->u.str)
                                         : base_arena_printf(&u->arena, "%s.%u", module, index);
  r->line = m->line;
  r->col = m->col;
  r->body = iac_doc_map(&u->arena, ents, n, args->line, args->col);
}

static void tasks(walk *w, const doc_node *list, uint32_t depth) {
  if (!list || list->kind != DOC_LIST || depth > 64) return;
  for (uint32_t i = 0; i < list->len; i++) {
    const doc_node *t = list->u.items[i];
    if (t->kind != DOC_MAP) continue;
    if (iac_map_get(t, "block")) {
      tasks(w, iac_map_get(t, "block"), depth + 1);
      tasks(w, iac_map_get(t, "rescue"), depth + 1);
      tasks(w, iac_map_get(t, "always"), depth + 1);
      continue;
    }
    add_task(w, t);
  }
}

static void ansible_build(iac_unit *u, const doc_node *doc) {
  walk w = {u, 0};
  bool playbook = false;
  for (uint32_t i = 0; i < doc->len; i++)
    if (iac_map_get(doc->u.items[i], "hosts") || iac_map_get(doc->u.items[i], "import_playbook"))
      playbook = true;
  if (!playbook) {
    tasks(&w, doc, 0);
    return;
  }
  static const char *const SECTIONS[] = {"pre_tasks", "tasks", "post_tasks", "handlers"};
  for (uint32_t i = 0; i < doc->len; i++)
    for (int s = 0; s < 4; s++)
      tasks(&w, iac_map_get(doc->u.items[i], SECTIONS[s]), 0);
}

const iac_view iac_view_ansible = {
    .name = "ansible",
    .format = IAC_FMT_ANSIBLE,
    .detect = ansible_detect,
    .build = ansible_build,
};
