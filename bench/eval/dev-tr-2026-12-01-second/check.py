#!/usr/bin/env python3
"""Validates tr.json (development set, Turkish). Prints OK or the list of problems."""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {"unchanged", "softened", "strengthened", "reworded", "dropped", "added"}
SLOTS = {"act", "negation", "condition", "modality", "urgency", "scope", "booster", "hedge",
         "addressee", "speaker", "object"}
SLOTTED = {"softened", "strengthened", "reworded"}
STYLES = {"statement": 4, "press": 2, "cosmetic": 1}
PAIR_KEYS = {"name", "style", "old", "new", "expected", "notCommitments"}
WORD_CHARS = re.compile(r"[\w'’]")  # letters, digits, underscore, apostrophes

# Transliteration variants of names allowed to differ in the cosmetic pair (after folding).
NAME_VARIANTS = [("alireza shamsi", "ali riza semsi"), ("sergei", "sergey")]

errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def check_text(where, t):
    if not isinstance(t, str) or not t:
        err(where, "text missing")
        return
    if t != t.strip():
        err(where, "leading/trailing whitespace")
    if "\r" in t or "\t" in t:
        err(where, "CR or TAB in text")
    if "\n\n\n" in t:
        err(where, "more than one blank line between paragraphs")
    paras = t.split("\n\n")
    if not 5 <= len(paras) <= 12:
        err(where, f"{len(paras)} paragraphs (need 5-12)")
    for i, p in enumerate(paras):
        if not p:
            err(where, f"paragraph {i} empty")
        if "\n" in p:
            err(where, f"paragraph {i} has a single line break")
        if p != p.strip():
            err(where, f"paragraph {i} has leading/trailing spaces")
        if "  " in p:
            err(where, f"paragraph {i} has a double space")


def sentence_end_inside(s):
    for m in re.finditer(r"[.!?…]", s):
        ch = m.group()
        if ch != ".":
            return True
        nxt = s[m.end():m.end() + 1]
        if nxt == "" or nxt.isspace():
            token = s[:m.start()].split()[-1] if s[:m.start()].split() else ""
            if not (token.isdigit() and len(token) <= 3):  # ordinal like "31." is allowed
                return True
    return False


def find_all(text, snip):
    out, i = [], text.find(snip)
    while i != -1:
        out.append(i)
        i = text.find(snip, i + 1)
    return out


def check_snippet(where, snip, text, must_occur=True):
    """Returns the span of the snippet in text, or None."""
    if not isinstance(snip, str):
        err(where, "snippet is not a string")
        return None
    n = len(snip.split())
    if not 3 <= n <= 7:
        err(where, f"'{snip}' has {n} words (need 3-7)")
    if snip != " ".join(snip.split()):
        err(where, f"'{snip}' has irregular whitespace")
    if "\n" in snip or ";" in snip:
        err(where, f"'{snip}' contains a line break or semicolon")
    if sentence_end_inside(snip):
        err(where, f"'{snip}' contains a sentence end")
    if not (snip[:1].isalnum() and snip[-1:].isalnum()):
        err(where, f"'{snip}' has leading/trailing punctuation")
    occ = find_all(text, snip)
    if len(occ) == 0:
        if must_occur:
            err(where, f"'{snip}' not found")
        return None
    if len(occ) > 1:
        err(where, f"'{snip}' occurs {len(occ)} times")
        return None
    s, e = occ[0], occ[0] + len(snip)
    if s > 0 and WORD_CHARS.match(text[s - 1]):
        err(where, f"'{snip}' starts inside a word")
    if e < len(text) and WORD_CHARS.match(text[e]):
        err(where, f"'{snip}' ends inside a word")
    if "\n" in text[s:e]:
        err(where, f"'{snip}' crosses a paragraph break")
    return (s, e, snip)


def check_overlaps(where, spans):
    spans = sorted(spans)
    for a, b in zip(spans, spans[1:]):
        if b[0] < a[1]:
            err(where, f"snippets overlap: '{a[2]}' / '{b[2]}'")


def fold(t):
    t = t.replace("İ", "I").replace("ı", "i")
    for a, b in zip("şğçöüâîûŞĞÇÖÜÂÎÛ", "sgcouaiuSGCOUAIU"):
        t = t.replace(a, b)
    t = t.lower()
    t = re.sub(r"(?<=\d)\.(?=\d)", "", t)       # 2.500 -> 2500
    t = re.sub(r"['’]", "", t)                   # Konseyi'nin -> Konseyinin
    t = re.sub(r"[^\w\s]", " ", t)               # other punctuation -> space
    t = " ".join(t.split())
    for a, b in NAME_VARIANTS:
        t = t.replace(a, b)
    return t


