/* tf_fn_net.c — Terraform's network functions: cidrsubnet, cidrhost,
 * cidrnetmask, on IPv4 and IPv6 prefixes (128-bit arithmetic). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tf_fn.h"

typedef unsigned __int128 u128;

/* "10.0.0.0/16" / "fd00::/8" -> address as 128-bit number, width 32 or 128 */
static bool parse_cidr(const char *s, u128 *addr, int *bits, int *prefix) {
  const char *slash = strchr(s, '/');
  if (!slash) return false;
  char host[64];
  size_t hl = (size_t)(slash - s);
  if (hl >= sizeof host) return false;
  memcpy(host, s, hl);
  host[hl] = 0;
  char *end;
  long p = strtol(slash + 1, &end, 10);
  if (*end || end == slash + 1) return false;
  *addr = 0;
  if (!strchr(host, ':')) {
    unsigned o[4];
    char tail;
    if (sscanf(host, "%u.%u.%u.%u%c", &o[0], &o[1], &o[2], &o[3], &tail) != 4) return false;
    for (int i = 0; i < 4; i++) {
      if (o[i] > 255) return false;
      *addr = *addr << 8 | o[i];
    }
    *bits = 32;
  } else {
    uint16_t g[8] = {0};
    int ng = 0, gap = -1;
    const char *q = host;
    if (q[0] == ':' && q[1] == ':') {
      gap = 0;
      q += 2;
    }
    while (*q && ng < 8) {
      char *e;
      unsigned long v = strtoul(q, &e, 16);
      if (e == q || e - q > 4 || v > 0xFFFF) return false;
      g[ng++] = (uint16_t)v;
      if (*e == ':' && e[1] == ':') {
        if (gap >= 0) return false;
        gap = ng;
        q = e + 2;
      } else if (*e == ':')
        q = e + 1;
      else if (*e == 0)
        q = e;
      else
        return false;
    }
    if (*q) return false;
    uint16_t full[8] = {0};
    if (gap < 0) {
      if (ng != 8) return false;
      memcpy(full, g, sizeof full);
    } else {
      for (int i = 0; i < gap; i++)
        full[i] = g[i];
      for (int i = gap; i < ng; i++)
        full[8 - (ng - i)] = g[i];
    }
    for (int i = 0; i < 8; i++)
      *addr = *addr << 16 | full[i];
    *bits = 128;
  }
  if (p < 0 || p > *bits) return false;
  *prefix = (int)p;
  return true;
}

static u128 mask_of(int bits, int prefix) {
  u128 all = bits == 128 ? ~(u128)0 : (((u128)1 << 32) - 1);
  if (prefix == 0) return 0;
  return all & ~((((u128)1) << (bits - prefix)) - 1) & all;
}

static const doc_node *format_addr(tf_fcall *f, u128 a, int bits, int prefix) {
  char out[64];
  int o = 0;
  if (bits == 32) {
    o = snprintf(out, sizeof out, "%u.%u.%u.%u", (unsigned)(a >> 24) & 255,
                 (unsigned)(a >> 16) & 255, (unsigned)(a >> 8) & 255, (unsigned)a & 255);
  } else {
    uint16_t g[8];
    for (int i = 7; i >= 0; i--, a >>= 16)
      g[i] = (uint16_t)(a & 0xFFFF);
    int best = -1, blen = 0;
    for (int i = 0; i < 8;) { /* longest run of zero groups (length >= 2) becomes :: */
      int j = i;
      while (j < 8 && g[j] == 0)
        j++;
      if (j - i > blen && j - i >= 2) {
        best = i;
        blen = j - i;
      }
      i = j > i ? j : i + 1;
    }
    for (int i = 0; i < 8; i++) {
      if (i == best) {
        o += snprintf(out + o, sizeof out - (size_t)o, "::");
        i += blen - 1;
        continue;
      }
      if (i && !(best >= 0 && i == best + blen)) out[o++] = ':';
      o += snprintf(out + o, sizeof out - (size_t)o, "%x", g[i]);
    }
  }
  if (prefix >= 0) o += snprintf(out + o, sizeof out - (size_t)o, "/%d", prefix);
  return STR(out, (size_t)o);
}

static bool whole(const doc_node *v, double *d) {
  if (v->kind == DOC_NUMBER) {
    *d = v->u.num;
    return *d == (double)(long long)*d;
  }
  if (v->kind == DOC_STRING) {
    char *e;
    *d = strtod(v->u.str, &e);
    return v->len && !*e && *d == (double)(long long)*d;
  }
  return false;
}

/* The prefix argument, masked to its network address; false with *err set. */
static bool prefix_arg(tf_fcall *f, u128 *addr, int *bits, int *prefix, const doc_node **err) {
  size_t l;
  const char *pfx = iac_tf_fn_sarg(f, 0, &l);
  if (!pfx || !parse_cidr(pfx, addr, bits, prefix)) {
    *err = ERR("%s: invalid CIDR address \"%s\"", f->fn, pfx ? pfx : "");
    return false;
  }
  *addr &= mask_of(*bits, *prefix);
  return true;
}

const doc_node *tf_fn_cidrsubnet(tf_fcall *f) {
  u128 addr;
  int bits, prefix;
  const doc_node *err = NULL;
  if (!prefix_arg(f, &addr, &bits, &prefix, &err)) return err;
  double d1, d2;
  if (f->n < 3 || !whole(f->a[1], &d1) || !whole(f->a[2], &d2))
    return ERR("cidrsubnet: needs a prefix, newbits and netnum");
  if (d1 < 0 || prefix + d1 > bits)
    return ERR("cidrsubnet: insufficient address space to extend prefix of %d by %.0f", prefix, d1);
  int np = prefix + (int)d1;
  if (d2 < 0 || (d1 < 64 && d2 >= (double)((u128)1 << (int)d1)))
    return ERR("cidrsubnet: prefix extension of %.0f does not accommodate a subnet numbered %.0f",
               d1, d2);
  return format_addr(f, addr | ((u128)(unsigned long long)d2 << (bits - np)), bits, np);
}

const doc_node *tf_fn_cidrhost(tf_fcall *f) {
  u128 addr;
  int bits, prefix;
  const doc_node *err = NULL;
  if (!prefix_arg(f, &addr, &bits, &prefix, &err)) return err;
  double d1;
  if (f->n < 2 || !whole(f->a[1], &d1)) return ERR("cidrhost: needs a prefix and a host number");
  int hb = bits - prefix;
  u128 size = hb >= 127 ? ~(u128)0 : (u128)1 << hb;
  long long h = (long long)d1;
  u128 off;
  if (h >= 0) {
    if (hb < 127 && (u128)h >= size)
      return ERR("cidrhost: prefix of %d does not accommodate a host numbered %lld", prefix, h);
    off = (u128)h;
  } else {
    if (hb < 127 && (u128)(-h) > size)
      return ERR("cidrhost: prefix of %d does not accommodate a host numbered %lld", prefix, h);
    off = size - (u128)(-h);
  }
  return format_addr(f, addr | off, bits, -1);
}

/* IPv4 only, as Terraform */
const doc_node *tf_fn_cidrnetmask(tf_fcall *f) {
  u128 addr;
  int bits, prefix;
  const doc_node *err = NULL;
  if (!prefix_arg(f, &addr, &bits, &prefix, &err)) return err;
  if (bits != 32) return ERR("cidrnetmask: only IPv4 prefixes have a netmask");
  return format_addr(f, mask_of(32, prefix), 32, -1);
}
