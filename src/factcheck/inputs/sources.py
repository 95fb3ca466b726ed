"""Read the source articles, whatever their encoding, and cut them into sentences.

Articles arrive as pasted web pages: UTF-8, Windows-1252, UTF-16 from a word
processor, or UTF-8 that was once decoded as Windows-1252 ("Â£42.5m"). Each is read
to clean text and split into sentences that remember their line, so every verdict
can point at file:line.
"""

from __future__ import annotations

import codecs
import errno
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path

from factcheck.errors import SourceError
from factcheck.models import Problem, Sentence

SOURCE_SUFFIXES = (".txt", ".md", ".text", ".markdown")
DEFAULT_MAX_BYTES = 50 * 1024 * 1024
MAX_SENTENCE_CHARS = 1_000  # the longest real sentences of 2,225 BBC articles run to 1,063 (and three lists to 2,002)

_MOJIBAKE = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u00a0-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e"
    "\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]+"
)
_UNPRINTABLE_NAME = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]")
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr st prof rev gen col lt sgt insp supt det pc no nos vs etc inc ltd co corp "
    "jan feb mar apr jun jul aug sep sept oct nov dec approx fig e.g i.e u.s u.k a.m p.m".split()
)
_SENTENCE_END = re.compile(r"""[.!?]+["'\u201d\u2019)\]]*\s+(?=["'\u201c\u2018(\[]?[A-Z0-9\u00a3$\u20ac])""")


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
    (codecs.BOM_UTF8, "utf-8"),
)


@dataclass(frozen=True)
class SourceText:
    """One source file read to text, named by its path relative to the sources root."""

    name: str
    text: str


def decode(data: bytes) -> str:
    """Bytes to text: BOMs first, then UTF-8, then Windows-1252; mojibake repaired."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            text = data[len(bom):].decode(codec, errors="replace")
            break
    else:
        utf16 = _bomless_utf16(data)
        if utf16:
            text = data.decode(utf16, errors="replace")
        else:
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError:
                # cp1252 leaves five bytes undefined; those keep their Latin-1 meaning.
                text = data.decode("cp1252", errors="_factcheck_latin1")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return repair_mojibake(text)


def _latin1_fallback(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    return exc.object[exc.start:exc.end].decode("latin-1"), exc.end


codecs.register_error("_factcheck_latin1", _latin1_fallback)


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 saved without a BOM: mostly-ASCII text has a NUL in every other byte."""
    head = data[:4096]
    if len(head) < 4 or len(head) % 2:
        head = head[: len(head) - len(head) % 2]
        if len(head) < 4:
            return None
    even, odd = head[0::2], head[1::2]
    half = len(head) // 2
    if odd.count(0) > 0.6 * half and even.count(0) < 0.05 * half:
        return "utf-16-le"
    if even.count(0) > 0.6 * half and odd.count(0) < 0.05 * half:
        return "utf-16-be"
    return None


def repair_mojibake(text: str) -> str:
    """Undo UTF-8 that was decoded as Windows-1252: "Â£" -> "£", "â€™" -> "'"."""

    def fix(m: re.Match) -> str:
        chunk = m.group()
        try:
            raw = b"".join(_cp1252_byte(c) for c in chunk)
            return raw.decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            return chunk

    return _MOJIBAKE.sub(fix, text)


def _cp1252_byte(char: str) -> bytes:
    """The byte Windows-1252 (or, for its five holes, Latin-1) decoded to `char`."""
    if "\x80" <= char <= "\x9f":
        return char.encode("latin-1")
    return char.encode("cp1252")


