"""Score verdicts against the labels of a claim file.

Why: one scorer for factcheck and the baseline, so their accuracy is
comparable.  Reports accuracy, macro-F1 over supported/contradicted/missing,
per-class precision and recall, the confusion matrix and the number of false
"supported" verdicts (the costly error: a wrong figure let through).
A labelled claim with no result counts as wrong (column "(none)").
Import `score()` and `format_report()` from other scripts.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import yaml

LABELS = ("supported", "contradicted", "missing")
NONE = "(none)"


def load_labels(path: Path) -> dict[str, str]:
    """{claim id: expected verdict} from a claim YAML file."""
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    return {str(c["id"]): c["expected"] for c in data.get("claims") or [] if "expected" in c}


def load_verdicts(doc: dict | str) -> dict[str, str]:
    """{claim id: verdict} from a results document (dict or JSON text)."""
    if isinstance(doc, str):
        doc = json.loads(doc)
    return {str(r["id"]): r["verdict"] for r in doc.get("results", [])}


def score(labels: dict[str, str], verdicts: dict[str, str]) -> dict:
    """Metrics for the labelled claims; predictions for unlabelled ids are ignored."""
    preds = {i: verdicts.get(i, NONE) for i in labels}
    cols = list(LABELS) + sorted({p for p in preds.values() if p not in LABELS})
    matrix = {t: {p: 0 for p in cols} for t in LABELS}
    for i, t in labels.items():
        if t in matrix:
            matrix[t][preds[i]] += 1
    per = {}
    for c in LABELS:
        tp = matrix[c][c]
        predicted = sum(matrix[t][c] for t in LABELS)
        actual = sum(matrix[c].values())
        p = tp / predicted if predicted else 0.0
        r = tp / actual if actual else 0.0
        per[c] = {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0,
                  "support": actual}
    n = sum(sum(row.values()) for row in matrix.values())
    return {
        "n": n,
        "accuracy": sum(matrix[c][c] for c in LABELS) / n if n else 0.0,
        "macro_f1": sum(v["f1"] for v in per.values()) / len(LABELS),
        "per_class": per,
        "confusion": matrix,
        "false_supported": sum(matrix[t]["supported"] for t in LABELS if t != "supported"),
        "unanswered": sum(1 for p in preds.values() if p == NONE),
    }


def format_report(s: dict) -> str:
    cols = list(next(iter(s["confusion"].values())))
    out = [f"claims: {s['n']}   accuracy: {s['accuracy']:.3f}   macro-F1: {s['macro_f1']:.3f}   "
           f"false supported: {s['false_supported']}   unanswered: {s['unanswered']}", "",
           "| class | precision | recall | F1 | support |", "|---|---|---|---|---|"]
    for c, v in s["per_class"].items():
        out.append(f"| {c} | {v['precision']:.3f} | {v['recall']:.3f} | {v['f1']:.3f} | {v['support']} |")
    out += ["", "| label \\ verdict | " + " | ".join(cols) + " |", "|---" * (len(cols) + 1) + "|"]
    for t, row in s["confusion"].items():
        out.append(f"| {t} | " + " | ".join(str(row[c]) for c in cols) + " |")
    return "\n".join(out)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("claims", type=Path, help="labelled claim YAML (with 'expected')")
    ap.add_argument("results", nargs="?", default="-", help="results JSON file, or - for stdin")
    ap.add_argument("--json", action="store_true", help="print the metrics as JSON")
    a = ap.parse_args(argv)
    text = sys.stdin.read() if a.results == "-" else Path(a.results).read_text(encoding="utf-8")
    s = score(load_labels(a.claims), load_verdicts(text))
    print(json.dumps(s, indent=1) if a.json else format_report(s))
    return 0


if __name__ == "__main__":
    sys.exit(main())
