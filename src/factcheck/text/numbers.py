"""Find the figures in a piece of text and read each to a value, the way a sub-editor would.

Writers and sources spell one value many ways ("6pc", "6%", "six per cent"; "£2.5m",
"£2.5 million"; "Fifty-five"), and many digit strings are not counts at all: years,
dates, times, names like "Covid-19", table rows glued to words. Reading them all to
`Quantity` records with a kind lets later steps compare like with like.
"""

from __future__ import annotations

import re

from factcheck.models import Quantity
from factcheck.text import lexicon

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
_MAGNITUDE = {
    "k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "million": 1e6,
    "bn": 1e9, "billion": 1e9, "tn": 1e12, "trillion": 1e12,
}
_CURRENCY_SIGNS = {"£": "£", "$": "$", "€": "€", "¥": "¥", "us$": "$"}
_CURRENCY_WORDS = {
    "pounds": "£", "sterling": "£", "dollars": "$", "euros": "€", "euro": "€",
    "yen": "¥", "rupees": "rupee", "yuan": "yuan", "roubles": "rouble", "rubles": "rouble",
}
_MEASURES = lexicon.MEASURES

_SPELLINGS = [sorted(name for name, n in lexicon.MONTHS.items() if n == month) for month in range(1, 13)]
_FULL_MONTHS = [max(names, key=len) for names in _SPELLINGS]
# every month's name, full names first: "january|…|december|jan|…|dec"
_MONTHS = "|".join(_FULL_MONTHS + [name for names in _SPELLINGS for name in names if name not in _FULL_MONTHS])


def _one_of(words) -> str:
    """A list of words as alternatives of a pattern."""
    return "|".join(map(re.escape, sorted(words)))


_QUALIFIERS = [
    (re.compile(r"(?:more|greater|higher) than\s*$|(?:just |well )?over\s*$|above\s*$|in excess of\s*$"), "more-than"),
    (re.compile(r"at least\s*$|no (?:fewer|less) than\s*$|a minimum of\s*$"), "at-least"),
    (re.compile(r"(?:fewer|less|lower) than\s*$|(?:just |well )?under\s*$|below\s*$"), "fewer-than"),
    (re.compile(r"at most\s*$|up to\s*$|no more than\s*$|a maximum of\s*$|as many as\s*$"), "at-most"),
    (re.compile(rf"(?:{_one_of(lexicon.NEARLY)}|close to|just shy of)\s*$"), "nearly"),
    (re.compile(rf"(?:{_one_of(lexicon.APPROXIMATE)}|an estimated|approx\.?|c\.|more or less)\s*$"), "about"),
]

# Text normalisation that keeps offsets: one character in, one character out.
_SAME_WIDTH = str.maketrans({
    "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2007": " ", "\u2002": " ", "\u2003": " ",
    "\u2212": "-", "\u2010": "-", "\u2011": "-", "\u2013": "-", "\u2014": "-",
    "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
})

_DIGITS = re.compile(
    r"(?<![\w.,/])(?<![A-Za-z]-)"
    r"(?P<cur>(?:US)?\$|Â£|£|€|¥)?\s?"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?P<dec>\.\d+)?"
    r"(?P<suffix>pc|%|bn|tn|mn|m|k|th|st|nd|rd|am|pm|s)?"
    r"(?![A-Za-z0-9])(?!,\d)(?!\.\d)(?!:\d)(?!/\d)"
)
_WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")
_COUNTED_AFTER = re.compile(
    r"\s+(?!(?:has|was|is|does|sees|gets|goes|makes|marks|brings|shows|saw|as|its|this)\b)[a-z]{3,}s\b")
_YEAR_BEFORE = re.compile(r"\b(?:in|since|by|from|until|of|to|during|before|after)\s+$", re.I)
_LABEL_BEFORE = re.compile(r"(?<![.!?:;]\s)(?<!^)\b[A-Z][A-Za-z]*[a-z0-9][A-Za-z]*\s$")
_AFTER_PERCENT = re.compile(r"\s?(?:%|per ?cent\b|percent\b|pc\b|p\.c\.)", re.I)
_AFTER_MAGNITUDE = re.compile(rf"\s?(?P<mag>{_one_of(_MAGNITUDE)})\b", re.I)
_AFTER_UNIT = re.compile(r"[\s-](?P<unit>[a-z]+)(?P<old>-old|\s+old)?\b", re.I)
_AFTER_MONTH = re.compile(rf"\s*(?:of\s+)?(?:{_MONTHS.replace('may|', '')})\b", re.I)
_BEFORE_MONTH = re.compile(rf"\b(?:{_MONTHS.replace('may|', '')}|May)\.?\s*$", re.I)
_NUMBER_WORDS = set(_UNITS) | set(_TENS) | set(_SCALES) | {"dozen"}
_A_DIGIT = re.compile(r"\d")
_NUMBER_OR_FRACTION = frozenset(_NUMBER_WORDS | set(_FRACTIONS))
_LETTERS = re.compile(r"[a-z]+")


def normalise(text: str) -> str:
    """Same-length clean-up of spaces, dashes and quotes, so offsets stay valid."""
    return text.translate(_SAME_WIDTH)


