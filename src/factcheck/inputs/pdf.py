"""A PDF report read as the text of its pages, with each line's page and line kept.

The text layer of each page is read by PDFium (pypdfium2, the `pdf` extra; imported only
when a PDF is read, so a run without one starts as fast as before). Then, per page:
running headers and footers (a line at the top or bottom of the page that recurs at the
same place, page number aside, on at least half of the pages) and page numbers ("7", "Page 7 of 12",
"- vii -") are dropped; a word hyphenated at a line's end is joined ("Frede-" + "ric"),
keeping the hyphen only when the document writes the word with one elsewhere; and the
lines of a paragraph are joined into one, so a sentence wrapped over lines, or over a
page break, is read whole. A paragraph ends at a short line (a heading, a paragraph's
last line), at a wider step down the page than its usual one, or before a list item.
Each line of the text remembers where each page line it holds starts (SourceText.marks),
so a result names its page and line, `p12, line 3`, counted on the page's text without
its running header.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator

from factcheck.inputs.source_text import Mark, SourceText, Unreadable
from factcheck.text.normal import clean_text

INSTALL_PDF = "pip install 'factcheck-figures[pdf]'"
EDGE_LINES = 3  # lines at the top and at the bottom of a page where running headers and footers are looked for
SHORT_LINE = 0.6  # a line shorter than this share of the document's full lines ends its paragraph
WIDE_GAP = 1.4  # a step down the page this many times the page's usual one between lines ends a paragraph
_PAGE_NUMBER = re.compile(r"^[\W_]*(?:page\s*)?(?:\d{1,4}|[ivxlcdm]{1,7})(?:\s*(?:of|/)\s*\d{1,4})?[\W_]*$", re.I)
_YEAR = re.compile(r"^\W*(?:1[89]|20)\d\d\W*$")
_BARE = re.compile(r"^\W*\d{1,4}\W*$")
_DIGITS = re.compile(r"\d+")
_EDGE_NUMBER = re.compile(r"^\W*(\d{1,4})\b|\b(\d{1,4})\W*$")
_LIST_ITEM = re.compile(r"^(?:[\u2022\u25aa\u25cf\u2013\u2014*\u00b7-]\s|\(?\d{1,2}[.)]\s|\(?[a-z][.)]\s)")
_HYPHENATED = re.compile(r"[^\W\d_]-$")
_CLOSED = re.compile(r"[.!?:][\"'\u201d\u2019)\]]*$")
_END_MARK = b"%%EOF"
_BREAK = re.compile("\r\n|[\r\n\x02\ufffe]")

Line = tuple[str, float]  # a line of a page's text, and how far down the page it stands (points)


def pdf_source(name: str, data: bytes) -> SourceText:
    """The text of a PDF's pages as one SourceText, or Unreadable (naming what is wrong)."""
    pages = _page_texts(data)
    if not any(pages):
        raise Unreadable("no text layer (a scanned PDF?): nothing to read")
    return _reflow(name, _drop_furniture(pages))


def _page_texts(data: bytes) -> list[list[Line]]:
    """Each page's lines of text, as PDFium reads them, with how far down the page each is."""
    try:
        import pypdfium2 as pdfium
    except ImportError:
        raise Unreadable(f"reading PDF needs the pdf extra: {INSTALL_PDF}")
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise Unreadable(_why(str(exc), data))
    pages: list[list[Line]] = []
    try:
        for number in range(len(document)):
            page = document[number]
            textpage = page.get_textpage()
            try:
                pages.append(_lines(textpage, page.get_height()))
            finally:
                textpage.close()
                page.close()
    except pdfium.PdfiumError as exc:
        raise Unreadable(_why(str(exc), data))
    finally:
        document.close()
    return pages


def _lines(textpage, height: float) -> list[Line]:
    """A page's lines: its text cut at line breaks, each line placed by its first character
    (PDFium maps the text's index of a line's start to the page's character, and its box)."""
    text = textpage.get_text_range()
    last = max(0, textpage.count_chars() - 1)
    lines: list[Line] = []
    start = 0
    for end in [*(m.start() for m in _BREAK.finditer(text)), len(text)]:
        line = text[start:end]
        first = start + len(line) - len(line.lstrip())
        if line.strip():
            # PDFium marks a hyphen it found at a line's end (U+0002, or U+FFFE) and joins the lines
            hyphen = "-" if end < len(text) and text[end] in "\x02\ufffe" else ""
            top = textpage.get_charbox(_char_index(textpage, first, last), loose=True)[3]
            lines.append((clean_text(line).strip() + hyphen, height - top))
        start = end + (2 if text.startswith("\r\n", end) else 1)
    return lines


def _char_index(textpage, at: int, last: int) -> int:
    """The page's character at index `at` of its text: the same but for the rare character
    PDFium leaves out of the text or adds to it."""
    import pypdfium2.raw as raw

    found = raw.FPDFText_GetCharIndexFromTextIndex(textpage, at)
    return min(found if found >= 0 else at, last)


def _why(message: str, data: bytes) -> str:
    if "password" in message.lower():
        return "encrypted PDF (it needs a password to open)"
    if _END_MARK not in data[-2048:]:
        return f"truncated PDF (its end is missing after {len(data):,} bytes)"
    return f"damaged PDF ({message.removeprefix('Failed to load document ').strip('(). ') or 'unreadable'})"


def _shape(line: str) -> str:
    return " ".join(_DIGITS.sub("#", line.lower()).split())


