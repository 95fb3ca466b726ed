"""Figures a writer gives as a band, not a number: "hundreds", "tens of thousands",
"dozens", "in his late 20s", "the 1990s".

Each reads as one figure whose value is its base (100 for "hundreds", 20 for "20s",
1990 for "the 1990s") and whose qualifier names the band (`band()`): a claim's "hundreds
of officers" allows 200 to 999; a source's "hundreds" is too vague to confirm "921".
"""

from __future__ import annotations

import re

from factcheck.models import Quantity

_SCALES = {"dozens": 12.0, "scores": 20.0, "hundreds": 100.0, "thousands": 1e3, "millions": 1e6, "billions": 1e9}
_TIMES = {"tens": 10.0, "hundreds": 100.0}
_PLURAL = re.compile(r"(?<![\w-])(?:(?P<times>tens|hundreds)\s+of\s+)?(?P<scale>dozens|hundreds|thousands|millions"
                     r"|billions)(?![\w-])", re.I)
# "scores" is a count only before "of": "scores of people", not "the scores were level"
_SCORES = re.compile(r"(?<![\w-])scores(?=\s+of\s)", re.I)
_DECADE = re.compile(r"(?<![\w'-])(?:(?P<part>early|mid|late)[\s-]+)?(?P<century>1[0-9]|20)?"
                     r"(?P<tens>\d0)s(?![\w-])", re.I)
_WHOSE = re.compile(r"\b(?:his|her|their|your|my|our)\s+(?:(?:early|mid|late)[\s-]+)?$", re.I)  # "in his late 20s"

MANY = "many"  # "hundreds": two to ten times the base (two to twelve for "dozens")
DECADE = "decade"  # "the 1990s", "in their 20s"; "decade-early", "-mid", "-late" for its thirds
_PARTS = {"early": (0.0, 4.0), "mid": (3.0, 7.0), "late": (6.0, 10.0), None: (0.0, 10.0)}


def vague_figures(text: str) -> list[Quantity]:
    """Every band figure of `text`, in order (text already normalised)."""
    out: list[Quantity] = []
    for m in _PLURAL.finditer(text):
        base = _SCALES[m.group("scale").lower()] * _TIMES.get((m.group("times") or "").lower(), 1.0)
        out.append(Quantity(base, "count", m.group(), m.start(), m.end(), base, "", MANY))
    for m in _SCORES.finditer(text):
        out.append(Quantity(20.0, "count", m.group(), m.start(), m.end(), 20.0, "", MANY))
    for m in _DECADE.finditer(text):
        part = (m.group("part") or "").lower()
        qualifier = f"{DECADE}-{part}" if part else DECADE
        century, tens = m.group("century"), m.group("tens")
        if century:  # "the 1990s", "the 2000s": years
            out.append(Quantity(float(century + tens), "year", m.group(), m.start(), m.end(), 10.0, "", qualifier))
        elif tens != "00" and (_WHOSE.search(text[max(0, m.start() - 20):m.start("tens")])
                               or m.group() == text.strip()):
            # "in his late 20s" (or a claim's figure "late 20s"): an age; "the 20s" in a
            # sentence names no century and is left unread
            out.append(Quantity(float(tens), "count", m.group(), m.start(), m.end(), 10.0, "year-old", qualifier))
    return sorted(out, key=lambda q: q.start)


def band(q: Quantity) -> tuple[float, float] | None:
    """The values a band figure stands for, [low, high) ; None for any other figure."""
    if q.qualifier == MANY:
        return 2 * q.value, (12 if q.value == 12 else 10) * q.value
    if q.qualifier.startswith(DECADE):
        part = q.qualifier.removeprefix(DECADE).removeprefix("-") or None
        low, high = _PARTS[part]
        return q.value + low, q.value + high
    return None
