#!/usr/bin/env python3
"""Validator for fa.json (blind Persian evaluation set). Prints OK or the list of problems."""
import json, re, sys, unicodedata, os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ZWNJ = "\u200c"
KINDS = {"unchanged", "softened", "strengthened", "reworded", "dropped", "added"}
SLOTS = {"act", "negation", "condition", "modality", "urgency", "scope", "booster",
         "hedge", "addressee", "speaker", "object"}
SLOTTED = {"softened", "strengthened", "reworded"}
STYLE_COUNTS = {"statement": 4, "press": 2, "cosmetic": 1}
PAIR_KEYS = {"name", "style", "old", "new", "expected", "notCommitments"}
ARABIC_LETTERS = "يكى"
ARABIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"
PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
SENTENCE_END = ".!?؟…"
SEMICOLONS = ";؛"
PUNCT_EXTRA = set("«»\"'“”‘’،,:()[]-–—/")
TRANSLIT = [("آستانا", "آستانه"), ("لیندکوئیست", "لیندکویست")]  # cosmetic name variants

errors = []
def err(msg): errors.append(msg)

def is_punct(ch):
    return ch in PUNCT_EXTRA or unicodedata.category(ch).startswith("P") or ch in SENTENCE_END + SEMICOLONS

def is_wordchar(ch):
    return ch == ZWNJ or unicodedata.category(ch)[0] in "LMN"

def occurrences(text, s):
    out, i = [], text.find(s)
    while i != -1:
        out.append(i)
        i = text.find(s, i + 1)
    return out

def check_text(where, text):
    if not isinstance(text, str) or not text:
        err(f"{where}: empty or not a string"); return []
    if text != text.strip(): err(f"{where}: leading/trailing whitespace")
    if "\r" in text or "\t" in text: err(f"{where}: CR or TAB")
    paras = text.split("\n\n")
    if not 5 <= len(paras) <= 12: err(f"{where}: {len(paras)} paragraphs (need 5-12)")
    for i, p in enumerate(paras):
        if not p: err(f"{where}: empty paragraph {i} (more than one blank line?)")
        if "\n" in p: err(f"{where}: single line break inside paragraph {i}")
        if p != p.strip(): err(f"{where}: paragraph {i} has leading/trailing spaces")
        if "  " in p: err(f"{where}: double space in paragraph {i}")
    if re.search(r"[A-Za-z]", text): err(f"{where}: Latin letters")
    return paras

def check_persian(where, text):
    for ch in ARABIC_LETTERS:
        if ch in text: err(f"{where}: Arabic letter {ch!r} (use Persian ی/ک)")
    if re.search(r"[0-9]", text): err(f"{where}: ASCII digits")
    if any(d in text for d in ARABIC_DIGITS): err(f"{where}: Arabic-Indic digits")
    if not any(d in text for d in PERSIAN_DIGITS): err(f"{where}: no Persian digits")
    if ZWNJ not in text: err(f"{where}: no ZWNJ")
    if re.search(r"(?<![\w\u200c])ن?می (?=\w)", text): err(f"{where}: detached می prefix (needs ZWNJ)")

def check_snippet(where, text, s, spans):
    if not isinstance(s, str) or not s:
        err(f"{where}: snippet missing or not a string"); return None
    n = len(s.split())
    if not 3 <= n <= 7: err(f"{where}: {n} words (need 3-7): {s!r}")
    if s != s.strip(): err(f"{where}: leading/trailing whitespace: {s!r}")
    if "\n" in s: err(f"{where}: line/paragraph break inside: {s!r}")
    if any(c in s for c in SENTENCE_END): err(f"{where}: sentence end inside: {s!r}")
    if any(c in s for c in SEMICOLONS): err(f"{where}: semicolon inside: {s!r}")
    if s and (is_punct(s[0]) or is_punct(s[-1])): err(f"{where}: leading/trailing punctuation: {s!r}")
    occ = occurrences(text, s)
    if len(occ) != 1:
        err(f"{where}: occurs {len(occ)} times (need exactly 1): {s!r}"); return None
    a, b = occ[0], occ[0] + len(s)
    if (a > 0 and is_wordchar(text[a - 1])) or (b < len(text) and is_wordchar(text[b])):
        err(f"{where}: does not start/end on a word boundary: {s!r}")
    spans.append((a, b, where, s))
    return a

