"""Which library reads PDF text for factcheck: pypdfium2, pypdf and pdfminer.six on the same files.

Why: issue 15 asks for a maintained library measured against another on correctness of
the extracted text and time per MB. The files are made here (pdfmake.py, under /tmp,
never committed): BBC articles as reports with a running header, page numbers and
hyphenated line ends, once in a core font (Helvetica, WinAnsi) and once in an embedded
subset TrueType font (DejaVu Sans, Identity-H with a ToUnicode map, as word processors
write them); and, when present, PDFs that ship with Debian's documentation.

Correctness, against the lines each page was drawn with: `words` = difflib ratio of the
words of the page's body (order kept; the header and footer, drawn first, may come
anywhere), `lines` = share of drawn lines found as a line of the text
(what a place `p3, line 12` rests on), `exact` = pages whose words are all right.
Time: the median of --reps runs of reading every page of every file, per MB of PDF.

    .venv/bin/python bench/pdf_libs.py --articles 150 --reps 3
"""
from __future__ import annotations

import argparse
import difflib
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import corpus  # noqa: E402
import pdfmake  # noqa: E402

REAL = [Path("/usr/share/doc/libtasn1-doc/libtasn1.pdf"),
        Path("/usr/share/doc/shared-mime-info/shared-mime-info-spec.pdf")]


def read_pypdfium2(path: Path) -> list[str]:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(path)
    try:
        pages = []
        for page in doc:
            text = page.get_textpage()
            pages.append(text.get_text_bounded())
            text.close()
            page.close()
        return pages
    finally:
        doc.close()


def read_pypdf(path: Path) -> list[str]:
    import pypdf

    return [page.extract_text() for page in pypdf.PdfReader(path).pages]


def read_pdfminer(path: Path) -> list[str]:
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTTextContainer

    return ["".join(el.get_text() for el in layout if isinstance(el, LTTextContainer))
            for layout in extract_pages(path)]


READERS: dict[str, Callable[[Path], list[str]]] = {
    "pypdfium2": read_pypdfium2, "pypdf": read_pypdf, "pdfminer.six": read_pdfminer}


def _lines(text: str) -> list[str]:
    """The text's lines; PDFium's mark for a hyphen it found at a line's end (U+0002) is one."""
    text = text.replace("\x02", "-\n").replace("\r", "\n")
    return [" ".join(line.split()) for line in text.split("\n") if line.strip()]


def score(drawn: list[list[str]], got: list[str]) -> tuple[float, float, int]:
    """(word ratio, line share, exact pages) of one file's extraction against what was drawn."""
    ratios, found, lines, exact = [], 0, 0, 0
    for page, text in zip(drawn, got + [""] * (len(drawn) - len(got))):
        # the body in order; the header and footer (drawn first) wherever a library puts them
        body = [line for line in _lines(text) if line not in (page[0], page[-1])]
        truth, words = " ".join(page[1:-1]).split(), " ".join(body).split()
        ratios.append(difflib.SequenceMatcher(None, truth, words, autojunk=False).ratio())
        exact += truth == words and page[0] in _lines(text) and page[-1] in _lines(text)
        have = set(_lines(text))
        found += sum(" ".join(line.split()) in have for line in page)
        lines += len(page)
    return statistics.mean(ratios), found / lines, exact


def make_files(folder: Path, articles: int) -> dict[str, list[tuple[Path, list[list[str]]]]]:
    rows, _ = corpus.partition(corpus.load_rows(), fraction=1.0)
    sets: dict[str, list[tuple[Path, list[list[str]]]]] = {"core font": [], "embedded font": []}
    for kind, font in (("core font", None), ("embedded font", pdfmake.DEJAVU)):
        if font is not None and not font.exists():
            continue
        sub = folder / kind.replace(" ", "-")
        sub.mkdir(parents=True, exist_ok=True)
        for row in rows[:articles]:
            paragraphs = [p for p in row["text"].split("\n") if p.strip()]
            if len(paragraphs) == 1:  # the corpus glues the title to the first sentence
                paragraphs = corpus.split_sentences(paragraphs[0])
            path = sub / f"{row['id']}.pdf"
            sets[kind].append((path, pdfmake.write_pdf(path, paragraphs, font)))
    return sets


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=150)
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--out", type=Path, default=Path("/tmp/factcheck-pdf-libs"))
    a = ap.parse_args(argv)
    sets = make_files(a.out, a.articles)
    real = [p for p in REAL if p.exists()]
    print("| library | files | MB | s per MB (median of %d) | ms per page | words | lines | exact pages |" % a.reps)
    print("|---|---|---|---|---|---|---|---|")
    for kind, files in [*sets.items(), ("Debian manuals", [(p, []) for p in real])]:
        if not files:
            continue
        mb = sum(p.stat().st_size for p, _ in files) / 1e6
        for name, read in READERS.items():
            times, got = [], {}
            for _ in range(a.reps):
                start = time.perf_counter()
                got = {p: read(p) for p, _ in files}
                times.append(time.perf_counter() - start)
            if kind == "Debian manuals":
                words = sum(len(" ".join(pages).split()) for pages in got.values())
                pages = sum(len(pages) for pages in got.values())
                print(f"| {name} | {kind}: {len(files)} | {mb:.2f} | {statistics.median(times) / mb:.2f} | "
                      f"{1000 * statistics.median(times) / pages:.1f} | {words:,} words read | | |")
                continue
            scored = [score(drawn, got[p]) for p, drawn in files]
            pages = sum(len(drawn) for _, drawn in files)
            words, lines = statistics.mean(s[0] for s in scored), statistics.mean(s[1] for s in scored)
            print(f"| {name} | {kind}: {len(files)} | {mb:.2f} | {statistics.median(times) / mb:.2f} | "
                  f"{1000 * statistics.median(times) / pages:.1f} | {words:.4f} | {lines:.4f} | "
                  f"{sum(s[2] for s in scored)} of {pages} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
