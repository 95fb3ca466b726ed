"""Connections to the shared index's server, and its failures as one line each.

psycopg is imported here, on first use, and only when a postgresql:// index is asked
for: the embedded index's runs never load it. Every failure of the server or the
driver (down, login refused, gone mid-run, not installed) leaves as one
SharedIndexError naming the server by its URL without the password; libpq finds the
password in the URL, in PGPASSWORD or in ~/.pgpass, and it is never quoted.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from factcheck.errors import IndexUrlError, SharedIndexError
from factcheck.index.pgurl import PgTarget, redact

INSTALL = "pip install 'factcheck-figures[postgresql]'"
CONNECT_TIMEOUT_S = 10
_FAILED = re.compile(r"^.*\bfailed:\s*")
_SEVERITY = re.compile(r"^(FATAL|ERROR):\s*")


def driver() -> Any:
    """The psycopg module, or a SharedIndexError saying what to install."""
    try:
        import psycopg
    except ImportError:
        raise SharedIndexError(f"an index on PostgreSQL needs the psycopg driver, which is not installed: {INSTALL}")
    return psycopg


def connect(target: PgTarget, autocommit: bool = True) -> Any:
    """An open connection to the target's database (a psycopg Connection)."""
    psycopg = driver()
    try:
        return psycopg.connect(target.url, autocommit=autocommit, connect_timeout=CONNECT_TIMEOUT_S,
                               application_name="factcheck")
    except psycopg.ProgrammingError as exc:  # the URL's parameters, refused by libpq before connecting
        raise IndexUrlError(f"{target.shown}: {reason(exc, target)}")
    except psycopg.Error as exc:
        raise failure(target, exc, connecting=True)


def failure(target: PgTarget, exc: BaseException, connecting: bool = False) -> SharedIndexError:
    """A driver error as one line: which server, and what failed."""
    why = reason(exc, target)
    low = why.lower()
    if "password authentication failed" in low or "no password supplied" in low or "authentication" in low:
        what = f"login refused ({why}; the password comes from the URL, PGPASSWORD or ~/.pgpass)"
    elif "does not exist" in low and "database" in low:
        what = f"{why} (create it with `createdb {target.database}`)"
    elif connecting:
        what = f"cannot connect ({why})"
    elif getattr(exc, "sqlstate", None) in (None, "57P01", "57P02", "57P03", "08000", "08003", "08006"):
        what = f"the server went away during the run ({why})"
    else:
        what = f"failed ({why})"
    return SharedIndexError(f"PostgreSQL index {target.shown}: {what}")


def reason(exc: BaseException, target: PgTarget) -> str:
    """The gist of a driver message, on one line, without the password."""
    lines = [line.strip() for line in str(exc).strip().splitlines() if line.strip()]
    first = _SEVERITY.sub("", _FAILED.sub("", lines[0])) if lines else type(exc).__name__
    if "Connection refused" in first:
        first += ": is the server running there?"
    first = re.sub(r"\s+", " ", first).strip().rstrip(".")
    return redact(first, target.url)[:240]


@contextmanager
def server_errors(target: PgTarget) -> Iterator[None]:
    """Driver errors inside leave as one SharedIndexError naming the server."""
    psycopg = driver()
    try:
        yield
    except psycopg.Error as exc:
        raise failure(target, exc) from None
