"""The frame of a figure, read the same way for a claim's numbers and a source's figures.

A frame keeps what the figure's own clause says (text/frame_scope.py cuts the sentence):
what it counts, whose it is, what is said of it and when. A holder the source sentence
leaves implicit ("its 700 officers", "the band") is looked for in the sentences before it
and in the article's opening, where the headline and first sentence name the subject.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from factcheck.judge.frame_counted import modifiers, of_phrase, purpose, qualifiers
from factcheck.judge.frame_share import share_part
from factcheck.judge.frame_words import (
    antecedent_names,
    attached,
    described,
    lead_in,
    listed_years,
    periods_of,
    places,
    reported,
    says_there,
    without_apposition,
)
from factcheck.judge.lexical import is_proper
from factcheck.judge.memo import memo
from factcheck.models import Frame, Quantity
from factcheck.text import lexicon
from factcheck.text.fields import Item
from factcheck.text.frame_scope import attributions, frame_positions
from factcheck.text.sentence import Analysed
from factcheck.text.words import AUXILIARIES, TITLES

_CALENDAR = lexicon.CALENDAR  # months and weekdays, "Monday's" too
# a clause that opens with one of these names its holder elsewhere: "its 700 officers", "the firm"
_REFERRING = frozenset("its it their they his her he she this these".split())
_SHARES = frozenset({"percent", "fraction"})
_PREPOSITIONS = frozenset("in since from by of at on for with over under after before during between among across "
                          "through to according".split())
_YEAR_LEAD = frozenset("the start beginning end early late of first second half mid".split())
_JOINING = frozenset("and or but while whereas".split())
_YEAR_WORDS = {"in": "in", "during": "in", "since": "since", "from": "since", "by": "by", "until": "until",
               "before": "before", "after": "after", "between": "between", "to": "to"}
_WHEN_KINDS = frozenset({"year", "date"})
_DEFINITE = frozenset("the its their these those".split())
_NAMING_LEAD = frozenset("the a its their his her this that".split())  # "the 2001 recession"


class Read(NamedTuple):
    """A figure's frame and what the checks need beside it (terms, not words)."""

    frame: Frame
    positions: frozenset[int]  # the frame's positions in its sentence
    holder: frozenset[str]  # name terms of its holder (its own clause, before the figure)
    names: frozenset[str]  # every name term in its frame
    subject: bool  # its clause has a subject of its own before the figure ("numbers from …")
    referring: bool  # its clause names its holder elsewhere ("its", "the firm")
    years: tuple[tuple[str, float], ...]  # (preposition, year) in its frame, figure aside
    terms: frozenset[str]  # the frame's content terms
    words: tuple[str, ...]  # the frame's words as written, lower case
    opener: frozenset[str] = frozenset()  # content terms of its clause before the verb: its subject
    agent: frozenset[str] = frozenset()  # the agent of a passive after the figure ("received by 16 parties")
    periods: tuple[str, ...] = ()  # "last year", "this month", "in december"
    changed: tuple[str, ...] = ()  # what a change by the figure changes: "cut output by 9%" -> output
    bare: bool = False  # nothing before the figure in its frame names anything: "Of 14 officers investigated, …"
    union: str = ""  # a count of two things: "55,000 officers and staff" -> staff
    later: frozenset[str] = frozenset()  # names after the figure, outside its frame: another fact's
    places: frozenset[str] = frozenset()  # where, as named in its frame: "in Australia and Mexico"
    joined_places: frozenset[str] = frozenset()  # those named together: "Australia and Mexico" (a figure for both)
    purpose: tuple[str, ...] = ()  # what a sum goes on ("spend £1.5bn on HIV/Aids work" -> hiv, aids, …), a term is for
    qualifiers: frozenset[str] = frozenset()  # names in what it counts: "921 Metropolitan Police officers"
    definite: bool = False  # a group the article has named: "the three constables", "its 700 officers"
    attached: frozenset[str] = frozenset()  # the name a rank stands before: "seventh seed Conchita Martinez"
    made_up: bool = False  # its frame's part (Frame.part) is the subject of "made up", "account for"
    there: bool = False  # its place is a "there" pointing back: "95% of all mobiles sold there"
    years_listed: bool = False  # its years are one list, the figure a total over them: "in 2001, 2002 and 2003"
    modifiers: frozenset[str] = frozenset()  # what the thing it counts is: "12 million hardcore gamers" -> hardcore
    of_words: frozenset[str] = frozenset()  # what the thing it counts is of: "60th anniversary of his death" -> death


