"""Bytes to text, whatever the encoding: shared by sources and drafts.

Articles arrive as pasted web pages: UTF-8, Windows-1252, UTF-16 from a word processor,
or UTF-8 that was once decoded as Windows-1252 ("Â£42.5m"). Each is read to clean text.
"""

from __future__ import annotations

import codecs
import re

from factcheck.text.normal import clean_text

_MOJIBAKE = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u00a0-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e"
    "\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]+"
)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
    (codecs.BOM_UTF8, "utf-8"),
)



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
    return clean_text(repair_mojibake(text))


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
