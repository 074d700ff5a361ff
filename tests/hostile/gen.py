#!/usr/bin/env python3
"""gen.py — writes the hostile inputs of tests/hostile into OUT/CASE/ (one
directory per case; suite.sh scans each one). Everything is generated at test
time: nothing large is committed. Deterministic: the same bytes every run.

usage: gen.py OUT [CASE...]"""
import hashlib
import os
import random
import subprocess
import sys

CFN_HEAD = 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n'
REPO = ('  Repo:\n    Type: AWS::ECR::Repository\n    Properties:\n'
        '      ImageTagMutability: IMMUTABLE\n')
GOOD = CFN_HEAD + REPO  # one valid, passing template per case: the scan goes on


def write(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'wb') as f:
        f.write(data.encode() if isinstance(data, str) else data)


def alias_bomb(d):
    # billion laughs: 9 levels of 10 aliases each = 10^9 nodes when expanded
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 10):
        refs = ','.join(['*a%d' % (i - 1)] * 10)
        lines.append('a%d: &a%d [%s]' % (i, i, refs))
    write(d + '/bomb.yaml', '\n'.join(lines) + '\n')
    # the same inside a CloudFormation template (expanded by the view, not only the loader)
    cfn = CFN_HEAD + '  Repo:\n    Type: AWS::ECR::Repository\n    Metadata:\n'
    cfn += '      l0: &l0 [x, x, x, x, x, x, x, x, x, x]\n'
    for i in range(1, 10):
        cfn += '      l%d: &l%d [%s]\n' % (i, i, ', '.join(['*l%d' % (i - 1)] * 10))
    cfn += '    Properties: {ImageTagMutability: IMMUTABLE}\n'
    write(d + '/cfn-bomb.yaml', cfn)
    write(d + '/good.yaml', GOOD)


DEEP = 100000


def deep_yaml(d):
    write(d + '/flow.yaml', 'a: ' + '[' * DEEP + ']' * DEEP + '\n')
    write(d + '/flow-unclosed.yaml', '{a: ' * DEEP + '\n')
    # block nesting on one line: a sequence of a sequence of ... (compact form)
    write(d + '/block.yaml', '- ' * DEEP + 'x\n')
    write(d + '/good.yaml', GOOD)


def deep_json(d):
    write(d + '/arrays.json', '[' * DEEP + ']' * DEEP)
    write(d + '/objects.json', '{"a":' * DEEP + '1' + '}' * DEEP)
    write(d + '/unclosed.json', '[' * DEEP)
    write(d + '/good.yaml', GOOD)


def deep_hcl(d):
    # each .tf in its own module directory, so each file's error stands alone
    write(d + '/tuple/main.tf', 'locals {\n  a = ' + '[' * DEEP + ']' * DEEP + '\n}\n')
    write(d + '/paren/main.tf', 'locals {\n  a = ' + '(' * DEEP + '1' + ')' * DEEP + '\n}\n')
    write(d + '/blocks/main.tf', 'resource "aws_s3_bucket" "b" {\n' + 'x {\n' * DEEP + '}\n' * DEEP + '}\n')
    write(d + '/json/main.tf.json', '{"locals": {"a": ' + '[' * DEEP + ']' * DEEP + '}}')
    write(d + '/good.yaml', GOOD)


def deep_templates(d):
    t = '"${' * DEEP + '1' + '}"' * DEEP
    write(d + '/tmpl/main.tf', 'locals {\n  a = ' + t + '\n}\n')
    # a directive nest: %{if} inside %{if} ...
    t2 = '"' + '%{if true}' * DEEP + 'x' + '%{endif}' * DEEP + '"'
    write(d + '/directive/main.tf', 'locals {\n  a = ' + t2 + '\n}\n')
    write(d + '/good.yaml', GOOD)


def big_json(d):
    # a 50 MB single-line CloudFormation template: a long list and a long string
    n = 5 * 1000 * 1000
    items = ','.join(['7'] * n)  # 10 MB
    s = 'x' * (40 * 1000 * 1000)  # 40 MB string
    body = ('{"AWSTemplateFormatVersion":"2010-09-09","Resources":{"Repo":{"Type":'
            '"AWS::ECR::Repository","Metadata":{"List":[%s],"Blob":"%s"},'
            '"Properties":{"ImageTagMutability":"MUTABLE"}}}}' % (items, s))
    write(d + '/big.json', body)


def million_keys(d):
    n = 1000 * 1000
    keys = ','.join('"k%d":%d' % (i, i) for i in range(n))
    write(d + '/keys.json', '{"AWSTemplateFormatVersion":"2010-09-09","Metadata":{%s},'
          '"Resources":{"Repo":{"Type":"AWS::ECR::Repository","Properties":'
          '{"ImageTagMutability":"IMMUTABLE"}}}}' % keys)
    write(d + '/keys.yaml', ''.join('k%d: %d\n' % (i, i) for i in range(n)))


