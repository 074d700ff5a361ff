#!/usr/bin/env python3
"""gen.py — a synthetic IaC monorepo for the benchmarks, deterministic by seed.

    tests/bench/gen.py -n 10000 --seed 1 OUT_DIR

writes exactly N files under OUT_DIR (CloudFormation YAML and JSON, Terraform
root modules with variables/locals/tfvars and shared child modules, Ansible
playbooks and roles, Kubernetes manifests, IAM/SCP policies, ECR
describe-repositories output and CloudTrail logs) and OUT_DIR.manifest.json
beside it (outside the scanned tree) with the file counts and the expected
verdicts of the ECR immutability rule (AWS_ECR_IMMUTABLE_TAGS) per format:
the harness checks Vigil's JSON results against them.

The same (N, seed) always gives byte-identical files. Every ECR repository is
generated together with the verdict the rule must give it, following the rule's
documented semantics (issues 2, 3, 4):
  CloudFormation  ImageTagMutability IMMUTABLE(_WITH_EXCLUSION) pass; MUTABLE(_WITH_
                  EXCLUSION) or absent fail; !Ref to a parameter with a Default
                  resolves to it; !Ref to a parameter without Default is unknown.
  Terraform       image_tag_mutability likewise (absent = MUTABLE); variables with
                  defaults, terraform.tfvars overriding them, locals, conditionals and
                  upper(); count / for_each expand into one result per instance; a
                  variable with no value or a data source is unknown.
  Ansible         community.aws.ecs_ecr / ecs_ecr: image_tag_mutability must be the
                  literal "immutable"; absent or "mutable" fail.
  AWS API JSON    describe-repositories: imageTagMutability as for CloudFormation.
Only the standard library is used.
"""
import argparse
import hashlib
import json
import os
import random
import re
import sys

TEAMS = ["payments", "search", "identity", "platform", "data", "ml", "mobile", "web",
         "billing", "infra", "growth", "security"]
SERVICES = ["api", "worker", "ingest", "gateway", "auth", "reports", "events", "cache",
            "scheduler", "notifier"]
WORDS = ["alpha", "bravo", "delta", "echo", "falcon", "harbor", "ion", "juniper", "kilo",
         "lima", "nova", "orbit", "pulse", "quartz", "raven", "sierra", "tango", "umbra",
         "vector", "willow", "xenon", "yonder", "zephyr"]

# Share of *files* per format (Terraform modules and role trees hold several files).
WEIGHTS = [("cfn_yaml", 27), ("cfn_json", 14), ("terraform", 10), ("ansible", 11),
           ("k8s", 12), ("policy", 7), ("awsapi", 2), ("cloudtrail", 1)]

FORMATS = ["cloudformation", "terraform", "ansible", "awsapi"]


class Tag:
    """A CloudFormation intrinsic: short form in YAML, long form in JSON."""

    def __init__(self, name, value):
        self.name, self.value = name, value

    def long(self):
        if self.name == "Ref":
            return {"Ref": self.value}
        if self.name == "GetAtt":
            return {"Fn::GetAtt": self.value.split(".", 1)}
        return {"Fn::" + self.name: to_json(self.value)}


def to_json(v):
    if isinstance(v, Tag):
        return v.long()
    if isinstance(v, dict):
        return {k: to_json(x) for k, x in v.items()}
    if isinstance(v, list):
        return [to_json(x) for x in v]
    return v


_PLAIN = re.compile(r"^[A-Za-z_][A-Za-z0-9_./-]*$")
_RESERVED = {"true", "false", "yes", "no", "on", "off", "null", "y", "n"}


def y_scalar(v):
    if v is True:
        return "true"
    if v is False:
        return "false"
    if v is None:
        return "null"
    if isinstance(v, (int, float)):
        return str(v)
    if isinstance(v, Tag):
        if isinstance(v.value, str):
            return "!%s %s" % (v.name, y_scalar(v.value))
        return "!%s %s" % (v.name, json.dumps(to_json(v.value)))
    if isinstance(v, dict) and not v:
        return "{}"
    if isinstance(v, list) and not v:
        return "[]"
    if _PLAIN.match(v) and v.lower() not in _RESERVED:
        return v
    return json.dumps(v)


def is_scalar(v):
    return not isinstance(v, (dict, list)) or not v


def y_emit(v, ind, out):
    pad = " " * ind
    if isinstance(v, dict):
        for k, x in v.items():
            if is_scalar(x):
                out.append("%s%s: %s" % (pad, y_scalar(k), y_scalar(x)))
            elif isinstance(x, dict):
                out.append("%s%s:" % (pad, y_scalar(k)))
                y_emit(x, ind + 2, out)
            else:
                out.append("%s%s:" % (pad, y_scalar(k)))
                y_emit(x, ind + 2, out)
    else:
        for x in v:
            if is_scalar(x):
                out.append("%s- %s" % (pad, y_scalar(x)))
            elif isinstance(x, list):
                out.append("%s- %s" % (pad, json.dumps(to_json(x))))
            else:
                sub = []
                y_emit(x, ind + 2, sub)
                sub[0] = pad + "- " + sub[0][ind + 2:]
                out.extend(sub)


