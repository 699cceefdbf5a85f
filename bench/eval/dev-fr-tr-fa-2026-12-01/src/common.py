"""Helpers for writing the illustrative pairs (texts are joined into JSON by build.py)."""


def P(*paras):
    """Join paragraphs with exactly one blank line."""
    return "\n\n".join(paras)


def U(o, n=None):
    return {"kind": "unchanged", "old": o, "new": o if n is None else n}


def S(slot, o, n):
    return {"kind": "softened", "old": o, "new": n, "slot": slot}


def T(slot, o, n):
    return {"kind": "strengthened", "old": o, "new": n, "slot": slot}


def R(slot, o, n):
    return {"kind": "reworded", "old": o, "new": n, "slot": slot}


def A(n):
    return {"kind": "added", "new": n}


def D(o):
    return {"kind": "dropped", "old": o}


def pair(name, style, old, new, expected, not_commitments):
    return {
        "name": name,
        "style": style,
        "old": old,
        "new": new,
        "expected": expected,
        "notCommitments": not_commitments,
    }
