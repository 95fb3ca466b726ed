"""Find the passages that could make a claim's statement, and line up their figures.

For each claim: retrieve the sentences sharing its rarest words, grow each into
passages of up to three adjacent sentences, then score every passage twice: how much
of the claim's statement it makes (its words, figure set aside), and which of its
figures plays the part of each number of the claim's figure (the words around them).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from .analysis import Analysed, analyse, value_token
from .compare import INCOMPARABLE, relation, supports
from .index import SentenceIndex
from .models import Claim, Passage, Quantity
from .numbers import read_quantities

MAX_SENTENCES = 3  # a passage: one sentence or a few adjacent ones
RETRIEVE = 25  # sentences retrieved per claim before scoring
FUZZY_CUTOFF = 88  # rapidfuzz ratio for two spellings of one word
UNSEEN = 0.5  # a word no source uses is often the writer's paraphrase: it weighs less


@dataclass(frozen=True)
class ClaimQuery:
    """A claim read for matching: its statement words and its figure's numbers in place."""

    claim: Claim
    analysed: Analysed
    figure: tuple[int, ...]  # indices into analysed.quantities: the figure's numbers
    terms: frozenset[str]  # statement words, figure set aside
    weights: dict[str, float]  # how much each statement word counts: rare and near the figure
    predicates: frozenset[str]  # the verbs that carry the statement
    spellings: dict[str, frozenset[str]]  # other spellings of rare words, from the sources

    @property
    def numbers(self) -> list[Quantity]:
        return [self.analysed.quantities[i] for i in self.figure]


@dataclass(frozen=True)
class Alignment:
    """One number of the figure, the passage figure playing its part, and how they relate."""

    claim: Quantity
    source: Quantity | None
    similarity: float  # 0-1: how alike the words around the two figures are
    relation: str
    counts_same: bool = True  # same thing counted ("55 allegations"), same sense ("did not")


@dataclass(frozen=True)
class Candidate:
    """A passage scored against a claim."""

    passage: Passage
    coverage: float  # 0-1: share of the statement's weight that the passage makes
    alignments: tuple[Alignment, ...]
    missing_verbs: tuple[str, ...] = ()  # claim verbs absent from the aligned figures' clauses


def figure_numbers(figure: str) -> list[Quantity]:
    """The numbers a figure names, in order ("33 of 257" -> 33, 257)."""
    return read_quantities(figure)


def prepare(claim: Claim, index: SentenceIndex) -> ClaimQuery:
    """Read the claim once: find its figure's numbers in the sentence, and its words."""
    analysed = analyse(claim.sentence)
    wanted = figure_numbers(claim.figure)
    used: list[int] = []
    for q in wanted:
        for i, found in enumerate(analysed.quantities):
            if i not in used and found.kind == q.kind and abs(found.value - q.value) < 1e-9 and found.unit == q.unit:
                used.append(i)
                break
    if len(used) < len(wanted):
        # The figure is not written in the sentence as given: append it, so its
        # numbers still count, with the whole sentence as their context.
        analysed = analyse(claim.sentence + " " + claim.figure)
        used = list(range(len(analysed.quantities) - len(wanted), len(analysed.quantities)))
    terms = frozenset(analysed.content_terms(skip=frozenset(used)))
    describing_wholes: set[int] = set()
    for i in used:
        if analysed.quantities[i].role == "whole":
            describing_wholes |= analysed.whole_positions(i)
    predicates = frozenset(analysed.predicates(tuple(used), exclude=describing_wholes))
    near = analysed.closeness(tuple(used))
    weights = {t: index.idf(t) * (0.5 + 0.5 * near.get(t, 0.0)) * (1.0 if index.has_term(t) else UNSEEN)
               for t in terms}
    return ClaimQuery(claim, analysed, tuple(used), terms, weights, predicates, _spellings(terms, index))


def _spellings(terms: frozenset[str], index: SentenceIndex) -> dict[str, frozenset[str]]:
    """Words of the claim the sources spell otherwise ("behaviour" / "behavior")."""
    out: dict[str, frozenset[str]] = {}
    vocabulary = None
    for term in terms:
        if term.startswith("#") or len(term) < 5 or index.has_term(term):
            continue
        if vocabulary is None:
            vocabulary = [v for v in index.vocabulary() if not v.startswith("#")]
        near = process.extract(term, vocabulary, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF, limit=3)
        if near:
            out[term] = frozenset(word for word, _, _ in near)
    return out


def candidates(query: ClaimQuery, index: SentenceIndex) -> list[Candidate]:
    """Every passage around the retrieved sentences, scored."""
    search_terms = set(query.terms) | {value_token(q) for q in query.numbers}
    for alternatives in query.spellings.values():
        search_terms |= alternatives
    hits = index.candidates(search_terms, source=query.claim.source, limit=RETRIEVE)
    windows: set[tuple[int, ...]] = set()
    for sid in hits:
        around = index.neighbours(sid, MAX_SENTENCES - 1)
        for size in range(1, MAX_SENTENCES + 1):
            for first in range(sid - size + 1, sid + 1):
                ids = tuple(range(first, first + size))
                if ids[0] >= around.start and ids[-1] < around.stop:
                    windows.add(ids)
    return [score_passage(query, ids, index) for ids in sorted(windows)]


