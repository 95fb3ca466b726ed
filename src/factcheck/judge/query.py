"""A claim read once for matching: its figure's numbers in place, its statement's words
weighted by rarity and nearness to the figure, its verbs, names and other spellings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from rapidfuzz import fuzz, process

from factcheck.index.base import Index
from factcheck.judge.frames import Read, read_frame
from factcheck.judge.ranges import stated_ranges
from factcheck.judge.tuning import FUZZY_CUTOFF, UNSEEN  # noqa: F401
from factcheck.models import Claim, Quantity
from factcheck.text.analysis import Analysed, analyse, value_token
from factcheck.text.frame_scope import frame_parts
from factcheck.text.numbers import read_quantities
from factcheck.text.weights import known
from factcheck.text.wordnet import same_place_words
from factcheck.text.words import TITLES, initials, term_of


@dataclass(frozen=True)
class ClaimQuery:
    """A claim read for matching: its statement words and its figure's numbers in place."""

    claim: Claim
    analysed: Analysed
    figure: tuple[int, ...]  # indices into analysed.quantities: the figure's numbers
    terms: frozenset[str]  # statement words, figure set aside
    weights: dict[str, float]  # how much each statement word counts: rare and near the figure
    predicates: frozenset[str]  # the verbs that carry the statement
    companions: tuple[Quantity, ...]  # other figures in the figure's clause ("rose 7.5% to £24.8bn")
    spellings: dict[str, frozenset[str]]  # other spellings of rare words, from the sources
    contexts: tuple[dict[str, float], ...] = ()  # words around each number of the figure
    heads: tuple[str | None, ...] = ()  # what each number of the figure counts
    names: frozenset[str] = frozenset()  # the people and bodies the claim names
    subject: frozenset[str] = frozenset()  # the names it opens with, titles aside
    acronyms: frozenset[str] = frozenset()  # its names of three capitalised words as initials: "dpg"
    frames: tuple[Read, ...] = ()  # the frame of each number of the figure
    words: dict[str, str] = field(default_factory=dict)  # a term of the statement as the claim writes it
    aside: dict[str, float] = field(default_factory=dict)  # weights of the sentence's words outside the frame
    verbs: frozenset[str] = frozenset()  # the terms of its words that are verbs
    ranged: frozenset[int] = frozenset()  # numbers of the figure compared as they stand: ends of a range it states

    @property
    def numbers(self) -> list[Quantity]:
        return [self.analysed.quantities[i] for i in self.figure]


def prepare(claim: Claim, index: Index) -> ClaimQuery:
    """Read the claim once: find its figure's numbers in the sentence, and its words."""
    analysed = analyse(claim.sentence)
    wanted = read_quantities(claim.figure)  # "33 of 257" -> 33, 257
    if not wanted:  # a figure that reads only where the sentence has it: "second" in "in the second round"
        at = claim.sentence.find(claim.figure)
        wanted = [q for q in analysed.quantities if at >= 0 and q.start < at + len(claim.figure) and at < q.end]
    used: list[int] = []
    for q in wanted:
        for i, found in enumerate(analysed.quantities):
            if i not in used and found.kind == q.kind and abs(found.value - q.value) < 1e-9 and found.unit == q.unit:
                used.append(i)
                break
        else:
            # the figure names part of a larger form: "13" of "on 13 November"
            for i, found in enumerate(analysed.quantities):
                if i not in used and re.search(rf"(?<![\d.,]){re.escape(q.text)}(?![\d.,])", found.text):
                    used.append(i)
                    break
    if len(used) < len(wanted):
        # The figure is not written in the sentence as given: append it, so its
        # numbers still count, with the whole sentence as their context.
        text = claim.sentence.rstrip() + " — " + claim.figure
        offset = len(text) - len(claim.figure)
        analysed = analyse(text)
        used = [i for i, q in enumerate(analysed.quantities) if q.start >= offset]
    frame, resumed = frame_parts(analysed, tuple(used))
    outside = {it.pos for it in analysed.items if it.pos not in frame}
    terms = frozenset({it.term for it in analysed.items if not it.stop and it.pos in frame}
                      | {value_token(q) for k, q in enumerate(analysed.quantities)
                         if k not in used and analysed.positions[k] in frame}
                      | {f"#year::{int(q.value // 10000)}" for k, q in enumerate(analysed.quantities)
                         if q.kind == "date" and k not in used and analysed.positions[k] in frame})
    describing_wholes: set[int] = set(outside)
    for i in used:
        if analysed.quantities[i].role == "whole":
            describing_wholes |= analysed.whole_positions(i)
    predicates = frozenset(analysed.predicates(tuple(used), exclude=describing_wholes,
                                               resumed=resumed))
    near = analysed.closeness(tuple(used))
    weights = {t: index.idf(t) * (0.5 + 0.5 * near.get(t, 0.0)) * (1.0 if known(t) else UNSEEN)
               for t in terms}
    aside = {t: index.idf(t) * (0.5 + 0.5 * near.get(t, 0.0)) * (1.0 if known(t) else UNSEEN)
             for t in analysed.content_terms(skip=frozenset(used)) - terms}
    clauses = {analysed.clauses[i] for i in used}
    dated = _year_of(analysed, used)
    companions = tuple(q for k, q in enumerate(analysed.quantities)
                       if k not in used and (analysed.clauses[k] in clauses or dated) and analysed.positions[k] in frame
                       and (q.kind in {"money", "percent", "fraction"} or (q.kind == "count" and q.text[:1].isdigit())))
    spellings = _spellings(terms, index)
    opening = analysed.subject_names(within=frame)
    for it in analysed.items:  # "Western European visits …" are visits from Western Europe
        if it.term in opening and it.term in terms and (same := same_place_words(it.raw)):
            spellings[it.term] = spellings.get(it.term, frozenset()) | {term_of(w) for w in same}
    query = ClaimQuery(claim, analysed, tuple(used), terms, weights, predicates, companions, spellings)
    figure = frozenset(used)
    contexts = tuple(analysed.context(i, restricted=analysed.quantities[i].role == "whole", skip=figure,
                                      within=frame) for i in used)
    heads = tuple(_claim_head(query, i) for i in used)
    return replace(query, contexts=contexts, heads=heads,
                   names=frozenset(analysed.names(within=frame)),
                   subject=frozenset(analysed.subject_names(within=frame) - TITLES),
                   acronyms=_acronyms(analysed, frame),
                   frames=tuple(read_frame(analysed, tuple(used), i, head) for i, head in zip(used, heads)),
                   words={it.term: it.raw for it in reversed(analysed.items)}, aside=aside,
                   verbs=frozenset(it.term for it in analysed.items if it.verb),
                   ranged=stated_ranges(analysed, claim.sentence, claim.figure, tuple(used)))


