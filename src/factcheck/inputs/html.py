"""A saved web page read as the article it holds, not the page around it.

Scripts, styles, navigation, headers and footers, cookie banners, comment threads, share
widgets and related-stories boxes are left out (by element, and by the class or id that
sites give them); entities are decoded (`&pound;5m` is £5m); each block element (p, li,
h1-h6, td, blockquote, …) becomes a line of its own, which remembers the line of the HTML
file where it starts. The `<title>` and the first heading come first: they name whom the
story is about.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from factcheck.inputs.tables import table_rows

# Elements whose content is never the article's.
_SKIP = frozenset("""script style noscript template nav header footer aside form button select option
textarea iframe svg canvas menu dialog figure figcaption object embed head""".split())
# Elements that start a line of their own.
_BLOCK = frozenset("""p li h1 h2 h3 h4 h5 h6 td th blockquote div section article main tr dt dd pre
caption address br hr ul ol table title""".split())
_VOID = frozenset("area base br col embed hr img input link meta source track wbr".split())
# What sites call the furniture around an article, in a class or an id.
_FURNITURE = re.compile(r"(?:^|[-_\s])(?:nav|navbar|menu|footer|header|masthead|cookie|consent|banner|share|sharing|"
                        r"social|related|comments?|sidebar|promo|advert|ads?|newsletter|breadcrumbs?|subscribe|"
                        r"popup|modal|outbrain|taboola|more-stories|trending|most-read)(?:$|[-_\s])", re.I)
_SPACE = re.compile(r"\s+")
_CELL_CHARS = 80  # a table whose cells are all this short holds data; a longer cell, a page laid out in a table


class _Grid:
    """A table as it is read: its rows, each with the line of the HTML where it starts."""

    def __init__(self) -> None:
        self.rows: list[tuple[int, list[str]]] = []
        self.in_cell = False
        self.span = (1, False)  # the open cell's colspan, and whether it is a header cell


class _Article(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[tuple[int, str]] = []  # (line in the HTML, text)
        self.title: tuple[int, str] | None = None
        self._open: list[tuple[str, bool]] = []  # tag, and whether it starts skipped content
        self._skipping = 0
        self._text: list[str] = []
        self._line = 0
        self._in_title = False
        self._tables: list[_Grid] = []  # open tables, innermost last

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK:
            self._flush()
        if tag == "title":
            self._in_title = True
            return
        if tag in _VOID:
            return
        if tag == "table":
            self._tables.append(_Grid())
        elif self._tables and tag in {"tr", "td", "th"}:
            grid = self._tables[-1]
            if tag == "tr" or not grid.rows:
                grid.rows.append((self.getpos()[0], []))
            if tag != "tr":
                grid.rows[-1][1].append("")
                span = dict(attrs).get("colspan") or "1"
                grid.in_cell, grid.span = True, (int(span) if span.isdigit() else 1, tag == "th")
        names = " ".join(value or "" for key, value in attrs if key in {"class", "id", "role"})
        skip = tag in _SKIP or bool(names and _FURNITURE.search(names)) or ("role", "navigation") in attrs
        self._open.append((tag, skip))
        self._skipping += skip

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
            text = _SPACE.sub(" ", "".join(self._text)).strip()
            if text and self.title is None:
                self.title = (self._line, text)
            self._text = []
            return
        if tag in _BLOCK:
            self._flush()
        if self._tables and tag in {"td", "th"} and self._tables[-1].in_cell:
            grid = self._tables[-1]
            cells = grid.rows[-1][1]
            span, header = grid.span
            cells.extend([cells[-1] if header else ""] * min(span - 1, 50))  # a header spans its columns
            grid.in_cell = False
        elif self._tables and tag == "table":
            self._emit(self._tables.pop())
        for n in range(len(self._open) - 1, -1, -1):  # close up to the matching tag: pages are not well formed
            if self._open[n][0] == tag:
                self._skipping -= sum(skip for _, skip in self._open[n:])
                del self._open[n:]
                break

    def handle_data(self, data: str) -> None:
        if self._skipping and not self._in_title:
            return
        if not self._text and data.strip():
            self._line = self.getpos()[0] + data[:len(data) - len(data.lstrip())].count("\n")
        self._text.append(data)

    def _flush(self) -> None:
        if self._in_title:
            return
        text = _SPACE.sub(" ", "".join(self._text)).strip()
        if text and self._tables and self._tables[-1].in_cell:
            cells = self._tables[-1].rows[-1][1]
            cells[-1] = f"{cells[-1]} {text}".strip()
        elif text:
            self.blocks.append((self._line, text))
        self._text = []

    def _emit(self, grid: _Grid) -> None:
        """A table of data as statements from its headers (tables.py), each at its row's line;
        any other table (a page laid out in one) a cell a line."""
        rows = [(line, cells) for line, cells in grid.rows if any(cells)]
        if len(rows) >= 2 and all(len(cell) <= _CELL_CHARS for _, cells in rows for cell in cells):
            table = table_rows([(n, cells) for n, (_, cells) in enumerate(rows, start=1)])
            self.blocks += [(rows[number - 1][0], text) for text, number in zip(table.text.split("\n"), table.lines)]
        else:
            self.blocks += [(line, cell) for line, cells in rows for cell in cells if cell]

    def close(self) -> None:
        super().close()
        self._flush()
        while self._tables:  # a table never closed
            self._emit(self._tables.pop())


def article_text(page: str) -> tuple[str, tuple[int, ...]]:
    """The article's text, a block a line, and for each line the HTML line it starts on."""
    parser = _Article()
    parser.feed(page)
    parser.close()
    blocks = parser.blocks
    if parser.title is not None and (not blocks or blocks[0][1] != parser.title[1]):
        blocks = [parser.title, *blocks]
    return "\n".join(text for _, text in blocks), tuple(line for line, _ in blocks)
