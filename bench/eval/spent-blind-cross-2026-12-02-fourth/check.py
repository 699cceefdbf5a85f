#!/usr/bin/env python3
"""Validator for this blind cross-language set. Run: python3 check.py  -> prints OK or the errors."""
import json, os, re, sys, unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = ['en-ar.json', 'en-ru.json', 'en-fa.json', 'en-tr.json', 'en-fr.json', 'tr-fa.json', 'ru-ar.json', 'fr-tr.json', 'press.json']
LANGS = {'en', 'ar', 'ru', 'fa', 'tr', 'fr'}
KINDS = {'unchanged', 'softened', 'strengthened', 'reworded', 'dropped', 'added'}
SLOTS = {'act', 'negation', 'condition', 'modality', 'urgency', 'scope', 'booster', 'hedge', 'addressee', 'speaker', 'object'}
SLOTTED = {'softened', 'strengthened', 'reworded'}
DIG = str.maketrans('٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹', '01234567890123456789')
NUM_RE = re.compile(r'[0-9٠-٩۰-۹]+')
ITEM_RE = re.compile(r'^\s*[0-9٠-٩۰-۹]+\s*[.\-)–]\s*')
errors = []


def err(where, msg):
    errors.append(f'{where}: {msg}')


def is_wordchar(ch):
    return unicodedata.category(ch)[0] in 'LN' or unicodedata.category(ch) == 'Mn'


def values(par):
    par = ITEM_RE.sub('', par, count=1)
    return Counter(int(m.group().translate(DIG)) for m in NUM_RE.finditer(par))


def check_script(where, lang, text):
    if lang == 'fa':
        for bad, name in (('ي', 'Arabic yeh'), ('ك', 'Arabic kaf')):
            if bad in text:
                err(where, f'Persian text contains {name}')
        if re.search(r'[0-9٠-٩]', text):
            err(where, 'Persian text must use Persian digits only')
        if '\u200c' not in text:
            err(where, 'Persian text without ZWNJ')
        if re.search(r'(^|\s)(می|نمی) ', text):
            err(where, 'Persian prefix می without ZWNJ')
    if lang == 'ar':
        for bad, name in (('ی', 'Persian yeh'), ('ک', 'Persian keheh'), ('گ', 'gaf'), ('پ', 'peh')):
            if bad in text:
                err(where, f'Arabic text contains {name}')
        if re.search(r'[۰-۹]', text):
            err(where, 'Arabic text contains Persian digits')
    if lang in ('ar', 'fa'):
        letters = [c for c in text if c.isalpha()]
        if sum('\u0600' <= c <= '\u06ff' for c in letters) < 0.9 * len(letters):
            err(where, 'not mainly Arabic script')
    if lang == 'ru':
        letters = [c for c in text if c.isalpha()]
        if sum('\u0400' <= c <= '\u04ff' for c in letters) < 0.9 * len(letters):
            err(where, 'Russian text not mainly Cyrillic')
    if lang == 'tr':
        if re.search(r'\bTurkey\b|Turkiye|Türkıye', text):
            err(where, 'Turkish text must write Türkiye')
        if not re.search('[ıİşğ]', text):
            err(where, 'Turkish text lacks Turkish letters')
    if lang == 'fr':
        if '"' in text:
            err(where, 'French text uses straight double quotes')
        if not re.search('[éèàç]', text):
            err(where, 'French text lacks accents')
    if lang == 'en' and re.search(r'\bTurkey\b', text):
        err(where, 'English text should write Türkiye')


def check_snippet(where, text, paras, snip):
    """Returns paragraph index or None."""
    if not isinstance(snip, str) or not snip:
        err(where, f'bad snippet {snip!r}'); return None
    n = len(snip.split())
    if not 3 <= n <= 7:
        err(where, f'snippet has {n} words: {snip!r}')
    if snip != snip.strip() or '\n' in snip:
        err(where, f'snippet whitespace/newline: {snip!r}')
    if not is_wordchar(snip[0]) or not is_wordchar(snip[-1]):
        err(where, f'snippet starts/ends with punctuation: {snip!r}')
    if re.search(r'[.!?؟…]\s', snip) or re.search('[;؛]', snip):
        err(where, f'snippet crosses sentence end or semicolon: {snip!r}')
    c = text.count(snip)
    if c != 1:
        err(where, f'snippet occurs {c} times: {snip!r}'); return None
    pos = text.index(snip)
    return text[:pos].count('\n\n'), (pos, pos + len(snip))