def read_quantities(text: str) -> list[Quantity]:
    """Every figure in `text`, in order, each read to a value with its kind.

    Never raises: anything that does not read cleanly as a figure is left out,
    which is the safe side (an unread figure can support nothing).
    """
    text = normalise(text)
    digits = [*_dates(text), *_digit_quantities(text)] if _A_DIGIT.search(text) else []  # half of all sentences have none
    found = [q for q in [*digits, *_word_quantities(text)] if q is not None]
    found.sort(key=lambda q: (q.start, -q.end))
    kept: list[Quantity] = []
    for q in found:
        if kept and q.start < kept[-1].end:
            continue
        kept.append(q)
    return _assign_roles(text, kept)


_MONTH_NUMBER = lexicon.MONTHS
_CAPITAL_MONTHS = "|".join(m.capitalize() for m in _MONTHS.split("|") if m != "may") + "|May"
_YEAR_AFTER = r"(?:,?\s+(?P<year>(?:18|19|20)\d\d)\b)?"
_DAY_MONTH_YEAR = re.compile(
    rf"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{_CAPITAL_MONTHS})\b{_YEAR_AFTER}")
_MONTH_DAY_YEAR = re.compile(
    rf"\b(?P<month>{_CAPITAL_MONTHS})\.?\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?!,\d|\.\d|:){_YEAR_AFTER}")


def _dates(text: str):
    """ "19th December 2013", "December 19, 2013": one date, never three counts."""
    for pattern in (_DAY_MONTH_YEAR, _MONTH_DAY_YEAR):
        for m in pattern.finditer(text):
            day, month = int(m.group("day")), _MONTH_NUMBER[m.group("month").lower()]
            year = int(m.group("year")) if m.group("year") else 0  # "13 November": a day of an unnamed year
            if 1 <= day <= 31:
                yield Quantity(value=float(year * 10000 + month * 100 + day), kind="date",
                               text=m.group(), start=m.start(), end=m.end(), precision=1.0)


def _digit_quantities(text: str):
    for m in _DIGITS.finditer(text):
        raw = m.group("num")
        digits = raw.replace(",", "")
        dec = m.group("dec") or ""
        suffix = (m.group("suffix") or "").lower()
        if suffix in {"am", "pm", "s"} or (m.start("num") and text[m.start("num") - 1] == ":"):
            continue  # times and decades are not counts
        if suffix in {"th", "st", "nd", "rd"}:
            if "," in raw or dec:
                continue
            # "came 11th": a place, comparable only with places (dates were read first)
            yield Quantity(value=float(digits), kind="ordinal", text=m.group(), start=m.start("num"),
                           end=m.end(), qualifier=_qualifier(text, m.start("num")))
            continue
        try:
            value = float(digits + dec)
        except ValueError:
            continue
        decimals = len(dec) - 1 if dec else 0
        precision = 10.0 ** -decimals
        end = m.end()
        cur = m.group("cur")
        if cur is None and m.start("num") > 0 and text[m.start("num") - 1] in "£$€":
            cur = text[m.start("num") - 1]
        currency = _CURRENCY_SIGNS.get((cur or "").replace("Â", "").lower(), "")
        start = m.start() if cur else m.start("num")
        yield _finish(text, value, precision, start, end, suffix, currency,
                      bare_year=(not dec and "," not in raw and len(digits) == 4))


def _finish(text, value, precision, start, end, suffix, currency, bare_year) -> Quantity | None:
    """Read what follows a number (per cent, magnitude, unit) and what precedes it."""
    kind = "money" if currency else "count"
    unit = currency
    if suffix in {"pc", "%"}:
        kind = "percent"
    elif suffix in _MAGNITUDE:
        value *= _MAGNITUDE[suffix]
        precision *= _MAGNITUDE[suffix]
    else:
        pm = _AFTER_PERCENT.match(text, end)
        if pm:
            kind, end = "percent", pm.end()
        else:
            mm = _AFTER_MAGNITUDE.match(text, end)
            if mm:
                scale = _MAGNITUDE[mm.group("mag").lower()]
                value *= scale
                precision *= scale
                end = mm.end()
    if kind in {"count", "money"}:
        um = _AFTER_UNIT.match(text, end)
        if um:
            word = um.group("unit").lower()
            if not currency and word in _CURRENCY_WORDS:
                kind, unit = "money", _CURRENCY_WORDS[word]
            elif kind == "count":
                stem = word[:-1] if word.endswith("s") and word[:-1] in _MEASURES else word
                if stem in _MEASURES:
                    unit = stem + ("-old" if um.group("old") else "")
    if kind == "count" and _AFTER_MONTH.match(text, end) or _BEFORE_MONTH.search(text[max(0, start - 12):start]):
        if not (bare_year and _BEFORE_MONTH.search(text[max(0, start - 12):start])):
            return None  # a day of the month
        kind = "year"
    if kind == "count" and bare_year and not unit and 1800 <= value <= 2099 and suffix == "":
        if not _COUNTED_AFTER.match(text, end) or _YEAR_BEFORE.search(text[max(0, start - 8):start]):
            kind = "year"  # "since 2006", "2013 has"; but "2050 volunteers" is a count
    if kind == "count" and text[start].isdigit() and start > 0 and _LABEL_BEFORE.search(text[max(0, start - 30):start]):
        kind = "label"  # "Radio 1", "Hall 25", "FTSE 100": part of a name, equal only to itself
    return Quantity(
        value=value, kind=kind, text=text[start:end], start=start, end=end,
        precision=precision, unit=unit, qualifier=_qualifier(text, start),
    )