def _spellings(terms: frozenset[str], index: Index) -> dict[str, frozenset[str]]:
    """Words of the claim the sources spell otherwise ("behaviour" / "behavior")."""
    out: dict[str, frozenset[str]] = {}
    vocabulary = None
    for term in terms:
        if term.startswith("#") or len(term) < 5 or index.has_term(term):
            continue
        if vocabulary is None:
            vocabulary = _words_of(index)
        # two spellings of a word share its first letter and nearly its length
        pool = [w for n in range(len(term) - 2, len(term) + 3) for w in vocabulary.get((term[0], n), ())]
        near = process.extract(term, pool, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF, limit=3)
        if near:
            out[term] = frozenset(word for word, _, _ in near)
    return out


_VOCABULARY: dict[int, tuple[object, dict[tuple[str, int], list[str]]]] = {}


def _words_of(index: Index) -> dict[tuple[str, int], list[str]]:
    """The sources' words (figures left out) by first letter and length, once per index."""
    held = _VOCABULARY.get(id(index))
    if held is None or held[0] is not index:
        buckets: dict[tuple[str, int], list[str]] = {}
        for word in index.vocabulary():
            if not word.startswith("#"):
                buckets.setdefault((word[0], len(word)), []).append(word)
        held = (index, buckets)
        _VOCABULARY.clear()
        _VOCABULARY[id(index)] = held
    return held[1]


def _found(query: ClaimQuery, term: str, present: set[str]) -> bool:
    return term in present or bool(present & query.spellings.get(term, frozenset()))


def _present(query: ClaimQuery, words: set[str]) -> set[str]:
    """The claim's statement words found among `words`, by spelling or another spelling."""
    found = set(query.terms & words) if len(words) > len(query.terms) else {t for t in words if t in query.terms}
    for term, alternatives in query.spellings.items():
        if term not in found and words & alternatives:
            found.add(term)
    return found


_SHARES = {"percent", "fraction"}


def _claim_whole(query: ClaimQuery) -> Quantity | None:
    for i in query.figure:
        if query.analysed.quantities[i].role == "whole":
            return query.analysed.quantities[i]
    return None


def _claim_head(query: ClaimQuery, i: int) -> str | None:
    """What the claim's number counts or is a share of: "55 allegations", "60% of men"."""
    cq = query.analysed.quantities[i]
    if cq.kind in _SHARES:
        return query.analysed.of_noun(i)
    if cq.kind != "count":
        return None
    if cq.role == "part":
        # its whole, in the figure or beside it: "Of the 43 cases …, 23 were substantiated" counts cases
        whole = _claim_whole(query) or next((q for q in query.analysed.quantities if q.role == "whole"), None)
        return query.analysed.head_noun(query.analysed.quantities.index(whole)) if whole else None
    return _counted(query.analysed, i)


def _counted(a: Analysed, i: int) -> str | None:
    """The head of a count's noun run, which ends at its first plural: "700 officers guard
    embassies" counts officers (a present-tense verb reads like a noun)."""
    at = a.positions[i]
    run = a.noun_run(i)
    for n, term in enumerate(run):
        item = a._at.get(at + 1 + n)
        if item is not None and item.raw.endswith("s") and not item.raw.endswith("ss") and n + 1 < len(run):
            return term
    return run[-1] if run else None


def _year_of(analysed: Analysed, used: list[int]) -> bool:
    """A year as the claim's figure dates the frame's other figures, wherever in it they stand:
    "aid budgets are half of what they were in 1970" needs the half as well as the 1970."""
    return all(analysed.quantities[i].kind in {"year", "date"} for i in used)


def _acronyms(analysed: Analysed, frame: frozenset[int]) -> frozenset[str]:
    """The initials of each run of three or more capitalised words in the frame: "Diplomatic
    Protection Group" -> "dpg", as a source may write it."""
    runs: list[list[str]] = []
    last = -2
    for it in analysed.items:
        if it.pos in frame and it.capital and not it.stop:
            if it.pos != last + 1:
                runs.append([])
            runs[-1].append(it.raw)
            last = it.pos
    return frozenset(filter(None, (initials(run) for run in runs)))
