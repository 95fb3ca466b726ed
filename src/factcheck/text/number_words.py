"""Numbers spelled out: "seven", "Fifty-five", "one hundred and twelve", "a dozen", "two-thirds"."""

from __future__ import annotations

import re

from factcheck.models import Quantity
from factcheck.text.kinds import finish, qualifier_at

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19,
}
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_FRACTIONS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "tenth": 10, "tenths": 10,
}
_WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")
_NUMBER_WORDS = set(_UNITS) | set(_TENS) | set(_SCALES) | {"dozen"}
_AFTER_A = frozenset({"dozen", *_SCALES})  # "a dozen", "a hundred", "a million"
_NUMBER_OR_FRACTION = frozenset(_NUMBER_WORDS | set(_FRACTIONS))
_LETTERS = re.compile(r"[a-z]+")
# a share of a scale: "half a million", "a quarter of a million", "three-quarters of a billion",
# "one and a half million", "2 and a half billion", "half a dozen"
_SHARE_OF = {"a half": 0.5, "half": 0.5, "a quarter": 0.25, "quarter": 0.25, "three quarters": 0.75,
             "three-quarters": 0.75, "a third": 1 / 3, "two thirds": 2 / 3, "two-thirds": 2 / 3}
_SCALED = re.compile(
    r"\b(?:(?P<whole>\d{1,3}|" + "|".join(_UNITS) + r")\s+and\s+)?(?P<share>" + "|".join(
        sorted(_SHARE_OF, key=len, reverse=True)) + r")\s+(?:of\s+)?(?:an?\s+)?(?P<scale>dozen|thousand|million|"
    r"billion|trillion)\b(?!-)", re.I)
