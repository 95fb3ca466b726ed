"""A sentence read once for matching: its words, its figures, and which belongs to which.

Matching asks three questions of a sentence. Which words does it use (does it make the
claim's statement)? Which words stand with each figure (does a number play the same
part)? Which verbs carry the statement ("arrested" is not "convicted")? All three need
the figures taken out of the word stream, every item placed on one scale of positions,
and the sentence cut into clauses, since "36 forces responded – although 12 others
failed to" gives 12 nothing of "responded".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from typing import NamedTuple

from factcheck.models import Quantity
from factcheck.text import lexicon
from factcheck.text.numbers import read_quantities
from factcheck.text.words import DIRECTION_WORDS, STOPWORDS, WORD, term_of, tokens

AUXILIARIES = frozenset("is are was were be been being has have had get got gets getting become became".split())
_SKIPPABLE = frozenset("not also further then since already still now just only never all both".split())
_IRREGULAR = lexicon.IRREGULAR_VERBS
_NOT_VERBS = lexicon.NOT_VERBS
LIGHT_VERBS = lexicon.LIGHT_VERBS
_STRONG_BREAK = re.compile(r"[;:\u2013\u2014]|\s-\s|\s--\s")
_WEAK_BREAK = re.compile(r"[,()\[\]]")
_CONJUNCTIONS = frozenset("although while whereas but though because unless however".split())
_SHARE_LEAD = frozenset("the those these".split())
_HEDGE_WORDS = lexicon.HEDGES | lexicon.APPROXIMATE | lexicon.NEARLY | lexicon.EMPHASIS
_CALENDAR = frozenset(lexicon.MONTHS) | lexicon.WEEKDAYS
_MODALS = frozenset("will would can could may might must shall should".split())
_NOT_AFTER_MODAL = frozenset("be have not also still now then only just never".split())
_EMPHASIS = lexicon.EMPHASIS
_DETERMINERS = frozenset("a an the their its his her our own your my this that these those".split())
_OBJECT_VERBS = frozenset("made make makes making took take takes got get gets getting".split())
_RISE = lexicon.RISE
_FALL = lexicon.FALL
_SUBORDINATORS = frozenset("that which who whom whose what when where after before if until once".split())
NEGATIONS = lexicon.NEGATIONS
_NOT_NEGATING = frozenset("fewer less more longer".split())  # "no fewer than 921" is a hedge
_YEAR_PREPOSITIONS = {"in": "in", "during": "in", "since": "since", "from": "since", "by": "by",
                      "until": "until", "till": "until", "before": "before", "after": "after"}
OTHER_CLAUSE = 0.5  # weight of a word from another clause of the same sentence
DECAY = 0.15  # how fast a word's weight falls with its distance from the figure
FLOOR = 0.3  # the least weight of a word of the same sentence
REACH = 15


class Item(NamedTuple):
    """A word of the sentence with its place, clause and grammatical hints (a tuple: it is
    made, pickled and unpickled by the million, several times faster than a dataclass)."""

    term: str
    raw: str
    pos: int
    clause: int  # cut at commas too: for the weight of nearby words
    span: int  # cut only at strong breaks (; : dashes, "although"): where a figure's verb must be
    stop: bool
    verb: bool  # looks like a verb: "-ed", an irregular past, or after "were"/"has"
    capital: bool = False  # written with a capital: a name, when not first
    modifier: bool = False  # a participle describing a noun: "of the officers investigated"
    modal: bool = False  # after "will", "could": a statement of its own unless the figure is its object


@dataclass(frozen=True)
class Analysed:
    """Words and figures of one sentence, on one scale of positions, cut into clauses."""

    items: tuple[Item, ...]
    quantities: tuple[Quantity, ...]
    positions: tuple[int, ...]  # position of each quantity
    clauses: tuple[int, ...]  # clause of each quantity
    spans: tuple[int, ...]  # strong clause of each quantity

    @cached_property
    def _at(self) -> dict[int, Item]:
        """The word at each position: the matcher asks for neighbours of figures thousands of times."""
        return {it.pos: it for it in self.items}

    def content_terms(self, skip: frozenset[int] = frozenset()) -> set[str]:
        """The statement's words, and its figures not in `skip` as value tokens."""
        found = {it.term for it in self.items if not it.stop}
        for i, q in enumerate(self.quantities):
            if i not in skip:
                found.add(value_token(q))
                if q.kind == "date":
                    found.add(f"#year::{int(q.value // 10000)}")
        return found

    def context(self, which: int, restricted: bool = False, skip: frozenset[int] = frozenset()) -> dict[str, float]:
        """Words around figure `which`, weighted by closeness (1.0 = adjacent, same clause).

        `restricted` is for a whole read against a claim that is not about a whole: it
        leaves out its part's predicate, so "33 of the 257 getting the sack" says
        nothing of the 257 being sacked.
        """
        at, clause = self.positions[which], self.clauses[which]
        excluded = self._part_positions(which) if restricted else set()
        lead, hedge = self._hedged(which)  # the hedge's words ("close to") say nothing of the role
        ctx: dict[str, float] = {}
        for it in self.items:
            d = abs(it.pos - at)
            if d == 0 or it.pos in excluded or it.pos in hedge:
                continue
            if it.stop and not (it.term in DIRECTION_WORDS and d <= 2 and it.clause == clause):
                continue
            weight = max(FLOOR, 1.0 / (1.0 + DECAY * (d - 1)))
            if it.clause != clause and not restricted:
                weight *= OTHER_CLAUSE
            if weight > ctx.get(it.term, 0.0):
                ctx[it.term] = weight
        for k, q in enumerate(self.quantities):
            d = abs(self.positions[k] - at)
            if k != which and k not in skip and d <= REACH and self.positions[k] not in excluded:
                ctx.setdefault(value_token(q), max(FLOOR, 1.0 / (1.0 + DECAY * (d - 1))))
        # the very next words, stop words too ("at number 11", "rose to"), past any hedge
        if lead is not None:
            ctx["<" + lead.raw] = 1.0
            second = self._at.get(lead.pos - 1)
            if second is not None:
                ctx["<<" + second.raw] = 0.6
        if self.quantities[which].qualifier:
            ctx["<~" + self.quantities[which].qualifier] = 1.0
        after = self._at.get(at + 1)
        if after is not None:
            ctx[">" + after.raw] = 1.0
        return ctx

    def scope(self, which: int, restricted: bool = False) -> set[str]:
        """Words of the figure's clause (up to a strong break): where its verb must stand."""
        span = self.spans[which]
        excluded = self._part_positions(which) if restricted else set()
        found = {it.term for it in self.items if it.span == span and not it.stop and it.pos not in excluded}
        found.update(value_token(q) for k, q in enumerate(self.quantities)
                     if k != which and self.spans[k] == span and self.positions[k] not in excluded)
        return found

    def _part_positions(self, whole: int) -> set[int]:
        """Positions of the clause of a whole's part, less the words describing the whole."""
        parts = [k for k, q in enumerate(self.quantities) if q.role == "part"]
        if not parts:
            return set()
        part = min(parts, key=lambda k: abs(self.positions[k] - self.positions[whole]))
        keep = {it.pos for it in self._whole_items(whole)}
        clause = self.clauses[part]
        return {it.pos for it in self.items if it.clause == clause and it.pos not in keep}

    def whole_terms(self, which: int) -> set[str]:
        """Words after a whole, up to its verb: what the whole counts."""
        out = {it.term for it in self._whole_items(which) if not it.stop}
        at, clause = self.positions[which], self.clauses[which]
        for k, q in enumerate(self.quantities):
            if q.kind == "year" and self.clauses[k] == clause and at < self.positions[k] <= at + 6:
                out.add(value_token(q))
        return out

    def _whole_items(self, which: int) -> list[Item]:
        return self._run_after(which, 6, lambda it: it.raw in AUXILIARIES or it.raw.endswith("ing"))

    def _run_after(self, which: int, reach: int, ends: Callable[[Item], bool]) -> list[Item]:
        """The words right after a figure, in its clause, up to `reach` or a word that `ends` it."""
        at, clause = self.positions[which], self.clauses[which]
        out: list[Item] = []
        for it in self.items:
            if it.pos <= at:
                continue
            if it.clause != clause or it.pos > at + reach or ends(it):
                break
            out.append(it)
        return out

    def partner(self, part: int) -> int | None:
        """The whole a part belongs to ("33 of the 257": 257), if the sentence gives one."""
        wholes = [k for k, q in enumerate(self.quantities) if q.role == "whole"]
        if self.quantities[part].role != "part" or not wholes:
            return None
        return min(wholes, key=lambda k: abs(self.positions[k] - self.positions[part]))

    def of_noun(self, which: int) -> str | None:
        """What a share is of: "6pc of investigated officers" -> officers; None for a ratio."""
        at = self.positions[which]
        by_pos = self._at
        first = by_pos.get(at + 1)
        if first is None or first.raw != "of":
            return None
        head = None
        for pos in range(at + 2, at + 6):
            it = by_pos.get(pos)
            if it is None:
                return head  # a figure comes first: "6% of the 921" is a ratio
            if it.clause != first.clause:
                break
            if it.stop or it.verb:
                if head is not None:
                    break
                continue
            head = it.term  # the last word of the run: "the UK film workforce" -> workforce
        return head

    def preposition(self, which: int) -> str:
        """The word before a year: "in 2018" is not "since 2018"."""
        at = self.positions[which]
        before = self._at.get(at - 1)
        return _YEAR_PREPOSITIONS.get(before.raw, "") if before is not None else ""

    def weak_clause_terms(self, which: int) -> set[str]:
        clause = self.clauses[which]
        return {it.term for it in self.items if it.clause == clause and not it.stop}

    def names(self) -> set[str]:
        """Capitalised words inside the sentence: the people and bodies it is about."""
        return {it.term for it in self.items if it.pos > 0 and not it.stop and it.capital and it.raw not in _CALENDAR}

    def sentence_terms(self) -> set[str]:
        return {it.term for it in self.items if not it.stop}

    def negated(self, which: int) -> bool:
        """A "not", "never" or "failed to" right by the figure: the opposite statement."""
        at, span = self.positions[which], self.spans[which]
        near = [it for it in map(self._at.get, range(at - 3, at + 6)) if it is not None and it.span == span]
        for n, it in enumerate(near):
            if it.raw not in NEGATIONS and not it.raw.endswith("n't"):
                continue
            following = near[n + 1] if n + 1 < len(near) else None
            if following is None or following.raw not in _NOT_NEGATING:
                return True
        return False

    def direction(self, which: int) -> str:
        """How a figure attaches to a change: "rose to £5m" (to), "from £4m", "rose £1m" (by)."""
        before = self._lead(which)
        if before is None:
            return ""
        raw = before.raw
        if raw in {"to", "from", "by"}:
            return raw
        return "by" if raw in _RISE or raw in _FALL else ""

    def _lead(self, which: int) -> Item | None:
        """The word before a figure, looking past its hedge ("up nearly $3bn" -> up)."""
        return self._hedged(which)[0]

    def _hedged(self, which: int) -> tuple[Item | None, set[int]]:
        """The word before a figure's hedge, and the positions of the hedge's words."""
        at = self.positions[which]
        by_pos, first = self._at, at - 5  # a hedge is at most four words
        pos = at - 1
        skip = _HEDGE_WORDS if self.quantities[which].qualifier else _EMPHASIS
        while pos >= first and pos in by_pos and by_pos[pos].raw in skip:
            pos -= 1
        return (by_pos.get(pos) if pos >= first else None), set(range(pos + 1, at))

    def follower(self, which: int) -> str:
        """The word right after a figure: "less" in "16 per cent less than", "of" in "16% of"."""
        after = self._at.get(self.positions[which] + 1)
        return after.raw if after is not None else ""

    def polarity(self, which: int) -> str:
        """Whether the figure's clause says up or down ("an increase of 62,000", "down by")."""
        clause = self.clauses[which]
        words = {it.raw for it in self.items if it.clause == clause}
        up, down = bool(words & _RISE), bool(words & _FALL)
        return "up" if up and not down else "down" if down and not up else ""

    def head_noun(self, which: int) -> str | None:
        """The thing a count counts: the last word of the noun run after it ("Met officers")."""
        run = self.noun_run(which)
        return run[-1] if run else None

    def subject_names(self) -> set[str]:
        """The names a sentence opens with, its subject: "Christopher Leslie was …",
        "Meet the Fockers took …", "The Conservatives received …"."""
        out: set[str] = set()
        for it in self.items:
            if it.capital and not it.stop and it.raw not in _CALENDAR:
                out.add(it.term)
            elif it.stop and (it.raw in {"the", "of", "and"} or it.capital):
                continue
            else:
                break
        return out

    def names_before(self, which: int) -> set[str]:
        """Names in the figure's span before it: who the figure is about."""
        at, span = self.positions[which], self.spans[which]
        return {it.term for it in self.items
                if it.span == span and 0 < it.pos < at and it.capital and not it.stop and it.raw not in _CALENDAR}

    def word_after_run(self, which: int) -> str | None:
        """The word right after what a count counts: "12 officers resigning" -> resign."""
        run = self.noun_run(which)
        at = self.positions[which] + len(run)
        nxt = [it for it in self.items if at < it.pos <= at + 2 and not it.stop]
        return nxt[0].term if nxt else None

    def noun_run(self, which: int) -> list[str]:
        """The words right after a count that name what it counts: "social media allegations"."""
        return [it.term for it in self._run_after(which, 4, lambda it: it.stop or it.verb or it.raw.endswith("ing"))]

    def predicates(self, figure: tuple[int, ...], exclude: set[int] = frozenset()) -> set[str]:
        """The verbs that carry the figure's statement: in its own clause, not light, not
        describing a whole ("the 257 officers disciplined since 2018")."""
        clauses = {self.clauses[i] for i in figure}
        at = [self.positions[i] for i in figure]
        found = {it.term for it in self.items
                 if it.verb and not it.modifier and not it.stop and it.clause in clauses and it.pos not in exclude
                 and it.raw not in LIGHT_VERBS
                 and (not it.modal or any(0 < p - it.pos <= 4 for p in at))}  # "will pay … 475m"
        taken = set(self.positions)
        for n, it in enumerate(self.items):
            if it.clause in clauses and it.raw in _OBJECT_VERBS:
                # "have made their own podcasts": with a light verb, the object carries the statement
                for nxt in self.items[n + 1:n + 4]:
                    if nxt.clause != it.clause or any(p in taken for p in range(it.pos, nxt.pos + 1)):
                        break
                    if nxt.stop:
                        if nxt.raw in _DETERMINERS:
                            continue
                        break  # "allegations made against the officers": no object
                    if not nxt.verb:
                        found.add(nxt.term)
                    break
        return found

    def whole_positions(self, which: int) -> set[int]:
        return {it.pos for it in self._whole_items(which)}

    def closeness(self, figure: tuple[int, ...]) -> dict[str, float]:
        """For each word, how near it stands to the figure (1.0 adjacent, 0 far or elsewhere)."""
        out: dict[str, float] = {}
        for i in figure:
            at, clause = self.positions[i], self.clauses[i]
            for it in self.items:
                d = abs(it.pos - at)
                near = (1.0 / (1.0 + 0.25 * (d - 1))) * (1.0 if it.clause == clause else OTHER_CLAUSE)
                out[it.term] = max(out.get(it.term, 0.0), near)
        return out


