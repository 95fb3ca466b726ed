"""Whether a source figure counts what the claim's number does, in the same sense: no
"not" on one side only, the same direction of a change and preposition of a year, a
share against a share, and the thing counted named alike ("19 allegations" is not "19
officers"; "12 resignations" is "a dozen resigned")."""

from __future__ import annotations

from factcheck.judge.lexical import related
from factcheck.judge.query import _SHARES, ClaimQuery, _found
from factcheck.models import Quantity
from factcheck.text.analysis import Analysed
from factcheck.text.lexicon import COMPARATIVES as _COMPARATIVES
from factcheck.text.units import unit_named


def _gap_and_share(mine: str, theirs: str) -> bool:
    """One figure a difference, the other a share: "16 per cent less than men" is not
    "16% of women" (the words right after each figure)."""
    after = {mine, theirs}
    return "of" in after and bool(after & _COMPARATIVES)


def _same_dimension(cq: Quantity, sq: Quantity) -> bool:
    """Two measures in units of one dimension ("years" and "months", "km" and "miles")."""
    mine, theirs = unit_named(cq.unit), unit_named(sq.unit)
    return mine is not None and theirs is not None and mine.dimension == theirs.dimension


def counts_same_thing(query: ClaimQuery, i: int, head: str | None, a: Analysed, k: int, restricted: bool) -> bool:
    """The passage figure counts what the claim's does, in the same sense (no "not")."""
    if query.analysed.negated(i) != a.negated(k):
        return False
    if _gap_and_share(query.analysed.follower(i), a.follower(k)):
        return False
    mine_ranked, theirs_ranked = _rank_label(query.analysed, i), _rank_label(a, k)
    if mine_ranked != theirs_ranked and (a.noun_run(k) if mine_ranked else query.analysed.noun_run(i)):
        return False  # "the world number two" is no "two tie-breaks" (but "at three" in a chart is a place)
    if query.analysed.quantities[i].kind == "year":
        mine, theirs = query.analysed.preposition(i), a.preposition(k)
        if mine and theirs and mine != theirs:
            return False
    if a.direction(k) == "from" and not query.analysed.direction(i) and _to_after(a, k):
        return False  # "cutting the limits from £20m to £15m": £20m is what was, not the new limit
    for mine, theirs in ((query.analysed.direction(i), a.direction(k)), (query.analysed.polarity(i), a.polarity(k))):
        if mine and theirs and mine != theirs:
            return False  # "rose to $7.2bn" is not "rose $7.2bn"; "down 62,000" is not "an increase of 62,000"
    if head is None:
        return _named_sum(query, i, a, k)
    cq = query.analysed.quantities[i]
    if _same_dimension(cq, a.quantities[k]) or cq.unit == a.quantities[k].unit == "year-old":
        # "two years" and "12 months": the units are the thing measured, and convert; an age is years; but a
        # measure that names a thing after it names that thing: a "five-week slide" is no "five-week low"
        named, other = query.analysed.noun_run(i)[1:], a.noun_run(k)[1:]  # the words after the unit
        word = query.words.get(named[-1], named[-1]) if named else ""
        return not (named and other and not _found(query, named[-1], set(other)) and not any(
            related(word, it.raw) for it in a.items if it.term in other))

    if cq.kind in _SHARES and a.quantities[k].kind in _SHARES:
        return _found(query, head, a.weak_clause_terms(k))
    if restricted:
        return _found(query, head, a.scope(k, restricted) | a.whole_terms(k))
    source_run = set(a.noun_run(k))
    if not source_run and a.quantities[k].kind == "count" and a.quantities[k].role != "part":
        of = a.of_noun(k)  # "40 of its cars were stolen": what it counts follows "of"
        source_run = {of} if of else source_run
    action = query.analysed.word_after_run(i)
    counts_same = (_found(query, head, source_run)  # "22 million Americans" is not "… American teenagers"
                   or bool(source_run & query.predicates)  # "12 resignations" for "a dozen resigned"
                   or (action is not None and action in source_run))
    if cq.role == "whole":
        return counts_same  # "23 of the 55 officers": the source's 55 must itself count officers
    if source_run and cq.role != "part" and not counts_same:
        return False  # "19 allegations" is not "19 officers"
    return _found(query, head, a.sentence_terms())


def _rank_label(a: Analysed, k: int) -> bool:
    """A figure that names a place in an order: "number two", "No 11" (the word before it)."""
    before = a._at.get(a.positions[k] - 1)
    return before is not None and before.raw in {"number", "no"}


def _to_after(a: Analysed, k: int) -> bool:
    """ "from £20m to £15m": a "to" and another figure right after figure k."""
    at = a.positions[k]
    after = a._at.get(at + 1)
    return after is not None and after.raw == "to" and at + 2 in a.positions


def _named_sum(query: ClaimQuery, i: int, a: Analysed, k: int) -> bool:
    """A sum written before a noun is that thing's: "the $22bn Three Gorges Dam project" is
    the project's cost, not the cost of "two power stations" (the claim must name it)."""
    if a.quantities[k].kind != "money" or query.analysed.quantities[i].kind != "money":
        return True
    run = a.noun_run(k)
    if not run:
        return True
    word = next((it.raw for it in a.items if it.term == run[-1]), run[-1])
    return run[-1] in query.terms or any(related(word, it.raw) for it in query.analysed.items)
