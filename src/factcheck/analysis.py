"""A sentence read once for matching: its words and its figures, with their positions.

Matching asks two questions of every sentence: which words does it use (does it make
the claim's statement?) and which word stands next to which figure (does each number
play the same part?). Both need the figures taken out of the word stream and every
item placed on one shared scale of positions.
"""

from __future__ import annotations

from dataclasses import dataclass

from .models import Quantity
from .numbers import read_quantities
from .words import DIRECTION_WORDS, tokens


@dataclass(frozen=True)
class Analysed:
    """Terms and figures of one sentence, with positions on one scale."""

    terms: tuple[tuple[str, int, bool], ...]  # (term, position, is-stop-word)
    quantities: tuple[Quantity, ...]
    positions: tuple[int, ...]  # position of each quantity

    def content_terms(self, skip: frozenset[int] = frozenset()) -> set[str]:
        """The sentence's statement words, and its figures not in `skip` as value tokens."""
        found = {t for t, _, stop in self.terms if not stop}
        for i, q in enumerate(self.quantities):
            if i not in skip:
                found.add(value_token(q))
        return found

    def context(self, which: int, reach: int = 12) -> dict[str, float]:
        """Words near figure `which`, each weighted by how close it stands (1.0 = adjacent)."""
        at = self.positions[which]
        ctx: dict[str, float] = {}
        for term, pos, stop in self.terms:
            d = abs(pos - at)
            if d == 0 or d > reach:
                continue
            if stop and not (term in DIRECTION_WORDS and d <= 2):
                continue
            weight = 1.0 / (1.0 + 0.3 * (d - 1))
            if weight > ctx.get(term, 0.0):
                ctx[term] = weight
        return ctx


def value_token(q: Quantity) -> str:
    """A figure as a word: lets "since 2018" in a claim require 2018 in the source."""
    return f"#{q.kind}:{q.unit}:{q.value:g}"


def analyse(text: str) -> Analysed:
    """Read `text` once into terms and figures placed on one scale of positions."""
    quantities = read_quantities(text)
    items: list[tuple[int, str, object]] = [(q.start, "q", q) for q in quantities]
    spans = [(q.start, q.end) for q in quantities]
    for tok in tokens(text):
        if any(s <= tok.start < e for s, e in spans):
            continue
        items.append((tok.start, "t", tok))
    items.sort(key=lambda item: item[0])
    terms: list[tuple[str, int, bool]] = []
    positions: list[int] = []
    for pos, (_, kind, obj) in enumerate(items):
        if kind == "q":
            positions.append(pos)
        else:
            terms.append((obj.term, pos, obj.stop))
    return Analysed(tuple(terms), tuple(quantities), tuple(positions))
