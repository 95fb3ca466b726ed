"""Whether a source's figure confirms a claim's: the rules a sub-editor applies.

Values are compared like for like (a percentage never confirms a count, £40m never
confirms $40m), at the precision the writer used ("6%" is confirmed by 6.2%, "8,000"
is not by 8,234), and with the writer's hedge ("more than 900" by 921).
"""

from __future__ import annotations

from .models import Quantity

EQUAL = "equal"  # the source states the claim's value
WITHIN = "within"  # the source's value satisfies the claim's hedge or rounding
DIFFERS = "differs"  # the source states another value for it
VAGUER = "vaguer"  # the source is too vague to confirm or deny the claim's value
INCOMPARABLE = "incomparable"  # not the same kind of thing

TOLERANCE = 0.05  # "about" and "nearly": never more than 5%


def comparable(claim: Quantity, source: Quantity) -> bool:
    """Two figures can stand for the same thing: same kind, same currency or unit."""
    kinds = {claim.kind, source.kind}
    if kinds == {"percent", "fraction"}:
        return True
    if claim.kind != source.kind:
        return False
    if claim.kind == "money" and claim.unit != source.unit:
        return False
    if claim.kind == "count" and claim.unit and source.unit and _unit(claim.unit) != _unit(source.unit):
        return False
    return True


def _unit(unit: str) -> str:
    return unit.removesuffix("-old")


def as_percent(q: Quantity) -> float:
    return q.value * 100 if q.kind == "fraction" else q.value


def relation(claim: Quantity, source: Quantity) -> str:
    """How the source's figure bears on the claim's: EQUAL, WITHIN, DIFFERS, VAGUER."""
    if not comparable(claim, source):
        return INCOMPARABLE
    c, s = as_percent(claim), as_percent(source)
    if claim.kind == "fraction" or source.kind == "fraction":
        return _fraction_relation(claim, c, s)
    q = claim.qualifier
    if source.qualifier in {"more-than", "fewer-than", "nearly", "about", "at-most"} and not q:
        return EQUAL if abs(c - s) < 1e-9 and source.qualifier == "about" else VAGUER
    if q == "more-than":
        return WITHIN if s > c else DIFFERS
    if q == "at-least":
        return WITHIN if s >= c else DIFFERS
    if q == "fewer-than":
        return WITHIN if s < c else DIFFERS
    if q == "at-most":
        return WITHIN if s <= c else DIFFERS
    if q == "nearly":
        return WITHIN if c * (1 - TOLERANCE) <= s < c else DIFFERS
    if q == "about":
        return WITHIN if abs(s - c) <= abs(c) * TOLERANCE else DIFFERS
    if abs(s - c) < 1e-9 * max(1.0, abs(c)):
        return EQUAL
    step = claim.precision
    if step > 1e-12 and abs(s - c) <= step / 2 + 1e-9 * max(1.0, abs(c)) and abs(s - c) <= abs(c) * TOLERANCE:
        return WITHIN
    if source.precision > step and abs(s - c) <= source.precision / 2:
        return VAGUER
    return DIFFERS


def _fraction_relation(claim: Quantity, c: float, s: float) -> str:
    """ "A third" is about 33%: a named fraction stands for a band of a few points."""
    q = claim.qualifier
    if q == "more-than":
        return WITHIN if s > c else DIFFERS
    if q == "fewer-than":
        return WITHIN if s < c else DIFFERS
    if q == "nearly":
        return WITHIN if c - 5 <= s < c else DIFFERS
    band = 3.0 if claim.kind == "fraction" else 1.0
    return WITHIN if abs(s - c) <= band else DIFFERS


def supports(rel: str) -> bool:
    return rel in {EQUAL, WITHIN}


def describe(q: Quantity) -> str:
    """A figure as the report names it: its text, or its value when it was a word."""
    return q.text
