"""Where a run's index lives: `embedded` (the SQLite cache, the default) or a
`postgresql://USER@HOST/DB` URL naming a shared index on a PostgreSQL server.

Only the syntax is checked here, without the driver, so that a malformed URL is a usage
error whether psycopg is installed or not. The URL may hold a password; `shown` is the
URL without it (nor any query parameter), and is all that is ever printed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import unquote, urlsplit

from factcheck.errors import IndexUrlError

EMBEDDED = "embedded"
SCHEMES = ("postgresql", "postgres")
ENV_INDEX = "FACTCHECK_INDEX"
FORM = "'embedded' or postgresql://USER@HOST[:PORT]/DB"
_BAD = re.compile(r"[\s\x00-\x1f\x7f]")


@dataclass(frozen=True)
class PgTarget:
    """A shared index's server and database; `url` (which may hold a password) is never shown."""

    url: str = field(repr=False)
    shown: str
    host: str
    database: str

    def __str__(self) -> str:
        return self.shown


def parse_index(value: str | None) -> PgTarget | None:
    """None for the embedded index; a PgTarget for a PostgreSQL URL. Raises IndexUrlError."""
    if value is None or value.strip() in ("", EMBEDDED):
        return None
    if _BAD.search(value):
        raise IndexUrlError(f"must be {FORM}, without spaces or control characters")
    if "://" not in value:
        raise IndexUrlError(f"must be {FORM}")
    try:
        parts = urlsplit(value)
        port = parts.port
        user, host = parts.username, parts.hostname
    except ValueError as exc:  # a port that is no number, an unclosed [ of an IPv6 host
        raise IndexUrlError(f"not a valid URL ({redact(str(exc), value)}); must be {FORM}")
    if parts.scheme.lower() not in SCHEMES:
        raise IndexUrlError(f"unknown kind of index '{parts.scheme}://'; must be {FORM}")
    database = unquote(parts.path[1:]) if parts.path.startswith("/") else ""
    if not database or "/" in database:
        raise IndexUrlError(f"must name one database: {FORM}")
    if parts.fragment:
        raise IndexUrlError(f"must not hold a '#' part; must be {FORM}")
    where = f"[{host}]" if host and ":" in host else host or ""
    host = host or "local socket"
    shown = f"postgresql://{unquote(user) + '@' if user else ''}{where}{f':{port}' if port else ''}/{database}"
    return PgTarget(value, shown, host, database)


def redact(text: str, url: str) -> str:
    """`text` with the URL's password (if any) blotted out, for a message that quotes it."""
    try:
        password = urlsplit(url).password
    except ValueError:
        password = None
    for secret in filter(None, {password, unquote(password or "")}):
        if len(secret) >= 1:
            text = text.replace(secret, "***")
    return text


def shown_index(value: str | None) -> str:
    """An index setting as it may be printed (--show-config): the URL without its password."""
    try:
        target = parse_index(value)
    except IndexUrlError:
        return redact(value or "", value or "")
    return target.shown if target else EMBEDDED
