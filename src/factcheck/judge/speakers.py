"""Who reports a figure: the speaker an attribution names ("Barbara Stocking warned that …",
", the IOPC said", "according to Pew", "say analysts Jupiter Research").

A claim that names who reported its figure states that much more, and a source figure
reported by someone else does not bear it out: "Oxfam's director Barbara Stocking warned
that 30,000 children …" is not supported by a passage where the 30,000 is Gordon Brown's
("Mr Brown said …"). Only names count (a speaker written in lower case, "the report", "he",
is no one in particular). The source figure's own sentence decides when it names who
reports it; else the sentence before does, since a speech runs on across sentences; and a
paragraph that opens with a quotation mark goes on with the speech of the paragraph that
opened the quotation. A speaker the article never names, or gives as its voice in its
opening, is not checked.
"""

from __future__ import annotations

from collections.abc import Iterable

from factcheck.index.base import Index
from factcheck.judge.lexical import is_proper
from factcheck.judge.memo import memo
from factcheck.judge.tuning import OPENING_SENTENCES, QUOTE_REACH, SPEAKER_REACH
from factcheck.text import lexicon
from factcheck.text.fields import Item
from factcheck.text.frame_scope import ATTRIBUTION, SUBORDINATE, Segment, kind_of, segments
from factcheck.text.sentence import Analysed
from factcheck.text.words import TITLES, initials

_CALENDAR = lexicon.CALENDAR  # months and weekdays, "Monday's" too
_REACH = 6  # words before a reporting verb that may name its speaker ("Oxfam's director Barbara Stocking")
_AFTER = 4  # words after it, for a speaker written after the verb ("said Mr Brown", "according to the OECD")
_NOT_REPORTING = frozenset({"according"})  # only as "according to"
_QUOTES = frozenset("\"\u201c\u2018'")
_RELATIVE = frozenset("who whom whose which".split())  # "Alan Greenspan, who warned that …": no report of the figure
_PRONOUNS = frozenset("he she they it we i you".split())
_NOUN_AFTER = frozenset("could would will can may might are were have had of".split())
_NOUN_BEFORE = frozenset("the a an its their his her our these those".split())


def _name(it: Item, items: tuple[Item, ...]) -> bool:
    """A capitalised word that names someone: inside the sentence, or first and no common word."""
    if it.stop or not it.capital or it.raw in _CALENDAR or it.term in TITLES:
        return False
    return it.pos > 0 or it.raw.endswith("'s") or is_proper(it.raw) or (len(items) > 1 and items[1].capital)


def _speaker_names(items: tuple[Item, ...]) -> frozenset[str]:
    """Name terms of the speakers of every attribution in a sentence's words."""
    out: set[str] = set()
    for n, it in enumerate(items):
        if it.raw not in lexicon.REPORTING or (it.capital and it.pos > 0):  # "the Consumer Electronics Show"
            continue
        nxt = items[n + 1] if n + 1 < len(items) else None
        if it.raw in _NOT_REPORTING and (nxt is None or nxt.raw != "to"):
            continue
        if (nxt is not None and nxt.raw in _NOUN_AFTER) or (n and items[n - 1].raw in _NOUN_BEFORE):
            continue  # "Asian states could …", "the reports": nouns
        if n and items[n - 1].raw in _PRONOUNS:
            continue  # "He said India's economy grew 6.9%": the speaker is named elsewhere, not after
        before = _run(reversed(items[max(0, n - _REACH):n]), it.clause, items)
        if before and it.raw not in _NOT_REPORTING:
            out |= before
            continue
        start = n + 2 if it.raw in _NOT_REPORTING else n + 1
        out |= _run(items[start:start + _AFTER], it.clause, items, after=True)
    return frozenset(out)


def _run(stretch: Iterable[Item], clause: int, items: tuple[Item, ...], after: bool = False) -> set[str]:
    """The names in a stretch of words next to a reporting verb, up to a verb or another
    clause; after the verb, only those it opens with ("said Mr Brown", "say analysts Jupiter
    Research", "according to the OECD"), not an object's ("warned that Asian states")."""
    found: list[Item] = []
    for it in stretch:
        if it.clause != clause or it.verb or it.raw in {"that", "and", "but", "while", "it", "they", "he", "she"}:
            break
        if after and it.stop and it.raw not in _NOUN_BEFORE | {"for", "of"}:
            break
        if _name(it, items):
            found.append(it)
    found.sort(key=lambda it: it.pos)
    # "the Independent Office for Police Conduct" is "the IOPC" too: names together, "for" or "of" between
    inside = [it for it in items if found and found[0].pos < it.pos < found[-1].pos and it not in found]
    whole = all(it.raw in {"for", "of"} for it in inside)
    short = initials([it.raw for it in found]) if len(found) > 2 and whole else ""
    return {it.term for it in found} | ({short} if short else set())


def speakers(a: Analysed) -> frozenset[str]:
    """The names of whoever the sentence says reports what its main clauses say (not a "who
    warned that …" describing someone): once per run for a source's."""
    return memo(a, -1, "speakers", lambda: _speaker_names(_reporting_items(a)))


def _reports(seg: Segment, n: int, first: int) -> bool:
    """A segment that may say who reports the figure: one before it that is no relative clause
    or coordinated fact ("Alan Duncan said that …"), or an attribution after it (", the IOPC
    said"), not a clause that describes something else ("…, a banning that Rob Fahey said …")."""
    kind = kind_of(seg, n < first)
    if n > first:
        return kind == ATTRIBUTION and seg.words[0] not in SUBORDINATE
    return kind in {"", ATTRIBUTION} and seg.words[0] not in _RELATIVE


