"""What a number is, read from the words around it: its kind, unit, scale and hedge.

"6%" and "six per cent" are shares, "£2.5 million" money with its scale, "12-year-old" a
count of years, "since 2006" a year, "Radio 1" part of a name, "more than 500" a bound:
the words after a number and just before it decide.
"""

from __future__ import annotations

import re

from factcheck.models import Quantity
from factcheck.text import currencies, lexicon, wordnet
from factcheck.text.dates import AFTER_MONTH, BEFORE_MONTH
from factcheck.text.units import metres_not_millions, unit_after

_MAGNITUDE = {
    "k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "million": 1e6,
    "bn": 1e9, "billion": 1e9, "tn": 1e12, "trillion": 1e12, "lakh": 1e5, "crore": 1e7,
}
_CURRENCIES = currencies.table()
_CURRENCY_WORDS = _CURRENCIES.words  # "dollars", "euros", "yen", "rand", "zloty": see text/data/currencies.tsv
_NAMED_BEFORE = re.compile(r"\b([A-Z][a-z]+),\s$")  # "Stallone, 71, appeared": a person's age
_AGED = re.compile(r"\b(?:aged|at the age of|age)\s+(?:between\s+)?$", re.I)
_MEASURES = lexicon.MEASURES


def _one_of(words) -> str:
    """A list of words as alternatives of a pattern."""
    return "|".join(map(re.escape, sorted(words)))


_QUALIFIERS = [
    (re.compile(r"(?:more|greater|higher) than\s*$|(?:just |well )?over\s*$|above\s*$|in excess of\s*$"), "more-than"),
    (re.compile(r"at least\s*$|no (?:fewer|less) than\s*$|a minimum of\s*$"), "at-least"),
    (re.compile(r"(?:fewer|less|lower) than\s*$|(?:just |well )?under\s*$|below\s*$"), "fewer-than"),
    (re.compile(r"at most\s*$|up to\s*$|no more than\s*$|a maximum of\s*$|as (?:many|much|high|large) as\s*$"),
     "at-most"),
    (re.compile(rf"(?:{_one_of(lexicon.NEARLY)}|close to|just shy of)\s*$"), "nearly"),
    (re.compile(rf"(?:{_one_of(lexicon.APPROXIMATE)}|an estimated|approx\.?|c\.|more or less)\s*$"), "about"),
]

_COUNTED_AFTER = re.compile(
    r"\s+(?!(?:has|was|is|does|sees|gets|goes|makes|marks|brings|shows|saw|as|its|this)\b)[a-z]{3,}s\b")
# a year-like number after these is a year, though a plural follows: "since 2006 cases",
# "the 2020 cases of …" (a count so large is written "2,020")
_YEAR_BEFORE = re.compile(r"\b(?:in|since|by|from|until|of|to|during|before|after|the|its|their|this|that)\s+$", re.I)
_LABEL_BEFORE = re.compile(r"(?<![.!?:;]\s)(?<!^)\b[A-Z][A-Za-z]*[a-z0-9][A-Za-z]*\s$")
_NOT_NAMES = lexicon.STOPWORDS | lexicon.HEDGES | lexicon.EMPHASIS | lexicon.APPROXIMATE | lexicon.NEARLY
_FIRST_NAME_BEFORE = re.compile(r"([A-Z][a-z]+[A-Za-z]*)\s")  # the text's first word, all before the number
_ACRONYM_BEFORE = re.compile(r"(?<![.!?:;]\s)(?<!^)\b[A-Z]{2,5}\s$")
_NAME_AFTER = re.compile(r"\s[A-Z][a-z]")
_PENCE = re.compile(r"\s(?:pence|penny)\b", re.I)
_CENTS = re.compile(r"[\s-](?:cents?)\b", re.I)  # "50 cents", "a 12-cent dividend": money in cents
_AFTER_PERCENT = re.compile(r"\s?(?:%|per ?cent\b|percent\b|pc\b|p\.c\.)", re.I)
_AFTER_MAGNITUDE = re.compile(rf"\s?(?P<mag>{_one_of(_MAGNITUDE)})\b(?![/&'])", re.I)  # not "35 M&S goods"
_AFTER_UNIT = re.compile(r"[\s-](?P<unit>[a-z]+)(?P<old>-old|\s+old|\s+of\s+age)?\b", re.I)


