"""Find and read the source articles: the files of a sources folder, safely, each read
to clean text (decoding.py) and named by its path relative to the folder; sentences.py
cuts them into sentences that remember their line, so every verdict can point at
file:line.
"""

from __future__ import annotations

import errno
import os
import re
import stat
from pathlib import Path
from typing import NamedTuple

from factcheck.errors import SourceError
from factcheck.inputs.decoding import decode, looks_binary
from factcheck.inputs.html import article_text
from factcheck.inputs.pdf import pdf_source
from factcheck.inputs.source_text import SourceText, Unreadable
from factcheck.inputs.spreadsheets import workbook_source
from factcheck.inputs.tables import table_text
from factcheck.models import Problem

HTML_SUFFIXES = (".html", ".htm")
TABLE_SUFFIXES = (".csv", ".tsv")
PDF_SUFFIXES = (".pdf",)
WORKBOOK_SUFFIXES = (".xlsx",)
SOURCE_SUFFIXES = (".txt", ".md", ".text", ".markdown", *HTML_SUFFIXES, *TABLE_SUFFIXES, *PDF_SUFFIXES,
                   *WORKBOOK_SUFFIXES)
NOTHING_TO_READ = f"no readable source files ({', '.join(SOURCE_SUFFIXES)}) to check against"
DEFAULT_MAX_BYTES = 50 * 1024 * 1024

_UNPRINTABLE_NAME = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]")


class Found(NamedTuple):
    """A source file as the walk met it: where it is (as `os.scandir` names it), its name
    relative to the sources folder (with "/"), and its directory entry (None for a sources
    "folder" that is one file). A path object is made only when asked: an archive's refresh
    meets 100,000 files and reads few."""

    where: str
    name: str
    entry: os.DirEntry | None

    @property
    def path(self) -> Path:
        return Path(self.where)


def find_sources(root: Path) -> tuple[list[Path], list[Problem]]:
    """Text files under `root`, and warnings (naming each file) for what was passed over.

    Symbolic links are followed while they stay inside `root`: a link that leads
    elsewhere (a cloned repository could point one at ~/.ssh) is skipped, and a
    folder is never walked twice, so link loops end.
    """
    found, problems = walk_sources(root)
    return [f.path for f in found], problems


def walk_sources(root: Path) -> tuple[list[Found], list[Problem]]:
    """`find_sources`, with each file's relative name and directory entry (whose stat a
    refresh of a large archive reuses, rather than building and stat-ing a path again)."""
    if not root.is_dir():
        return [Found(str(root), root.name, None)], []
    base = root.resolve()
    found: list[Found] = []
    problems: list[Problem] = []
    seen: set[tuple[int, int]] = set()

    def skip(path: Path | str, why: str) -> None:
        problems.append(Problem(str(path), f"skipped: {why}", severity="warning"))

    def entries(folder: Path) -> list[os.DirEntry]:
        try:
            info = folder.stat()
            if (info.st_dev, info.st_ino) in seen:
                skip(folder, "folder already read (a symbolic link loop)")
                return []
            seen.add((info.st_dev, info.st_ino))
            with os.scandir(folder) as it:
                return sorted(it, key=lambda e: e.name)
        except OSError as exc:
            skip(folder, f"cannot read folder ({exc.strerror or exc})")
            return []

    unread: dict[str, int] = {}  # files of kinds not read, by suffix: one warning for them all
    stack: list[tuple[Path, str]] = [(root, "")]  # a folder's files, then its folders: the order os.walk gives
    while stack:
        folders: list[tuple[Path, str]] = []
        folder, prefix = stack.pop()
        for entry in entries(folder):
            name = entry.name
            if name.startswith("."):
                continue
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if not is_dir and not name.lower().endswith(SOURCE_SUFFIXES):
                suffix = Path(name).suffix.lower() or "no suffix"
                unread[suffix] = unread.get(suffix, 0) + 1
                continue
            why = _bad_link(Path(entry.path), base) if entry.is_symlink() else None
            if _UNPRINTABLE_NAME.search(name):  # it would be printed in every `where` column
                why = "file name holds control characters"
            if why:
                skip(entry.path, why)
            elif is_dir:
                folders.append((Path(entry.path), f"{prefix}{name}/"))
            else:
                found.append(Found(entry.path, prefix + name, entry))
        stack.extend(reversed(folders))
    if unread:
        count = sum(unread.values())
        kinds = ", ".join(f"{suffix}: {n}" for suffix, n in sorted(unread.items()))
        problems.append(Problem(str(root), f"skipped {count} file{'s' if count > 1 else ''} of kinds not read "
                                f"({kinds}); sources are read from {', '.join(SOURCE_SUFFIXES)}", severity="warning"))
    return found, problems


