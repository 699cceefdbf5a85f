"""Helpers for building the blind eval files (pairs are written as Python data)."""
import json

KINDS = {"u": "unchanged", "s": "softened", "t": "strengthened", "r": "reworded",
         "d": "dropped", "a": "added"}


def label(t):
    k = KINDS[t[0]]
    if k == "dropped":
        return {"kind": k, "old": t[1]}
    if k == "added":
        return {"kind": k, "new": t[1]}
    if k == "unchanged":
        return {"kind": k, "old": t[1], "new": t[2]}
    return {"kind": k, "old": t[1], "new": t[2], "slot": t[3]}


def pair(name, style, old, new, labels, notc=()):
    return {
        "name": name,
        "style": style,
        "old": "\n\n".join(p.strip() for p in old),
        "new": "\n\n".join(p.strip() for p in new),
        "expected": [label(t) for t in labels],
        "notCommitments": list(notc),
    }


def dump(path, pairs):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(pairs, f, ensure_ascii=False, indent=2)
        f.write("\n")