def main():
    path = os.path.join(HERE, "tr.json")
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    if not isinstance(data, list):
        print("tr.json is not a JSON array")
        sys.exit(1)
    if len(data) != 7:
        err("file", f"{len(data)} pairs (need 7)")
    styles = collections.Counter(p.get("style") for p in data)
    for s, n in STYLES.items():
        if styles[s] != n:
            err("file", f"{styles[s]} '{s}' pairs (need {n})")
    names = [p.get("name") for p in data]
    if len(set(names)) != len(names):
        err("file", "duplicate pair names")

    kinds, slots = collections.Counter(), collections.Counter()
    ascii_typed = []
    for p in data:
        name = p.get("name", "?")
        if set(p) != PAIR_KEYS:
            err(name, f"keys {sorted(p)} (need {sorted(PAIR_KEYS)})")
        if p.get("style") not in STYLES:
            err(name, f"bad style {p.get('style')}")
        old, new = p.get("old", ""), p.get("new", "")
        check_text(name + "/old", old)
        check_text(name + "/new", new)
        if old == new:
            err(name, "old and new are identical")
        for side, t in (("old", old), ("new", new)):
            if "Turkiye" in t:
                ascii_typed.append(f"{name}/{side}")
            elif "Türkiye" not in t:
                err(f"{name}/{side}", "does not mention 'Türkiye'")
        spans = {"old": [], "new": []}
        exp = p.get("expected", [])
        if not isinstance(exp, list) or not exp:
            err(name, "expected missing")
            exp = []
        for i, lab in enumerate(exp):
            w = f"{name}/expected[{i}]"
            k = lab.get("kind")
            if k not in KINDS:
                err(w, f"bad kind {k}")
                continue
            kinds[k] += 1
            allowed = {"kind", "old", "new"} | ({"slot"} if k in SLOTTED else set())
            if k == "dropped":
                allowed = {"kind", "old"}
            if k == "added":
                allowed = {"kind", "new"}
            if set(lab) != allowed:
                err(w, f"keys {sorted(lab)} (need {sorted(allowed)})")
            if k in SLOTTED:
                if lab.get("slot") not in SLOTS:
                    err(w, f"bad slot {lab.get('slot')}")
                else:
                    slots[lab["slot"]] += 1
                if lab.get("old") == lab.get("new"):
                    err(w, "changed label with identical snippets")
            if k == "unchanged" and p.get("style") != "cosmetic" and lab.get("old") != lab.get("new"):
                err(w, "unchanged label with different snippets outside the cosmetic pair")
            if p.get("style") == "cosmetic" and k != "unchanged":
                err(w, "cosmetic pair label is not unchanged")
            for side, t in (("old", old), ("new", new)):
                if side in lab:
                    sp = check_snippet(f"{w}.{side}", lab[side], t)
                    if sp:
                        spans[side].append(sp)
        ncs = p.get("notCommitments", [])
        if not isinstance(ncs, list) or not ncs:
            err(name, "notCommitments missing")
            ncs = []
        for i, snip in enumerate(ncs):
            w = f"{name}/notCommitments[{i}]"
            found = False
            for side, t in (("old", old), ("new", new)):
                sp = check_snippet(f"{w}.{side}", snip, t, must_occur=False)
                if sp:
                    found = True
                    spans[side].append(sp)
            if not found:
                err(w, f"'{snip}' found in neither text")
        for side in ("old", "new"):
            check_overlaps(f"{name}/{side}", spans[side])
        if p.get("style") == "cosmetic":
            fo, fn = fold(old), fold(new)
            if fo != fn:
                a, b = fo.split(), fn.split()
                j = next((x for x in range(min(len(a), len(b))) if a[x] != b[x]), min(len(a), len(b)))
                err(name, f"cosmetic texts differ beyond cosmetics near: {a[j:j+6]} / {b[j:j+6]}")

    if len(ascii_typed) != 1 or styles["cosmetic"] != 1 or not ascii_typed[0].startswith(
            next((p["name"] for p in data if p.get("style") == "cosmetic"), "?")):
        err("file", f"texts typed without Turkish letters: {ascii_typed} (need exactly one, cosmetic)")
    alltext = "".join(p.get("old", "") + p.get("new", "") for p in data)
    for ch in "İışğçöü":
        if ch not in alltext:
            err("file", f"Turkish letter {ch} never used")
    changed = sum(v for k, v in kinds.items() if k != "unchanged")
    if changed < 45:
        err("file", f"only {changed} labels that are not unchanged (need 45)")
    for k in KINDS - set(kinds):
        err("file", f"kind {k} never used")
    for s in SLOTS - set(slots):
        err("file", f"slot {s} never used")

    if errors:
        print("\n".join(errors))
        print(f"{len(errors)} problem(s)")
        sys.exit(1)
    if "-v" in sys.argv:
        print("kinds:", dict(sorted(kinds.items())))
        print("slots:", dict(sorted(slots.items())))
        for p in data:
            c = collections.Counter(l["kind"] for l in p["expected"])
            print(p["name"], p["style"], len(p["old"].split("\n\n")), len(p["new"].split("\n\n")),
                  len(p["expected"]), len(p["notCommitments"]), dict(c))
        print("labels:", sum(kinds.values()), "not unchanged:", changed)
    print("OK")


if __name__ == "__main__":
    main()
