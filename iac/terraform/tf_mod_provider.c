/* tf_mod_provider.c — provider blocks (see tf_mod.h): each becomes a kind
 * "provider" resource so rules can judge provider settings, and an aws
 * provider's default_tags reach the resources it configures as `tags_all`
 * (Terraform's semantics: tags_all = default_tags.tags merged with tags,
 * the resource's own tags winning).
 *
 * Which configuration governs a resource: its `provider` meta-argument
 * (`aws.west`), else the default configuration of the provider its type
 * names (`aws_s3_bucket` -> `aws`). A child module without the block gets the
 * caller's configuration: through the call's `providers = { aws = aws.west }`
 * map when it has one (then only what it lists), else the caller's default
 * configuration of the same name (aliased ones are never inherited). */
#include <string.h>

#include "tf_mod.h"

static const doc_node *get(const doc_node *m, const char *k) {
  const doc_node *v = m && m->kind == DOC_MAP ? iac_map_get(m, k) : NULL;
  return v && v->kind != DOC_NULL ? v : NULL;
}

static bool same(const char *a, const char *b) {
  return a == b || (a && b && !strcmp(a, b));
}

/* A provider reference written as a traversal (`aws`, `aws.west`) or, in
 * JSON syntax, a string ("aws.west"): its name and alias (NULL if none). */
static bool provider_ref(base_arena *a, const hcl_expr *e, const char **name, const char **alias) {
  if (e->kind == HX_TEMPLATE && e->n == 1) e = e->items[0];
  if (e->kind == HX_VAR) {
    *name = e->name;
    *alias = NULL;
    return true;
  }
  if (e->kind == HX_ATTR && !e->is_index && e->a && e->a->kind == HX_VAR) {
    *name = e->a->name;
    *alias = e->name;
    return true;
  }
  if (e->kind == HX_LIT && e->lit->kind == DOC_STRING) {
    const char *s = e->lit->u.str, *dot = strchr(s, '.');
    *name = dot ? base_arena_strndup(a, s, (size_t)(dot - s)) : s;
    *alias = dot ? dot + 1 : NULL;
    return **name != 0;
  }
  return false;
}

static const doc_node *provider_value(tf_load *L, tf_mod *m, uint32_t i) {
  tf_config *cfg = m->cfg;
  if (!m->prov_val) {
    m->prov_val = base_arena_calloc(L->ev.a, (cfg->n_providers + 1) * sizeof *m->prov_val);
    m->prov_state = base_arena_calloc(L->ev.a, cfg->n_providers + 1);
  }
  if (m->prov_state[i] == TF_DONE) return m->prov_val[i];
  if (m->prov_state[i] == TF_BUSY) return NULL; /* default_tags naming a resource it configures */
  m->prov_state[i] = TF_BUSY;
  const tf_decl *d = &cfg->providers[i];
  tf_scope s = iac_tf_mod_scope(L, m, d->tag);
  s.lo = d->blk->line;
  s.hi = d->blk->end_line ? d->blk->end_line : d->blk->line;
  m->prov_val[i] = iac_tf_build_body(&s, d->blk->body);
  m->prov_state[i] = TF_DONE;
  return m->prov_val[i];
}

/* The evaluated configuration (name, alias) as module instance m sees it;
 * NULL when none is declared (Terraform then uses an empty one). */
static const doc_node *provider_config(tf_load *L, tf_mod *m, const char *name, const char *alias) {
  for (uint32_t i = 0; i < m->cfg->n_providers; i++)
    if (!strcmp(m->cfg->providers[i].name, name) && same(m->cfg->providers[i].alias, alias))
      return provider_value(L, m, i);
  if (!m->parent) return NULL;
  const hcl_attr *map = iac_tf_attr(m->call->blk->body, "providers");
  if (map && map->expr->kind == HX_OBJECT) {
    for (uint32_t k = 0; k + 1 < map->expr->n; k += 2) {
      const char *kn, *ka, *vn, *va;
      if (!provider_ref(L->ev.a, map->expr->items[k], &kn, &ka) || strcmp(kn, name) ||
          !same(ka, alias))
        continue;
      if (!provider_ref(L->ev.a, map->expr->items[k + 1], &vn, &va)) return NULL;
      return provider_config(L, m->parent, vn, va);
    }
    return NULL;
  }
  return alias ? NULL : provider_config(L, m->parent, name, NULL);
}

