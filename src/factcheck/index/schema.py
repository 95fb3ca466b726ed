"""The on-disk layout of the embedded index: one module that the writer (store.py) and
the reader (stored.py) both follow, so neither imports the other.

One SQLite file holds, per source file, its size, mtime, content hash and terms; per
sentence, its line, text, terms, place ('p12, line 3', 'row 4, column "2013"'; "" when
its line says it) and (once the matcher has scored it) its pickled analysis; per term,
the packed keys of the sentences that use it.
"""

from __future__ import annotations

SCHEMA_VERSION = 2  # bump when the tables below change (2: a sentence's place)
SHIFT = 32  # a sentence's key in the store: file id << 32 | its index in the file
LOCAL = (1 << SHIFT) - 1
TERM_SEPARATOR = "\n"  # between a file's terms; no term holds a line break (text/words.py, value_token)

SCHEMA = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE files(file_id INTEGER PRIMARY KEY, name TEXT UNIQUE NOT NULL, size INTEGER,
                   mtime_ns INTEGER, digest TEXT, sentences INTEGER, terms TEXT);
CREATE TABLE sentences(key INTEGER PRIMARY KEY, line INTEGER, text TEXT, terms TEXT, analysed BLOB,
                       place TEXT);
CREATE TABLE terms(term TEXT PRIMARY KEY, df INTEGER NOT NULL, keys BLOB NOT NULL);
"""
TABLES = ("meta", "files", "sentences", "terms", "postings")  # postings: a table of older versions

# line, text, pickled analysis (None: not yet), content terms joined by TERM_SEPARATOR (one string a
# sentence, not one a term, so a large cold build holds millions fewer objects until it writes), place
Row = tuple[int, str, bytes | None, str, str]


def split_terms(joined: str | None) -> list[str]:
    """Terms stored joined by TERM_SEPARATOR, apart again ("" holds none)."""
    return joined.split(TERM_SEPARATOR) if joined else []
