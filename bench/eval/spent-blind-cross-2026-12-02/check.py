#!/usr/bin/env python3
"""Validator for the blind cross-language set in this folder. Prints OK or a list of problems."""
import json, os, re, sys, unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = {'en', 'ar', 'ru', 'fa', 'tr', 'fr'}
STYLES = {'faithful', 'divergent', 'press'}
KINDS = {'unchanged', 'softened', 'strengthened', 'reworded', 'dropped', 'added'}
SLOTTED = {'softened', 'strengthened', 'reworded'}
SLOTS = {'act', 'negation', 'condition', 'modality', 'urgency', 'scope', 'booster', 'hedge',
         'addressee', 'speaker', 'object'}
PAIR_FILES = ['en-ar', 'en-ru', 'en-fa', 'en-tr', 'en-fr', 'ar-fa', 'ru-tr', 'fr-fa']
PRESS_DIRS = [('en', 'ar'), ('ru', 'fa'), ('tr', 'en'), ('ar', 'ru'), ('fa', 'tr')]
KEYS = {'name', 'style', 'lang', 'old', 'new', 'links', 'expected', 'numbers', 'notCommitments'}
MIN_PARAS, MAX_PARAS = 7, 12          # the brief for this set (the general rule is 5-14)

DIGITS = {}
for base in (0x30, 0x660, 0x6F0):
    for i in range(10):
        DIGITS[chr(base + i)] = str(i)
NUM_RE = re.compile('[0-9\u0660-\u0669\u06F0-\u06F9]+')
ITEM_RE = re.compile(r'^[0-9\u0660-\u0669\u06F0-\u06F9]+[.\-)]\s')
SENT_END = re.compile(r'[.!?\u061F\u06D4]\s|[;\u061B\n]')
ZWNJ = '\u200c'

problems = []


def err(where, msg):
    problems.append(f'{where}: {msg}')


def norm_num(s):
    return str(int(''.join(DIGITS[c] for c in s)))


def is_punct(ch):
    return unicodedata.category(ch).startswith('P') or ch in '«»“”„"\'‹›'


def words(s):
    return s.split()


def occurrences(hay, needle):
    out, i = [], hay.find(needle)
    while i >= 0:
        out.append(i)
        i = hay.find(needle, i + 1)
    return out


def para_starts(text):
    starts, pos = [], 0
    for p in text.split('\n\n'):
        starts.append(pos)
        pos += len(p) + 2
    return starts


def para_of(text, offset):
    starts = para_starts(text)
    idx = 0
    for i, s in enumerate(starts):
        if s <= offset:
            idx = i
    return idx


def item_numbers_stripped(p):
    m = ITEM_RE.match(p)
    return p[m.end():] if m else p


def numbers_in(paras):
    c = Counter()
    for p in paras:
        for tok in NUM_RE.findall(item_numbers_stripped(p)):
            c[norm_num(tok)] += 1
    return c


def check_snippet(where, text, snip, spans):
    """Checks one snippet; returns its (start, end) span or None."""
    if not isinstance(snip, str) or not snip:
        err(where, f'snippet is not a non-empty string: {snip!r}')
        return None
    n = len(words(snip))
    if not 3 <= n <= 7:
        err(where, f'snippet has {n} words (3-7): {snip!r}')
    if snip != snip.strip():
        err(where, f'snippet has leading/trailing space: {snip!r}')
    if is_punct(snip[0]) or is_punct(snip[-1]):
        err(where, f'snippet starts or ends with punctuation: {snip!r}')
    if SENT_END.search(snip):
        err(where, f'snippet crosses a sentence end, semicolon or line break: {snip!r}')
    occ = occurrences(text, snip)
    if len(occ) != 1:
        err(where, f'snippet occurs {len(occ)} times (must be exactly once): {snip!r}')
        return None
    s, e = occ[0], occ[0] + len(snip)
    if s > 0 and not (text[s - 1].isspace() or is_punct(text[s - 1])):
        err(where, f'snippet does not start at a word boundary: {snip!r}')
    if e < len(text) and not (text[e].isspace() or is_punct(text[e])):
        err(where, f'snippet does not end at a word boundary: {snip!r}')
    for (a, b, other) in spans:
        if s < b and a < e:
            err(where, f'snippet overlaps another snippet on the same side: {snip!r} / {other!r}')
    spans.append((s, e, snip))
    return s, e