def invalid_utf8(d):
    write(d + '/bad.yaml', CFN_HEAD.encode() + b'  Repo:\n    Type: AWS::ECR::Repository\n'
          b'    Properties:\n      RepositoryName: "caf\xc3\x28"\n')
    write(d + '/bad.json', b'{"Resources": {"R": {"Type": "AWS::ECR::Repository", '
          b'"Properties": {"RepositoryName": "\xff\xfe\xfd"}}}}')
    write(d + '/bad.tf', b'resource "aws_ecr_repository" "r" {\n  name = "\xe2\x28\xa1"\n}\n')
    write(d + '/good.yaml', GOOD)


def nul_bytes(d):
    write(d + '/nul.yaml', GOOD.encode() + b'\x00trailing\n')
    write(d + '/nul.json', b'{"a": "x\x00y"}')
    write(d + '/nul-tf/main.tf', b'locals {\n  a = "x\x00y"\n}\n')
    write(d + '/good.yaml', GOOD)


def utf16_bom(d):
    write(d + '/le.yaml', b'\xff\xfe' + GOOD.encode('utf-16-le'))
    write(d + '/be.yaml', b'\xfe\xff' + GOOD.encode('utf-16-be'))
    write(d + '/le.json', b'\xff\xfe' + '{"Resources": {}}'.encode('utf-16-le'))
    write(d + '/le-tf/main.tf', b'\xff\xfe' + 'locals {\n  a = 1\n}\n'.encode('utf-16-le'))
    write(d + '/bom8.yaml', b'\xef\xbb\xbf' + GOOD.encode())


def binary(d):
    rnd = random.Random(7)
    for name in ('blob.yaml', 'blob.yml', 'blob.json', 'blob-tf/main.tf', 'blob.tf.json'):
        write(d + '/' + name, bytes(rnd.getrandbits(8) for _ in range(4096)))
    # an ELF-like header with an IaC extension
    write(d + '/elf.yaml', b'\x7fELF\x02\x01\x01' + bytes(200))
    write(d + '/good.yaml', GOOD)


def empty(d):
    for name in ('e.yaml', 'e.yml', 'e.json', 'e-tf/main.tf', 'e.tf.json'):
        write(d + '/' + name, '')
    write(d + '/ws.yaml', '   \n\n  \n')
    write(d + '/comment.yaml', '# only a comment\n')
    write(d + '/docs.yaml', '---\n---\n...\n')


def duplicate_keys(d):
    write(d + '/dup.yaml', CFN_HEAD + REPO + REPO.replace('IMMUTABLE', 'MUTABLE'))
    write(d + '/dup.json', '{"AWSTemplateFormatVersion": "2010-09-09", "Resources": {'
          '"Repo": {"Type": "AWS::ECR::Repository", "Properties": {"ImageTagMutability": "IMMUTABLE"}},'
          '"Repo": {"Type": "AWS::ECR::Repository", "Properties": {"ImageTagMutability": "MUTABLE"}}}}')
    write(d + '/dup-tf/main.tf', 'resource "aws_ecr_repository" "r" {\n  name = "a"\n  name = "b"\n}\n')
    write(d + '/duprsrc-tf/main.tf', 'resource "aws_ecr_repository" "r" {\n  name = "a"\n}\n'
          'resource "aws_ecr_repository" "r" {\n  name = "b"\n}\n')


def unterminated(d):
    write(d + '/heredoc/main.tf', 'locals {\n  a = <<EOT\nhello\n')
    write(d + '/string/main.tf', 'locals {\n  a = "hello\n}\n')
    write(d + '/template/main.tf', 'locals {\n  a = "${var.x"\n}\n')
    write(d + '/comment/main.tf', 'locals {\n  a = 1\n}\n/* never closed\n')
    write(d + '/string.yaml', 'a: "hello\nb: 1\n')
    write(d + '/string.json', '{"a": "hello')
    write(d + '/good.yaml', GOOD)


def symlink_loop(d):
    os.makedirs(d + "/a/b", exist_ok=True)
    write(d + '/a/b/t.yaml', GOOD)
    os.symlink('..', d + '/a/b/up')        # a/b/up -> a: a directory loop
    os.symlink('.', d + '/a/self')         # a/self -> a
    os.symlink('l2.yaml', d + '/l1.yaml')  # l1 -> l2 -> l1: ELOOP on stat
    os.symlink('l1.yaml', d + '/l2.yaml')


