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
from collections.abc import Callable, Iterable, Sequence
from typing import Protocol

from factcheck.models import Sentence
from factcheck.text.analysis import Analysed


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

    def idf(self, term: str) -> float: ...

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


def idf(sentences: int, df: int) -> float:
    return math.log(1 + max(1, sentences) / (1 + df))


COMMON = 0.01  # a word in more than 1% of sentences barely ranks them, and costs most to look up
KEEP_RAREST = 4  # but a claim of common words still searches by its rarest few


def search_terms(terms: Iterable[str], idf: Callable[[str], float], sentences: int) -> list[str]:
    """The terms worth looking up: all but the very common, and at least the rarest few."""
    by_rarity = sorted(set(terms), key=lambda t: (-idf(t), t))
    floor = math.log(1 + max(1, sentences) / (1 + COMMON * max(1, sentences)))
    kept = [t for t in by_rarity if idf(t) > floor]
    return kept if len(kept) >= KEEP_RAREST else by_rarity[:KEEP_RAREST]


def rank(postings: dict[str, Sequence[int]], weight: Callable[[str], float],
         span: tuple[int, int] | None, limit: int, place: Callable[[int], int] | None = None) -> list[int]:
    """The retrieval rule both indexes share: sum the idf of the terms each sentence
    has, best first, ties to the earlier sentence. Terms are summed in sorted order so
    that the scores, to the last bit, do not depend on how the index was built.

    Postings may hold any ids an index keeps (`span` bounds them); `place` turns an id
    into the sentence's number, which is what comes back. It is asked only of the few
    ids that can make the cut, found first by score alone.
    """
    scores: dict[int, float] = {}
    get = scores.get
    for term in sorted(postings):
        ids = postings[term]
        if not ids:
            continue
        w = weight(term)
        if span is None:
            for i in ids:
                scores[i] = get(i, 0.0) + w
        else:
            low, high = span
            for i in ids:
                if low <= i < high:
                    scores[i] = get(i, 0.0) + w
    if len(scores) > limit:
        floor = heapq.nlargest(limit, scores.values())[-1]
        scores = {i: score for i, score in scores.items() if score >= floor}
    place = place or (lambda i: i)  # the ids are the sentence numbers themselves
    best = sorted((-score, place(i)) for i, score in scores.items())
    return [sid for _, sid in best[:limit]]