def check_script(where, lang, text):
    letters = [c for c in text if c.isalpha()]
    def share(pred):
        return sum(1 for c in letters if pred(c)) / max(1, len(letters))
    arabic = lambda c: '\u0600' <= c <= '\u06FF' or '\u0750' <= c <= '\u077F'
    if lang == 'fa':
        for bad, name in (('\u064A', 'Arabic yeh ي'), ('\u0643', 'Arabic kaf ك'), ('\u0649', 'alef maksura ى')):
            if bad in text:
                err(where, f'Persian text contains {name}')
        if re.search('[0-9\u0660-\u0669]', text):
            err(where, 'Persian text contains non-Persian digits')
        if ZWNJ not in text:
            err(where, 'Persian text has no ZWNJ')
        if 'ی' not in text or 'ک' not in text:
            err(where, 'Persian text lacks Persian yeh/keheh')
        if share(arabic) < 0.95:
            err(where, 'Persian text is not mostly in Arabic script')
        if re.search(r'(^|\s)\u200c|\u200c(\s|$)|\u200c\u200c', text):
            err(where, 'misplaced ZWNJ')
    elif lang == 'ar':
        for bad, name in (('\u06CC', 'Persian yeh ی'), ('\u06A9', 'Persian keheh ک'), ('\u06C0', 'heh with yeh ۀ')):
            if bad in text:
                err(where, f'Arabic text contains {name}')
        if re.search('[\u06F0-\u06F9]', text):
            err(where, 'Arabic text contains Persian digits')
        if re.search('[0-9]', text) and re.search('[\u0660-\u0669]', text):
            err(where, 'Arabic text mixes Western and Arabic-Indic digits')
        if ZWNJ in text:
            err(where, 'Arabic text contains ZWNJ')
        if share(arabic) < 0.95:
            err(where, 'Arabic text is not mostly in Arabic script')
    elif lang == 'ru':
        if share(lambda c: '\u0400' <= c <= '\u04FF') < 0.9:
            err(where, 'Russian text is not mostly Cyrillic')
    elif lang in ('en', 'tr', 'fr'):
        if share(lambda c: c.isascii() or unicodedata.name(c, '').startswith('LATIN')) < 0.99:
            err(where, f'{lang} text is not in Latin script')
        if re.search(r'\bTurkey\b|\bTurquie\b', text):
            err(where, 'use "Türkiye"')
        if lang == 'tr':
            if 'Türkiye' not in text:
                err(where, 'Turkish text does not name Türkiye')
            if not re.search('[ıİşŞğĞ]', text):
                err(where, 'Turkish text lacks Turkish letters')
        if lang == 'fr':
            if '"' in text or '“' in text or '”' in text:
                err(where, 'French text must use « » for quotes')
            if not re.search('[éèêàçù]', text):
                err(where, 'French text lacks accents')
    if lang in ('ar', 'fa', 'ru', 'tr') and '"' in text:
        err(where, 'straight double quotes in a non-English text')


