"""Score the number reader on annotated sentences, as the CQE paper scores quantity extractors.

Usage: python scripts/score_quantities.py [--factcheck PATH] [FILE.json ...]
(default: every *.json of ../shared/quantities/). Each file is a list of
{"text", "quantities": [{"value", "normalized_unit", "change"?}]}. The sentences go, one
a line, through `factcheck figures --format json`; a found figure matches an annotated
quantity when the values are equal (and, for the second and third scores, the unit /
the change too: an annotation without one has "="); each annotation matches once.
Prints micro precision, recall and F1 of value, value+unit and value+change per file.

Figures that name a point in time or a place in an order (years, dates, times of day, scores, odds,
places such as "11th", labels such as "Radio 1") are no quantities in the CQE scheme and
are left out of the count, as the annotations never hold them; `--every-kind` keeps them.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = sorted((ROOT.parent / "shared" / "quantities").glob("*.json"))


def _same(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


def _equal(g: dict, f: dict) -> bool:
    """The annotated value is the figure's; a range ("40-50") is matched by its two ends."""
    value = str(g["value"])
    low, dash, high = value.partition("-") if not value.startswith("-") and "E" not in value else ("", "", "")
    if dash:
        return f["low"] is not None and f["high"] is not None and _same(float(low), f["low"]) \
            and _same(float(high), f["high"])
    return _same(float(value), f["value"])


def _matched(gold: list[dict], found: list[dict], key) -> int:
    used: set[int] = set()
    hits = 0
    for g in gold:
        for n, f in enumerate(found):
            if n not in used and _equal(g, f) and key(g, f):
                used.add(n)
                hits += 1
                break
    return hits


SCORES = {
    "value": lambda g, f: True,
    "value+unit": lambda g, f: g.get("normalized_unit", "-").lower() == f["unit"].lower(),
    "value+change": lambda g, f: g.get("change", "=") == f["change"],
}


NOT_QUANTITIES = frozenset({"year", "date", "time", "ordinal", "label", "score", "odds"})


def score(path: Path, factcheck: str, every_kind: bool = False) -> dict[str, tuple[float, float, float]]:
    sentences = json.loads(path.read_text(encoding="utf-8"))
    with tempfile.NamedTemporaryFile("w", suffix=".txt", encoding="utf-8", delete=False) as handle:
        handle.write("\n".join(s["text"].replace("\n", " ") for s in sentences) + "\n")
    proc = subprocess.run([factcheck, "figures", handle.name, "--format", "json"], capture_output=True, text=True)
    Path(handle.name).unlink()
    if proc.returncode != 0:
        sys.exit(f"{path.name}: factcheck figures failed: {proc.stderr.strip()}")
    by_line: dict[int, list[dict]] = defaultdict(list)
    for figure in json.loads(proc.stdout)["figures"]:
        if every_kind or figure["kind"] not in NOT_QUANTITIES:
            by_line[figure["line"]].append(figure)
    out = {}
    for name, key in SCORES.items():
        hits = gold = found = 0
        for n, s in enumerate(sentences, start=1):
            hits += _matched(s["quantities"], by_line[n], key)
            gold += len(s["quantities"])
            found += len(by_line[n])
        p, r = hits / found if found else 0.0, hits / gold if gold else 0.0
        out[name] = (p, r, 2 * p * r / (p + r) if p + r else 0.0)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, default=DEFAULT)
    parser.add_argument("--factcheck", default=str(ROOT / ".venv" / "bin" / "factcheck"))
    parser.add_argument("--every-kind", action="store_true",
                        help="count years, dates, times, places and labels as quantities too")
    args = parser.parse_args()
    print(f"{'set':<22}" + "".join(f"{name + ' P/R/F1':>26}" for name in SCORES))
    for path in args.files:
        got = score(path, args.factcheck, args.every_kind)
        cells = "".join(f"{p * 100:>10.1f}{r * 100:>8.1f}{f * 100:>8.1f}" for p, r, f in got.values())
        print(f"{path.stem:<22}{cells}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
