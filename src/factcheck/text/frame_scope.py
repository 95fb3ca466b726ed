"""Which words of a sentence make the statement of its figure: the figure's frame.

A writer's sentence carries more than its figure: "In a damning sign of how little has
changed, just 33 of the 257 officers were sacked, leaving campaigners furious,
openDemocracy found." The lead-in, the participle phrase and the attribution are not what
the figure says. The sentence is cut into its segments (the clauses `analyse()` finds at
commas, dashes and clause words) and each segment is read by its first word: a relative
clause (", which …", ", whose …"), a coordinated or subordinate fact (", and …", "while
…", ", as …", "amid …"), a participle phrase (", leaving …"), an attribution (", the IOPC
said", "according to …", "figures show …") or a rhetorical lead-in ("In a damning sign of
…,") stands apart from the figure, unless the figure stands in it.
"""

from __future__ import annotations

from typing import NamedTuple

from factcheck.text import lexicon
from factcheck.text.sentence import Analysed

REPORTING = lexicon.REPORTING
SUBORDINATE = frozenset("that what when where if whether how why for to".split())  # "for what they wrote"
_BE = frozenset("is are was were has have had".split())
_RELATIVE = frozenset("which who whom whose where".split())
_COORDINATE = frozenset("and but while whereas yet although though as amid despite because unless however "
                        "or nor so even including".split())
_LEAD_INS = frozenset("in amid with despite as after following among against for on at under without "
                      "within over amongst".split())
_ATTRIBUTION_WORDS = 8  # an attribution segment is short: "the IOPC said", "openDemocracy found"

RELATIVE, COORDINATE, PARTICIPLE = "relative", "coordinate", "participle"
ATTRIBUTION, LEAD_IN, APPOSITION = "attribution", "lead-in", "apposition"
_ASIDE = {RELATIVE, ATTRIBUTION}  # set off by commas inside a clause, which goes on after them


_LISTING = frozenset("and or".split())  # ", and social media posts": a list goes on unless a verb comes
_TIME_CLAUSE = frozenset("when if before until".split())  # before the figure: a clause of its own


class Segment(NamedTuple):
    """One clause of the sentence: its positions, its words (raw), its figures."""

    clause: int
    positions: tuple[int, ...]
    words: tuple[str, ...]
    figures: tuple[int, ...]  # indices into the sentence's quantities
    verbs: int = 0  # how many of its words look like verbs


def segments(a: Analysed) -> list[Segment]:
    """The sentence's clauses in order, each with its words and figures."""
    by_clause: dict[int, tuple[list[int], list[str], list[int]]] = {}
    verbs: dict[int, int] = {}
    entries = [(it.pos, it.clause, it.raw, -1) for it in a.items]
    entries += [(p, c, "#", k) for k, (p, c) in enumerate(zip(a.positions, a.clauses))]
    for it in a.items:
        if it.verb or it.raw in _BE:
            verbs[it.clause] = verbs.get(it.clause, 0) + 1
    for pos, clause, raw, k in sorted(entries):
        positions, words, figures = by_clause.setdefault(clause, ([], [], []))
        positions.append(pos)
        words.append(raw)
        if k >= 0:
            figures.append(k)
    return [Segment(c, tuple(p), tuple(w), tuple(f), verbs.get(c, 0)) for c, (p, w, f) in sorted(by_clause.items())]


def kind_of(seg: Segment, before_figure: bool, years: frozenset[int] = frozenset()) -> str:
    """What a segment without the figure is to the sentence ("" when it may be its statement)."""
    words = [w for w in seg.words if w != "#"]
    if not words:
        return ""
    first = words[0]
    if first in _COORDINATE and (first not in _LISTING or seg.verbs):
        return COORDINATE
    if (first == "since" or (before_figure and first in _TIME_CLAUSE)) and seg.verbs and not seg.figures:
        # "… since the scandal began", "In 1999, when BMW still owned Rover, …": a clause of its own
        # ("since 2018" is the figure's); after the figure, "resigned before their hearings could
        # take place" says when the figure's thing happened
        return COORDINATE
    if first == "according" or (len(words) <= _ATTRIBUTION_WORDS and not seg.figures and first not in SUBORDINATE
                                and any(w in REPORTING for w in words)):
        return ATTRIBUTION
    if first in _RELATIVE or (len(words) > 1 and first in _LEAD_INS and words[1] in _RELATIVE):
        return RELATIVE  # ", which …", "- in which Renault owns …"
    if first.endswith("ing") and len(first) > 4:
        return PARTICIPLE
    if before_figure and first in _LEAD_INS and not seg.figures:
        return LEAD_IN
    if not before_figure and first in {"a", "an"} and not seg.figures and not _AUXILIARY & set(words):
        # "…, a result women's groups described as lenient": a comment on the fact ("…, an HDTV
        # set is expensive" is a clause)
        return APPOSITION
    if not before_figure and first == "the" and not seg.verbs and set(seg.figures) <= years:
        return APPOSITION  # "…, the smallest quarterly rise since 2000": the same
    return ""


