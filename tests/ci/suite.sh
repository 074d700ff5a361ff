#!/bin/sh
# tests/ci/suite.sh — CI embedding end to end: exit codes and gates, every
# output format (SARIF checked for what GitHub requires, JUnit parsed as XML),
# every suppression form, baseline round trip, config discovery, vigil test.
# Prints "ok - ci/NAME" or "not ok - ci/NAME" + details.
VIGIL="${VIGIL:-build/vigil}"
case "$VIGIL" in /*) ;; *) VIGIL="$(pwd)/$VIGIL" ;; esac
ROOT="$(pwd)"
T="$(mktemp -d)"
trap 'rm -rf "$T"' EXIT

check() { # NAME EXPECTED_STATUS ACTUAL_STATUS [detail-file]
  if [ "$2" = "$3" ]; then echo "ok - ci/$1"; else
    echo "not ok - ci/$1"; echo "  expected exit $2, got $3"
    [ -n "$4" ] && sed 's/^/  /' "$4"
  fi
}
same() { # NAME EXPECTED_FILE ACTUAL_FILE
  if cmp -s "$2" "$3"; then echo "ok - ci/$1"; else
    echo "not ok - ci/$1"; diff "$2" "$3" | sed 's/^/  /'; fi
}

# The scans below pin one rule (the ECR immutability control, as the stdlib wrote
# it) so that growing the built-in pack does not change these fixtures' results.
RULES="$T/ecr1.vgl"
cat > "$RULES" <<'V'
const IMMUTABLE = ["IMMUTABLE", "IMMUTABLE_WITH_EXCLUSION"]
rule AWS_ECR_IMMUTABLE_TAGS {
  title "ECR repositories must have immutable image tags"
  severity high
  refs ["CKV_AWS_51", "SecurityHub:ECR.2"]
  fix "Set image tag mutability to IMMUTABLE."
  on cloudformation resource "AWS::ECR::Repository" as r {
    let m = r.Properties.ImageTagMutability
    expect m in IMMUTABLE at m ?? r.Properties else "repository {r.Properties.RepositoryName ?? "(unnamed)"} lets image tags be overwritten: ImageTagMutability is {m ?? "not set, and the AWS default is MUTABLE"}"
  }
  on terraform resource "aws_ecr_repository" as r {
    let m = r.image_tag_mutability
    expect m in IMMUTABLE at m else "repository {r.name ?? "(unnamed)"} lets image tags be overwritten: image_tag_mutability is {m ?? "not set, and the AWS default is MUTABLE"}"
  }
}
V
mkdir -p "$T/repo/infra" "$T/repo/legacy"
cat > "$T/repo/infra/ecr.yaml" <<'Y'
Resources:
  Repo:
    Type: AWS::ECR::Repository
    Properties:
      ImageTagMutability: MUTABLE  # vigil:ignore AWS_ECR_IMMUTABLE_TAGS pinned by digest
  Bad:
    Type: AWS::ECR::Repository
    Properties:
      RepositoryName: bad
  Meta:
    Type: AWS::ECR::Repository
    Metadata:
      checkov:
        skip:
          - id: CKV_AWS_51
            comment: legacy
    Properties:
      ImageTagMutability: MUTABLE
  Vig:
    Type: AWS::ECR::Repository
    Metadata:
      vigil:
        ignore:
          - rule: AWS_ECR_IMMUTABLE_TAGS
            reason: mirror of upstream
    Properties:
      ImageTagMutability: MUTABLE
  Stale:  # vigil:ignore AWS_ECR_IMMUTABLE_TAGS nothing to waive
    Type: AWS::ECR::Repository
    Properties:
      ImageTagMutability: IMMUTABLE
Y
cat > "$T/repo/infra/main.tf" <<'Y'
resource "aws_ecr_repository" "r" {
  #checkov:skip=CKV_AWS_51:release tool manages tags
  name = "x"
}
resource "aws_ecr_repository" "s" {
  name                 = "y"
  image_tag_mutability = "MUTABLE" // vigil:ignore CKV_AWS_51 scratch registry
}
Y
printf 'Resources:\n  Old:\n    Type: AWS::ECR::Repository\n' > "$T/repo/legacy/old.yaml"
cd "$T/repo" || exit 1

# --- formats and exit codes --------------------------------------------------------
"$VIGIL" scan --rules "$RULES" --no-config --format json infra > "$T/out.json" 2> "$T/err"; st=$?
check exit-1-on-failure 1 $st "$T/err"
python3 - "$T/out.json" > "$T/sup" <<'P'
import json, sys
d = json.load(open(sys.argv[1]))
for r in d["results"]:
    if r["status"] != "pass":
        print(r["file"], r["line"], r["resource"], r["status"])
P
cat > "$T/sup.want" <<'W'
ecr.yaml 5 AWS::ECR::Repository.Repo suppressed
ecr.yaml 8 AWS::ECR::Repository.Bad fail
ecr.yaml 18 AWS::ECR::Repository.Meta suppressed
ecr.yaml 27 AWS::ECR::Repository.Vig suppressed
main.tf 1 aws_ecr_repository.r suppressed
main.tf 7 aws_ecr_repository.s suppressed
W
same every-suppression-form "$T/sup.want" "$T/sup"

"$VIGIL" scan --rules "$RULES" --no-config --format github infra > "$T/gh" 2>&1
grep '^::warning file=ecr.yaml,line=28' "$T/gh" > "$T/gh.warn"
printf '::warning file=ecr.yaml,line=28,col=13,title=vigil::suppression for AWS_ECR_IMMUTABLE_TAGS matches nothing\n' > "$T/gh.want"
same unused-suppression-warning "$T/gh.want" "$T/gh.warn"
grep -c '^::error file=ecr.yaml,line=8,col=5,title=AWS_ECR_IMMUTABLE_TAGS::\[high\] AWS::ECR::Repository.Bad: ' "$T/gh" > "$T/n"
echo 1 > "$T/n.want"; same github-error-line "$T/n.want" "$T/n"

"$VIGIL" scan --rules "$RULES" --no-config --no-inline-suppressions --format json infra > "$T/noinl.json"
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(sum(r["status"]=="fail" for r in d["results"]))' "$T/noinl.json" > "$T/n"
echo 6 > "$T/n.want"; same no-inline-suppressions "$T/n.want" "$T/n"

"$VIGIL" scan --rules "$RULES" --no-config --format text --format sarif --output sarif="$T/r.sarif" --format junit --output junit="$T/r.xml" infra > "$T/text" 2>&1; st=$?
check several-formats-exit 1 $st "$T/text"
python3 - "$T/r.sarif" > "$T/sarif.check" 2>&1 <<'P'
import json, sys
d = json.load(open(sys.argv[1]))
assert d["version"] == "2.1.0" and d["$schema"].endswith("sarif-2.1.0.json")
run = d["runs"][0]; drv = run["tool"]["driver"]
assert drv["name"] == "vigil" and drv["version"] and drv["informationUri"]
ids = [r["id"] for r in drv["rules"]]
for r in drv["rules"]:
    for k in ("id", "name", "shortDescription", "fullDescription", "help"):
        assert k in r, k
    assert r["help"]["text"] and r["help"]["markdown"]
    float(r["properties"]["security-severity"]); assert r["properties"]["tags"]
levels = set()
for res in run["results"]:
    assert ids[res["ruleIndex"]] == res["ruleId"]
    assert res["level"] in ("error", "warning", "note"); levels.add(res["level"])
    assert res["message"]["text"]
    pl = res["locations"][0]["physicalLocation"]
    assert not pl["artifactLocation"]["uri"].startswith("/")
    assert pl["artifactLocation"]["uriBaseId"] == "%SRCROOT%"
    assert pl["region"]["startLine"] >= 1 and pl["region"]["startColumn"] >= 1
    assert len(res["partialFingerprints"]["vigil/v1"]) == 64
    if "suppressions" in res:
        assert res["suppressions"][0]["kind"] in ("inSource", "external")
        assert res["suppressions"][0]["justification"]
print(len(run["results"]), sum("suppressions" in r for r in run["results"]),
      len(run["invocations"][0]["toolExecutionNotifications"]))
P
echo "6 5 1" > "$T/want"; same sarif-github-structure "$T/want" "$T/sarif.check"
python3 - "$T/r.xml" > "$T/junit.check" 2>&1 <<'P'
import sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
assert root.tag == "testsuites"
cases = root.findall("testsuite/testcase")
print(root.get("tests"), root.get("failures"), root.get("skipped"), len(cases),
      len(root.findall("testsuite/testcase/failure")), len(root.findall("testsuite/testcase/skipped")))
P
echo "7 1 5 7 1 5" > "$T/want"; same junit-parses-as-xml "$T/want" "$T/junit.check"

# --- gates --------------------------------------------------------------------------
"$VIGIL" scan --rules "$RULES" --no-config --soft-fail -q infra > /dev/null 2>&1; check soft-fail 0 $?
"$VIGIL" scan --rules "$RULES" --no-config --fail-on critical -q infra > /dev/null 2>&1; check fail-on-critical 0 $?
"$VIGIL" scan --rules "$RULES" --no-config --fail-on high -q infra > /dev/null 2>&1; check fail-on-high 1 $?
"$VIGIL" scan --rules "$RULES" --no-config --fail-on severe infra > /dev/null 2> "$T/err"; check fail-on-bad-usage 2 $?
printf 'vigil scan: --fail-on: bad severity '"'"'severe'"'"' (critical, high, medium, low, info)\n' > "$T/want"
same fail-on-bad-message "$T/want" "$T/err"
"$VIGIL" scan --rules "$RULES" --no-config --format yaml infra > /dev/null 2>&1; check unknown-format-usage 2 $?
"$VIGIL" scan --rules "$RULES" --no-config --max-depth 0 infra > /dev/null 2> "$T/err"; check limit-zero-usage 2 $?
printf 'vigil scan: --max-depth must be between 1 and 4294967295, not '"'"'0'"'"'\n' > "$T/want"
same limit-zero-message "$T/want" "$T/err"
"$VIGIL" scan --rules "$RULES" --no-config --max-template-depth 5000000000 infra > /dev/null 2>&1
check limit-too-big-usage 2 $?
mkdir -p "$T/unk"
printf 'Parameters:\n  M:\n    Type: String\nResources:\n  R:\n    Type: AWS::ECR::Repository\n    Properties:\n      ImageTagMutability: !Ref M\n' > "$T/unk/u.yaml"
"$VIGIL" scan --rules "$RULES" --no-config -q "$T/unk" > /dev/null 2>&1; check unknown-report 0 $?
"$VIGIL" scan --rules "$RULES" --no-config -q --unknown=fail "$T/unk" > /dev/null 2>&1; check unknown-fail 1 $?
"$VIGIL" scan --rules "$RULES" --no-config --unknown=pass --format json "$T/unk" > "$T/u.json" 2>&1
python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["summary"]["unknown"])' "$T/u.json" > "$T/n"
echo 0 > "$T/n.want"; same unknown-pass "$T/n.want" "$T/n"
printf 'a: [\n' > "$T/unk/broken.yaml"
"$VIGIL" scan --rules "$RULES" --no-config -q --fail-on critical "$T/unk" > /dev/null 2>&1; check parse-error-fails 1 $?

# --- baseline round trip --------------------------------------------------------------
"$VIGIL" scan --rules "$RULES" --no-config -q --write-baseline "$T/base.json" infra legacy > /dev/null 2>&1; check write-baseline-exit 0 $?
"$VIGIL" scan --rules "$RULES" --no-config -q --baseline "$T/base.json" infra legacy > /dev/null 2>&1; check baseline-clean 0 $?
# shift every line: findings keep their fingerprints
{ printf '# a comment\n# another\n'; cat legacy/old.yaml; } > "$T/x" && mv "$T/x" legacy/old.yaml
"$VIGIL" scan --rules "$RULES" --no-config -q --baseline "$T/base.json" infra legacy > /dev/null 2>&1; check baseline-survives-line-shift 0 $?
printf '  New:\n    Type: AWS::ECR::Repository\n' >> legacy/old.yaml
# (the same scan paths as when recording: report paths depend on them)
"$VIGIL" scan --rules "$RULES" --no-config --format json --baseline "$T/base.json" infra legacy > "$T/b.json" 2>&1; st=$?
check baseline-new-finding-fails 1 $st
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(" ".join(r["resource"]+"="+r["status"] for r in d["results"] if r["file"].startswith("legacy")))' "$T/b.json" > "$T/s"
echo "AWS::ECR::Repository.Old=suppressed AWS::ECR::Repository.New=fail" > "$T/want"
same baseline-marks-suppressed "$T/want" "$T/s"
echo '{"findings": []}' > "$T/bad.json"
"$VIGIL" scan --rules "$RULES" --no-config --baseline "$T/bad.json" legacy > /dev/null 2>&1; check bad-baseline-usage 2 $?

# --- config discovery ------------------------------------------------------------------
cat > .vigil.yaml <<'Y'
exclude: ["legacy/**"]
fail_on: critical
severity: {AWS_ECR_IMMUTABLE_TAGS: medium}
Y
mkdir -p deep/er && cp infra/ecr.yaml deep/er/
(cd deep/er && "$VIGIL" scan --rules "$RULES" -q . > /dev/null 2>&1); check config-found-upward 0 $?
(cd deep/er && "$VIGIL" scan --rules "$RULES" --no-config -q . > /dev/null 2>&1); check no-config 1 $?
(cd deep/er && "$VIGIL" scan --rules "$RULES" --fail-on medium -q . > /dev/null 2>&1); check cli-overrides-config 1 $?
"$VIGIL" scan --rules "$RULES" --format json . > "$T/c.json" 2>/dev/null
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(sorted({s["reason"] for s in d.get("skipped",[]) if s["file"].startswith("legacy")}), sorted({r["severity"] for r in d["results"]}))' "$T/c.json" > "$T/s"
echo "['excluded'] ['medium']" > "$T/want"; same config-exclude-and-severity "$T/want" "$T/s"
# SARIF keeps only findings (the scan streams); a rule with nothing but passes
# still shows the config's severity in the rule table
mkdir -p passing && printf 'Resources:\n  R:\n    Type: AWS::ECR::Repository\n    Properties:\n      ImageTagMutability: IMMUTABLE\n' > passing/ok.yaml
"$VIGIL" scan --rules "$RULES" --format sarif --output sarif="$T/p.sarif" --format json --output json="$T/p.json" passing > /dev/null 2>&1
python3 -c 'import json,sys; s=json.load(open(sys.argv[1])); j=json.load(open(sys.argv[2])); r=s["runs"][0]; print(r["tool"]["driver"]["rules"][0]["properties"]["severity"], len(r["results"]), [x["status"]+"/"+x["severity"] for x in j["results"]])' "$T/p.sarif" "$T/p.json" > "$T/s" 2>&1
echo "medium 0 ['pass/medium']" > "$T/want"; same sarif-pass-only-rule-severity "$T/want" "$T/s"
rm -r passing
# a loader warning (duplicate key: the last wins) is a warning, not an error:
# listed under warnings, not counted in summary.errors, no failing exit status
mkdir -p dupkey && printf 'Resources:\n  R:\n    Type: AWS::ECR::Repository\n    Properties:\n      ImageTagMutability: MUTABLE\n      ImageTagMutability: IMMUTABLE\n' > dupkey/ok.yaml
"$VIGIL" scan --rules "$RULES" --no-config --format json dupkey > "$T/d.json" 2>/dev/null; check warning-not-failing 0 $?
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(len(d["errors"]), d["summary"]["errors"], [w["message"] for w in d["warnings"]], d["results"][0]["status"])' "$T/d.json" > "$T/s" 2>&1
echo "0 0 [\"duplicate key 'ImageTagMutability' (the one at line 6 wins)\"] pass" > "$T/want"; same warning-listed "$T/want" "$T/s"
rm -r dupkey
# the status line on a terminal: drawn while the report goes elsewhere, not
# while results stream onto the same terminal (they would tear each other);
# script(1) gives the scan a terminal for stdout and stderr
if command -v script > /dev/null 2>&1; then
  mkdir -p many && for i in 1 2 3 4 5 6 7 8; do cp infra/ecr.yaml "many/t$i.yaml"; done
  script -qc "'$VIGIL' scan --rules '$RULES' --no-config many > /dev/null" /dev/null > "$T/tty1" 2>&1
  script -qc "'$VIGIL' scan --rules '$RULES' --no-config many" /dev/null > "$T/tty2" 2>&1
  printf '%s %s\n' "$(grep -c 'files  .*MB/s' "$T/tty1")" "$(grep -c 'files  .*MB/s' "$T/tty2")" > "$T/s"
  echo "1 0" > "$T/want"; same progress-not-under-streamed-text "$T/want" "$T/s"
  rm -r many
fi
printf 'fail_on: severe\n' > "$T/bad.yaml"
"$VIGIL" scan --rules "$RULES" --config "$T/bad.yaml" infra > /dev/null 2> "$T/err"; check bad-config-usage 2 $?
echo "vigil scan: $T/bad.yaml:1:10: bad severity 'severe' (expected critical, high, medium, low or info)" > "$T/want"
same bad-config-message "$T/want" "$T/err"
rm .vigil.yaml
"$VIGIL" init "$T" > /dev/null; check init-writes 0 $?
"$VIGIL" init "$T" > /dev/null 2>&1; check init-refuses-overwrite 2 $?
"$VIGIL" scan --rules "$RULES" --config "$T/.vigil.yaml" -q infra > /dev/null 2>&1; check init-config-loads 1 $?
# issue 16: the file `vigil init` writes changes nothing (it set fail_on: low and
# excluded testdata/ while saying it listed defaults): same output, same status
rm -rf "$T/ir" && mkdir -p "$T/ir/testdata" && cp infra/ecr.yaml "$T/ir/" && cp infra/ecr.yaml "$T/ir/testdata/"
"$VIGIL" scan --rules "$RULES" --config "$T/.vigil.yaml" "$T/ir" > "$T/ir.init" 2>&1; echo "exit $?" >> "$T/ir.init"
"$VIGIL" scan --rules "$RULES" --no-config "$T/ir" > "$T/ir.none" 2>&1; echo "exit $?" >> "$T/ir.none"
same init-changes-nothing "$T/ir.none" "$T/ir.init"

# --- list / explain / vigil test ----------------------------------------------------------
"$VIGIL" explain CKV_AWS_51 > "$T/ex" 2>&1; check explain-by-ref 0 $?
head -1 "$T/ex" > "$T/ex1"; echo "AWS_ECR_IMMUTABLE_TAGS: ECR repositories must have immutable image tags" > "$T/want"
same explain-title "$T/want" "$T/ex1"
"$VIGIL" explain NOPE_1 > /dev/null 2>&1; check explain-unknown 2 $?
"$VIGIL" list --rules "$ROOT/examples/org-rules/rules" > "$T/l" 2>&1
cat > "$T/want" <<'W'
ID                              SEVERITY  FORMATS                   REFS
ORG_ECR_OWNER_TAG               medium    cloudformation,terraform
ORG_ECR_REPO_NAMING             low       cloudformation,terraform
ORG_NO_ECR_STAR                 high      policy                    ORG-SEC-12
ORG_SSH_NOT_OPEN                high      terraform,cloudformation
ORG_BUCKET_PUBLIC_ACCESS_BLOCK  high      terraform
ORG_ECR_POLICY_ACCOUNTS         medium    terraform
W
same list-org-rules "$T/want" "$T/l"
"$VIGIL" test "$ROOT/examples/org-rules" > "$T/t" 2>&1; check vigil-test-passing 0 $? "$T/t"
mkdir -p "$T/rt"
cp "$ROOT/examples/org-rules/rules/iam.vgl" "$T/rt/"
cat > "$T/rt/wrong.test.yaml" <<'Y'
cases:
  - name: wrong expectation
    input:
      inline:
        filename: p.json
        content: '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "ecr:*", "Resource": "*"}]}'
    expect:
      - {rule: ORG_NO_ECR_STAR, status: pass}
Y
"$VIGIL" test "$T/rt" > "$T/t" 2>&1; check vigil-test-failing 1 $? "$T/t"
sed "s|$T|T|g" "$T/t" > "$T/t2"
cat > "$T/want" <<'W'
not ok - T/rt/wrong.test.yaml: wrong expectation
  expected ORG_NO_ECR_STAR (any resource) pass, got:
    ORG_NO_ECR_STAR p.json.Statement[0] fail at line 1 (expect 1): statement allows ecr:* on every resource
  unexpected: ORG_NO_ECR_STAR p.json.Statement[0] fail at line 1 (expect 1): statement allows ecr:* on every resource
# coverage: ORG_NO_ECR_STAR expect 1 (iam.vgl:15): never passed
0 passed, 1 failed; 0 of 1 expects evaluated, passed and failed
W
same vigil-test-failing-output "$T/want" "$T/t2"
printf 'cases:\n  - name: x\n' > "$T/rt/wrong.test.yaml"
"$VIGIL" test "$T/rt" > /dev/null 2> "$T/err"; check vigil-test-bad-file 2 $?
echo "$T/rt/wrong.test.yaml:2:5: case 'x' needs an 'input': {file: PATH} or {inline: {filename, content}}" > "$T/want"
same vigil-test-bad-file-message "$T/want" "$T/err"

# --- vigil fmt ----------------------------------------------------------------------
"$VIGIL" fmt --check "$ROOT"/examples/org-rules/rules/*.vgl > "$T/f" 2>&1; check fmt-check-clean 0 $? "$T/f"
printf 'rule   X {\n title "t"\n severity low\n on cloudformation resource "A" as r { expect r.a == 1 }\n}\n' > "$T/x.vgl"
"$VIGIL" fmt --check "$T/x.vgl" > "$T/f" 2>&1; check fmt-check-dirty 1 $?
echo "$T/x.vgl" > "$T/want"; same fmt-check-lists-file "$T/want" "$T/f"
"$VIGIL" fmt "$T/x.vgl" && "$VIGIL" fmt --check "$T/x.vgl" > /dev/null 2>&1; check fmt-rewrites 0 $?

# Shipped packs by name and digest pinning (--pack-name, --pack-digest)
"$VIGIL" scan --pack-name nope infra > /dev/null 2> "$T/err"; check pack-name-unknown 2 $?
# the directories it searched, not a template of them
bindir=$(dirname "$VIGIL")
VIGIL_PACK_PATH="$T/p1:$T/p2" "$VIGIL" scan --pack-name nope infra > /dev/null 2> "$T/err"
echo "vigil scan: --pack-name nope: no such shipped pack (looked in $T/p1, $T/p2, $bindir/packs, $bindir/../share/vigil/packs)" > "$T/want"
same pack-name-unknown-message "$T/want" "$T/err"
mkdir -p "$T/packs"; "$VIGIL" compile "$RULES" -o "$T/packs/one.vgp" > "$T/digest"
VIGIL_PACK_PATH="$T/packs" "$VIGIL" scan --no-config --pack-name one -q infra > /dev/null 2>&1; check pack-name-from-path 1 $?
"$VIGIL" scan --no-config --pack "$T/packs/one.vgp" --pack-digest "$(cat "$T/digest")" -q infra > /dev/null 2>&1
check pack-digest-match 1 $?
"$VIGIL" scan --no-config --pack "$T/packs/one.vgp" --pack-digest sha256:0000000000000000000000000000000000000000000000000000000000000000 infra > /dev/null 2> "$T/err"
check pack-digest-mismatch 2 $?
echo "vigil scan: pack digest $(cat "$T/digest") does not match the pinned sha256:0000000000000000000000000000000000000000000000000000000000000000: refusing it" > "$T/want"
same pack-digest-mismatch-message "$T/want" "$T/err"
"$VIGIL" scan --no-config --pack-digest sha256:abc infra > /dev/null 2>&1; check pack-digest-bad-usage 2 $?

# --- issue 16: .vigil.yaml's packs:, rule tokens, duplicate keys; list/explain show
# the pack scan runs -------------------------------------------------------------------
mkdir -p "$T/cf" && printf 'packs: [one]\n' > "$T/cf/one.yaml"
VIGIL_PACK_PATH="$T/packs" "$VIGIL" scan --config "$T/cf/one.yaml" --format json infra > "$T/cf/j" 2>/dev/null
check config-packs-scan 1 $?
python3 -c 'import json,sys; print(sorted({r["rule"] for r in json.load(open(sys.argv[1]))["results"]}))' "$T/cf/j" > "$T/s" 2>&1
echo "['AWS_ECR_IMMUTABLE_TAGS']" > "$T/want"; same config-packs-selects-pack "$T/want" "$T/s"
# the command line wins: --rules over the config's pack
VIGIL_PACK_PATH="$T/packs" "$VIGIL" scan --config "$T/cf/one.yaml" --rules "$ROOT/examples/org-rules/rules" --format json infra > "$T/cf/j" 2>/dev/null
python3 -c 'import json,sys; print(sorted({r["rule"] for r in json.load(open(sys.argv[1]))["results"]}))' "$T/cf/j" > "$T/s" 2>&1
echo "['ORG_ECR_OWNER_TAG', 'ORG_ECR_REPO_NAMING']" > "$T/want"; same config-packs-cli-wins "$T/want" "$T/s"
printf 'fail_on: high\npacks:\n  - nosuch\n' > "$T/cf/nosuch.yaml"
VIGIL_PACK_PATH="$T/packs" "$VIGIL" scan --config "$T/cf/nosuch.yaml" infra > /dev/null 2> "$T/err"; check config-packs-unknown 2 $?
echo "vigil scan: $T/cf/nosuch.yaml:3:5: packs: no such shipped pack 'nosuch' (looked in $T/packs, $bindir/packs, $bindir/../share/vigil/packs)" > "$T/want"
same config-packs-unknown-message "$T/want" "$T/err"
printf 'packs: [one, default]\n' > "$T/cf/two.yaml"
"$VIGIL" scan --config "$T/cf/two.yaml" infra > /dev/null 2> "$T/err"; check config-packs-several 2 $?
echo "vigil scan: $T/cf/two.yaml:1:14: 'packs' names more than one pack: a scan runs one pack (compile several rule sets into one with \`sources:\` or \`vigil compile\`)" > "$T/want"
same config-packs-several-message "$T/want" "$T/err"
# a rule token that matches no rule of the pack: exit 2, located (it used to turn every rule off)
printf 'enable: [NOPE_*]\n' > "$T/cf/nope.yaml"
"$VIGIL" scan --rules "$RULES" --config "$T/cf/nope.yaml" infra > /dev/null 2> "$T/err"; check config-enable-unknown 2 $?
echo "vigil scan: $T/cf/nope.yaml:1:10: enable: 'NOPE_*' matches no rule of the pack (an id, a ref or a glob over ids; \`vigil list\` shows the rules)" > "$T/want"
same config-enable-unknown-message "$T/want" "$T/err"
printf 'disable: [CKV_AWS_51]\nseverity: {SecurityHub:ECR.2: low}\n' > "$T/cf/refs.yaml"
"$VIGIL" scan --rules "$RULES" --config "$T/cf/refs.yaml" -q infra > /dev/null 2>&1; check config-refs-match 0 $?
printf 'severity: {AWS_ECR_IMMUTABLE: low}\n' > "$T/cf/sev.yaml"
"$VIGIL" scan --rules "$RULES" --config "$T/cf/sev.yaml" infra > /dev/null 2>&1; check config-severity-unknown 2 $?
printf 'disable: [CKV_AWS_5]\n' > "$T/cf/dis.yaml"
"$VIGIL" scan --rules "$RULES" --config "$T/cf/dis.yaml" infra > /dev/null 2>&1; check config-disable-unknown 2 $?
printf 'fail_on: low\nexclude: [a]\nfail_on: critical\n' > "$T/cf/dup.yaml"
"$VIGIL" scan --rules "$RULES" --config "$T/cf/dup.yaml" infra > /dev/null 2> "$T/err"; check config-duplicate-key 2 $?
echo "vigil scan: $T/cf/dup.yaml:3:1: duplicate key 'fail_on' (first at line 1)" > "$T/want"
same config-duplicate-key-message "$T/want" "$T/err"
# list and explain: --pack-name, and the config's packs:/sources: as scan reads them
VIGIL_PACK_PATH="$T/packs" "$VIGIL" list --pack-name one > "$T/l1" 2>&1; check list-pack-name 0 $?
"$VIGIL" list --pack "$T/packs/one.vgp" > "$T/l2" 2>&1; same list-pack-name-rules "$T/l2" "$T/l1"
(cd "$T/cf" && cp one.yaml .vigil.yaml && VIGIL_PACK_PATH="$T/packs" "$VIGIL" list > "$T/l3" 2>&1); same list-config-packs "$T/l2" "$T/l3"
(cd "$T/cf" && VIGIL_PACK_PATH="$T/packs" "$VIGIL" explain ORG_NO_ECR_STAR > /dev/null 2>&1); check explain-config-packs 2 $?
(cd "$T/cf" && VIGIL_PACK_PATH="$T/packs" "$VIGIL" list --no-config > "$T/l4" 2>&1); "$VIGIL" list > "$T/l5" 2>&1
same list-no-config-builtin "$T/l5" "$T/l4"
mkdir -p "$T/cf/src" && printf 'sources: [%s]\n' "$ROOT/examples/org-rules/rules" > "$T/cf/src/.vigil.yaml"
(cd "$T/cf/src" && "$VIGIL" list > "$T/l6" 2>&1); "$VIGIL" list --rules "$ROOT/examples/org-rules/rules" > "$T/l7" 2>&1
same list-config-sources "$T/l7" "$T/l6"
(cd "$T/cf/src" && "$VIGIL" explain ORG_NO_ECR_STAR > "$T/ex" 2>&1); check explain-config-sources 0 $?
(cd "$T/cf/src" && VIGIL_PACK_PATH="$T/packs" "$VIGIL" explain --pack-name one AWS_ECR_IMMUTABLE_TAGS > /dev/null 2>&1); check explain-pack-name 0 $?
(cd "$T/cf/src" && "$VIGIL" list --config "$T/cf/nosuch.yaml" > /dev/null 2> "$T/err"); check list-config-packs-unknown 2 $?
# the library applies in-source suppressions as scan does: examples/embed's
# pr/waived.yaml (expected.txt: exit status 0, and 1 with no_inline_suppressions)
mkdir -p "$T/waived" && printf 'Resources:\n  Repo:\n    Type: AWS::ECR::Repository\n    Properties:\n      ImageTagMutability: MUTABLE  # vigil:ignore TEST_ECR_IMMUTABLE pinned by digest\n' > "$T/waived/waived.yaml"
"$VIGIL" scan --no-config --rules "$ROOT/examples/embed/ecr.vgl" -q "$T/waived" > /dev/null 2>&1; check api-agrees-waived 0 $?
grep -qx 'pr/waived.yaml: 1 results, 1 not passing, 0 failures, exit status 0' "$ROOT/examples/embed/expected.txt"; check api-expected-waived 0 $?
"$VIGIL" scan --no-config --no-inline-suppressions --rules "$ROOT/examples/embed/ecr.vgl" -q "$T/waived" > /dev/null 2>&1; check api-agrees-no-inline 1 $?

# --- --write-baseline: exit 0, two-space indentation, one finding per line ------------
rm -rf "$T/wb" && mkdir -p "$T/wb" && cp infra/ecr.yaml "$T/wb/"
"$VIGIL" scan --rules "$RULES" --no-config -q --write-baseline "$T/wb.json" "$T/wb" > /dev/null 2>&1
check write-baseline-adopts 0 $?
{ grep -c "$(printf '\t')" "$T/wb.json"; grep -cE '^    \{"fingerprint": "[0-9a-f]{64}", "rule": "AWS_ECR_IMMUTABLE_TAGS", "file": "[^"]*", "resource": "[^"]*"\},?$' "$T/wb.json"; head -n 3 "$T/wb.json"; } > "$T/wb.got"
printf '0\n1\n{\n  "vigil_baseline": 1,\n  "findings": [\n' > "$T/wb.want"
same write-baseline-layout "$T/wb.want" "$T/wb.got"
# a baseline written the old way (tab-indented, cJSON_Print) still reads
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); json.dump(d, open(sys.argv[2],"w"), indent="\t")' "$T/wb.json" "$T/wb-tabs.json"
"$VIGIL" scan --rules "$RULES" --no-config -q --baseline "$T/wb-tabs.json" "$T/wb" > /dev/null 2>&1
check baseline-old-layout-reads 0 $?

# --- a scan with nothing to read: warned about, exit 3 under --fail-on-empty ---------
mkdir -p "$T/empty" && echo '# docs' > "$T/empty/README.md"
"$VIGIL" scan --rules "$RULES" --no-config -q "$T/empty" > /dev/null 2> "$T/err"; check empty-scan-exit 0 $?
echo "vigil scan: warning: no files Vigil can read (1 skipped); --fail-on-empty makes this exit 3" > "$T/want"
same empty-scan-warning "$T/want" "$T/err"
"$VIGIL" scan --rules "$RULES" --no-config -q --fail-on-empty "$T/empty" > /dev/null 2> "$T/err"; check fail-on-empty 3 $?
echo "vigil scan: warning: no files Vigil can read (1 skipped)" > "$T/want"
same fail-on-empty-warning "$T/want" "$T/err"
"$VIGIL" scan --rules "$RULES" --no-config -q --fail-on-empty --soft-fail legacy > /dev/null 2>&1; check fail-on-empty-not-empty 0 $?

# --- --docs-url and the docs_url config key -------------------------------------------
"$VIGIL" scan --rules "$RULES" --no-config --docs-url docs/ infra > /dev/null 2> "$T/err"; check docs-url-relative 2 $?
echo "vigil scan: --docs-url wants an absolute URL (https://..., file:///...), not 'docs/'" > "$T/want"
same docs-url-relative-message "$T/want" "$T/err"
cat > "$T/rule-docs.vgl" <<'V'
rule TEST_DOCS {
  title "Repositories are named"
  severity low
  docs "docs/rules/TEST_DOCS.md"
  on cloudformation resource "AWS::ECR::Repository" as r {
    expect r.Properties.RepositoryName != null else "unnamed"
  }
}
V
printf 'docs_url: https://example.com/vigil/docs\n' > "$T/docs.yaml"
"$VIGIL" scan --rules "$T/rule-docs.vgl" --config "$T/docs.yaml" -f sarif infra > "$T/d.sarif" 2> /dev/null
python3 -c 'import json,sys; d=json.load(open(sys.argv[1]))["runs"][0]["tool"]["driver"]; print(d["informationUri"], d["rules"][0]["helpUri"], d["rules"][0]["name"])' "$T/d.sarif" > "$T/got" 2>&1
echo "https://example.com/vigil/docs/cli.md https://example.com/vigil/docs/rules/TEST_DOCS.md TestDocs" > "$T/want"
same docs-url-config "$T/want" "$T/got"

# --- examples/ci install exactly what scripts/deps.sh checks ---------------------------
want_pkgs=$("$ROOT/scripts/deps.sh" list build | tr ' ' '\n' | sort | tr '\n' ' ')
for ex in github-actions.yml gitlab-ci.yml; do
  f="$ROOT/examples/ci/$ex"
  got_pkgs=$(grep -o 'apt-get install -y [^&]*' "$f" | head -n 1 | sed 's/apt-get install -y //' | tr ' ' '\n' | grep . | sort | tr '\n' ' ')
  if [ "$got_pkgs" = "$want_pkgs" ] && grep -q 'apt-get update' "$f"; then echo "ok - ci/example-deps-$ex"; else
    echo "not ok - ci/example-deps-$ex"; echo "  installs: $got_pkgs"; echo "  deps.sh:  $want_pkgs"; fi
done

# --- validators from npm: sarif-multitool (SARIF) and ajv (docs/vigil-output.schema.json) ---
# Installed once into build/node/ (ignored by git); skipped only without npm.
NODE_DIR="$ROOT/build/node"
SARIF_TOOL="$NODE_DIR/node_modules/.bin/sarif-multitool"
AJV="$NODE_DIR/node_modules/.bin/ajv"
have_node_tools() {
  if [ ! -x "$SARIF_TOOL" ] || [ ! -x "$AJV" ]; then
    mkdir -p "$NODE_DIR"
    npm install --no-audit --no-fund --prefix "$NODE_DIR" @microsoft/sarif-multitool@5.7.0 \
      ajv-cli@5.0.0 > "$T/npm.log" 2>&1 || return 1
  fi
  # npm does not run the platform package's postinstall (chmod) by default
  chmod u+x "$NODE_DIR"/node_modules/@microsoft/sarif-multitool-*/Sarif.Multitool 2> /dev/null
  return 0
}
NODE_CASES="sarif-multitool-validate sarif-multitool-hostile-names json-schema-valid json-schema-hostile json-schema-parse-errors json-schema-rejects-old"
if ! command -v npm > /dev/null 2>&1; then
  for c in $NODE_CASES; do echo "ok - ci/$c # SKIP npm unavailable"; done
