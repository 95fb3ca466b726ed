"""The sources as a searchable collection of sentences, held in memory.

The in-memory `Index` (index/base.py): built for a run with `--no-cache`, or when the
cache cannot be used; the stored index (stored.py) answers the same questions from disk.

Building an index means finding the terms of every sentence, so `analyse_sources`
spreads that over processes when there is enough of it; the full analysis the matcher
needs waits until it asks for a sentence, since most sentences are never scored.
"""

from __future__ import annotations

import gc
import multiprocessing as mp
import os
import signal
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from factcheck.index.base import rank, search_terms
from factcheck.inputs.sentences import split_sentences
from factcheck.inputs.sources import SourceText
from factcheck.models import Sentence
from factcheck.text.analysis import Analysed, analyse, index_terms
from factcheck.text.weights import reference_idf

T = TypeVar("T")
Progress = Callable[[int, int], None]  # (files done, files in all)
PARALLEL_FILES = 64  # fewer files than this are analysed in this process


class SentenceIndex:
    """Sentences of all sources and an inverted index of their terms; a sentence is
    analysed in full only when the matcher first asks for it."""

    def __init__(self, texts: Iterable[SourceText] = (), progress: Progress | None = None) -> None:
        self.sentences: list[Sentence] = []
        self._analysed: dict[int, Analysed] = {}
        self._terms: list[frozenset[str]] = []
        self._postings: dict[str, list[int]] = defaultdict(list)
        self._by_source: dict[str, tuple[int, int]] = {}
        self._source_terms: dict[str, set[str]] = {}
        self._vocabulary: list[str] | None = None
        # In this process: a worker's terms cost about as much to send back as to find.
        for text, terms in analyse_sources(list(texts), text_terms, progress, parallel=False):
            self.add(text, terms)

    def add(self, text: SourceText, terms: list[set[str]] | None = None) -> None:
        """Split one source into sentences and index their terms (found here unless given)."""
        first = len(self.sentences)
        everything: set[str] = set()
        sentences = split_sentences(text)
        if terms is None:
            terms = [index_terms(s.text) for s in sentences]
        for sentence, sentence_terms in zip(sentences, terms):
            sid = len(self.sentences)
            self.sentences.append(sentence)
            self._terms.append(frozenset(sentence_terms))
            everything |= sentence_terms
            for term in sentence_terms:
                self._postings[term].append(sid)
        self._by_source[text.name] = (first, len(self.sentences))
        self._source_terms[text.name] = everything
        self._vocabulary = None

    @property
    def sources(self) -> list[str]:
        return list(self._by_source)

    def close(self) -> None:
        """Nothing to release: the protocol's, for an index that holds a file."""

    def reopen_in_child(self) -> None:
        """A forked child shares the parent's memory: nothing to reopen."""

    def save_analyses(self) -> None:
        """Analyses live as long as the index: nothing to write."""

    def terms(self, sid: int) -> set[str]:
        """A sentence's index terms: what `analysed(sid).content_terms()` gives, without analysing."""
        return set(self._terms[sid])

    def analysed(self, sid: int) -> Analysed:
        found = self._analysed.get(sid)
        if found is None:
            found = self._analysed[sid] = analyse(self.sentences[sid].text)
        return found

    def source_terms(self, source: str) -> set[str]:
        """Every word of one source: a claim's setting is often stated elsewhere in it."""
        return self._source_terms.get(source, set())

    def idf(self, term: str) -> float:
        """Rarer words weigh more: by the reference corpus, whatever the sources hold (base.py)."""
        return reference_idf(term)

    def has_term(self, term: str) -> bool:
        return term in self._postings

    def vocabulary(self) -> list[str]:
        """Every term, sorted: the same order whichever way the index was built."""
        if self._vocabulary is None:
            self._vocabulary = sorted(self._postings)
        return self._vocabulary

    def candidates(self, terms: Iterable[str], source: str | None = None, limit: int = 25) -> list[int]:
        """Sentence ids that share the most weight of `terms`, best first."""
        span = self._by_source.get(source) if source else None
        if source and span is None:
            return []
        chosen = search_terms(terms, self.idf)
        return rank({term: self._postings.get(term, ()) for term in chosen}, self.idf, span, limit)

    def neighbours(self, sid: int, reach: int) -> range:
        """Ids of the sentences within `reach` of `sid` in the same source."""
        first, end = self._by_source[self.sentences[sid].source]
        return range(max(first, sid - reach), min(end, sid + reach + 1))


@contextmanager
def quiet_gc() -> Iterator[None]:
    """Pause the cycle collector while building or reading an index.

    Analysing or unpickling sentences makes hundreds of thousands of small acyclic
    objects; the collector's passes over them cost up to a third of a run and free
    nothing (reference counting frees them). The previous state is restored after.
    """
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def text_terms(text: SourceText) -> list[set[str]]:
    """The index terms of every sentence of one source, in order."""
    return [index_terms(s.text) for s in split_sentences(text)]


def analyse_sources(texts: list[SourceText], work: Callable[[SourceText], T],
                    progress: Progress | None = None, parallel: bool = True) -> Iterator[tuple[SourceText, T]]:
    """`work` on every source, in order: in worker processes when there are many.

    The pool is started before the first progress report, so no progress thread is
    running when the workers are forked.
    """
    workers = min(len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1, 8)
    if not parallel or workers < 2 or len(texts) < PARALLEL_FILES:
        if progress:
            progress(0, len(texts))
        for done, text in enumerate(texts, start=1):
            yield text, work(text)
            if progress:
                progress(done, len(texts))
        return
    methods = mp.get_all_start_methods()
    pool = mp.get_context("fork" if "fork" in methods else methods[0]).Pool(workers, initializer=worker_signals)
    try:
        results = pool.imap(work, texts, chunksize=max(1, min(32, len(texts) // (workers * 8))))
        if progress:
            progress(0, len(texts))
        for done, (text, result) in enumerate(zip(texts, results), start=1):
            yield text, result
            if progress:
                progress(done, len(texts))
        pool.close()
    except BaseException:  # interrupted, terminated, or the caller stopped early: the workers end now
        pool.terminate()
        raise
    finally:
        pool.join()


def worker_signals() -> None:
    """A worker leaves Ctrl-C and SIGTERM to its parent, which ends it (Pool.terminate):
    it never outlives the parent's run, nor dies half-way through writing a result."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
