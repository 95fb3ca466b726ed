"""Paraphrase knowledge from public lexical resources: lemmas and sense groups.

A writer says "sacked" where the article says "dismissed", "fell" where it says
"declined". This module answers two questions from the data in ``data/lexicon/``, built
by ``scripts/lexicon/build.py`` (see its docstring and the files' headers for sources,
licences and choices):

* ``lemma(word)``: the lower-case lemma ("sacked" -> "sack", "women" -> "woman"), from
  lemminflect's tables; the word itself when the table does not know it.
* ``related(a, b)``: the same lemma, or lemmas sharing a Princeton WordNet 3.0 sense group
  (a synset among the first senses of both, or one's first sense directly under the
  other's: "climb" under "increase"). Not transitive: "fire ~ sack" and "fire ~ shoot" do
  not make "sack ~ shoot".
* ``is_place(word)``, ``lies_in(place, other)``: whether the word names a place (a
  country, city or region), and whether one place lies in another.
* ``senses(word)``: the ids (WordNet 3.0 synset offsets and types, e.g. "02402843-v") of
  the groups the word's lemma belongs to.

The data covers the project's vocabulary (the news corpus, seeds, claims and tests), is
read once on first use (about 15 ms, 4 MB), and needs no network.
"""

from __future__ import annotations

from functools import cache, lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "lexicon"
_EMPTY: frozenset[str] = frozenset()
_APOSTROPHES = ("'s", "\u2019s", "'", "\u2019")


def _lines(name: str) -> list[str]:
    """The data lines of a file of ``data/lexicon``: its '#' header skipped."""
    lines = (DATA / name).read_text(encoding="utf-8").split("\n")
    start = 0
    while start < len(lines) and lines[start].startswith("#"):
        start += 1
    return [line for line in lines[start:] if line]


@cache
def _lemmas() -> dict[str, str]:
    """Inflected form -> lemma (only where they differ)."""
    return {line[:i]: line[i + 1:] for line in _lines("lemmas.tsv") if (i := line.find("\t")) > 0}


@cache
def _sense_rows() -> dict[str, str]:
    """Lemma -> the rest of its line in senses.tsv, split into sets only when asked."""
    rows = {}
    for line in _lines("senses.tsv"):
        word, _, rest = line.partition("\t")
        rows[word] = rest
    return rows


@lru_cache(maxsize=1 << 16)
def _groups(lemma_: str) -> tuple[frozenset[str], frozenset[str]]:
    """(groups the lemma is a member of, groups it is narrower in)."""
    row = _sense_rows().get(lemma_)
    if row is None:
        return _EMPTY, _EMPTY
    members, _, under = row.partition("\t")
    return frozenset(members.split()), frozenset(under.split())


def _clean(word: str) -> str:
    low = word.lower()
    for tail in _APOSTROPHES:  # "officer's", "officers'"
        if low.endswith(tail) and len(low) > len(tail):
            return low[: -len(tail)]
    return low


@cache
def _places() -> dict[str, frozenset[str]]:
    """Place name -> the places it lies in."""
    out = {}
    for line in _lines("places.tsv"):
        name, _, within = line.partition("\t")
        out[name] = frozenset(within.split())
    return out


@cache
def past_forms() -> frozenset[str]:
    """Irregular past forms of verbs ("said", "shook", "sought"; ``data/lexicon/past_forms.tsv``)."""
    return frozenset(line.partition("\t")[0] for line in _lines("past_forms.tsv"))


@cache
def _demonyms() -> dict[str, frozenset[str]]:
    """Adjective of a place -> the places it pertains to, and each place -> its adjectives."""
    out: dict[str, set[str]] = {}
    for line in _lines("demonyms.tsv"):
        name, _, places = line.partition("\t")
        for place in places.split():
            out.setdefault(name, set()).add(place)
            out.setdefault(place, set()).add(name)
    return {word: frozenset(others) for word, others in out.items()}


def same_place_words(word: str) -> frozenset[str]:
    """The words that name the place `word` names, as adjective or noun: "European" ->
    europe; "Japan" -> japanese (``data/lexicon/demonyms.tsv``)."""
    return _demonyms().get(_clean(word), frozenset())


def is_place(word: str) -> bool:
    """Whether `word` is the name of a place ("Australia", "London"): a proper noun of
    WordNet's noun.location file (``data/lexicon/places.tsv``)."""
    return _clean(word) in _places()


def place_name(word: str) -> str:
    """A place's name as the table keys it: "Argentina's" -> "argentina"."""
    return _clean(word)


def lies_in(place: str, other: str) -> bool:
    """Whether one place lies in the other ("Fayetteville" in "Arkansas"), by WordNet's
    part-of links."""
    return _clean(other) in _places().get(_clean(place), frozenset())


def lemma(word: str) -> str:
    """The lower-case lemma of `word`; the lower-case word itself if the table does not know it."""
    low = _clean(word)
    return _lemmas().get(low, low)


def senses(word: str) -> frozenset[str]:
    """The sense groups (WordNet 3.0 synset ids) of the word's lemma; empty if it has none."""
    return _groups(lemma(word))[0]


def related(a: str, b: str, *, narrower: bool = True) -> bool:
    """Whether two words may stand for one another: one lemma, or lemmas sharing a sense
    group, as members of it or (unless `narrower` is false) one of them as a direct hyponym
    of the group ("climb" ~ "increase", "constable" ~ "officer"). The hyponym links are
    the looser half: about 24,000 pairs of the vocabulary's content words against 9,700
    synonym pairs, and most of the surprising ones ("give" ~ "tell")."""
    la, lb = lemma(a), lemma(b)
    if la == lb:
        return True
    (sa, ua), (sb, ub) = _groups(la), _groups(lb)
    if sa & sb:
        return True
    return narrower and bool(ua & sb or sa & ub)


def related_verbs(a: str, b: str) -> bool:
    """`related`, by verb senses alone: "credited" ~ "attributed" (both narrower in one
    sense of ascribing), "beating" ~ "defeated"; a noun's sense ("sacked" ~ "cases") never."""
    la, lb = lemma(a), lemma(b)
    if la == lb:
        return True
    (sa, ua), (sb, ub) = _groups(la), _groups(lb)
    return any(g.endswith("-v") for g in (sa & sb) | (ua & sb) | (sa & ub))
