"""PDF and XLSX files made by the tests (fpdf2 and openpyxl, both in the `test` extra):
reports laid out as real ones are, with a running header, page numbers and words
hyphenated at a line's end, and workbooks with cached values or formulas only."""

from __future__ import annotations

import io

from fpdf import FPDF

HEADER = "Policing Review 2024 | 12 forces | Confidential"  # a running header with figures of its own
TOP_MM, LINE_MM = 25.0, 6.0
_CP1252 = {"\u2009": " ", "\u011f": "g", "\u200b": ""}


def _pdf() -> FPDF:
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.core_fonts_encoding = "windows-1252"  # the core fonts draw curly quotes, dashes and £ in it
    pdf.set_font("Helvetica", size=10.5)
    return pdf


def fit(text: str) -> str:
    """Text the core fonts can draw: the seeds' few characters outside Windows-1252 replaced."""
    return "".join(_CP1252.get(ch, ch) for ch in text)


def pdf_pages(pages: list[list[str | None]], header: str = HEADER, numbers: bool = True) -> bytes:
    """A PDF of these pages, each line drawn as given (None: the gap between paragraphs),
    under a running header and over a footer 'Page N of M'."""
    pdf = _pdf()
    for number, lines in enumerate(pages, start=1):
        pdf.add_page()
        pdf.set_font("Helvetica", size=8)
        if header:
            pdf.text(pdf.l_margin, 12, header)
        if numbers:
            pdf.text(pdf.w / 2 - 8, 287, f"Page {number} of {len(pages)}")
        pdf.set_font("Helvetica", size=10.5)
        y = TOP_MM
        for line in lines:
            if line is not None:
                pdf.text(pdf.l_margin, y, fit(line))
            y += LINE_MM
    return bytes(pdf.output())


def wrapped(paragraphs: list[str], width_mm: float = 170.0) -> list[str | None]:
    """The paragraphs' lines at the page's width, a long word hyphenated when it does not
    fit; None between paragraphs."""
    pdf = _pdf()
    out: list[str | None] = []
    for paragraph in paragraphs:
        line = ""
        for word in fit(paragraph).split():
            trial = f"{line} {word}".strip()
            if pdf.get_string_width(trial) <= width_mm:
                line = trial
                continue
            cut = max((k for k in range(3, len(word) - 2) if word.isalpha()
                       and pdf.get_string_width(f"{line} {word[:k]}-".strip()) <= width_mm), default=0)
            if cut:
                out.append(f"{line} {word[:cut]}-".strip())
                line = word[cut:]
            else:
                out.append(line)
                line = word
        out.append(line)
        out.append(None)
    return out


def paged(lines: list[str | None], per_page: int = 40) -> list[list[str | None]]:
    return [lines[i:i + per_page] for i in range(0, len(lines), per_page)]


def blank_pdf() -> bytes:
    """A page with drawing and no text: a scan's image stands for none here."""
    pdf = _pdf()
    pdf.add_page()
    pdf.rect(20, 20, 100, 60, style="F")
    return bytes(pdf.output())


def encrypted_pdf() -> bytes:
    from fpdf.enums import EncryptionMethod

    pdf = _pdf()
    pdf.set_encryption(owner_password="owner", user_password="secret", encryption_method=EncryptionMethod.RC4)
    pdf.add_page()
    pdf.text(20, 20, "Just 33 of the 257 officers were sacked.")
    return bytes(pdf.output())


def workbook(sheets: dict[str, list[list[object]]]) -> bytes:
    """An .xlsx of these sheets (a cell starting '=' is a formula, saved without a cached value)."""
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
