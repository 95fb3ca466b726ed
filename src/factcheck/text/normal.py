"""Text as factcheck compares it: one normal form for sources, drafts and claims alike.

Pasted text carries characters a reader never sees: zero-width spaces and joiners,
direction marks, soft hyphens, byte-order marks, a decomposed "e" and its accent, narrow
or thin spaces between a number's thousands. Left in, they split a figure ("3\u200b3"
read as 3 and 3) or a word, so a claim and its source would be compared on what neither
shows. Every text is read once through `clean_text`, before anything else, and what is
shown is what was compared.
"""

from __future__ import annotations

import re
import unicodedata

# Format characters (Unicode category Cf) met in pasted text: soft hyphen, Arabic letter
# mark, Mongolian vowel separator, zero-width space/non-joiner/joiner, direction marks and
# embeddings, word joiner and invisible operators, isolates, byte-order mark.
_INVISIBLE = re.compile("[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]")
# A no-break, thin or narrow space between digits, three digits before the next non-digit:
# the typographic thousands separator ("1\u202f500", "12 000 000").
_TYPOGRAPHIC_THOUSANDS = re.compile(r"(?<=\d)[\u00a0\u2009\u202f\u2007](?=\d{3}(?!\d))")
# Every other space separator (category Zs) is a plain space.
_SPACES = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")


def clean_text(text: str) -> str:
    """NFC, invisible characters removed, typographic thousands separators as commas,
    every space-like separator a space. Idempotent; plain ASCII comes back as it was."""
    if text.isascii():
        return text
    text = unicodedata.normalize("NFC", _INVISIBLE.sub("", text))
    text = _TYPOGRAPHIC_THOUSANDS.sub(",", text)
    return _SPACES.sub(" ", text)
