"""Every figure the number reader finds in a text, with its place and its reading, as
`factcheck figures` shows them: what factcheck reads in a draft, and how the reader is
measured against annotated sentences (scripts/score_quantities.py)."""

from __future__ import annotations

import bisect
from typing import NamedTuple

from factcheck.models import Quantity
from factcheck.text.numbers import read_quantities

# The unit of a figure spelled out and singular, as annotated quantities name them.
_MONEY = {"£": "pound sterling", "$": "dollar", "€": "euro", "¥": "japanese yen", "rupee": "rupee",
          "yuan": "chinese yuan", "rouble": "russian ruble"}
_KINDS = {"percent": "percentage", "fraction": "percentage"}
# A hedge as a change: about/nearly "~", a lower bound ">", an upper bound "<".
_CHANGE = {"about": "~", "nearly": "~", "more-than": ">", "at-least": ">", "fewer-than": "<", "at-most": "<"}


class Figure(NamedTuple):
    """One figure: the text read, where it stands (1-based), and what it was read as."""

    text: str
    line: int
    column: int
    value: float
    kind: str
    unit: str  # spelled out ("pound sterling", "percentage", "month", "year of age"), "-" for none
    qualifier: str
    change: str  # "=", "~", ">", "<", "up", "down"
    low: float | None = None  # a range's ends, when the figure is a range
    high: float | None = None


def normalized_unit(q: Quantity) -> str:
    if q.kind == "money":
        return _MONEY.get(q.unit, q.unit or "-")
    if q.kind in _KINDS:
        return _KINDS[q.kind]
    if q.unit.endswith("-old"):
        return q.unit.removesuffix("-old") + " of age"
    return q.unit or "-"


def read_figures(text: str) -> list[Figure]:
    """The figures of `text`, in order, each placed at its line and column."""
    starts = [0] + [n + 1 for n, ch in enumerate(text) if ch == "\n"]
    found: list[Figure] = []
    for start, line in zip(starts, text.split("\n")):
        for q in read_quantities(line):
            row = bisect.bisect_right(starts, start)
            value = q.value * 100 if q.kind == "fraction" else q.value
            found.append(Figure(q.text, row, q.start + 1, value, q.kind, normalized_unit(q), q.qualifier,
                                _CHANGE.get(q.qualifier, "=")))
    return found