def read_frame(a: Analysed, figure: tuple[int, ...], which: int, counts: str | None = None) -> Read:
    """The frame of number `which` of the figure `figure` (indices into a.quantities)."""
    q: Quantity = a.quantities[which]
    inside = frame_positions(a, figure)
    span = a.spans[which]
    first = min(a.positions[i] for i in figure)
    own = [it for it in a.items if it.pos in inside]
    second, whole_second = _second_capital(own), _second_capital(a.items)
    before = reported([it for it in own if it.pos < first and it.span == span])
    verb = next((n for n, it in enumerate(before) if it.verb or it.raw in AUXILIARIES), None)
    if verb is not None:
        before = before[:verb]  # the subject comes before the clause's verb: "at the age of 24" is not one
    joined = [n for n, it in enumerate(before) if it.raw in _JOINING]
    if joined:
        before = before[joined[-1] + 1:]  # "… 144 days and served …": a predicate sharing the subject before
    before = without_apposition(before)
    holder_items = [] if _of_whole(a, which) else [it for it in before if _is_name(it, second)]
    if not holder_items and before and _opening_name(before[0], before) and not _of_whole(a, which):
        holder_items = [before[0]]  # "Labour received …", "Toyota, whose sales …"
    ranked = attached(a, which)
    holder_items = ranked or holder_items
    agent = _agent(a, own, a.positions[which])
    holder_items = holder_items or agent or antecedent_names(a, which)
    names = frozenset(it.term for it in own
                      if _is_name(it, second) or (it.pos == 0 and _opening_name(it, [it]))) - TITLES
    referring = any(it.raw in _REFERRING for it in before) or (
        bool(before) and before[0].raw == "the" and not holder_items and len(before) == 2)  # "the firm"
    holder_from = ""
    if referring and not holder_items:
        # "Federated expects …, but the deal will cost it $1bn": the sentence's own subject
        start = min(inside, default=0)  # not who says it: "The IOPC said the messages …"
        said_at = next((it.pos for it in a.items if it.pos < start and it.raw in lexicon.REPORTING), -1)
        holder_items = [it for it in a.items if said_at < it.pos < start and it.span == a.items[0].span and it.capital
                        and not it.stop and it.raw not in _CALENDAR and (it.pos > 0 or _is_name(it, whole_second))]
        holder_from = "sentence" if holder_items else ""
    subject = any(not it.stop and not it.verb for it in before) and not referring
    # a figure of numbers in clauses of their own ("rose 11% in 2004 … grow by 11% in 2005"): each its own years
    dated = inside if len({a.clauses[i] for i in figure}) < 2 else frame_positions(a, (which,))
    years = tuple((_year_word(a, k), float(a.quantities[k].value)) for k in range(len(a.quantities))
                  if k not in figure and a.quantities[k].kind in _WHEN_KINDS and a.positions[k] in dated
                  and not _naming_year(a, k))
    when = ", ".join(f"{w} {int(v) if v < 10000 else int(v // 10000)}".strip() for w, v in years)
    periods = periods_of(own) or periods_of(described(a, which))
    when = ", ".join(filter(None, [when, *periods]))
    verbs = [it.raw for it in own if it.verb and not it.modifier]
    head = counts
    if counts:  # the thing counted as the sentence writes it, not its stem
        counts = next((it.raw for it in a.items if it.term == counts), counts)
    shown = _text(holder_items) or (_subject_text(before) if subject else "")
    where, named, together = places(own)
    if not named and (lead := lead_in(a, inside)):
        where, named, together = places(lead)  # "In Europe, where …, Gartner expects 95% …": the scene's place
    part, made_up = share_part(a, which)
    frame = Frame(q.value, q.kind, q.unit, counts or "", shown, holder_from, " ".join(verbs),
                  a.polarity(which), a.direction(which), when, q.qualifier, q.role, where, " ".join(part))
    holder_terms = frozenset(it.term for it in holder_items) - TITLES
    attributed = attributions(a)  # ", the OECD said": who reports it, no other clause's holder
    return Read(frame, inside, holder_terms, names | holder_terms, subject, referring,
                years, frozenset(it.term for it in own if not it.stop), tuple(it.raw for it in own),
                _opener(a, which, before),
                frozenset(it.term for it in agent), periods, _changed(own, a.positions[which], a.direction(which)),
                not any(not it.stop and not it.verb for it in own if it.pos < first), _union(a, which),
                frozenset(it.term for it in a.items if it.pos > a.positions[which] and it.pos not in inside
                          and _is_name(it, whole_second) and it.pos not in attributed) - TITLES,
                named, together, purpose(a, which, inside), qualifiers(a, which),
                getattr(a._at.get(a.positions[which] - 1), "raw", "") in _DEFINITE,
                frozenset(it.term for it in ranked), made_up, says_there(own), listed_years(a, figure, dated),
                modifiers(a, which, head), of_phrase(a, which))


