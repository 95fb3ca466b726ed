"""What `factcheck figures` names as a figure's unit beyond a unit of measure: for a count,
the thing counted ("14 people", "six dolphins", "eight cabinet ministers" -> "cabinet
minister"), and for any figure a rate ("$1.40 a share" -> "dollar per share", "500,000
barrels a day" -> "barrel per day", "15% per annum" -> "percentage per year").

These are names for the reader's output only, in the singular, as annotated quantities
name them; the judge decides what a figure counts from its frame (text/frame_words.py),
never from these names.
"""

from __future__ import annotations

import re

from factcheck.text import lexicon, wordnet
from factcheck.text.number_words import NUMBER_WORDS
from factcheck.text.units import unit_after

_WORD = re.compile(r"(?:[ -]|\s-\s)?([A-Za-z][a-z]*(?:'[a-z]+)?)")
# a word after a figure, with what joins it ("-" in "two-horse"): hyphened compounds whole
_TOKEN = re.compile(r"(?P<sep>\s-\s|[ -])?(?P<w>[A-Za-z][A-Za-z&]*(?:['’][a-z]*)?(?:-[A-Za-z]+)*)")
_AFTER_NOUN = frozenset({"ago", "later", "earlier", "apart", "apiece", "away", "back", "last", "next", "each", "alone",
                         "already", "again", "ever", "still", "yet", "altogether", "respectively", "instead",
                         "overall", "or", "and", "minus", "plus"})
_IRREGULAR_PLURALS = frozenset({"people", "men", "women", "children", "police", "staff", "cattle", "feet", "teeth"})
_GRADED = {"best": "good", "better": "good", "worst": "bad", "worse": "bad"}
_OF_THING = re.compile(r"(?:\s+[a-z]+)?\s+of(?:\s+[a-z]+){1,2}?(?=\s+(?:a|an|per|each|every)\s)", re.I)
_OF = re.compile(r"\s+of\s+(?:(?:the|its|their|his|her|our|your|my|these|those)\s+)?(?:few\s+|many\s+)?")
_RATE = re.compile(r"(?:\s*-\s*|\s+)(?:a|an|per|each|every)(?:\s*-\s*|\s+)([a-z]+)\b"
                   r"(?!\s+(?:earlier|ago|before|later|previously|on|after)\b)", re.I)
# what a rate is per, as annotated quantities name it
_PER = {"annum": "year", "capita": "person", "head": "person", "shares": "share"}
_RATE_BASES = frozenset({
    "share", "day", "year", "annum", "hour", "week", "month", "minute", "second", "night", "dozen", "head",
    "person", "capita", "barrel", "tonne", "ton", "litre", "gallon", "kilo", "kilogram", "unit", "copy",
    "ticket", "game", "match", "household", "pupil", "student", "patient", "passenger", "mile", "kilometre"})
# words that say how many or how much, not what: "14 more officers", "some 40 per cent"
_SKIP = frozenset({"more", "most", "less", "least", "other", "others", "extra", "further", "additional", "new"})
_MAX_WORDS = 3


def _singular(word: str) -> str:
    """The lemma of a noun: the lexicon's, or the regular singular of a plural it does not know."""
    low = word.lower()
    known = wordnet.lemma(low)
    if known != low or low.endswith(("ss", "us", "is", "series", "species")) or not low.endswith("s") \
            or low == "people":
        return known
    if low.endswith("ies") and len(low) > 4:
        return low[:-3] + "y"
    if low.endswith(("ches", "shes", "xes", "sses", "zes")):
        return low[:-2]
    return low[:-1]


def _verb_only(word: str) -> bool:
    """A verb's form ("died", "said", "rose"): an irregular past, a past in -ed of a verb, or a
    word the lexicon knows only as a verb."""
    low = word.lower()
    if low in wordnet.past_forms():
        return True
    if low.endswith("ed") and wordnet.lemma(low) != low and any(s.endswith("-v") for s in wordnet.senses(low)):
        return True
    senses = wordnet.senses(low)
    return bool(senses) and all(s.endswith("-v") for s in senses)


