#!/usr/bin/env python3
"""run_action.py ACTION.json ACTION_DIR WORKDIR KEY=VALUE... — run a composite action's
steps here the way the GitHub runner would, for tests/action/suite.sh: inputs
(defaults from the action, overridden by KEY=VALUE), `${{ inputs.X }}`,
`${{ steps.ID.outputs.X }}` and `${{ github.token }}` in env and with, `if:`
conditions made of always(), ==, != and && (all that action.yml uses; anything
else is an error, never a guess), $GITHUB_OUTPUT per step and
$GITHUB_STEP_SUMMARY. A `uses:` step is not run: its resolved `with:` is
printed as "uses NAME KEY=VALUE...". Prints "step NAME: exit N" per step and
exits with the first failing step's status, like a job. ACTION.json is
action.yml as JSON; ACTION_DIR is $GITHUB_ACTION_PATH."""
import json
import os
import re
import subprocess
import sys

EXPR = re.compile(r"\$\{\{\s*(.*?)\s*\}\}")


def lookup(ctx, name):
    parts = name.split(".")
    if parts[0] == "inputs" and len(parts) == 2:
        return ctx["inputs"].get(parts[1], "")
    if parts[0] == "steps" and len(parts) == 4 and parts[2] == "outputs":
        return ctx["steps"].get(parts[1], {}).get(parts[3], "")
    if name == "github.token":
        return "test-token"
    raise SystemExit("run_action: unsupported expression %r" % name)


def subst(ctx, text):
    return EXPR.sub(lambda m: lookup(ctx, m.group(1)), str(text))


def term(ctx, t):
    t = t.strip()
    if t == "always()":
        return True
    m = re.fullmatch(r"([\w.-]+)\s*(==|!=)\s*'([^']*)'", t)
    if not m:
        raise SystemExit("run_action: unsupported condition %r" % t)
    value = lookup(ctx, m.group(1))
    return (value == m.group(3)) == (m.group(2) == "==")


def condition(ctx, cond, failed):
    terms = cond.split("&&")
    if not any(t.strip() == "always()" for t in terms) and failed:
        return False
    return all(term(ctx, t) for t in terms)


def main(argv):
    action = json.load(open(argv[1]))
    root, workdir = os.path.abspath(argv[2]), argv[3]
    ctx = {"inputs": {k: str(v.get("default", "")) for k, v in action.get("inputs", {}).items()},
           "steps": {}}
    for kv in argv[4:]:
        k, _, v = kv.partition("=")
        if k not in ctx["inputs"]:
            raise SystemExit("run_action: the action has no input %r" % k)
        ctx["inputs"][k] = v
    tmp = os.environ["RUNNER_TEMP"]
    status = 0
    for i, step in enumerate(action["runs"]["steps"]):
        name = step.get("name", "step %d" % i)
        cond = step.get("if", "")
        if (cond and not condition(ctx, cond, status != 0)) or (not cond and status != 0):
            print("step %s: skipped" % name)
            continue
        if "uses" in step:
            with_ = " ".join("%s=%s" % (k, subst(ctx, v)) for k, v in step.get("with", {}).items())
            print("uses %s %s" % (step["uses"], with_))
            continue
        out = os.path.join(tmp, "output-%d" % i)
        open(out, "w").close()
        env = dict(os.environ, GITHUB_ACTION_PATH=root, GITHUB_OUTPUT=out)
        env.update({k: subst(ctx, v) for k, v in step.get("env", {}).items()})
        rc = subprocess.call(["bash", "-e", "-c", step["run"]], cwd=workdir, env=env)
        outputs = {}
        for line in open(out):
            k, sep, v = line.rstrip("\n").partition("=")
            if sep:
                outputs[k] = v
        if "id" in step:
            ctx["steps"][step["id"]] = outputs
        print("step %s: exit %d" % (name, rc))
        if rc and not status:
            status = rc
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv))
