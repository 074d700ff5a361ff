#!/usr/bin/env python3
"""gen_rules.py — synthetic rule packs for the rules-scaling benchmark.

    tests/bench/gen_rules.py -n 1000 --seed 1 -o build/bench/rules-1000.vgl

Writes N rules in the Vigil rule language (docs/language.md), each with
metadata and one CloudFormation selector, most with a Terraform selector and
some with an Ansible one. Conditions vary: comparisons, `in` over constants,
`??` defaults, `when` guards, `any`/`all` quantifiers, `for` loops, string
builtins (lower, starts_with, matches, len), a user function.

Types: rules 1..10 select the ten resource types the synthetic monorepo
(gen.py) uses most, one rule each, so the 10-rule pack is not trivially cheap;
every later rule selects a type drawn uniformly from ~170 real CloudFormation
types (with their Terraform counterparts), the way a real pack spreads over a
provider: the pack's (format, type) index should make the 1,000-rule pack cost
little more than the 10-rule one. The first K rules of an N-rule pack are the
K-rule pack (same seed), so the two packs differ only in how many rules they
hold. Only the standard library is used.
"""
import argparse
import random
import sys

# (CloudFormation type, Terraform type or None, [(path, kind, values)]).
# kind: str | bool | num | list | tags; paths are relative to Properties (CFN)
# and use the Terraform attribute in the second tuple position of tf_fields.
HOT = [
    ("AWS::S3::Bucket", "aws_s3_bucket",
     [("VersioningConfiguration.Status", "str", ["Enabled", "Suspended"]),
      ("PublicAccessBlockConfiguration.BlockPublicPolicy", "bool", None),
      ("BucketEncryption.ServerSideEncryptionConfiguration", "list", "ServerSideEncryptionByDefault"),
      ("Tags", "tags", None)],
     [("bucket", "str", ["logs", "tmp"]), ("tags", "map", None)]),
    ("AWS::IAM::Role", "aws_iam_role",
     [("Policies", "list", "PolicyName"), ("Tags", "tags", None),
      ("AssumeRolePolicyDocument.Version", "str", ["2012-10-17"])],
     [("name", "str", ["admin", "root"]), ("assume_role_policy", "str", ["*"])]),
    ("AWS::Lambda::Function", "aws_lambda_function",
     [("Runtime", "str", ["python3.8", "nodejs14.x", "python3.12"]), ("MemorySize", "num", 512),
      ("Timeout", "num", 300), ("TracingConfig.Mode", "str", ["Active", "PassThrough"])],
     [("runtime", "str", ["python3.8", "nodejs14.x"]), ("memory_size", "num", 512),
      ("timeout", "num", 300)]),
    ("AWS::SQS::Queue", "aws_sqs_queue",
     [("KmsMasterKeyId", "str", ["alias/aws/sqs"]), ("VisibilityTimeout", "num", 120),
      ("MessageRetentionPeriod", "num", 100000)],
     [("sqs_managed_sse_enabled", "bool", None), ("message_retention_seconds", "num", 100000)]),
    ("AWS::SNS::Topic", "aws_sns_topic",
     [("KmsMasterKeyId", "str", ["alias/aws/sns"]), ("Subscription", "list", "Protocol")],
     [("kms_master_key_id", "str", ["alias/aws/sns"])]),
    ("AWS::DynamoDB::Table", "aws_dynamodb_table",
     [("BillingMode", "str", ["PAY_PER_REQUEST", "PROVISIONED"]),
      ("PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled", "bool", None),
      ("SSESpecification.SSEEnabled", "bool", None), ("KeySchema", "list", "KeyType")],
     [("billing_mode", "str", ["PAY_PER_REQUEST", "PROVISIONED"]), ("hash_key", "str", ["id"])]),
    ("AWS::EC2::SecurityGroup", "aws_security_group",
     [("SecurityGroupIngress", "ingress", None), ("GroupDescription", "str", ["default"])],
     [("name", "str", ["default", "open"]), ("vpc_id", "str", ["vpc-0"])]),
    ("AWS::KMS::Key", "aws_kms_key",
     [("EnableKeyRotation", "bool", None), ("Description", "str", ["test"])],
     [("enable_key_rotation", "bool", None), ("description", "str", ["test"])]),
    ("AWS::Logs::LogGroup", "aws_cloudwatch_log_group",
     [("RetentionInDays", "num", 90), ("LogGroupName", "str", ["/aws/tmp"])],
     [("retention_in_days", "num", 90), ("name", "str", ["/aws/tmp"])]),
    ("AWS::ECS::TaskDefinition", "aws_ecs_task_definition",
     [("ContainerDefinitions", "containers", None), ("NetworkMode", "str", ["awsvpc", "host"]),
      ("Cpu", "str", ["256", "4096"])],
     [("network_mode", "str", ["awsvpc", "host"]), ("cpu", "str", ["256"])]),
]