def _bad_link(path: Path, base: Path) -> str | None:
    """Why a symbolic link is not followed, or None when it is safe to follow."""
    try:
        target = path.resolve(strict=True)
    except RuntimeError:
        return "symbolic link loop"
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "symbolic link loop"
        return "broken symbolic link" if not path.exists() else f"cannot follow link ({exc.strerror or exc})"
    if not target.is_relative_to(base):
        return "symbolic link leads outside the sources folder"
    return None


def read_source(path: Path, name: str, max_bytes: int = DEFAULT_MAX_BYTES) -> SourceText | Problem:
    """One file to text named `name`, or a warning (naming `path`) saying why it was skipped."""
    where = str(path)
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            return Problem(where, "skipped: not a regular file", severity="warning")
        if info.st_size > max_bytes:
            return Problem(where, f"skipped: {info.st_size:,} bytes is over the {max_bytes:,}-byte limit",
                           severity="warning")
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        return Problem(where, f"skipped: cannot read ({exc.strerror or exc})", severity="warning")
    if len(data) > max_bytes:
        return Problem(where, f"skipped: over the {max_bytes:,}-byte limit", severity="warning")
    suffix = path.suffix.lower()
    try:
        if suffix in PDF_SUFFIXES:
            return pdf_source(name, data)
        if suffix in WORKBOOK_SUFFIXES:
            return workbook_source(name, data)
    except Unreadable as exc:
        return Problem(where, f"skipped: {exc}", severity="warning")
    if looks_binary(data):
        return Problem(where, "skipped: binary file, not text", severity="warning")
    text = decode(data)
    if suffix in HTML_SUFFIXES:
        article, lines = article_text(text)
        return SourceText(name, article, lines)
    if suffix in TABLE_SUFFIXES:
        table = table_text(text)
        return SourceText(name, table.text, table.lines, table.places, warnings=table.warnings)
    return SourceText(name, text)


def read_sources(root: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[list[SourceText], list[Problem]]:
    """Every readable text under `root`; unreadable ones become warnings, not failures."""
    if not root.exists():
        raise SourceError(f"{root}: no such file or folder")
    texts: list[SourceText] = []
    found, problems = walk_sources(root)
    for f in found:
        path, name = f.path, f.name
        got = read_source(path, name, max_bytes)
        if isinstance(got, SourceText):
            texts.append(got)
            problems.extend(file_warnings(path, got))
        else:
            problems.append(got)
    if not texts:
        raise SourceError(f"{root}: {NOTHING_TO_READ}")
    return texts, problems


def file_warnings(path: Path, text: SourceText) -> list[Problem]:
    """A read file's warnings (ragged rows, formulas with no values) as problems naming it."""
    return [Problem(str(path), message, severity="warning") for message in text.warnings]


def safe_source_name(name: str) -> str | None:
    """A claim's `source:` as a clean relative path, or None if it leaves the sources folder."""
    if not name or name.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", name):
        return None
    parts = [p for p in name.replace("\\", "/").split("/") if p not in {"", "."}]
    if not parts or ".." in parts:
        return None
    return "/".join(parts)
