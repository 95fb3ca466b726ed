"""Find the figures in a piece of text and read each to a value, the way a sub-editor would.

Writers and sources spell one value many ways ("6pc", "6%", "six per cent"; "£2.5m",
"£2.5 million"; "Fifty-five"), and many digit strings are not counts at all: years,
dates, times, names like "Covid-19", table rows glued to words. Reading them all to
`Quantity` records with a kind lets later steps compare like with like.
"""

from __future__ import annotations

import re

from factcheck.models import Quantity
from factcheck.text import currencies, lexicon
from factcheck.text.clock import clock_figures
from factcheck.text.dates import read_dates
from factcheck.text.kinds import finish, qualifier_at
from factcheck.text.number_words import word_quantities
from factcheck.text.units import GLUED_UNITS, glued_unit
from factcheck.text.vague import vague_figures
from factcheck.text.word_figures import age_groups, as_multiple, durations, multiples, ordinal_words

_CURRENCY_SIGNS = {"£": "£", "$": "$", "€": "€", "¥": "¥", "us$": "$", "a$": "A$", "c$": "C$", "hk$": "HK$",
                   "nz$": "NZ$", "s$": "S$", "usd": "$", "gbp": "£", "eur": "€", "jpy": "¥", "cny": "yuan",
                   "inr": "rupee", "chf": "CHF", "aud": "A$", "cad": "C$", "hkd": "HK$", "rs": "rupee", "rs.": "rupee"}
_CURRENCY_SIGNS.update({sign.lower(): code for sign, code in currencies.table().signs.items()
                        if sign.lower() not in _CURRENCY_SIGNS})  # "₹500", "R$20", "₦1.2bn"

# Text normalisation that keeps offsets: one character in, one character out.
_SAME_WIDTH = str.maketrans({
    "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2007": " ", "\u2002": " ", "\u2003": " ",
    "\u2212": "-", "\u2010": "-", "\u2011": "-", "\u2013": "-", "\u2014": "-",
    "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
})

_DIGITS = re.compile(
    r"(?<![\w.,/])(?<![A-Za-z]-)"
    r"(?P<cur>(?:(?i:US|HK|NZ) ?|A|C|S|R|MX|AU|CA)?\$|Â£|£|€|¥|[₹₩₽₺₦₱₪₴₿฿৳]|Rs\.?(?= ?\d)"
    r"|(?:USD|GBP|EUR|JPY|CNY|INR|CHF|AUD|CAD|HKD)(?= ?\d))?\s?"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?P<dec>\.\d+)?"
    rf"(?:(?P<glued>{GLUED_UNITS})|(?P<suffix>pc|%|bn|tn|mn|m|k|th|st|nd|rd|am|pm|s|p))?"
    r"(?![A-Za-z0-9])(?!,\d)(?!\.\d)(?!:\d)(?!/\d)"
)
_A_DIGIT = re.compile(r"\d")
_MINUS_WORD = re.compile(r"\bminus\s+$", re.I)
# A minus sign: "-" (U+2212 and the dashes are "-" by now) at the start or after a space
# or an opening bracket, right before the figure: not "2-3", "Covid-19" or "pre-2008".
_MINUS = re.compile(r"(?:^|[\s(\[])-$|^-$")
MAX_DIGITS = 15  # significant digits a float holds exactly
# a year that runs over two: "2010-11", "2003/04", "1998-99" (a financial year, a season), read
# as the year it starts in; "2004-2005" and "2010-12" stay two years
_YEAR_SPAN = re.compile(r"(?<![\w.,/-])((?:19|20)\d\d)[-/](\d\d)(?![\w%/-]|\.\d|,\d)")


# a fraction in figures: "1/4 mile", "10 1/2 miles", "7 3/4%", "½ teaspoon", "10½"; a proper
# fraction of a small denominator only ("24/7", "9/11" and "3/20" are no fractions)
_FRACTION = re.compile(r"(?<![\w./-])(?:(?P<whole>\d{1,4})(?: |-|(?=[½⅓⅔¼¾⅛])))?"
                       r"(?:(?P<num>\d)/(?P<den>[2348]|16)|(?P<vulgar>[½⅓⅔¼¾⅛]))(?![\w/]|[.,]\d)")
