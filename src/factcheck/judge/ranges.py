"""Ranges a source sentence gives ("70% to 80%", "between 4,560 and 6,000"): each end is
a figure of its own, but neither says the claim's value alone (issue 14)."""

from __future__ import annotations

from factcheck.judge.memo import memo
from factcheck.text.analysis import Analysed
from factcheck.text.figures import ranges
from factcheck.text.numbers import normalise, read_quantities


def range_of(a: Analysed, text: str, k: int) -> tuple[float, float, str] | None:
    """(low, high, as written) of the range source figure k opens or closes, in text
    `text`; None if it stands alone."""
    def work() -> dict[int, tuple[float, float, str]]:
        found = list(a.quantities)
        out: dict[int, tuple[float, float, str]] = {}
        for low, high in ranges(text, found):
            if high is None or not (0 < low.value < high.value) or low.kind == "fraction":
                continue
            span = (low.value, high.value, text[low.start:high.end])  # low in high's scale: "$90-160 billion"
            at = {q.start: n for n, q in enumerate(found)}
            out[at[low.start]] = out[at[high.start]] = span
        return out
    return memo(a, -2, "ranges", work).get(k)


def stated_ranges(a: Analysed, sentence: str, figure: str, numbers: tuple[int, ...]) -> frozenset[int]:
    """The claim's numbers (indices into a.quantities) compared as they stand, not against a
    source's range: all of them when the figure is itself a range ("70% to 80%"), else those
    that are an end of a range the claim's sentence gives ("a 2% to 3% rise", figure "2%")."""
    if any(high is not None for _, high in ranges(figure, read_quantities(figure))):
        return frozenset(numbers)
    text = normalise(sentence)
    return frozenset(i for i in numbers if (q := a.quantities[i]).end <= len(text)
                     and text[q.start:q.end] == q.text and range_of(a, text, i) is not None)
