"""Who a share is, of its whole: "Women made up 40% of buyers" -> women; "40% of buyers
are retired" -> retired (a word of a figure's frame, as judge/frame_words.py reads the others)."""

from __future__ import annotations

from factcheck.text.sentence import Analysed

_SHARE_KINDS = frozenset({"percent", "fraction"})
_BE = frozenset("is are was were be been".split())
# verbs that say a group is a share of a whole: "Women made up 40% of buyers"
_MAKING_UP = frozenset("make makes made making account accounts accounted represent represents represented "
                       "constitute constitutes constituted comprise comprises comprised".split())
# words between such a verb and the share, or beside its subject: "up", "for", a hedge, an adverb
_BETWEEN = frozenset("up for just over about around nearly almost more than less fewer some roughly only under "
                     "already still now also".split())
PART_WORDS = 3  # "are retired", "will be women": the words that say who a share is, at most


def share_part(a: Analysed, which: int) -> tuple[tuple[str, ...], bool]:
    """Who the share is, of its whole, and whether a verb of making up says so: "Women
    made up 40% of buyers" -> (women), True; "40% of buyers are retired" -> (retired),
    False (what its "of" phrase is said to be). Empty for any other figure, or when the
    clause says neither."""
    if a.quantities[which].kind not in _SHARE_KINDS:
        return (), False
    at, clause = a.positions[which], a.clauses[which]
    own = [it for it in a.items if it.clause == clause]
    before = [it for it in own if it.pos < at]
    verb = len(before)
    while verb and before[verb - 1].raw in _BETWEEN:
        verb -= 1  # "made up just over a third", "account for more than half"
    if verb and before[verb - 1].raw in _MAKING_UP:
        return tuple(it.raw for it in before[:verb - 1] if not it.stop and not it.verb and it.raw not in _BETWEEN), True
    after = [it for it in own if it.pos > at]
    if not after or after[0].raw != "of":
        return (), False
    be = next((n for n, it in enumerate(after) if it.raw in _BE), None)
    if be is None or any(it.verb for it in after[:be]):
        return (), False
    part: list[str] = []
    for it in after[be + 1:be + 1 + PART_WORDS]:
        if it.stop:
            if part:
                break
            continue
        part.append(it.raw)
    return tuple(part), False