_SCALE_OF = {"dozen": 12, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
NUMBER_WORDS = frozenset(_NUMBER_WORDS | set(_SCALE_OF))  # every word a number is spelled with


def _scaled_shares(text: str) -> list[Quantity]:
    """ "half a million people": 500,000, not a half and a million."""
    out = []
    for m in _SCALED.finditer(text):
        whole = m.group("whole")
        base = (int(whole) if whole.isdigit() else _UNITS[whole.lower()]) if whole else 0
        share = _SHARE_OF[m.group("share").lower()]
        if whole and share != 0.5:
            continue  # "two and a quarter million" is rare; "one and two-thirds" rarer
        scale = _SCALE_OF[m.group("scale").lower()]
        q = finish(text, (base + share) * scale, scale * 0.5 if share == 0.5 else scale * 0.25, m.start(), m.end(),
                   "", "", bare_year=False)
        if q is not None:
            out.append(q)
    return out


def word_quantities(text: str) -> list[Quantity]:
    """Numbers spelled out: "seven", "Fifty-five", "one hundred and twelve", "a dozen"."""
    if _NUMBER_OR_FRACTION.isdisjoint(_LETTERS.findall(text.lower())):
        return []  # most sentences: no number word, found without a look at every word
    words = list(_WORD.finditer(text))
    out: list[Quantity] = []
    i = 0
    while i < len(words):
        low = words[i].group().lower()
        if (low in _UNITS and i + 1 < len(words) and words[i + 1].group().lower() in _FRACTIONS
                and _joined(text, words[i], words[i + 1])):
            i += 1  # "two-thirds": the fraction reads its own numerator
            continue
        if low in _NUMBER_WORDS or (low == "a" and i + 1 < len(words)
                                    and words[i + 1].group().lower() in _AFTER_A
                                    and _joined(text, words[i], words[i + 1])):
            j, value = _parse_number_words(text, words, i)
            if value is not None and j > i:
                q = _word_quantity(text, words, i, j, value)
                if q is not None:
                    out.append(q)
                i = j
                continue
        if low in _FRACTIONS:
            q = _fraction(text, words, i)
            if q is not None:
                out.append(q)
        i += 1
    low = text.lower()
    scaled = _scaled_shares(text) if "half" in low or "quarter" in low or "third" in low else []
    if scaled:
        out = sorted([q for q in out if not any(q.start < s.end and s.start < q.end for s in scaled)] + scaled,
                     key=lambda q: q.start)
    return out


def _joined(text: str, a: re.Match, b: re.Match) -> bool:
    """Two words belong to one number only when a space or a hyphen stands between them."""
    return text[a.end():b.start()] in {" ", "-"}


def _parse_number_words(text, words, i):
    """Read number words from index i; returns (index after, value) or (i, None)."""
    total, current, j, seen = 0, 0, i, False
    while j < len(words):
        low = words[j].group().lower()
        if j > i and not _joined(text, words[j - 1], words[j]):
            break
        if low == "a" and j == i:
            current = 1
        elif low == "and" and seen and j + 1 < len(words) and words[j + 1].group().lower() in set(_UNITS) | set(_TENS):
            pass
        elif low in _UNITS:
            current += _UNITS[low]
        elif low in _TENS:
            current += _TENS[low]
        elif low == "dozen":
            current = (current or 1) * 12
        elif low == "hundred":
            current = (current or 1) * 100
        elif low in _SCALES:
            total += (current or 1) * _SCALES[low]
            current = 0
        else:
            break
        seen = True
        j += 1
    if not seen:
        return i, None
    # "one" as a pronoun ("one of their own") is still the value 1; harmless.
    return j, total + current


# "Half-Life 2", "Seven-Up": a number word joined to a capitalised word is part of a name
_NAMED = re.compile(r"-[A-Z][a-z]")


_OPENING = frozenset(".!?:;\"'(\u201c\u2018-\u2014")  # a capital after these opens a sentence or quote
_NAME_GOES_ON = re.compile(r"\s+[A-Z]|\s*(?:$|[.,;:!?)\"'])")  # a capitalised word or the end after it


# "one" as a pronoun, not a count: "no one", "no-one", "one another", "on the one hand", "the
# one who", "a legal one.", "at one stage"
_PRONOUN_BEFORE = re.compile(r"(?:\bno[ -]|\bthe\s+|\bon the\s+|\bat\s+|\bevery\s+|\bany\s+|\bthis\s+|\bthat\s+"
                             r"|\b(?:a|an|the)\s+[a-z]+\s+)$", re.I)
_PRONOUN_AFTER = re.compile(r"\s+(?:another|hand|stage|point|time|who|that|which)\b|\s*(?:$|[.,;:!?)\"'])", re.I)


def _pronoun(text: str, start: int, end: int) -> bool:
    before = _PRONOUN_BEFORE.search(text[max(0, start - 20):start])
    if before and before.group().lower().startswith("no"):
        return True  # "no one", "no-one"
    return bool(before and _PRONOUN_AFTER.match(text, end)) or bool(re.match(r"\s+another\b", text[end:end + 9]))


def _word_quantity(text, words, i, j, value) -> Quantity | None:
    start, end = words[i].start(), words[j - 1].end()
    first = words[i].group().lower()
    nxt = text[end:end + 12].lower()
    if first == "one" and j - i == 1 and _pronoun(text, start, end):
        return None
    if (first in {"a"} and j - i == 1) or _NAMED.match(text, end):
        return None
    if re.match(r"\s*(?:th|st|nd|rd)\b", nxt):
        return None
    if words[j - 1].group().lower() in _SCALES and re.match(r"\s*s\b|s\b", nxt):
        return None
    if first in {"hundreds", "thousands", "millions"}:
        return None
    q = finish(text, float(value), 1.0, start, end, "", "", bare_year=False)
    before = text[:start].rstrip()
    if q is not None and q.kind in {"count", "money"} and words[i].group()[0].isupper() and before \
            and before[-1] not in _OPENING and _NAME_GOES_ON.match(text, end):
        return q._replace(kind="label", unit="")  # "the Six Nations", "Radio Five Live", "Million Dollar Baby"
    return q


def _fraction(text, words, i) -> Quantity | None:
    """ "a third of", "two-thirds", "half of": a share of a whole, kept as a fraction."""
    low = words[i].group().lower()
    denominator = _FRACTIONS[low]
    numerator, start = None, words[i].start()
    if i > 0 and _joined(text, words[i - 1], words[i]):
        prev = words[i - 1].group().lower()
        if prev in {"a", "one"}:
            numerator, start = 1, words[i - 1].start()
        elif prev in _UNITS and _UNITS[prev] > 0:
            numerator, start = _UNITS[prev], words[i - 1].start()
    if numerator is None and low in {"half"}:
        numerator = 1
    if numerator is None:
        return None
    after = text[words[i].end():words[i].end() + 6]
    if re.match(r"-(?:finals?|time|way)\b", after, re.I) or _NAMED.match(after) or (
            low == "half" and re.search(r"\b(?:first|second|the other)\s+$", text[max(0, start - 12):start], re.I)):
        # "a quarter-final": a round of a tournament; "half-time", "the second half": a part of a
        # match; "Half-Life": a name; none is a share
        return None
    # "fell by a third in 2004": the size of a change ("by a third-party" is none)
    by = re.search(r"\bby\s+$", text[max(0, start - 4):start], re.I) and not after.startswith("-")
    if low not in {"half", "halves"} and not by and not re.match(r"\s+of\b|\s*(?:$|[^\w\s])", after) \
            and not low.endswith("s"):
        return None  # "a third officer" is an ordinal, not a share
    value = numerator / denominator
    return Quantity(value=value, kind="fraction", text=text[start:words[i].end()],
                    start=start, end=words[i].end(), precision=0.0,
                    qualifier=qualifier_at(text, start))