def _is_name(it: Item, second: bool) -> bool:
    """A capitalised word inside the sentence, or its first when the second is one too
    (`second`: "Borussia Dortmund needs …")."""
    if it.stop or not it.capital or it.raw in _CALENDAR:
        return False
    return it.pos > 0 or second


def _second_capital(items: Sequence[Item]) -> bool:
    return any(o.pos == 1 and o.capital for o in items)


def _subject_text(before: list[Item]) -> str:
    """A subject without names, as a writer reads it: "numbers from the rest of the world" ->
    "the rest of the world" (what follows its first preposition), else the whole phrase."""
    words = [it.raw.title() if it.capital else it.raw for it in before]
    for n, word in enumerate(words):
        if word in {"from", "in", "at", "for"} and n + 1 < len(words):
            return " ".join(words[n + 1:])
    return " ".join(words)


def _opener(a: Analysed, which: int, before: list[Item]) -> frozenset[str]:
    """The content words of the subject before the verb; none when the clause opens with a
    preposition ("Since early 2017, …") or the figure is the whole of a share."""
    if not before or before[0].raw in _PREPOSITIONS or _of_whole(a, which):
        return frozenset()
    return frozenset(it.term for it in before if not it.stop and not it.verb)


def _changed(own: list[Item], at: int, direction: str) -> tuple[str, ...]:
    """The object of the verb a change is measured on: "trimmed its workforce by 9%" -> workforce."""
    if direction not in {"by", "to", "from"}:
        return ()
    before = [it for it in own if it.pos < at]
    verbs = [n for n, it in enumerate(before) if it.verb]
    if not verbs:
        return ()
    between = before[verbs[-1] + 1:]
    if any(it.raw in _PREPOSITIONS - {"by", "to", "from"} for it in between):
        return ()
    return tuple(it.raw for it in between if not it.stop and not it.verb)


def _union(a: Analysed, which: int) -> str:
    """ "55,000 officers and staff": the second thing a count counts, if it counts two."""
    run = a.noun_run(which)
    if a.quantities[which].kind != "count" or not run:
        return ""
    at = a.positions[which] + len(run)
    joined, other = a._at.get(at + 1), a._at.get(at + 2)
    if joined is None or joined.raw not in {"and", "or"} or other is None or other.stop or other.verb:
        return ""
    return other.raw