# Other real CloudFormation types, as SERVICE: Resource Resource ...
OTHER = """
ACM: Certificate
ApiGateway: RestApi Stage Deployment Method Resource Authorizer ApiKey UsagePlan DomainName
ApiGatewayV2: Api Stage Route Integration
AppSync: GraphQLApi DataSource Resolver
Athena: WorkGroup
AutoScaling: AutoScalingGroup LaunchConfiguration ScalingPolicy
Backup: BackupPlan BackupVault
Batch: ComputeEnvironment JobQueue JobDefinition
CertificateManager: Certificate
CloudFront: Distribution CloudFrontOriginAccessIdentity Function
CloudTrail: Trail
CloudWatch: Alarm Dashboard
CodeBuild: Project
CodeCommit: Repository
CodePipeline: Pipeline
Cognito: UserPool UserPoolClient IdentityPool
Config: ConfigRule ConfigurationRecorder DeliveryChannel
DAX: Cluster
DMS: ReplicationInstance Endpoint
DocDB: DBCluster DBInstance
EC2: Instance LaunchTemplate Volume VPC Subnet RouteTable InternetGateway NatGateway EIP NetworkAcl NetworkAclEntry SecurityGroupIngress SecurityGroupEgress VPCEndpoint FlowLog TransitGateway
ECR: RegistryPolicy ReplicationConfiguration PullThroughCacheRule
ECS: Cluster Service CapacityProvider
EFS: FileSystem MountTarget AccessPoint
EKS: Cluster Nodegroup FargateProfile Addon
ElastiCache: CacheCluster ReplicationGroup SubnetGroup
ElasticBeanstalk: Application Environment
ElasticLoadBalancing: LoadBalancer
ElasticLoadBalancingV2: LoadBalancer Listener TargetGroup ListenerRule
Elasticsearch: Domain
EMR: Cluster SecurityConfiguration
Events: Rule EventBus
Glue: Job Crawler Database SecurityConfiguration
GuardDuty: Detector
IAM: Policy ManagedPolicy User Group InstanceProfile AccessKey
Kinesis: Stream
KinesisFirehose: DeliveryStream
Lambda: Permission EventSourceMapping LayerVersion Alias Url
MQ: Broker
MSK: Cluster
Neptune: DBCluster DBInstance
NetworkFirewall: Firewall FirewallPolicy RuleGroup
OpenSearchService: Domain
Organizations: Policy Account
RDS: DBInstance DBCluster DBSubnetGroup DBParameterGroup DBClusterParameterGroup OptionGroup
Redshift: Cluster ClusterParameterGroup
Route53: HostedZone RecordSet HealthCheck
S3: BucketPolicy AccessPoint
SageMaker: NotebookInstance Endpoint EndpointConfig Model Domain
SecretsManager: Secret RotationSchedule
SecurityHub: Hub
SES: ConfigurationSet
SNS: TopicPolicy Subscription
SQS: QueuePolicy
SSM: Parameter Document
StepFunctions: StateMachine Activity
Transfer: Server
WAFv2: WebACL RuleGroup IPSet
"""

GENERIC_FIELDS = [("Tags", "tags", None), ("Name", "str", ["default", "test"]),
                  ("Description", "str", ["TODO"]), ("Enabled", "bool", None),
                  ("KmsKeyId", "str", ["alias/aws/ebs"]), ("Port", "num", 1024)]
GENERIC_TF = [("tags", "map", None), ("name", "str", ["default", "test"]),
              ("description", "str", ["TODO"]), ("kms_key_id", "str", ["alias/aws/ebs"])]

TAG_KEYS = ["owner", "team", "env", "cost-center", "data-class"]
SEVERITIES = ["info", "low", "medium", "medium", "high", "high", "critical"]


def snake(s):
    out = []
    for i, c in enumerate(s):
        if c.isupper() and i and (not s[i - 1].isupper() or
                                  (i + 1 < len(s) and s[i + 1].islower())):
            out.append("_")
        out.append(c.lower())
    return "".join(out)


def universe():
    types = [(c, t, f, tf) for c, t, f, tf in HOT]
    for line in OTHER.strip().splitlines():
        svc, res = line.split(":")
        for r in res.split():
            cfn = "AWS::%s::%s" % (svc, r)
            if any(cfn == h[0] for h in HOT):
                continue
            types.append((cfn, "aws_%s_%s" % (snake(svc), snake(r)), GENERIC_FIELDS,
                          GENERIC_TF))
    return types


def q(s):
    return '"%s"' % s.replace("\\", "\\\\").replace('"', '\\"')