def deleted(d):
    # a file the walker lists but cannot open: a symlink whose target is gone
    # (exactly what the reader sees for a file deleted after the directory read)
    write(d + '/gone-target.yaml', GOOD)
    os.symlink('gone-target.yaml', d + '/gone.yaml')
    os.unlink(d + '/gone-target.yaml')
    write(d + '/good.yaml', GOOD)


def fifo(d):
    os.makedirs(d, exist_ok=True)
    os.mkfifo(d + '/pipe.yaml')  # never opened: reading it would block forever
    write(d + '/good.yaml', GOOD)


def too_large(d):
    write(d + '/big.yaml', GOOD + '# ' + 'x' * 5000 + '\n')
    write(d + '/good.yaml', GOOD)


def limit_flags(d):
    # scanned with small limits (suite.sh passes --max-depth 12
    # --max-alias-expansion 100 --max-template-depth 3 --max-steps 5): each
    # file hits exactly one limit, reported as "limit exceeded: ... (--flag)"
    write(d + '/deep.yaml', 'a:\n' + ''.join('  ' * i + '- \n' for i in range(1, 20)))
    write(d + '/deep.json', '{"a": ' + '[' * 20 + ']' * 20 + '}')
    write(d + '/aliases.yaml', 'a: &a [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]\n'
          'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n'
          'c: [*b, *b]\n')
    write(d + '/deep-tf/main.tf', 'locals {\n  a = ' + '[' * 20 + ']' * 20 + '\n}\n')
    write(d + '/tmpl-tf/main.tf', 'locals {\n  a = "${"${"${"${1}"}"}"}"\n}\n')
    write(d + '/ok-tf/main.tf', 'locals {\n  a = "${"${"${1}"}"}"\n}\n')
    # the scan's own config file is not input (a comment: no settings)
    write(d + '/.vigil.yaml', '# settings for this repository\n')
    # within every limit: scanned; each rule on its repository hits --max-steps
    write(d + '/good.yaml', GOOD)


# ---- the file system (issue 13): scanned with a 20 s timeout and 1 GiB of
# address space (suite.sh); names fs_*

TF_ROOT = ('resource "aws_s3_bucket" "b" {\n  bucket = "logs"\n}\n'
           'module "m" {\n  source = "./mod"\n}\n')
TF_MOD = 'resource "aws_s3_bucket" "c" {\n  bucket = "data"\n}\n'


def fs_symlink_out(d):
    # links out of the scan root (a file, a directory by relative and absolute
    # path, "/", a sibling whose name starts like the root's, "../.." from a
    # subdirectory) are skipped as "outside the scan root"; links that
    # resolve inside are followed
    out = d + '.outside'
    write(out + '/secret.yaml', GOOD)
    write(d + 'x/sibling.yaml', GOOD)  # "<root>x" begins with "<root>"
    write(d + '/good.yaml', GOOD)
    write(d + '/sub/inner.yaml', GOOD)
    os.symlink('../' + os.path.basename(out) + '/secret.yaml', d + '/secret.yaml')
    os.symlink('../' + os.path.basename(out), d + '/rel-dir')
    os.symlink(os.path.abspath(out), d + '/abs-dir')
    os.symlink('/', d + '/slash')
    os.symlink('/etc/passwd', d + '/passwd.yaml')
    os.symlink('../' + os.path.basename(d) + 'x', d + '/prefix-sibling')
    os.symlink('../..', d + '/sub/up')
    os.symlink('sub/inner.yaml', d + '/inside.yaml')


def _pipes(d, names):
    for n in names:
        os.makedirs(os.path.dirname(d + '/' + n), exist_ok=True)
        os.mkfifo(d + '/' + n)


def _socket(path):
    import socket
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    s.bind(path)
    s.close()


def fs_fifo_terraform(d):
    # FIFOs named like Terraform inputs beside a root module's files and in
    # the module it calls: each is skipped, the rest of both modules scanned
    # and Terraform's file() of a FIFO: an unknown with a reason, no hang
    write(d + '/main.tf', TF_ROOT + 'locals {\n  x = file("${path.module}/pipe.txt")\n}\n')
    write(d + '/mod/main.tf', TF_MOD)
    _pipes(d, ['b.tf', 'c.tf.json', 'terraform.tfvars', 'x.auto.tfvars.json', 'pipe.txt',
               'mod/f.tf', 'mod/g.tf.json', 'mod/v.tfvars'])
    _socket(d + '/mod/sock.tf')


def fs_fifo_docs(d):
    # FIFOs and a socket named like YAML/JSON documents
    write(d + '/good.yaml', GOOD)
    _pipes(d, ['x.yaml', 'y.yml', 'z.json', 'k8s/deploy.yaml', 'stack.template'])
    _socket(d + '/s.json')


