"""Words as a matcher sees them: stems, stop words and the synonyms of the trade.

A writer paraphrases ("sacked" for "dismissed", "officers" for "constables"), so the
statement a figure belongs to is compared on light stems and a short list of synonym
groups from police and business reporting (text/data/synonyms.txt). The list is short
on purpose: every entry widens what counts as "the same statement", and a wrong
"supported" costs most.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from factcheck.models import Quantity
from factcheck.text import lexicon

STOPWORDS = lexicon.STOPWORDS

# Words that tell which way a figure points ("rose to", "from"): kept for the
# context of a number even though they are stop words for the statement.
DIRECTION_WORDS = frozenset({"to", "from", "by", "than", "of", "out"})
AUXILIARIES = frozenset("is are was were be been being has have had get got gets getting become became".split())

_SYNONYM_GROUPS = lexicon.SYNONYM_GROUPS
_SUFFIXES = (
    ("izations", ""), ("isations", ""), ("ization", ""), ("isation", ""),
    ("ational", "ate"), ("ations", ""), ("ation", ""), ("ments", ""), ("ment", ""),
    ("ings", ""), ("ing", ""), ("ions", ""), ("ion", ""), ("ied", "y"), ("ies", "y"),
    ("edly", ""), ("ed", ""), ("ary", ""), ("ally", ""), ("ly", ""), ("al", ""),
    ("sses", "ss"), ("ss", "ss"), ("es", "e"), ("s", ""),
)

_BRITISH = re.compile(r"is(e|ed|es|ing|ation|ations|er|ers)$")
WORD = re.compile(r"[A-Za-z][A-Za-z']*")  # a word, as tokens() and the index read it


def stem(word: str) -> str:
    """A light stem: enough to meet "sacked"/"sack", "investigated"/"investigation"."""
    w = word.lower().replace("\u2019", "'")
    if w.endswith("'s"):
        w = w[:-2]
    w = w.strip("'")
    if len(w) <= 3:
        return w
    if len(w) > 5:
        w = _BRITISH.sub(r"iz\1", w)
        if w.endswith(("our", "ours")) and len(w) > 5:
            w = w.replace("our", "or")
    for suffix, replacement in _SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: len(w) - len(suffix)] + replacement
            break
    if len(w) >= 4 and w.endswith("e"):
        w = w[:-1]
    if len(w) >= 8 and w.endswith("at"):
        w = w[:-2]  # "investigat(ed)" and "investigat(ion)" meet at "investig"
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "lsz":
        w = w[:-1]
    return w


def _canonical_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for group in _SYNONYM_GROUPS:
        stems = sorted({stem(word) for word in group})
        for member in stems:
            table[member] = stems[0]
    return table


def canonical(word_stem: str) -> str:
    """The synonym group's name for a stem, or the stem itself."""
    return _CANONICAL.get(word_stem, word_stem)


class Token(NamedTuple):
    """A word of a sentence at its position, kept for distances to figures (a tuple: an
    archive makes millions of them)."""

    term: str  # canonical stem
    position: int  # among the sentence's tokens ("index" would hide tuple.index)
    start: int
    end: int
    stop: bool  # a stop word: no weight in the statement


@lru_cache(maxsize=200_000)
def term_of(low: str) -> str:
    """A lower-case word's canonical stem; an archive has few words, met many times."""
    return canonical(stem(low))


def tokens(text: str) -> list[Token]:
    """The words of `text` in order, each with its canonical stem."""
    out = []
    for i, m in enumerate(WORD.finditer(text)):
        low = m.group().lower()
        out.append(Token(term_of(low), i, m.start(), m.end(), low in STOPWORDS))
    return out


_CANONICAL = _canonical_table()
TITLES = frozenset(canonical(stem(word)) for word in lexicon.TITLES)  # as terms: "Lord", "Prime Minister"


def value_token(q: Quantity) -> str:
    """A figure as a word: lets "since 2018" in a claim require 2018 in the source. An "Nm"
    has one token whether it was read as metres or as a million ("the 3,000m in" and "a
    tight 3,000m in"), so that one writing meets itself."""
    if q.unit == "metre" and q.text[-1:] == "m" and q.text[-2:-1].isdigit():
        return f"#count::{q.value * 1e6:.12g}"
    return f"#{q.kind}:{q.unit}:{q.value:.12g}"


def initials(words: list[str]) -> str:
    """The initials of a name of two words or more, lower case ("Diplomatic Protection
    Group" -> "dpg", "Internet Explorer" -> "ie"), as a writer may abbreviate it; "" for one word."""
    return "".join(w[0] for w in words).lower() if len(words) >= 2 else ""
