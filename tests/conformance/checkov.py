#!/usr/bin/env python3
"""checkov.py — Checkov's own fixtures (../shared/conformance/checkov) against
the checkov-compat pack, following the corpus README's protocol:

For each case folder: the files listed in `files` are copied to an empty
directory and scanned with the pack; results whose rule carries the case's
Checkov id are kept; then
  * every expect_fail entry has a failing result in its file (naming its
    resource, when the entry names one: Vigil's resource is the entry's
    KIND.NAMESPACE.NAME, or a finer one below it, e.g. one container);
  * no expect_pass entry has a failing result;
  * exact cases: every failing result matches an expect_fail entry.
A case whose check no rule of the pack carries fails ("not ok ... no rule of
the pack carries CHECK"): the pack covers every Checkov id of the family
(issue 18), so a rule that loses its ref, or a new check in the corpus, is
seen. One line per case: "ok - conformance/checkov/CASE (RULE, PACK)".

A case listed in the known-gaps file (one "CASE REASON" per line, # comments)
is expected to fail: it prints "ok - ... # SKIP known gap: REASON" while it
fails, and "not ok" once it passes (so the list cannot go stale), or when the
list names a case that does not exist.

usage: checkov.py VIGIL PACK CHECKOV_DIR [KNOWN_GAPS]
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile


def pack_rules(vigil, pack):
    out = subprocess.run([vigil, "list", "--pack", pack], capture_output=True, text=True, check=True)
    rules = {}
    for line in out.stdout.splitlines()[1:]:
        if not line.strip():
            continue
        rid = line.split()[0]
        rules[rid] = set(re.findall(r"\bCKV2?_[A-Z0-9]+_[0-9]+\b", line))
    return rules


def names(result_resource, entry_resource, entry_type=None):
    """Vigil's resource is the entry's, or a finer one below it (a container);
    CloudFormation entries are logical ids, Vigil's names are TYPE.LogicalId."""
    if entry_resource is None:
        return True
    r = result_resource or ""
    for want in (entry_resource, "%s.%s" % (entry_type, entry_resource) if entry_type else None):
        if want and (r == want or r.startswith(want + ".")):
            return True
    return False


def run_case(vigil, pack, case_dir, exp, rules):
    carrying = sorted(r for r, refs in rules.items() if exp["check"] in refs)
    if not carrying:
        return None, "no rule of the pack carries %s (%s)" % (exp["check"], exp["check_name"])
    with tempfile.TemporaryDirectory() as tmp:
        for f in exp["files"]:
            dst = os.path.join(tmp, f)
            os.makedirs(os.path.dirname(dst), exist_ok=True)
            shutil.copyfile(os.path.join(case_dir, f), dst)
        p = subprocess.run([vigil, "scan", "-q", "--format", "json", "--pack", pack, "."],
                           cwd=tmp, capture_output=True, text=True)
        if p.returncode > 1:
            return False, ["vigil scan exited %d: %s" % (p.returncode, p.stderr.strip()[:300])]
        doc = json.loads(p.stdout)
    fails = [r for r in doc["results"] if r["rule"] in carrying and r["status"] == "fail"]
    problems = []
    for e in exp.get("expect_fail", []):
        if not any(r["file"] == e["file"] and names(r.get("resource"), e["resource"], e.get("resource_type")) for r in fails):
            problems.append("expected a failure: %s %s" % (e["file"], e["resource"]))
    for e in exp.get("expect_pass", []):
        for r in fails:
            if r["file"] == e["file"] and names(r.get("resource"), e["resource"], e.get("resource_type")):
                problems.append("expected a pass: %s %s, got: %s" % (e["file"], e["resource"], r.get("message")))
    if exp.get("exact"):
        for r in fails:
            if not any(r["file"] == e["file"] and names(r.get("resource"), e["resource"], e.get("resource_type"))
                       for e in exp.get("expect_fail", [])):
                problems.append("unexpected failure: %s:%s %s" % (r["file"], r["line"], r.get("resource")))
    return not problems, problems or ", ".join(carrying)


def known_gaps(path):
    gaps = {}
    if not path:
        return gaps
    with open(path) as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            case, _, reason = line.partition(" ")
            gaps[case] = reason.strip() or "(no reason given)"
    return gaps


def main():
    vigil, pack, root = (os.path.abspath(a) for a in sys.argv[1:4])
    gaps = known_gaps(sys.argv[4] if len(sys.argv) > 4 else None)
    rules = pack_rules(vigil, pack)
    cases = set()
    pack_name = os.path.basename(pack)
    for case in sorted(os.listdir(root)):
        path = os.path.join(root, case, "expected.json")
        if not os.path.isfile(path):
            continue
        with open(path) as f:
            exp = json.load(f)
        cases.add(case)
        ok, detail = run_case(vigil, pack, os.path.join(root, case), exp, rules)
        if case in gaps and ok is not None:
            if ok:
                print("not ok - conformance/checkov/%s (%s)" % (case, pack_name))
                print("    listed as a known gap (%s) but passes: remove it from the list" % gaps[case])
            else:
                print("ok - conformance/checkov/%s # SKIP known gap: %s" % (case, gaps[case]))
            continue
        if ok is None:
            print("not ok - conformance/checkov/%s (%s)" % (case, pack_name))
            print("    " + detail)
        elif ok:
            print("ok - conformance/checkov/%s (%s, %s)" % (case, detail, pack_name))
        else:
            print("not ok - conformance/checkov/%s (%s)" % (case, pack_name))
            for d in detail:
                print("    " + d)
    for case in sorted(set(gaps) - cases):
        print("not ok - conformance/checkov/%s (%s)" % (case, pack_name))
        print("    listed as a known gap, but there is no such case")


if __name__ == "__main__":
    main()
