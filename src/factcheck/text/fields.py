"""What an analysed sentence is made of: its words (`Item`) and the fields every query of
it reads (`SentenceFields`), declared once for the parts of `Analysed` that each read them
(figure_context.py, figure_roles.py, figure_sense.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from factcheck.models import Quantity


class Item(NamedTuple):
    """A word of the sentence with its place, clause and grammatical hints (a tuple: it is
    made, pickled and unpickled by the million, several times faster than a dataclass)."""

    term: str
    raw: str
    pos: int
    clause: int  # cut at commas too: for the weight of nearby words
    span: int  # cut only at strong breaks (; : dashes, "although"): where a figure's verb must be
    stop: bool
    verb: bool  # looks like a verb: "-ed", an irregular past, or after "were"/"has"
    capital: bool = False  # written with a capital: a name, when not first
    modifier: bool = False  # a participle describing a noun: "of the officers investigated"
    modal: bool = False  # after "will", "could": a statement of its own unless the figure is its object
    caps: bool = False  # a two-letter word in capitals: "US", "UK" (not "us", nor "As" opening a sentence)


class SentenceFields:
    """The fields of `Analysed` (sentence.py), as its parts see them."""

    items: tuple[Item, ...]
    quantities: tuple[Quantity, ...]
    positions: tuple[int, ...]  # position of each quantity
    clauses: tuple[int, ...]  # clause of each quantity
    spans: tuple[int, ...]  # strong clause of each quantity

    if TYPE_CHECKING:  # given by Analysed and by the other parts
        @property
        def _at(self) -> dict[int, Item]: ...

        def _part_positions(self, whole: int) -> set[int]: ...

        def _hedged(self, which: int) -> tuple[Item | None, set[int]]: ...
