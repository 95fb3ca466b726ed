"""The index interface over one snapshot of the store, reading only what claims touch.

A warm run must not unpickle the whole archive to check a few claims: retrieval reads
the postings of the claim's words, and the matcher then reads the sentences around
each hit (one query per hit) and unpickles only the analyses it asks for. A sentence
never analysed before is analysed here, and the analysis kept in the store for the
next run (written through a connection of its own, so this run's snapshot stays put).
"""

from __future__ import annotations

import bisect
import pickle
import sqlite3
from array import array
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from factcheck.errors import CacheError
from factcheck.index.base import rank, search_terms
from factcheck.index.cache import CACHE_ERRORS, cache_error, guarded
from factcheck.index.schema import LOCAL, SHIFT, split_terms
from factcheck.models import Sentence
from factcheck.text.analysis import Analysed, analyse
from factcheck.text.weights import reference_idf

PREFETCH_REACH = 2  # sentences after a hit read with it (match.py: MAX_SENTENCES - 1)
KEPT_ANALYSES = 16_000  # unpickled analyses kept (~4 KB each); older ones are unpickled again if asked
SAVE_EVERY = 2_000  # new analyses are written back in batches of this many
SAVE_TIMEOUT_S = 2.0  # saving is only for speed next time: never wait long for the lock


