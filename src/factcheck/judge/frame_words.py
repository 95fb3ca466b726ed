"""Words of a figure's frame read one by one: the places it names (and which of them
are named together, one figure for all), the apposition that describes a subject
("Schalke, the German club, posted …"), the name a rank or an age stands before, and
the periods said in words ("last year", "on Christmas Day",
"in the deciding set", "23 years previously")."""

from __future__ import annotations

from factcheck.text import lexicon
from factcheck.text.fields import Item
from factcheck.text.lexicon import REPORTING
from factcheck.text.sentence import Analysed
from factcheck.text.wordnet import is_place, place_name, same_place_words
from factcheck.text.words import AUXILIARIES, TITLES

_JOINING_PLACES = frozenset({"and", "or"})

_APPOSITION_LEAD = frozenset({"the", "a", "an"})


def without_apposition(before: list[Item]) -> list[Item]:
    """ "Schalke, the German club, posted …": the subject without the apposition that
    describes it (whose names, "German", are not the holder)."""
    clauses = list(dict.fromkeys(it.clause for it in before))
    if len(clauses) < 2 or not any(it.capital and not it.stop for it in before if it.clause == clauses[0]):
        return before
    leads = {c: next(it.raw for it in before if it.clause == c) for c in clauses[1:]}
    aside = {c for c, lead in leads.items() if lead in _APPOSITION_LEAD}
    return [it for it in before if it.clause not in aside] if aside else before


def _is_place_item(it: Item) -> bool:
    return it.capital and (len(it.raw) > 2 or it.caps) and is_place(it.raw)  # "US" is a place, "As" none


_WORLDWIDE = frozenset("globally worldwide".split())


def _names_before(prev: Item | None) -> bool:
    """A capitalised word, no place, before "UK" or "US": a body's name ("Universities UK")."""
    return prev is not None and prev.capital and not prev.stop and not _is_place_item(prev)


def places(own: list[Item]) -> tuple[str, frozenset[str], frozenset[str]]:
    """The places a frame names, as shown ("Australia and Mexico"), as a set, and those of
    them named together ("Australia and Mexico", "France, Spain and Italy"): a figure for
    all of them at once."""
    at = {it.pos: it for it in own}
    places = [it for it in own if _is_place_item(it) and not (it.caps and _names_before(at.get(it.pos - 1)))]
    joined: set[str] = set()
    run, linked = places[:1], False
    for one, two in zip(places, places[1:]):
        between = [it.raw for it in own if one.pos < it.pos < two.pos]
        if two.pos - one.pos <= 2 and all(w in _JOINING_PLACES for w in between):
            run.append(two)
            linked = linked or bool(between)
            continue
        if linked:
            joined |= {place_name(it.raw) for it in run}
        run, linked = [two], False
    if linked:  # an "and" in the run: "Sydney, Australia" names one place, "France and Spain" two
        joined |= {place_name(it.raw) for it in run}
    names = [place_name(it.raw) for it in places]
    for it in own:  # "the French Open", "the Australian Grand Prix": a place by its adjective, in a name
        nxt = at.get(it.pos + 1)
        if it.capital and not _is_place_item(it) and nxt is not None and nxt.capital and not nxt.stop and (
                of := sorted(same_place_words(it.raw))):
            names += of
    if any(it.raw in _WORLDWIDE or (it.raw == "world" and [getattr(at.get(it.pos - d), "raw", "") for d in (2, 1)]
                                    == ["in", "the"]) for it in own):
        names.append("world")  # "30,000 PCs a day globally", "the 4th richest country in the world"
    shown = (name.title() if len(name) > 2 else name.upper() for name in names)  # "Australia", "UK"
    return " and ".join(dict.fromkeys(shown)), frozenset(names), frozenset(joined)


def attached(a: Analysed, which: int) -> list[Item]:
    """The name a place, a rank or an age stands before, its holder: "seventh seed Conchita
    Martinez", "seventh-seeded Nathalie Dechy" (one word of its own may come between),
    "world number two Roddick", "18-year-old Nadal"."""
    q = a.quantities[which]
    before = a._at.get(a.positions[which] - 1)
    if q.kind != "ordinal" and q.unit != "year-old" and getattr(before, "raw", "") != "number":
        return []
    pos = a.positions[which] + 1
    while q.unit == "year-old" and getattr(a._at.get(pos), "raw", "") in {"year", "years", "old"}:
        pos += 1  # "18-year-old Nadal"
    between = a._at.get(pos)
    if between is not None and not between.capital and not between.stop:
        pos += 1  # "seed", "seeded", "placed"
    name = []
    while (it := a._at.get(pos)) is not None and it.capital and not it.stop and it.term not in TITLES:
        name.append(it)
        pos += 1
    return name


def reported(before: list[Item]) -> list[Item]:
    """The words before a figure, past an attribution that opens its clause: "The IOPC said
    (that) the messages had been shared among 19 officers" -> "the messages had been …"."""
    for n, it in enumerate(before):
        if it.verb or it.raw in AUXILIARIES or (n and it.raw in REPORTING and it.raw != "according"):
            if it.raw not in REPORTING or n + 1 >= len(before):
                return before
            rest = before[n + 1:]
            return reported(rest[1:] if rest[0].raw == "that" else rest)
    return before