def value_token(q: Quantity) -> str:
    """A figure as a word: lets "since 2018" in a claim require 2018 in the source."""
    return f"#{q.kind}:{q.unit}:{q.value:.12g}"


def index_terms(text: str) -> set[str]:
    """What `analyse(text).content_terms()` gives, at a third of the cost: an index needs
    the terms of every sentence, the matcher the full analysis of only the few it scores."""
    quantities = read_quantities(text)
    found: set[str] = set()
    for q in quantities:
        found.add(value_token(q))
        if q.kind == "date":
            found.add(f"#year::{int(q.value // 10000)}")
    spans = [(q.start, q.end) for q in quantities]
    for m in WORD.finditer(text):
        low = m.group().lower()
        if low in STOPWORDS or (spans and any(s <= m.start() < e for s, e in spans)):
            continue
        found.add(term_of(low))
    return found


def analyse(text: str) -> Analysed:
    """Read `text` once into words and figures on one scale, cut into clauses."""
    quantities = read_quantities(text)
    spans = [(q.start, q.end) for q in quantities]
    entries: list[tuple[int, int, object]] = [(q.start, q.end, q) for q in quantities]
    for tok in tokens(text):
        if not spans or not any(s <= tok.start < e for s, e in spans):
            entries.append((tok.start, tok.end, tok))
    entries.sort(key=lambda entry: entry[0])
    items: list[Item] = []
    positions: list[int] = []
    clauses: list[int] = []
    spans: list[int] = []
    clause = span = prev_end = 0
    raw_prev: list[str] = []
    for pos, (start, end, obj) in enumerate(entries):
        gap = text[prev_end:start] if pos else ""
        if gap != " " and gap:
            if _STRONG_BREAK.search(gap):
                clause, span = clause + 1, span + 1
            elif _WEAK_BREAK.search(gap):
                clause += 1
        prev_end = end
        if isinstance(obj, Quantity):
            if raw_prev and raw_prev[-1] in {"and", "or", "while", "but"} and pos > 1:
                clause += 1  # "560 will be lost …, and 400 are to go": a new item of the list
                if items and items[-1].pos == pos - 1:
                    items[-1] = items[-1]._replace(clause=clause)
            positions.append(pos)
            clauses.append(clause)
            spans.append(span)
            raw_prev.append("#")
            continue
        raw = text[start:end].lower()
        if raw in _CONJUNCTIONS:
            clause, span = clause + 1, span + 1
        elif raw in _SUBORDINATORS:
            clause += 1
        verb = _verb_like(raw, raw_prev)
        modal = verb and _after_modal(raw_prev)
        items.append(Item(obj.term, raw, pos, clause, span, obj.stop, verb, text[start].isupper(),
                          verb and _describes_noun(raw_prev), modal))
        raw_prev.append(raw)
    return Analysed(tuple(items), tuple(quantities), tuple(positions), tuple(clauses), tuple(spans))


def _after_modal(before: list[str]) -> bool:
    for prev in reversed(before[-3:]):
        if prev in _MODALS:
            return True
        if prev not in _SKIPPABLE and not prev.endswith("ly"):
            return False
    return False


def _describes_noun(before: list[str]) -> bool:
    """ "two of the officers investigated over X received…": a participle right after the
    noun of a share describes that noun; the sentence's verb comes later."""
    if len(before) < 2 or not before[-1].endswith("s"):
        return False
    return before[-2] == "of" or (len(before) >= 3 and before[-2] in _SHARE_LEAD and before[-3] == "of")


def _verb_like(raw: str, before: list[str]) -> bool:
    if raw in _NOT_VERBS or raw in AUXILIARIES:
        return False
    if raw in _IRREGULAR or (len(raw) >= 5 and raw.endswith("ed")):
        return True
    for prev in reversed(before[-3:]):
        if prev in AUXILIARIES:
            return raw.endswith(("en", "wn", "ed"))
        if prev in _MODALS:
            return raw not in _NOT_AFTER_MODAL  # "will pay", "could lose"
        if prev not in _SKIPPABLE and not prev.endswith("ly"):
            break
    return False
