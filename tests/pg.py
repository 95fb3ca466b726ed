"""The PostgreSQL server the shared index's tests run against, and what they share.

`postgres_session` yields a maintenance URL: FACTCHECK_TEST_POSTGRES, or a private
cluster (scripts/pgcluster.py) started for the session and stopped after it.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import uuid
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

from tests.helpers import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
import pgcluster  # noqa: E402

ENV_URL, ENV_REQUIRE = "FACTCHECK_TEST_POSTGRES", "FACTCHECK_REQUIRE_POSTGRES"


def _unavailable(why: str) -> None:
    if os.environ.get(ENV_REQUIRE) == "1":
        pytest.fail(f"{ENV_REQUIRE}=1, but {why}", pytrace=False)
    pytest.skip(f"{why} (set {ENV_URL}, or install postgresql-15)")


def postgres_session():
    try:
        import psycopg  # noqa: F401
    except ImportError:
        _unavailable("psycopg is not installed (pip install -e '.[test]')")
    if os.environ.get(ENV_URL):
        yield os.environ[ENV_URL]
        return
    if pgcluster.bin_dir() is None:
        _unavailable("no PostgreSQL server binaries (initdb) were found")
    folder = Path(tempfile.mkdtemp(prefix="factcheck-pg-"))
    try:
        url = pgcluster.start(folder)
    except pgcluster.ClusterError as exc:
        shutil.rmtree(folder, ignore_errors=True)
        pytest.fail(f"the test PostgreSQL server could not start: {exc}", pytrace=False)
    try:
        yield url
    finally:
        try:
            pgcluster.stop(folder)
        finally:
            shutil.rmtree(folder, ignore_errors=True)


def with_database(url: str, database: str, password: str | None = "keep", user: str | None = None) -> str:
    """The same server's URL for another database (and, if given, another password or user)."""
    parts = urlsplit(url)
    user = user or parts.username or ""
    secret = parts.password if password == "keep" else password
    host = parts.hostname or ""
    netloc = f"{user}{':' + secret if secret else ''}@{host}{':' + str(parts.port) if parts.port else ''}"
    return urlunsplit((parts.scheme, netloc, "/" + database, parts.query, ""))


def fresh_database(server: str):
    import psycopg

    name = f"fc_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(server, autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {name}")
    try:
        yield with_database(server, name)
    finally:
        with psycopg.connect(server, autocommit=True) as admin:
            admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def consistency(url: str) -> dict[str, int]:
    """Check every table of a shared index against the sentences it holds (the df and the
    postings recomputed from each sentence's terms); returns the counts."""
    import psycopg

    from factcheck.index.pgschema import chunk_of, unpack
    from factcheck.index.schema import SHIFT, split_terms

    with psycopg.connect(url) as conn:
        files = conn.execute("SELECT file_id, name, sentences FROM factcheck.files").fetchall()
        keys = conn.execute("SELECT key, terms FROM factcheck.sentences").fetchall()
        df = dict(conn.execute("SELECT term, df FROM factcheck.terms").fetchall())
        postings: dict[str, list[int]] = {}
        for term, chunk, data in conn.execute("SELECT term, chunk, keys FROM factcheck.postings ORDER BY term, chunk"):
            packed = list(unpack(data))
            assert packed == sorted(packed) and {chunk_of(key) for key in packed} == {chunk}, (term, chunk)
            postings.setdefault(term, []).extend(packed)
    expected: dict[str, list[int]] = {}
    for key, terms in sorted(keys):
        for term in split_terms(terms):
            expected.setdefault(term, []).append(key)
    per_file = Counter(key >> SHIFT for key, _ in keys)
    assert {fid: n for fid, _, n in files if n} == dict(per_file), "sentences lost or left over"
    assert len({name for _, name, _ in files}) == len(files)
    assert postings == expected, "postings differ from the sentences' terms"
    assert df == {term: len(ks) for term, ks in expected.items()}, "df differs from the sentences' terms"
    return {"files": len(files), "sentences": len(keys), "terms": len(df)}