elif ! have_node_tools; then
  for c in $NODE_CASES; do echo "not ok - ci/$c"; done
  echo "  npm install into $NODE_DIR failed:"; tail -n 5 "$T/npm.log" | sed 's/^/  /'
else
  # hostile file names and values (the golden injection case's inputs)
  mkdir -p "$T/hostile" && (cd "$T/hostile" && "$ROOT/tests/golden/inject_sarif/setup")
  sarif_ok() { # NAME FILE: no error from `sarif-multitool validate`
    rm -f "$T/val.sarif"
    "$SARIF_TOOL" validate "$2" -o "$T/val.sarif" > "$T/val.out" 2>&1; st=$?
    if [ $st = 0 ] && ! grep -qE ': error |error ERR' "$T/val.out"; then echo "ok - ci/$1"; else
      echo "not ok - ci/$1"; grep -E 'error|warning' "$T/val.out" | head -n 10 | sed 's/^/  /'; fi
  }
  "$VIGIL" scan --no-config -f sarif . > "$T/all.sarif" 2> /dev/null   # built-in rules, default docs URL
  sarif_ok sarif-multitool-validate "$T/all.sarif"
  "$VIGIL" scan --no-config --rules "$ROOT/tests/golden/inject_sarif/rules.vgl" -f sarif "$T/hostile/input" > "$T/h.sarif" 2> /dev/null
  sarif_ok sarif-multitool-hostile-names "$T/h.sarif"
  schema_ok() { # NAME FILE EXPECT(valid|invalid)
    "$AJV" validate --spec=draft7 -s "$ROOT/docs/vigil-output.schema.json" -d "$2" > "$T/ajv.out" 2>&1; st=$?
    if { [ "$3" = valid ] && [ $st = 0 ]; } || { [ "$3" = invalid ] && [ $st != 0 ]; }; then echo "ok - ci/$1"; else
      echo "not ok - ci/$1 (expected $3)"; head -n 10 "$T/ajv.out" | sed 's/^/  /'; fi
  }
  "$VIGIL" scan --rules "$RULES" --no-config -f json infra legacy > "$T/s1.json" 2> /dev/null
  schema_ok json-schema-valid "$T/s1.json" valid
  "$VIGIL" scan --no-config --rules "$ROOT/tests/golden/inject_sarif/rules.vgl" -f json "$T/hostile/input" > "$T/s2.json" 2> /dev/null
  schema_ok json-schema-hostile "$T/s2.json" valid
  (cd "$ROOT/tests/golden/parse_error" && "$VIGIL" scan --no-config --rules rules.vgl -f json input) > "$T/s3.json" 2> /dev/null
  schema_ok json-schema-parse-errors "$T/s3.json" valid
  sed 's/"unparsable"/"failed"/' "$T/s1.json" > "$T/old.json"
  schema_ok json-schema-rejects-old "$T/old.json" invalid
