#!/usr/bin/env python3
"""Differential test: the blocks (types, labels) and attribute names Vigil's HCL
parser sees in each file must be exactly those HashiCorp's parser sees.
Usage: diff_hcl2json.py TEST_TF PEERS_DIR FILE...  (HashiCorp's parser runs once for
all files through hcl2json_batch.js)   (prints one line per mismatch,
then "compared N files, M mismatches")."""
import json, os, subprocess, sys

def mine(tool, path):
    out = subprocess.run([tool, "shape", path], capture_output=True, text=True)
    if out.returncode != 0:
        return None, out.stdout.strip()
    root = {}
    for line in out.stdout.splitlines():
        item = json.loads(line)
        steps = item["p"]
        if item["k"] == "attr":
            parent = walk(root, steps[:-1], steps)
            parent[steps[-1]] = None
        else:
            walk(root, steps, steps)
    return root, None

def walk(root, steps, full):
    """Follow block steps [type, labels..., idx] from root, creating as needed.
    Block step groups end with an int index."""
    d = root
    i = 0
    while i < len(steps):
        j = i
        while not isinstance(steps[j], int):
            j += 1
        keys, idx = steps[i:j], steps[j]
        for k in keys[:-1]:
            d = d.setdefault(k, {})
        lst = d.setdefault(keys[-1], [])
        while len(lst) <= idx:
            lst.append({})
        d = lst[idx]
        i = j + 1
    return d

def compare(m, t, where, errs):
    if not isinstance(t, dict):
        errs.append(f"{where}: expected an object, hcl2json has {type(t).__name__}")
        return
    mk, tk = set(m), set(t)
    for k in sorted(mk - tk):
        errs.append(f"{where}/{k}: only in vigil")
    for k in sorted(tk - mk):
        errs.append(f"{where}/{k}: only in hcl2json")
    for k in sorted(mk & tk):
        v = m[k]
        if v is None:
            continue  # attribute: its value is an expression, not compared
        if isinstance(v, list):
            if not isinstance(t[k], list) or len(t[k]) != len(v):
                errs.append(f"{where}/{k}: {len(v)} block(s) in vigil, hcl2json differs")
                continue
            for n, (a, b) in enumerate(zip(v, t[k])):
                compare(a, b, f"{where}/{k}[{n}]", errs)
        else:
            compare(v, t[k], f"{where}/{k}", errs)

def main():
    tool, peers, files = sys.argv[1], sys.argv[2], sys.argv[3:]
    batch = os.path.join(os.path.dirname(os.path.abspath(__file__)), "hcl2json_batch.js")
    out = subprocess.run(["node", batch, peers] + files, capture_output=True, text=True)
    refs = {}
    for line in out.stdout.splitlines():
        r = json.loads(line)
        refs[r["file"]] = r
    bad = 0
    for f in files:
        m, err = mine(tool, f)
        ref = refs.get(f, {"ok": False})
        if m is None or not ref["ok"]:
            if (m is None) != (not ref["ok"]):
                bad += 1
                print(f"{f}: parse disagreement: vigil {'error ' + err if m is None else 'ok'}, "
                      f"hcl2json {'ok' if ref['ok'] else 'error'}")
            continue
        errs = []
        compare(m, ref["json"], "", errs)
        if errs:
            bad += 1
            print(f"{f}: " + "; ".join(errs[:5]))
    print(f"compared {len(files)} files, {bad} mismatches")
    return 1 if bad else 0

sys.exit(main())
