"""The word lists of the text layer, read once from the plain-text files in text/data/.

Each file opens with a comment line saying what its list is for, then holds one word a
line, or one group of words a line (synonyms, months), sorted; tests/test_lexicon.py
keeps every file sorted and free of repeated words, and the lists free of clashes. The
open lists, vocabulary that grows as sources are read, are data here; the closed classes
the clause reader's grammar is written in (auxiliaries, modals, conjunctions,
determiners) stay beside the code that reads them, as its regular expressions do.
"""

from __future__ import annotations

from pathlib import Path

DATA = Path(__file__).with_name("data")


def entries(name: str) -> list[str]:
    """The lines of data file `name`, comments and blank lines left out."""
    text = (DATA / f"{name}.txt").read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


def words(name: str) -> frozenset[str]:
    """A list of one word a line."""
    return frozenset(entries(name))


def groups(name: str) -> tuple[tuple[str, ...], ...]:
    """A list of one group of words a line."""
    return tuple(tuple(line.split()) for line in entries(name))


STOPWORDS = words("stopwords")
# The "rose …" and "fell …" groups are not RISE and FALL: every synonym widens what counts
# as the same statement and moves the words' weights (with "gained", "cut", "up" … in
# them, 500 of the 9,849 generated results score otherwise), while a direction word only
# gives a figure its sense. The groups' words are all rise or fall words (the tests check).
SYNONYM_GROUPS = groups("synonyms")
RISE = words("rise")
FALL = words("fall")
NEGATIONS = words("negations")
EMPHASIS = words("emphasis")
APPROXIMATE = words("approximate")
NEARLY = words("nearly")
HEDGES = words("hedges")
TITLES = words("titles")
COMPARATIVES = words("comparatives")
IRREGULAR_VERBS = words("irregular_verbs")  # past forms the same as the verb; the others: wordnet.past_forms()
NOT_VERBS = words("not_verbs")
LIGHT_VERBS = words("light_verbs")
MEASURES = words("measures")
MONTHS = {name: int(number) for number, *names in groups("months") for name in names}  # name -> 1-12
WEEKDAYS = words("weekdays")
# months and weekdays as a name's words would be, possessives too ("By Monday's close"): no names
CALENDAR = frozenset(w + tail for w in set(MONTHS) | WEEKDAYS for tail in ("", "'s", "\u2019s"))
REPORTING = words("reporting")
INTENT_VERBS = words("intent_verbs")
