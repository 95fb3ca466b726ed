"""The index a run uses: the cached one of a sources folder, refreshed, or one built in
memory when the cache cannot be used (with one warning, never a failure)."""

from __future__ import annotations

from pathlib import Path

from factcheck.errors import CacheError
from factcheck.index.base import Index
from factcheck.index.cache import cache_file, inside
from factcheck.index.memory import Progress, SentenceIndex, quiet_gc
from factcheck.index.store import Refreshed, Store
from factcheck.inputs.sentences import overlong_sentences
from factcheck.inputs.sources import DEFAULT_MAX_BYTES, read_sources
from factcheck.models import Problem


def remove_cache(path: Path) -> None:
    """Delete a cache file and its WAL companions, as far as possible."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        try:
            Path(str(path) + suffix).unlink(missing_ok=True)
        except OSError:
            pass


def open_index(sources: Path, max_bytes: int = DEFAULT_MAX_BYTES, cache_dir: Path | None = None,
               progress: Progress | None = None) -> tuple[Index, list[Problem], Refreshed | None]:
    """The refreshed index of `sources` from the cache; a cache that cannot be used is
    rebuilt (corrupt) or bypassed (locked, unwritable) with one warning, never a crash."""
    with quiet_gc():
        return _open_index(sources, max_bytes, cache_dir, progress)


def _open_index(sources: Path, max_bytes: int, cache_dir: Path | None, progress: Progress | None,
                ) -> tuple[Index, list[Problem], Refreshed | None]:
    path = cache_file(sources, cache_dir)
    if inside(path, sources if sources.is_dir() else sources.parent):
        warning = _warning(path.parent, "cache folder is inside the sources; indexing in memory")
        return memory_index(sources, max_bytes, progress, [warning]) + (None,)
    warnings: list[Problem] = []
    for attempt in range(3):
        store = None
        try:
            store = Store(path)
            problems, refreshed = store.refresh(sources, max_bytes, progress)
            return store.index(), problems + warnings, refreshed
        except CacheError as exc:
            if store is not None:
                store.close()
            if exc.corrupt and attempt == 0:
                warnings.append(_warning(path, f"index cache is corrupt ({exc}); rebuilding it"))
                remove_cache(path)
                continue
            if exc.raced and attempt < 2:
                continue
            warnings.append(_warning(path, f"index cache not usable ({exc}); indexing in memory"))
            break
        except BaseException:
            if store is not None:
                store.close()
            raise
    return memory_index(sources, max_bytes, progress, warnings) + (None,)


def _warning(path: Path, message: str) -> Problem:
    return Problem(str(path), message, severity="warning")


def memory_index(sources: Path, max_bytes: int, progress: Progress | None,
                 warnings: list[Problem] | None = None) -> tuple[SentenceIndex, list[Problem]]:
    texts, problems = read_sources(sources, max_bytes)
    problems += [warning for text in texts for warning in overlong_sentences(text)]
    with quiet_gc():
        return SentenceIndex(texts, progress), problems + list(warnings or [])