# ---- evaluation (issue 13): what evaluation *produces* from small inputs ----------
# amp_*: amplification (each run in 20 s and 1 GiB, suite.sh); cyc_*: cycles and
# chains. Each hostile value sits in a setting a shipped rule reads
# (ImageTagMutability / image_tag_mutability), so its result (unknown) is in the
# report, beside a passing resource: the rest of the scan is reported.

def _ecr_tf(name, value):
    return ('resource "aws_ecr_repository" "%s" {\n  name = "%s"\n'
            '  image_tag_mutability = %s\n}\n' % (name, name, value))


def _ecr_cfn(logical, value):
    return ('  %s:\n    Type: AWS::ECR::Repository\n    Properties:\n'
            '      ImageTagMutability: %s\n' % (logical, value))


TF_GOOD = _ecr_tf('ok', '"IMMUTABLE"')


def cyc_cfn_findinmap(d):
    # a mapping value that is the same FindInMap, and two that name each other
    t = ('AWSTemplateFormatVersion: "2010-09-09"\nMappings:\n  M:\n'
         '    a: {b: !FindInMap [M, a, b]}\n'
         '    c: {d: !FindInMap [M, e, f]}\n'
         '    e: {f: {"Fn::FindInMap": [M, c, d]}}\nResources:\n')
    t += _ecr_cfn('Self', '!FindInMap [M, a, b]') + _ecr_cfn('Mutual', '!FindInMap [M, c, d]')
    write(d + '/t.yaml', t)
    write(d + '/good.yaml', GOOD)


def cyc_tf_locals(d):
    # a chain of 20,000 locals (the depth limit restarted at each reference),
    # a local that is itself and two that are each other
    n = 20000
    body = 'locals {\n  c0 = "IMMUTABLE"\n'
    body += ''.join('  c%d = local.c%d\n' % (i, i - 1) for i in range(1, n))
    body += '  self = local.self\n  a = local.b\n  b = local.a\n}\n'
    write(d + '/chain/main.tf', body + _ecr_tf('chain', 'local.c%d' % (n - 1)) +
          _ecr_tf('self', 'local.self') + _ecr_tf('mutual', 'local.a') + TF_GOOD)
    write(d + '/good.yaml', GOOD)


def cyc_tf_modules(d):
    # a module calling itself through a symlink to `.`, and through `../x`
    write(d + '/root/main.tf', 'module "m" {\n  source = "./loop"\n}\n' + TF_GOOD)
    os.symlink('.', d + '/root/loop')
    write(d + '/other/x/main.tf', 'module "again" {\n  source = "../x"\n}\n' + TF_GOOD)
    write(d + '/other/main.tf', 'module "x" {\n  source = "./x"\n}\n')


def amp_tf_format(d):
    # huge widths and precisions (the C library pads or allocates that much)
    # and a %d outside the 64-bit range (an undefined cast)
    write(d + '/main.tf', _ecr_tf('width', 'format("%999999999d", 1)') +
          _ecr_tf('prec', 'format("%.999999999f", 1)') +
          _ecr_tf('big', 'format("%d", 1e300)') + _ecr_tf('str', 'format("%-2000000s", "x")') +
          _ecr_tf('fine', 'format("%-12s", "IMMUTABLE")') + TF_GOOD)
    write(d + '/good.yaml', GOOD)


def amp_tf_double(d):
    # locals that double a string and a list 64 times; join/flatten/jsonencode of them
    body = 'locals {\n  s0 = "IMMUTABLE"\n  l0 = ["IMMUTABLE"]\n'
    for i in range(1, 65):
        body += '  s%d = "${local.s%d}${local.s%d}"\n' % (i, i - 1, i - 1)
        body += '  l%d = [local.l%d, local.l%d]\n' % (i, i - 1, i - 1)
        body += '  c%d = concat(local.l%d, local.l%d)\n' % (i, i - 1, i - 1) if i < 40 else ''
    body += '}\n'
    write(d + '/main.tf', body + _ecr_tf('string', 'local.s64') +
          _ecr_tf('join', 'join(",", flatten(local.l64))') +
          _ecr_tf('json', 'jsonencode(local.l64)') +
          _ecr_tf('concat', 'join(",", local.c39)') +
          'resource "aws_ecr_repository" "tags" {\n  name = "tags"\n  tags = {t = local.l64}\n'
          '  image_tag_mutability = "IMMUTABLE"\n}\n' + TF_GOOD)
    write(d + '/good.yaml', GOOD)


