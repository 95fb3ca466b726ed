"""Times of day, elapsed times and scores: figures of their own kinds, equal only to the
same time, the same time run or the same score (issue 14).

* a time of day, "10.38am", "9pm", "10:38 pm", "0300 GMT": kind "time", minutes since midnight;
* an elapsed time, "2:04.45", "7:41.42", "1:02:03.5": kind "elapsed", seconds (a minute
  and a second mark with a decimal, or hours, minutes and seconds);
* betting odds, "at odds of 1/4", "the 7/4 favourite": kind "odds", the ratio a/b (only
  where odds are spoken of: "9/11" and "24/7" are none);
* a score, "7-5 6-4", "won 2-1", "a 3-0 defeat": kind "score", the pairs read in order (a
  lone pair only after a word of playing, or before "win", "victory", "defeat", "draw").
"""

from __future__ import annotations

import re

from factcheck.models import Quantity
from factcheck.text.kinds import qualifier_at

_TIME = re.compile(r"(?<![\d.:])(?P<h>1[0-2]|0?[1-9])(?:[.:](?P<m>[0-5]\d))?\s?(?P<half>[ap])(?:m|\.m\.)(?![A-Za-z])",
                   re.I)
# a 24-hour time with its zone: "at 0300 GMT", "1200 BST" (without a zone, "1200" is a count)
_ZONED = re.compile(r"(?<![\d.:,])(?P<h>[01]\d|2[0-3])[:.]?(?P<m>[0-5]\d)\s?(?:GMT|BST|UTC|CET|CEST|EST|EDT|PST|PDT)\b")
# betting odds, "at odds of 1/4", "the 7/4 favourite", "second at 2/1": a/b said of a bet
_ODDS = re.compile(r"(?<![\d/.])(?P<a>\d{1,3})/(?P<b>\d{1,3})(?![\d/])")
_ODDS_NEAR = re.compile(r"\bodds\b", re.I)  # "at odds of 1/4", "odds-on", "… odds … 7/4"
_ODDS_BEFORE = re.compile(r"\b(?:at|price of|evens or)\s+$", re.I)
_ODDS_AFTER = re.compile(r"\s*(?:favourite|favorite|shot|outsider|chance|on|against|odds)\b", re.I)
_ELAPSED = re.compile(r"(?<![\d.:])(?:(?P<h>\d{1,2}):)?(?P<m>\d{1,2}):(?P<s>[0-5]\d)(?P<frac>\.\d{1,3})?(?![\d:])")
_PAIR = r"\d{1,2}-\d{1,2}(?:\s?\(\d{1,2}-\d{1,2}\))?"  # a set, with its tie-break: "7-6 (7-4)"
_SETS = re.compile(rf"(?<![\w.-])(?P<sets>{_PAIR}(?:,?\s+{_PAIR})+)(?![\w-])")
# odds written with a dash where odds are spoken of: "at odds of 8-1", "… odds of 6-9, … at 5-2"
_DASHED_ODDS = re.compile(r"(?<![\w.-])(?P<a>\d{1,3})-(?P<b>\d{1,3})(?![\w-]|\s?\()")
_ONE = re.compile(rf"(?<![\w.-])(?P<sets>{_PAIR})(?![\w-])")
_PLAYED_BEFORE = re.compile(r"\b(?:won|win|wins|beat|beats|lost|lose|loses|drew|draw|defeated|edged|thrashed|trailed|"
                            r"led|leading|scoreline|score|by)\s+(?:[A-Z][\w'.]*\s+){0,3}$")
_PLAYED_AFTER = re.compile(r"^\s+(?:win|victory|defeat|draw|loss|lead|triumph|scoreline|thrashing|deficit|humiliation|"
                           r"drubbing|hammering|rout|reverse|success)\b", re.I)


def clock_figures(text: str) -> list[Quantity]:
    """Every time of day, elapsed time and score in `text`, in order."""
    out: list[Quantity] = []
    for m in _TIME.finditer(text):
        hour = int(m.group("h")) % 12 + (12 if m.group("half").lower() == "p" else 0)
        out.append(_figure(text, m, hour * 60 + int(m.group("m") or 0), "time", 1.0))
    for m in _ZONED.finditer(text):
        out.append(_figure(text, m, int(m.group("h")) * 60 + int(m.group("m")), "time", 1.0))
    for m in _ELAPSED.finditer(text):
        if not m.group("frac") and not m.group("h"):
            continue  # "10:38" alone may be a time of day, a ratio or a verse: not read
        seconds = int(m.group("h") or 0) * 3600 + int(m.group("m")) * 60 + int(m.group("s"))
        frac = m.group("frac") or ""
        out.append(_figure(text, m, seconds + float(frac or 0), "elapsed", 10.0 ** -(len(frac) - 1) if frac else 1.0))
    for m in _ODDS.finditer(text):
        if int(m.group("b")) and (_ODDS_BEFORE.search(text, max(0, m.start() - 20), m.start())
                                  or _ODDS_AFTER.match(text, m.end())
                                  or _ODDS_NEAR.search(text, max(0, m.start() - 60), m.start())):
            out.append(_figure(text, m, int(m.group("a")) / int(m.group("b")), "odds", 0.0))
    for m in _DASHED_ODDS.finditer(text):
        if int(m.group("b")) and _ODDS_NEAR.search(text, max(0, m.start() - 60), m.start()):
            out.append(_figure(text, m, int(m.group("a")) / int(m.group("b")), "odds", 0.0))
    for m in _SETS.finditer(text):
        out.append(_score(text, m))
    for m in _ONE.finditer(text):
        if _PLAYED_BEFORE.search(text[max(0, m.start() - 40):m.start()]) or _PLAYED_AFTER.match(text[m.end():]):
            out.append(_score(text, m))
    out.sort(key=lambda q: (q.start, -q.end))
    kept: list[Quantity] = []
    for q in out:
        if not kept or q.start >= kept[-1].end:
            kept.append(q)
    return kept


def _figure(text: str, m: re.Match, value: float, kind: str, precision: float) -> Quantity:
    return Quantity(value=float(value), kind=kind, text=m.group(), start=m.start(), end=m.end(),
                    precision=precision, qualifier=qualifier_at(text, m.start()))


def _score(text: str, m: re.Match) -> Quantity:
    pairs = re.findall(r"(\d{1,2})-(\d{1,2})", m.group("sets"))  # a tie-break as a pair of its own
    value = float("".join(f"{int(a):02d}{int(b):02d}" for a, b in pairs))  # one number a sequence of pairs
    return Quantity(value=value, kind="score", text=m.group("sets"), start=m.start("sets"), end=m.end("sets"),
                    precision=0.5)
