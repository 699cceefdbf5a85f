"""Builds the pair files of this folder from the marked sources in src/.

Source convention: a commitment snippet is written {kN|text} in a paragraph, a
non-commitment snippet {nN|text}. The same kN on both sides is one label
(unchanged unless `kinds` says otherwise); a kN on the old side only is
`dropped`, on the new side only `added`. In Persian sources "_" stands for
ZWNJ and Western digits are turned into Persian digits; Arabic sources with
digits="indic" get Arabic-Indic digits. All conversions keep string lengths.
"""
import json, os, re, sys, importlib

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
MARK = re.compile(r'\{([kn]\w*)\|([^{}|]*)\}')
FA_MAP = str.maketrans({'ي': 'ی', 'ك': 'ک', 'ى': 'ی', '_': '\u200c',
                        **{str(i): '۰۱۲۳۴۵۶۷۸۹'[i] for i in range(10)}})
AR_INDIC = str.maketrans({str(i): '٠١٢٣٤٥٦٧٨٩'[i] for i in range(10)})


def conv(s, lang, digits):
    if lang == 'fa':
        return s.translate(FA_MAP)
    if lang == 'ar' and digits == 'indic':
        return s.translate(AR_INDIC)
    return s


def parse(paras, lang, digits, where):
    parts, spans, pos = [], [], 0
    for pi, p in enumerate(paras):
        out, last = '', 0
        for m in MARK.finditer(p):
            out += p[last:m.start()]
            start = pos + len(out)
            out += m.group(2)
            spans.append((m.group(1), start, start + len(m.group(2)), pi))
            last = m.end()
        out += p[last:]
        if any(c in out for c in '{}|'):
            raise SystemExit(f'{where}: stray marker in paragraph {pi}: {out[:80]}')
        parts.append(out)
        pos += len(out) + 2
    text = conv('\n\n'.join(parts), lang, digits)
    return text, [(i, text[s:e], s, pi) for (i, s, e, pi) in spans]


def parse_links(spec, n_old, n_new):
    if spec is None:
        assert n_old == n_new
        return [{'old': [i], 'new': [i]} for i in range(n_old)]
    links = []
    for tok in spec.split():
        a, b = tok.split('-')
        links.append({'old': [int(x) for x in a.split(',') if x],
                      'new': [int(x) for x in b.split(',') if x]})
    return links


def build_pair(d):
    lo, ln = d['lang']
    dig = d.get('digits', {})
    old, osp = parse(d['old'], lo, dig.get('old'), d['name'] + '/old')
    new, nsp = parse(d['new'], ln, dig.get('new'), d['name'] + '/new')
    kinds = d.get('kinds', {})
    oks = {i: (s, p) for i, s, _, p in osp if i.startswith('k')}
    nks = {i: (s, p) for i, s, _, p in nsp if i.startswith('k')}
    for sp in (osp, nsp):
        ids = [i for i, *_ in sp if i.startswith('k')]
        dup = {i for i in ids if ids.count(i) > 1}
        if dup:
            raise SystemExit(f"{d['name']}: duplicate ids {dup}")
    for k in kinds:
        if k not in oks or k not in nks:
            raise SystemExit(f"{d['name']}: kinds given for {k} which is not on both sides")
    expected = []
    order = [i for i, *_ in osp if i.startswith('k')]
    order += [i for i, *_ in nsp if i.startswith('k') and i not in oks]
    for i in order:
        if i in oks and i in nks:
            k = kinds.get(i, 'unchanged')
            if k == 'unchanged':
                expected.append({'kind': 'unchanged', 'old': oks[i][0], 'new': nks[i][0]})
            else:
                kind, slot = k.split()
                expected.append({'kind': kind, 'old': oks[i][0], 'new': nks[i][0], 'slot': slot})
        elif i in oks:
            expected.append({'kind': 'dropped', 'old': oks[i][0]})
        else:
            expected.append({'kind': 'added', 'new': nks[i][0]})
    nc = [s for i, s, *_ in osp if i.startswith('n')] + [s for i, s, *_ in nsp if i.startswith('n')]
    numbers = [{'old': conv(a, lo, dig.get('old')), 'new': conv(b, ln, dig.get('new'))}
               for a, b in d.get('numbers', [])]
    return {
        'name': d['name'], 'style': d['style'], 'lang': {'old': lo, 'new': ln},
        'old': old, 'new': new,
        'links': parse_links(d.get('links'), len(d['old']), len(d['new'])),
        'expected': expected, 'numbers': numbers, 'notCommitments': nc,
    }


FILES = ['en_ar', 'en_ru', 'en_fa', 'en_tr', 'en_fr', 'ar_fa', 'ru_tr', 'fr_fa', 'press']

if __name__ == '__main__':
    for mod in FILES:
        if not os.path.exists(os.path.join(HERE, mod + '.py')):
            print('skip', mod)
            continue
        m = importlib.import_module(mod)
        pairs = [build_pair(d) for d in m.PAIRS]
        fn = os.path.join(OUT, mod.replace('_', '-') + '.json')
        with open(fn, 'w', encoding='utf-8') as f:
            json.dump(pairs, f, ensure_ascii=False, indent=2)
            f.write('\n')
        print('wrote', os.path.basename(fn), len(pairs))
