"""Dates and months: "19th December 2013", "December 19, 2013" are one figure, a date.

A day and a month read as counts would be two figures a writer never meant ("19" and
"2013"), so dates are read first, and a number beside a month is a day or a year.
"""

from __future__ import annotations

import re

from factcheck.models import Quantity
from factcheck.text import lexicon

_SPELLINGS = [sorted(name for name, n in lexicon.MONTHS.items() if n == month) for month in range(1, 13)]
_FULL_MONTHS = [max(names, key=len) for names in _SPELLINGS]
# every month's name, full names first: "january|…|december|jan|…|dec"
_MONTHS = "|".join(_FULL_MONTHS + [name for names in _SPELLINGS for name in names if name not in _FULL_MONTHS])
# a number's month: after it, never "may" ("5 may go"); written as a date, "May" only with its capital
AFTER_MONTH = re.compile(rf"\s*(?:of\s+)?(?:{_MONTHS.replace('may|', '')})\b", re.I)
BEFORE_MONTH = re.compile(rf"\b(?:{_MONTHS.replace('may|', '')}|May)\.?\s*$", re.I)

_MONTH_NUMBER = lexicon.MONTHS
_CAPITAL_MONTHS = "|".join(m.capitalize() for m in _MONTHS.split("|") if m != "may") + "|May"
_YEAR_AFTER = r"(?:,?\s+(?P<year>(?:18|19|20)\d\d)\b)?"
_DAY_MONTH_YEAR = re.compile(
    rf"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{_CAPITAL_MONTHS})\b{_YEAR_AFTER}")
_MONTH_DAY_YEAR = re.compile(
    rf"\b(?P<month>{_CAPITAL_MONTHS})\.?\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?!,\d|\.\d|:){_YEAR_AFTER}")


def read_dates(text: str):
    """ "19th December 2013", "December 19, 2013": one date, never three counts."""
    for pattern in (_DAY_MONTH_YEAR, _MONTH_DAY_YEAR):
        for m in pattern.finditer(text):
            day, month = int(m.group("day")), _MONTH_NUMBER[m.group("month").lower()]
            year = int(m.group("year")) if m.group("year") else 0  # "13 November": a day of an unnamed year
            if 1 <= day <= 31:
                yield Quantity(value=float(year * 10000 + month * 100 + day), kind="date",
                               text=m.group(), start=m.start(), end=m.end(), precision=1.0)
