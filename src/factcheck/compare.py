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
    """How the source's figure bears on the claim's: EQUAL, WITHIN, DIFFERS or VAGUER.

    Both figures are read as ranges: the claim's from its hedge or its rounding, the
    source's from its hedge. Inside the claim's range confirms it; no overlap
    contradicts it; a source range only partly inside is too vague to say.
    """
    if not comparable(claim, source):
        return INCOMPARABLE
    c, s = as_percent(claim), as_percent(source)
    if claim.kind == "fraction" or source.kind == "fraction":
        return _fraction_relation(claim, c, s)
    if _same(c, s) and claim.qualifier == source.qualifier:
        return EQUAL
    if claim.qualifier and claim.qualifier == source.qualifier:
        return DIFFERS  # "up to 29" against "up to 19": the writer changed the bound
    lo, hi, lo_open, hi_open = claim_range(claim)
    slo, shi = source_range(source, s)
    inside = (slo > lo or (slo == lo and not lo_open)) and (shi < hi or (shi == hi and not hi_open))
    if inside:
        return EQUAL if _same(c, s) else WITHIN
    apart = shi < lo or slo > hi or (shi == lo and lo_open) or (slo == hi and hi_open)
    return DIFFERS if apart else VAGUER


def _same(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-9 * max(1.0, abs(a))


def claim_range(q: Quantity) -> tuple[float, float, bool, bool]:
    """The values a claim's figure allows, with open or closed ends."""
    c = as_percent(q)
    inf = float("inf")
    match q.qualifier:
        case "more-than":
            return c, inf, True, False
        case "at-least":
            return c, inf, False, False
        case "fewer-than":
            return -inf, c, False, True
        case "at-most":
            return -inf, c, False, False
        case "nearly":
            return c * (1 - TOLERANCE), c, False, True
        case "about":
            return c - abs(c) * TOLERANCE, c + abs(c) * TOLERANCE, False, False
    half = min(q.precision / 2, abs(c) * TOLERANCE)
    return c - half, c + half, False, False


def source_range(q: Quantity, s: float) -> tuple[float, float]:
    """The values a source's figure allows. "At least 921" and "some 36" are read as
    921 and 36: sources hedge their counts, and the writer quotes them as stated."""
    inf = float("inf")
    match q.qualifier:
        case "more-than":
            return s * (1 + 1e-9) + 1e-12, inf
        case "fewer-than":
            return -inf, s * (1 - 1e-9) - 1e-12
        case "at-most":
            return -inf, s
        case "nearly":
            return s * (1 - TOLERANCE), s * (1 - 1e-9)
    return s, s


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