def cond(r, v, field):
    """One expect/when statement list (as lines) over field of the resource bound to v."""
    path, kind, vals = field
    p = "%s.%s" % (v, path)
    k = r.randrange(4)
    if kind == "str":
        bad = r.choice(vals)
        if k == 0:
            return ["expect %s != %s at %s else %s" % (p, q(bad), p,
                                                       q("%s must not be %s" % (path, bad)))]
        if k == 1:
            return ["expect not (%s in [%s]) at %s" % (p, ", ".join(q(x) for x in vals), p)]
        if k == 2:
            return ["expect lower(%s ?? \"ok\") != %s at %s" % (p, q(bad.lower()), p)]
        return ['expect not matches(%s ?? "", "^(tmp|test)-[0-9]+$") at %s' % (p, p)]
    if kind == "bool":
        if k < 2:
            return ["expect %s == true at %s else %s" % (p, p, q("%s must be enabled" % path))]
        return ["expect (%s ?? false) != false" % p]
    if kind == "num":
        if k < 2:
            return ["expect (%s ?? 0) <= %d at %s" % (p, vals, p)]
        return ["when is_number(%s)" % p, "expect %s >= 1 at %s" % (p, p)]
    if kind == "list":
        if k == 0:
            return ["expect len(%s ?? []) > 0 at %s" % (p, p)]
        return ["expect all(x in %s ?? []: not is_missing(x.%s)) at %s" % (p, vals, p)]
    if kind == "tags":
        key = r.choice(TAG_KEYS)
        return ["expect any(t in %s ?? []: t.Key == %s) at %s else %s"
                % (p, q(key), p, q("missing tag %s" % key))]
    if kind == "map":
        key = r.choice(TAG_KEYS)
        return ["expect contains(%s ?? {}, %s) at %s" % (p, q(key), p)]
    if kind == "ingress":
        return ["for i in %s ?? [] {" % p,
                "  expect not (bench_is_open(i.CidrIp ?? \"\") and i.FromPort in BENCH_ADMIN_PORTS)"
                " at i.CidrIp else \"port {i.FromPort} open to the world\"",
                "}"]
    if kind == "containers":
        return ["for c in %s ?? [] {" % p,
                "  expect not ends_with(c.Image ?? \"\", \":latest\") at c.Image",
                "  expect (c.Privileged ?? false) == false at c.Privileged",
                "}"]
    raise ValueError(kind)


def selector(r, fmt, kind, typ, fields, v):
    lines = ["  on %s %s %s as %s {" % (fmt, kind, q(typ), v)]
    body = []
    for _ in range(r.randrange(1, 3)):
        body += cond(r, v + (".Properties" if fmt == "cloudformation" else ""), r.choice(fields))
    # guards first: a `when` after an `expect` in the same block is a compile error
    lines += ["    " + s for s in body if s.startswith("when ")]
    lines += ["    " + s for s in body if not s.startswith("when ")]
    lines.append("  }")
    return lines


def rule(r, i, types):
    if i < len(HOT):
        cfn, tf, fields, tf_fields = types[i]
    else:
        cfn, tf, fields, tf_fields = r.choice(types)
    out = ["rule BENCH_R%04d {" % (i + 1),
           "  title %s" % q("synthetic rule %d on %s" % (i + 1, cfn)),
           "  severity %s" % r.choice(SEVERITIES),
           "  refs [%s, %s]" % (q("BENCH:%d" % (i + 1)), q("CKV_BENCH_%d" % (i + 1))),
           "  fix %s" % q("Set the attributes this synthetic rule %d checks." % (i + 1))]
    out += selector(r, "cloudformation", "resource", cfn, fields, "r")
    if tf and r.random() < 0.75:
        out += selector(r, "terraform", "resource", tf, tf_fields, "r")
    if cfn == "AWS::S3::Bucket" and r.random() < 0.5:
        out += ["  on ansible task \"amazon.aws.s3_bucket\", \"s3_bucket\" as t {",
                "    expect t.versioning == true at t.versioning", "  }"]
    out.append("}")
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-n", type=int, required=True, help="number of rules")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("-o", "--output", help="output .vgl (default: stdout)")
    a = ap.parse_args()
    if a.n < 1:
        ap.error("-n must be at least 1")
    r = random.Random(a.seed)
    types = universe()
    lines = ["# Generated by tests/bench/gen_rules.py -n %d --seed %d: synthetic rules for"
             % (a.n, a.seed),
             "# the rules-scaling benchmark. Do not edit.",
             "module bench.synthetic", "",
             'const BENCH_ADMIN_PORTS = [22, 3389, 5432, 6379]',
             'fn bench_is_open(cidr) = cidr == "0.0.0.0/0" or cidr == "::/0"', ""]
    for i in range(a.n):
        lines += rule(r, i, types)
        lines.append("")
    text = "\n".join(lines)
    if a.output:
        with open(a.output, "w") as f:
            f.write(text)
    else:
        sys.stdout.write(text)


if __name__ == "__main__":
    sys.exit(main())