def check_pair(fname, pr, stats, seen_names):
    where = f"{fname}:{pr.get('name')}"
    keys = {'name', 'style', 'lang', 'old', 'new', 'links', 'expected', 'numbers', 'notCommitments'}
    if set(pr) != keys:
        err(where, f'keys {sorted(pr)}'); return
    if pr['name'] in seen_names:
        err(where, 'duplicate name')
    seen_names.add(pr['name'])
    style = pr['style']
    if style not in ('faithful', 'divergent', 'press'):
        err(where, 'bad style')
    lo, ln = pr['lang'].get('old'), pr['lang'].get('new')
    if set(pr['lang']) != {'old', 'new'} or lo not in LANGS or ln not in LANGS or lo == ln:
        err(where, 'bad lang')
    if fname != 'press.json':
        a, b = fname[:-5].split('-')
        if {lo, ln} != {a, b}:
            err(where, f'languages {lo},{ln} do not match file')
    paras = {}
    for side, lang in (('old', lo), ('new', ln)):
        t = pr[side]
        if t != t.strip():
            err(where, f'{side} leading/trailing space')
        ps = t.split('\n\n')
        for i, p in enumerate(ps):
            if not p or p != p.strip() or '\n' in p:
                err(where, f'{side} paragraph {i} malformed')
        if not 7 <= len(ps) <= 12:
            err(where, f'{side} has {len(ps)} paragraphs (want 7-12)')
        paras[side] = ps
        check_script(f'{where}:{side}', lang, t)
    # links
    cover = {'old': Counter(), 'new': Counter()}
    for L in pr['links']:
        if set(L) != {'old', 'new'}:
            err(where, f'bad link {L}'); continue
        for side in ('old', 'new'):
            for i in L[side]:
                if not isinstance(i, int) or not 0 <= i < len(paras[side]):
                    err(where, f'link index out of range {L}')
                cover[side][i] += 1
        o, n = len(L['old']), len(L['new'])
        shape = '1:1' if (o, n) == (1, 1) else 'split' if o == 1 and n > 1 else 'merge' if o > 1 and n == 1 else \
            'old-only' if n == 0 and o == 1 else 'new-only' if o == 0 and n == 1 else None
        if shape is None:
            err(where, f'bad link shape {L}')
        else:
            stats['links'][shape] += 1
        if style == 'faithful' and shape in ('old-only', 'new-only'):
            err(where, 'faithful pair with one-sided link')
    for side in ('old', 'new'):
        for i in range(len(paras[side])):
            if cover[side][i] != 1:
                err(where, f'{side} paragraph {i} covered {cover[side][i]} times')
    para_link = {}
    for li, L in enumerate(pr['links']):
        for side in ('old', 'new'):
            for i in L[side]:
                para_link[(side, i)] = li
    # labels
    spans = {'old': [], 'new': []}
    nonunch = 0
    for lab in pr['expected']:
        kind = lab.get('kind')
        if kind not in KINDS:
            err(where, f'bad kind {lab}'); continue
        stats['kinds'][kind] += 1
        allowed = {'kind', 'old', 'new'} | ({'slot'} if kind in SLOTTED else set())
        if set(lab) - allowed:
            err(where, f'extra keys {lab}')
        if kind in SLOTTED:
            if lab.get('slot') not in SLOTS:
                err(where, f'missing/bad slot {lab}')
            else:
                stats['slots'][lab['slot']] += 1
        need = {'dropped': ('old',), 'added': ('new',)}.get(kind, ('old', 'new'))
        for side in ('old', 'new'):
            if (side in need) != (side in lab):
                err(where, f'{kind} label must have exactly {need}: {lab}')
        if kind != 'unchanged':
            nonunch += 1
        if style == 'faithful' and kind != 'unchanged':
            err(where, f'faithful pair with {kind} label')
        li = {}
        for side in ('old', 'new'):
            if side in lab:
                r = check_snippet(f'{where}:{side}', pr[side], paras[side], lab[side])
                if r:
                    pi, span = r
                    spans[side].append((span, lab[side]))
                    li[side] = para_link.get((side, pi))
                    if kind == 'dropped' and pr['links'][li[side]]['new'] and style != 'press':
                        # dropped commitment in a linked paragraph is allowed only in press pairs
                        pass
        if 'old' in li and 'new' in li and li['old'] != li['new']:
            err(where, f'label snippets are in paragraphs that are not linked: {lab}')
        if kind == 'added' and 'new' in li and pr['links'][li['new']]['old'] and style != 'press':
            pass
    if style == 'divergent' and nonunch < 8:
        err(where, f'divergent pair has only {nonunch} non-unchanged labels')
    if style == 'press':
        ch = sum(1 for l in pr['expected'] if l['kind'] in ('softened', 'strengthened'))
        if ch < 2:
            err(where, 'press pair reports fewer than two items stronger/weaker')
        if not any(L['old'] and not L['new'] and L['old'][0] > 2 for L in pr['links']):
            err(where, 'press pair covers every item')
        if not re.search('[«“]', pr['new']):
            err(where, 'press report quotes nobody')
    # notCommitments
    for s in pr['notCommitments']:
        found = False
        for side in ('old', 'new'):
            if s in pr[side]:
                found = True
                r = check_snippet(f'{where}:nc:{side}', pr[side], paras[side], s)
                if r:
                    spans[side].append((r[1], s))
        if not found:
            err(where, f'notCommitment not found: {s!r}')
    for side in ('old', 'new'):
        sp = sorted(spans[side])
        for (a, s1), (b, s2) in zip(sp, sp[1:]):
            if b[0] < a[1]:
                err(where, f'overlapping snippets on {side}: {s1!r} / {s2!r}')
    # numbers
    diff_old, diff_new = [], []
    for L in pr['links']:
        if L['old'] and L['new']:
            vo = sum((values(paras['old'][i]) for i in L['old']), Counter())
            vn = sum((values(paras['new'][i]) for i in L['new']), Counter())
            diff_old += list((vo - vn).elements())
            diff_new += list((vn - vo).elements())
    lo_vals, ln_vals = [], []
    for nn in pr['numbers']:
        if set(nn) != {'old', 'new'}:
            err(where, f'bad numbers entry {nn}'); continue
        stats['numbers'] += 1
        if nn['old'] not in pr['old'] or nn['new'] not in pr['new']:
            err(where, f'number not in its text {nn}')
        a, b = int(nn['old'].translate(DIG)), int(nn['new'].translate(DIG))
        if a == b:
            err(where, f'numbers entry with equal values {nn}')
        lo_vals.append(a); ln_vals.append(b)
    if style == 'faithful' and pr['numbers']:
        err(where, 'faithful pair with numbers')
    if Counter(lo_vals) != Counter(diff_old) or Counter(ln_vals) != Counter(diff_new):
        err(where, f'numbers {pr["numbers"]} != value differences old {diff_old} new {diff_new}')
    stats['styles'][style] += 1


