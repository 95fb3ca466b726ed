"""Words of a figure's frame read one by one: the places it names (and which of them
are named together, one figure for all), and the apposition that describes a subject
("Schalke, the German club, posted …")."""

from __future__ import annotations

from factcheck.text.fields import Item
from factcheck.text.wordnet import is_place, place_name

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
    return it.capital and is_place(it.raw)


def places(own: list[Item]) -> tuple[str, frozenset[str], frozenset[str]]:
    """The places a frame names, as shown ("Australia and Mexico"), as a set, and those of
    them named together ("Australia and Mexico", "France, Spain and Italy"): a figure for
    all of them at once."""
    places = [it for it in own if _is_place_item(it)]
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
    return " and ".join(dict.fromkeys(name.title() for name in names)), frozenset(names), frozenset(joined)
