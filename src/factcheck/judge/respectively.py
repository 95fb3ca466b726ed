"""Figures given "respectively": "GoldenEye and Killzone … debuting at number 11 and 12
respectively" gives 11 to GoldenEye and 12 to Killzone. A claim that gives a figure of
such a pair to the other name is another statement (holder-other)."""

from __future__ import annotations

import re

from factcheck.judge.frames import Read
from factcheck.judge.rules import HOLDER_OTHER
from factcheck.text.fields import Item
from factcheck.text.sentence import Analysed

_RESPECTIVELY = re.compile(r"\s+respectively\b", re.I)
_AND = re.compile(r"\s+and\s+", re.I)


def _pair(a: Analysed, text: str, k: int) -> int | None:
    """Which of two figures joined by "and" and followed by "respectively" figure k is (0 or
    1); None when it is none of such a pair."""
    qs = a.quantities
    for first in (k - 1, k):
        second = first + 1
        if first < 0 or second >= len(qs):
            continue
        if _AND.fullmatch(text, qs[first].end, qs[second].start) and _RESPECTIVELY.match(text, qs[second].end):
            return k - first
    return None


def _named_pair(a: Analysed, before: int) -> tuple[frozenset[str], frozenset[str]] | None:
    """The last two names joined by "and" before position `before`: "GoldenEye: Rogue Agent
    and Killzone" -> ({goldeneye, rogue, agent}, {killzone})."""
    items: list[Item] = [it for it in a.items if it.pos < before]
    for n in range(len(items) - 2, 0, -1):
        if items[n].raw != "and" or not (items[n - 1].capital and items[n + 1].capital):
            continue
        start, end = n - 1, n + 1
        while start > 0 and items[start - 1].capital and not items[start - 1].stop:
            start -= 1
        while end + 1 < len(items) and items[end + 1].capital and not items[end + 1].stop:
            end += 1
        return (frozenset(it.term for it in items[start:n]), frozenset(it.term for it in items[n + 1:end + 1]))
    return None


def respectively(claim: Read, a: Analysed, text: str, k: int) -> str:
    """HOLDER_OTHER when the claim's holder is the other name of a "respectively" pair."""
    if not claim.holder or "respectively" not in text.lower():
        return ""
    which = _pair(a, text, k)
    if which is None:
        return ""
    names = _named_pair(a, a.positions[k - which])  # the names before the pair's first figure
    if names is None:
        return ""
    own, other = names[which], names[1 - which]
    return HOLDER_OTHER if claim.holder & other and not claim.holder & own else ""