OCCASIONS = frozenset("weekend eve day night morning evening afternoon holiday christmas".split())
_DEICTIC = frozenset("this last next previous past".split())
BACK = frozenset("ago earlier previously before".split())  # "23 years previously": before the story's own time
_BASE = frozenset("from than on with over since against".split())  # what a change is measured from
_UNITS = frozenset("year month week quarter season decade day weekend".split())
_STRETCH = frozenset("over throughout".split())  # a stretch of time: "over the holiday weekend"
_BOUTS = frozenset("set game round innings leg lap minute".split())  # "in the deciding set", "in round two"
_POSSESSIVE = frozenset("its the their his her".split())
_RATE = frozenset("a an per each every".split())
_RATE_UNITS = frozenset("second minute hour day night week month quarter year".split())
_SPAN_LEADS = frozenset("for in within over after than about once twice".split())  # "for a year", "once a week"


def periods_of(own: list[Item]) -> tuple[str, ...]:
    """Periods said in words: "last year", "this quarter", "in December"."""
    out = []
    for n, (one, two) in enumerate(zip(own, own[1:])):
        if (two.pos == one.pos + 2 and one.raw in _DEICTIC and two.raw.endswith("s")
                and two.raw[:-1] in _UNITS):  # "in the last two years": a stretch of that many (the count a
            out.append("the next stretch" if one.raw == "next" else "the past stretch")  # figure; any unit)
            continue
        if two.pos != one.pos + 1:
            continue
        if one.raw in _DEICTIC and two.raw in _UNITS:
            out.append(f"{one.raw} {two.raw}")
        elif one.raw in {"in", "during"} and two.raw in lexicon.MONTHS:
            out.append(f"in {two.raw}")
        elif one.raw in _RATE and two.raw in _RATE_UNITS and not (n and own[n - 1].raw in _SPAN_LEADS):
            out.append(f"per {two.raw}")  # "43 minutes a week", "£5m per year": a rate ("for a year" is none)
        elif one.raw.removesuffix("s") in _UNITS and two.raw in BACK and not _BASE & {it.raw for it in own[n - 2:n]}:
            out.append(f"{one.raw} {two.raw}")  # "23 years previously"; "up 5% from a year earlier" is a base
    for n, one in enumerate(own):  # an occasion: "on its opening weekend", "on New Year's Eve"
        if one.raw not in {"on", "in"} and one.raw not in _STRETCH:
            continue
        words, last = [], one.pos
        for it in own[n + 1:n + 5]:
            if it.pos != last + 1 or it.verb or it.clause != one.clause or (it.stop and it.raw not in _POSSESSIVE):
                break  # a figure or a comma ends it: "on Friday 15 protesters", "on Christmas Day, stranding"
            last = it.pos
            if not it.stop:
                words.append(it.raw.removesuffix("'s"))
        if one.raw == "in" and not (words and words[-1] in _BOUTS):
            continue  # "in her opening service game": a part of a match, as an occasion is of a year
        if words and (set(words) & OCCASIONS or set(words) & lexicon.WEEKDAYS or one.raw == "in" or (
                one.raw in _STRETCH and words[-1] in _UNITS)):
            out.append(f"{one.raw} " + " ".join(words))  # "on New Year's Eve", "over the past year"
    return tuple(out)


# "there is", "there will be", "there have been": no place; "95% of all mobiles sold there will have
# cameras": the place named before
_BE_THERE = frozenset("is are was were be been seems seem appears appear remains remain".split())
_THEN_BE = frozenset("will would could may might must should can has have had".split())


def says_there(own: list[Item]) -> bool:
    """Whether the frame's place is a "there" that points back to one named before."""
    for n, it in enumerate(own):
        if it.raw != "there":
            continue
        after = [o.raw for o in own[n + 1:n + 3]]
        if not (after[:1] and after[0] in _BE_THERE or after[:1] and after[0] in _THEN_BE and after[1:2] and
                after[1] in {"be", "been"}):
            return True
    return False


_YEAR_KINDS = frozenset({"year", "date"})  # the figures that say when


def antecedent_names(a: Analysed, which: int) -> list[Item]:
    """ "France's Ronald Pognon - who has run 6.45 seconds -": the names a relative clause
    holding the figure describes, right before its "who" (across a dash or a comma)."""
    lead = next((it for it in a.items if it.clause == a.clauses[which]), None)
    if lead is None or lead.raw != "who" or lead.pos > a.positions[which]:
        return []
    names: list[Item] = []
    for it in reversed([o for o in a.items if o.pos < lead.pos]):
        if not it.capital or it.stop:
            break
        names.insert(0, it)
    return names


def listed_years(a: Analysed, figure: tuple[int, ...], inside: frozenset[int]) -> bool:
    """Whether the frame's years stand in one list, nothing but commas and "and" between them."""
    at = sorted(a.positions[k] for k, q in enumerate(a.quantities)
                if k not in figure and q.kind in _YEAR_KINDS and a.positions[k] in inside)
    return len(at) > 1 and all(q - p <= 2 and all(it.raw == "and" for it in a.items if p < it.pos < q)
                               for p, q in zip(at, at[1:]))


def lead_in(a: Analysed, inside: frozenset[int]) -> list[Item]:
    """The sentence's opening "In …," before the frame, when it stands apart from it."""
    start = min(inside, default=0)
    first = a.items[0] if a.items else None
    if first is None or first.raw != "in" or first.pos >= start:
        return []
    return [it for it in a.items if it.clause == first.clause and it.pos < start]


def described(a: Analysed, which: int) -> list[Item]:
    """ "last year's peak of $55.67 a barrel, which was reached in October": the words of a
    relative clause right after the figure's clause, with no figure of its own, which
    says when the figure's own thing happened."""
    later = [it.clause for it in a.items if it.pos > a.positions[which] and it.clause > a.clauses[which]]
    after = min(later, default=-1)
    if after < 0 or after in a.clauses:
        return []
    words = [it for it in a.items if it.clause == after]
    return words if words and words[0].raw in {"which", "that"} and words[0].pos > a.positions[which] else []
