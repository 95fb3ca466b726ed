"""Read the source articles, whatever their encoding, and cut them into sentences.

Articles arrive as pasted web pages: UTF-8, Windows-1252, UTF-16 from a word
processor, or UTF-8 that was once decoded as Windows-1252 ("Â£42.5m"). Each is read
to clean text and split into sentences that remember their line, so every verdict
can point at file:line.
"""

from __future__ import annotations

import codecs
import os
import re
from dataclasses import dataclass
from pathlib import Path

from .models import Problem, Sentence

SOURCE_SUFFIXES = (".txt", ".md", ".text", ".markdown")
DEFAULT_MAX_BYTES = 50 * 1024 * 1024

_MOJIBAKE = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u00a0-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e"
    "\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]+"
)
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr st prof rev gen col lt sgt insp supt det pc no nos vs etc inc ltd co corp "
    "jan feb mar apr jun jul aug sep sept oct nov dec approx fig e.g i.e u.s u.k a.m p.m".split()
)
_SENTENCE_END = re.compile(r"""[.!?]+["'\u201d\u2019)\]]*\s+(?=["'\u201c\u2018(\[]?[A-Z0-9\u00a3$\u20ac])""")


class SourceError(Exception):
    """The sources as a whole cannot be used (no such folder, nothing to read)."""


@dataclass(frozen=True)
class SourceText:
    """One source file read to text, named by its path relative to the sources root."""

    name: str
    text: str


def decode(data: bytes) -> str:
    """Bytes to text: BOMs first, then UTF-8, then Windows-1252; mojibake repaired."""
    if data.startswith(codecs.BOM_UTF8):
        text = data[3:].decode("utf-8", errors="replace")
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = data.decode("utf-16", errors="replace")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            try:
                text = data.decode("cp1252")
            except UnicodeDecodeError:
                text = data.decode("latin-1")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return repair_mojibake(text)


def repair_mojibake(text: str) -> str:
    """Undo UTF-8 that was decoded as Windows-1252: "Â£" -> "£", "â€™" -> "'"."""

    def fix(m: re.Match) -> str:
        chunk = m.group()
        try:
            return chunk.encode("cp1252").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            return chunk

    return _MOJIBAKE.sub(fix, text)


def looks_binary(data: bytes) -> bool:
    """A NUL byte in the head of a file without a UTF-16 BOM means it is not text."""
    head = data[:8192]
    return b"\x00" in head and not head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))


def source_files(root: Path) -> list[Path]:
    """The text files under `root` (or `root` itself), in a stable order; no symlink loops."""
    if root.is_file():
        return [root]
    found: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith(".") or not name.lower().endswith(SOURCE_SUFFIXES):
                continue
            found.append(Path(dirpath) / name)
    return found


def read_source(path: Path, name: str, max_bytes: int = DEFAULT_MAX_BYTES) -> SourceText | Problem:
    """One file to text, or a warning saying why it was skipped."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return Problem(name, f"skipped: {size:,} bytes is over the {max_bytes:,}-byte limit", severity="warning")
        data = path.read_bytes()
    except OSError as exc:
        return Problem(name, f"skipped: cannot read ({exc.strerror or exc})", severity="warning")
    if looks_binary(data):
        return Problem(name, "skipped: binary file, not text", severity="warning")
    return SourceText(name, decode(data))


def read_sources(root: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[list[SourceText], list[Problem]]:
    """Every readable text under `root`; unreadable ones become warnings, not failures."""
    if not root.exists():
        raise SourceError(f"{root}: no such file or folder")
    texts: list[SourceText] = []
    problems: list[Problem] = []
    base = root if root.is_dir() else root.parent
    for path in source_files(root):
        name = path.relative_to(base).as_posix()
        got = read_source(path, name, max_bytes)
        (texts if isinstance(got, SourceText) else problems).append(got)
    if not texts:
        raise SourceError(f"{root}: no readable source texts (.txt, .md) to check against")
    return texts, problems


def safe_source_name(name: str) -> str | None:
    """A claim's `source:` as a clean relative path, or None if it leaves the sources folder."""
    if not name or name.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", name):
        return None
    parts = [p for p in name.replace("\\", "/").split("/") if p not in {"", "."}]
    if not parts or ".." in parts:
        return None
    return "/".join(parts)


def split_sentences(source: SourceText) -> list[Sentence]:
    """Sentences with the line each starts on; a line without a full stop is one sentence."""
    sentences: list[Sentence] = []
    for line_no, line in enumerate(source.text.split("\n"), start=1):
        for piece in _split_line(line):
            sentences.append(Sentence(source.name, len(sentences), line_no, piece))
    return sentences


def _split_line(line: str) -> list[str]:
    text = line.strip().lstrip("\u2022*-\u00b7 ").strip()
    if not text:
        return []
    pieces: list[str] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        before = text[start:m.start() + 1]
        last_word = re.search(r"(?<![\w£$€])([A-Za-z.]+)\.$", before)
        word = last_word.group(1) if last_word else ""
        if word and (word.lower().rstrip(".") in _ABBREVIATIONS or (len(word) == 1 and word.isupper())):
            continue
        pieces.append(text[start:m.end()].strip())
        start = m.end()
    pieces.append(text[start:].strip())
    return [p for p in pieces if p]