_VULGAR = re.compile(r"[½⅓⅔¼¾⅛]")
_VULGARS = {"½": (1, 2), "⅓": (1, 3), "⅔": (2, 3), "¼": (1, 4), "¾": (3, 4), "⅛": (1, 8)}


def _fractions(text: str):
    for m in _FRACTION.finditer(text):
        num, den = _VULGARS[m.group("vulgar")] if m.group("vulgar") else (int(m.group("num")), int(m.group("den")))
        if not 0 < num < den:
            continue
        whole = int(m.group("whole") or 0)
        found = finish(text, whole + num / den, 1 / den, m.start(), m.end(), "", "", bare_year=False)
        if found is not None:
            yield found


def _year_spans(text: str) -> list[Quantity]:
    return [Quantity(float(m.group(1)), "year", m.group(), m.start(), m.end())
            for m in _YEAR_SPAN.finditer(text) if int(m.group(2)) == (int(m.group(1)) + 1) % 100]


def normalise(text: str) -> str:
    """Same-length clean-up of spaces, dashes and quotes, so offsets stay valid."""
    return text.translate(_SAME_WIDTH)


def read_quantities(text: str) -> list[Quantity]:
    """Every figure in `text`, in order, each read to a value with its kind.

    Never raises: anything that does not read cleanly as a figure is left out,
    which is the safe side (an unread figure can support nothing).
    """
    text = normalise(text)
    # half of all sentences have no digit
    digits = [*read_dates(text), *_year_spans(text), *_fractions(text), *_digit_quantities(text)] \
        if _A_DIGIT.search(text) or _VULGAR.search(text) else []
    found = [q for q in [*digits, *word_quantities(text)] if q is not None]
    found.sort(key=lambda q: (q.start, -q.end))
    kept: list[Quantity] = []
    for q in found:
        if kept and q.start < kept[-1].end:
            continue
        kept.append(q)
    # places and durations in words, where no number was read ("finished fourth", "for a year")
    kept = [as_multiple(text, q) for q in kept]
    clock = clock_figures(text) if _A_DIGIT.search(text) else []
    if clock:  # "7-5 6-4", "2:04.45", "10.38am": read whole, not as the counts inside them
        kept = [q for q in kept if not any(q.start < c.end and c.start < q.end for c in clock)] + clock
        kept.sort(key=lambda q: q.start)
    words = [*ordinal_words(text), *durations(text), *multiples(text), *vague_figures(text)]
    if "-" in text and _A_DIGIT.search(text):
        words += age_groups(text)
    # "twenty-first": the place, not the count "twenty" its first word reads as
    kept = [k for k in kept if not any(w.start == k.start and w.end > k.end and k.kind == "count" for w in words)]
    extra = [q for q in words if not any(q.start < k.end and k.start < q.end for k in kept)]
    if extra:
        kept = sorted(kept + extra, key=lambda q: q.start)
    return _assign_roles(text, _conversions(text, _dashed_sums(text, kept)))


# "$76m (", "19,800 yen (": a currency's name may stand between a sum and its conversion
_BRACKETED = re.compile(r"\s*(?:(?i:yen|yuan|euros?|dollars?|pounds?|rupees?|roubles?|francs?|pesos?)\s*)?\(\s*")


def _conversions(text: str, found: list[Quantity]) -> list[Quantity]:
    """ "over $76m (£40.7m)": a sum converted in brackets right after another says it with
    the other's hedge."""
    out = list(found)
    for n in range(1, len(out)):
        first, second = out[n - 1], out[n]
        if (first.kind == second.kind == "money" and first.qualifier and not second.qualifier
                and _BRACKETED.fullmatch(text, first.end, second.start)):
            out[n] = second._replace(qualifier=first.qualifier)
    return out


_DASH = re.compile(r"\s?-\s?")


