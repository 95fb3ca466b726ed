"""What a refresh must do, whichever store it writes: the files under a sources root,
named by their path relative to it, compared with what the store holds by size and
mtime, then (for those that changed) by a hash of their content.

The embedded store (store.py) and the shared one (pgstore.py) both plan with `plan()`,
so they agree on what counts as changed, and on every file's name.
"""

from __future__ import annotations

import hashlib
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from factcheck.inputs.sentences import overlong_sentences
from factcheck.inputs.sources import (
    NOTHING_TO_READ,
    SourceError,
    SourceText,
    file_warnings,
    read_source,
    walk_sources,
)
from factcheck.models import Problem

RACY_NS = 2_000_000_000  # a file this fresh may change again within the same mtime


@dataclass(frozen=True)
class Refreshed:
    """What a refresh did, for `factcheck index` to report."""

    files: int
    analysed: int
    removed: int
    kinds: tuple[tuple[str, int], ...] = ()  # files by suffix (".txt", ".html", ".csv"), most first


@dataclass(frozen=True)
class Stat:
    name: str
    where: str  # the file's path as a string: a Path is made only for a file that is read
    size: int
    mtime_ns: int

    @property
    def path(self) -> Path:
        return Path(self.where)


@dataclass
class Plan:
    """A refresh to write: every file's digest in scan order, the files whose only change is
    their size or mtime (size, mtime, name, digest), the files to (re)index, and the gone."""

    digests: dict[str, str]
    touched: list[tuple[int, int, str, str]]
    fresh: list[tuple[Stat, int, str, SourceText]]  # stat, mtime to keep (0: check again), digest, text
    gone: list[str]
    problems: list[Problem]

    def refreshed(self) -> Refreshed:
        kinds = Counter(Path(name).suffix.lower() or "no suffix" for name in self.digests)
        return Refreshed(len(self.digests), len(self.fresh), len(self.gone),
                         tuple(sorted(kinds.items(), key=lambda kind: (-kind[1], kind[0]))))


def plan(root: Path, known: dict[str, tuple[int, int, str]], max_bytes: int) -> Plan:
    """Compare the files under `root` with `known` (name: size, mtime_ns, digest).
    Raises SourceError as `read_sources` does."""
    if not root.exists():
        raise SourceError(f"{root}: no such file or folder")
    started = time.time_ns()
    stats, problems = scan(root)
    digests: dict[str, str] = {}
    touched: list[tuple[int, int, str, str]] = []
    fresh: list[tuple[Stat, int, str, SourceText]] = []
    for st in stats:
        old = known.get(st.name)
        if st.size <= max_bytes and old and old[0] == st.size and old[1] == st.mtime_ns:
            digests[st.name] = old[2]
            continue
        got = read_source(st.path, st.name, max_bytes)
        if isinstance(got, Problem):
            problems.append(got)
            continue
        problems.extend(file_warnings(st.path, got))
        problems.extend(overlong_sentences(got))
        content = got.digest_text()  # where a web page's, a PDF's or a table's lines came from is kept too
        digest = hashlib.blake2b(content.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()
        digests[st.name] = digest
        mtime = st.mtime_ns if started - st.mtime_ns > RACY_NS else 0  # 0: check again next time
        if old and old[2] == digest:
            touched.append((st.size, mtime, st.name, digest))
        else:
            fresh.append((st, mtime, digest, got))
    if not digests:
        raise SourceError(f"{root}: {NOTHING_TO_READ}")
    return Plan(digests, touched, fresh, [name for name in known if name not in digests], problems)


def scan(root: Path) -> tuple[list[Stat], list[Problem]]:
    """The files `read_sources` reads, named as it names them, with size and mtime, and
    the warnings for what it passes over (links outside, loops, odd names)."""
    found = []
    files, problems = walk_sources(root)
    for f in files:
        try:
            st = f.entry.stat() if f.entry is not None else f.path.stat()  # follows a link, as Path.stat does
        except OSError:
            st = None
        found.append(Stat(f.name, f.where, st.st_size if st else -1, st.st_mtime_ns if st else -1))
    return found, problems


def scan_order(name: str) -> tuple[tuple[int, str], ...]:
    """Sorts relative names as `find_sources` walks them: in each folder its files by
    name, then its folders by name, each folder's whole tree before the next."""
    parts = name.split("/")
    return tuple((1, part) for part in parts[:-1]) + ((0, parts[-1]),)
