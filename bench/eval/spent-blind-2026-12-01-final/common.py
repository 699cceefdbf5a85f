# Helpers used by build_en.py / build_ar.py / build_ru.py to write the label files.
import json
import re


def T(s):
    """Normalise a text: paragraphs separated by exactly one blank line."""
    paras = [re.sub(r"\s*\n\s*", " ", p.strip()) for p in re.split(r"\n\s*\n", s.strip())]
    return "\n\n".join(p for p in paras if p)


def L(kind, old=None, new=None, slot=None):
    d = {"kind": kind}
    if old is not None:
        d["old"] = old
    if new is not None:
        d["new"] = new
    if slot:
        d["slot"] = slot
    return d


def U(old, new=None):
    return L("unchanged", old, old if new is None else new)


def S(old, new, slot):
    return L("softened", old, new, slot)


def St(old, new, slot):
    return L("strengthened", old, new, slot)


def R(old, new, slot):
    return L("reworded", old, new, slot)


def A(new, slot=None):
    return L("added", new=new, slot=slot)


def D(old, slot=None):
    return L("dropped", old=old, slot=slot)


def pair(name, style, old, new, expected, nc=()):
    return {
        "name": name,
        "style": style,
        "old": T(old),
        "new": T(new),
        "expected": list(expected),
        "notCommitments": list(nc),
    }


def write(path, pairs):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(pairs, f, ensure_ascii=False, indent=2)
        f.write("\n")