def counted(line: str, end: int) -> tuple[str, int]:
    """The thing a count counts, from the words right after it ("14 people in Mississippi"
    -> "people"; "one of the computers" -> "computer"; "eight cabinet ministers" -> "cabinet
    minister"; "a two-horse race" -> "horse"), and where they end; ("", end) for none."""
    joined = _TOKEN.match(line, end)
    if joined is not None and joined.group("sep") == "-" and not _stops(joined.group("w"), []):
        return _singular(joined.group("w")), joined.end()  # "a three-way merger": a way
    of = _OF.match(line, end)
    stop = of.end() if of else end
    run: list[str] = []
    while len(run) < _MAX_WORDS:
        m = _TOKEN.match(line, stop)
        if m is None or (m.group("sep") is None and stop == end):
            break
        word = m.group("w")
        low = word.lower()
        if not run and low.endswith("s'") and stop == end:
            return _singular(word[:-1]), m.end()  # "the two parties' own studies": parties
        if not run and (low in _SKIP or low.endswith(("'s", "s'"))):
            stop = m.end()  # "14 more officers", "one of Mexico's hottest acts"
            continue
        if _stops(word, run) or (_verb_only(low) and not (not run and _next_is_word(line, m.end()))):
            break
        run.append(word)
        stop = m.end()
        after = _TOKEN.match(line, stop)
        if _plural(word) and not (after and after.group("sep") == " " and _plural(after.group("w"))
                                  and not _stops(after.group("w"), run)):
            break  # a noun phrase ends at its plural head ("two friends set out"), but "two cosmetics labels"
    while run and _verb_only(run[-1]):
        run.pop()
    if not run:
        return "", end
    last = run[-1]
    head = (last[:-1] if _plural(last) else last) if sum(ch.isupper() for ch in last) > 1 else _singular(last)
    return " ".join([*(_modifier(w) for w in run[:-1]), head.lower()]), stop


def _stops(word: str, run: list[str]) -> bool:
    low = word.lower()
    return (low in lexicon.STOPWORDS or low in NUMBER_WORDS or low in _AFTER_NOUN or _adverb(low)
            or (bool(run) and low.endswith("ing")) or low.endswith(("'s", "s'")) and bool(run))


def _plural(word: str) -> bool:
    low = word.lower()
    if sum(ch.isupper() for ch in word) > 1:
        return word.endswith("s") and len(word) > 2  # "MPs", "DVDs"; but "M&S", "BBC" are names
    return low in _IRREGULAR_PLURALS or (low.endswith("s") and _singular(low) != low)


def _modifier(word: str) -> str:
    """A word before the head, as annotated: comparatives and superlatives to their base
    ("largest" -> "large", "best" -> "good"), others as written ("known", "cosmetics")."""
    low = word.lower()
    if low in _GRADED:
        return _GRADED[low]
    lemma = wordnet.lemma(low)
    return lemma if low.endswith(("est", "er")) and lemma != low else low


def _adverb(low: str) -> bool:
    """An -ly word the lexicon does not know as an adjective ("usually", but not "friendly")."""
    return low.endswith("ly") and not any(s.endswith(("-a", "-s", "-n")) for s in wordnet.senses(low))


def _next_is_word(line: str, at: int) -> bool:
    m = _WORD.match(line, at)
    return m is not None and m.group(1).lower() not in lexicon.STOPWORDS and not m.group(1)[0].isupper()


def unit_end(line: str, end: int) -> int:
    """Where the spelled-out unit after a figure ends ("500,000 barrels", "2 feet"), or `end`."""
    spaced = unit_after(line, end)
    if spaced is not None:
        return spaced[1]
    m = _WORD.match(line, end)
    return m.end() if m else end


def per(line: str, at: int) -> str:
    """What a rate is per, when the words at `at` say "a share", "per annum", "an hour" (or
    do after one word: "1,015 francs a share"); or ""."""
    m = _RATE.match(line, at)
    if m is None:
        word = _WORD.match(line, at)
        m = _RATE.match(line, word.end()) if word else None
    if m is None:  # "2.4 billion gallons of jet fuel a year"
        of = _OF_THING.match(line, at)
        m = _RATE.match(line, of.end()) if of else None
    if m is None:
        return ""
    base = m.group(1).lower()
    if base not in _RATE_BASES:
        unit = unit_after(line, m.start(1) - 1) if m.group().lower().lstrip(" -").startswith("per") else None
        return unit[0].name if unit is not None else ""  # "37.8 micrograms per gramme"
    return _PER.get(base, base)