fi

# --- papercuts: messages say what happened and what to do ------------------------------
"$VIGIL" scan --no-config --pack "$RULES" infra > /dev/null 2> "$T/err"; check pack-given-rules 2 $?
echo "vigil scan: $RULES: pack: bad magic (not a Vigil rule pack) (rule sources go to --rules FILE|DIR; --pack takes a pack that \`vigil compile -o\` wrote)" > "$T/want"
same pack-given-rules-hint "$T/want" "$T/err"
"$VIGIL" compile "$T/missing.vgl" > /dev/null 2> "$T/err"; check compile-missing 2 $?
echo "vigil compile: $T/missing.vgl: No such file or directory" > "$T/want"
same compile-missing-message "$T/want" "$T/err"
"$VIGIL" compile "$RULES" -o "$T/no/such/dir/x.vgp" > /dev/null 2> "$T/err"; check compile-cannot-write 2 $?
echo "vigil compile: cannot write $T/no/such/dir/x.vgp: No such file or directory" > "$T/want"
same compile-cannot-write-reason "$T/want" "$T/err"
"$VIGIL" scan --rules "$RULES" --no-config -f json -o "$T/no/such/dir/r.json" infra > /dev/null 2> "$T/err"; check output-cannot-write 2 $?
echo "vigil scan: cannot write $T/no/such/dir/r.json: No such file or directory" > "$T/want"
same output-cannot-write-reason "$T/want" "$T/err"
cat > "$T/any.vgl" <<'V'
rule TEST_ANY_FORMAT {
  title "Any document"
  severity info
  on any resource "*" as r {
    expect true else "never"
  }
}
V
"$VIGIL" list --rules "$T/any.vgl" > "$T/got" 2>&1
printf 'ID               SEVERITY  FORMATS  REFS\nTEST_ANY_FORMAT  info      any\n' > "$T/want"
same list-any-format "$T/want" "$T/got"

