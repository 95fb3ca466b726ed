"""The frozen records that flow through factcheck, one step to the next.

claims.py makes `Claim`s, sources.py makes `Sentence`s, match.py turns them into
`Match`es, verdict.py into `Result`s; report.py only reads them. Keeping them
immutable means any step can be tested on hand-made values.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import NamedTuple


class Verdict(str, Enum):
    SUPPORTED = "supported"
    CONTRADICTED = "contradicted"
    MISSING = "missing"


class Quantity(NamedTuple):
    """One figure read from text, with what it counts and how exactly it was said.

    `kind` keeps apart things that must never be compared: a count, a percentage,
    a sum of money, a year. `precision` is the step the writer rounded to
    (1 for "921", 0.1e6 for "2.5m"), `qualifier` the hedge in front ("more than").
    `role` is "part" or "whole" when the figure sits in a ratio ("33 of 257").
    A tuple rather than a dataclass: every sentence of an archive makes and pickles some.
    """

    value: float
    kind: str  # count | percent | money | year | fraction
    text: str
    start: int
    end: int
    precision: float = 1.0
    unit: str = ""  # currency for money ("£"), measure for counts ("month")
    qualifier: str = ""  # more-than | at-least | fewer-than | at-most | nearly | about
    role: str = ""  # part | whole | ""


@dataclass(frozen=True)
class Claim:
    """A figure and the sentence it stands in, with where the writer put it."""

    id: str
    figure: str
    sentence: str
    file: str
    line: int  # 1-based
    column: int = 1  # 1-based
    source: str | None = None  # only search this source file
    expected: str | None = None  # a label, for development sets


@dataclass(frozen=True)
class Sentence:
    """One sentence of a source file, with its place for the report."""

    source: str  # path relative to the sources folder
    index: int  # position among the file's sentences
    line: int  # 1-based line where it starts (of a PDF: within its page)
    text: str
    place: str = ""  # where it is when a line does not say it: 'p12, line 3', 'row 4, column "2013"'

    @property
    def where(self) -> str:
        """Its place in the file, shown after the file's name: the place, else the line."""
        return self.place or str(self.line)


@dataclass(frozen=True)
class Passage:
    """One sentence or a few adjacent ones of a source: what a claim is matched against."""

    source: str
    line: int
    sentences: tuple[Sentence, ...]

    @property
    def text(self) -> str:
        return " ".join(s.text for s in self.sentences)

    @property
    def place(self) -> str:
        """Its first sentence's place ("" when its line says where it is)."""
        return self.sentences[0].place if self.sentences else ""

    @property
    def where(self) -> str:
        return self.place or str(self.line)


class Frame(NamedTuple):
    """What a figure says, read from its own clause: the thing it counts, whose it is,
    what is said of it and when. Words of the sentence outside the figure's frame
    (attributions, a relative clause, a second fact) are not in it."""

    value: float
    kind: str
    unit: str = ""
    counts: str = ""  # the head of its noun phrase: "officers", "visits"
    holder: str = ""  # the subject or named body of its clause: "Western Europe", "the Met"
    holder_from: str = ""  # where the holder was found: "" (its clause), "passage", "article"
    predicate: str = ""  # what is said of it: "were sacked", "rose"
    polarity: str = ""  # up | down | ""
    direction: str = ""  # to | from | by | ""
    when: str = ""  # "since 2018", "in 2013"
    hedge: str = ""  # more-than, about, ...
    role: str = ""  # part | whole | ""
    where: str = ""  # the places its clause names: "Australia and Mexico"
    part: str = ""  # who a share is, of its whole: "women" in "Women made up 40% of buyers"

    def record(self) -> dict:
        """The frame for JSON: what it counts, whose, what is said of it, when and where."""
        return {"counts": self.counts or None, "holder": self.holder or None,
                "predicate": self.predicate or None, "when": self.when or None, "where": self.where or None}


@dataclass(frozen=True)
class NumberMatch:
    """How one number of the figure lined up with a number of the passage."""

    claim: str
    source: str  # "" when nothing in the passage plays that part
    relation: str  # equal | within | derived | differs | vaguer | absent
    rule: str = ""  # what decided the values: exact, rounding, more-than, about, derived, ...
    claim_frame: Frame | None = None
    source_frame: Frame | None = None
    frame_rule: str = ""  # the frame rule that decided the pair (judge/rules.py)


@dataclass(frozen=True)
class Result:
    """A claim's verdict, the passage it rests on, and why."""

    claim: Claim
    verdict: Verdict
    score: float  # 0-100: how closely the best passage makes the claim's statement
    reason: str
    passage: Passage | None = None
    numbers: tuple[NumberMatch, ...] = field(default_factory=tuple)
    rule: str = ""  # the id of the rule that decided the verdict (judge/rules.py)


@dataclass(frozen=True)
class Problem:
    """Bad input, as a value with a position: rendered `file:line:col: error: message`."""

    file: str
    message: str
    line: int | None = None
    column: int | None = None
    severity: str = "error"  # error | warning

    def __str__(self) -> str:
        where = self.file
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return f"{where}: {self.severity}: {self.message}"