def amp_tf_shared(d):
    # a list that lists the one before twice, 64 times over: a value of 65
    # nodes whose paths are 2^64; jsonencode's walk for unknowns never ended,
    # and its text past the budget was a NULL string of a length never set
    body = 'locals {\n  l0 = ["IMMUTABLE"]\n'
    for i in range(1, 65):
        body += '  l%d = [local.l%d, local.l%d]\n' % (i, i - 1, i - 1)
    body += '}\n'
    write(d + '/main.tf', body + _ecr_tf('json', 'jsonencode(local.l64)') +
          _ecr_tf('len', 'length(local.l64) == 2 ? "IMMUTABLE" : "MUTABLE"') + TF_GOOD)
    write(d + '/good.yaml', GOOD)


def amp_tf_shared_cmp(d):
    # the same kind of value compared: ==, !=, contains, index, distinct,
    # toset each compared 2^64 paths (iac_doc_equal); m and n are two such
    # maps built apart (no pointer in common), equal all the same
    body = 'locals {\n  l0 = ["IMMUTABLE"]\n  m0 = {v = "IMMUTABLE"}\n  n0 = {v = "IMMUTABLE"}\n'
    for i in range(1, 65):
        body += '  l%d = [local.l%d, local.l%d]\n' % (i, i - 1, i - 1)
        for m in 'mn':
            body += '  %s%d = {a = local.%s%d, b = local.%s%d}\n' % (m, i, m, i - 1, m, i - 1)
    body += '  n65 = {a = local.n64, b = local.m64}\n}\n'
    cases = [('eq', 'local.m64 == local.n64'), ('ne', 'local.l64 != local.l64'),
             ('contains', 'contains(local.l64, local.l63)'), ('index', 'index(local.l64, local.l63) == 0'),
             ('distinct', 'length(distinct(local.l64)) == 1'), ('toset', 'length(toset(local.l64)) == 1'),
             ('differ', 'local.n65.a == merge(local.m64, {b = local.l1})')]
    for name, cond in cases:
        body += _ecr_tf(name, '%s ? "IMMUTABLE" : "MUTABLE"' % cond)
    write(d + '/main.tf', body + TF_GOOD)
    write(d + '/good.yaml', GOOD)


def amp_tf_file_for(d):
    # file() of a 5 MB file in a 1,000-step for
    write(d + '/big.txt', 'x' * (5 << 20))
    write(d + '/main.tf', _ecr_tf('files', 'join("", [for i in range(1000) : file("big.txt")])')
          + TF_GOOD)
    write(d + '/good.yaml', GOOD)


def amp_tf_for_each(d):
    # for_each over 40,000 keys (a quadratic duplicate check took 22 s for
    # 90,000; then the per-resource joins of the ECR lifecycle rule, a scan of
    # the whole unit per call, took 20 s for 40,000: vm/typeindex.c), with duplicates, and over
    # 200,000 (above the instance cap count has): unknown. Literal lists:
    # Terraform's range() stops at 1,024
    def keys(n):
        return '[%s]' % ', '.join('"k%d"' % (i % n) for i in range(n + 10))
    write(d + '/a/main.tf',
          'resource "aws_ecr_repository" "many" {\n  for_each = toset(%s)\n  name = each.key\n'
          '  image_tag_mutability = "IMMUTABLE"\n}\n' % keys(40000) + TF_GOOD)
    write(d + '/b/main.tf',
          'resource "aws_ecr_repository" "toomany" {\n  for_each = toset(%s)\n'
          '  name = each.key\n  image_tag_mutability = each.value == "" ? "" : "IMMUTABLE"\n}\n'
          % keys(200000) + TF_GOOD)


def amp_tf_module_fanout(d):
    # each module calls the next twice: 2^30 instances without a cap
    levels = 30
    write(d + '/main.tf', 'module "m" {\n  source = "./m0"\n}\n' + TF_GOOD)
    for i in range(levels):
        nxt = ('module "a" {\n  source = "../m%d"\n}\nmodule "b" {\n  source = "../m%d"\n}\n'
               % (i + 1, i + 1)) if i + 1 < levels else ''
        write(d + '/m%d/main.tf' % i, nxt + 'locals {\n  x = "IMMUTABLE"\n}\n')


def amp_cfn_sub(d):
    # Fn::Sub with 20,000 ${X} of a 100 kB parameter default
    t = ('AWSTemplateFormatVersion: "2010-09-09"\nParameters:\n  X:\n    Type: String\n'
         '    Default: "%s"\nResources:\n' % ('A' * 100000))
    t += _ecr_cfn('Sub', '!Sub "%s"' % ('${X}' * 20000))
    write(d + '/t.yaml', t)
    write(d + '/good.yaml', GOOD)