void iac_tf_emit_providers(tf_load *L, tf_mod *m) {
  for (uint32_t i = 0; i < m->cfg->n_providers; i++) {
    const tf_decl *d = &m->cfg->providers[i];
    iac_resource *r = iac_unit_add_resource(&L->tu->base);
    r->format = IAC_FMT_TERRAFORM;
    r->kind = "provider";
    r->type = d->name;
    r->name = base_arena_printf(L->ev.a, "%sprovider.%s%s%s", m->prefix, d->name,
                                d->alias ? "." : "", d->alias ? d->alias : "");
    r->file = L->ev.files[d->tag - 1];
    r->line = d->blk->line;
    r->col = d->blk->col;
    r->body = provider_value(L, m, i);
  }
}

/* default_tags { tags = {...} } of a provider body: the tags value or NULL */
static const doc_node *default_tags_of(const doc_node *prov) {
  const doc_node *dt = get(prov, "default_tags");
  if (dt && dt->kind == DOC_LIST) dt = dt->len ? dt->u.items[0] : NULL;
  return get(dt, "tags");
}

const doc_node *iac_tf_default_tags(tf_load *L, tf_mod *m, const tf_decl *d, tf_scope *s,
                                    const doc_node *body) {
  if (strncmp(d->type, "aws_", 4) || !body || body->kind != DOC_MAP) return body;
  const char *name = "aws", *alias = NULL;
  const hcl_attr *pa = iac_tf_attr(d->blk->body, "provider");
  if (pa && !provider_ref(L->ev.a, pa->expr, &name, &alias)) return body;
  const doc_node *dflt = default_tags_of(provider_config(L, m, name, alias));
  const doc_entry *te = iac_map_entry(body, "tags");
  const doc_node *tags = te && te->val->kind != DOC_NULL ? te->val : NULL;
  if (!dflt && !tags) return body;
  base_arena *a = L->ev.a;
  uint32_t line = te ? te->line : d->blk->line, col = te ? te->col : d->blk->col;
  /* default tags are written in the provider block: locate them at the
   * resource's tags (or the resource block) */
  if (dflt) dflt = iac_tf_relocate(a, dflt, s->tag, s->lo, s->hi, line, col);
  const doc_node *all;
  if (!dflt)
    all = tags;
  else if (!tags)
    all = dflt;
  else if (dflt->kind == DOC_UNKNOWN)
    all = iac_tf_relay(s, dflt, tags->line, tags->col);
  else if (tags->kind == DOC_UNKNOWN || tags->kind != DOC_MAP || dflt->kind != DOC_MAP)
    all = tags->kind == DOC_UNKNOWN
              ? tags
              : iac_tf_error(s, tags->line, tags->col, "tags and default_tags.tags must be maps");
  else {
    doc_entry *es = base_arena_alloc(a, (dflt->len + tags->len + 1) * sizeof *es);
    uint32_t n = 0;
    for (uint32_t i = 0; i < dflt->len; i++)
      if (!iac_map_entry(tags, dflt->u.entries[i].key)) es[n++] = dflt->u.entries[i];
    for (uint32_t i = 0; i < tags->len; i++)
      es[n++] = tags->u.entries[i];
    all = iac_tf_map_take(s, es, n, tags->line, tags->col);
  }
  /* tags_all: Terraform computes it, so one written in the resource is
   * replaced; it follows tags (or ends the body) */
  doc_entry *out = base_arena_alloc(a, (body->len + 2) * sizeof *out);
  uint32_t n = 0;
  bool placed = false;
  doc_entry ta = {"tags_all", 8, line, col, (doc_node *)all};
  for (uint32_t i = 0; i < body->len; i++) {
    if (!strcmp(body->u.entries[i].key, "tags_all")) continue;
    out[n++] = body->u.entries[i];
    if (te == &body->u.entries[i]) {
      out[n++] = ta;
      placed = true;
    }
  }
  if (!placed) out[n++] = ta;
  return iac_tf_map_take(s, out, n, body->line, body->col);
}
