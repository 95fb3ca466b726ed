"""The index interface over one snapshot of the shared index on PostgreSQL.

It is the embedded reader (stored.py) with the server in place of the SQLite file: the
same sentence numbering (files in the order the sources folder is walked, by their
relative names), the same postings and document frequencies, the same `rank()`, so
the verdicts are the embedded index's to the last bit. What differs is the cost of a
question: a query is a round trip, so a claim's look-ups are made in a few batched
queries (the document frequency of all its words, the postings of those it searches
by, the sentences around every hit and the words of their articles), each read
through a primary-key btree: no query reads every sentence.

A run reads one snapshot (a REPEATABLE READ transaction held open), so a refresh that
commits meanwhile changes nothing it sees; a forked worker joins the same snapshot
(pg_export_snapshot). New analyses are written back through a connection of their own,
best effort, as the embedded reader does.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from typing import Any

from factcheck.errors import CacheError, SharedIndexError
from factcheck.index.base import rank, search_terms
from factcheck.index.cache import code_version
from factcheck.index.pgconn import connect, driver, server_errors
from factcheck.index.pgschema import NAMESPACE as NS
from factcheck.index.pgschema import SENTENCE_NAMES, sentence_of, unpack
from factcheck.index.pgurl import PgTarget
from factcheck.index.scan import scan_order
from factcheck.index.schema import SHIFT, split_terms
from factcheck.index.stored import StoredIndex
from factcheck.text.analysis import Analysed

BEFORE, AFTER, OPENING = 3, 2, 2  # sentences read with each hit: the context and passages the matcher reads
SAVE_LOCK_TIMEOUT = "2s"  # saving analyses is only for speed next time: never wait long for a row
WHOLE_VOCABULARY = 300_000  # up to this many terms, a run reads every term's df in one query (~0.1 s)
_SNAPSHOT = re.compile(r"^[0-9A-Fa-f-]+$")


class _Known(dict):
    """Every term's df: a term the table does not hold is used by no sentence."""

    def __missing__(self, term: str) -> int:
        return 0


def reading(target: PgTarget, snapshot: str | None = None) -> Any:
    """A connection in a read-only REPEATABLE READ transaction (joining `snapshot` if given)."""
    psycopg = driver()
    conn = connect(target, autocommit=False)
    conn.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
    conn.read_only = True
    if snapshot is not None:
        if not _SNAPSHOT.match(snapshot):
            raise SharedIndexError(f"PostgreSQL index {target.shown}: bad snapshot id")
        with server_errors(target):
            conn.execute(f"SET TRANSACTION SNAPSHOT '{snapshot}'")
    return conn


def open_reader(target: PgTarget) -> PgIndex:
    """The shared index as it is now: one snapshot, read until the run closes it."""
    conn = reading(target)
    try:
        with server_errors(target):
            (snapshot,) = conn.execute("SELECT pg_export_snapshot()").fetchone()
            if conn.execute(f"SELECT to_regclass('{NS}.meta')").fetchone()[0] is None:
                raise SharedIndexError(f"PostgreSQL index {target.shown}: holds no factcheck index yet; build it "
                                       f"with `factcheck index SOURCES --index {target.shown}`")
            version = conn.execute(f"SELECT value FROM {NS}.meta WHERE key = 'version'").fetchone()
            if version is None or version[0] != code_version():
                raise SharedIndexError(f"PostgreSQL index {target.shown}: built by another version of factcheck "
                                       f"({version[0] if version else 'unknown'}, this is {code_version()}); "
                                       f"refresh it with this one: `factcheck index SOURCES --index {target.shown}`")
            files = conn.execute(f"SELECT name, file_id, sentences FROM {NS}.files").fetchall()
        if not files:
            raise SharedIndexError(f"PostgreSQL index {target.shown}: holds no sources; build it with "
                                   f"`factcheck index SOURCES --index {target.shown}`")
        return PgIndex(conn, target, sorted(files, key=lambda f: scan_order(f[0])), snapshot)
    except BaseException:
        conn.close()
        raise


