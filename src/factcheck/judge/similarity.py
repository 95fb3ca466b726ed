"""How alike the words around two figures are: the measure that lines a claim's number up
with the source figure playing its part (judge/align.py)."""

from __future__ import annotations

from factcheck.index.base import Index
from factcheck.judge.tuning import ADJACENT_WEIGHT


def similarity(claim_ctx: dict[str, float], source_ctx: dict[str, float], index: Index
                ) -> tuple[float, float, float]:
    """How alike the words around two figures are: over all the claim's words, over
    those the source sentence uses at all (is this the figure those words stand by?),
    and as an overlap, which is 1.0 for the same words as near and never more (what
    chooses between a sentence's figures)."""
    total = matched = present = overlap = 0.0
    for term, weight in claim_ctx.items():
        scale = ADJACENT_WEIGHT if term[0] in "<>" else index.idf(term)
        w = weight * scale
        total += w
        there = source_ctx.get(term, 0.0)
        matched += w * there
        overlap += scale * min(weight, there)
        if there or term[0] in "<>":
            present += w
    if not total:
        return 0.0, 0.0, 0.0
    return matched / total, (matched / present if present else 0.0), overlap / total