def clause_at(text, pos):
    """The clause containing pos: its sentence (item number stripped), cut at ' و ' after a plural verb."""
    start = max(text.rfind(c, 0, pos) for c in SENTENCE_END + "\n") + 1
    ends = [i for i in (text.find(c, pos) for c in SENTENCE_END + "\n") if i != -1]
    end = min(ends) if ends else len(text)
    sent = text[start:end]
    rel = pos - start
    m = re.match(r"\s*[0-9۰-۹٠-٩]+\s*[.\-]?\s*", sent)
    if m and m.end() <= rel:
        sent, rel = sent[m.end():], rel - m.end()
    verb = r"(?:[کك]ردند|شدند|دادند|خواستند|فشردند)"
    cuts = [0] + [m.end() for m in re.finditer(verb + r" و ", sent)] + [len(sent) + 1]
    for a, b in zip(cuts, cuts[1:]):
        if a <= rel < b:
            return sent[a:b].strip().removesuffix(" و").strip()
    return sent.strip()

def norm_cosmetic(s):
    s = s.replace("ي", "ی").replace("ى", "ی").replace("ك", "ک")
    for a, b in TRANSLIT: s = s.replace(a, b)
    s = "".join(ch for ch in s if not unicodedata.category(ch) == "Mn")
    s = s.replace("أ", "ا").replace("إ", "ا")
    s = s.translate(str.maketrans(ARABIC_DIGITS + PERSIAN_DIGITS, "0123456789" * 2))
    return "".join(ch for ch in s if not (ch.isspace() or ch == ZWNJ or is_punct(ch)))