def main():
    stats = {'styles': Counter(), 'kinds': Counter(), 'slots': Counter(), 'links': Counter(), 'numbers': 0}
    names = set()
    for f in FILES:
        path = os.path.join(HERE, f)
        try:
            data = json.load(open(path, encoding='utf-8'))
        except Exception as e:
            err(f, f'cannot load: {e}'); continue
        if not isinstance(data, list):
            err(f, 'not a list'); continue
        styles = Counter(p.get('style') for p in data)
        if f == 'press.json':
            if styles != Counter({'press': 5}):
                err(f, f'styles {styles}')
        else:
            if styles != Counter({'faithful': 1, 'divergent': 1}):
                err(f, f'styles {styles}')
            fa = [p for p in data if p.get('style') == 'faithful']
            dv = [p for p in data if p.get('style') == 'divergent']
            if fa and dv and fa[0]['lang']['old'] != dv[0]['lang']['new']:
                err(f, 'faithful and divergent pairs do not swap the old language')
        for pr in data:
            check_pair(f, pr, stats, names)
    for s in SLOTS:
        if stats['slots'][s] < 2:
            err('set', f'slot {s} used {stats["slots"][s]} times (<2)')
    if '-v' in sys.argv:
        print(json.dumps({k: (dict(v) if isinstance(v, Counter) else v) for k, v in stats.items()}, ensure_ascii=False, indent=1))
    if errors:
        print('\n'.join(errors))
        print(f'{len(errors)} error(s)')
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
