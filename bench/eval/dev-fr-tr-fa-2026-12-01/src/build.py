#!/usr/bin/env python3
"""Writes ../fr.json, ../tr.json and ../fa.json from the sources in this folder."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import fa  # noqa: E402
import fr  # noqa: E402
import tr  # noqa: E402

for name, mod in (("fr", fr), ("tr", tr), ("fa", fa)):
    path = os.path.join(HERE, "..", f"{name}.json")
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(mod.PAIRS, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    print(f"wrote {os.path.normpath(path)} ({len(mod.PAIRS)} pairs)")
