"""Building and refreshing the shared index on PostgreSQL.

A refresh plans as the embedded store does (scan.py: size, mtime, then a hash of the
content; sources named relative to the sources root, so clients on other machines
agree), reads and analyses only what changed, and writes it under an advisory lock
(`pg_advisory_lock`): several clients refreshing at once take turns, and each one,
once it holds the lock, compares the files with what the last one wrote, so nothing is
indexed twice. A refresh of an index that holds files is one transaction: a reader sees
the archive before it or after it, never half-way. A cold build commits in batches
(nobody reads an empty index), so a build that is stopped keeps what it finished.

The writer opens the reader's snapshot before it lets go of the lock: the run then
reads exactly what it refreshed.
"""

from __future__ import annotations

from array import array
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from factcheck.errors import SharedIndexError
from factcheck.index.base import Index
from factcheck.index.cache import code_version
from factcheck.index.memory import Progress, analyse_sources
from factcheck.index.pgconn import connect, server_errors
from factcheck.index.pgschema import CHUNK_BITS, LOCK_KEY, SENTENCE_NAMES, TABLES, pack, unpack
from factcheck.index.pgschema import NAMESPACE as NS
from factcheck.index.pgurl import PgTarget
from factcheck.index.postgres import PgIndex, open_reader
from factcheck.index.scan import Plan, Refreshed, plan
from factcheck.index.schema import LOCAL, SHIFT, TERM_SEPARATOR, Row, split_terms
from factcheck.index.store import store_rows
from factcheck.inputs.sources import DEFAULT_MAX_BYTES
from factcheck.models import Problem

FIRST_BATCH, MAX_BATCH = 256, 4096  # files written at a time: doubling from the first, up to the last
DROPPED = ("postings", "terms", "sentences", "files", "meta")
_SENTENCE_TYPES = ["int8", "int4", "text", "bytea", "text", "text"]  # binary COPY of pgschema.SENTENCE_COLUMNS

Batch = list[tuple[tuple[Any, int, str, Any], tuple[Any, list[Row]]]]  # (stat, mtime, digest, text), (text, rows)


def open_shared(target: PgTarget, sources: Path, max_bytes: int = DEFAULT_MAX_BYTES,
                progress: Progress | None = None, refresh: bool = True,
                ) -> tuple[Index, list[Problem], Refreshed | None]:
    """The shared index for a run: refreshed from `sources` first, unless `refresh` is off
    (then the sources are not read at all). Raises SharedIndexError, SourceError."""
    if not refresh:
        return open_reader(target), [], None
    store = PgStore(target)
    try:
        return store.refresh(sources, max_bytes, progress)
    finally:
        store.close()


