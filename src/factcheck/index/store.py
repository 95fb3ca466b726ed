"""The index kept on disk between runs, so a warm run analyses nothing it has seen.

One SQLite file holds, per source file, its size, mtime and content hash; per sentence,
its line, text and terms; the postings of every term, so retrieval reads only the
terms a claim uses; and the full analysis of each sentence the matcher has scored
(pickled: analysing is the expensive step, and most sentences are never scored, so it
is done on first use and kept by stored.py). A refresh re-reads only files whose size
or mtime changed, re-indexes only those whose content changed, and drops files that
are gone: the index then equals a fresh build.

Several runs may share the file (pre-commit runs hooks in parallel). Reading happens
outside any lock; the writes go in one short transaction that re-checks what another
run may have written meanwhile; each run then reads one consistent snapshot (WAL).
"""

from __future__ import annotations

import sqlite3
import time
from array import array
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from factcheck.errors import CacheError
from factcheck.index.cache import code_version, guarded
from factcheck.index.memory import Progress, analyse_sources
from factcheck.index.scan import Refreshed, Stat, plan
from factcheck.index.schema import LOCAL, SCHEMA, SHIFT, TABLES, TERM_SEPARATOR, Row, split_terms
from factcheck.index.stored import StoredIndex
from factcheck.inputs.sentences import split_sentences
from factcheck.inputs.sources import DEFAULT_MAX_BYTES, SourceText
from factcheck.models import Problem
from factcheck.text.analysis import index_terms

BUSY_TIMEOUT_S = 30.0  # writes are short; a run waits this long for another's to finish
FIRST_BATCH = 256  # files analysed before the first write; each later batch doubles
WRITE_CACHE_KIB = 8192  # page cache while writing (SQLite's default is 2 MB): postings are rewritten in term order

def store_rows(text: SourceText) -> list[Row]:
    """One source read into the rows the store keeps (run in worker processes). The full
    analysis waits until the matcher asks for a sentence; stored.py keeps it then."""
    return [(sentence.line, sentence.text, None, TERM_SEPARATOR.join(sorted(index_terms(sentence.text))),
             sentence.place) for sentence in split_sentences(text)]


def _patiently(step: Callable[[], object]) -> None:
    """Run `step`, again while another run holds the file: switching a new file to WAL takes
    a lock SQLite may refuse at once, without its busy wait, to a run that opens it while
    another is creating it (three hooks started together)."""
    deadline = time.monotonic() + BUSY_TIMEOUT_S
    while True:
        try:
            step()
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


