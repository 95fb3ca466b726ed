"""Currencies, from text/data/currencies.tsv: the words and signs that make a number a sum
of money ("40 billion won", "500 rand", "₹500", "15 €"), the code sums are compared by, and
the name `factcheck figures` spells each out as ("south african rand")."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import NamedTuple

_DATA = Path(__file__).parent / "data" / "currencies.tsv"


class Currencies(NamedTuple):
    words: dict[str, str]  # one word after a number -> code ("rand" -> "ZAR")
    scaled_only: frozenset[str]  # words that are money only after a scale ("40 billion won")
    phrases: dict[str, str]  # words of two or more ("south african rand") -> code
    signs: dict[str, str]  # a sign before or after a number -> code
    names: dict[str, str]  # code -> name spelled out


@cache
def table() -> Currencies:
    words: dict[str, str] = {}
    scaled: set[str] = set()
    phrases: dict[str, str] = {}
    signs: dict[str, str] = {}
    names: dict[str, str] = {}
    for line in _DATA.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        code, name, spelled, marks = line.split("|")
        names[code] = name
        for spelling in (s.strip().lower() for s in spelled.split(",") if s.strip()):
            if spelling.startswith("*"):
                spelling = spelling[1:]
                scaled.add(spelling)
            (phrases if " " in spelling else words)[spelling] = code
        for mark in (m.strip() for m in marks.split(",") if m.strip()):
            signs[mark] = code
    return Currencies(words, frozenset(scaled), phrases, signs, names)


def name(code: str) -> str:
    """The currency of `code` spelled out ("ZAR" -> "south african rand"); the code when unknown."""
    return table().names.get(code, code)


@cache
def phrase_pattern() -> re.Pattern[str]:
    """Currencies of two words or more, right after a number: "125 million australian dollars"."""
    spellings = sorted(table().phrases, key=len, reverse=True)
    return re.compile(r"\s(?P<name>" + "|".join(re.escape(s).replace(r"\ ", r"\s+") for s in spellings) + r")\b", re.I)


# signs of one character written after the number ("15 €", "100元"), where the press of some
# countries puts them; never before another number ("5 £10 notes")
SIGNS_AFTER = re.compile(r"\s?(?P<sign>[$£€¥₹₩₽₺₦₱₪₴₿元฿৳])(?!\s?\d)")
