"""Cold indexing speed per MB for each kind of source, side by side in one run.

Why: issue 15 reads web pages, PDF reports and data tables besides text; what each kind
costs to index should be known beside .txt. The files are made here, under --out (in
/tmp by default, never committed), from the same content for each family:

  .txt   N BBC articles (corpus.py's sources), one a file
  .html  the same articles, each in a news site's page (menu, cookie banner, related
         stories, comments, footer)
  .pdf   the same articles as A4 reports (pdfmake.py: running header, page numbers,
         hyphenated line ends), in Helvetica
  .csv   T tables of figures (forces by year: 40 rows, 11 columns), seeded
  .xlsx  the same tables as workbooks (openpyxl)

Each repetition runs `factcheck index DIR --cache-dir NEW` (a new, empty cache: cold) for
every kind in turn; the table shows the median wall time of --reps repetitions, per MB
of the files and per MB of their text (the .txt articles, or the tables as CSV), and the
time of `factcheck index` on one tiny .txt file (start-up, included in every row).
Needs fpdf2 and openpyxl (factcheck's `test` extra): run it with the venv's python.

    .venv/bin/python bench/kinds.py --articles 500 --tables 100 --reps 3
"""
from __future__ import annotations

import argparse
import html
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import corpus  # noqa: E402
import pdfmake  # noqa: E402