def looks_binary(data: bytes) -> bool:
    """Not text: a NUL byte (outside UTF-16/32), or many control bytes, in the head of the file."""
    head = data[:8192]
    if head.startswith(tuple(bom for bom, _ in _BOMS[:4])) or _bomless_utf16(head):
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in b"\t\n\r\f\x1b")
    return controls > max(8, len(head) // 20)


def find_sources(root: Path) -> tuple[list[Path], list[Problem]]:
    """Text files under `root`, and warnings (naming each file) for what was passed over.

    Symbolic links are followed while they stay inside `root`: a link that leads
    elsewhere (a cloned repository could point one at ~/.ssh) is skipped, and a
    folder is never walked twice, so link loops end.
    """
    if not root.is_dir():
        return [root], []
    base = root.resolve()
    found: list[Path] = []
    problems: list[Problem] = []
    seen: set[tuple[int, int]] = set()

    def skip(path: Path, why: str) -> None:
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
    stack = [root]  # a folder's files, then its folders: the order os.walk gives
    while stack:
        folders: list[Path] = []
        for entry in entries(stack.pop()):
            if entry.name.startswith("."):
                continue
            path = Path(entry.path)
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if not is_dir and not entry.name.lower().endswith(SOURCE_SUFFIXES):
                suffix = Path(entry.name).suffix.lower() or "no suffix"
                unread[suffix] = unread.get(suffix, 0) + 1
                continue
            why = _bad_link(path, base) if entry.is_symlink() else None
            if _UNPRINTABLE_NAME.search(entry.name):  # it would be printed in every `where` column
                why = "file name holds control characters"
            if why:
                skip(path, why)
            elif is_dir:
                folders.append(path)
            else:
                found.append(path)
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
    if looks_binary(data):
        return Problem(where, "skipped: binary file, not text", severity="warning")
    return SourceText(name, decode(data))


def read_sources(root: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[list[SourceText], list[Problem]]:
    """Every readable text under `root`; unreadable ones become warnings, not failures."""
    if not root.exists():
        raise SourceError(f"{root}: no such file or folder")
    texts: list[SourceText] = []
    paths, problems = find_sources(root)
    base = root if root.is_dir() else root.parent
    for path in paths:
        name = path.relative_to(base).as_posix()
        got = read_source(path, name, max_bytes)
        if isinstance(got, SourceText):
            texts.append(got)
            problems.extend(overlong_sentences(got))
        else:
            problems.append(got)
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
    """Sentences with the line each starts on; a line without a full stop is one sentence,
    and a "sentence" longer than MAX_SENTENCE_CHARS is read in pieces (`_pieces`)."""
    sentences: list[Sentence] = []
    for line_no, line in enumerate(source.text.split("\n"), start=1):
        for sentence in _split_line(line):
            for piece in _pieces(sentence) if len(sentence) > MAX_SENTENCE_CHARS else (sentence,):
                sentences.append(Sentence(source.name, len(sentences), line_no, piece))
    return sentences


def overlong_sentences(source: SourceText) -> list[Problem]:
    """A warning for each line holding a "sentence" too long to be one (a page pasted with
    no full stops): it is read in pieces, which a claim may not match as a whole."""
    problems = []
    for line_no, line in enumerate(source.text.split("\n"), start=1):
        if len(line) > MAX_SENTENCE_CHARS:
            longest = max(map(len, _split_line(line)), default=0)
            if longest > MAX_SENTENCE_CHARS:
                problems.append(Problem(source.name, f"a sentence of {longest:,} characters (no sentence break) is "
                                        f"read in pieces of at most {MAX_SENTENCE_CHARS:,}", line_no,
                                        severity="warning"))
    return problems


_CLAUSE_BREAK = re.compile(r"[;:\u2013\u2014,]\s|\s-\s")


def _pieces(sentence: str) -> list[str]:
    """An over-long "sentence" cut at the last clause break before the cap (in its second
    half), else at the last space, else at the cap: the cost of a line stays in line with
    its length, and no passage spans a whole page."""
    pieces = []
    rest = sentence
    while len(rest) > MAX_SENTENCE_CHARS:
        window = rest[:MAX_SENTENCE_CHARS]
        breaks = [m.end() for m in _CLAUSE_BREAK.finditer(window, MAX_SENTENCE_CHARS // 2)]
        cut = breaks[-1] if breaks else (window.rfind(" ") + 1 or MAX_SENTENCE_CHARS)
        if cut <= MAX_SENTENCE_CHARS // 4:
            cut = MAX_SENTENCE_CHARS
        pieces.append(rest[:cut].strip())
        rest = rest[cut:]
    pieces.append(rest.strip())
    return [p for p in pieces if p]


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