def yaml_doc(v, comment=None):
    out = []
    if comment:
        out.append("# " + comment)
    y_emit(v, 0, out)
    return "\n".join(out) + "\n"


class Gen:
    def __init__(self, n, seed):
        self.n = n
        self.r = random.Random(seed)
        self.files = {}  # relative path -> text
        self.counts = {f: {"pass": 0, "fail": 0, "unknown": 0} for f in FORMATS}
        self.kinds = {}
        self.serial = 0

    # ---- helpers ----------------------------------------------------------------
    def word(self):
        return self.r.choice(WORDS)

    def ident(self, prefix):
        self.serial += 1
        return "%s%s%d" % (prefix, self.word().capitalize(), self.serial)

    def expect(self, fmt, verdict, k=1):
        self.counts[fmt][verdict] += k

    def add(self, path, text, kind):
        assert path not in self.files, path
        self.files[path] = text
        self.kinds[kind] = self.kinds.get(kind, 0) + 1

    def place(self, top, ext):
        self.serial += 1
        team = self.r.choice(TEAMS)
        svc = self.r.choice(SERVICES)
        return team, "%s/%s/%s/%s-%s-%05d%s" % (top, team, svc, svc, self.word(), self.serial,
                                                  ext)

    # ---- CloudFormation ---------------------------------------------------------
    def cfn_ecr(self, params):
        r = self.r
        props = {"RepositoryName": "%s/%s-%d" % (r.choice(TEAMS), self.word(), self.serial)}
        x = r.random()
        if x < 0.30:
            props["ImageTagMutability"] = "IMMUTABLE"
            verdict = "pass"
        elif x < 0.38:
            props["ImageTagMutability"] = "IMMUTABLE_WITH_EXCLUSION"
            props["ImageTagMutabilityExclusionFilters"] = [
                {"ImageTagMutabilityExclusionFilterType": "WILDCARD",
                 "ImageTagMutabilityExclusionFilterValue": "dev-*"}]
            verdict = "pass"
        elif x < 0.53:
            props["ImageTagMutability"] = "MUTABLE"
            verdict = "fail"
        elif x < 0.58:
            props["ImageTagMutability"] = "MUTABLE_WITH_EXCLUSION"
            props["ImageTagMutabilityExclusionFilters"] = [
                {"ImageTagMutabilityExclusionFilterType": "WILDCARD",
                 "ImageTagMutabilityExclusionFilterValue": "release-*"}]
            verdict = "fail"
        elif x < 0.70:
            verdict = "fail"  # absent: the AWS default is MUTABLE
        elif x < 0.85:
            p = self.ident("TagMode")
            default = r.choice(["MUTABLE", "IMMUTABLE"])
            params[p] = {"Type": "String", "Default": default,
                         "AllowedValues": ["MUTABLE", "IMMUTABLE"]}
            props["ImageTagMutability"] = Tag("Ref", p)
            verdict = "fail" if default == "MUTABLE" else "pass"
        else:
            p = self.ident("TagMode")
            params[p] = {"Type": "String", "AllowedValues": ["MUTABLE", "IMMUTABLE"]}
            props["ImageTagMutability"] = Tag("Ref", p)
            verdict = "unknown"
        if r.random() < 0.6:
            props["ImageScanningConfiguration"] = {"ScanOnPush": r.random() < 0.7}
        if r.random() < 0.4:
            props["EncryptionConfiguration"] = {"EncryptionType": r.choice(["KMS", "AES256"])}
        if r.random() < 0.3:
            props["LifecyclePolicy"] = {"LifecyclePolicyText": json.dumps(
                {"rules": [{"rulePriority": 1, "selection": {
                    "tagStatus": "untagged", "countType": "sinceImagePushed",
                    "countUnit": "days", "countNumber": 14}, "action": {"type": "expire"}}]})}
        props["Tags"] = self.cfn_tags()
        self.expect("cloudformation", verdict)
        return {"Type": "AWS::ECR::Repository", "Properties": props}

    def cfn_tags(self):
        tags = [{"Key": "team", "Value": self.r.choice(TEAMS)},
                {"Key": "env", "Value": Tag("Ref", "Environment")}]
        if self.r.random() < 0.5:
            tags.append({"Key": "owner", "Value": "%s@example.com" % self.word()})
        return tags

    def cfn_other(self, names):
        r = self.r
        k = r.randrange(10)
        if k == 0:
            return {"Type": "AWS::S3::Bucket", "Properties": {
                "BucketName": Tag("Sub", "${AWS::StackName}-%s-${Environment}" % self.word()),
                "VersioningConfiguration": {"Status": r.choice(["Enabled", "Suspended"])},
                "BucketEncryption": {"ServerSideEncryptionConfiguration": [
                    {"ServerSideEncryptionByDefault": {"SSEAlgorithm": r.choice(
                        ["AES256", "aws:kms"])}}]},
                "PublicAccessBlockConfiguration": {
                    "BlockPublicAcls": True, "BlockPublicPolicy": r.random() < 0.8,
                    "IgnorePublicAcls": True, "RestrictPublicBuckets": True},
                "Tags": self.cfn_tags()}}
        if k == 1:
            return {"Type": "AWS::IAM::Role", "Properties": {
                "AssumeRolePolicyDocument": {"Version": "2012-10-17", "Statement": [
                    {"Effect": "Allow", "Principal": {"Service": r.choice(
                        ["lambda.amazonaws.com", "ecs-tasks.amazonaws.com"])},
                     "Action": "sts:AssumeRole"}]},
                "Policies": [{"PolicyName": "%s-access" % self.word(), "PolicyDocument": {
                    "Version": "2012-10-17", "Statement": [
                        {"Effect": "Allow", "Action": r.sample(
                            ["ecr:GetAuthorizationToken", "ecr:BatchGetImage",
                             "ecr:GetDownloadUrlForLayer", "s3:GetObject", "s3:PutObject",
                             "sqs:SendMessage", "logs:PutLogEvents", "kms:Decrypt"], 3),
                         "Resource": r.choice(["*", Tag("Sub", "arn:${AWS::Partition}:s3:::%s/*"
                                                        % self.word())])}]}}],
                "Tags": self.cfn_tags()}}
        if k == 2:
            return {"Type": "AWS::Lambda::Function", "Properties": {
                "Runtime": r.choice(["python3.12", "nodejs20.x", "java21", "python3.8"]),
                "Handler": "index.handler", "MemorySize": r.choice([128, 256, 512, 1024]),
                "Timeout": r.choice([3, 30, 60, 900]),
                "Role": Tag("GetAtt", "%s.Arn" % names.get("role", "ExecRole")),
                "Environment": {"Variables": {"STAGE": Tag("Ref", "Environment"),
                                              "TABLE": self.word()}},
                "Code": {"ZipFile": "def handler(event, context):\n    return %d\n"
                         % r.randrange(1000)},
                "TracingConfig": {"Mode": r.choice(["Active", "PassThrough"])}}}
        if k == 3:
            return {"Type": "AWS::SQS::Queue", "Properties": {
                "QueueName": Tag("Sub", "${Environment}-%s" % self.word()),
                "VisibilityTimeout": r.choice([30, 60, 300]),
                "KmsMasterKeyId": r.choice(["alias/aws/sqs", Tag("Ref", "AWS::NoValue")]),
                "MessageRetentionPeriod": 345600}}
        if k == 4:
            return {"Type": "AWS::SNS::Topic", "Properties": {
                "TopicName": "%s-topic" % self.word(),
                "Subscription": [{"Protocol": "sqs", "Endpoint": Tag("GetAtt", "Queue.Arn")}]}}
        if k == 5:
            return {"Type": "AWS::DynamoDB::Table", "Properties": {
                "BillingMode": r.choice(["PAY_PER_REQUEST", "PROVISIONED"]),
                "AttributeDefinitions": [{"AttributeName": "pk", "AttributeType": "S"},
                                         {"AttributeName": "sk", "AttributeType": "S"}],
                "KeySchema": [{"AttributeName": "pk", "KeyType": "HASH"},
                              {"AttributeName": "sk", "KeyType": "RANGE"}],
                "PointInTimeRecoverySpecification": {
                    "PointInTimeRecoveryEnabled": r.random() < 0.6},
                "SSESpecification": {"SSEEnabled": True}}}
        if k == 6:
            rules = []
            for _ in range(r.randrange(1, 5)):
                port = r.choice([22, 80, 443, 5432, 6379, 8080])
                rules.append({"IpProtocol": "tcp", "FromPort": port, "ToPort": port,
                              "CidrIp": r.choice(["0.0.0.0/0", "10.0.0.0/8", "172.16.0.0/12"]),
                              "Description": "allow %d" % port})
            return {"Type": "AWS::EC2::SecurityGroup", "Properties": {
                "GroupDescription": "%s security group" % self.word(),
                "VpcId": Tag("Ref", "VpcId"), "SecurityGroupIngress": rules}}
        if k == 7:
            return {"Type": "AWS::KMS::Key", "Properties": {
                "Description": "%s key" % self.word(), "EnableKeyRotation": r.random() < 0.7,
                "KeyPolicy": {"Version": "2012-10-17", "Statement": [
                    {"Sid": "Root", "Effect": "Allow", "Principal": {
                        "AWS": Tag("Sub", "arn:aws:iam::${AWS::AccountId}:root")},
                     "Action": "kms:*", "Resource": "*"}]}}}
        if k == 8:
            return {"Type": "AWS::Logs::LogGroup", "Properties": {
                "LogGroupName": Tag("Sub", "/aws/%s/${Environment}" % self.word()),
                "RetentionInDays": r.choice([7, 30, 90, 365])}}
        return {"Type": "AWS::ECS::TaskDefinition", "Properties": {
            "Family": self.word(), "Cpu": "256", "Memory": "512",
            "NetworkMode": "awsvpc", "RequiresCompatibilities": ["FARGATE"],
            "ContainerDefinitions": [{
                "Name": self.word(), "Essential": True,
                "Image": self.image(),
                "PortMappings": [{"ContainerPort": r.choice([80, 8080, 3000])}],
                "Privileged": r.random() < 0.1}]}}

    def image(self):
        r = self.r
        repo = "123456789012.dkr.ecr.us-east-1.amazonaws.com/%s/%s" % (r.choice(TEAMS),
                                                                       self.word())
        x = r.random()
        if x < 0.2:
            return repo + ":latest"
        if x < 0.35:
            return repo
        if x < 0.55:
            return repo + "@sha256:" + hashlib.sha256(repo.encode()).hexdigest()
        return "%s:v%d.%d.%d" % (repo, r.randrange(4), r.randrange(20), r.randrange(10))

    def cfn_template(self):
        r = self.r
        params = {"Environment": {"Type": "String", "Default": r.choice(["dev", "prod"]),
                                  "AllowedValues": ["dev", "staging", "prod"]},
                  "VpcId": {"Type": "AWS::EC2::VPC::Id"}}
        res = {}
        names = {}
        for _ in range(r.randrange(0, 3) if r.random() < 0.55 else 0):
            res[self.ident("Repo")] = None  # placeholder keeps resource order stable
        for _ in range(r.randrange(2, 12)):
            body = self.cfn_other(names)
            name = self.ident(body["Type"].split("::")[-1])
            if body["Type"] == "AWS::IAM::Role":
                names["role"] = name
            res[name] = body
        for k in list(res):
            if res[k] is None:
                res[k] = self.cfn_ecr(params)
        tpl = {"AWSTemplateFormatVersion": "2010-09-09",
               "Description": "%s stack for %s" % (self.word(), r.choice(SERVICES)),
               "Parameters": params, "Resources": res,
               "Outputs": {k + "Arn": {"Value": Tag("GetAtt", k + ".Arn")}
                           for k in list(res)[:2]}}
        return tpl

    def gen_cfn(self, as_json):
        team, path = self.place("cloudformation", ".json" if as_json else
                                self.r.choice([".yaml", ".yaml", ".yml"]))
        tpl = self.cfn_template()
        if as_json:
            text = json.dumps(to_json(tpl), indent=2) + "\n"
        else:
            text = yaml_doc(tpl, "owned by team %s" % team)
        self.add(path, text, "cfn_json" if as_json else "cfn_yaml")
        return 1

    # ---- Terraform --------------------------------------------------------------
    def tf_ecr(self, name, variables, tfvars, locals_):
        """One aws_ecr_repository block; returns its HCL and records its verdicts."""
        r = self.r
        x = r.random()
        count_line = ""
        instances = 1
        if r.random() < 0.15:
            instances = r.randrange(1, 4)
            vname = "%s_count" % name
            variables.append('variable "%s" {\n  type    = number\n  default = %d\n}\n'
                             % (vname, instances))
            count_line = "  count = var.%s\n" % vname
            suffix = '-${count.index}'
        elif r.random() < 0.1:
            keys = sorted(r.sample(WORDS, r.randrange(1, 4)))
            instances = len(keys)
            count_line = "  for_each = toset(%s)\n" % json.dumps(keys)
            suffix = '-${each.key}'
        else:
            suffix = ""
        if x < 0.25:
            attr, verdict = '"IMMUTABLE"', "pass"
        elif x < 0.38:
            attr, verdict = '"MUTABLE"', "fail"
        elif x < 0.50:
            attr, verdict = None, "fail"
        elif x < 0.68:
            v = "%s_tag_mutability" % name
            default = r.choice(["MUTABLE", "IMMUTABLE"])
            variables.append('variable "%s" {\n  description = "Tag mutability of %s"\n'
                             '  type        = string\n  default     = "%s"\n}\n'
                             % (v, name, default))
            val = default
            if r.random() < 0.4:
                val = "IMMUTABLE" if default == "MUTABLE" else "MUTABLE"
                tfvars.append('%s = "%s"\n' % (v, val))
            attr, verdict = "var.%s" % v, ("fail" if val == "MUTABLE" else "pass")
        elif x < 0.78:
            locals_.append('  %s_mode = upper(var.%s_mode_lower)\n' % (name, name))
            low = r.choice(["mutable", "immutable"])
            variables.append('variable "%s_mode_lower" {\n  type    = string\n'
                             '  default = "%s"\n}\n' % (name, low))
            attr, verdict = "local.%s_mode" % name, ("fail" if low == "mutable" else "pass")
        elif x < 0.88:
            attr = 'var.environment == "prod" ? "IMMUTABLE" : "MUTABLE"'
            verdict = None  # depends on the module's environment default: set by caller
        elif x < 0.95:
            v = "%s_required_mode" % name
            variables.append('variable "%s" {\n  type = string\n}\n' % v)
            attr, verdict = "var.%s" % v, "unknown"
        else:
            attr, verdict = "data.aws_ssm_parameter.%s_mode.value" % name, "unknown"
        lines = ['resource "aws_ecr_repository" "%s" {\n' % name, count_line,
                 '  name = "${local.name_prefix}-%s%s"\n' % (name, suffix)]
        if attr is not None:
            lines.append("  image_tag_mutability = %s\n" % attr)
        if r.random() < 0.6:
            lines.append("\n  image_scanning_configuration {\n    scan_on_push = %s\n  }\n"
                         % r.choice(["true", "true", "false"]))
        if r.random() < 0.4:
            lines.append('\n  encryption_configuration {\n    encryption_type = "KMS"\n'
                         '    kms_key         = aws_kms_key.main.arn\n  }\n')
        lines.append("\n  tags = local.common_tags\n}\n")
        extra = ""
        if attr is not None and attr.startswith("data."):
            extra = ('\ndata "aws_ssm_parameter" "%s_mode" {\n  name = "/ecr/%s/mode"\n}\n'
                     % (name, name))
        if r.random() < 0.4 and instances == 1 and not count_line:
            extra += ('\nresource "aws_ecr_lifecycle_policy" "%s" {\n'
                      '  repository = aws_ecr_repository.%s.name\n'
                      '  policy = jsonencode({\n    rules = [{\n      rulePriority = 1\n'
                      '      selection = {\n        tagStatus   = "untagged"\n'
                      '        countType   = "sinceImagePushed"\n        countUnit   = "days"\n'
                      '        countNumber = 14\n      }\n      action = { type = "expire" }\n'
                      '    }]\n  })\n}\n' % (name, name))
        return "".join(lines) + extra, verdict, instances

    def tf_other(self, i):
        r = self.r
        k = r.randrange(7)
        n = "%s_%d" % (self.word(), i)
        if k == 0:
            return ('resource "aws_s3_bucket" "%s" {\n  bucket = "${local.name_prefix}-%s"\n'
                    '  tags   = merge(local.common_tags, { purpose = "%s" })\n}\n\n'
                    'resource "aws_s3_bucket_versioning" "%s" {\n'
                    '  bucket = aws_s3_bucket.%s.id\n  versioning_configuration {\n'
                    '    status = "%s"\n  }\n}\n' % (n, n, self.word(), n, n,
                                                    r.choice(["Enabled", "Suspended"])))
        if k == 1:
            acts = json.dumps(r.sample(["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer",
                                        "s3:GetObject", "sqs:SendMessage", "kms:Decrypt",
                                        "logs:PutLogEvents"], 2))
            return ('resource "aws_iam_role" "%s" {\n  name = "${local.name_prefix}-%s"\n'
                    '  assume_role_policy = jsonencode({\n    Version = "2012-10-17"\n'
                    '    Statement = [{\n      Effect    = "Allow"\n'
                    '      Principal = { Service = "lambda.amazonaws.com" }\n'
                    '      Action    = "sts:AssumeRole"\n    }]\n  })\n}\n\n'
                    'resource "aws_iam_role_policy" "%s" {\n  role = aws_iam_role.%s.id\n'
                    '  policy = jsonencode({\n    Version = "2012-10-17"\n'
                    '    Statement = [{ Effect = "Allow", Action = %s, Resource = "*" }]\n'
                    '  })\n}\n' % (n, n, n, n, acts))
        if k == 2:
            ports = r.sample([22, 80, 443, 5432, 8080], r.randrange(1, 4))
            return ('resource "aws_security_group" "%s" {\n  name   = "%s"\n'
                    '  vpc_id = var.vpc_id\n\n  dynamic "ingress" {\n'
                    '    for_each = %s\n    content {\n      from_port   = ingress.value\n'
                    '      to_port     = ingress.value\n      protocol    = "tcp"\n'
                    '      cidr_blocks = ["%s"]\n    }\n  }\n}\n'
                    % (n, n, json.dumps(ports), r.choice(["0.0.0.0/0", "10.0.0.0/8"])))
        if k == 3:
            return ('resource "aws_lambda_function" "%s" {\n  function_name = "%s"\n'
                    '  runtime       = "%s"\n  handler       = "index.handler"\n'
                    '  memory_size   = %d\n  timeout       = %d\n'
                    '  role          = "arn:aws:iam::123456789012:role/%s"\n'
                    '  environment {\n    variables = {\n      STAGE = var.environment\n'
                    '      NAME  = format("%%s-%%s", local.name_prefix, "%s")\n    }\n  }\n}\n'
                    % (n, n, r.choice(["python3.12", "nodejs20.x", "python3.8"]),
                       r.choice([128, 256, 1024]), r.choice([3, 30, 900]), n, n))
        if k == 4:
            return ('resource "aws_sqs_queue" "%s" {\n  name                      = "%s"\n'
                    '  message_retention_seconds = %d\n  sqs_managed_sse_enabled   = %s\n'
                    '  tags                      = local.common_tags\n}\n'
                    % (n, n, r.choice([86400, 345600]), r.choice(["true", "false"])))
        if k == 5:
            return ('resource "aws_cloudwatch_log_group" "%s" {\n  name              = '
                    '"/aws/${var.environment}/%s"\n  retention_in_days = %s\n}\n'
                    % (n, n, r.choice(["7", "30", "var.environment == \"prod\" ? 365 : 14"])))
        return ('resource "aws_dynamodb_table" "%s" {\n  name         = "%s"\n'
                '  billing_mode = "PAY_PER_REQUEST"\n  hash_key     = "pk"\n\n'
                '  attribute {\n    name = "pk"\n    type = "S"\n  }\n\n'
                '  point_in_time_recovery {\n    enabled = %s\n  }\n}\n'
                % (n, n, r.choice(["true", "false"])))

    def gen_terraform(self, budget):
        """One root module (2-4 files); returns the number of files written."""
        r = self.r
        team = r.choice(TEAMS)
        self.serial += 1
        d = "terraform/%s/%s-%s-%05d" % (team, r.choice(SERVICES), self.word(), self.serial)
        env = r.choice(["dev", "prod", "staging"])
        variables = ['variable "environment" {\n  type    = string\n  default = "%s"\n}\n'
                     % env,
                     'variable "vpc_id" {\n  type    = string\n  default = "vpc-0abc%04d"\n}\n'
                     % r.randrange(10000)]
        tfvars, locals_ = [], []
        blocks = []
        n_ecr = r.randrange(0, 3) if r.random() < 0.6 else 0
        for i in range(n_ecr):
            hcl, verdict, k = self.tf_ecr("%s_%d" % (self.word(), i), variables, tfvars, locals_)
            if verdict is None:
                verdict = "pass" if env == "prod" else "fail"
            self.expect("terraform", verdict, k)
            blocks.append(hcl)
        for i in range(r.randrange(2, 9)):
            blocks.append(self.tf_other(i))
        if any("aws_kms_key.main" in b for b in blocks):
            blocks.append('resource "aws_kms_key" "main" {\n  description         = '
                          '"${local.name_prefix} key"\n  enable_key_rotation = true\n}\n')
        use_module = r.random() < 0.3
        if use_module:
            blocks.append('module "logs" {\n  source      = "../modules/log-bucket"\n'
                          '  name        = "${local.name_prefix}-logs"\n'
                          '  environment = var.environment\n}\n')
        main = ('terraform {\n  required_providers {\n    aws = {\n'
                '      source  = "hashicorp/aws"\n      version = ">= 5.0"\n    }\n  }\n}\n\n'
                'locals {\n  name_prefix = "%s-${var.environment}"\n  common_tags = {\n'
                '    team        = "%s"\n    environment = var.environment\n  }\n%s}\n\n'
                % (team, team, "".join(locals_)) + "\n".join(blocks))
        files = [("main.tf", main), ("variables.tf", "\n".join(variables))]
        if tfvars or r.random() < 0.2:
            files.append(("terraform.tfvars", "# %s overrides\n%s" % (env, "".join(tfvars))))
        if r.random() < 0.4:
            files.append(("outputs.tf", 'output "prefix" {\n  value = local.name_prefix\n}\n'))
        mod_dir = "terraform/%s/modules/log-bucket" % team
        need_module = use_module and (mod_dir + "/main.tf") not in self.files
        total = len(files) + (2 if need_module else 0)
        if total > budget:
            return 0  # the caller picks another format for the last few files
        for name, text in files:
            self.add("%s/%s" % (d, name), text, "terraform")
        if need_module:
            self.add(mod_dir + "/variables.tf",
                     'variable "name" {\n  type = string\n}\n\nvariable "environment" {\n'
                     '  type    = string\n  default = "dev"\n}\n', "terraform")
            self.add(mod_dir + "/main.tf",
                     'resource "aws_s3_bucket" "this" {\n  bucket = var.name\n'
                     '  tags   = { environment = var.environment }\n}\n\n'
                     'resource "aws_s3_bucket_public_access_block" "this" {\n'
                     '  bucket                  = aws_s3_bucket.this.id\n'
                     '  block_public_acls       = true\n  block_public_policy     = true\n'
                     '  ignore_public_acls      = true\n  restrict_public_buckets = true\n}\n',
                     "terraform")
        return total

    # ---- Ansible ----------------------------------------------------------------
    def ans_ecr(self):
        r = self.r
        mod = r.choice(["community.aws.ecs_ecr", "ecs_ecr"])
        args = {"name": "%s/%s" % (r.choice(TEAMS), self.word()), "region": "us-east-1"}
        x = r.random()
        if x < 0.4:
            args["image_tag_mutability"] = "immutable"
            verdict = "pass"
        elif x < 0.75:
            args["image_tag_mutability"] = "mutable"
            verdict = "fail"
        else:
            verdict = "fail"
        if r.random() < 0.5:
            args["scan_on_push"] = r.random() < 0.7
        self.expect("ansible", verdict)
        return {"name": "create repository %s" % args["name"], mod: args}

    def ans_other(self):
        r = self.r
        k = r.randrange(5)
        if k == 0:
            return {"name": "bucket %s" % self.word(), "amazon.aws.s3_bucket": {
                "name": "%s-%s" % (self.word(), self.serial), "state": "present",
                "versioning": r.random() < 0.5, "encryption": "AES256"}}
        if k == 1:
            return {"name": "install packages", "ansible.builtin.apt": {
                "name": r.sample(["nginx", "curl", "jq", "git", "python3"], 2),
                "state": "present", "update_cache": True}}
        if k == 2:
            return {"name": "render config", "ansible.builtin.template": {
                "src": "%s.conf.j2" % self.word(), "dest": "/etc/%s.conf" % self.word(),
                "mode": "0644"}, "notify": "restart service"}
        if k == 3:
            return {"name": "security group", "amazon.aws.ec2_security_group": {
                "name": self.word(), "description": "managed", "rules": [
                    {"proto": "tcp", "ports": [r.choice([22, 443])],
                     "cidr_ip": r.choice(["0.0.0.0/0", "10.0.0.0/8"])}]}}
        return {"name": "guarded steps", "block": [self.ans_other_leaf(), self.ans_maybe_ecr()],
                "rescue": [{"name": "report", "ansible.builtin.debug": {"msg": "failed"}}]}

    def ans_other_leaf(self):
        return {"name": "wait", "ansible.builtin.wait_for": {"port": 443, "timeout": 30}}

    def ans_maybe_ecr(self):
        if self.r.random() < 0.3:
            return self.ans_ecr()
        return {"name": "ping", "ansible.builtin.ping": {}}

    def ans_tasks(self):
        r = self.r
        tasks = [self.ans_other() for _ in range(r.randrange(2, 8))]
        for _ in range(r.randrange(0, 3) if r.random() < 0.5 else 0):
            tasks.insert(r.randrange(len(tasks) + 1), self.ans_ecr())
        return tasks

    def gen_ansible(self):
        r = self.r
        if r.random() < 0.7:
            team, path = self.place("ansible", ".yml")
            doc = [{"name": "provision %s" % team, "hosts": r.choice(["localhost", "all"]),
                    "gather_facts": False, "tasks": self.ans_tasks()}]
        else:
            self.serial += 1
            path = "ansible/roles/%s-%s-%05d/tasks/main.yml" % (r.choice(SERVICES),
                                                                self.word(), self.serial)
            doc = self.ans_tasks()
        self.add(path, "---\n" + yaml_doc(doc), "ansible")
        return 1

    # ---- Kubernetes -------------------------------------------------------------
    def gen_k8s(self):
        r = self.r
        team, path = self.place("kubernetes", ".yaml")
        app = self.word()
        docs = []
        kind = r.choice(["Deployment", "StatefulSet", "DaemonSet", "CronJob", "Job"])
        containers = [{"name": "%s-%d" % (app, i), "image": self.image(),
                       "ports": [{"containerPort": r.choice([80, 8080])}],
                       "resources": {"limits": {"cpu": "500m", "memory": "256Mi"}},
                       "securityContext": {"runAsNonRoot": r.random() < 0.7,
                                           "allowPrivilegeEscalation": r.random() < 0.2}}
                      for i in range(r.randrange(1, 3))]
        pod = {"containers": containers}
        if r.random() < 0.3:
            pod["initContainers"] = [{"name": "init", "image": self.image(),
                                      "command": ["sh", "-c", "echo init"]}]
        tmpl = {"metadata": {"labels": {"app": app}}, "spec": pod}
        meta = {"name": app, "namespace": team, "labels": {"app": app, "team": team}}
        if kind == "CronJob":
            spec = {"schedule": "*/15 * * * *", "jobTemplate": {"spec": {"template": tmpl}}}
        elif kind == "Job":
            spec = {"template": tmpl}
        else:
            spec = {"selector": {"matchLabels": {"app": app}}, "template": tmpl}
            if kind != "DaemonSet":
                spec["replicas"] = r.randrange(1, 6)
        docs.append({"apiVersion": "batch/v1" if kind in ("Job", "CronJob") else "apps/v1",
                     "kind": kind, "metadata": meta, "spec": spec})
        if r.random() < 0.6:
            docs.append({"apiVersion": "v1", "kind": "Service", "metadata": dict(meta),
                         "spec": {"selector": {"app": app}, "ports": [
                             {"port": 80, "targetPort": 8080}]}})
        if r.random() < 0.4:
            docs.append({"apiVersion": "v1", "kind": "ConfigMap", "metadata": dict(meta),
                         "data": {"LOG_LEVEL": "info", "FEATURE": self.word()}})
        self.add(path, "---\n".join(yaml_doc(d) for d in docs), "kubernetes")
        return 1

    # ---- policies, AWS API JSON -------------------------------------------------
    def gen_policy(self):
        r = self.r
        team, path = self.place("policy", r.choice([".json", ".json", ".yaml"]))
        stmts = []
        if r.random() < 0.4:
            stmts.append({"Sid": "DenyMutableEcrTags", "Effect": "Deny",
                          "Action": ["ecr:CreateRepository", "ecr:PutImageTagMutability"],
                          "Resource": "*", "Condition": {"StringEquals": {
                              "ecr:image-tag-mutability": "MUTABLE"}}})
        for _ in range(r.randrange(1, 5)):
            stmts.append({"Sid": "S%d" % len(stmts), "Effect": r.choice(["Allow", "Deny"]),
                          "Action": r.choice(["ecr:*", ["s3:GetObject", "s3:PutObject"],
                                              "kms:Decrypt", ["sqs:*"]]),
                          "Resource": r.choice(["*", "arn:aws:s3:::%s/*" % self.word()]),
                          **({"Condition": {"StringEquals": {
                              "aws:RequestedRegion": ["us-east-1", "eu-west-1"]}}}
                             if r.random() < 0.3 else {})})
        doc = {"Version": "2012-10-17", "Statement": stmts}
        text = json.dumps(doc, indent=2) + "\n" if path.endswith(".json") else yaml_doc(doc)
        self.add(path, text, "policy")
        return 1

    def gen_awsapi(self):
        r = self.r
        team, path = self.place("awsapi", ".json")
        repos = []
        for _ in range(r.randrange(1, 6)):
            mut = r.choice(["MUTABLE", "IMMUTABLE", "IMMUTABLE", "MUTABLE_WITH_EXCLUSION"])
            self.expect("awsapi", "fail" if mut.startswith("MUTABLE") else "pass")
            name = "%s/%s-%d" % (team, self.word(), self.serial)
            repos.append({"repositoryArn": "arn:aws:ecr:us-east-1:123456789012:repository/"
                          + name, "registryId": "123456789012", "repositoryName": name,
                          "repositoryUri": "123456789012.dkr.ecr.us-east-1.amazonaws.com/"
                          + name, "createdAt": "2024-0%d-1%dT10:00:00+00:00"
                          % (r.randrange(1, 9), r.randrange(10)),
                          "imageTagMutability": mut,
                          "imageScanningConfiguration": {"scanOnPush": r.random() < 0.5},
                          "encryptionConfiguration": {"encryptionType": "AES256"}})
        self.add(path, json.dumps({"repositories": repos}, indent=4) + "\n", "awsapi")
        return 1

    def gen_cloudtrail(self):
        r = self.r
        team, path = self.place("cloudtrail", ".json")
        recs = []
        for i in range(r.randrange(1, 8)):
            ev = r.choice(["CreateRepository", "PutImageTagMutability", "PutImage",
                           "DescribeRepositories"])
            params = {"repositoryName": "%s/%s" % (team, self.word())}
            if ev in ("CreateRepository", "PutImageTagMutability"):
                params["imageTagMutability"] = r.choice(["MUTABLE", "IMMUTABLE"])
            recs.append({"eventVersion": "1.08", "eventTime": "2024-05-01T12:%02d:00Z" % i,
                         "eventSource": "ecr.amazonaws.com", "eventName": ev,
                         "awsRegion": "us-east-1", "sourceIPAddress": "10.0.0.%d" % i,
                         "userIdentity": {"type": "AssumedRole", "arn":
                                          "arn:aws:sts::123456789012:assumed-role/ci/%s" % team},
                         "requestParameters": params})
        self.add(path, json.dumps({"Records": recs}) + "\n", "cloudtrail")
        return 1

    # ---- driver -----------------------------------------------------------------
    def run(self):
        names = [w[0] for w in WEIGHTS]
        weights = [w[1] for w in WEIGHTS]
        done = 0
        while done < self.n:
            kind = self.r.choices(names, weights)[0]
            if kind == "terraform":
                k = self.gen_terraform(self.n - done)
                if k == 0:
                    k = self.gen_cfn(False)
            elif kind in ("cfn_yaml", "cfn_json"):
                k = self.gen_cfn(kind == "cfn_json")
            else:
                k = getattr(self, "gen_" + kind)()
            done += k
        assert len(self.files) == self.n


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-n", type=int, required=True, help="number of files")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("out", help="output directory (must not exist or be empty)")
    a = ap.parse_args()
    if a.n < 1:
        ap.error("-n must be at least 1")
    out = a.out.rstrip("/")
    if os.path.exists(out) and os.listdir(out):
        ap.error("%s exists and is not empty" % out)
    g = Gen(a.n, a.seed)
    g.run()
    total = 0
    yaml_json = 0
    tf_bytes = 0
    largest = 0
    for rel in sorted(g.files):
        data = g.files[rel].encode()
        p = os.path.join(out, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "wb") as f:
            f.write(data)
        total += len(data)
        largest = max(largest, len(data))
        if rel.endswith((".yaml", ".yml", ".json")):
            yaml_json += 1
        else:
            tf_bytes += len(data)
    with open(os.path.join(os.path.dirname(__file__), "gen.py"), "rb") as f:
        gen_sha = hashlib.sha256(f.read()).hexdigest()
    manifest = {
        "generator": "tests/bench/gen.py", "generator_sha256": gen_sha,
        "files": a.n, "seed": a.seed, "bytes": total, "largest_file": largest,
        "files_by_kind": dict(sorted(g.kinds.items())),
        "yaml_json_files": yaml_json, "terraform_bytes": tf_bytes,
        "rule": "AWS_ECR_IMMUTABLE_TAGS",
        "expected": g.counts,
        "expected_fail": sum(c["fail"] for c in g.counts.values()),
        "expected_unknown": sum(c["unknown"] for c in g.counts.values()),
    }
    with open(out + ".manifest.json", "w") as f:
        json.dump(manifest, f, indent=2, sort_keys=True)
        f.write("\n")
    print("%s: %d files, %d bytes, expected %d fail / %d unknown for %s"
          % (out, a.n, total, manifest["expected_fail"], manifest["expected_unknown"],
             manifest["rule"]))


if __name__ == "__main__":
    sys.exit(main())
