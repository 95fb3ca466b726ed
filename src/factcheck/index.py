"""The sources as a searchable collection of sentences.

Matching a claim against every sentence of an archive is what makes the obvious
approach slow; this narrows each claim to the few sentences that share its rarest
words before anything is scored. The interface (`sentences`, `analysed`, `idf`,
`candidates`, `neighbours`) is all the matcher sees, so a persistent or server-backed
store can stand in for this in-memory one.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable

from .analysis import Analysed, analyse
from .models import Sentence
from .sources import SourceText, split_sentences


class SentenceIndex:
    """Sentences of all sources, their analyses, and an inverted index of their terms."""

    def __init__(self, texts: Iterable[SourceText] = ()) -> None:
        self.sentences: list[Sentence] = []
        self._analysed: list[Analysed] = []
        self._postings: dict[str, list[int]] = defaultdict(list)
        self._by_source: dict[str, tuple[int, int]] = {}
        self._source_terms: dict[str, set[str]] = {}
        for text in texts:
            self.add(text)

    def add(self, text: SourceText) -> None:
        """Split one source into sentences and index their terms."""
        first = len(self.sentences)
        everything: set[str] = set()
        for sentence in split_sentences(text):
            sid = len(self.sentences)
            analysed = analyse(sentence.text)
            self.sentences.append(sentence)
            self._analysed.append(analysed)
            terms = analysed.content_terms()
            everything |= terms
            for term in terms:
                self._postings[term].append(sid)
        self._by_source[text.name] = (first, len(self.sentences))
        self._source_terms[text.name] = everything

    @property
    def sources(self) -> list[str]:
        return list(self._by_source)

    def analysed(self, sid: int) -> Analysed:
        return self._analysed[sid]

    def source_terms(self, source: str) -> set[str]:
        """Every word of one source: a claim's setting is often stated elsewhere in it."""
        return self._source_terms.get(source, set())

    def idf(self, term: str) -> float:
        """Rarer words weigh more; a word the sources never use weighs most."""
        n = max(1, len(self.sentences))
        df = len(self._postings.get(term, ()))
        return math.log(1 + n / (1 + df))

    def has_term(self, term: str) -> bool:
        return term in self._postings

    def vocabulary(self) -> list[str]:
        return list(self._postings)

    def candidates(self, terms: Iterable[str], source: str | None = None, limit: int = 25) -> list[int]:
        """Sentence ids that share the most weight of `terms`, best first."""
        span = self._by_source.get(source) if source else None
        if source and span is None:
            return []
        scores: dict[int, float] = defaultdict(float)
        for term in set(terms):
            ids = self._postings.get(term)
            if not ids:
                continue
            weight = self.idf(term)
            for sid in ids:
                if span is None or span[0] <= sid < span[1]:
                    scores[sid] += weight
        return sorted(scores, key=lambda sid: (-scores[sid], sid))[:limit]

    def neighbours(self, sid: int, reach: int) -> range:
        """Ids of the sentences within `reach` of `sid` in the same source."""
        first, end = self._by_source[self.sentences[sid].source]
        return range(max(first, sid - reach), min(end, sid + reach + 1))
