"""Write articles as PDF reports, for the benchmarks of PDF reading (kinds.py, pdf_libs.py).

Each page has what real reports have around the text: a running header, a footer with
the page number, paragraphs wrapped to the page's width with long words hyphenated at
the line's end. `write_pdf` returns, per page, the lines it drew, so an extraction can be
scored against what is on the page. Needs fpdf2 (in factcheck's `test` extra).
"""
from __future__ import annotations

from pathlib import Path

from fpdf import FPDF

HEADER = "The Daily Record | Annual report on policing"
LINE_MM = 5.5
TOP_MM, BOTTOM_MM = 25.0, 275.0
DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
_CP1252_FIXES = {"\u2009": " ", "\u200b": "", "\u011f": "g", "\u2212": "-"}


def _fit(pdf: FPDF, text: str) -> str:
    """Text the core font can draw (Windows-1252), near enough."""
    text = "".join(_CP1252_FIXES.get(ch, ch) for ch in text)
    return text.encode("cp1252", "replace").decode("cp1252")


def wrap(pdf: FPDF, paragraph: str, width: float, hyphenate: bool = True) -> list[str]:
    """The paragraph's lines at `width` (mm), a long word hyphenated when it does not fit."""
    lines: list[str] = []
    line = ""
    for word in paragraph.split():
        trial = f"{line} {word}" if line else word
        if pdf.get_string_width(trial) <= width:
            line = trial
            continue
        if hyphenate and word.isalpha() and len(word) >= 8:
            cut = max((k for k in range(3, len(word) - 2)
                       if pdf.get_string_width(f"{line} {word[:k]}-" if line else f"{word[:k]}-") <= width), default=0)
            if cut:
                lines.append(f"{line} {word[:cut]}-" if line else f"{word[:cut]}-")
                line = word[cut:]
                continue
        if line:
            lines.append(line)
        line = word
    if line:
        lines.append(line)
    return lines


def write_pdf(path: Path, paragraphs: list[str], font: Path | None = None, size: float = 10.5,
              hyphenate: bool = True) -> list[list[str]]:
    """The paragraphs (the first a title) as an A4 report; returns the lines drawn on each page."""
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    if font is not None:
        pdf.add_font("body", fname=str(font))
        family = "body"
    else:
        pdf.core_fonts_encoding = "windows-1252"
        family = "Helvetica"
    fit = (lambda text: text) if font is not None else (lambda text: _fit(pdf, text))
    pdf.set_font(family, size=size)
    body: list[str | None] = []  # None: the gap between paragraphs
    for paragraph in paragraphs:
        body.extend(wrap(pdf, fit(paragraph), pdf.epw, hyphenate))
        body.append(None)
    per_page = int((BOTTOM_MM - TOP_MM) / LINE_MM)
    pages = [body[i:i + per_page] for i in range(0, len(body), per_page)]
    drawn: list[list[str]] = []
    for number, lines in enumerate(pages, start=1):
        pdf.add_page()
        pdf.set_font(family, size=8)
        pdf.text(pdf.l_margin, 12, HEADER)
        footer = f"Page {number} of {len(pages)}"
        pdf.text(pdf.w / 2 - pdf.get_string_width(footer) / 2, 287, footer)
        pdf.set_font(family, size=size)
        y = TOP_MM
        on_page = [HEADER]
        for line in lines:
            if line is not None:
                pdf.text(pdf.l_margin, y, line)
                on_page.append(line)
            y += LINE_MM
        on_page.append(footer)
        drawn.append(on_page)
    pdf.output(str(path))
    return drawn
