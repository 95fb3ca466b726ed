"""Ranges a source sentence gives ("70% to 80%", "between 4,560 and 6,000"): each end is
a figure of its own, but neither says the claim's value alone (issue 14)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.judge.memo import memo
from factcheck.text.analysis import Analysed
from factcheck.text.figures import ranges
from factcheck.text.numbers import normalise, read_quantities

if TYPE_CHECKING:
    from factcheck.judge.query import ClaimQuery


def range_of(a: Analysed, text: str, k: int) -> tuple[float, float, str] | None:
    """(low, high, as written) of the range source figure k opens or closes, in text
    `text`; None if it stands alone."""
    def work() -> dict[int, tuple[float, float, str]]:
        found = list(a.quantities)
        out: dict[int, tuple[float, float, str]] = {}
        for low, high in ranges(text, found):
            if high is None or not (0 < low.value < high.value) or low.kind == "fraction":
                continue
            span = (low.value, high.value, text[low.start:high.end])
            out[found.index(low)] = out[found.index(high)] = span
        return out
    return memo(a, -2, "ranges", work).get(k)


def states_a_range(figure: str) -> bool:
    """The claim's figure is itself a range ("70% to 80%"): its ends are compared end to end."""
    return any(high is not None for _, high in ranges(figure, read_quantities(figure)))


def claims_range(query: ClaimQuery, i: int) -> bool:
    """Number i of the claim is itself an end of a range its sentence gives ("a 2% to 3%
    rise" with the figure "2%"): it is compared as it stands."""
    text = normalise(query.claim.sentence)
    q = query.analysed.quantities[i]
    return q.end <= len(text) and text[q.start:q.end] == q.text and range_of(query.analysed, text, i) is not None