class Store:
    """One cache file: opened (created, or reset when built by other code), then refreshed."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.conn: sqlite3.Connection | None = None
        self._digests: dict[str, str] = {}  # the sources as this run saw them, in order
        try:
            with guarded():
                path.parent.mkdir(parents=True, exist_ok=True)
                self.conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None,
                                            check_same_thread=False)
                _patiently(lambda: self._db.execute("PRAGMA journal_mode=WAL"))
                self.conn.execute("PRAGMA synchronous=NORMAL")
                if self._version() != code_version():
                    with self._write():
                        if self._version() != code_version():
                            self._reset()
        except BaseException:
            self.close()
            raise

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None

    @property
    def _db(self) -> sqlite3.Connection:
        if self.conn is None:
            raise CacheError("closed")
        return self.conn

    def _version(self) -> str | None:
        try:
            row = self._db.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()
        except sqlite3.OperationalError as exc:
            if "no such table" in str(exc):
                return None
            raise
        return row[0] if row else None

    def _reset(self) -> None:
        for table in TABLES:
            self._db.execute(f"DROP TABLE IF EXISTS {table}")
        for statement in filter(str.strip, SCHEMA.split(";")):
            self._db.execute(statement)  # not executescript: it would commit the transaction
        self._db.execute("INSERT INTO meta VALUES ('version', ?)", (code_version(),))

    @contextmanager
    def _write(self) -> Iterator[None]:
        self._db.execute(f"PRAGMA cache_size = -{WRITE_CACHE_KIB}")
        try:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")
        finally:
            self._db.execute("PRAGMA cache_size = -2000")  # SQLite's default again, for reading

    def refresh(self, root: Path, max_bytes: int = DEFAULT_MAX_BYTES,
                progress: Progress | None = None) -> tuple[list[Problem], Refreshed]:
        """Bring the store in line with the files under `root`; return the warnings a
        fresh read gives (skipped files) and what changed. Raises SourceError as
        `read_sources` does."""
        with guarded():
            known = {name: (size, mtime, digest) for name, size, mtime, digest in
                     self._db.execute("SELECT name, size, mtime_ns, digest FROM files")}
        todo = plan(root, known, max_bytes)
        problems, digests, touched, fresh, gone = todo.problems, todo.digests, todo.touched, todo.fresh, todo.gone
        # Written in batches that double in size: a build that is killed keeps what it
        # finished, and the postings are rewritten only a few times however many files.
        batch: list[tuple[Stat, int, str, SourceText]] = []
        rows: list[tuple[SourceText, list[Row]]] = []
        size, first = FIRST_BATCH, True
        for item, done in zip(fresh, analyse_sources([text for *_, text in fresh], store_rows, progress)):
            batch.append(item)
            rows.append(done)
            if len(batch) >= size:
                self._commit(digests, touched if first else [], batch, rows)
                batch, rows, size, first = [], [], size * 2, False
        if batch or (first and (gone or touched)):
            self._commit(digests, touched if first else [], batch, rows)
        self._digests = digests
        return problems, todo.refreshed()

    def _commit(self, digests, touched, fresh, rows) -> None:
        with guarded(), self._write():
            self._apply(digests, touched, fresh, rows)

    def _apply(self, digests, touched, fresh, rows) -> None:
        """Write a refresh, re-checking each file: another run may have written it already."""
        current = {name: (fid, digest) for fid, name, digest in
                   self._db.execute("SELECT file_id, name, digest FROM files")}
        dropped: set[int] = set()
        affected: set[str] = set()  # terms of dropped files, whose postings lose keys
        for name, (fid, _) in current.items():
            if name not in digests:
                affected |= self._drop(fid, dropped)
        self._db.executemany("UPDATE files SET size = ?, mtime_ns = ? WHERE name = ? AND digest = ?", touched)
        added: dict[str, array] = defaultdict(lambda: array("q"))  # 8 bytes a key, not an int object
        for (st, mtime, digest, _), (_, file_rows) in zip(fresh, rows):
            fid, had = current.get(st.name, (None, None))
            if had == digest:
                self._db.execute("UPDATE files SET size = ?, mtime_ns = ? WHERE file_id = ?", (st.size, mtime, fid))
                continue
            if fid is not None:
                affected |= self._drop(fid, dropped)
            self._insert(st, mtime, digest, file_rows, added)
        self._merge_postings(affected | set(added), dropped, added, empty=not current)

    def _insert(self, st: Stat, mtime: int, digest: str, rows: list[Row], added: dict[str, array]) -> None:
        """Add one file and its sentences; the keys of its sentences go into `added`, by term."""
        split = [split_terms(joined) for _, _, _, joined, _ in rows]
        terms = sorted({term for sentence_terms in split for term in sentence_terms})
        fid = self._db.execute(
            "INSERT INTO files (name, size, mtime_ns, digest, sentences, terms) VALUES (?, ?, ?, ?, ?, ?)",
            (st.name, st.size, mtime, digest, len(rows), TERM_SEPARATOR.join(terms)),
        ).lastrowid
        assert fid is not None  # an INSERT's row id
        base = fid << SHIFT
        self._db.executemany("INSERT INTO sentences VALUES (?, ?, ?, ?, ?, ?)",
                              ((base + i, line, text, joined, blob, place)
                               for i, (line, text, blob, joined, place) in enumerate(rows)))
        for i, sentence_terms in enumerate(split):
            for term in sentence_terms:
                added[term].append(base + i)

    def _drop(self, fid: int, dropped: set[int]) -> set[str]:
        """Remove one file and its sentences; returns its terms, whose postings must lose its keys."""
        (terms,) = self._db.execute("SELECT terms FROM files WHERE file_id = ?", (fid,)).fetchone()
        self._db.execute("DELETE FROM sentences WHERE key BETWEEN ? AND ?", (fid << SHIFT, (fid << SHIFT) | LOCAL))
        self._db.execute("DELETE FROM files WHERE file_id = ?", (fid,))
        dropped.add(fid)
        return set(split_terms(terms))

    def _merge_postings(self, terms: set[str], dropped: set[int], added: dict[str, array], empty: bool) -> None:
        """Each term's postings are one row of packed keys: old keys of dropped files out,
        new ones in. One row a term, not one a sentence: a cold build writes a tenth
        of the rows, and a claim's lookup reads one row a word."""
        rows = []
        for term in sorted(terms):
            keys = array("q")
            old = None if empty else self._db.execute("SELECT keys FROM terms WHERE term = ?", (term,)).fetchone()
            if old is not None:
                keys.frombytes(old[0])
                if dropped:
                    keys = array("q", [key for key in keys if key >> SHIFT not in dropped])
            fresh = added.get(term)
            if fresh:
                keys.extend(fresh)
                keys = array("q", sorted(keys))
            rows.append((term, len(keys), keys.tobytes()))
        self._db.executemany("INSERT INTO terms VALUES (?, ?, ?) ON CONFLICT (term) DO UPDATE "
                              "SET df = excluded.df, keys = excluded.keys", [r for r in rows if r[1]])
        self._db.executemany("DELETE FROM terms WHERE term = ?", [(r[0],) for r in rows if not r[1]])

    def index(self) -> StoredIndex:
        """A read-only view of one snapshot, which must hold the sources as refreshed."""
        with guarded():
            self._db.execute("BEGIN")
            files = {name: (fid, digest, n) for fid, name, digest, n in
                     self._db.execute("SELECT file_id, name, digest, sentences FROM files")}
            if len(files) != len(self._digests) or any(
                    files.get(name, (0, None))[1] != digest for name, digest in self._digests.items()):
                self._db.execute("ROLLBACK")
                raise CacheError("changed by another run meanwhile", raced=True)
            return StoredIndex(self._db, self.path, [(name, files[name][0], files[name][2]) for name in self._digests],
                               release=self.close)

