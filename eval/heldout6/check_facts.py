#!/usr/bin/env python3
"""Check FACTS.md: every keyed sentence occurs verbatim in its article, one main line
per article per fact, and near-miss pairs never share a fact."""
import re, sys, os, itertools, collections
D = os.path.dirname(os.path.abspath(__file__))
texts = {}
for f in os.listdir(D):
    if f.endswith('.txt'):
        texts[f[:-4]] = open(os.path.join(D, f), encoding='utf-8').read()
errors = 0
section = 'F'
facts = collections.OrderedDict()
cur = None
for ln, line in enumerate(open(os.path.join(D, 'FACTS.md'), encoding='utf-8'), 1):
    line = line.rstrip('\n')
    if line.startswith('## Near misses'):
        section = 'N'; continue
    m = re.match(r'### ([FN]\d+)\. ', line)
    if m:
        cur = m.group(1); facts[cur] = []; continue
    m = re.match(r'- (\w+)( \(also\))? \| (.+)$', line)
    if m:
        art, also, sent = m.group(1), bool(m.group(2)), m.group(3)
        if art not in texts:
            print(f'line {ln}: unknown article {art}'); errors += 1; continue
        if sent not in texts[art]:
            print(f'line {ln}: NOT FOUND in {art}: {sent[:80]}'); errors += 1
        facts[cur].append((art, also, sent))
    elif line.strip():
        print(f'line {ln}: unparsed: {line[:80]}'); errors += 1
F = {k: v for k, v in facts.items() if k.startswith('F')}
N = {k: v for k, v in facts.items() if k.startswith('N')}
for k, v in F.items():
    mains = collections.Counter(a for a, also, s in v if not also)
    arts = {a for a, also, s in v}
    for a in arts:
        if mains[a] != 1:
            print(f'{k}: article {a} has {mains[a]} main lines'); errors += 1
    sents = [(a, s) for a, _, s in v]
    if len(sents) != len(set(sents)):
        print(f'{k}: duplicate sentence'); errors += 1
keyed = set()
for k, v in F.items():
    for (a1, _, s1), (a2, _, s2) in itertools.combinations(v, 2):
        keyed.add(frozenset([(a1, s1), (a2, s2)]))
for k, v in N.items():
    if len(v) != 2:
        print(f'{k}: expected 2 lines, got {len(v)}'); errors += 1; continue
    p = frozenset([(v[0][0], v[0][2]), (v[1][0], v[1][2])])
    if p in keyed:
        print(f'{k}: near-miss pair is also keyed as the same fact'); errors += 1
print(f'{len(F)} facts, {len(N)} near misses, '
      f'{sum(len(v) for v in F.values())} fact lines, {len(keyed)} keyed pairs; errors: {errors}')
sys.exit(1 if errors else 0)
