"""An analysed sentence: its words and figures on one scale of positions, cut into clauses.

`analyse()` (text/analysis.py) makes it; the matcher asks it which words a sentence uses,
and of each figure which words stand with it (text/figure_context.py), what it counts
(text/figure_roles.py) and which way it points (text/figure_sense.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from factcheck.models import Quantity
from factcheck.text import lexicon
from factcheck.text.fields import Item
from factcheck.text.figure_context import FigureContext
from factcheck.text.figure_roles import FigureRoles
from factcheck.text.figure_sense import FigureSense
from factcheck.text.wordnet import is_place
from factcheck.text.words import value_token

_CALENDAR = lexicon.CALENDAR  # months and weekdays, "Monday's" too
_DETERMINERS = frozenset("the a an its their his her this these those".split())  # no name stands before one


@dataclass(frozen=True)
class Analysed(FigureContext, FigureRoles, FigureSense):
    """Words and figures of one sentence, on one scale of positions, cut into clauses."""

    items: tuple[Item, ...]
    quantities: tuple[Quantity, ...]
    positions: tuple[int, ...]  # position of each quantity
    clauses: tuple[int, ...]  # clause of each quantity
    spans: tuple[int, ...]  # strong clause of each quantity

    @cached_property
    def _at(self) -> dict[int, Item]:
        """The word at each position: the matcher asks for neighbours of figures thousands of times."""
        return {it.pos: it for it in self.items}

    def content_terms(self, skip: frozenset[int] = frozenset()) -> set[str]:
        """The statement's words, and its figures not in `skip` as value tokens."""
        found = {it.term for it in self.items if not it.stop}
        for i, q in enumerate(self.quantities):
            if i not in skip:
                found.add(value_token(q))
                if q.kind == "date":
                    found.add(f"#year::{int(q.value // 10000)}")
        return found

    def sentence_terms(self) -> set[str]:
        return {it.term for it in self.items if not it.stop}

    def weak_clause_terms(self, which: int) -> set[str]:
        clause = self.clauses[which]
        return {it.term for it in self.items if it.clause == clause and not it.stop}

    def names(self, within: frozenset[int] | None = None) -> set[str]:
        """Capitalised words inside the sentence (or at the positions `within`): the people
        and bodies it is about."""
        return {it.term for it in self.items if it.pos > 0 and not it.stop and it.capital and it.raw not in _CALENDAR
                and (within is None or it.pos in within)}

    def subject_names(self, within: frozenset[int] | None = None) -> set[str]:
        """The names a sentence (or the stretch at the positions `within`) opens with, its
        subject: "Christopher Leslie was …", "Meet the Fockers took …"."""
        out: set[str] = set()
        for n, it in enumerate(self.items):
            if within is not None and it.pos not in within:
                continue
            nxt = self.items[n + 1] if n + 1 < len(self.items) else None
            if it.pos == 0 and (it.raw.endswith(("ly", "ing")) or (
                    nxt is not None and nxt.raw in _DETERMINERS and nxt.clause == it.clause)) \
                    and not (nxt is not None and nxt.capital):
                continue  # "Separately, the force …", "Denying a culture of …", "Altogether the tower's": no name
            if it.capital and not it.stop and it.raw not in _CALENDAR:
                out.add(it.term)
            elif it.stop and (it.raw in {"the", "of", "and"} or it.capital):
                continue
            else:
                break
        return out

    def names_before(self, which: int, places: bool = True) -> set[str]:
        """Names in the figure's span before it: who the figure is about (and, unless not
        `places`, where: "in India")."""
        at, span = self.positions[which], self.spans[which]
        return {it.term for it in self.items
                if it.span == span and 0 < it.pos < at and it.capital and not it.stop and it.raw not in _CALENDAR
                and (places or not is_place(it.raw))}