def check_pair(fname, pair, slot_use, names):
    where = f'{fname}:{pair.get("name", "?")}'
    if not isinstance(pair, dict) or set(pair) != KEYS:
        err(where, f'keys are {sorted(pair) if isinstance(pair, dict) else type(pair)}, must be {sorted(KEYS)}')
        return None
    name, style, lang = pair['name'], pair['style'], pair['lang']
    if not isinstance(name, str) or not re.fullmatch(r'[a-z]{2}-[a-z]{2}-\d\d-[a-z]+-round\d+|press-\d\d-[a-z]{2}-[a-z]{2}-round\d+', name):
        err(where, 'bad name format')
    if name in names:
        err(where, 'duplicate name')
    names.add(name)
    if style not in STYLES:
        err(where, f'bad style {style!r}')
    if style not in name:
        err(where, 'name does not carry the style')
    if not isinstance(lang, dict) or set(lang) != {'old', 'new'} or not set(lang.values()) <= LANGS or lang['old'] == lang['new']:
        err(where, f'bad lang {lang!r}')
        return None
    paras = {}
    for side in ('old', 'new'):
        t = pair[side]
        if not isinstance(t, str):
            err(where, f'{side} is not a string')
            return None
        if t != t.strip():
            err(where, f'{side} has leading/trailing whitespace')
        if '\n\n\n' in t:
            err(where, f'{side} has more than one blank line between paragraphs')
        ps = t.split('\n\n')
        for i, p in enumerate(ps):
            if not p.strip():
                err(where, f'{side} paragraph {i} is empty')
            if '\n' in p:
                err(where, f'{side} paragraph {i} contains a single line break')
            if p != p.strip():
                err(where, f'{side} paragraph {i} has leading/trailing spaces')
            if '  ' in p or '\t' in p:
                err(where, f'{side} paragraph {i} has double spaces or tabs')
        if not MIN_PARAS <= len(ps) <= MAX_PARAS:
            err(where, f'{side} has {len(ps)} paragraphs ({MIN_PARAS}-{MAX_PARAS})')
        paras[side] = ps
        check_script(f'{where}/{side}', lang[side], t)

    # links
    links = pair['links']
    seen = {'old': Counter(), 'new': Counter()}
    link_of = {'old': {}, 'new': {}}
    shapes = Counter()
    if not isinstance(links, list) or not links:
        err(where, 'links must be a non-empty list')
        links = []
    for li, ln in enumerate(links):
        if not isinstance(ln, dict) or set(ln) != {'old', 'new'}:
            err(where, f'link {li} has bad keys')
            continue
        o, n = ln['old'], ln['new']
        if not all(isinstance(x, list) and all(isinstance(i, int) for i in x) for x in (o, n)):
            err(where, f'link {li} indices must be int lists')
            continue
        shape = (len(o), len(n))
        if shape not in {(1, 1), (1, 2), (2, 1), (1, 0), (0, 1)}:
            err(where, f'link {li} has shape {shape}')
        for x in (o, n):
            if len(x) == 2 and x[1] != x[0] + 1:
                err(where, f'link {li}: split/merge indices must be adjacent')
        shapes[{(1, 1): '1:1', (1, 2): 'split', (2, 1): 'merge', (1, 0): 'old-only', (0, 1): 'new-only'}.get(shape, '?')] += 1
        if style == 'faithful' and 0 in shape:
            err(where, f'faithful pair has a one-sided link {li}')
        for side, idx in (('old', o), ('new', n)):
            for i in idx:
                if not 0 <= i < len(paras[side]):
                    err(where, f'link {li}: {side} index {i} out of range')
                seen[side][i] += 1
                link_of[side][i] = li
    for side in ('old', 'new'):
        for i in range(len(paras[side])):
            if seen[side][i] != 1:
                err(where, f'{side} paragraph {i} appears in {seen[side][i]} links (must be exactly 1)')

    # labels
    exp = pair['expected']
    spans = {'old': [], 'new': []}
    kinds = Counter()
    labelled_paras = {'old': set(), 'new': set()}
    if not isinstance(exp, list) or not exp:
        err(where, 'expected must be a non-empty list')
        exp = []
    for j, lab in enumerate(exp):
        w = f'{where} label {j}'
        if not isinstance(lab, dict) or 'kind' not in lab:
            err(w, 'label must be an object with a kind')
            continue
        kind = lab['kind']
        if kind not in KINDS:
            err(w, f'bad kind {kind!r}')
            continue
        kinds[kind] += 1
        want = {'kind'} | ({'old'} if kind != 'added' else set()) | ({'new'} if kind != 'dropped' else set()) \
            | ({'slot'} if kind in SLOTTED else set())
        if set(lab) != want:
            err(w, f'keys {sorted(lab)} but kind {kind} needs {sorted(want)}')
        if kind in SLOTTED:
            if lab.get('slot') not in SLOTS:
                err(w, f'bad slot {lab.get("slot")!r}')
            else:
                slot_use[lab['slot']] += 1
        pidx = {}
        for side in ('old', 'new'):
            if side in lab:
                sp = check_snippet(f'{w}/{side}', pair[side], lab[side], spans[side])
                if sp:
                    pidx[side] = para_of(pair[side], sp[0])
                    labelled_paras[side].add(pidx[side])
        if 'old' in pidx and 'new' in pidx:
            lo, lnn = link_of['old'].get(pidx['old']), link_of['new'].get(pidx['new'])
            if lo is None or lo != lnn:
                err(w, f'old paragraph {pidx["old"]} and new paragraph {pidx["new"]} are not linked')
        for side in ('old', 'new'):
            if side in pidx:
                li = link_of[side].get(pidx[side])
                if li is not None and li < len(links) and not links[li]['old' if side == 'new' else 'new']:
                    if kind != ('dropped' if side == 'old' else 'added'):
                        err(w, f'{kind} label in a {side}-only paragraph')
        if style == 'faithful' and kind != 'unchanged':
            err(w, 'faithful pairs take only unchanged labels')
        if style == 'press' and kind == 'dropped':
            err(w, 'press pairs: left-out items get no label')

    changed = sum(v for k, v in kinds.items() if k != 'unchanged')
    if style == 'divergent' and changed < 8:
        err(where, f'divergent pair has only {changed} labels that are not unchanged (needs 8)')
    if style == 'press' and kinds['softened'] + kinds['strengthened'] < 2:
        err(where, 'press pair reports fewer than two items stronger or weaker')

    # every numbered item paragraph is labelled (except items a press report leaves out)
    for side in ('old', 'new'):
        for i, p in enumerate(paras[side]):
            if ITEM_RE.match(p):
                li = link_of[side].get(i)
                one_sided = li is not None and li < len(links) and not links[li]['new' if side == 'old' else 'old']
                if style == 'press' and side == 'old' and one_sided:
                    if i in labelled_paras[side]:
                        err(where, f'press: left-out old item {i} carries a label')
                elif i not in labelled_paras[side]:
                    err(where, f'{side} item paragraph {i} has no label')

    # press specifics
    if style == 'press':
        if not any(l['old'] and not l['new'] for l in links if isinstance(l, dict) and 'old' in l):
            err(where, 'press report covers every item')
        if not re.search('[«»“”"]', pair['new']):
            err(where, 'press report quotes no one')
        if len(pair['notCommitments']) < 5:
            err(where, 'press pair needs notCommitments for headline, byline, frames and quotes')

    # notCommitments
    nc = pair['notCommitments']
    if not isinstance(nc, list):
        err(where, 'notCommitments must be a list')
        nc = []
    for j, s in enumerate(nc):
        w = f'{where} notCommitments {j}'
        if not isinstance(s, str):
            err(w, 'not a string')
            continue
        co, cn = len(occurrences(pair['old'], s)), len(occurrences(pair['new'], s))
        if co + cn != 1:
            err(w, f'occurs {co}+{cn} times in old+new (must be exactly once): {s!r}')
            continue
        check_snippet(w, pair['old'] if co else pair['new'], s, spans['old' if co else 'new'])

    # numbers
    nums = pair['numbers']
    if not isinstance(nums, list):
        err(where, 'numbers must be a list')
        nums = []
    if style == 'faithful' and nums:
        err(where, 'faithful pairs must have numbers: []')
    diff_old, diff_new = Counter(), Counter()
    for l in links:
        if isinstance(l, dict) and l.get('old') and l.get('new'):
            try:
                co = numbers_in([paras['old'][i] for i in l['old']])
                cn = numbers_in([paras['new'][i] for i in l['new']])
            except (IndexError, TypeError):
                continue
            diff_old += co - cn
            diff_new += cn - co
    listed_old, listed_new = Counter(), Counter()
    for j, e in enumerate(nums):
        w = f'{where} numbers {j}'
        if not isinstance(e, dict) or set(e) != {'old', 'new'}:
            err(w, 'must be {"old", "new"}')
            continue
        for side in ('old', 'new'):
            v = e[side]
            if not isinstance(v, str) or not NUM_RE.fullmatch(v):
                err(w, f'{side} is not a number string: {v!r}')
                break
            if not re.search(rf'(?<![0-9\u0660-\u0669\u06F0-\u06F9]){re.escape(v)}(?![0-9\u0660-\u0669\u06F0-\u06F9])', pair[side]):
                err(w, f'{side} number {v} does not occur in the {side} text')
        else:
            if norm_num(e['old']) == norm_num(e['new']):
                err(w, 'values are equal')
            listed_old[norm_num(e['old'])] += 1
            listed_new[norm_num(e['new'])] += 1
    if listed_old != diff_old or listed_new != diff_new:
        err(where, f'numbers list {dict(listed_old)}->{dict(listed_new)} but linked paragraphs differ in '
                   f'{dict(diff_old)}->{dict(diff_new)}')
    return {'style': style, 'kinds': kinds, 'shapes': shapes, 'numbers': len(nums), 'lang': lang}