def amp_cfn_lists(d):
    # a 100k-item CommaDelimitedList default Ref'd 5,000 times, and FindInMap doubling
    t = ('AWSTemplateFormatVersion: "2010-09-09"\nParameters:\n  L:\n'
         '    Type: CommaDelimitedList\n    Default: "%s"\nMappings:\n  M:\n'
         '    k0: {v: [IMMUTABLE]}\n' % ','.join(['x'] * 100000))
    for i in range(1, 64):
        t += '    k%d: {v: [!FindInMap [M, k%d, v], !FindInMap [M, k%d, v]]}\n' % (i, i - 1, i - 1)
    t += 'Resources:\n'
    t += ('  Refs:\n    Type: AWS::ECR::Repository\n    Properties:\n'
          '      ImageTagMutability: IMMUTABLE\n      Tags:\n')
    t += ''.join('        - {Key: k, Value: !Ref L}\n' for _ in range(5000))
    t += _ecr_cfn('Double', '!Select [0, !FindInMap [M, k63, v]]')
    write(d + '/t.yaml', t)
    write(d + '/good.yaml', GOOD)


def amp_ansible_templates(d):
    # Jinja templates that would render huge values ('x' * 10^9, doubled):
    # not evaluated, each templated argument is an unknown with a reason (it
    # used to be compared as its template text: a silent fail); a task
    # doubled through aliased blocks 4 times (16 tasks), and 40 times in a
    # second playbook: over the alias-expansion limit, a located error
    t = ('- hosts: all\n  vars:\n    big: "{{ \'x\' * 1000000000 }}"\n'
         '    mut: "{{ big ~ big }}"\n  tasks:\n'
         '    - &t0\n      name: ecr\n      community.aws.ecs_ecr: {name: r, '
         'image_tag_mutability: "{{ mut }}", scan_on_push: "{%% if true %%}true{%% endif %%}", '
         'encryption_configuration: {encryption_type: KMS}}\n')
    bomb = t
    for i in range(1, 41):
        row = '    - &t%d\n      block: [*t%d, *t%d]\n' % (i, i - 1, i - 1)
        bomb += row
        t += row if i <= 4 else ''
    t += ('    - name: plain\n      community.aws.ecs_ecr: {name: ok, image_tag_mutability: '
          'immutable, scan_on_push: true, encryption_configuration: {encryption_type: KMS}}\n')
    write(d + '/play.yml', t)
    write(d + '/bomb/play.yml', bomb)


def amp_pack(d):
    # a pack (suite.sh scans with --rules rules.vgl) that doubles a string 64
    # times and nests map() four deep over 200 tags: the per-evaluation byte
    # budget makes the first unknown, --max-steps stops the second; a plain
    # rule beside them still passes
    write(d + '/rules.vgl', '''fn d1(s) = "{s}{s}"
fn d2(s) = d1(d1(s))
fn d4(s) = d2(d2(s))
fn d8(s) = d4(d4(s))
fn d16(s) = d8(d8(s))
fn d32(s) = d16(d16(s))
rule AMP_STRING {
  title "a string doubled 64 times"
  severity low
  on cloudformation resource "AWS::ECR::Repository" as r {
    expect len(d32(d32(r.Properties.ImageTagMutability))) > 0
  }
}
rule AMP_LISTS {
  title "map nested four deep"
  severity low
  on cloudformation resource "AWS::ECR::Repository" as r {
    let l = r.Properties.Tags
    expect count(a in flatten(map(x in l: map(y in l: map(z in l: map(w in l: [x, y, z, w]))))): true) >= 0
  }
}
rule AMP_OK {
  title "a plain rule"
  severity low
  on cloudformation resource "AWS::ECR::Repository" as r {
    expect r.Properties.ImageTagMutability == "IMMUTABLE"
  }
}
''')
    write(d + '/t.yaml', 'Resources:\n  R:\n    Type: AWS::ECR::Repository\n    Properties:\n'
          '      ImageTagMutability: IMMUTABLE\n      Tags:\n' +
          ''.join('        - {Key: k%d, Value: v}\n' % i for i in range(200)))


def eval_nul_logical_id(d):
    # a NUL in a JSON logical id: kept (escaped) in the name, never cut to ""
    write(d + '/t.json', '{"AWSTemplateFormatVersion": "2010-09-09", "Resources": {'
          '"A\\u0000B": {"Type": "AWS::ECR::Repository", '
          '"Properties": {"ImageTagMutability": "IMMUTABLE"}}, '
          '"\\u0000": {"Type": "AWS::ECR::Repository", '
          '"Properties": {"ImageTagMutability": "IMMUTABLE"}}}}\n')


