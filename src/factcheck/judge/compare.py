"""Whether a source's figure confirms a claim's: the rules a sub-editor applies.

Values are compared like for like (a percentage never confirms a count, £40m never
confirms $40m), at the precision the writer used ("6%" is confirmed by 6.2%, "8,000"
is not by 8,234), and with the writer's hedge ("more than 900" by 921).
"""

from __future__ import annotations

from factcheck.judge.tuning import (  # noqa: F401
    BOUND_STEPS,
    FRACTION_BAND,
    HEDGE_SPAN,
    PRECISE_BOUND,
    TOLERANCE,
)
from factcheck.models import Quantity
from factcheck.text.units import unit_named
from factcheck.text.vague import band

EQUAL = "equal"  # the source states the claim's value
WITHIN = "within"  # the source's value satisfies the claim's hedge or rounding
DIFFERS = "differs"  # the source states another value for it
VAGUER = "vaguer"  # the source is too vague to confirm or deny the claim's value
INCOMPARABLE = "incomparable"  # not the same kind of thing
# figures that name or mark rather than measure: equal only to themselves, never rounded
EXACT_KINDS = frozenset({"score", "time", "elapsed", "label", "ordinal", "odds"})


def same_writing(claim: Quantity, source: Quantity) -> tuple[Quantity, Quantity]:
    """ "3,000m" read as metres on one side ("the 3,000m in 7:40") and as a million on the
    other ("a tight 3,000m in 7:40"): the same writing is the same figure, in metres."""
    if claim.kind == source.kind == "count" and claim.text == source.text and {claim.unit, source.unit} == {
            "metre", ""}:
        if claim.unit:
            return claim, source._replace(value=claim.value, precision=claim.precision, unit="metre")
        return claim._replace(value=source.value, precision=source.precision, unit="metre"), source
    return claim, source


def comparable(claim: Quantity, source: Quantity) -> bool:
    """Two figures can stand for the same thing: same kind, same currency or unit."""
    claim, source = same_writing(claim, source)
    kinds = {claim.kind, source.kind}
    if kinds == {"percent", "fraction"}:
        return True
    if claim.kind != source.kind:
        return False
    if claim.kind == "money" and claim.unit != source.unit:
        return False
    if claim.kind == "count" and claim.unit and source.unit and _unit(claim.unit) != _unit(source.unit):
        return _in_claim_unit(claim, source) is not None  # 130cm and 1.3 metres, never °C and °F
    return True