def main():
    slot_use = Counter()
    names = set()
    stats = []
    for f in PAIR_FILES + ['press']:
        fn = os.path.join(HERE, f + '.json')
        if not os.path.exists(fn):
            err(f, 'file missing')
            continue
        try:
            data = json.load(open(fn, encoding='utf-8'))
        except ValueError as e:
            err(f, f'invalid JSON: {e}')
            continue
        if not isinstance(data, list):
            err(f, 'must be a JSON array')
            continue
        res = [check_pair(f, p, slot_use, names) for p in data]
        res = [r for r in res if r]
        stats += res
        if f == 'press':
            if len(data) != 5 or any(r['style'] != 'press' for r in res):
                err(f, 'press.json must hold 5 press pairs')
            dirs = sorted((r['lang']['old'], r['lang']['new']) for r in res)
            if dirs != sorted(PRESS_DIRS):
                err(f, f'press directions are {dirs}, expected {sorted(PRESS_DIRS)}')
        else:
            a, b = f.split('-')
            if len(data) != 2:
                err(f, 'must hold 2 pairs')
            if sorted(r['style'] for r in res) != ['divergent', 'faithful']:
                err(f, 'must hold one faithful and one divergent pair')
            dirs = sorted((r['lang']['old'], r['lang']['new']) for r in res)
            if dirs != sorted([(a, b), (b, a)]):
                err(f, f'directions are {dirs}; each language must be old once')
    for s in sorted(SLOTS):
        if slot_use[s] < 2:
            err('set', f'slot {s} used {slot_use[s]} times (needs 2)')
    if problems:
        print('\n'.join(problems))
        print(f'{len(problems)} problem(s)')
        sys.exit(1)
    if '-v' in sys.argv:
        print(json.dumps({'pairs': Counter(r['style'] for r in stats),
                          'kinds': sum((r['kinds'] for r in stats), Counter()),
                          'slots': slot_use, 'links': sum((r['shapes'] for r in stats), Counter()),
                          'numbers': sum(r['numbers'] for r in stats)}, indent=1, sort_keys=True))
    print('OK')


if __name__ == '__main__':
    main()