def amp_ci_calls(d):
    # what a pipeline calls, amplified: GitLab extends lists branching 50 ways
    # over 12 levels (50^12 paths without the per-key step bound), a script
    # that runs itself three times per line, and a reusable workflow that
    # calls itself; the view's depth, file, byte and step bounds end each
    lines = ['stages: [b]']
    for lvl in range(12):
        lines.append('.t%d:\n  extends: [%s]' % (lvl, ', '.join(['.t%d' % (lvl + 1)] * 50)))
    lines.append('.t12:\n  stage: b')
    lines.append('job:\n  extends: [%s]' % ', '.join(['.t0'] * 50))
    lines.append('pusher:\n  script: [./s/self.sh]')
    write(d + '/.gitlab-ci.yml', '\n'.join(lines) + '\n')
    write(d + '/s/self.sh', './s/self.sh && ./s/self.sh; bash s/self.sh\n'
          'docker push registry.example.com/app:latest\n')
    write(d + '/.github/workflows/self.yml', 'on: [push, workflow_call]\njobs:\n'
          '  again:\n    uses: ./.github/workflows/self.yml\n'
          '  run:\n    runs-on: x\n    steps:\n      - run: ./s/self.sh\n')


def amp_ci_shell(d):
    # the shell of a CI step, hostile: eval nested 50 deep, $( nested 200
    # deep, a quote and a here-document that never close, a variable doubled
    # 40 times (2^40 bytes unbounded), 3000 assignments, scripts that source
    # each other in a cycle and run themselves through bash -c
    run = ['      - run: ' + 'eval ' * 50 + 'docker push ghcr.io/acme/eval:latest',
           '      - run: echo ' + '$(' * 200 + 'docker push ghcr.io/acme/deep:latest' + ')' * 200,
           '      - run: |\n          docker push ghcr.io/acme/before:latest\n'
           '          echo "never closed\n          docker push ghcr.io/acme/after:latest',
           '      - run: |\n          A=' + 'x' * 1000 + '\n' +
           '          A=$A$A\n' * 40 + '          docker push ghcr.io/acme/big:$A',
           '      - run: |\n' + ''.join('          V%d=%d\n' % (i, i) for i in range(3000)) +
           '          docker push ghcr.io/acme/many:$V2999',
           '      - run: |\n          cat <<EOF\n          docker push ghcr.io/acme/heredoc:latest',
           '      - run: bash -c "./s/a.sh"']
    write(d + '/.github/workflows/shell.yml', 'on: push\njobs:\n  j:\n    runs-on: x\n'
          '    steps:\n' + '\n'.join(run) + '\n')
    write(d + '/s/a.sh', '. s/b.sh\nbash -c "./s/a.sh; . s/b.sh"\n'
          'docker push ghcr.io/acme/cycle:$T\n')
    write(d + '/s/b.sh', 'T=${T}x\n. s/a.sh\n')


def amp_ci_env(d):
    # $GITHUB_ENV, hostile: a step writing 5000 variables (past the write and
    # variable bounds), a here-document of 200 KB (past the word bound), a
    # GitHub NAME<<EOF and a shell here-document that never close, a value
    # doubled through 200 steps (2^200 bytes unbounded), a `source` without a
    # '/' in a cycle, and lines of bare '<<' and '='
    steps = ['      - run: |\n' + ''.join('          echo "V%d=%d" >> "$GITHUB_ENV"\n' % (i, i)
                                        for i in range(5000)),
             '      - run: |\n          cat >> "$GITHUB_ENV" <<EOF\n          BIG<<X\n' +
             ''.join('          %s\n' % ('y' * 100) for _ in range(2000)) +
             '          X\n          EOF',
             '      - run: |\n          echo "OPEN<<EOF" >> $GITHUB_ENV\n          echo "<<" >> $GITHUB_ENV\n'
             '          echo "=" >> $GITHUB_ENV\n          echo "<<<<=<<" >> $GITHUB_ENV',
             '      - run: |\n          cat <<EOF >> "$GITHUB_ENV"\n          NEVER=closed',
             '      - run: echo "T=x" >> $GITHUB_ENV']
    steps += ['      - run: echo "T=$T$T" >> $GITHUB_ENV'] * 200
    steps += ['      - run: |\n          source env.sh\n          . env.sh\n'
              '          docker push ghcr.io/acme/env:$V1-$BIG-$OPEN-$NEVER-$T']
    write(d + '/.github/workflows/env.yml', 'on: push\njobs:\n  j:\n    runs-on: x\n'
          '    steps:\n' + '\n'.join(steps) + '\n')
    write(d + '/env.sh', 'source env.sh\n. env.sh\n')
    # GitLab variables: extends in a cycle and 20 deep, each level with
    # variables, lists of templates branching 50 ways, and variables naming
    # each other 50 times over 30 levels (empty and not: 50^30 references),
    # a template with 20000 variables reached 50 ways
    lines = ['stages: [b]', 'variables:', '  E0: ""', '  F0: "ff"']
    for i in range(1, 30):
        lines.append('  E%d: "%s"' % (i, ('$E%d' % (i - 1)) * 50))
        lines.append('  F%d: "%s"' % (i, ('${F%d}' % (i - 1)) * 50))
    lines += ['.a:\n  extends: .b\n  variables: {T: a}', '.b:\n  extends: .a\n  variables: {T: b}',
              'cyclic:\n  extends: .a\n  script: docker push registry.example.com/cyc:$T']
    for lvl in range(20):
        lines.append('.d%d:\n  extends: [%s]\n  variables: {T%d: x}'
                     % (lvl, ', '.join(['.d%d' % (lvl + 1)] * 50), lvl))
    lines.append('.d20:\n  variables: {T: deep}')
    lines.append('deep:\n  extends: [%s]\n  script: docker push registry.example.com/deep:$T'
                 % ', '.join(['.d0'] * 50))
    lines.append('refs:\n  script: docker push registry.example.com/refs:$E29-$F29')
    lines.append('.many:\n  variables:\n' + '\n'.join('    M%d: v' % i for i in range(20000)))
    lines.append('many:\n  extends: [%s]\n  script: docker push registry.example.com/many:$M1'
                 % ', '.join(['.many'] * 50))
    write(d + '/.gitlab-ci.yml', '\n'.join(lines) + '\n')


