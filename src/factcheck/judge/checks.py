"""The frame checks: an element the claim's frame states that the source figure's denies.

Each check compares one element of the claim number's frame (judge/frames.py) with the
same element of a source figure's frame and returns the id of the rule that rules the
pair out (judge/rules.py), or "" when the element agrees or the claim does not state it.
"""

from __future__ import annotations

from factcheck.judge.checks_counted import unrelated
from factcheck.judge.frame_words import BACK, OCCASIONS
from factcheck.judge.frames import Read
from factcheck.judge.rules import (
    COUNTS_OTHER,
    HOLDER_OTHER,
    HOLDER_OTHER_CLAUSE,
    HOLDER_UNSTATED,
    WHEN_OTHER,
    WHERE_OTHER,
)
from factcheck.text.wordnet import is_place, lies_in, place_name, same_place_words
from factcheck.text.words import initials, term_of

# "after 2018" is "since 2018"; a record "from 1998" was set in 1998 or has stood since
_COMPATIBLE = {frozenset({"since", "after"}), frozenset({"from", "in"}), frozenset({"from", "since"})}


def qualified(claim: Read, source: Read, sentence_names: frozenset[str], context: frozenset[str],
              article: set[str]) -> str:
    """Names in what the claim counts ("921 Metropolitan Police officers") must stand by the
    source figure: in its sentence, the sentences just before or the article's opening, or
    anywhere in the article for a group it refers to as known ("the three constables")."""
    known = source.terms | sentence_names | context | (article if source.definite else set())
    return HOLDER_UNSTATED if claim.qualifiers and not claim.qualifiers <= known else ""


def holder(claim: Read, source: Read, sentence_names: frozenset[str], context: frozenset[str],
           article: set[str]) -> str:
    """Whose figure it is. The claim's holder (the names its clause opens with) must be
    the source figure's: named in its frame, or left implicit there ("its 700 officers",
    "the band", "Of 14 officers investigated") and named in the sentences before, the
    article's opening or, for a figure whose clause names nobody, the article."""
    named = claim.attached or claim.holder
    if source.attached and named and not named & source.attached:
        return HOLDER_OTHER  # "seventh seed Conchita Martinez" against "ousted seventh-seeded Nathalie Dechy"
    if source.agent and claim.opener and not claim.opener & source.terms:
        return HOLDER_OTHER  # "Labour received £11.7m" against "the £11.7m received by 16 parties"
    mine, theirs = (set(side.frame.holder.lower().split()) for side in (claim, source))
    if ("non" in mine) != ("non" in theirs) and (mine & theirs) - {"non"}:
        return HOLDER_OTHER  # "Non-Opec producers" are not "Opec nations"
    wanted = claim.holder
    if not wanted or _initials(claim.frame.holder) in source.names or _initials(source.frame.holder) in wanted:
        return ""  # "the Diplomatic Protection Group" is "the DPG"
    if source.holder and not wanted & (source.holder | source.opener):
        return HOLDER_OTHER  # "Mirza, ranked 134 in the world, … against Bondarenko": Mirza's rank
    if wanted & source.names:
        return ""
    if source.holder:
        return HOLDER_OTHER  # "Schalke posted a loss of 68m euros"
    if wanted & source.later:
        return HOLDER_OTHER_CLAUSE  # "… with a 13-year-old online, and a PC in Norfolk who uploaded …"
    if wanted & sentence_names and source.subject:
        return HOLDER_OTHER_CLAUSE  # "…, while numbers from the rest of the world rose 20%"
    if wanted & (sentence_names | context) or (source.bare and wanted & article):
        return ""
    return HOLDER_UNSTATED


def _initials(holder: str) -> str:
    """ "Diplomatic Protection Group" -> "dpg", "Internet Explorer" -> "ie" (text/words.initials)."""
    return initials([w for w in holder.split() if w[:1].isupper()])


def named_other(claim: Read, source: Read, sentence_names: frozenset[str]) -> str:
    """A name the claim's frame gives besides its holder and places, in a slot where the
    source figure's frame names another: "bought a copy of EverQuest" against "bought a copy
    of World of Warcraft" (the same two words before each name), the claim's name standing
    nowhere in the source sentence."""
    mine = claim.names - claim.holder - claim.places
    if not mine or mine & (sentence_names | source.terms):
        return ""
    said, theirs = claim.words, source.words
    for n in range(2, len(said)):
        if term_of(said[n]) not in mine:
            continue
        for m in range(2, len(theirs)):
            other = term_of(theirs[m])
            if theirs[m - 2:m] == said[n - 2:n] and other in source.names and other not in claim.names \
                    and _bare(theirs[m]) != _bare(said[n]):  # "his MPs' salary" names the claim's "MP's"
                return COUNTS_OTHER
    return ""


