"""Line up each number of a claim's figure with the passage figure that plays its part.

A source figure plays the claim number's part when the words around the two are alike,
it counts the same thing in the same sense (no "not", the same direction of a change,
the same preposition of a year) and holds the same place in a ratio; its value then
confirms, contradicts or is too vague for the claim's (compare.py, derive.py).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from factcheck.index.base import Index
from factcheck.judge import checks
from factcheck.judge import checks_counted as counted
from factcheck.judge.compare import INCOMPARABLE, against_source_range, relation, supports
from factcheck.judge.derive import count_from_share, share_from_counts
from factcheck.judge.events import event
from factcheck.judge.frame_words import places
from factcheck.judge.frames import sentence_names as _sentence_names
from factcheck.judge.frames import source_frame as _source_frame
from factcheck.judge.memo import memo as _memo
from factcheck.judge.query import _SHARES, ClaimQuery, _claim_whole, _found
from factcheck.judge.ranges import range_of
from factcheck.judge.respectively import respectively
from factcheck.judge.rules import COUNTS_OTHER, SPEAKER_OTHER
from factcheck.judge.same_thing import counts_same_thing
from factcheck.judge.similarity import similarity as _similarity
from factcheck.judge.speakers import reported_by_another, speakers
from factcheck.judge.tuning import (  # noqa: F401
    ADJACENT_WEIGHT,
    AGREEING_VALUE,
    CONTEXT_SENTENCES,
    OPENING_SENTENCES,
    OTHER_THING,
    SAME_ROLE,
    SAME_VERBS,
)
from factcheck.models import Frame, Quantity
from factcheck.text.analysis import Analysed, value_token


@dataclass(frozen=True)
class Alignment:
    """One number of the figure, the passage figure playing its part, and how they relate."""

    claim: Quantity
    source: Quantity | None
    similarity: float  # 0-1: how alike the words around the two figures are
    relation: str
    counts_same: bool = True  # same thing counted ("55 allegations"), same sense ("did not")
    note: str = ""  # the arithmetic, when the source's figure was worked out
    fit: float = 0.0  # 0-1: the same, counting only the claim's words that the sentence uses
    ruled: str = ""  # the frame rule that rules the pair out (judge/rules.py), "" when the frames agree
    claim_frame: Frame | None = None
    source_frame: Frame | None = None
    paired: bool = False  # a whole whose part is the source's part of the same ratio ("33 of the 257")


def _context(a: Analysed, k: int, restricted: bool) -> dict[str, float]:
    return _memo(a, k, f"context{restricted}", lambda: a.context(k, restricted))


def _scope(a: Analysed, k: int, restricted: bool) -> set[str]:
    return _memo(a, k, f"scope{restricted}", lambda: a.scope(k, restricted))


def _frame_terms(a: Analysed, k: int) -> set[str]:
    """The terms (and other figures' values) at the positions of source figure k's frame."""
    def work() -> set[str]:
        inside = _source_frame(a, k).positions
        return {it.term for it in a.items if it.pos in inside} | {
            value_token(q) for j, q in enumerate(a.quantities) if a.positions[j] in inside}
    return _memo(a, k, "frame-terms", work)


_ROLE_BLOCKED = {("part", "whole"), ("whole", "part")}


@dataclass(frozen=True)
class _Option:
    """One way to line up a number of the figure: a passage figure (or none) and its score."""

    score: float
    slot: tuple[int, int] | None  # (sentence id, figure index), or None for no figure
    similarity: float
    relation: str
    same_thing: bool
    note: str = ""
    needs_whole: bool = False  # worked out with the claim's whole, which must then hold
    scope: frozenset[str] = frozenset()  # words of that figure's clause
    fit: float = 0.0
    ruled: str = ""
    frame: Frame | None = None


_ABSENT = _Option(0.0, None, 0.0, "absent", True)


def _sentence_options(query: ClaimQuery, sid: int, cache: _SentenceCache) -> list[list[_Option]]:
    """For each number of the figure, every figure of sentence `sid` that could play its part."""
    index = cache.index
    a = index.analysed(sid)
    claim_whole = _claim_whole(query)
    rows: list[list[_Option]] = []
    for n, (i, ctx, head) in enumerate(zip(query.figure, query.contexts, query.heads)):
        cq = query.analysed.quantities[i]
        row: list[_Option] = []
        for k, sq in enumerate(a.quantities):
            if (cq.role, sq.role) in _ROLE_BLOCKED:
                continue
            rel, note, needs_whole = _relation(cq, a, k, claim_whole)
            if rel == INCOMPARABLE:
                continue
            span = None if i in query.ranged else range_of(a, index.sentences[sid].text, k)
            if span is not None and not note:  # "70% to 80%" says no one value
                rel = against_source_range(cq, span[0], span[1])
                note = f"source says {span[2]}" + ("" if supports(rel) else f", claim says {cq.text}")
            restricted = sq.role == "whole"
            # a whole's own clause lends its verb only to a claim about the whole
            theirs = _source_frame(a, k)
            # the clause's words, but those of a coordinated fact beside it (", and 40 others resigned")
            scope = _scope(a, k, restricted and cq.role != "whole") & _frame_terms(a, k)
            sim, fit, overlap = _similarity(ctx, _context(a, k, restricted), index)
            same_thing = counts_same_thing(query, i, head, a, k, restricted)
            ruled = "" if same_thing else COUNTS_OTHER
            if not ruled and n < len(query.frames):
                mine = query.frames[n]
                ruled = ((SPEAKER_OTHER if cache.other_speaker(sid) else "")
                         or checks.holder(mine, theirs, _sentence_names(a), cache.context(sid), cache.article(sid))
                         or checks.named_other(mine, theirs, _sentence_names(a)) or checks.owner(mine, theirs)
                         or checks.sibling_name(mine, theirs, _sentence_names(a))
                         or checks.forecast(mine, cache.words_of(sid))
                         or respectively(mine, a, index.sentences[sid].text, k)
                         or event(query.analysed, i, a, k)
                         or checks.when(mine, theirs) or checks.where(mine, theirs) or checks.changed(mine, theirs)
                         or (checks.there(mine, theirs, cache.places_before(sid)) if theirs.there else "")
                         or counted.union(mine, theirs) or counted.purpose(mine, theirs)
                         or counted.share_part(mine, theirs) or counted.made_of(mine, theirs)
                         or counted.modified(mine, theirs, a.sentence_terms())
                         or counted.of_what(mine, theirs, a.sentence_terms())
                         or checks.qualified(mine, theirs, _sentence_names(a), cache.context(sid),
                                             cache.article(sid)))
                same_thing = not ruled
            score = overlap + (AGREEING_VALUE if supports(rel) else 0.0)
            score += SAME_ROLE if cq.role and cq.role == sq.role else 0.0
            if query.predicates:
                score += SAME_VERBS * sum(_found(query, v, scope) for v in query.predicates) / len(query.predicates)
            row.append(_Option(score - (0.0 if same_thing else OTHER_THING), (sid, k), sim, rel, same_thing, note,
                               needs_whole, frozenset(scope), fit, ruled, theirs.frame))
        rows.append(row)
    return rows


def _align(query: ClaimQuery, ids: tuple[int, ...], cache: _SentenceCache
           ) -> tuple[tuple[Alignment, ...], set[str], set[int], list[tuple[Analysed, int]]]:
    """Give each number of the figure the passage figure that best plays its part.

    Returns the alignments, the words of the clauses those figures stand in (where
    the claim's verbs must be found), which sentences of the passage hold them (as
    positions in `ids`), and the figures themselves (sentence analysis, index).
    """
    per_sentence = [cache.options(sid) for sid in ids]
    rows = []
    for n in range(len(query.figure)):
        row = [option for options in per_sentence for option in options[n]]
        row.sort(key=lambda option: -option.score)
        rows.append([_ABSENT] + row[:5])
    wholes = [n for n, i in enumerate(query.figure) if query.analysed.quantities[i].role == "whole"]
    best = _best_combination(rows, wholes)
    alignments: list[Alignment] = []
    scope: set[str] = set()
    used: set[int] = set()
    held: list[tuple[Analysed, int]] = []
    parts = {o.slot for i, o in zip(query.figure, best) if o.slot and query.analysed.quantities[i].role == "part"}
    for i, option in zip(query.figure, best):
        source = None
        if option.slot is not None:
            sid, k = option.slot
            a = cache.index.analysed(sid)
            source = a.quantities[k]
            scope |= option.scope
            used.add(ids.index(sid))
            held.append((a, k))
        mine = query.frames[len(alignments)].frame if len(alignments) < len(query.frames) else None
        paired = option.slot is not None and any(
            sid == option.slot[0] and cache.index.analysed(sid).partner(k) == option.slot[1] for sid, k in parts)
        alignments.append(Alignment(query.analysed.quantities[i], source, option.similarity, option.relation,
                                    option.same_thing, option.note, option.fit, option.ruled, mine, option.frame,
                                    paired))
    return tuple(alignments), scope, used, held


def _best_combination(rows: list[list[_Option]], wholes: list[int]) -> tuple[_Option, ...]:
    """The highest-scoring choice, one option a number, no passage figure used twice,
    and a count worked out from a share only where the claim's whole is confirmed."""
    best, best_total = None, float("-inf")
    for combo in itertools.product(*rows):
        taken = [o.slot for o in combo if o.slot is not None]
        if len(taken) != len(set(taken)):
            continue
        if any(o.needs_whole for o in combo) and not all(supports(combo[w].relation) for w in wholes):
            continue
        total = sum(o.score for o in combo)
        if total > best_total:
            best, best_total = combo, total
    assert best is not None  # choosing no figure for every number is always possible
    return best


def _relation(cq: Quantity, a: Analysed, k: int, claim_whole: Quantity | None) -> tuple[str, str, bool]:
    """The claim figure against passage figure k: directly, or by working out a share."""
    sq = a.quantities[k]
    if cq.kind in _SHARES and sq.kind == "count" and sq.role == "part":
        whole = a.partner(k)
        if whole is not None and a.quantities[whole].value > 0:
            return (*share_from_counts(cq, sq, a.quantities[whole]), False)
    if cq.kind == "count" and cq.role == "part" and claim_whole is not None and sq.kind in _SHARES:
        return (*count_from_share(cq, sq, claim_whole.value), True)
    return relation(cq, sq), "", False


class _SentenceCache:
    """What a claim needs of each sentence, worked out once however many passages share it."""

    def __init__(self, query: ClaimQuery, index: Index) -> None:
        self.query, self.index = query, index
        self._options: dict[int, list[list[_Option]]] = {}
        self._terms: dict[int, set[str]] = {}
        self._context: dict[int, frozenset[str]] = {}
        self._speaker: dict[int, bool] = {}
        self._words: dict[int, tuple[frozenset[str], frozenset[str]]] = {}
        self.speakers = speakers(query.analysed)  # whoever the claim says reports its figure

    def _written(self, sid: int) -> tuple[frozenset[str], frozenset[str]]:
        """The sentence's words as written (lower case): all of them, and those no stop words."""
        if sid not in self._words:
            items = self.index.analysed(sid).items
            self._words[sid] = (frozenset(it.raw for it in items), frozenset(it.raw for it in items if not it.stop))
        return self._words[sid]

    def words_of(self, sid: int) -> frozenset[str]:
        """Every word of the sentence as written (lower case)."""
        return self._written(sid)[0]

    def content_words(self, sid: int) -> frozenset[str]:
        """The sentence's words that are no stop words, as written (lower case)."""
        return self._written(sid)[1]

    def terms(self, sid: int) -> set[str]:
        if sid not in self._terms:
            self._terms[sid] = self.index.terms(sid)
        return self._terms[sid]

    def options(self, sid: int) -> list[list[_Option]]:
        if sid not in self._options:
            self._options[sid] = _sentence_options(self.query, sid, self)
        return self._options[sid]

    def other_speaker(self, sid: int) -> bool:
        """The claim's speaker is named nowhere near sentence `sid`, where another reports."""
        if not self.speakers:
            return False
        if sid not in self._speaker:
            self._speaker[sid] = reported_by_another(self.index, sid, self.speakers, self.article(sid))
        return self._speaker[sid]

    def article(self, sid: int) -> set[str]:
        return self.index.source_terms(self.index.sentences[sid].source)

    def places_before(self, sid: int) -> frozenset[str]:
        """The places of the nearest sentence before `sid` that names any (where a "there" points)."""
        around = self.index.neighbours(sid, CONTEXT_SENTENCES)
        for j in range(sid - 1, around.start - 1, -1):
            if named := places(list(self.index.analysed(j).items))[1]:
                return named
        return frozenset()

    def context(self, sid: int) -> frozenset[str]:
        """Names a source sentence may leave implicit: those of the sentences just before it
        and of the article's opening (its headline and first sentence)."""
        if sid not in self._context:
            around = self.index.neighbours(sid, CONTEXT_SENTENCES)
            first = self.index.neighbours(sid, 10**9).start
            ids = set(range(around.start, sid)) | set(range(first, min(first + OPENING_SENTENCES, sid)))
            self._context[sid] = frozenset().union(*(_sentence_names(self.index.analysed(j)) for j in ids))
        return self._context[sid]