def finish(text, value, precision, start, end, suffix, currency, bare_year, unit="") -> Quantity | None:
    """Read what follows a number (per cent, magnitude, unit) and what precedes it; `unit`
    is one the number was written glued to ("130cm")."""
    kind = "money" if currency else "count"
    unit = unit or currency
    pence = None if currency else _PENCE.match(text, end)
    cents = None if currency or pence else _CENTS.match(text, end)
    if suffix in {"m", "mn"} and not currency and metres_not_millions(text, start, end, value, precision):
        suffix, unit = "", "metre"  # "the 1500m", "4.25m", "1.8m tall": a length, not a million
    scaled = suffix in _MAGNITUDE
    if suffix in {"pc", "%"}:
        kind = "percent"
    elif suffix == "p" or pence:
        # "274p", "1115 pence": money in pence (met by pence only: "£2.74" is another spelling)
        kind, unit = "money", "penny"
        end = pence.end() if pence else end
    elif cents:
        kind, unit, end = "money", "cent", cents.end()
    elif suffix in _MAGNITUDE:
        value *= _MAGNITUDE[suffix]
        precision *= _MAGNITUDE[suffix]
    else:
        pm = _AFTER_PERCENT.match(text, end)
        if pm:
            kind, end = "percent", pm.end()
        else:
            mm = _AFTER_MAGNITUDE.match(text, end)
            if mm and not currency and mm.group("mag").lower() == "m" and metres_not_millions(
                    text, start, mm.end(), value, precision):
                unit, mm = "metre", None  # "12 m 2 dm", "1 m x 1 m"
            if mm:
                scaled = True
                scale = _MAGNITUDE[mm.group("mag").lower()]
                value *= scale
                precision *= scale
                end = mm.end()
    if kind == "count" and not unit:
        spaced = unit_after(text, end)  # "2.5 km/h", "40 deg celsius", "70m tonnes": the word stays a word
        if spaced is not None:
            unit = spaced[0].name
    if kind == "count" and not unit and (_AGED.search(text[max(0, start - 20):start]) or (
            _aged_name(text[max(0, start - 30):start]) and text[end:end + 1] == ","
            and value == int(value) and 0 < value < 120 and text[start].isdigit())):
        unit = "year-old"  # "aged 87", "at the age of 87", "Stallone, 71, said": an age, as "87-year-old" is
    phrase = currencies.phrase_pattern().match(text, end) if kind == "count" and not unit else None
    if phrase is not None:  # "125 million australian dollars", "50,000 south african rand"
        kind, unit = "money", _CURRENCIES.phrases[re.sub(r"\s+", " ", phrase.group("name").lower())]
    sign = currencies.SIGNS_AFTER.match(text, end) if kind == "count" and not unit else None
    if sign is not None:  # "15 €", "100元"
        kind, unit, end = "money", _CURRENCIES.signs[sign.group("sign")], sign.end()
    if kind in {"count", "money"} and not (kind == "count" and unit) and phrase is None:
        um = _AFTER_UNIT.match(text, end)
        if um:
            word = um.group("unit").lower()
            if not currency and word in {"pound", "pounds"} and not _money_pounds(text, start, um.end(), scaled):
                unit = "pound-mass"  # "lost 25 pounds", "700 pounds (320kg)"; "361 million pounds" is money
            elif not currency and word in _CURRENCY_WORDS and (scaled or word not in _CURRENCIES.scaled_only):
                kind, unit = "money", _CURRENCY_WORDS[word]
            elif kind == "count":
                stem = word[:-1] if word.endswith("s") and word[:-1] in _MEASURES else word
                if stem in _MEASURES:
                    unit = stem + ("-old" if um.group("old") else "")
    if kind == "count" and AFTER_MONTH.match(text, end) or BEFORE_MONTH.search(text[max(0, start - 12):start]):
        if not (bare_year and BEFORE_MONTH.search(text[max(0, start - 12):start])):
            return None  # a day of the month
        kind = "year"
    if kind == "count" and bare_year and not unit and 1800 <= value <= 2099 and suffix == "":
        if not _COUNTED_AFTER.match(text, end) or _YEAR_BEFORE.search(text[max(0, start - 8):start]):
            kind = "year"  # "since 2006", "2013 has"; but "2050 volunteers" is a count
    if kind == "count" and unit != "metre" and text[start].isdigit() and start > 0 and _is_label(text, start, end):
        kind = "label"  # "Radio 1", "Hall 25", "TFC 101 Tower": part of a name, equal only to itself
    return Quantity(
        value=value, kind=kind, text=text[start:end], start=start, end=end,
        precision=precision, unit=unit, qualifier=qualifier_at(text, start),
    )


