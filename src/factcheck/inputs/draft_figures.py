"""The figures of a Markdown draft as `check` reads it: the prose only, with its markup
(headings' and list items' numbers, code, front matter, link targets, footnote markers)
masked, each figure placed at its own line and column of the draft."""

from __future__ import annotations

from factcheck.inputs.drafts import prose_blocks
from factcheck.text.figures import Figure, read_figures

MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd"})


def draft_figures(text: str) -> list[Figure]:
    """Every figure of the draft's prose, in order, at its place in the draft."""
    out: list[Figure] = []
    for block in prose_blocks(text):
        for no, line in block:
            for figure in read_figures(line.text):
                col = line.cols[min(figure.column - 1, len(line.cols) - 1)]
                out.append(figure._replace(line=no, column=col if isinstance(col, int) else col[1]))
    return out