class PgIndex(StoredIndex):
    """The `Index` protocol over a snapshot of the shared index."""

    def __init__(self, conn: Any, target: PgTarget, files: list[tuple[str, int, int]], snapshot: str) -> None:
        super().__init__(None, None, files, release=self._disconnect)
        self.where = target.shown  # what `factcheck index` reports: the URL without its password
        self._target = target
        self._pg: Any = conn
        self._snapshot = snapshot
        self._held: list[Any] = []  # connections inherited across a fork: kept, never closed in the child
        self._name_of = {fid: name for name, fid, _ in files}
        self._whole_df: bool | None = None  # the whole terms table read at once (None: not decided yet)

    def _disconnect(self) -> None:
        if self._pg is not None:
            try:
                self._pg.close()
            except Exception:  # closing a connection the server dropped: nothing left to release
                pass
            self._pg = None

    def reopen_in_child(self) -> None:
        """In a forked process: a connection of its own, in the parent's snapshot. The
        inherited one is kept referenced and never closed here: closing it would end
        the parent's session, whose socket it shares."""
        self._held.append(self._pg)
        self._pg = reading(self._target, self._snapshot)

    def _run(self, sql: str, args: tuple = ()) -> list[tuple]:
        if self._pg is None or not self._open:
            raise SharedIndexError(f"PostgreSQL index {self.where}: closed")
        with server_errors(self._target):
            return self._pg.execute(sql, args, binary=True).fetchall()

    def _query(self, sql: str, args: tuple = ()) -> list[tuple]:
        raise NotImplementedError("every query of the shared index is its own")  # stored.py's SQLite queries

    def _load(self, first: int, end: int) -> None:
        self._load_many([range(first, end)])

    def _load_many(self, spans: Iterable[range]) -> None:
        """Read every sentence of `spans` not read yet, in one query."""
        keys = []
        for span in spans:
            for sid in span:
                if sid not in self._sentences:
                    at = bisect.bisect_right(self._starts, sid) - 1
                    keys.append((self._fids[at] << SHIFT) + sid - self._starts[at])
        if not keys:
            return
        got = self._run(f"SELECT {SENTENCE_NAMES} FROM {NS}.sentences WHERE key = ANY(%s)", (sorted(set(keys)),))
        if len(got) != len(set(keys)):
            raise SharedIndexError(f"PostgreSQL index {self.where}: sentences are missing from the snapshot")
        for row in got:
            fid = row[0] >> SHIFT
            sentence, terms, blob = sentence_of(self._name_of[fid], row)
            sid = self._start_of[fid] + sentence.index
            self._sentences[sid], self._terms[sid], self._blobs[sid] = sentence, terms, blob

    def analysed(self, sid: int) -> Analysed:
        try:
            return super().analysed(sid)
        except CacheError as exc:  # an analysis that no longer unpickles: rebuilt by a refresh of this version
            raise SharedIndexError(f"PostgreSQL index {self.where}: {exc}; refresh it with `factcheck index`")

    def save_analyses(self) -> None:
        """This run's new analyses into the shared index, for the next run: best effort."""
        rows, self._unsaved = self._unsaved, []
        if not rows or not self._open or self._pg is None:
            return
        psycopg = driver()
        try:
            with psycopg.connect(self._target.url, autocommit=False, connect_timeout=5,
                                 application_name="factcheck") as conn:
                conn.execute(f"SET LOCAL lock_timeout = '{SAVE_LOCK_TIMEOUT}'")
                with conn.cursor() as cur:  # in key order, so two runs saving at once take their row locks alike
                    cur.executemany(f"UPDATE {NS}.sentences SET analysed = %s WHERE key = %s AND text = %s "
                                    "AND analysed IS NULL", sorted(rows, key=lambda row: row[1]))
        except psycopg.Error:
            pass  # busy, read-only or gone: the next run analyses them again

    def source_terms(self, source: str) -> set[str]:
        if source not in self._source_terms:
            if source not in self._span:
                return set()
            self._prefetch_sources([source])
        return self._source_terms[source]

    def _prefetch_sources(self, sources: Iterable[str]) -> None:
        wanted = {self._fid_of[s] for s in sources if s not in self._source_terms}
        if wanted:
            for fid, terms in self._run(f"SELECT file_id, terms FROM {NS}.files WHERE file_id = ANY(%s)",
                                        (sorted(wanted),)):
                self._source_terms[self._name_of[fid]] = set(split_terms(terms))
            for fid in wanted:
                self._source_terms.setdefault(self._name_of[fid], set())

    def _df_of(self, term: str) -> int:
        if term not in self._df:
            self._prefetch_df([term])
        return self._df[term]

    def _prefetch_df(self, terms: Iterable[str]) -> None:
        if self._whole_df:
            return
        wanted = sorted({t for t in terms if t not in self._df})
        if wanted and self._whole_df is None:  # first use: the whole table, in one query, if it is not large
            (rows,) = self._run(f"SELECT reltuples FROM pg_class WHERE oid = '{NS}.terms'::regclass")[0]
            self._whole_df = 0 <= rows <= WHOLE_VOCABULARY
            if self._whole_df:
                self._df = _Known(self._run(f"SELECT term, df FROM {NS}.terms"))
                return
        if wanted:
            self._df.update(self._run(f"SELECT term, df FROM {NS}.terms WHERE term = ANY(%s)", (wanted,)))
            for term in wanted:
                self._df.setdefault(term, 0)

    def vocabulary(self) -> list[str]:
        if self._vocabulary is None:  # sorted here: Python's order, whatever the server's collation
            if self._whole_df:
                self._vocabulary = sorted(term for term, df in self._df.items() if df)
            else:
                self._vocabulary = sorted(t for (t,) in self._run(f"SELECT term FROM {NS}.terms"))
        return self._vocabulary

    def _prefetch_postings(self, terms: Iterable[str]) -> None:
        wanted = sorted({t for t in terms if t not in self._postings})
        if wanted:
            found: dict[str, Any] = {}
            for term, keys in self._run(f"SELECT term, keys FROM {NS}.postings WHERE term = ANY(%s) "
                                        "ORDER BY term, chunk", (wanted,)):
                found[term] = unpack(keys, found.get(term))
            for term in wanted:
                self._postings[term] = found.get(term) or unpack(b"")

    def _postings_of(self, term: str) -> Any:
        self._prefetch_postings([term])
        return self._postings[term]

    def candidates(self, terms: Iterable[str], source: str | None = None, limit: int = 25) -> list[int]:
        """As the embedded reader's, in four queries at most: the words' frequencies, the
        postings searched, the sentences around the hits, the words of their articles."""
        if source and source not in self._span:
            return []
        terms = set(terms)
        self._prefetch_df(terms)
        span = None
        if source:
            first = self._fid_of[source] << SHIFT
            span = (first, first + self._span[source][1] - self._span[source][0])
        chosen = search_terms(terms, self.idf)
        self._prefetch_postings(chosen)
        hits = rank({term: self._postings[term] for term in chosen}, self.idf, span, limit, self._place)
        spans = []
        for sid in hits:
            whole = self.neighbours(sid, 10**9)
            spans += [range(max(whole.start, sid - BEFORE), min(whole.stop, sid + AFTER + 1)),
                      range(whole.start, min(whole.stop, whole.start + OPENING))]
        self._load_many(spans)
        self._prefetch_sources(self._sentences[sid].source for sid in hits)
        return hits