# --- docs: vigil(1) is clean for groff, ASCII, and names every scan option once; cli.md
# has one options table naming each of them too ------------------------------------
man="$ROOT/docs/vigil.1"
if command -v groff > /dev/null 2>&1; then
  groff -man -Tutf8 -ww "$man" > /dev/null 2> "$T/groff"
  if [ -s "$T/groff" ]; then echo "not ok - ci/man-groff-clean"; sed 's/^/  /' "$T/groff" | head -5; else echo "ok - ci/man-groff-clean"; fi
else
  echo "ok - ci/man-groff-clean # SKIP groff unavailable"
fi
if LC_ALL=C grep -q "$(printf '[\200-\377]')" "$man"; then echo "not ok - ci/man-ascii"; else echo "ok - ci/man-ascii"; fi
: > "$T/docmiss"
for opt in $("$VIGIL" scan --help | sed -nE 's/^ +(-[a-z], )?(--[a-z-]+).*/\2/p'); do
  [ "$opt" = --help ] && continue
  esc_opt=$(printf '%s' "$opt" | sed 's/-/\\\\-/g')
  # named somewhere, and an entry of its own (a line after .TP starting with it) at most once
  grep -qE -- "$esc_opt([^a-z\\\\]|\\\\f|\$)" "$man" || echo "vigil.1 does not name $opt" >> "$T/docmiss"
  n=$(awk 'p == ".TP" {print} {p = $0}' "$man" | grep -cE "^\.B[IR]? +$esc_opt( |\$)")
  [ "$n" -le 1 ] || echo "vigil.1 has $n entries for $opt" >> "$T/docmiss"
  grep -qE -- "(\`|, )$opt[ \`=]" "$ROOT/docs/cli.md" "$ROOT/docs/ci.md" || echo "docs/cli.md and ci.md do not name $opt" >> "$T/docmiss"