def main():
    path = os.path.join(HERE, "fa.json")
    try:
        data = json.load(open(path, encoding="utf-8"))
    except Exception as e:
        print(f"cannot read {path}: {e}"); return 1
    if not isinstance(data, list): err("top level is not an array"); data = []
    if len(data) != 7: err(f"{len(data)} pairs (need 7)")
    styles = Counter(p.get("style") for p in data if isinstance(p, dict))
    if dict(styles) != STYLE_COUNTS: err(f"style counts {dict(styles)} != {STYLE_COUNTS}")
    names = [p.get("name") for p in data if isinstance(p, dict)]
    if len(set(names)) != len(names): err("duplicate pair names")
    kinds, slots = Counter(), Counter()
    for pi, p in enumerate(data):
        if not isinstance(p, dict): err(f"pair {pi}: not an object"); continue
        name = p.get("name") or f"#{pi}"
        if set(p) != PAIR_KEYS: err(f"{name}: keys {sorted(p)} != {sorted(PAIR_KEYS)}")
        if not isinstance(p.get("name"), str) or not p.get("name"): err(f"{name}: bad name")
        style = p.get("style")
        old, new = p.get("old", ""), p.get("new", "")
        po = check_text(f"{name}.old", old); pn = check_text(f"{name}.new", new)
        if old == new: err(f"{name}: old and new are identical")
        if style in ("statement", "press"):
            check_persian(f"{name}.old", old); check_persian(f"{name}.new", new)
            if style == "statement":
                for w, t in (("old", old), ("new", new)):
                    if "\n\n۱. " not in t: err(f"{name}.{w}: no numbered item ۱.")
        elif style == "cosmetic":
            arabic = [t for t in (old, new) if any(c in t for c in "يك")]
            if len(arabic) != 1: err(f"{name}: exactly one text must use Arabic ي/ك")
            else:
                a = arabic[0]; other = new if a is old else old
                if not (any(d in a for d in ARABIC_DIGITS) and any(d in a for d in PERSIAN_DIGITS)):
                    err(f"{name}: the Arabic-letter text must mix Arabic-Indic and Persian digits")
                check_persian(f"{name}.(Persian-letter text)", other)
            if len(po) != len(pn): err(f"{name}: paragraph counts differ")
            for i, (x, y) in enumerate(zip(po, pn)):
                if norm_cosmetic(x) != norm_cosmetic(y):
                    err(f"{name}: paragraph {i} differs beyond spelling/punctuation/digits/spacing/transliteration")
        spans = {"old": [], "new": []}
        exp = p.get("expected")
        if not isinstance(exp, list) or not exp: err(f"{name}: expected must be a non-empty array"); exp = []
        for li, lab in enumerate(exp):
            w = f"{name}.expected[{li}]"
            if not isinstance(lab, dict): err(f"{w}: not an object"); continue
            k = lab.get("kind")
            if k not in KINDS: err(f"{w}: bad kind {k!r}"); continue
            kinds[k] += 1
            allowed = {"kind", "old", "new", "slot"}
            if set(lab) - allowed: err(f"{w}: unknown keys {sorted(set(lab) - allowed)}")
            if k in SLOTTED:
                if lab.get("slot") not in SLOTS: err(f"{w}: {k} needs a slot from {sorted(SLOTS)}")
                else: slots[lab["slot"]] += 1
            elif "slot" in lab: err(f"{w}: slot only for softened/strengthened/reworded")
            need = {"dropped": {"old"}, "added": {"new"}}.get(k, {"old", "new"})
            if {x for x in ("old", "new") if x in lab} != need: err(f"{w}: {k} needs exactly {sorted(need)}")
            pos = {}
            for side, text in (("old", old), ("new", new)):
                if side in lab:
                    pos[side] = check_snippet(f"{w}.{side}", text, lab[side], spans[side])
            if style == "cosmetic" and k != "unchanged": err(f"{w}: cosmetic labels must all be unchanged")
            if pos.get("old") is not None and pos.get("new") is not None:
                co, cn = clause_at(old, pos["old"]), clause_at(new, pos["new"])
                if style == "cosmetic": co, cn = norm_cosmetic(co), norm_cosmetic(cn)
                if k == "unchanged" and co != cn:
                    err(f"{w}: labelled unchanged but its clause differs:\n   old: {co}\n   new: {cn}")
                if k in SLOTTED and co == cn:
                    err(f"{w}: labelled {k} but its clause is identical: {co}")
        nc = p.get("notCommitments")
        if not isinstance(nc, list) or not nc: err(f"{name}: notCommitments must be a non-empty array"); nc = []
        exp_snips = {lab.get(s) for lab in exp if isinstance(lab, dict) for s in ("old", "new")}
        for ni, s in enumerate(nc):
            w = f"{name}.notCommitments[{ni}]"
            if s in exp_snips: err(f"{w}: also used as a commitment snippet: {s!r}")
            found = [side for side, t in (("old", old), ("new", new)) if isinstance(s, str) and s in t]
            if not found: err(f"{w}: found in neither text: {s!r}"); continue
            for side in found:
                check_snippet(f"{w}({side})", old if side == "old" else new, s, spans[side])
        if style != "cosmetic":
            # every paragraph that differs must carry a changed label or a notCommitment snippet
            for side, paras, other in (("old", po, set(pn)), ("new", pn, set(po))):
                marks = [lab.get(side) for lab in exp if isinstance(lab, dict) and lab.get("kind") != "unchanged"]
                marks += [s for s in nc if isinstance(s, str)]
                for i, para in enumerate(paras):
                    if para not in other and not any(m and m in para for m in marks):
                        err(f"{name}.{side}: paragraph {i} changed but carries no changed label or notCommitment: {para[:60]}")
        for side in ("old", "new"):
            sp = sorted(spans[side])
            for (a1, b1, w1, s1), (a2, b2, w2, s2) in zip(sp, sp[1:]):
                if a2 < b1: err(f"{name}.{side}: snippets overlap: {w1} {s1!r} / {w2} {s2!r}")
    changed = sum(v for k, v in kinds.items() if k != "unchanged")
    if changed < 45: err(f"only {changed} labels that are not unchanged (need >= 45)")
    for k in KINDS - set(kinds): err(f"kind never used: {k}")
    for s in SLOTS - set(slots): err(f"slot never used: {s}")
    if errors:
        for e in errors: print("ERROR:", e)
        print(f"{len(errors)} problem(s)")
        return 1
    print(f"labels: {sum(kinds.values())} ({changed} not unchanged)")
    print("kinds:", dict(sorted(kinds.items())))
    print("slots:", dict(sorted(slots.items())))
    print("OK")
    return 0

if __name__ == "__main__":
    sys.exit(main())