def _drop_furniture(pages: list[list[Line]]) -> list[list[tuple[int, Line]]]:
    """Each page's lines, numbered from 1, without running headers, footers and page numbers.

    A running header recurs at one place of the page on half the pages or more, or, when
    it changes with the chapter ("Chapter 4: Function reference 9"), on two pages or more
    with a page number that keeps step with the page's."""
    seen: dict[tuple[int, str], dict[int, int | None]] = defaultdict(dict)  # edge: {page: its number}
    for at, page in enumerate(pages):
        for n, edge in _edges(page):
            seen[edge].setdefault(at, _edge_number(page[n][0]))
    needed = max(2, (len(pages) + 1) // 2)

    def running(edge: tuple[int, str]) -> bool:
        on = seen[edge]
        steps = {number - at if number is not None else None for at, number in on.items()}
        return len(on) >= needed or (len(on) >= 2 and len(steps) == 1 and None not in steps)

    # a bare number at the top or bottom is the page's number when it keeps step with the
    # pages as most such numbers do ("100." closing a list on page 5 is no page number)
    bare = Counter(int(found.group()) - at for at, page in enumerate(pages) for n, _ in _edges(page)
                   if _BARE.match(page[n][0]) and (found := _DIGITS.search(page[n][0])))
    step = bare.most_common(1)[0][0] if bare else None
    kept: list[list[tuple[int, Line]]] = []
    for at, page in enumerate(pages):
        furniture = {n for n, edge in _edges(page) if running(edge) or _is_page_number(page[n][0], at, step)}
        kept.append(list(enumerate((line for n, line in enumerate(page) if n not in furniture), start=1)))
    return kept


def _edge_number(line: str) -> int | None:
    """The number a header or footer line starts or ends with (its page number, if it has one)."""
    found = _EDGE_NUMBER.search(line)
    return int(found.group(1) or found.group(2)) if found else None


def _edges(page: list[Line]) -> Iterator[tuple[int, tuple[int, str]]]:
    """The lines at the top and the bottom of a page, each with its place there (0, 1, 2
    from the top, -1, -2, -3 from the bottom) and its shape: a running header recurs at
    one place of the page, its page number aside."""
    for n in range(min(EDGE_LINES, len(page))):
        yield n, (n, _shape(page[n][0]))
    for n in range(max(EDGE_LINES, len(page) - EDGE_LINES), len(page)):
        yield n, (n - len(page), _shape(page[n][0]))


def _is_page_number(line: str, at: int, step: int | None) -> bool:
    """'Page 7 of 12', 'vii', or a bare number that keeps step with the pages (page `at`, from 0)."""
    if not _PAGE_NUMBER.match(line) or _YEAR.match(line) or not any(ch.isalnum() for ch in line):
        return False
    found = _DIGITS.search(line) if _BARE.match(line) else None
    return found is None or int(found.group()) - at == step


def _reflow(name: str, pages: list[list[tuple[int, Line]]]) -> SourceText:
    """The pages' lines joined into paragraphs, one a line of text, each with its marks."""
    lengths = sorted(len(line) for page in pages for _, (line, _) in page)
    full = lengths[int(len(lengths) * 0.8)] if lengths else 0
    words = {_word(word) for page in pages for _, (line, _) in page for word in line.split()}
    # the usual step down from a line to the next: most steps are within paragraphs
    steps = sorted(b - a for page in pages for (_, (_, a)), (_, (_, b)) in zip(page, page[1:]) if b > a)
    usual = steps[len(steps) // 4] if steps else 0.0
    paragraphs: list[tuple[str, list[Mark]]] = []
    text, marks, previous = "", [], ""
    for page_number, page in enumerate(pages, start=1):
        last = None
        for line_number, (line, down) in page:
            # a new page goes on a sentence left open; within a page, a wide gap ends a paragraph
            gap = not 0 < down - last <= WIDE_GAP * usual if last is not None else bool(_CLOSED.search(previous))
            last = down
            if text and not gap and _continues(previous, line, full):
                if _HYPHENATED.search(text) and line[:1].isalpha():
                    text = text if _keeps_hyphen(text.rsplit(None, 1)[-1][:-1], line.split(None, 1)[0], words) \
                        else text[:-1]
                else:
                    text += " "
                marks.append((len(text), page_number, line_number))
                text += line
            else:
                if text:
                    paragraphs.append((text, marks))
                text, marks = line, [(0, page_number, line_number)]
            previous = line
    if text:
        paragraphs.append((text, marks))
    return SourceText(name, "\n".join(text for text, _ in paragraphs),
                      tuple(marks[0][2] for _, marks in paragraphs),
                      marks=tuple(tuple(marks) for _, marks in paragraphs))


def _word(word: str) -> str:
    return word.lower().strip(".,;:!?\"'()[]\u201c\u201d\u2018\u2019")


def _keeps_hyphen(stem: str, tail: str, words: set[str]) -> bool:
    """A word cut at a line's end ('Metropoli-' 'tan', 'Whats-' 'App') is joined without its
    hyphen, unless the document writes it with one ('rank-' 'and-file'), or, going on in
    a capital, does not write it without ('Anglo-' 'Saxon')."""
    hyphened, joined = _word(f"{stem}-{tail}"), _word(stem + tail)
    if hyphened in words:
        return True
    return tail[:1].isupper() and joined not in words


def _continues(previous: str, line: str, full: int) -> bool:
    """`line` goes on the paragraph that `previous` ended: the previous line ran to the
    page's width and this one is no list item."""
    return len(previous) >= SHORT_LINE * full and not _LIST_ITEM.match(line)