done
grep -q 'VIGIL_PACK_PATH' "$man" || echo "vigil.1 does not name VIGIL_PACK_PATH" >> "$T/docmiss"
# the scan options table is one block: from its header to the first line that is not a row
awk '/^\| option \| \|$/ {t=1; next} t && !/^\|/ {exit} t {n++} END {print n+0}' "$ROOT/docs/cli.md" > "$T/rows"
"$VIGIL" scan --help | grep -cE '^ +(-[a-z], )?--' > "$T/nopts"
[ "$(cat "$T/rows")" -ge "$(($(cat "$T/nopts") - 12))" ] || echo "docs/cli.md options table has $(cat "$T/rows") rows: split?" >> "$T/docmiss"
if [ -s "$T/docmiss" ]; then echo "not ok - ci/docs-name-every-scan-option"; sed 's/^/  /' "$T/docmiss"; else echo "ok - ci/docs-name-every-scan-option"; fi

# compile -o onto a FIFO or device writes into it: a rename would replace the
# node with a regular file (that once turned the machine's /dev/null into one)
mkfifo "$T/pack.fifo"
timeout 10 cat "$T/pack.fifo" > "$T/pack.from-fifo" &
reader=$!
"$VIGIL" compile "$RULES" -o "$T/pack.fifo" > /dev/null 2> "$T/fifo.err"
rc=$?
wait "$reader"
if [ "$rc" = 0 ] && [ -p "$T/pack.fifo" ] && [ -s "$T/pack.from-fifo" ]; then
  echo "ok - ci/compile-output-to-fifo-keeps-the-node"
else
  echo "not ok - ci/compile-output-to-fifo-keeps-the-node"
  sed 's/^/  /' "$T/fifo.err"
fi