def _attribution_prefix(seg: Segment, figure: set[int]) -> set[int]:
    """ "Figures released under the FOI Act show 257 officers …": the words up to a
    reporting verb before the figure, and a "that" after it."""
    first_figure = min((p for p, w in zip(seg.positions, seg.words) if w == "#"), default=None)
    cut: set[int] = set()
    for n, (pos, word) in enumerate(zip(seg.positions, seg.words)):
        if first_figure is None or pos >= first_figure:
            break
        following = seg.words[n + 1] if n + 1 < len(seg.words) else ""
        if word in REPORTING and word != "according" and following != "to":  # "is said to last": a hedge
            cut = set(seg.positions[:n + 1])
            if n + 1 < len(seg.words) and seg.words[n + 1] == "that":
                cut.add(seg.positions[n + 1])
    return cut


def frame_positions(a: Analysed, figure: tuple[int, ...]) -> frozenset[int]:
    """Positions (words and figures) of the sentence that belong to the frame of `figure`
    (indices into its quantities): the figure's clauses and the main clause around them."""
    return _frame(a, figure)[0]


def frame_parts(a: Analysed, figure: tuple[int, ...]) -> tuple[frozenset[int], frozenset[int]]:
    """The frame's positions, and those of them where the figure's clause resumes after a
    relative clause with no comma to end it ("Two officers who worked in the unit | were
    sacked")."""
    return _frame(a, figure)


def _frame(a: Analysed, figure: tuple[int, ...]) -> tuple[frozenset[int], frozenset[int]]:
    segs = segments(a)
    wanted = {a.clauses[i] for i in figure}
    at = [n for n, s in enumerate(segs) if s.clause in wanted]
    if not at:
        return frozenset(p for s in segs for p in s.positions), frozenset()
    first, last = at[0], at[-1]
    resumed: set[int] = set()
    own_kind = kind_of(segs[first], False)
    keep: set[int] = set()
    cut_after = own_kind in {RELATIVE, PARTICIPLE}  # "whose 700 officers …, is now …": the main clause's
    years = frozenset(k for k, q in enumerate(a.quantities) if q.kind in {"year", "date"})
    shared = _subject_segment(a, segs, first) if own_kind == COORDINATE and _no_subject(a, segs[first]) else -1
    for n, seg in enumerate(segs):
        if seg.clause in wanted:
            keep.update(set(seg.positions) - _attribution_prefix(seg, set(figure)))
            continue
        kind = kind_of(seg, n < first, years)
        if not kind and seg.words[0] in _LISTING and n + 1 < len(segs) and kind_of(segs[n + 1], False) == RELATIVE:
            kind = COORDINATE  # ", and a PC in Norfolk who uploaded …": another item, with a verb of its own
        if n < first:
            if own_kind == COORDINATE:
                if n == shared:  # "Harlin's film … received poor reviews but went on to make $76m": its subject
                    keep.update(_before_verb(a, seg))
                continue  # "X were up 10%, while numbers from Y rose 20%": the 20% is a fact of its own
            if own_kind == RELATIVE:
                if n == first - 1:  # "The DPG, whose 700 officers …": only the noun it describes,
                    keep.update(_antecedent(a, seg))  # not the clause it ends ("… would sell its unit, which …")
                continue
            if not kind or kind == PARTICIPLE:  # "Excluding the car sector, sales rose 0.5%" restricts the figure
                keep.update(seg.positions)
        elif n > last:
            if kind == RELATIVE and n == last + 1 and not segs[last].verbs and not cut_after \
                    and seg.clause == segs[last].clause + 1:  # no comma opens it (", which …," is an aside)
                # "Two officers who worked in the unit were sacked": the figure's subject has its
                # verb after the relative clause that describes it, with no comma between
                resumed = {p for p in seg.positions if p >= _main_verb_after(a, seg)}
                keep.update(resumed)
                continue
            if kind in _ASIDE and not cut_after:
                continue  # "The 30-year-old, whose contract runs out, has made it clear …": the clause goes on
            if kind or cut_after:
                cut_after = True
            else:
                keep.update(seg.positions)
        elif not kind:
            keep.update(seg.positions)
    joined = _second_conjunct(a, figure, segs[first])
    if joined is not None:  # "BSkyB is planning HD in 2006 and the BBC intends … by 2010": the BBC's
        keep = {p for p in keep if p > joined}
    return frozenset(keep), frozenset(resumed)