def _dashed_sums(text: str, found: list[Quantity]) -> list[Quantity]:
    """ "$90-160 billion", "£20-30m", "between $50-100,000": a sum's range written once with
    its sign and its scale: both ends are sums in that currency, at the scale written."""
    out = list(found)
    for n in range(1, len(out)):
        first, second = out[n - 1], out[n]
        if not (first.kind == "money" and second.kind == "count" and not second.unit
                and _DASH.fullmatch(text, first.end, second.start) and first.value < second.value):
            continue
        out[n - 1] = scaled_low(first, second)
        out[n] = second._replace(kind="money", unit=first.unit)
    return out


def scaled_low(low: Quantity, high: Quantity) -> Quantity:
    """The first end of a range in the second's scale, where the writer left it out:
    "$90-160 billion" is $90bn to $160bn, "$50-100,000" $50,000 to $100,000."""
    if high.precision > max(low.precision, 1) and low.value < high.value / high.precision:
        scale = high.precision  # "$90-160 billion"
    elif high.text.endswith(",000") and "," not in low.text and low.value * 1000 <= high.value and low.value < 1000:
        scale = 1000.0  # "between $50-100,000"
    else:
        return low
    return low._replace(value=low.value * scale, precision=low.precision * scale)


def _after_direction(text: str, at: int) -> bool:
    """A rise or fall word (with "by") right before `at`: the sign only repeats it."""
    words = _WORDS_BEFORE.findall(text[max(0, at - 30):at].lower())
    if words and words[-1] == "by":
        words.pop()
    return bool(words) and (words[-1] in lexicon.RISE or words[-1] in lexicon.FALL)


_WORDS_BEFORE = re.compile(r"[a-z]+")


def _digit_quantities(text: str):
    for m in _DIGITS.finditer(text):
        raw = m.group("num")
        digits = raw.replace(",", "")
        dec = m.group("dec") or ""
        suffix = (m.group("suffix") or "").lower()
        unit = glued_unit(m.group("glued")) if m.group("glued") else ""  # "130cm", "2C", "2.5km/h"
        if suffix in {"am", "pm", "s"} or (m.start("num") and text[m.start("num") - 1] == ":"):
            continue  # times and decades are not counts
        if suffix in {"th", "st", "nd", "rd"}:
            if "," in raw or dec:
                continue
            # "came 11th": a place, comparable only with places (dates were read first)
            yield Quantity(value=float(digits), kind="ordinal", text=m.group(), start=m.start("num"),
                           end=m.end(), qualifier=qualifier_at(text, m.start("num")))
            continue
        if len(digits.lstrip("0")) > MAX_DIGITS:
            continue  # past what a float holds exactly (a 310-digit "count" read as infinity equals anything)
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
        currency = _CURRENCY_SIGNS.get((cur or "").replace("Â", "").replace(" ", "").lower(), "")
        start = m.start() if cur else m.start("num")
        if _MINUS.match(text[max(0, start - 2):start]) and not _after_direction(text, start - 1):
            # "-0.3%", "-12 degrees", "−£3.2bn"; but "fell by −5%" is a fall of 5%
            found = finish(text, -value, precision, start - 1, end, suffix, currency, bare_year=False, unit=unit)
            if found is not None:
                yield found._replace(text=text[start - 1:found.end])
            continue
        minus = _MINUS_WORD.search(text, max(0, start - 7), start)
        if minus and not _after_direction(text, minus.start()):
            # "minus 160 degrees", "growth of minus 0.5%": a value below zero, read from the word
            found = finish(text, -value, precision, start, end, suffix, currency, bare_year=False, unit=unit)
            if found is not None:
                yield found._replace(text=text[minus.start():found.end], start=minus.start())
            continue
        yield finish(text, value, precision, start, end, suffix, currency,
                     bare_year=(not dec and "," not in raw and len(digits) == 4 and not unit), unit=unit)


_PART_OF_WHOLE = re.compile(
    r"\s*,?\s*(?:[a-z]+\s+)?(?:out\s+)?of\s+(?:the\s+|all\s+|those\s+|these\s+|its\s+|their\s+)?$", re.I)
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