def hostile_pack(d, vigil):
    # not a scan case: a pack whose stored text carries what a terminal or a
    # CI log obeys, for suite.sh's pack_print check of disasm, explain and
    # list. The compiler keeps raw bytes in strings and comments (ESC, BEL,
    # DEL, C1 CSI, a bidi override, a zero-width space); a newline it refuses
    # is put into the title by hand (marker byte 0x01 replaced, digest redone),
    # as a hand-made pack would carry it.
    write(d + '/rules.vgl', 'module evil\n'
          'rule EVIL {\n'
          '  title "red \x1b[31mtitle\x01::error::forged \u202egnp.exe"\n'
          '  severity low\n'
          '  refs ["CKV_\u009b2J", "A\u200bB"]\n'
          '  fix "bell\x07 del\x7f"\n'
          '  docs "docs/\x1b]8;;http://x\x07"\n'
          '  on any image "*" as i {\n'
          '    # \x1b]0;pwned\x07 \u009b2J \u202e\tend\n'
          '    expect i.tag != "x\x1b\u009b\u2066" else "m"\n'
          '  }\n'
          '}\n')
    subprocess.run([vigil, 'compile', 'rules.vgl', '-o', 'plain.vgp'], cwd=d, check=True,
                   stdout=subprocess.DEVNULL)
    with open(d + '/plain.vgp', 'rb') as f:
        b = bytearray(f.read())
    b = b.replace(b'\x01::error::', b'\n::error::')  # the title and its source line
    b[16:48] = hashlib.sha256(bytes(b[56:])).digest()  # VM_PACK_HEADER_SIZE 56
    with open(d + '/hostile.vgp', 'wb') as f:
        f.write(bytes(b))


CASES = {f.__name__: f for f in (
    alias_bomb, deep_yaml, deep_json, deep_hcl, deep_templates, big_json, million_keys,
    invalid_utf8, nul_bytes, utf16_bom, binary, empty, duplicate_keys, unterminated,
    symlink_loop, deleted, fifo, too_large, limit_flags,
    fs_symlink_out, fs_fifo_terraform, fs_fifo_docs,
    cyc_cfn_findinmap, cyc_tf_locals, cyc_tf_modules,
    amp_tf_format, amp_tf_double, amp_tf_shared, amp_tf_shared_cmp, amp_tf_file_for, amp_tf_for_each, amp_tf_module_fanout,
    amp_cfn_sub, amp_cfn_lists, amp_ansible_templates, amp_pack, eval_nul_logical_id,
    amp_ci_calls, amp_ci_shell, amp_ci_env)}

if __name__ == '__main__':
    # An option is never an output directory: `gen.py --help` once wrote
    # 93 MB of cases into ./--help, which was committed by accident.
    if len(sys.argv) < 2 or sys.argv[1].startswith('-'):
        sys.stdout.write(__doc__ + '\n')
        sys.exit(0 if sys.argv[1:] in (['-h'], ['--help']) else 2)
    unknown = [n for n in sys.argv[2:] if n not in CASES]
    if unknown:
        sys.exit('gen.py: no such case: ' + ' '.join(unknown))
    out = sys.argv[1]
    for name in sys.argv[2:] or sorted(CASES):
        d = os.path.join(out, name)
        os.makedirs(d, exist_ok=True)
        CASES[name](d)