def sibling_name(claim: Read, source: Read, sentence_names: frozenset[str]) -> str:
    """A two-word name of the claim whose first word the source figure's frame gives with
    another second word: "Deluxe Media" against "Deluxe Film", "Manchester United" against
    "Manchester City" (the claim's second word standing nowhere in the source sentence)."""
    said = [term_of(_bare(w)) for w in claim.words]
    pairs = [n for n in range(len(said) - 1) if said[n] in claim.names and said[n + 1] in claim.names
             and said[n + 1] not in sentence_names and said[n + 1] not in source.terms]
    if not pairs:
        return ""
    theirs = [term_of(_bare(w)) for w in source.words]
    for n in pairs:
        first, second = said[n], said[n + 1]
        for m in range(len(theirs) - 1):
            other = theirs[m + 1]
            if theirs[m] == first and other in source.names and other != second and not _one_name(
                    claim.words[n + 1], source.words[m + 1]):
                return COUNTS_OTHER
    return ""


def _one_name(mine: str, theirs: str) -> bool:
    """Two words that name one place: "European" and "Europe"."""
    return place_name(theirs) in same_place_words(mine) or place_name(mine) in same_place_words(theirs)


def _bare(word: str) -> str:
    return word.rstrip("'\u2019").removesuffix("'s").removesuffix("\u2019s").removesuffix("s")


_FORECAST = frozenset("predicts predicted predict forecasts forecast forecasting projects projected".split())
_WILL = frozenset({"will", "would"})  # the claim's figure is of what lies ahead: "predicts … will rise"
_AHEAD = _FORECAST | frozenset("will would could may might expects expected expect plans planned aims target "
                               "targets hopes estimate estimates estimated".split())


def forecast(claim: Read, sentence: frozenset[str]) -> str:
    """A forecast is no outturn: "MessageLabs predicts … will rise more than tenfold over the
    coming year" against "has risen more than tenfold in less than 12 months", a source
    sentence (`sentence`: its words) that says nothing of what lies ahead."""
    said = set(claim.words)
    return WHEN_OTHER if _FORECAST & said and _WILL & said and not _AHEAD & sentence else ""


def when(claim: Read, source: Read) -> str:
    """The period: "in 2018" is not "since 2018"; "in 2013" is not "in 2014"."""
    rates = [{p for p in side.periods if p.startswith("per ")} for side in (claim, source)]
    if rates[0] and rates[1] and not rates[0] & rates[1]:
        return WHEN_OTHER  # "43 minutes a week" is not "43 minutes per month"
    said_mine, said_theirs = ({_period(p) for p in side.periods if not p.startswith("per ")}
                              for side in (claim, source))
    if not claim.periods and not claim.years and any(p.split()[-1] in BACK for p in source.periods):
        return WHEN_OTHER  # "… was 23 years previously, when sales plunged 1.7%" is no figure of now
    if said_mine and said_theirs and not said_mine & said_theirs:
        return WHEN_OTHER  # "last year" is not "this year"
    if _other_span(reporting_spans(claim.words), reporting_spans(source.words)):
        return WHEN_OTHER  # "a fourth-quarter profit of $17.5bn" against "an annual profit of $17.5bn"
    mine_on = {w for p in claim.periods if p.split()[0] in _PERIOD_LEADS for w in p.split()} & OCCASIONS
    theirs_on = {w.removesuffix("'s") for w in source.words} & OCCASIONS
    if mine_on and theirs_on and not mine_on & theirs_on:
        return WHEN_OTHER  # "on its opening weekend" against "the New Year's Eve record"
    theirs = {_year(v): w for w, v in source.years}
    if claim.years and "alone" in claim.words and not theirs and not source.periods:
        return WHEN_OTHER  # "In 2013 alone, 12 officers resigned" against a 12 the source gives for no year
    if source.years_listed and claim.years and {_year(v) for _, v in claim.years} < set(theirs):
        return WHEN_OTHER  # "in 2003 alone" against "in 2001, 2002 and 2003": a total over the three
    for word, value in claim.years:
        year = _year(value)
        if year in theirs:
            other = theirs[year]
            if word != other and frozenset({word, other}) not in _COMPATIBLE and word and other:
                return WHEN_OTHER
        elif theirs:
            return WHEN_OTHER  # "a profit of $375m for 2003" against "… of 2004, against a $375m profit"
    return ""


_HALVES = frozenset({"first", "second"})
_ORDINAL_LEADS = frozenset("first second third fourth last this the latest final same previous".split())