def score_passage(query: ClaimQuery, ids: tuple[int, ...], index: SentenceIndex) -> Candidate:
    sentences = tuple(index.sentences[i] for i in ids)
    passage = Passage(sentences[0].source, sentences[0].line, sentences)
    analyses = [index.analysed(i) for i in ids]
    present: set[str] = set()
    for a in analyses:
        present |= a.content_terms()
    coverage = _coverage(query, present, index.source_terms(passage.source), index)
    alignments, scope = _align(query, analyses, index)
    missing_verbs = tuple(sorted(v for v in query.predicates if not _found(query, v, scope)))
    return Candidate(passage, coverage, alignments, missing_verbs)


def _found(query: ClaimQuery, term: str, present: set[str]) -> bool:
    return term in present or bool(present & query.spellings.get(term, frozenset()))


DOCUMENT_CREDIT = 0.4  # a word found elsewhere in the same article counts this much


def _coverage(query: ClaimQuery, present: set[str], document: set[str], index: SentenceIndex) -> float:
    """Share of the statement's weight the passage makes; its article counts a little."""
    total = found = 0.0
    for term, weight in query.weights.items():
        total += weight
        if _found(query, term, present):
            found += weight
        elif _found(query, term, document):
            found += weight * DOCUMENT_CREDIT
    return found / total if total else 0.0


def _similarity(claim_ctx: dict[str, float], source_ctx: dict[str, float], index: SentenceIndex) -> float:
    total = matched = 0.0
    for term, weight in claim_ctx.items():
        w = weight * index.idf(term)
        total += w
        matched += w * source_ctx.get(term, 0.0)
    return matched / total if total else 0.0


_ROLE_BLOCKED = {("part", "whole"), ("whole", "part")}
_COUNTED = {"count"}


def _align(query: ClaimQuery, analyses: list[Analysed], index: SentenceIndex) -> tuple[tuple[Alignment, ...], set[str]]:
    """Give each number of the figure the passage figure that best plays its part.

    Returns the alignments and the words of the clauses those figures stand in,
    where the claim's verbs must be found.
    """
    pool: list[tuple[Analysed, int]] = [(a, k) for a in analyses for k in range(len(a.quantities))]
    options: list[list[tuple[float, int | None, float, str, bool]]] = []
    for i in query.figure:
        cq = query.analysed.quantities[i]
        ctx = query.analysed.context(i, restricted=cq.role == "whole")
        head = query.analysed.head_noun(i) if cq.kind in _COUNTED and cq.role != "part" else None
        if cq.role == "part" and cq.kind in _COUNTED:
            head = _whole_head(query, i)
        row: list[tuple[float, int | None, float, str, bool]] = [(0.0, None, 0.0, "absent", True)]
        for j, (a, k) in enumerate(pool):
            sq = a.quantities[k]
            rel = relation(cq, sq)
            if rel == INCOMPARABLE or (cq.role, sq.role) in _ROLE_BLOCKED:
                continue
            restricted = sq.role == "whole"
            sim = _similarity(ctx, a.context(k, restricted), index)
            same_thing = head is None or _found(query, head, a.scope(k, restricted) | a.whole_terms(k)
                                                if restricted else a.sentence_terms())
            same_thing = same_thing and query.analysed.negated(i) == a.negated(k)
            bonus = (0.05 if supports(rel) else 0.0) + (0.1 if cq.role and cq.role == sq.role else 0.0)
            if query.predicates:
                scope = a.scope(k, restricted)
                bonus += 0.3 * sum(_found(query, v, scope) for v in query.predicates) / len(query.predicates)
            row.append((sim + bonus + (0.0 if same_thing else -0.5), j, sim, rel, same_thing))
        row.sort(key=lambda option: -option[0])
        options.append(row[:5])
    best, best_total = None, -1e9
    for combo in itertools.product(*options):
        taken = [o[1] for o in combo if o[1] is not None]
        if len(taken) != len(set(taken)):
            continue
        total = sum(o[0] for o in combo)
        if total > best_total:
            best, best_total = combo, total
    assert best is not None  # the all-absent choice is always possible
    alignments = []
    scope: set[str] = set()
    for i, o in zip(query.figure, best):
        source = None
        if o[1] is not None:
            a, k = pool[o[1]]
            source = a.quantities[k]
            cq = query.analysed.quantities[i]
            scope |= a.scope(k, restricted=source.role == "whole")
        alignments.append(Alignment(query.analysed.quantities[i], source, o[2], o[3], o[4]))
    return tuple(alignments), scope


def _whole_head(query: ClaimQuery, part: int) -> str | None:
    """A part counts what its whole counts: "33 of the 257 officers" counts officers."""
    for k in query.figure:
        if query.analysed.quantities[k].role == "whole":
            return query.analysed.head_noun(k)
    return None
