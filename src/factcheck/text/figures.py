"""Every figure the number reader finds in a text, with its place and its reading, as
`factcheck figures` shows them: what factcheck reads in a draft, and how the reader is
measured against annotated sentences (scripts/score_quantities.py)."""

from __future__ import annotations

import bisect
import re
from typing import NamedTuple

from factcheck.models import Quantity
from factcheck.text import currencies, lexicon
from factcheck.text.figure_units import counted, per, unit_end
from factcheck.text.numbers import normalise, read_quantities, scaled_low
from factcheck.text.vague import band

# The unit of a figure spelled out and singular, as annotated quantities name them.
_KINDS = {"percent": "percentage", "fraction": "percentage", "multiple": "multiple"}
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
        return currencies.name(q.unit) if q.unit else "-"
    if q.kind in _KINDS:
        return _KINDS[q.kind]
    if q.unit.endswith("-old"):
        return q.unit.removesuffix("-old") + " of age"
    return q.unit or "-"


# Two figures joined as a range: "80 to 90", "40-50", "between 4,560 and 6,000".
_RANGE_JOIN = re.compile(r"\s*(?:-|to)\s*[£$€]?")  # "£10bn-£12bn": the sign may be written twice
_AND = re.compile(r"\s+and\s+")
_BETWEEN = re.compile(r"\bbetween\s+$", re.I)
# a place in an order, for this listing: "the top five", "the last 16", "at number 11", "No 1"
_RANK_BEFORE = re.compile(r"\b(?:the\s+(?:top|last|bottom)|number|no\.?)\s+$", re.I)
_FROM = re.compile(r"\bfrom\s+$", re.I)  # "from 1.6 to 2.5" is a change, not a range


def ranges(line: str, found: list[Quantity]) -> list[tuple[Quantity, Quantity | None]]:
    """Each figure alone, or with the other end of the range it opens."""
    line = normalise(line)  # "$90–160 billion": a dash of any width joins a range
    out: list[tuple[Quantity, Quantity | None]] = []
    k = 0
    while k < len(found):
        q = found[k]
        nxt = found[k + 1] if k + 1 < len(found) else None
        # the same kind, or a bare first end that takes the second's ("40 to 50%"); never a
        # share then a count ("rose by 12% to 100 million" is a change and the level it reached)
        if nxt is not None and q.kind in {"count", "money", "percent"} and (
                nxt.kind == q.kind or (q.kind == "count" and not q.unit and nxt.kind in {"money", "percent"})
                or (q.kind == "money" and nxt.kind == "count" and not nxt.unit)):  # "$90-160 billion"
            gap = line[q.end:nxt.start]
            units_agree = not (q.unit and nxt.unit and q.unit != nxt.unit)
            # "rose 16.75 pence to 293.5p" is a change and the level reached; "rose 5 to 6 per
            # cent" a range of the change, its first end bare
            level = gap.strip() == "to" and _direction(line, q) != "=" and (q.unit or q.kind != "count")
            joined = (_RANGE_JOIN.fullmatch(gap) and not _FROM.search(line[:q.start]) and not level) or (
                _AND.fullmatch(gap) and _BETWEEN.search(line[:q.start]))
            rising = q.value < nxt.value or (q.precision < nxt.precision and q.value < nxt.value / nxt.precision)
            if joined and units_agree and rising:  # "15-6" and "8-1" are a score and odds, no range
                out.append((scaled_low(q, nxt), nxt))
                k += 2
                continue
        out.append((q, None))
        k += 1
    return out


_BEFORE = re.compile(r"([A-Za-z]+)(?:\s+by)?\s+(?:(?:about|around|nearly|almost|some|just|only)\s+)?$")
_AFTER = re.compile(r"^\s+([A-Za-z]+)")
_CHANGE_NOUNS = frozenset({"rise", "increase", "jump", "gain", "fall", "drop", "decline", "cut", "decrease", "loss",
                           "growth"})


def _direction(line: str, q: Quantity) -> str:
    """ "rose 5%", "up 5 points", "fell by a third", "a 35% rise": the size of a change, up
    or down; "rose to 5%" is the level reached ("=")."""
    if q.kind == "multiple" and q.value != 1:
        return "up" if q.value > 1 else "down"  # "doubled", "halved", "three times as many"
    before = _BEFORE.search(line[max(0, q.start - 40):q.start])
    if before:
        word = before.group(1).lower()
        if word in lexicon.RISE:
            return "up"
        if word in lexicon.FALL:
            return "down"
    after = _AFTER.match(line[q.end:])
    noun = after.group(1).lower() if after else ""
    if noun in _CHANGE_NOUNS:  # "a 35% rise", "a healthy 43% rise in profits", "4.6% growth"
        return "up" if noun in lexicon.RISE or noun == "growth" else "down"
    return "="


def read_figures(text: str) -> list[Figure]:
    """The figures of `text`, in order, each placed at its line and column; a range is one
    figure with its two ends."""
    starts = [0] + [n + 1 for n, ch in enumerate(text) if ch == "\n"]
    figures: list[Figure] = []
    for start, line in zip(starts, text.split("\n")):
        row = bisect.bisect_right(starts, start)
        for q, upper in ranges(line, read_quantities(line)):
            value = q.value * 100 if q.kind == "fraction" else q.value
            kind = "ordinal" if q.kind == "count" and not q.unit and _RANK_BEFORE.search(line[:q.start]) else q.kind
            figure = Figure(q.text, row, q.start + 1, value, kind, normalized_unit(q), q.qualifier,
                            _CHANGE.get(q.qualifier) or _direction(line, q))
            spread = band(q)
            if spread is not None:  # "hundreds": 200 to 999; "the 1990s": 1990 to 1999
                figure = figure._replace(change="~", low=spread[0], high=spread[1] - 1)
            if upper is not None:
                low = q.value  # in the second end's scale, by ranges(): "$90-160 billion"
                unit = normalized_unit(q) if q.unit else normalized_unit(upper)
                kind = upper.kind if q.kind == "count" and not q.unit else q.kind  # "between 5 and 6 per cent"
                figure = figure._replace(text=line[q.start:upper.end], value=low, unit=unit, low=low,
                                         high=upper.value, kind=kind)
            figures.append(_named_unit(line, figure, q if upper is None else upper))
    return figures


def _named_unit(line: str, figure: Figure, last: Quantity) -> Figure:
    """A count's unit is the thing it counts ("14 people"); a rate's says what it is per
    ("$1.40 a share": dollar per share)."""
    end = last.end
    unit = figure.unit
    if unit == "-" and last.kind == "count" and last.text.lower() in {"once", "twice", "thrice"}:
        unit = "time"  # "won it twice": how many times
    elif unit == "-" and last.kind == "count":
        noun, end = counted(line, last.end)
        unit = noun or "-"
    elif last.kind == "count" and last.unit:
        end = unit_end(line, last.end)
    base = per(line, end) if unit != "-" or last.kind != "count" else ""
    if base and unit != "-":
        unit = f"{unit} per {base}"
    return figure._replace(unit=unit)