def _reporting_items(a: Analysed) -> tuple[Item, ...]:
    """The words of the sentence's statement and its attributions (not its relative clauses,
    coordinated facts, participle phrases or lead-ins)."""
    segs = segments(a)
    first = next((n for n, seg in enumerate(segs) if seg.figures), len(segs))
    keep = {p for n, seg in enumerate(segs) if n == first or _reports(seg, n, first) for p in seg.positions}
    return tuple(it for it in a.items if it.pos in keep)


def matches(wanted: frozenset[str], names: frozenset[str], written: Iterable[str]) -> bool:
    """The claim's speaker among `names`, or as initials of a name written out ("the BPI" and
    "the British Phonographic Industry")."""
    if wanted & names:
        return True
    short = {w for w in wanted if len(w) <= 5}
    return any(initials(phrase.split()) in short for phrase in written)


def opener_names(a: Analysed) -> frozenset[str]:
    """The names before the first verb of a sentence that opens a quotation: its speaker
    ("Green Party member Baroness Jenny Jones condemned the figures, saying: \u201cI am …")."""
    verb = next((it.pos for it in a.items if it.verb), len(a.items))
    return frozenset(it.term for it in a.items if it.pos < verb and _name(it, a.items))


_BYLINE = frozenset({"by", "from"})
_BYLINE_WORDS = 6  # "From Jean Calder", "By Jane Smith, BBC News": a line this short


def _voice(a: Analysed) -> frozenset[str]:
    """Who an article's opening gives as its voice: a byline's names ("From Jean Calder"), or
    whoever its headline or first sentence says reports ("…, the IOPC said")."""
    if a.items and a.items[0].raw in _BYLINE and len(a.items) <= _BYLINE_WORDS:
        return frozenset(it.term for it in a.items if it.capital and not it.stop)
    return speakers(a)


def written_names(items: tuple[Item, ...]) -> list[str]:
    """Runs of capitalised words as written: "British Phonographic Industry"."""
    runs: list[list[str]] = [[]]
    for it in items:
        if it.capital and not it.stop:
            runs[-1].append(it.raw)
        elif runs[-1]:
            runs.append([])
    return [" ".join(run) for run in runs if len(run) > 1]


def other_speaker(claimed: frozenset[str], near: list[Analysed], article: set[str],
                  opening: list[Analysed], quoting: frozenset[str] = frozenset()) -> bool:
    """The claim names who reports its figure, the source's article names them too, someone
    else reports something in the source sentence or the one before (`near`), and the
    claim's speaker is named nowhere there. A speaker the article never names is the
    writer's to answer for (a claim may credit the outlet: "the BBC reported"), and one
    its opening gives as its voice (`opening`: a byline, or who its headline or first
    sentence says reports) may be credited with any of it.
    `quoting`: the speaker of the quotation the source figure stands in, if it does."""
    if not claimed or not claimed & article:
        return False
    if claimed & frozenset().union(*(_voice(a) for a in opening)):
        return False
    own = speakers(near[-1])  # the figure's own sentence says who reports it: that decides
    if own and not quoting:
        near = near[-1:]
    others = frozenset().union(*(speakers(a) for a in near)) | quoting
    if not others:
        return False
    names = frozenset(it.term for a in near for it in a.items if it.capital)
    return not matches(claimed, names, [w for a in near for w in written_names(a.items)])


def reported_by_another(index: Index, sid: int, claimed: frozenset[str], article: set[str]) -> bool:
    """`other_speaker` for source sentence `sid`: against the sentence and the one before, or,
    in a paragraph going on with a quotation, the sentence that opened it and its speaker."""
    first = index.neighbours(sid, 10**9).start
    near = [index.analysed(j) for j in index.neighbours(sid, SPEAKER_REACH) if j <= sid]
    opening = [index.analysed(j) for j in range(first, min(first + OPENING_SENTENCES, sid + 1))]
    quoting: frozenset[str] = frozenset()
    if _in_quoted_paragraph(index, sid):  # a speech running on from the paragraph that opened it
        opener = _quote_opener(index, sid, first)
        near = [] if opener is None else [opener, index.analysed(sid)]
        quoting = frozenset() if opener is None else opener_names(opener)
    return bool(near) and other_speaker(claimed, near, article, opening, quoting)


def _in_quoted_paragraph(index: Index, sid: int) -> bool:
    """The sentence stands in a paragraph that opens with a quotation mark."""
    here, start = index.sentences[sid], sid
    while start > 0 and (index.sentences[start - 1].source, index.sentences[start - 1].line) == (here.source,
                                                                                                  here.line):
        start -= 1
    return index.sentences[start].text.lstrip()[:1] in _QUOTES


def _quote_opener(index: Index, sid: int, first: int) -> Analysed | None:
    """The sentence before `sid` that opens the quotation it stands in ('Baroness Jenny Jones
    condemned the figures, saying: "I am …'), past paragraphs that go on with it."""
    for j in range(sid - 1, max(first, sid - QUOTE_REACH) - 1, -1):
        if _in_quoted_paragraph(index, j):
            continue
        text = index.sentences[j].text
        return index.analysed(j) if any(mark in text for mark in _QUOTES) else None
    return None
