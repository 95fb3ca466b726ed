"""Figures written in words that are not numbers: places ("finished fourth"), durations
with no number ("jailed for a year", "within a fortnight") and multiples ("doubled",
"three times as many").

Both are read narrowly, where the words can mean nothing else: an ordinal from "third"
up ("first" and "second" are too often no place at all: "the first time", "a second
album"), and a duration after a word that asks for one ("for", "within", "after", …) or
as a claim's whole figure ("a year").
"""

from __future__ import annotations

import re

from factcheck.models import Quantity
from factcheck.text import lexicon
from factcheck.text.kinds import qualifier_at

_ORDINAL_UNITS = {"third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
                  "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
                  "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19}
_ORDINAL_TENS = {"twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60,
                 "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
         "ninety": 90}
_FIRSTS = {"first": 1, "second": 2, **_ORDINAL_UNITS}
_ORDINAL = re.compile(
    r"\b(?:(?P<tens>" + "|".join(_TENS) + r")-(?P<unit>" + "|".join(_FIRSTS) + r")|(?P<alone>"
    + "|".join(sorted({**_ORDINAL_UNITS, **_ORDINAL_TENS}, key=len, reverse=True)) + r"))\b", re.I)
# "a third of", "two-thirds", "a fifth of the": shares, read as fractions elsewhere; "the fourth quarter" a period
_SHARE_AFTER = re.compile(r"\s+of\b|s\b|[\s-]+quarter", re.I)  # "the fourth quarter" is a period
_SHARE_BEFORE = re.compile(r"(?:\b(?:a|one|an)\s+|-)$", re.I)

# a duration with no number: the unit and its length in that unit
_DURATIONS = {"fortnight": ("week", 2.0), "decade": ("year", 10.0), "century": ("year", 100.0),
              "year": ("year", 1.0), "month": ("month", 1.0), "week": ("week", 1.0), "day": ("day", 1.0)}
_DURATION = re.compile(r"(?P<a>\ban?|\bone)\s+(?P<unit>" + "|".join(_DURATIONS) + r")(?![\w-])", re.I)
_ASKS_FOR_ONE = re.compile(r"(?:^|\b(?:for|within|after|than|over|last|lasts|lasted|lasting|spent|took|nearly|almost"
                           r"|about|around|under|to|\u2014|-))"
                           r"\s*$", re.I)


_WORD_AFTER = re.compile(r" ([a-z]+)\b")
# after "a third …": words that make it a share ("a third more", "by a third in 2004")
_NOT_A_PLACE = frozenset("more less fewer higher lower larger smaller bigger last next year".split()) | (
    lexicon.STOPWORDS | lexicon.COMPARATIVES)


def _place_noun_after(text: str, end: int) -> bool:
    """ "a fourth officer", "a third term": a noun right after makes the ordinal a place."""
    m = _WORD_AFTER.match(text, end)
    word = m.group(1) if m else ""
    return bool(word) and word not in _NOT_A_PLACE


# "first" and "second" are places only where a place is said: "finished second", "came first",
# "second place", "the second-placed team", "the world's second-largest exporter" (not "the
# second time", "a second album", "one second")
_SUPERLATIVES = ("largest biggest best worst highest lowest most least richest poorest oldest youngest busiest "
                 "fastest strongest greatest smallest longest heaviest cheapest").split()
_FIRST_PLACE = re.compile(
    r"\b(?:finish(?:ed|es|ing)?|c[ao]me|comes|coming|placed|rank(?:ed|s)?|ended|end(?:s|ing)?)\s+(?:joint\s+)?"
    r"(?P<after>first|second)\b|\b(?P<before>first|second)(?=[\s-]+(?:place|placed|position|round|leg|"
    r"set|stage|innings|seed|seeded|" + "|".join(_SUPERLATIVES) + r")\b)", re.I)


def ordinal_words(text: str) -> list[Quantity]:
    """ "finished fourth", "the twenty-first", "its eleventh": places, as "11th" is one."""
    out = []
    for m in _FIRST_PLACE.finditer(text):
        at = "after" if m.group("after") else "before"
        out.append(Quantity(value=1.0 if m.group(at).lower() == "first" else 2.0, kind="ordinal", text=m.group(at),
                            start=m.start(at), end=m.end(at), qualifier=qualifier_at(text, m.start(at))))
    for m in _ORDINAL.finditer(text):
        if m.group("alone") and (_SHARE_AFTER.match(text, m.end()) or (
                _SHARE_BEFORE.search(text[:m.start()]) and not _place_noun_after(text, m.end()))):
            continue  # "a third of", "two-thirds", "a fifth": a share; not "a fourth officer", a place
        if m.group("alone"):
            low = m.group("alone").lower()
            value = _ORDINAL_UNITS.get(low) or _ORDINAL_TENS[low]
        else:
            value = _TENS[m.group("tens").lower()] + _FIRSTS[m.group("unit").lower()]
        out.append(Quantity(value=float(value), kind="ordinal", text=m.group(), start=m.start(), end=m.end(),
                            qualifier=qualifier_at(text, m.start())))
    return out


def durations(text: str) -> list[Quantity]:
    """ "jailed for a year", "within a fortnight" (two weeks), "after a decade" (ten years)."""
    out = []
    for m in _DURATION.finditer(text):
        if not _ASKS_FOR_ONE.search(text[max(0, m.start() - 12):m.start()]) and text[:m.start()].strip():
            continue  # "£5m a year" is a rate, "a year ago" a date
        unit, value = _DURATIONS[m.group("unit").lower()]
        out.append(Quantity(value=value, kind="count", text=m.group(), start=m.start(), end=m.end(),
                            precision=value, unit=unit, qualifier=qualifier_at(text, m.start())))
    return out


_MULTIPLYING = {"doubled": 2.0, "doubling": 2.0, "tripled": 3.0, "trebled": 3.0, "tripling": 3.0,
                "quadrupled": 4.0, "halved": 0.5, "halving": 0.5, "twofold": 2.0, "threefold": 3.0,
                "fourfold": 4.0, "fivefold": 5.0, "sixfold": 6.0, "sevenfold": 7.0, "eightfold": 8.0,
                "ninefold": 9.0, "tenfold": 10.0, "hundredfold": 100.0}
_MULTIPLE_WORD = re.compile(r"\b(?:" + "|".join(_MULTIPLYING) + r")\b", re.I)
# "three times as many", "10 times bigger", "five times the average": a multiple; "7 times since
# Monday" counts occasions and "three times a week" is a rate
_TIMES = re.compile(r"\s+times(?=\s+(?:as|more|less|fewer|the|that|over|[a-z]+er)\b)", re.I)


# "twice as many", "twice the average": a multiple, as "three times as many" is; "won it twice",
# "only once", "at least once": how many times, as "won it three times" is (the conjunction
# "once he had gone", "once again" and "at once" are neither)
_TWICE_AS = re.compile(r"\b(?P<w>twice|thrice)(?=\s+(?:as|more|less|fewer|the|that|over|[a-z]+er)\b)", re.I)
_TWICE = re.compile(r"\b(?P<w>twice|thrice)\b(?!-)", re.I)
_ONCE = re.compile(r"(?:\b(?:only|just|than|least|most|exactly|not even|never)\s+|(?<!\bat )\b)(?P<w>once)"
                   r"(?=\s*(?:$|[.,;:!?)\"']|\s(?:a|per|every|each|in|before|since|this|last|so far)\b))", re.I)
_TIMES_WORD = {"once": 1.0, "twice": 2.0, "thrice": 3.0}
_TIMES_SIGN = re.compile(r"(?<![\w.])(?:(?P<a>\d{1,3}(?:\.\d)?)x|x(?P<b>\d{1,3}(?:\.\d)?))(?!\w|\.\d)")


def multiples(text: str) -> list[Quantity]:
    """ "doubled", "tripled", "halved": a multiple (2, 3, 0.5), as "three times" is one;
    "twice as many" too. "won it twice", "only once": a count of times."""
    out = [Quantity(value=_MULTIPLYING[m.group().lower()], kind="multiple", text=m.group(), start=m.start(),
                    end=m.end(), qualifier=qualifier_at(text, m.start())) for m in _MULTIPLE_WORD.finditer(text)]
    if "x" in text:  # "2x faster", "x2": a multiple written with a sign
        out += [Quantity(value=float(m.group("a") or m.group("b")), kind="multiple", text=m.group(), start=m.start(),
                         end=m.end(), qualifier=qualifier_at(text, m.start())) for m in _TIMES_SIGN.finditer(text)]
    low = text.lower()
    if "twice" in low or "thrice" in low or "once" in low:
        multiple = {m.start("w") for m in _TWICE_AS.finditer(text)}
        for m in [*_TWICE.finditer(text), *_ONCE.finditer(text)]:
            word = m.group("w")
            out.append(Quantity(value=_TIMES_WORD[word.lower()], kind="multiple" if m.start("w") in multiple
                                else "count", text=word, start=m.start("w"), end=m.end("w"),
                                qualifier=qualifier_at(text, m.start("w"))))
        out.sort(key=lambda q: q.start)
    return out


def as_multiple(text: str, q: Quantity) -> Quantity:
    """A count written before "times" ("three times as many", "10 times bigger") is a multiple."""
    if q.kind == "count" and not q.unit and not q.role:
        m = _TIMES.match(text, q.end)
        if m:
            return q._replace(kind="multiple", text=text[q.start:m.end()], end=m.end())
    return q


# "the over-50s", "under-18s": an age group, its bound as the hedge
_AGE_GROUP = re.compile(r"(?<![\w-])(?P<side>over|under)-(?P<n>\d{1,3})s?(?![\w-])", re.I)


def age_groups(text: str) -> list[Quantity]:
    return [Quantity(value=float(m.group("n")), kind="count", text=m.group(), start=m.start(), end=m.end(),
                     unit="year-old", qualifier="more-than" if m.group("side").lower() == "over" else "fewer-than")
            for m in _AGE_GROUP.finditer(text)]