def attributions(a: Analysed) -> frozenset[int]:
    """The positions of the sentence's attributions after their figures (", the OECD said"):
    who reports a figure, whose names are no other clause's holder."""
    return frozenset(p for seg in segments(a) if not seg.figures and kind_of(seg, False) == ATTRIBUTION
                     for p in seg.positions)


def _second_conjunct(a: Analysed, figure: tuple[int, ...], seg: Segment) -> int | None:
    """Where a figure's clause begins when its segment joins two clauses, each with its own
    subject and verb, by "and"/"but" before the figure: the joining word's position."""
    at = min(a.positions[i] for i in figure)
    inside = set(seg.positions)
    items = [it for it in a.items if it.pos in inside and it.pos < at]
    found = None
    for n, it in enumerate(items):
        if it.raw not in {"and", "but"}:
            continue
        verb_before = any(o.verb or o.raw in _AUXILIARY for o in items[:n])
        after = items[n + 1:]
        verb_after = next((m for m, o in enumerate(after) if o.verb or o.raw in _AUXILIARY), None)
        if verb_before and verb_after and any(not o.stop for o in after[:verb_after]):
            found = it.pos
    return found


_AUXILIARY = _BE | frozenset("will would can could may might must shall should".split())


def _no_subject(a: Analysed, seg: Segment) -> bool:
    """A coordinated clause that goes straight to its verb ("but went on to make $76m"): it
    shares the subject of the clause before."""
    items = {it.pos: it for it in a.items}
    for pos in seg.positions[1:]:
        it = items.get(pos)
        if it is None:
            return False
        if it.verb or it.raw in _AUXILIARY:
            return True
        if not (it.raw in _SHARED_SKIP or it.raw.endswith("ly")):
            return False
    return False


_SHARED_SKIP = frozenset("also then later still now even has have had".split())


def _subject_segment(a: Analysed, segs: list[Segment], first: int) -> int:
    """The segment holding the sentence's subject: its first that is no lead-in or attribution."""
    for n in range(first):
        if not kind_of(segs[n], True):
            return n
    return -1


def _verbs(a: Analysed, seg: Segment) -> list[int]:
    """Positions of the segment's verbs and auxiliaries, in order."""
    inside = set(seg.positions)
    return [it.pos for it in a.items if it.pos in inside and (it.verb or it.raw in _AUXILIARY)]


def _before_verb(a: Analysed, seg: Segment) -> set[int]:
    """The segment up to its first verb: its subject."""
    verbs = _verbs(a, seg)
    return {p for p in seg.positions if not verbs or p < verbs[0]}


def _antecedent(a: Analysed, seg: Segment) -> set[int]:
    """The noun phrase a relative clause describes: the segment before it, past its last verb."""
    last = max(_verbs(a, seg), default=-1)
    return {p for p in seg.positions if p > last}


def _main_verb_after(a: Analysed, seg: Segment) -> int:
    """Where the main clause resumes inside a relative clause that has no comma to end it:
    the first auxiliary or verb after the relative clause's own verb and a word of its
    complement ("who worked in the unit | were sacked"); past the end when none does."""
    items = {it.pos: it for it in a.items}
    own_verb = complement = False
    for pos, word in zip(seg.positions, seg.words):
        it = items.get(pos)
        verb_like = it is not None and (it.verb or word in _AUXILIARY)
        if word in _LISTING:
            complement = False  # "who were sacked and jailed": a second verb of the relative clause
        elif not own_verb:
            own_verb = verb_like
        elif not complement:
            complement = not verb_like
        elif verb_like:
            return pos
    return max(seg.positions) + 1


def frame_kinds(a: Analysed, figure: tuple[int, ...]) -> list[tuple[str, str]]:
    """Each segment left out of the figure's frame, with what it is (for tests and reasons)."""
    inside = frame_positions(a, figure)
    out = []
    for seg in segments(a):
        if not set(seg.positions) & inside:
            text = " ".join(w for w in seg.words)
            out.append((kind_of(seg, True) or "other", text))
    return out