def _in_claim_unit(claim: Quantity, source: Quantity) -> Quantity | None:
    """The source's figure in the claim's unit, when both are units of one dimension."""
    mine, theirs = unit_named(claim.unit), unit_named(source.unit)
    if mine is None or theirs is None or mine.dimension != theirs.dimension:
        return None
    scale = theirs.size / mine.size
    return source._replace(value=source.value * scale, precision=source.precision * scale, unit=claim.unit)


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
    claim, source = same_writing(claim, source)
    if claim.kind == "money" and source.kind == "money" and claim.unit != source.unit:
        return DIFFERS if _same(claim.value, source.value) else INCOMPARABLE  # $42m for £42m
    if not comparable(claim, source):
        return INCOMPARABLE
    if claim.kind in EXACT_KINDS:  # "1-6 6-1 6-3" is not "1-6 6-1 6-4", however close as numbers
        return EQUAL if claim.value == source.value else DIFFERS
    if claim.kind == "count" and claim.unit and source.unit and claim.unit != source.unit:
        source = _in_claim_unit(claim, source) or source
    if claim.kind == "date":
        same_day = claim.value % 10000 == source.value % 10000
        years = (claim.value // 10000, source.value // 10000)
        return EQUAL if same_day and (0 in years or years[0] == years[1]) else DIFFERS
    c, s = as_percent(claim), as_percent(source)
    if _same(c, s) and claim.qualifier == source.qualifier:
        return EQUAL
    if claim.qualifier and claim.qualifier == source.qualifier:
        # "over 5,118" against "more than 6,000", "up to 29" against "up to 19": the
        # writer changed the bound the source gives; compare the bounds themselves
        return against_range(_bare(claim), s, s, s)
    if band(source) is not None and band(claim) is None:
        return VAGUER  # a source's "hundreds" neither confirms nor denies a claim's "921"
    return against_range(claim, *source_range(source, s), point=s)


def against_range(claim: Quantity, slo: float, shi: float, point: float) -> str:
    """The claim against a source range [slo, shi] (a point when equal)."""
    lo, hi, lo_open, hi_open = claim_range(claim)
    inside = (slo > lo or (slo == lo and not lo_open)) and (shi < hi or (shi == hi and not hi_open))
    if inside:
        return EQUAL if _same(as_percent(claim), point) else WITHIN
    apart = shi < lo or slo > hi or (shi == lo and lo_open) or (slo == hi and hi_open)
    return DIFFERS if apart else VAGUER


def against_source_range(claim: Quantity, low: float, high: float) -> str:
    """The claim against a range the source gives ("70% to 80%", "between 4,560 and 6,000"):
    inside it supports only a claim that names the end as its bound ("up to 80%", "as many
    as 80%", "at least 70%"); a bare figure inside it is vaguer than the claim; outside, it
    differs."""
    c = as_percent(claim)
    if (claim.qualifier == "at-most" and _same(c, high)) or (claim.qualifier == "at-least" and _same(c, low)):
        return EQUAL
    return against_range(claim, low, high, point=(low + high) / 2)


def _bare(q: Quantity) -> Quantity:
    return Quantity(q.value, q.kind, q.text, q.start, q.end, q.precision, q.unit, "", q.role)


def _same(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-9 * max(1.0, abs(a))


def claim_range(q: Quantity) -> tuple[float, float, bool, bool]:
    """The values a claim's figure allows, with open or closed ends.

    A bare figure allows what rounds to it at the writer's precision ("6%" allows
    5.5-6.5%), but a count or a sum never more than 5% either way ("8,000" is exact).
    A named fraction ("a third", "one in eight") stands for a band of a few points.
    """
    c = as_percent(q)
    spread = band(q)
    if spread is not None:  # "hundreds of officers": 200 to 999
        return spread[0], spread[1], False, True
    match q.qualifier:
        case "more-than":
            return c, c + _bound_reach(q, c), True, False
        case "at-least":
            return c, c + _bound_reach(q, c), False, False
        case "fewer-than":
            return c - _bound_reach(q, c) / HEDGE_SPAN, c, False, True
        case "at-most":
            # "up to 29", "as many as 19": the writer names the maximum, so it must be it
            return c * (1 - TOLERANCE), c, False, False
        case "nearly":
            return c * (1 - TOLERANCE), c, False, True
        case "about":
            half = abs(c) * TOLERANCE
            if q.kind in {"count", "money"}:
                # "some 912" is no rounding of 921: a writer's "about" is at most a step of its last digit
                half = min(half, max(q.precision, _last_digit(q.value)))
            return c - half, c + half, False, False
    if q.kind == "fraction":
        half = min(FRACTION_BAND, 0.2 * c)
    elif q.kind == "percent":
        half = q.precision / 2
    else:
        half = min(q.precision / 2, abs(c) * TOLERANCE)
    return c - half, c + half, False, False


def _bound_reach(q: Quantity, c: float) -> float:
    """How far past a bound a true figure may lie: up to twice a round bound ("more than
    900" for 1,500), but past a precise one ("over 93,192") only by a few steps of its
    last digit, or 5%: such a bound is the source's own figure, not a rounding."""
    if q.kind in {"count", "money"} and _last_digit(q.value) * PRECISE_BOUND < abs(q.value):
        return max(_last_digit(q.value) * BOUND_STEPS, abs(c) * TOLERANCE)
    return abs(c) * (HEDGE_SPAN - 1)


def _last_digit(value: float) -> float:
    """The step a whole number is rounded to: its last non-zero digit's place, five of it
    when that digit is a 5 (30,000 -> 10,000; 912 -> 1; 55 -> 5)."""
    if value != int(value) or value == 0:
        return 0.0
    step, n = 1.0, int(abs(value))
    while n % 10 == 0:
        n //= 10
        step *= 10
    return step * 5 if n % 10 == 5 else step


def source_range(q: Quantity, s: float) -> tuple[float, float]:
    """The values a source's figure allows. "At least 921" and "some 36" are read as
    921 and 36: sources hedge their counts, and the writer quotes them as stated."""
    inf = float("inf")
    spread = band(q)
    if spread is not None:  # a source's "hundreds" against a claim's "thousands"
        return spread[0], spread[1] * (1 - 1e-9)
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


def rule(claim: Quantity) -> str:
    """The rule a claim's figure is held to, as the report names it."""
    if claim.qualifier:
        return claim.qualifier
    if claim.kind == "fraction":
        return "share"
    if claim.kind == "percent" or claim.precision != 1:
        return "rounding"
    return "exact"


def supports(rel: str) -> bool:
    return rel in {EQUAL, WITHIN}


