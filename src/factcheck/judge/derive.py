"""Figures a source implies but does not print: shares worked out from counts, and back.

"About 13% of the 257 officers were sacked" is what "33 of the 257 getting the sack"
says (33/257 = 12.8%); "around 55 of the 921 were dismissed" is what "6pc of … 921"
says (6% of 921 = 55). A writer may state either; the check does the arithmetic and
shows it in the reason.
"""

from __future__ import annotations

from factcheck.judge.compare import VAGUER, against_range, claim_range
from factcheck.models import Quantity


def share_from_counts(claim: Quantity, part: Quantity, whole: Quantity) -> tuple[str, str]:
    """A claimed share ("13%", "a fifth") against a source's part and whole counts."""
    share = 100.0 * part.value / whole.value
    rel = against_range(claim, share, share, share)
    named = claim.text if claim.kind == "percent" else f"{claim.text} ({_pct(claim.value * 100)})"
    mark = "≈" if rel in {"equal", "within"} else "but the claim says"
    return rel, f"derived: {_num(part.value)}/{_num(whole.value)} = {_pct(share)} {mark} {named}"


def count_from_share(claim: Quantity, share: Quantity, whole_value: float) -> tuple[str, str]:
    """A claimed count of a whole ("55 of the 921") against a source's share of it ("6pc")."""
    pct = share.value * 100 if share.kind == "fraction" else share.value
    point = pct * whole_value / 100
    half = (share.precision / 2 if share.kind == "percent" else 0.0) * whole_value / 100
    rel = against_range(claim, point, point, point)
    if rel not in {"equal", "within"} and half:
        lo, hi, _, _ = claim_range(claim)
        if not (hi < point - half or lo > point + half):
            rel = VAGUER  # inside what the source's rounding allows, but not confirmed
    mark = "≈" if rel in {"equal", "within"} else "but the claim says"
    return rel, f"derived: {share.text} of {_num(whole_value)} = {_num(point, 1)} {mark} {claim.text}"


def _pct(value: float) -> str:
    return f"{value:.1f}%"


def _num(value: float, decimals: int = 0) -> str:
    return f"{value:,.{decimals}f}" if decimals and value != int(value) else f"{value:,.0f}"
