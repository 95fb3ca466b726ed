"""Words of a figure's frame that say what it counts: names in the thing counted, the
words that qualify it or say what it is of, what a sum goes on and what a term is for
(judge/frame_words.py reads the rest)."""

from __future__ import annotations

from factcheck.text.sentence import Analysed
from factcheck.text.words import TITLES

PURPOSE_WORDS = 4  # "on HIV/Aids related work": the words of what a sum goes on, at most


def qualifiers(a: Analysed, which: int) -> frozenset[str]:
    """Names right after a count, in what it counts: "921 Metropolitan Police officers"."""
    out = set()
    for pos in range(a.positions[which] + 1, a.positions[which] + 5):
        it = a._at.get(pos)
        if it is None or it.stop or it.verb or not it.capital:
            break
        out.add(it.term)
    return frozenset(out) - TITLES if a.quantities[which].kind == "count" else frozenset()


def purpose(a: Analysed, which: int, inside: frozenset[int]) -> tuple[str, ...]:
    """What a sum is spent on or set aside for: the words after "on"/"for" right after it;
    for any figure, what it is for as a deed: "jailed for 12 months for lying" -> lying."""
    at = a.positions[which]
    if a.quantities[which].kind != "money":
        return _for_deed(a, at, inside)
    lead = a._at.get(at + 1)
    if lead is None or lead.raw not in {"on", "for"}:
        return ()
    out: list[str] = []
    for pos in range(at + 2, at + 2 + PURPOSE_WORDS):
        it = a._at.get(pos)
        if it is None or pos not in inside or it.verb and out or (it.stop and it.raw not in {"the", "its", "their"}):
            break
        if not it.stop:
            out.append(it.raw)
    return tuple(out)


REASON_REACH = 5  # "12 months in prison for lying": the words between a figure and the "for" of its deed, at most


def _for_deed(a: Analysed, at: int, inside: frozenset[int]) -> tuple[str, ...]:
    """The "-ing" word a "for" after the figure (in its frame) leads to: the deed a term,
    a fine or a ban is for ("sentenced to 12 months in prison for possessing images")."""
    for pos in range(at + 1, at + 2 + REASON_REACH):
        it = a._at.get(pos)
        if it is None or pos not in inside:
            return ()
        if it.raw == "for":
            deed = a._at.get(pos + 1)
            return (deed.raw,) if deed is not None and pos + 1 in inside and deed.raw.endswith("ing") else ()
    return ()


_MORE = frozenset("further more other others extra additional remaining such separate individual distinct different "
                  "various".split())  # "4 further officers", "43 separate cases": how many, not what


def modifiers(a: Analysed, which: int, head: str | None) -> frozenset[str]:
    """The words between a count and the `head` of what it counts, names aside: "12 million
    hardcore gamers" -> hardcore (a claim's must stand by the source figure: not every
    gamer is one)."""
    if a.quantities[which].kind != "count" or not head:
        return frozenset()
    run = [it.term for it in a.noun_run_items(which) if not it.capital and it.raw.isalpha() and it.raw not in _MORE]
    return frozenset(run[:run.index(head)]) if head in run else frozenset()


_OF_LEADS = frozenset("the a an his her its their".split())
OF_WORDS = 4  # "the 60th anniversary of the birth of reggae star Bob Marley": the of-phrase's words read, at most


def of_phrase(a: Analysed, which: int) -> frozenset[str]:
    """What a place in an order is of, in common words: "the 60th anniversary of Bob
    Marley's death" -> death, "the third round of talks" -> talk. (A count's "of" phrase is
    too often who the things are about, said elsewhere: "63 allegations of officers …".)"""
    if a.quantities[which].kind != "ordinal":
        return frozenset()
    run = a.noun_run_items(which)
    if not run:
        return frozenset()
    of = a._at.get(run[-1].pos + 1)
    if of is None or of.raw != "of" or of.clause != run[-1].clause:
        return frozenset()
    out = set()
    for pos in range(of.pos + 1, of.pos + 1 + OF_WORDS):
        it = a._at.get(pos)
        if it is None or it.verb or it.clause != of.clause or (it.stop and it.raw not in _OF_LEADS):
            break
        if not it.stop and not it.capital and it.raw.isalpha():
            out.add(it.term)
    return frozenset(out)
