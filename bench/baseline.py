"""Baseline: "the obvious approach" to checking claims, for A/B comparison.

Why: factcheck must beat what anyone would write in an afternoon.  This
script does not import factcheck.  It splits every source into sentences and,
for each claim, takes the single most similar sentence by rapidfuzz
token_set_ratio (one extractOne over all sentences per claim).  If that score
is >= --threshold the claim is "supported" when every number of the figure
occurs in the sentence, else "contradicted"; below it, "missing".
Output is the same JSON shape as `factcheck verify --format json`, so
score.py reads both.  Exit status 0 if all supported, else 1 (as factcheck).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

import yaml
from rapidfuzz import fuzz, process, utils

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import split_sentences  # noqa: E402

NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def numbers(text: str) -> set[str]:
    """Numbers in text with thousands commas removed ("1,200" -> "1200")."""
    return {n.replace(",", "") for n in NUMBER.findall(text)}


def load_claims(path: Path) -> list[dict]:
    """Claims of one YAML file, each with claim_file and claim_line added."""
    text = Path(path).read_text(encoding="utf-8")
    lines = {}
    for no, line in enumerate(text.splitlines(), 1):
        m = re.match(r"\s*-?\s*id:\s*['\"]?([^'\"\s]+)", line)
        if m:
            lines.setdefault(m.group(1), no)
    claims = (yaml.safe_load(text) or {}).get("claims") or []
    for c in claims:
        c["claim_file"], c["claim_line"] = str(path), lines.get(str(c["id"]))
    return claims


def load_sources(src_dir: Path) -> tuple[list[str], list[tuple[str, int]]]:
    """All sentences of all .txt sources, and (file, line) for each."""
    sents, where = [], []
    for p in sorted(Path(src_dir).rglob("*.txt")):
        for line_no, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1):
            for s in split_sentences(line):
                sents.append(s)
                where.append((str(p), line_no))
    return sents, where


def check(claims: list[dict], sents: list[str], where: list, threshold: float) -> list[dict]:
    choices = [utils.default_process(s) for s in sents]  # preprocess once
    results = []
    for c in claims:
        best = process.extractOne(utils.default_process(c["sentence"]), choices,
                                  scorer=fuzz.token_set_ratio, processor=None)
        score, i = (best[1], best[2]) if best else (0.0, None)
        if i is None or score < threshold:
            verdict, reason = "missing", f"best match {score:.0f} < {threshold:g}"
        elif numbers(c["figure"]) <= numbers(sents[i]):
            verdict, reason = "supported", "figure found in best match"
        else:
            verdict, reason = "contradicted", "best match lacks the figure"
        results.append({
            "id": c["id"], "claim_file": c["claim_file"], "claim_line": c["claim_line"],
            "figure": c["figure"], "sentence": c["sentence"], "verdict": verdict,
            "score": round(score / 100, 4),
            "source": where[i][0] if i is not None and verdict != "missing" else None,
            "source_line": where[i][1] if i is not None and verdict != "missing" else None,
            "snippet": sents[i] if i is not None and verdict != "missing" else None,
            "reason": reason})
    return results


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("claims", nargs="+", type=Path, help="claim YAML files or folders")
    ap.add_argument("--sources", type=Path, required=True, help="folder of .txt sources")
    ap.add_argument("--threshold", type=float, default=80, help="token_set_ratio cut-off (0-100)")
    ap.add_argument("--format", choices=["json"], default="json", help="output format (json only)")
    a = ap.parse_args(argv)
    files = [q for p in a.claims for q in (sorted(p.rglob("*.y*ml")) if p.is_dir() else [p])]
    claims = [c for f in files for c in load_claims(f)]
    sents, where = load_sources(a.sources)
    results = check(claims, sents, where, a.threshold)
    summary = dict(Counter(r["verdict"] for r in results), total=len(results))
    json.dump({"results": results, "summary": summary}, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
    return 0 if all(r["verdict"] == "supported" for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
