"""Paraphrase knowledge for the judge: lemmas and related words from the lexical resource.

`factcheck.text.wordnet` (Open English WordNet senses and lemminflect's lemma tables,
built by scripts/lexicon/) answers whether a writer's word and a source's word say the
same thing ("declined" ~ "fell", "sacked" ~ "dismissed"). Where that module is not
installed, the stems and synonym groups of text/words.py answer alone.
"""

from __future__ import annotations

import importlib
from functools import lru_cache
from types import ModuleType

from factcheck.text import lexicon
from factcheck.text.words import AUXILIARIES, term_of

_LIGHT = AUXILIARIES | frozenset("have has having do does did".split())  # verbs that say nothing alone


def _resource() -> ModuleType | None:
    try:
        return importlib.import_module("factcheck.text.wordnet")
    except ImportError:  # the resource is not there: stems and synonym groups only
        return None


_WORDNET = _resource()


@lru_cache(maxsize=100_000)
def related(a: str, b: str) -> bool:
    """Two words (as written, any case) that can say the same thing."""
    a, b = a.lower(), b.lower()
    if a == b or term_of(a) == term_of(b):
        return True
    return bool(_WORDNET is not None and _WORDNET.related(a, b))


@lru_cache(maxsize=100_000)
def same_action(a: str, b: str) -> bool:
    """Two verbs that can say the same of a figure: one lemma, or a verb sense they share
    ("declined" ~ "fell", "sacked" ~ "dismissed"; not "sacked" ~ "cases", a noun's sense)."""
    a, b = a.lower(), b.lower()
    if a == b or term_of(a) == term_of(b):
        return True
    if _WORDNET is None or a in _LIGHT or b in _LIGHT:
        return False  # "received" ~ "have": a light verb says nothing of its own
    if _WORDNET.lemma(a) == _WORDNET.lemma(b):
        return True
    return any(group.endswith("-v") for group in _WORDNET.senses(a) & _WORDNET.senses(b))


@lru_cache(maxsize=100_000)
def kin_action(a: str, b: str) -> bool:
    """`same_action`, or one verb a direct hyponym of a sense of the other ("credited" ~
    "attributed", "beating" ~ "defeated"): for a word the source uses as a verb, since a
    noun's lemma has verb senses too ("cases" ~ "sacked", both of putting in a case)."""
    if same_action(a, b):
        return True
    a, b = a.lower(), b.lower()
    return _WORDNET is not None and a not in _LIGHT and b not in _LIGHT and _WORDNET.related_verbs(a, b)


# A verb goes up or down when it shares a sense with one of these (members or a direct
# hyponym, text/wordnet.py): "slipped" and "dipped" ~ decline, "plummeted" ~ drop,
# "soared" ~ rise, "widened" ~ increase; "hit" and "reached" are neither.
DIRECTIONS = {"up": ("increase", "rise", "grow", "climb"), "down": ("decrease", "fall", "decline", "drop")}


@lru_cache(maxsize=20_000)
def direction(word: str) -> str:
    """ "up", "down" or "-": the way a rise or fall word goes, by the word lists of rise and
    fall words (text/data/rise.txt, fall.txt), else by the lexicon's senses."""
    low = word.lower()
    if low in lexicon.RISE:
        return "up"
    if low in lexicon.FALL:
        return "down"
    if _WORDNET is None:
        return "-"
    ways = {way for way, anchors in DIRECTIONS.items() if any(_WORDNET.related(low, a) for a in anchors)}
    return ways.pop() if len(ways) == 1 else "-"


def lemma(word: str) -> str:
    """The dictionary form of a word ("sacked" -> "sack"); its stem without the resource."""
    if _WORDNET is not None:
        return str(_WORDNET.lemma(word))
    return term_of(word.lower())


def has_resource() -> bool:
    return _WORDNET is not None


def is_proper(word: str) -> bool:
    """A word the lexicon does not know as a common word: a name ("Toyota", "Labour" is
    known, so it is not); without the resource, no word is."""
    if _WORDNET is None:
        return False
    low = word.lower()
    return _WORDNET.lemma(low) == low and not _WORDNET.senses(low)  # "Prosecutors" is a plural: not a name
