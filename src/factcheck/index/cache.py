"""Where the persistent index lives, and which code it was built by.

The index is a cache: it is kept in the user's cache folder, never beside or inside
the sources (factcheck never writes there), one SQLite file per sources folder, named
by a hash of the folder's absolute path. Its version names the code that analysed the
sentences, so any change to that code rebuilds it instead of reusing stale analyses.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sqlite3
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from factcheck import __version__
from factcheck.errors import CacheError
from factcheck.index.schema import SCHEMA_VERSION

ENV_CACHE_DIR = "FACTCHECK_CACHE_DIR"
ANALYSIS_VERSION = 1  # bump when what `analyse()` yields changes in a way the code hash misses
# What decides what is stored: every file of these packages (data files too) and these
# modules. A new module or word list in them is covered without being named here.
_ANALYSING_PACKAGES = ("text", "inputs", "index")
_ANALYSING_MODULES = ("models.py",)
_NOT_CORRUPT = {3, 5, 6, 8, 10, 13, 14}  # SQLite's PERM BUSY LOCKED READONLY IOERR FULL CANTOPEN


def default_cache_dir() -> Path:
    """$FACTCHECK_CACHE_DIR, else $XDG_CACHE_HOME/factcheck, else ~/.cache/factcheck."""
    if os.environ.get(ENV_CACHE_DIR):
        return Path(os.environ[ENV_CACHE_DIR]).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base).expanduser() / "factcheck"


def cache_file(sources: Path, cache_dir: Path | None = None) -> Path:
    """The index file for one sources folder (or file)."""
    folder = (cache_dir or default_cache_dir()).expanduser()
    key = hashlib.sha256(str(sources.resolve()).encode("utf-8", "surrogateescape")).hexdigest()[:20]
    return folder.resolve() / f"index-{key}.sqlite"


def inside(path: Path, folder: Path) -> bool:
    """True if `path` is `folder` or lies anywhere under it."""
    folder = folder.resolve()
    return folder == path or folder in path.parents


def code_version() -> str:
    """The schema, the analysis version, the package version and a hash of the analysing code."""
    digest = hashlib.sha256()
    package = Path(__file__).resolve().parent.parent
    files = [package / name for name in _ANALYSING_MODULES]
    for sub in _ANALYSING_PACKAGES:
        files += sorted(p for p in (package / sub).rglob("*")
                        if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc")
    for path in files:
        digest.update(path.relative_to(package).as_posix().encode())
        try:
            digest.update(path.read_bytes())
        except OSError:
            pass
    return f"{SCHEMA_VERSION}.{ANALYSIS_VERSION}/{__version__}/{digest.hexdigest()[:16]}"


def cache_error(exc: BaseException) -> CacheError:
    """A library error as a CacheError, judged corrupt unless it is about locks or the disk."""
    if isinstance(exc, sqlite3.Error):
        code = getattr(exc, "sqlite_errorcode", None)
        return CacheError(str(exc), corrupt=code is None or code & 0xFF not in _NOT_CORRUPT)
    if isinstance(exc, OSError):
        return CacheError(exc.strerror or str(exc))
    return CacheError(f"unreadable entry ({exc})", corrupt=True)


CACHE_ERRORS = (sqlite3.Error, OSError, pickle.UnpicklingError, zlib.error, EOFError, ValueError)


@contextmanager
def guarded() -> Iterator[None]:
    """SQLite, file and decoding errors leave as one CacheError."""
    try:
        yield
    except CACHE_ERRORS as exc:
        raise cache_error(exc) from exc
