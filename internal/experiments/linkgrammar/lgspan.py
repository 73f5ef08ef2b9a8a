#!/usr/bin/env python3
"""Parser-based content bounds for whosaid's indirect statements: an
experiment of issue 13 (docs/accuracy.md, "A clause parser for the bounds").

It re-bounds each predicted indirect statement whose cue comes before its
content with the clause that Debian's link-grammar (`apt-get install
link-grammar`, 5.12) gives as the cue verb's complement, and writes the
changed prediction files to score with internal/speechscore. It is not part
of whosaid: the parser scored below the rules and is about 30 sentences a
second on two cores.

usage: lgspan.py GOLD PREDS OUTPREFIX [--sample N] [--timeout S] [--procs P]

  go run ./cmd/whosaid -q -acts speech -format jsonl -offsets runes GOLD > PREDS
  python3 internal/experiments/linkgrammar/lgspan.py GOLD PREDS /tmp/lg/train
  go run ./internal/speechscore GOLD /tmp/lg/train-full.jsonl   # -cut, -extend, -clause, -clausecut

Writes OUTPREFIX-{full,cut,extend,clause,clausecut}.jsonl and
OUTPREFIX-stats.json. Prints counts only (no texts).
"""
import json, re, subprocess, sys, time, os, argparse
from concurrent.futures import ThreadPoolExecutor

ap = argparse.ArgumentParser()
ap.add_argument('gold'); ap.add_argument('preds'); ap.add_argument('out')
ap.add_argument('--sample', type=int, default=0)
ap.add_argument('--timeout', type=int, default=5)
ap.add_argument('--procs', type=int, default=2)
ap.add_argument('--maxwords', type=int, default=60)
args = ap.parse_args()

texts = {}
for l in open(args.gold, encoding='utf-8'):
    d = json.loads(l); texts[d['id']] = d['text']
arts = [json.loads(l) for l in open(args.preds, encoding='utf-8')]

TERM = '.!?\n'

def sent_bounds(t, cs, qe):
    s = cs
    while s > 0 and t[s-1] not in TERM:
        s -= 1
    e = max(qe, cs)
    while e < len(t) and t[e] not in TERM:
        e += 1
    if e < len(t) and t[e] != '\n':
        e += 1  # include the terminator
    return s, e

def sanitize(raw):
    # same length as raw, so offsets carry over
    s = raw.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ')
    s = s.replace('[', '(').replace(']', ')').replace('{', '(').replace('}', ')')
    return s

cands = []  # (art index, quote index, sent_start, sent_text)
stats = {'indirect_cue_before': 0, 'skipped_long': 0, 'skipped_other': 0}
for ai, a in enumerate(arts):
    t = texts.get(a['id'])
    if t is None:
        continue
    for qi, q in enumerate(a['quotes']):
        if q.get('kind') != 'indirect' or q.get('rule') not in ('cue-before', 'subject'):
            continue
        c = q.get('cue')
        if not c or not (c['start'] < q['start']):
            continue
        stats['indirect_cue_before'] += 1
        s, e = sent_bounds(t, c['start'], q['end'])
        sent = sanitize(t[s:e])
        # strip leading whitespace / '!' (link-parser commands start with '!')
        k = 0
        while k < len(sent) and (sent[k].isspace() or sent[k] == '!'):
            k += 1
        s += k; sent = sent[k:]
        if len(sent.split()) > args.maxwords:
            stats['skipped_long'] += 1; continue
        if not sent.strip() or len(sent.lower()) != len(sent):
            stats['skipped_other'] += 1; continue
        cands.append((ai, qi, s, sent))
if args.sample:
    cands = cands[:args.sample]

uniq = sorted(set(c[3] for c in cands))
stats['candidates'] = len(cands); stats['unique_sentences'] = len(uniq)

def norm_ws(x):
    return ' '.join(x.split())

def run_chunk(sents):
    cmd = ['link-parser', 'en', '-constituents=2', '-graphics=0', '-verbosity=0',
           '-spell=0', '-echo=1', '-timeout=%d' % args.timeout, '-limit=100']
    env = dict(os.environ, LANG='C.UTF-8', LC_ALL='C.UTF-8')
    inp = ''.join('%s\nqqmark%d\n' % (norm_ws(x), k) for k, x in enumerate(sents))
    p = subprocess.run(cmd, input=inp.encode('utf-8'), stdout=subprocess.PIPE,
                       stderr=subprocess.DEVNULL, env=env)
    raw = p.stdout.decode('utf-8', 'replace')
    out = raw.split('\n')
    res = {}
    # blocks: lines between echo of 'qqmark{k-1}' and 'qqmark{k}'
    marks = {}
    for i, line in enumerate(out):
        m = re.fullmatch(r'qqmark(\d+)', line.strip())
        if m:
            marks[int(m.group(1))] = i
    prev = 0
    for k, s in enumerate(sents):
        if k not in marks:
            res[s] = None
            continue
        end = marks[k]
        tree = None
        for line in out[prev:end]:
            if line.startswith('[') and tree is None:
                tree = line.strip()
        # skip the marker's own parse lines
        j = end + 1
        while j < len(out) and out[j].strip() != '':
            j += 1
        prev = j
        res[s] = tree
    return res

t0 = time.time()
nproc = max(1, args.procs)
chunks = [uniq[i::nproc] for i in range(nproc)]
parses = {}
cache = args.out + '-parses.json'
if os.path.exists(cache):
    parses = json.load(open(cache))
else:
    with ThreadPoolExecutor(nproc) as ex:
        for r in ex.map(run_chunk, chunks):
            parses.update(r)
    json.dump(parses, open(cache, 'w'))
