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

from factcheck.text.words import term_of


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
    return not _WORDNET.senses(word.lower())