class StoredIndex:
    """The `Index` protocol over a store snapshot; reads only what a claim touches.

    `conn` holds the snapshot's open read transaction; `path` is the store's file (new
    analyses are written back through a connection of their own); `release` ends the
    snapshot when the index is closed.
    """

    def __init__(self, conn: sqlite3.Connection | None, path: Path | None, files: list[tuple[str, int, int]],
                 release: Callable[[], None] = lambda: None) -> None:
        self.path = path
        self._conn: sqlite3.Connection | None = conn
        self._release = release
        self._open = True
        self._inherited: sqlite3.Connection | None = None
        self._names = [name for name, _, _ in files]
        self._fids = [fid for _, fid, _ in files]
        self._fid_of = {name: fid for name, fid, _ in files}
        self._starts: list[int] = []
        self._start_of: dict[int, int] = {}
        self._span: dict[str, tuple[int, int]] = {}
        total = 0
        for name, fid, n in files:
            self._starts.append(total)
            self._start_of[fid] = total
            self._span[name] = (total, total + n)
            total += n
        self._count = total
        self.sentences: Sequence[Sentence] = _Sentences(self)
        self._sentences: dict[int, Sentence] = {}
        self._terms: dict[int, str] = {}  # each sentence's terms, joined, as read
        self._blobs: dict[int, bytes | None] = {}  # pickled analyses as read (None: not analysed yet)
        self._analysed: dict[int, Analysed] = {}
        self._by_text: dict[str, Analysed] = {}  # the analyses above by their sentence text
        self._unsaved: list[tuple[bytes, int, str]] = []  # new analyses: (pickle, key, text)
        self._postings: dict[str, array] = {}
        self._df: dict[str, int] = {}
        self._source_terms: dict[str, set[str]] = {}
        self._vocabulary: list[str] | None = None

    def close(self) -> None:
        self.save_analyses()
        self._open = False
        self._release()

    def reopen_in_child(self) -> None:
        """In a forked process: read through a connection of its own. The inherited one is
        left untouched (and never closed here), as SQLite asks of connections across fork."""
        assert self.path is not None  # the store's file (postgres.py, which has none, reopens its own way)
        with guarded():
            conn = sqlite3.connect(self.path, timeout=30.0, isolation_level=None, check_same_thread=False)
            conn.execute("BEGIN")
        self._inherited = self._conn  # kept referenced, so it is never finalised in the child
        self._conn = conn

    def _query(self, sql: str, args: tuple = ()) -> list[tuple]:
        if self._conn is None or not self._open:
            raise CacheError("closed")
        try:
            return self._conn.execute(sql, args).fetchall()
        except CACHE_ERRORS as exc:
            raise cache_error(exc) from exc

    @property
    def sources(self) -> list[str]:
        return list(self._names)

    def sentence(self, sid: int) -> Sentence:
        found = self._sentences.get(sid)
        if found is None:
            if not 0 <= sid < self._count:
                raise IndexError(sid)
            self._load(sid, sid + 1)
            found = self._sentences[sid]
        return found

    def _load(self, first: int, end: int) -> None:
        """Read sentences first..end-1 (all of one source) into memory, unanalysed."""
        at = bisect.bisect_right(self._starts, first) - 1
        start, name, base = self._starts[at], self._names[at], self._fids[at] << SHIFT
        got = self._query("SELECT key, line, text, terms, analysed, place FROM sentences WHERE key BETWEEN ? AND ?",
                          (base + first - start, base + end - 1 - start))
        if len(got) != end - first:
            raise CacheError(f"sentences of {name} are missing", corrupt=True)
        for key, line, text, terms, blob, place in got:
            local = key & LOCAL
            if start + local not in self._sentences:
                self._sentences[start + local] = Sentence(name, local, line, text, place or "")
                self._terms[start + local] = terms
                self._blobs[start + local] = blob

    def terms(self, sid: int) -> set[str]:
        self.sentence(sid)
        return set(split_terms(self._terms[sid]))

    def analysed(self, sid: int) -> Analysed:
        found = self._analysed.get(sid)
        if found is None:
            sentence = self.sentence(sid)
            blob = self._blobs[sid]
            # one text, one analysis (it is a function of the text alone): a sentence an archive
            # holds many times (wire copy, a republished piece) is unpickled once, and what the
            # judge works out of it once (judge/memo.py keys on the analysis)
            found = self._by_text.get(sentence.text)
            if found is not None:
                if blob is None:
                    self._keep(sid, sentence, found)
            elif blob is None:
                found = analyse(sentence.text)
                self._keep(sid, sentence, found)
            else:
                try:
                    found = pickle.loads(blob)
                except (*CACHE_ERRORS, AttributeError, ImportError, TypeError) as exc:
                    raise CacheError(f"unreadable analysis ({exc})", corrupt=True) from exc
            if len(self._analysed) >= KEPT_ANALYSES:  # memory stays bounded however many claims
                del self._analysed[next(iter(self._analysed))]
            if len(self._by_text) >= KEPT_ANALYSES:
                del self._by_text[next(iter(self._by_text))]
            self._analysed[sid] = found
            self._by_text[sentence.text] = found
        return found

    def _keep(self, sid: int, sentence: Sentence, analysed: Analysed) -> None:
        blob = pickle.dumps(analysed, protocol=pickle.HIGHEST_PROTOCOL)
        self._blobs[sid] = blob
        key = self._fid_of[sentence.source] << SHIFT | sentence.index
        self._unsaved.append((blob, key, sentence.text))
        if len(self._unsaved) >= SAVE_EVERY:
            self.save_analyses()

    def save_analyses(self) -> None:
        """Write this run's new analyses into the store, for the next run: best effort.

        A connection of its own, so this run's read snapshot is untouched (WAL lets a
        reader and a writer be). Each row is written only where the sentence still has
        that text and no analysis, so a store refreshed meanwhile by another run is safe.
        A busy or read-only store just means the next run analyses them again.
        """
        rows, self._unsaved = self._unsaved, []
        if not rows or not self._open or self.path is None:
            return
        try:
            # mode=rw: a cache deleted meanwhile is not made again, empty, by this
            conn = sqlite3.connect(f"{self.path.absolute().as_uri()}?mode=rw", uri=True,
                                   timeout=SAVE_TIMEOUT_S, isolation_level=None)
        except sqlite3.Error:
            return
        try:
            conn.execute("BEGIN IMMEDIATE")
            conn.executemany("UPDATE sentences SET analysed = ? WHERE key = ? AND text = ? AND analysed IS NULL", rows)
            conn.execute("COMMIT")
        except sqlite3.Error:
            pass
        finally:
            conn.close()

    def source_terms(self, source: str) -> set[str]:
        if source not in self._source_terms:
            if source not in self._span:
                return set()
            got = self._query("SELECT terms FROM files WHERE file_id = ?", (self._fid_of[source],))
            self._source_terms[source] = set(split_terms(got[0][0] if got else None))
        return self._source_terms[source]

    def _df_of(self, term: str) -> int:
        if term not in self._df:
            got = self._query("SELECT df FROM terms WHERE term = ?", (term,))
            self._df[term] = got[0][0] if got else 0
        return self._df[term]

    def idf(self, term: str) -> float:
        """By the reference corpus, whatever the sources hold (base.py)."""
        return reference_idf(term)

    def has_term(self, term: str) -> bool:
        return self._df_of(term) > 0

    def vocabulary(self) -> list[str]:
        if self._vocabulary is None:
            self._vocabulary = [t for (t,) in self._query("SELECT term FROM terms ORDER BY term")]
        return self._vocabulary

    def _postings_of(self, term: str) -> array:
        """The store's keys of the sentences using `term` (not sentence numbers: rank()
        turns only its few winners into those)."""
        if term not in self._postings:
            keys = array("q")
            got = self._query("SELECT keys FROM terms WHERE term = ?", (term,))
            if got:
                with guarded():
                    keys.frombytes(got[0][0])
            self._postings[term] = keys
        return self._postings[term]

    def _place(self, key: int) -> int:
        return self._start_of[key >> SHIFT] + (key & LOCAL)

    def candidates(self, terms: Iterable[str], source: str | None = None, limit: int = 25) -> list[int]:
        if source and source not in self._span:
            return []
        keys = None
        if source:
            first = self._fid_of[source] << SHIFT
            keys = (first, first + self._span[source][1] - self._span[source][0])
        chosen = search_terms(terms, self.idf)
        hits = rank({term: self._postings_of(term) for term in chosen}, self.idf, keys, limit, self._place)
        for sid in hits:  # the matcher's passages start at a hit and run forward: one query each
            ahead = range(sid, self.neighbours(sid, PREFETCH_REACH).stop)
            if any(i not in self._sentences for i in ahead):
                self._load(ahead.start, ahead.stop)
        return hits

    def neighbours(self, sid: int, reach: int) -> range:
        at = bisect.bisect_right(self._starts, sid) - 1
        first, end = self._span[self._names[at]]
        return range(max(first, sid - reach), min(end, sid + reach + 1))


class _Sentences(Sequence[Sentence]):
    """`index.sentences[i]`, read from the store on first use."""

    def __init__(self, index: StoredIndex) -> None:
        self._index = index

    def __len__(self) -> int:
        return self._index._count

    def __getitem__(self, sid):
        if isinstance(sid, slice):
            return [self._index.sentence(i) for i in range(*sid.indices(len(self)))]
        return self._index.sentence(sid if sid >= 0 else sid + len(self))