elapsed = time.time() - t0
stats['parse_seconds'] = round(elapsed, 1)
stats['sent_per_sec'] = round(len(uniq) / elapsed, 2) if elapsed else None
stats['trees'] = sum(1 for v in parses.values() if v)

# ---- tree handling
class Node:
    __slots__ = ('label', 'kids', 'parent', 'lo', 'hi')
    def __init__(self, label, parent):
        self.label = label; self.kids = []; self.parent = parent
        self.lo = None; self.hi = None

class Leaf:
    __slots__ = ('word', 'parent', 'lo', 'hi', 'null')
    def __init__(self, word, parent, null):
        self.word = word; self.parent = parent; self.null = null
        self.lo = None; self.hi = None

SUB = re.compile(r'\.[a-z][a-z0-9#*-]*$')

def leafword(tok):
    null = False
    if tok.startswith('{') and tok.endswith('}') and len(tok) > 2:
        tok = tok[1:-1]; null = True
    tok = re.sub(r'\{[^}]*\}', '', tok)
    tok = re.sub(r'\[[!?~]\]', '', tok)
    if len(tok) > 1:
        tok = SUB.sub('', tok)
    return tok, null

def parse_tree(line):
    root = Node('ROOT', None); cur = root; leaves = []
    for tok in line.split():
        if tok.startswith('[') and len(tok) > 1:
            n = Node(tok[1:], cur); cur.kids.append(n); cur = n
        elif tok.endswith(']') and len(tok) > 1 and tok[:-1] == cur.label and cur.parent:
            cur = cur.parent
        else:
            w, null = leafword(tok)
            lf = Leaf(w, cur, null); cur.kids.append(lf); leaves.append(lf)
    return root, leaves

def align(leaves, sent):
    low = sent.lower(); cur = 0; ok = 0
    for lf in leaves:
        w = lf.word.lower()
        if not w:
            continue
        j = low.find(w, cur)
        if j < 0 or j - cur > 25:
            continue
        lf.lo, lf.hi = j, j + len(w); cur = lf.hi; ok += 1
    return ok

def span(n):
    if isinstance(n, Leaf):
        return (n.lo, n.hi) if n.lo is not None else None
    lo = hi = None
    for k in n.kids:
        s = span(k)
        if s:
            lo = s[0] if lo is None else min(lo, s[0])
            hi = s[1] if hi is None else max(hi, s[1])
    return (lo, hi) if lo is not None else None

CLAUSE = ('SBAR', 'S')

def complement(leaves, cue_lo, cue_hi):
    hit = [lf for lf in leaves if lf.lo is not None and lf.lo < cue_hi and lf.hi > cue_lo]
    if not hit:
        return None, 'cue-not-aligned'
    v = hit[-1]
    vp = v.parent
    if vp.label != 'VP':
        return None, 'cue-not-in-VP'
    after = vp.kids[vp.kids.index(v) + 1:]
    for k in after:
        if isinstance(k, Node) and k.label in CLAUSE:
            return span(k), 'clause'
        if isinstance(k, Node) and k.label == 'PP':
            for kk in k.kids:
                if isinstance(kk, Node) and kk.label in CLAUSE:
                    return span(kk), 'clause-in-PP'
    for k in after:
        if isinstance(k, Node) and k.label in ('NP', 'VP'):
            return span(k), 'object'
    return None, 'no-complement'

PUNCT = ' \t\n,.;:!?"\'“”‘’()–—-'

def trim(t, s, e):
    while e > s and t[e-1] in PUNCT:
        e -= 1
    while s < e and t[s] in ' \t\n':
        s += 1
    return s, e

from collections import Counter
why = Counter()
kindof = {}
new = {}  # (ai,qi) -> (ps, pe) article offsets
for ai, qi, s0, sent in cands:
    tree = parses.get(sent)
    if not tree:
        why['no-parse'] += 1; continue
    root, leaves = parse_tree(tree)
    align(leaves, sent)
    q = arts[ai]['quotes'][qi]
    c = q['cue']
    sp, w = complement(leaves, c['start'] - s0, c['end'] - s0)
    why[w] += 1
    if not sp:
        continue
    t = texts[arts[ai]['id']]
    ps, pe = trim(t, s0 + sp[0], s0 + sp[1])
    if pe <= ps or ps < c['end']:
        why['bad-span'] += 1; continue
    new[(ai, qi)] = (ps, pe)
    kindof[(ai, qi)] = w
stats['why'] = dict(why)

for variant in ('full', 'cut', 'extend', 'clause', 'clausecut'):
    changed = 0
    with open('%s-%s.jsonl' % (args.out, variant), 'w', encoding='utf-8') as f:
        for ai, a in enumerate(arts):
            t = texts.get(a['id'])
            b = dict(a); b['quotes'] = []
            for qi, q in enumerate(a['quotes']):
                q = dict(q)
                if (ai, qi) in new and (variant not in ('clause', 'clausecut') or kindof[(ai, qi)].startswith('clause')):
                    ps, pe = new[(ai, qi)]
                    s, e = q['start'], q['end']
                    if variant in ('full', 'clause'):
                        ns, ne = ps, pe
                    elif variant in ('cut', 'clausecut'):
                        ns, ne = s, (min(e, pe) if pe > s else e)
                    else:
                        ns, ne = s, max(e, pe)
                    if (ns, ne) != (s, e):
                        changed += 1
                        q['start'], q['end'], q['text'] = ns, ne, t[ns:ne]
                b['quotes'].append(q)
            f.write(json.dumps(b, ensure_ascii=False) + '\n')
    stats['changed_' + variant] = changed
json.dump({'%d:%d' % k: [v[0], v[1], kindof[k]] for k, v in new.items()}, open(args.out + '-new.json', 'w'))
json.dump(stats, open(args.out + '-stats.json', 'w'), indent=1)
print(json.dumps(stats))