def _is_label(text: str, start: int, end: int) -> bool:
    """A number inside a name: after a capitalised word that is no weekday ("Radio 1", but
    "on Friday 15 protesters"), after a sentence's first word that is a name ("Firefox 1.0
    was released"), or after an acronym and before a capitalised word ("the TFC 101 Tower")."""
    before = _LABEL_BEFORE.search(text[max(0, start - 30):start])
    if before:
        return before.group().strip().lower() not in lexicon.WEEKDAYS
    first = _FIRST_NAME_BEFORE.fullmatch(text, 0, start)
    if first:  # the sentence's first word, a name the lexicon does not know: "Firefox 1.0 was released"
        word = first.group(1).lower()  # (adverbs are not in it: "Nearly 12", "Exactly 12" are no names)
        if not (word in _NOT_NAMES or word.endswith("ly") or wordnet.senses(word) or wordnet.lemma(word) != word):
            return True
    return bool(_ACRONYM_BEFORE.search(text[max(0, start - 12):start]) and _NAME_AFTER.match(text, end))


_MONEY_CONTEXT = re.compile(
    r"\b(?:cost|costs|costing|paid|pay|pays|paying|fined|fine|worth|price|prices|priced|sold|sell|sells|bought|buy|"
    r"earn|earns|earned|earning|salary|wage|wages|spent|spend|spending|raised|raise|fee|fees|charge|charged|bill|"
    r"prize|award|awarded|compensation|damages|debt|debts|loan|owed|owe|profit|profits|loss|losses|revenue|sum|"
    r"fund|funds|funding|budget|tax|taxes|bid|offer|deal)\b[^.;]{0,40}$", re.I)


_SCALE_WORDS = ("thousand", "million", "billion", "trillion")


def _money_pounds(text: str, start: int, end: int, scaled: bool) -> bool:
    """ "pounds" after a number: money when scaled ("361 million pounds"), named so ("pounds
    sterling") or said of a price, a fine, a salary; a weight otherwise ("lost 25 pounds")."""
    if scaled or any(w in text[start:end].lower() for w in _SCALE_WORDS):  # "five million pounds" too
        return True
    if re.match(r"\s+sterling\b", text[end:end + 12], re.I):
        return True
    return bool(_MONEY_CONTEXT.search(text[max(0, start - 60):start]))


def _aged_name(before: str) -> bool:
    """ "Stallone, " before a number and a comma: a name, not "However, " or "Overall, "."""
    m = _NAMED_BEFORE.search(before)
    return m is not None and m.group(1).lower() not in _NOT_NAMES and not m.group(1).endswith("ly")


def qualifier_at(text: str, start: int) -> str:
    """The hedge just before a figure ("more than", "about"), by name, or ""."""
    before = text[max(0, start - 30):start].lower()
    for pattern, name in _QUALIFIERS:
        if pattern.search(before):
            return name
    return ""
