"""Helpers for writing the blind evaluation pairs (data lives in *_data.py)."""


def T(block):
    """Turn a triple-quoted block (one paragraph per line, blank line between)
    into a text whose paragraphs are separated by exactly one blank line."""
    paras = [p.strip() for p in block.strip().split("\n\n")]
    for p in paras:
        if "\n" in p:
            raise ValueError("paragraph contains a line break: %r" % p[:60])
    return "\n\n".join(paras)


def U(o, n):
    return {"kind": "unchanged", "old": o, "new": n}


def S(o, n, slot):
    return {"kind": "softened", "old": o, "new": n, "slot": slot}


def St(o, n, slot):
    return {"kind": "strengthened", "old": o, "new": n, "slot": slot}


def R(o, n, slot):
    return {"kind": "reworded", "old": o, "new": n, "slot": slot}


def A(n):
    return {"kind": "added", "new": n}


def D(o):
    return {"kind": "dropped", "old": o}


def pair(name, style, old, new, expected, notc=()):
    return {
        "name": name,
        "style": style,
        "old": T(old),
        "new": T(new),
        "expected": list(expected),
        "notCommitments": list(notc),
    }