def _qualifier(text: str, start: int) -> str:
    before = text[max(0, start - 30):start].lower()
    for pattern, name in _QUALIFIERS:
        if pattern.search(before):
            return name
    return ""


def _word_quantities(text: str) -> list[Quantity]:
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
                                    and words[i + 1].group().lower() in {"dozen", "hundred", "thousand", "million", "billion"}
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


def _word_quantity(text, words, i, j, value) -> Quantity | None:
    start, end = words[i].start(), words[j - 1].end()
    first = words[i].group().lower()
    nxt = text[end:end + 12].lower()
    if first in {"a"} and j - i == 1:
        return None
    if re.match(r"\s*(?:th|st|nd|rd)\b", nxt):
        return None
    if words[j - 1].group().lower() in {"hundred", "thousand", "million", "billion"} and re.match(r"\s*s\b|s\b", nxt):
        return None
    if first in {"hundreds", "thousands", "millions"}:
        return None
    return _finish(text, float(value), 1.0, start, end, "", "", bare_year=False)


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
    if low not in {"half", "halves"} and not re.match(r"\s+of\b|\s*(?:$|[^\w\s])", after) and not low.endswith("s"):
        return None  # "a third officer" is an ordinal, not a share
    value = numerator / denominator
    return Quantity(value=value, kind="fraction", text=text[start:words[i].end()],
                    start=start, end=words[i].end(), precision=0.0,
                    qualifier=_qualifier(text, start))


_PART_OF_WHOLE = re.compile(r"\s*,?\s*(?:[a-z]+\s+)?(?:out\s+)?of\s+(?:the\s+|all\s+|those\s+|these\s+|its\s+|their\s+)?$", re.I)
_ONE_IN = re.compile(r"\s+in\s+(?:every\s+)?$", re.I)
_OUT_OF_BEFORE = re.compile(r"(?:^|[\s(,;:])(?:out\s+of|of)\s+(?:the\s+|all\s+|those\s+|these\s+)?$", re.I)


def _assign_roles(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """Mark parts and wholes of ratios: "33 of the 257", "Of 14 …, two"; read "one in
    five" as a fraction."""
    merged: list[Quantity] = []
    for q in quantities:
        prev = merged[-1] if merged else None
        if (prev is not None and prev.kind == "fraction" and q.kind == "percent"
                and re.fullmatch(r"\s*\(\s*", text[prev.end:q.start])):
            # "almost a quarter (21%)": the source's own exact figure replaces its rounding
            close = re.match(r"\s*\)", text[q.end:])
            end = q.end + (close.end() if close else 0)
            merged[-1] = Quantity(q.value, "percent", text[prev.start:end], prev.start, end,
                                  q.precision, "", q.qualifier)
            continue
        if (prev is not None and prev.kind == q.kind == "count" and not prev.unit and 0 < prev.value < q.value <= 100
                and _ONE_IN.fullmatch(text[prev.end:q.start])):
            # "one in five", "three in four": a share, read as the fraction it names
            merged[-1] = Quantity(prev.value / q.value, "fraction", text[prev.start:q.end], prev.start, q.end,
                                  0.0, "", prev.qualifier)
        else:
            merged.append(q)
    quantities = merged
    roles = [""] * len(quantities)
    for k in range(len(quantities) - 1):
        a, b = quantities[k], quantities[k + 1]
        between = text[a.end:b.start]
        if _PART_OF_WHOLE.fullmatch(between) or _ONE_IN.fullmatch(between):
            if a.kind in {"count", "percent", "money", "fraction"} and b.kind in {"count", "money"}:
                roles[k], roles[k + 1] = "part", "whole"
    for k, q in enumerate(quantities):
        if roles[k] or q.kind not in {"count", "money"}:
            continue
        if not _OUT_OF_BEFORE.search(text[max(0, q.start - 20):q.start]):
            continue
        # "Out of the 63 allegations made, 23 ...": the whole comes first, then a comma.
        for j in range(k + 1, len(quantities)):
            later = quantities[j]
            gap = text[q.end:later.start]
            if later.start - q.end > 80 or re.search(r"[.;:]", gap):
                break
            if "," in gap and not roles[j] and later.kind in {"count", "percent"}:
                roles[k], roles[j] = "whole", "part"
                break
    return [q if not roles[k] else _with_role(q, roles[k]) for k, q in enumerate(quantities)]


def _with_role(q: Quantity, role: str) -> Quantity:
    return Quantity(q.value, q.kind, q.text, q.start, q.end, q.precision, q.unit, q.qualifier, role)
