"""What every index offers the matcher, and the retrieval rule they all share.

Matching a claim against every sentence of an archive is what makes the obvious approach
slow; an index narrows each claim to the few sentences that share its rarest words
before anything is scored. `Index` is all the judge sees: the in-memory index
(memory.py) and the embedded store's (stored.py) both implement it, and answer alike to
the last bit, because both rank with `rank()` below.
"""

from __future__ import annotations

import heapq
import math
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from typing import Protocol

from factcheck.models import Sentence
from factcheck.text.analysis import Analysed
from factcheck.text.weights import reference_sentences


class Index(Protocol):
    """The sources as sentences: look-ups by term, and each sentence's words and analysis."""

    @property
    def sentences(self) -> Sequence[Sentence]: ...

    @property
    def sources(self) -> list[str]: ...

    def terms(self, sid: int) -> set[str]:
        """A sentence's index terms (what `analysed(sid).content_terms()` gives)."""
        ...

    def analysed(self, sid: int) -> Analysed:
        """A sentence's full analysis, made on first use."""
        ...

    def source_terms(self, source: str) -> set[str]:
        """Every term of one source file."""
        ...

    def idf(self, term: str) -> float:
        """A term's weight: `reference_idf` (text/weights.py), from a fixed reference corpus,
        so that no file added to or removed from the sources changes how words weigh."""
        ...

    def has_term(self, term: str) -> bool: ...

    def vocabulary(self) -> list[str]:
        """Every term, sorted."""
        ...

    def candidates(self, terms: Iterable[str], source: str | None = None, limit: int = 25) -> list[int]:
        """Sentence ids sharing the most weight of `terms`, best first (`rank()`)."""
        ...

    def neighbours(self, sid: int, reach: int) -> range:
        """Ids of the sentences within `reach` of `sid` in the same source."""
        ...

    def close(self) -> None: ...

    def reopen_in_child(self) -> None:
        """In a forked process: take resources of its own (a database connection)."""
        ...

    def save_analyses(self) -> None:
        """Keep the analyses made this run for the next one, where the index can."""
        ...


COMMON = 0.01  # a word in more than 1% of sentences barely ranks them, and costs most to look up
KEEP_RAREST = 4  # but a claim of common words still searches by its rarest few


def search_terms(terms: Iterable[str], idf: Callable[[str], float]) -> list[str]:
    """The terms worth looking up: all but the very common (by the reference weights),
    and at least the rarest few."""
    by_rarity = sorted(set(terms), key=lambda t: (-idf(t), t))
    sentences = reference_sentences()
    floor = math.log(1 + sentences / (1 + COMMON * sentences))
    kept = [t for t in by_rarity if idf(t) > floor]
    return kept if len(kept) >= KEEP_RAREST else by_rarity[:KEEP_RAREST]


LOOKUP = 16  # a bisection costs about as much as reading this many postings through
MARGIN = 1e-9  # far above the rounding of a sum of a claim's few weights, far below any two weights' gap


def rank(postings: dict[str, Sequence[int]], weight: Callable[[str], float],
         span: tuple[int, int] | None, limit: int, place: Callable[[int], int] | None = None) -> list[int]:
    """The retrieval rule every index shares: sum the idf of the terms each sentence
    has, best first, ties to the earlier sentence. Terms are summed in sorted order so
    that the scores, to the last bit, do not depend on how the index was built.

    Postings hold any ids an index keeps, each term's in ascending order (`span`
    bounds them); `place` turns an id into the sentence's number, which is what comes
    back, asked only of the few ids that can make the cut.

    The sum is found without reading every posting of a common word (max-score
    pruning): the rarest, heaviest terms' postings are added first, and once the weight
    left to add could not lift a sentence not yet seen to the `limit`-th best score so
    far, the remaining terms are only looked up (by bisection) for the sentences that
    can still make the cut. The winners' scores are then summed afresh in sorted term
    order, so the result is the plain rule's to the last bit (tests/index/test_rank.py).
    """
    weights = {term: weight(term) for term, ids in postings.items() if ids}
    heaviest = sorted(weights, key=lambda t: (-weights[t], t))
    left = [0.0] * (len(heaviest) + 1)  # left[j]: the most a sentence gains from heaviest[j:]
    for j in range(len(heaviest) - 1, -1, -1):
        left[j] = left[j + 1] + weights[heaviest[j]]
    scores: dict[int, float] = {}
    get = scores.get
    j = 0
    for j, term in enumerate(heaviest):
        # no sentence has more than the weight added so far: while what is left weighs as much,
        # nothing can be pruned, and the cut need not be found
        if len(scores) >= limit and left[j] < left[0] - left[j] and (
                left[j] < heapq.nlargest(limit, scores.values())[-1] - MARGIN):
            break
        w, ids = weights[term], postings[term]
        if span is not None:
            ids = ids[bisect_left(ids, span[0]):bisect_left(ids, span[1])]
        for i in ids:
            scores[i] = get(i, 0.0) + w
    else:
        j = len(heaviest)
    if j < len(heaviest):  # the rest only for the sentences that can still reach the cut
        floor = heapq.nlargest(limit, scores.values())[-1] - MARGIN
        scores = {i: s for i, s in scores.items() if s + left[j] >= floor}
        for term in heaviest[j:]:
            w, ids = weights[term], postings[term]
            if len(scores) * LOOKUP < len(ids):
                for i in scores:
                    if _has(ids, i):
                        scores[i] += w
            else:  # as many sentences left as postings: read them through
                get = scores.get
                for i in ids:
                    score = get(i)
                    if score is not None:
                        scores[i] = score + w
    if len(scores) > limit:
        floor = heapq.nlargest(limit, scores.values())[-1] - MARGIN
        scores = {i: s for i, s in scores.items() if s >= floor}
    terms = sorted(weights)
    exact = {i: _sum(i, terms, postings, weights) for i in scores}
    place = place or (lambda i: i)  # the ids are the sentence numbers themselves
    best = sorted((-score, place(i)) for i, score in exact.items())
    return [sid for _, sid in best[:limit]]


def _has(ids: Sequence[int], i: int) -> bool:
    at = bisect_left(ids, i)
    return at < len(ids) and ids[at] == i


def _sum(i: int, terms: list[str], postings: dict[str, Sequence[int]], weights: dict[str, float]) -> float:
    """One sentence's score as the rule adds it: the weights of its terms in sorted order."""
    score = 0.0
    for term in terms:
        if _has(postings[term], i):
            score += weights[term]
    return score