def reporting_spans(words: tuple[str, ...]) -> frozenset[str]:
    """The span a firm's figure covers, as its frame says it: a year ("annual", "full-year",
    "for the full year"), or a part of one, "part", with its kind when said: a quarter
    ("fourth-quarter", "quarterly"), a half ("half-year", "interim", "the first half"), or
    months ("the three months to December": the number is a figure of its own)."""
    out = set()
    for n, word in enumerate(words):
        nxt = words[n + 1] if n + 1 < len(words) else ""
        before = words[n - 1] if n else ""
        if word in {"annual", "annually", "yearly"} or (word == "full" and nxt == "year"):
            out.add("year")
        elif word == "quarterly" or (word == "quarter" and before in _ORDINAL_LEADS and nxt != "of"):
            out |= {"part", "quarter"}
        elif word in {"interim", "half-yearly"} or (word == "half" and (nxt == "year" or before in _HALVES)):
            out |= {"part", "half"}
        elif word == "months" and nxt in {"to", "ended", "ending", "until"}:
            out.add("part")
    return frozenset(out)


def _other_span(mine: frozenset[str], theirs: frozenset[str]) -> bool:
    """A year's figure against a part's, or a quarter's against a half's."""
    if ("year" in mine) != ("year" in theirs) and ("part" in mine) != ("part" in theirs) and (mine and theirs):
        return True
    kinds = {"quarter", "half"}
    return bool(mine & kinds and theirs & kinds and not mine & theirs & kinds)


def _period(said: str) -> frozenset[str]:
    """A period's words, in any order, "on" and "over" aside: "on the long holiday weekend" is
    "over the holiday long weekend"."""
    words = said.split()
    return frozenset(words[1:] if words[0] in _PERIOD_LEADS else words)


_PERIOD_LEADS = frozenset("on over throughout in".split())  # an occasion's or a stretch's first word


def _year(value: float) -> int:
    return int(value // 10000) if value >= 10000 else int(value)


# what a figure of a thing measures of it: "the value of UK music sales" is not its "volume sales"
_MEASURES = frozenset("value volume number price prices cost costs rate share level amount".split())


def changed(claim: Read, source: Read) -> str:
    """What a change measures: "trimmed its workforce by 9%" is not "reduced output by 9%",
    nor "the value of UK music sales rose by 3%" "a 3% increase in volume sales"."""
    mine, theirs = _MEASURES & set(claim.words), _MEASURES & set(source.words)
    if mine and theirs and not mine & theirs and claim.frame.kind == "percent":
        return COUNTS_OTHER
    return unrelated(claim.changed, source.changed)


def there(claim: Read, source: Read, before: frozenset[str]) -> str:
    """ "95% of all mobiles sold there": the source's place is the one named before it
    (`before`: the places of the sentences just before), which must be the claim's."""
    if not source.there or source.places or not claim.places or not before:
        return ""
    if claim.places & before or any(lies_in(a, b) or lies_in(b, a) for a in claim.places for b in before):
        return ""
    return WHERE_OTHER


def _owner_place(words: tuple[str, ...]) -> str:
    """The one place a frame writes as an owner: "China's trade surplus" -> china ("" for none,
    or for two: "London's FTSE sliding 0.8% and Tokyo's Nikkei tumbling 2.11%")."""
    owners = {w[:-2] for w in words if w.endswith(("'s", "\u2019s")) and is_place(w[:-2])}
    return owners.pop() if len(owners) == 1 else ""


def owner(claim: Read, source: Read) -> str:
    """ "China's trade surplus with Japan" is not "Japan's trade surplus": the place each
    frame writes as an owner must be one, where both write one."""
    mine, theirs = _owner_place(claim.words), _owner_place(source.words)
    if mine and theirs and mine != theirs and not (lies_in(mine, theirs) or lies_in(theirs, mine)):
        return WHERE_OTHER
    return ""


def where(claim: Read, source: Read) -> str:
    """The place: "in Australia" is not "in Japan", nor "in Australia and Mexico" (one
    figure for both). Only where both frames name places; "London" beside "England" in
    the source's frame is no other place (one may hold the other)."""
    if not claim.places or not source.places:
        return ""
    if "world" in source.places - claim.places and any(
            not any(lies_in(p, q) or lies_in(q, p) for q in source.places) for p in claim.places - source.places):
        return WHERE_OTHER  # "the 4th richest country in the world" is no rank "in Europe"
    if not claim.places & source.places and not any(
            lies_in(a, b) or lies_in(b, a) for a in claim.places for b in source.places):
        return WHERE_OTHER  # "in Japan" against "in Australia"; "Fayetteville" lies in "Arkansas"
    return WHERE_OTHER if source.joined_places - claim.places and source.joined_places & claim.places else ""
