"""Shared helpers for the builder scripts of this evaluation set.

Texts are written with inline markers:  [[id|snippet text]]
  * ids starting with "x" mark notCommitments (reporting frames, headlines,
    third-party quotes, "Read also" links ...);
  * any other id marks a commitment snippet.  The same id used in old and in
    new links the two sides of one label.
The markers are stripped from the texts; labels are built from a compact
map  id -> "kind" or "kind/slot".
"""
import json
import re

MARK = re.compile(r"\[\[([a-z][a-z0-9]*)\|(.*?)\]\]")
KINDS = {"added", "dropped", "softened", "strengthened", "reworded", "unchanged"}
SLOTS = {"act", "negation", "condition", "modality", "urgency", "scope",
         "booster", "hedge", "addressee", "speaker", "object"}


def strip(paras):
    text = "\n\n".join(paras)
    found = {}
    order = []

    def rep(m):
        i, s = m.group(1), m.group(2)
        if i in found:
            raise ValueError(f"duplicate marker id {i!r} in one text")
        found[i] = s
        order.append(i)
        return s

    out = MARK.sub(rep, text)
    if "[[" in out or "]]" in out:
        raise ValueError(f"unparsed marker left in text: {out[:200]}")
    return out, found, order


def make_pair(name, style, old, new, labels):
    o_text, o_snip, o_order = strip(old)
    n_text, n_snip, n_order = strip(new)
    ids = o_order + [i for i in n_order if i not in o_snip]
    expected, notc = [], []
    used = set()
    for i in ids:
        if i.startswith("x"):
            for s in (o_snip.get(i), n_snip.get(i)):
                if s is not None and s not in notc:
                    notc.append(s)
            continue
        if i not in labels:
            raise ValueError(f"{name}: no label for id {i!r}")
        used.add(i)
        spec = labels[i]
        kind, _, slot = spec.partition("/")
        if kind not in KINDS:
            raise ValueError(f"{name}: bad kind {spec!r}")
        entry = {"kind": kind}
        if i in o_snip:
            entry["old"] = o_snip[i]
        if i in n_snip:
            entry["new"] = n_snip[i]
        if kind == "added" and ("old" in entry or "new" not in entry):
            raise ValueError(f"{name}: added {i!r} must be in new only")
        if kind == "dropped" and ("new" in entry or "old" not in entry):
            raise ValueError(f"{name}: dropped {i!r} must be in old only")
        if kind not in ("added", "dropped") and not ("old" in entry and "new" in entry):
            raise ValueError(f"{name}: {kind} {i!r} needs both sides")
        if kind in ("softened", "strengthened", "reworded"):
            if slot not in SLOTS:
                raise ValueError(f"{name}: {i!r} needs a valid slot, got {slot!r}")
            entry["slot"] = slot
        elif slot:
            raise ValueError(f"{name}: {i!r} kind {kind} takes no slot")
        expected.append(entry)
    extra = set(labels) - used
    if extra:
        raise ValueError(f"{name}: labels without markers: {sorted(extra)}")
    return {"name": name, "style": style, "old": o_text, "new": n_text,
            "expected": expected, "notCommitments": notc}


def write(path, pairs):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(pairs, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"wrote {path}: {len(pairs)} pairs")
