"""The layout of the shared index on PostgreSQL: one module that the writer (pgstore.py)
and the reader (postgres.py) both follow.

The tables live in a schema `factcheck` of the database the URL names. Per source file:
its name relative to the sources root, size, mtime, digest and terms; per sentence: its
key (file id << 32 | its index in the file, as in the embedded index), line, text, terms
and pickled analysis. Retrieval reads two tables by their primary-key btrees:

- `terms(term, df)`: how many sentences use a term (the idf needs it, and the count of
  all sentences, which is the sum of `files.sentences`);
- `postings(term, chunk, keys)`: the keys of the sentences using a term, packed (8 bytes
  each, little-endian), one row per term and run of 1,024 file ids, so a claim's
  lookup reads a few rows a word and a changed file rewrites only its own run's rows.
"""

from __future__ import annotations

import sys
import zlib
from array import array

from factcheck.index.schema import LOCAL, SHIFT
from factcheck.models import Sentence

NAMESPACE = "factcheck"
LOCK_KEY = zlib.crc32(b"factcheck shared index") | 1 << 40  # pg_advisory_lock: one refresh at a time
CHUNK_BITS = 10  # a postings row holds the keys of 1,024 consecutive file ids

# A sentence's row, in one place: the key, then what store.py's `store_rows` makes
# (schema.Row: line, text, pickled analysis, terms joined, place). A new column of Sentence is
# one more entry here and one more argument in `sentence_of`.
SENTENCE_COLUMNS = (("key", "bigint PRIMARY KEY"), ("line", "integer NOT NULL"), ("text", "text NOT NULL"),
                    ("analysed", "bytea"), ("terms", "text NOT NULL"), ("place", "text NOT NULL"))
SENTENCE_NAMES = ", ".join(name for name, _ in SENTENCE_COLUMNS)


def sentence_of(source: str, row: tuple) -> tuple[Sentence, str, bytes | None]:
    """A row of SENTENCE_COLUMNS as the sentence, its joined terms and its pickled analysis."""
    key, line, text, analysed, terms, place = row
    return Sentence(source, key & LOCAL, line, text, place or ""), terms, analysed


TABLES = f"""
CREATE TABLE {NAMESPACE}.meta (key text PRIMARY KEY, value text NOT NULL);
CREATE SEQUENCE {NAMESPACE}.file_ids;
CREATE TABLE {NAMESPACE}.files (file_id bigint PRIMARY KEY, name text COLLATE "C" UNIQUE NOT NULL,
    size bigint NOT NULL, mtime_ns bigint NOT NULL, digest text NOT NULL, sentences integer NOT NULL,
    terms text NOT NULL);
CREATE TABLE {NAMESPACE}.sentences ({", ".join(f"{name} {kind}" for name, kind in SENTENCE_COLUMNS)});
CREATE TABLE {NAMESPACE}.terms (term text COLLATE "C" PRIMARY KEY, df integer NOT NULL);
CREATE TABLE {NAMESPACE}.postings (term text COLLATE "C" NOT NULL, chunk integer NOT NULL,
    keys bytea NOT NULL, PRIMARY KEY (term, chunk))
"""


def chunk_of(key: int) -> int:
    return (key >> SHIFT) >> CHUNK_BITS


def pack(keys: array) -> bytes:
    if sys.byteorder == "big":
        keys = array("q", keys)
        keys.byteswap()
    return keys.tobytes()


def unpack(data: bytes, into: array | None = None) -> array:
    keys = array("q")
    keys.frombytes(data)
    if sys.byteorder == "big":
        keys.byteswap()
    if into is not None:
        into.extend(keys)
        return into
    return keys