def _of_whole(a: Analysed, which: int) -> bool:
    """ "nearly half of the £11.7m given to parties": the whole of a share is not its subject's."""
    at = a.positions[which]
    one, two = a._at.get(at - 1), a._at.get(at - 2)
    of = at - 1 if one is not None and one.raw == "of" else (
        at - 2 if one is not None and one.raw == "the" and two is not None and two.raw == "of" else None)
    # a share right before: "half of the £11.7m"; not "a loss of 68m euros"
    return a.quantities[which].role != "part" and of is not None and (of - 1) in set(a.positions)


def _opening_name(it: Item, before: list[Item]) -> bool:
    """A sentence's first word, alone before its verb, written with a capital and not a
    common word ("Labour received", "Toyota, whose …"; not "Officers were", "Broadband is"): a name."""
    return (it.pos == 0 and it.capital and not it.stop and len(before) == 1 and it.raw not in _CALENDAR
            and not it.raw.endswith("ly") and is_proper(it.raw))  # "Exactly 921" opens with no name


def _agent(a: Analysed, own: list[Item], last: int) -> list[Item]:
    """The agent of a passive right after the figure: "£11.7m received by 16 political parties"."""
    after = [it for it in own if it.pos > last]
    if len(after) < 3 or not after[0].verb or after[1].raw != "by":
        return []
    out: list[Item] = []
    for it in after[2:]:
        if it.verb or (it.stop and out):
            break
        if not it.stop:
            out.append(it)
        if len(out) == 4:
            break
    return out


def _text(items: list[Item]) -> str:
    return " ".join(it.raw[:1].upper() + it.raw[1:] if it.capital else it.raw for it in items)


def _naming_year(a: Analysed, k: int) -> bool:
    """A year that names a thing, not when the figure holds: "the 2001 recession", "the 2000
    Millennium Declaration goals" (no preposition before it, a noun after)."""
    after = a._at.get(a.positions[k] + 1)
    before = a._at.get(a.positions[k] - 1)
    return (a.quantities[k].kind == "year" and not _year_word(a, k) and after is not None and not after.stop
            and not after.verb and (before is None or before.raw in _NAMING_LEAD))


def _year_word(a: Analysed, k: int) -> str:
    """The preposition of a year, past "the start of", "early": "since the start of 2017" -> since."""
    for back in range(1, 5):
        before = a._at.get(a.positions[k] - back)
        if before is None:
            return ""
        if before.raw in _YEAR_WORDS and before.raw != "to":
            if before.raw == "from" and not _runs_on(a, k):
                return "from"  # "the world record of 6.39secs from 1998": when it was set, or since
            return _YEAR_WORDS[before.raw]
        if before.raw not in _YEAR_LEAD:
            return ""
    return ""


def _runs_on(a: Analysed, k: int) -> bool:
    """ "from 2016 to 2018", "from 1997 until now": a year that opens a stretch of time."""
    after = a._at.get(a.positions[k] + 1)
    return after is not None and after.raw in {"to", "until", "till", "through", "onwards"}


def with_holder(read: Read, holder: str, where: str) -> Read:
    """The frame with a holder found outside its sentence."""
    return read._replace(frame=read.frame._replace(holder=holder, holder_from=where))


def source_frame(a: Analysed, k: int) -> Read:
    """The frame of source figure k, its whole beside it if it is a part (once per run)."""
    def work() -> Read:
        partner = a.partner(k)
        figure = (k,) if partner is None else (k, partner)
        q = a.quantities[k]
        counts = a.of_noun(k) if q.kind in _SHARES else a.head_noun(k)
        return read_frame(a, figure, k, counts)
    return memo(a, k, "frame", work)


def sentence_names(a: Analysed) -> frozenset[str]:
    """The names of a source sentence (once per run)."""
    return memo(a, -1, "names", lambda: frozenset(a.names()))