KINDS = (".txt", ".html", ".pdf", ".csv", ".xlsx")
PAGE_HEAD = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title} | Daily Record</title>
<style>body {{ font: 15px Georgia, serif }} nav a {{ margin: 0 4px }}</style>
<script>window.dataLayer = [{{"section": "news", "words": 812}}];</script></head><body>
<div id="cookie-consent">We and our 812 partners use cookies. <button>Accept</button></div>
<header class="masthead"><a href="/">Daily Record</a></header>
<nav class="main-nav"><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li>
<li><a href="/top-100">Top 100</a></li></ul></nav><main><article>
"""
PAGE_FOOT = """</article><aside class="related-stories"><h3>Related</h3><ul>
<li><a href="/a">12 officers sacked after 400 complaints</a></li><li><a href="/b">£5m paid over 19 claims</a></li>
</ul></aside><section id="comments"><p>Reader: more like 90, surely.</p></section></main>
<footer class="site-footer"><p>&copy; 2024 Daily Record Ltd. All rights reserved.</p></footer></body></html>
"""
FORCES = [f"{place} Police" for place in (
    "Avon and Somerset", "Bedfordshire", "Cambridgeshire", "Cheshire", "Cleveland", "Cumbria", "Derbyshire",
    "Devon and Cornwall", "Dorset", "Durham", "Dyfed-Powys", "Essex", "Gloucestershire", "Greater Manchester",
    "Gwent", "Hampshire", "Hertfordshire", "Humberside", "Kent", "Lancashire", "Leicestershire", "Lincolnshire",
    "Merseyside", "Metropolitan", "Norfolk", "North Wales", "North Yorkshire", "Northamptonshire", "Northumbria",
    "Nottinghamshire", "South Wales", "South Yorkshire", "Staffordshire", "Suffolk", "Surrey", "Sussex",
    "Thames Valley", "Warwickshire", "West Mercia", "West Midlands")]
YEARS = list(range(2010, 2021))


def _paragraphs(row: dict) -> list[str]:
    paragraphs = [p for p in row["text"].split("\n") if p.strip()]
    return corpus.split_sentences(paragraphs[0]) if len(paragraphs) == 1 else paragraphs


def _table(seed: int) -> list[list[object]]:
    rng = random.Random(seed)
    measure = rng.choice(["Allegations", "Officers investigated", "Dismissals", "Complaints upheld"])
    return [[measure, *YEARS]] + [[force, *(rng.randint(0, 900) for _ in YEARS)] for force in FORCES]


def make(folder: Path, articles: int, tables: int) -> dict[str, tuple[Path, int, int]]:
    """The five folders; for each, its path, the bytes of its text (articles or CSV) and
    how many sentences (corpus.py's splitter) or figure cells it holds."""
    if folder.exists():
        shutil.rmtree(folder)
    dirs = {kind: folder / kind.lstrip(".") for kind in KINDS}
    for path in dirs.values():
        path.mkdir(parents=True)
    rows, _ = corpus.partition(corpus.load_rows(), fraction=1.0)
    text_bytes = sentences = 0
    for row in rows[:articles]:
        paragraphs = _paragraphs(row)
        text = "\n".join(paragraphs) + "\n"
        text_bytes += len(text.encode())
        sentences += sum(len(corpus.split_sentences(p)) for p in paragraphs)
        (dirs[".txt"] / f"{row['id']}.txt").write_text(text, encoding="utf-8")
        body = f"<h1>{html.escape(paragraphs[0])}</h1>\n" + "\n".join(
            f"<p>{html.escape(p)}</p>" for p in paragraphs[1:])
        page = PAGE_HEAD.format(title=html.escape(paragraphs[0][:60])) + body + "\n" + PAGE_FOOT
        (dirs[".html"] / f"{row['id']}.html").write_text(page, encoding="utf-8")
        pdfmake.write_pdf(dirs[".pdf"] / f"{row['id']}.pdf", paragraphs)
    from openpyxl import Workbook

    table_bytes = 0
    for n in range(tables):
        cells = _table(n)
        csv_text = "\n".join(",".join(f'"{c}"' if "," in str(c) else str(c) for c in line) for line in cells) + "\n"
        table_bytes += len(csv_text.encode())
        (dirs[".csv"] / f"table-{n:04d}.csv").write_text(csv_text, encoding="utf-8")
        book = Workbook()
        for line in cells:
            book.active.append(line)
        book.save(dirs[".xlsx"] / f"table-{n:04d}.xlsx")
    cells = tables * len(FORCES) * len(YEARS)
    return {kind: (path, text_bytes, sentences) if kind in {".txt", ".html", ".pdf"} else (path, table_bytes, cells)
            for kind, path in dirs.items()}


def cold_index(factcheck: str, folder: Path) -> float:
    with tempfile.TemporaryDirectory(prefix="factcheck-kinds-cache-") as cache:
        start = time.perf_counter()
        done = subprocess.run([factcheck, "index", str(folder), "--cache-dir", cache],
                              capture_output=True, text=True)
        wall = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"factcheck index {folder} exited {done.returncode}: {done.stderr[-500:]}")
    return wall


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=500)
    ap.add_argument("--tables", type=int, default=100)
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--out", type=Path, default=Path("/tmp/factcheck-kinds"))
    ap.add_argument("--factcheck", default=str(HERE.parent / ".venv" / "bin" / "factcheck"))
    a = ap.parse_args(argv)
    folders = make(a.out, a.articles, a.tables)
    tiny = a.out / "tiny"
    tiny.mkdir()
    (tiny / "a.txt").write_text("Just 33 of the 257 officers were sacked.\n", encoding="utf-8")
    times: dict[str, list[float]] = {kind: [] for kind in (*KINDS, "start-up")}
    for _ in range(a.reps):  # interleaved: each repetition runs every kind once
        for kind, (folder, _, _) in folders.items():
            times[kind].append(cold_index(a.factcheck, folder))
        times["start-up"].append(cold_index(a.factcheck, tiny))
    startup = statistics.median(times["start-up"])
    print(f"cold `factcheck index`, median of {a.reps}; start-up (one tiny .txt): {startup:.2f} s\n")
    print("| kind | files | MB of files | MB of text | sentences or cells | cold index (s) | s per MB of files | "
          "s per MB of text | less start-up: s per MB of files | ms per 1,000 sentences or cells |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for kind, (folder, text_bytes, units) in folders.items():
        files = sorted(folder.iterdir())
        mb = sum(p.stat().st_size for p in files) / 1e6
        wall = statistics.median(times[kind])
        print(f"| {kind} | {len(files)} | {mb:.2f} | {text_bytes / 1e6:.2f} | {units:,} | {wall:.2f} | "
              f"{wall / mb:.2f} | {wall / (text_bytes / 1e6):.2f} | {(wall - startup) / mb:.2f} | "
              f"{1e6 * (wall - startup) / units:.0f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
