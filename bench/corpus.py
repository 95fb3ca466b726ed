"""Write the BBC news corpus as a folder of source files for benchmarks.

Why: factcheck reads a folder of plain-text sources; the benchmark needs that
folder at several sizes (10%, 50%, 100% of the articles, and a 4x archive made
of renamed copies) and needs a fixed set of *held-out* articles that are never
written, so that gen_claims.py can draw "missing" claims from them.

Both scripts call `partition()` with the same arguments, so they always agree
on which articles are sources and which are held out.  Subsets are nested
(10% is inside 50% is inside 100%) and depend only on the seed, never on the
order of the CSV.  Articles with identical text (the dataset has 100 such
pairs) are kept together: a held-out article never has a twin in the sources.
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import re
import sys
from pathlib import Path

DEFAULT_CSV = Path("/work/shared/corpora/bbc-news-2225.csv")
DEFAULT_SEED = 2225
DEFAULT_HOLDOUT = 0.10
_OUR_FILES = re.compile(r"^bbc-\d{4}(-copy\d+)?\.txt$")

# Sentence splitting: a sentence ends at . ! or ? (plus closing quotes) followed
# by whitespace and a capital letter, digit or opening quote -- unless the word
# before the full stop is a known abbreviation or a single initial ("George W.").
_BOUNDARY = re.compile(r"[.!?][\"'\u201d\u2019)]*\s+(?=[\"'\u201c\u2018(]?[A-Z0-9])")
_ABBREV = {
    "mr", "mrs", "ms", "dr", "st", "prof", "gen", "sen", "rep", "gov", "lt",
    "col", "sgt", "capt", "jr", "sr", "inc", "ltd", "co", "corp", "vs", "no",
    "mt", "rev", "hon", "ft", "jan", "feb", "aug", "sept", "oct", "nov", "dec",
}


def split_sentences(text: str) -> list[str]:
    """Split one line of news prose into sentences (simple, regex-based)."""
    out, start = [], 0
    for m in _BOUNDARY.finditer(text):
        if text[m.start()] == ".":
            word = re.search(r"([\w.]+)$", text[start:m.start()])
            w = word.group(1) if word else ""
            # "Mr." / "W." / "U.S." (letters separated by dots) are not ends.
            if w.lower() in _ABBREV or re.fullmatch(r"[A-Z]|(?:[A-Za-z]\.)+[A-Za-z]", w):
                continue
        out.append(text[start:m.end()].strip())
        start = m.end()
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    return out


def load_rows(csv_path: Path = DEFAULT_CSV) -> list[dict]:
    """Rows of the corpus as dicts with id, category, text."""
    with open(csv_path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def _rank(key: str, seed: int) -> str:
    return hashlib.sha1(f"{seed}:{key}".encode()).hexdigest()


def partition(rows: list[dict], fraction: float = 1.0, holdout: float = DEFAULT_HOLDOUT,
              seed: int = DEFAULT_SEED) -> tuple[list[dict], list[dict]]:
    """Return (source_rows, heldout_rows).

    Articles are grouped by identical text and the groups ordered by a seeded
    hash.  The first `holdout` share of groups is held out (for every
    fraction); `fraction` of the remaining groups become sources.
    """
    groups: dict[str, list[dict]] = {}
    for r in rows:
        groups.setdefault(r["text"], []).append(r)
    order = sorted(groups.values(), key=lambda g: _rank(g[0]["id"], seed))
    n_hold = round(len(order) * holdout)
    rest = order[n_hold:]
    keep = rest[: round(len(rest) * fraction)]
    def flat(gs):
        return sorted((r for g in gs for r in g), key=lambda r: r["id"])

    return flat(keep), flat(order[:n_hold])


def write_sources(out_dir: Path, rows: list[dict], copies: int = 1) -> int:
    """Write `<id>.txt` per row (plus `<id>-copyK.txt` for K=2..copies).

    Stale files written by an earlier call are removed first (only files named
    like ours, so pointing this at a wrong folder does no harm).  Returns the
    number of files written.
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    for p in out_dir.iterdir():
        if _OUR_FILES.match(p.name):
            p.unlink()
    n = 0
    for r in rows:
        for k in range(1, copies + 1):
            name = f"{r['id']}.txt" if k == 1 else f"{r['id']}-copy{k}.txt"
            (out_dir / name).write_text(r["text"] + "\n", encoding="utf-8")
            n += 1
    return n


def build(out_dir: Path, fraction: float = 1.0, copies: int = 1, holdout: float = DEFAULT_HOLDOUT,
          seed: int = DEFAULT_SEED, csv_path: Path = DEFAULT_CSV) -> dict:
    """Partition the corpus and write the source folder; returns a summary."""
    src, held = partition(load_rows(csv_path), fraction, holdout, seed)
    n = write_sources(out_dir, src, copies)
    return {"dir": str(out_dir), "files": n, "articles": len(src), "heldout": len(held),
            "bytes": sum(len(r["text"]) + 1 for r in src) * copies}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out_dir", type=Path, help="scratch folder for the .txt sources")
    ap.add_argument("--fraction", type=float, default=1.0,
                    help="share of the non-held-out articles to write (e.g. 0.1, 0.5, 1)")
    ap.add_argument("--copies", type=int, default=1,
                    help="write each article this many times under altered names (4 = 400%%)")
    ap.add_argument("--holdout", type=float, default=DEFAULT_HOLDOUT,
                    help="share of articles never written (source of 'missing' claims)")
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--csv", type=Path, default=DEFAULT_CSV)
    a = ap.parse_args(argv)
    s = build(a.out_dir, a.fraction, a.copies, a.holdout, a.seed, a.csv)
    print(f"wrote {s['files']} files ({s['articles']} articles x{a.copies}, "
          f"{s['bytes'] / 1e6:.1f} MB) to {s['dir']}; {s['heldout']} articles held out",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
