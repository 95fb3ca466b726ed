"""One source file read to text, and how its lines lead back to places of the file.

A plain text's lines are the file's own. Text extracted from another kind of file keeps
where each of its lines came from: a web page's line (`lines`), a table's cell
(`places`: 'row 4, column "2013"'), or a PDF's page and line, which may change inside
one line of the text when a paragraph runs over several lines of a page (`marks`).
"""

from __future__ import annotations

from dataclasses import dataclass

Mark = tuple[int, int, int]  # (offset in the text's line, page, line within the page)


class Unreadable(Exception):
    """A source file that cannot be read: its message says why, for a one-line warning."""


@dataclass(frozen=True)
class SourceText:
    """One source file read to text, named by its path relative to the sources root.

    For each line of `text` (each empty when the lines are the file's own):
    `lines` the line of the file where it starts; `places` its place when a line number
    does not say it (a table's cell); `marks` where each line of a PDF page that it
    holds starts in it, as (offset, page, line within the page), the first at offset 0.
    `warnings` are for the reader, one line each; they are not part of what is kept.
    """

    name: str
    text: str
    lines: tuple[int, ...] = ()
    places: tuple[str, ...] = ()
    marks: tuple[tuple[Mark, ...], ...] = ()
    warnings: tuple[str, ...] = ()  # what was wrong with the file, though it could be read

    def digest_text(self) -> str:
        """All that is kept of the file: its text and, when extracted, where each line came from."""
        return self.text + "".join(repr(kept) for kept in (self.lines, self.places, self.marks) if kept)


def page_place(page: int, line: int) -> str:
    return f"p{page}, line {line}"