class PgStore:
    """A writing connection to the shared index."""

    def __init__(self, target: PgTarget) -> None:
        self.target = target
        self.conn: Any = connect(target)

    def close(self) -> None:
        try:
            self.conn.close()
        except Exception:  # a connection the server dropped: nothing left to release
            pass

    def _sql(self, sql: str, args: Any = ()) -> list[tuple]:
        cur = self.conn.execute(sql, args, binary=True)
        return cur.fetchall() if cur.description else []

    def refresh(self, root: Path, max_bytes: int = DEFAULT_MAX_BYTES, progress: Progress | None = None,
                ) -> tuple[PgIndex, list[Problem], Refreshed]:
        """Bring the shared index in line with the files under `root`; returns a reader of
        the result, the warnings of a fresh read, and what changed."""
        with server_errors(self.target):
            self._sql("SELECT pg_advisory_lock(%s)", (LOCK_KEY,))
            try:
                self._schema()
                known: dict[str, tuple[int, int, str]] = {}
                fids: dict[str, int] = {}
                for fid, name, size, mtime, digest in self._sql(
                        f"SELECT file_id, name, size, mtime_ns, digest FROM {NS}.files"):
                    known[name], fids[name] = (size, mtime, digest), fid
                todo = plan(root, known, max_bytes)
                self._write(todo, fids, progress)
                index = open_reader(self.target)
            finally:
                if not self.conn.closed and not self.conn.broken:
                    self._sql("SELECT pg_advisory_unlock(%s)", (LOCK_KEY,))
        if len(index.sources) != len(todo.digests):
            index.close()
            raise SharedIndexError(f"PostgreSQL index {self.target.shown}: changed by another client during the "
                                   "refresh; run again")
        return index, todo.problems, todo.refreshed()

    def _schema(self) -> None:
        """The tables, made anew when missing or built by other code (under the lock)."""
        with self.conn.transaction():
            self._sql(f"CREATE SCHEMA IF NOT EXISTS {NS}")
            version = None
            if self._sql(f"SELECT to_regclass('{NS}.meta')")[0][0] is not None:
                got = self._sql(f"SELECT value FROM {NS}.meta WHERE key = 'version'")
                version = got[0][0] if got else None
            if version != code_version():
                for table in DROPPED:
                    self._sql(f"DROP TABLE IF EXISTS {NS}.{table}")
                self._sql(f"DROP SEQUENCE IF EXISTS {NS}.file_ids")
                for statement in filter(str.strip, TABLES.split(";")):
                    self._sql(statement)
                self._sql(f"INSERT INTO {NS}.meta VALUES ('version', %s)", (code_version(),))

    def _write(self, todo: Plan, fids: dict[str, int], progress: Progress | None) -> None:
        done = zip(todo.fresh, analyse_sources([text for *_, text in todo.fresh], store_rows, progress))
        if not fids:  # a cold build: batch by batch
            for batch in _batches(done):
                with self.conn.transaction():
                    self._insert(batch)
            self._sql(f"ANALYZE {NS}.files, {NS}.sentences, {NS}.terms, {NS}.postings")
            return
        with self.conn.transaction():  # a refresh: all at once, as readers will see it
            changed = [fids[name] for name in todo.gone] + [fids[st.name] for st, *_ in todo.fresh if st.name in fids]
            self._drop(changed)
            with self.conn.cursor() as cur:
                cur.executemany(f"UPDATE {NS}.files SET size = %s, mtime_ns = %s WHERE name = %s AND digest = %s",
                                todo.touched)
            for batch in _batches(done):
                self._insert(batch)

    def _drop(self, fids: list[int]) -> None:
        """Remove files and their sentences; their keys leave the postings, their counts the df."""
        if not fids:
            return
        pairs: set[tuple[str, int]] = set()
        for fid, terms in self._sql(f"SELECT file_id, terms FROM {NS}.files WHERE file_id = ANY(%s)", (fids,)):
            pairs |= {(term, fid >> CHUNK_BITS) for term in split_terms(terms)}
        self._merge(pairs, set(fids), {})
        with self.conn.cursor() as cur:
            cur.executemany(f"DELETE FROM {NS}.sentences WHERE key BETWEEN %s AND %s",
                            [(fid << SHIFT, fid << SHIFT | LOCAL) for fid in fids])
        self._sql(f"DELETE FROM {NS}.files WHERE file_id = ANY(%s)", (fids,))

    def _insert(self, batch: Batch) -> None:
        """Add files and their sentences; their keys go into the postings, their counts into the df."""
        ids = [fid for (fid,) in self._sql(f"SELECT nextval('{NS}.file_ids') FROM generate_series(1, %s)",
                                           (len(batch),))]
        added: dict[tuple[str, int], array] = defaultdict(lambda: array("q"))
        with self.conn.cursor() as cur:
            with cur.copy(f"COPY {NS}.sentences ({SENTENCE_NAMES}) FROM STDIN (FORMAT BINARY)") as copy:
                copy.set_types(_SENTENCE_TYPES)
                files = []
                for fid, ((st, mtime, digest, _), (_, rows)) in zip(ids, batch):
                    base, everything = fid << SHIFT, set()
                    for i, row in enumerate(rows):
                        copy.write_row((base + i, *row))
                        sentence_terms = split_terms(row[3])  # schema.Row: line, text, analysis, terms, place
                        everything.update(sentence_terms)
                        for term in sentence_terms:
                            added[(term, fid >> CHUNK_BITS)].append(base + i)
                    files.append((fid, st.name, st.size, mtime, digest, len(rows),
                                  TERM_SEPARATOR.join(sorted(everything))))
            with cur.copy(f"COPY {NS}.files (file_id, name, size, mtime_ns, digest, sentences, terms) "
                          "FROM STDIN (FORMAT BINARY)") as copy:
                copy.set_types(["int8", "text", "int8", "int8", "text", "int4", "text"])
                for file_row in files:
                    copy.write_row(file_row)
        self._merge(set(added), set(), added)

    def _merge(self, pairs: set[tuple[str, int]], dropped: set[int], added: dict[tuple[str, int], array]) -> None:
        """Rewrite the postings rows of `pairs` (term, chunk): keys of dropped files out, new
        keys in; the df of each term moves by as many keys as its rows gained or lost."""
        if not pairs:
            return
        wanted = sorted(pairs)
        old = self._sql(f"SELECT p.term, p.chunk, p.keys FROM {NS}.postings p JOIN unnest(%s::text[], %s::int[]) "
                        "AS w(term, chunk) ON p.term = w.term AND p.chunk = w.chunk",
                        ([t for t, _ in wanted], [c for _, c in wanted]))
        delta: Counter[str] = Counter()
        rows: list[tuple[str, int, array]] = []
        existing = set()
        for term, chunk, data in old:
            keys = unpack(data)
            existing.add((term, chunk))
            merged = array("q", [k for k in keys if k >> SHIFT not in dropped]) if dropped else keys
            extra = added.get((term, chunk))
            if extra:
                merged = array("q", sorted(merged + extra))
            delta[term] += len(merged) - len(keys)
            rows.append((term, chunk, merged))
        for (term, chunk), keys in added.items():
            if (term, chunk) not in existing:
                delta[term] += len(keys)
                rows.append((term, chunk, keys))  # new files' keys come in order: file ids only grow
        if existing:
            gone = sorted(existing)
            self._sql(f"DELETE FROM {NS}.postings p USING unnest(%s::text[], %s::int[]) AS w(term, chunk) "
                      "WHERE p.term = w.term AND p.chunk = w.chunk", ([t for t, _ in gone], [c for _, c in gone]))
        with self.conn.cursor() as cur:
            with cur.copy(f"COPY {NS}.postings (term, chunk, keys) FROM STDIN (FORMAT BINARY)") as copy:
                copy.set_types(["text", "int4", "bytea"])
                for term, chunk, keys in sorted(rows, key=lambda row: row[:2]):
                    if keys:
                        copy.write_row((term, chunk, pack(keys)))
        moved = sorted((term, n) for term, n in delta.items() if n)
        if moved:
            self._sql(f"INSERT INTO {NS}.terms (term, df) SELECT * FROM unnest(%s::text[], %s::int[]) "
                      "ON CONFLICT (term) DO UPDATE SET df = terms.df + excluded.df",
                      ([t for t, _ in moved], [n for _, n in moved]))
            fell = [t for t, n in moved if n < 0]
            if fell:
                self._sql(f"DELETE FROM {NS}.terms WHERE term = ANY(%s) AND df <= 0", (fell,))


def _batches(done: Iterable) -> Iterator[Batch]:
    batch: Batch = []
    size = FIRST_BATCH
    for item in done:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch, size = [], min(size * 2, MAX_BATCH)
    if batch:
        yield batch

