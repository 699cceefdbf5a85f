"""Shared helpers for the builder scripts of this evaluation set.

Every pair is written as two lists of paragraphs (joined with exactly one
blank line) plus a list of expected labels and a list of notCommitments.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def U(old, new):
    return {"kind": "unchanged", "old": old, "new": new}


def S(old, new, slot):
    return {"kind": "softened", "old": old, "new": new, "slot": slot}


def T(old, new, slot):
    return {"kind": "strengthened", "old": old, "new": new, "slot": slot}


def R(old, new, slot):
    return {"kind": "reworded", "old": old, "new": new, "slot": slot}


def D(old):
    return {"kind": "dropped", "old": old}


def A(new):
    return {"kind": "added", "new": new}


def pair(name, style, old, new, expected, nc=()):
    return {
        "name": name,
        "style": style,
        "old": "\n\n".join(old),
        "new": "\n\n".join(new),
        "expected": list(expected),
        "notCommitments": list(nc),
    }


def write(filename, pairs):
    path = os.path.join(HERE, filename)
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(pairs, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    print("wrote", path, len(pairs), "pairs")
