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

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK:
            self._flush()
        if tag == "title":
            self._in_title = True
            return
        if tag in _VOID:
            return
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
        if text:
            self.blocks.append((self._line, text))
        self._text = []

    def close(self) -> None:
        super().close()
        self._flush()


def article_text(page: str) -> tuple[str, tuple[int, ...]]:
    """The article's text, a block a line, and for each line the HTML line it starts on."""
    parser = _Article()
    parser.feed(page)
    parser.close()
    blocks = parser.blocks
    if parser.title is not None and (not blocks or blocks[0][1] != parser.title[1]):
        blocks = [parser.title, *blocks]
    return "\n".join(text for _, text in blocks), tuple(line for line, _ in blocks)
