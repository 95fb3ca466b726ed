"""Build the judge's reference word weights (src/factcheck/text/data/weights.tsv).

What and why
------------
A word's weight is its inverse sentence frequency: rare words ("Trident", "Fockers") say
more about a statement than common ones ("said", "year"). Counted over the archive a run
checks against, the weights change whenever an unrelated file is added, removed or
renamed, and so can a verdict (issue 12, item 4). The weights are therefore counted once,
over a fixed reference corpus of news, and shipped: every run, on every archive, weighs a
word the same.

The reference corpus: the 2,001 source articles of the BBC news corpus
(``../shared/corpora/bbc-news-2225.csv``) that the benchmark uses as sources
(``bench/corpus.py``'s ``partition()``: its held-out tenth left out, so that the claims
the benchmark draws from them are still unseen), and the five seed articles
(``seeds/``). Each article is cut into sentences and each sentence into index terms
exactly as the index does (``factcheck.index.memory.SentenceIndex``), so a term of the
table is the term the index and the judge use.

Columns: term, the number of reference sentences using it. The header gives the number
of sentences. ``--check`` rebuilds in memory and exits 1 if the committed file differs.
Run: ``.venv/bin/python scripts/weights/build.py`` (about ten seconds).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "src"))

from corpus import DEFAULT_CSV, load_rows, partition, write_sources  # noqa: E402
from factcheck.index.cached import memory_index  # noqa: E402

OUT = ROOT / "src" / "factcheck" / "text" / "data" / "weights.tsv"


def render(csv_path: Path) -> str:
    sources, _ = partition(load_rows(csv_path))
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    with tempfile.TemporaryDirectory() as folder:  # the files as the benchmark writes them, read as a run reads
        write_sources(Path(folder), sources)
        for seed in seeds:
            shutil.copy(seed, Path(folder) / seed.name)
        index = memory_index(Path(folder), 10**9, None)[0]
    df = {term: len(set(ids)) for term, ids in index._postings.items()}
    head = [
        "# Reference sentence frequencies: how many sentences of the reference corpus use each index term.",
        f"# Corpus: {len(sources)} BBC news articles (bench/corpus.py partition(), its held-out tenth left out)"
        f" and the {len(seeds)} seed articles; {len(index.sentences)} sentences.",
        "# Made by: scripts/weights/build.py; do not edit by hand, rerun it.",
        "# Columns (tab-separated): term, sentences using it; first, =sentences: the sentences in all."
        " Lines sorted; comments begin '# '.",
        f"=sentences\t{len(index.sentences)}",  # "=" begins no term
    ]
    return "\n".join(head + [f"{t}\t{n}" for t, n in sorted(df.items())]) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CSV)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--check", action="store_true", help="exit 1 if the committed file differs from a rebuild")
    args = parser.parse_args(argv)
    text = render(args.corpus)
    if args.check:
        same = args.out.exists() and args.out.read_text(encoding="utf-8") == text
        print(f"{args.out}: {'up to date' if same else 'out of date'}")
        return 0 if same else 1
    args.out.write_text(text, encoding="utf-8")
    print(f"{args.out}: {text.count(chr(10))} lines, {len(text.encode()):,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
