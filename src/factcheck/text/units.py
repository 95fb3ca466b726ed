"""Units of measure after a number, from text/data/units.tsv: each spelling to one name
(spelled out, singular, as annotated quantities name them: "kilometre", "celsius",
"metric ton"), with its dimension and size, so that 130cm and 1.3m can be compared and
°C never meets °F."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import NamedTuple

from factcheck.text.lexicon import words as _lex_words

_DATA = Path(__file__).parent / "data" / "units.tsv"


class Unit(NamedTuple):
    name: str
    dimension: str
    size: float  # in the dimension's base unit


@cache
def _table() -> tuple[dict[str, Unit], dict[str, Unit], dict[str, Unit]]:
    """Units by name, by glued spelling (case kept) and by spaced spelling (lower case)."""
    by_name: dict[str, Unit] = {}
    glued: dict[str, Unit] = {}
    spaced: dict[str, Unit] = {}
    for line in _DATA.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, dimension, size, spellings = line.split("|")
        unit = Unit(name, dimension, float(size))
        by_name[name] = unit
        for spelling in (s.strip() for s in spellings.split(",") if s.strip()):
            if spelling.startswith("*"):
                glued[spelling[1:]] = unit
            else:
                spaced[spelling] = unit
    return by_name, glued, spaced


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    _, glued, spaced = _table()
    longest = sorted(glued, key=len, reverse=True)
    glued_re = re.compile("(?:" + "|".join(map(re.escape, longest)) + r")(?![A-Za-z0-9])")
    words = sorted(spaced, key=len, reverse=True)
    spaced_re = re.compile(r"[ -]?(?:" + "|".join(re.escape(w).replace(r"\ ", r"[ -]") for w in words)
                           + r")(?![A-Za-z0-9])", re.I)
    return glued_re, spaced_re


def unit_after(text: str, end: int) -> tuple[Unit, int] | None:
    """The unit written right after a number ending at `end` ("130cm", "2.5 km/h", "40 deg
    celsius"), and where it ends; None when no unit of the table follows."""
    glued_re, spaced_re = _patterns()
    m = glued_re.match(text, end)
    if m:
        return _table()[1][m.group()], m.end()
    m = spaced_re.match(text, end)
    if m:
        spelling = re.sub(r"[ -]+", " ", m.group().lstrip(" -").lower())
        unit = _table()[2].get(spelling)
        if unit is not None:
            return unit, m.end()
    return None


# "m" after a number is a million ("18m people", "70m euros") but for these signs of a length:
# a word of size or sport after it ("1.8m tall", "the 60m hurdles"), a race's distance, a
# height to the centimetre ("4.25m"), or a conversion from feet ("30ft (10m)")
_METRE_AFTER = re.compile(r"[ -]?(?:" + "|".join(sorted(_lex_words("metre_words"))) + r")\b", re.I)
_RACES = frozenset({60.0, 100.0, 110.0, 200.0, 300.0, 400.0, 600.0, 800.0, 1000.0, 1500.0, 1600.0, 2000.0, 3000.0,
                    5000.0, 10000.0})
_NO_NOUN_AFTER = re.compile(r"\s*(?:$|[^A-Za-z\s£$€]|(?:in|at|on|and|or|but|with|for|to|when|after|before|behind|"
                            r"ahead|was|is|has|had|where|while|this|last|x|by)\b)", re.I)
_FEET_BEFORE = re.compile(r"(?:ft|feet|foot|yards?|yds?|in|inches|miles?)\s*\(\s*$", re.I)
_RACE_BEFORE = re.compile(r"(?:\bthe|\bover|\band|'s|indoor|outdoor|olympic|\bher|\bhis)\s+$", re.I)
_FEET_AFTER = re.compile(r"\s*\(\s*[\d.,]+\s?(?:ft|feet|foot|in|inches|yards?|yds?)\b", re.I)  # "1.3m (4.2ft)"


def metres_not_millions(text: str, start: int, end: int, value: float, precision: float) -> bool:
    """Whether the "m" of a number read from `start` to `end` ("1500m", "12 m") is metres; a
    spaced "m" with no noun after is ("12 m 2 dm"), as a million is written glued ("5m")."""
    if _METRE_AFTER.match(text, end) or _FEET_BEFORE.search(text[max(0, start - 12):start]) or _FEET_AFTER.match(
            text, end):
        return True
    if not _NO_NOUN_AFTER.match(text, end):
        return False  # "18m people", "5m tonnes", "200m deal"
    if text[end - 2:end - 1] == " " or (precision == 0.01 and value < 100):
        return True  # "cleared 4.25m", "landed 17.30m"
    return value in _RACES and bool(_RACE_BEFORE.search(text[max(0, start - 10):start]))


def unit_named(name: str) -> Unit | None:
    return _table()[0].get(name)


def glued_unit(spelling: str) -> str:
    """The name of a unit written glued to its number ("cm" of "130cm")."""
    return _table()[1][spelling].name


# The glued spellings as one alternation, longest first ("km/h" before "km"), for the
# number reader's pattern.
GLUED_UNITS = "|".join(re.escape(s) for s in sorted(_table()[1], key=len, reverse=True))
