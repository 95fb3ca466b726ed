"""Find the passages that could make a claim's statement, and line up their figures.

For each claim: retrieve the sentences sharing its rarest words, grow each into
passages of up to three adjacent sentences, then score every passage twice: how much
of the claim's statement it makes (its words, figure set aside), and which of its
figures plays the part of each number of the claim's figure (the words around them).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from rapidfuzz import fuzz, process

from factcheck.text.analysis import Analysed, analyse, value_token
from factcheck.judge.compare import INCOMPARABLE, relation, supports
from factcheck.judge.derive import count_from_share, share_from_counts
from factcheck.index.memory import SentenceIndex
from factcheck.models import Claim, Passage, Quantity
from factcheck.text.numbers import read_quantities
from factcheck.text.lexicon import COMPARATIVES as _COMPARATIVES
from factcheck.text.words import TITLES

MAX_SENTENCES = 3  # a passage: one sentence or a few adjacent ones
RETRIEVE = 12  # sentences retrieved per claim before scoring
FUZZY_CUTOFF = 88  # rapidfuzz ratio for two spellings of one word
UNSEEN = 0.35  # a word no source uses is often the writer's paraphrase: it weighs less


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
    note: str = ""  # the arithmetic, when the source's figure was worked out
    fit: float = 0.0  # 0-1: the same, counting only the claim's words that the sentence uses


@dataclass(frozen=True)
class Candidate:
    """A passage scored against a claim."""

    passage: Passage
    coverage: float  # 0-1: share of the statement's weight that the passage makes
    alignments: tuple[Alignment, ...]
    unmet: tuple[str, ...] = ()  # claim verbs and companion figures absent from the aligned clauses
    matched: int = 0  # statement words found in the sentences holding the figures
    names_found: bool = True  # the claim's names (the Conservatives, GM) stand in the passage
    other_subject: bool = False  # the figure's sentence names others and none of the claim's


def prepare(claim: Claim, index: SentenceIndex) -> ClaimQuery:
    """Read the claim once: find its figure's numbers in the sentence, and its words."""
    analysed = analyse(claim.sentence)
    wanted = read_quantities(claim.figure)  # "33 of 257" -> 33, 257
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
    terms = frozenset(analysed.content_terms(skip=frozenset(used)))
    describing_wholes: set[int] = set()
    for i in used:
        if analysed.quantities[i].role == "whole":
            describing_wholes |= analysed.whole_positions(i)
    predicates = frozenset(analysed.predicates(tuple(used), exclude=describing_wholes))
    near = analysed.closeness(tuple(used))
    weights = {t: index.idf(t) * (0.5 + 0.5 * near.get(t, 0.0)) * (1.0 if index.has_term(t) else UNSEEN)
               for t in terms}
    clauses = {analysed.clauses[i] for i in used}
    companions = tuple(q for k, q in enumerate(analysed.quantities)
                       if k not in used and analysed.clauses[k] in clauses
                       and (q.kind in {"money", "percent"} or (q.kind == "count" and q.text[:1].isdigit())))
    query = ClaimQuery(claim, analysed, tuple(used), terms, weights, predicates, companions,
                       _spellings(terms, index))
    figure = frozenset(used)
    contexts = tuple(analysed.context(i, restricted=analysed.quantities[i].role == "whole", skip=figure)
                     for i in used)
    return replace(query, contexts=contexts, heads=tuple(_claim_head(query, i) for i in used),
                   names=frozenset(analysed.names()), subject=frozenset(analysed.subject_names() - TITLES))


def _spellings(terms: frozenset[str], index: SentenceIndex) -> dict[str, frozenset[str]]:
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


def _words_of(index: SentenceIndex) -> dict[tuple[str, int], list[str]]:
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


def candidates(query: ClaimQuery, index: SentenceIndex,
               enough: Callable[[Candidate], bool] | None = None, deciding: float = 0.0) -> list[Candidate]:
    """Every passage around the retrieved sentences, scored, best-retrieved first; with
    `enough`, scoring stops at the first passage that settles the claim.

    A passage whose words reach less than `deciding` coverage, even counted all as the
    figure's sentence, can decide nothing: its figures are not lined up (most retrieved
    passages; it is the costly step) and, past one sentence, it is left out.
    """
    search_terms = set(query.terms) | {value_token(q) for q in query.numbers}
    for alternatives in query.spellings.values():
        search_terms |= alternatives
    hits = index.candidates(search_terms, source=query.claim.source, limit=RETRIEVE)
    found = set(hits)
    windows: set[tuple[int, ...]] = set()
    for sid in hits:
        # passages begin and end with retrieved sentences: a sentence that shares none of
        # the claim's words can sit between two that do, never at an edge
        around = index.neighbours(sid, MAX_SENTENCES - 1)
        for last in range(sid, min(around.stop, sid + MAX_SENTENCES)):
            if last in found:
                windows.add(tuple(range(sid, last + 1)))
    cache = _SentenceCache(query, index)
    # A passage of several sentences earns its place only if one of them holds a figure
    # that could play a part; the single sentences stay, to show the closest for a missing claim.
    order = {sid: n for n, sid in enumerate(hits)}
    scored: list[Candidate] = []
    for ids in sorted(windows, key=lambda ids: (order[ids[0]], len(ids))):
        aligned = not deciding or _coverage_bound(query, ids, index, cache) >= deciding
        if len(ids) > 1 and not (aligned and any(any(row) for sid in ids for row in cache.options(sid))):
            continue
        scored.append(score_passage(query, ids, index, cache, aligned))
        if enough is not None and enough(scored[-1]):
            break
    return scored


class _SentenceCache:
    """What a claim needs of each sentence, worked out once however many passages share it."""

    def __init__(self, query: ClaimQuery, index: SentenceIndex) -> None:
        self.query, self.index = query, index
        self._options: dict[int, list[list[_Option]]] = {}
        self._terms: dict[int, set[str]] = {}

    def terms(self, sid: int) -> set[str]:
        if sid not in self._terms:
            self._terms[sid] = self.index.terms(sid)
        return self._terms[sid]

    def options(self, sid: int) -> list[list[_Option]]:
        if sid not in self._options:
            self._options[sid] = _sentence_options(self.query, sid, self.index)
        return self._options[sid]


def _coverage_bound(query: ClaimQuery, ids: tuple[int, ...], index: SentenceIndex, cache: _SentenceCache) -> float:
    """The most coverage the passage can reach: every sentence counted as the figure's."""
    core, _ = _passage_words(ids, set(), cache)
    source = index.sentences[ids[0]].source
    return _coverage(query, _present(query, core), set(), _present(query, index.source_terms(source)))


def _passage_words(ids: tuple[int, ...], used: set[int], cache: _SentenceCache) -> tuple[set[str], set[str]]:
    """The words of the sentences holding the aligned figures (all, if none), and of the others."""
    core: set[str] = set()
    near: set[str] = set()
    for n, sid in enumerate(ids):
        (core if n in used or not used else near).update(cache.terms(sid))
    return core, near


def score_passage(query: ClaimQuery, ids: tuple[int, ...], index: SentenceIndex,
                  cache: _SentenceCache | None = None, aligned: bool = True) -> Candidate:
    """A passage scored: its figures lined up with the claim's, then its words counted.

    Words count in full in the sentences that hold the aligned figures, less in the
    neighbouring sentences, and a little anywhere in the article. Not `aligned`, no
    figure of the passage plays a part (for a passage that can decide nothing).
    """
    cache = cache or _SentenceCache(query, index)
    if aligned:
        alignments, scope, used, held = _align(query, ids, cache)
    else:
        alignments = tuple(Alignment(query.analysed.quantities[i], None, 0.0, _ABSENT.relation) for i in query.figure)
        scope, used, held = set(), set(), []
    # The passage shown is the stretch that holds the figures; its neighbours only lend words.
    shown = ids[min(used):max(used) + 1] if used else ids
    sentences = tuple(index.sentences[i] for i in shown)
    passage = Passage(sentences[0].source, sentences[0].line, sentences)
    core, near = _passage_words(ids, used, cache)
    in_core = _present(query, core)
    coverage = _coverage(query, in_core, _present(query, near), _present(query, index.source_terms(passage.source)))
    matched = len(in_core)
    names = query.names
    names_found = all(_found(query, name, core | near) or _found(query, name, index.source_terms(passage.source))
                      for name in names)
    # the figure's sentence names someone the claim does not, and none of the claim's own
    # names (titles aside: "Lord Liverpool" is not "Lord John Russell") stand there
    own = names - TITLES
    others = any(a.names_before(k) - names - TITLES for a, k in held)
    subject = query.subject
    other_subject = others and (
        bool(own and not any(_found(query, name, core) for name in own))
        or bool(subject and not any(_found(query, name, core) for name in subject)))
    unmet = tuple(sorted(f"'{v}'" for v in query.predicates if not _found(query, v, scope)))
    unmet += tuple(q.text for q in query.companions if value_token(q) not in scope)
    return Candidate(passage, coverage, alignments, unmet, matched, names_found, other_subject)


def _found(query: ClaimQuery, term: str, present: set[str]) -> bool:
    return term in present or bool(present & query.spellings.get(term, frozenset()))


def _present(query: ClaimQuery, words: set[str]) -> set[str]:
    """The claim's statement words found among `words`, by spelling or another spelling."""
    found = set(query.terms & words) if len(words) > len(query.terms) else {t for t in words if t in query.terms}
    for term, alternatives in query.spellings.items():
        if term not in found and words & alternatives:
            found.add(term)
    return found


NEIGHBOUR_CREDIT = 0.75  # a word found in a neighbouring sentence of the passage
DOCUMENT_CREDIT = 0.5  # a word found elsewhere in the same article


def _coverage(query: ClaimQuery, core: set[str], near: set[str], document: set[str]) -> float:
    """Share of the statement's weight the passage makes (arguments: the claim's words
    found in the figures' sentences, in their neighbours, in the article)."""
    total = found = 0.0
    for term, weight in query.weights.items():
        total += weight
        if term in core:
            found += weight
        elif term in near:
            found += weight * NEIGHBOUR_CREDIT
        elif term in document:
            found += weight * DOCUMENT_CREDIT
    return found / total if total else 0.0


ADJACENT_WEIGHT = 1.5  # a word right beside the figure, matched as it stands
_CONTEXTS: dict[tuple[int, int, str], tuple[Analysed, object]] = {}
_CONTEXTS_KEPT = 50_000


def _memo(a: Analysed, k: int, what: str, work: Callable[[], object]):
    """What a source figure offers every claim (its context, its clause), worked out once
    per run: many claims meet one sentence."""
    key = (id(a), k, what)
    held = _CONTEXTS.get(key)
    if held is None or held[0] is not a:
        if len(_CONTEXTS) >= _CONTEXTS_KEPT:
            _CONTEXTS.clear()
        held = _CONTEXTS[key] = (a, work())
    return held[1]


def _context(a: Analysed, k: int, restricted: bool) -> dict[str, float]:
    return _memo(a, k, f"context{restricted}", lambda: a.context(k, restricted))


def _scope(a: Analysed, k: int, restricted: bool) -> set[str]:
    return _memo(a, k, f"scope{restricted}", lambda: a.scope(k, restricted))


def _similarity(claim_ctx: dict[str, float], source_ctx: dict[str, float], index: SentenceIndex
                ) -> tuple[float, float]:
    """How alike the words around two figures are: over all the claim's words, and over
    those the source sentence uses at all (is this the figure those words stand by?)."""
    total = matched = present = 0.0
    for term, weight in claim_ctx.items():
        w = weight * (ADJACENT_WEIGHT if term[0] in "<>" else index.idf(term))
        total += w
        there = source_ctx.get(term, 0.0)
        matched += w * there
        if there or term[0] in "<>":
            present += w
    return (matched / total if total else 0.0), (matched / present if present else 0.0)


_ROLE_BLOCKED = {("part", "whole"), ("whole", "part")}
_SHARES = {"percent", "fraction"}


@dataclass(frozen=True)
class _Option:
    """One way to line up a number of the figure: a passage figure (or none) and its score."""

    score: float
    slot: tuple[int, int] | None  # (sentence id, figure index), or None for no figure
    similarity: float
    relation: str
    same_thing: bool
    note: str = ""
    needs_whole: bool = False  # worked out with the claim's whole, which must then hold
    scope: frozenset[str] = frozenset()  # words of that figure's clause
    fit: float = 0.0


_ABSENT = _Option(0.0, None, 0.0, "absent", True)


def _sentence_options(query: ClaimQuery, sid: int, index: SentenceIndex) -> list[list[_Option]]:
    """For each number of the figure, every figure of sentence `sid` that could play its part."""
    a = index.analysed(sid)
    claim_whole = _claim_whole(query)
    rows: list[list[_Option]] = []
    for i, ctx, head in zip(query.figure, query.contexts, query.heads):
        cq = query.analysed.quantities[i]
        row: list[_Option] = []
        for k, sq in enumerate(a.quantities):
            if (cq.role, sq.role) in _ROLE_BLOCKED:
                continue
            rel, note, needs_whole = _relation(cq, a, k, claim_whole)
            if rel == INCOMPARABLE:
                continue
            restricted = sq.role == "whole"
            # a whole's own clause lends its verb only to a claim about the whole
            scope = _scope(a, k, restricted and cq.role != "whole")
            sim, fit = _similarity(ctx, _context(a, k, restricted), index)
            same_thing = _same_thing(query, i, head, a, k, restricted)
            score = sim + (0.05 if supports(rel) else 0.0) + (0.1 if cq.role and cq.role == sq.role else 0.0)
            if query.predicates:
                score += 0.3 * sum(_found(query, v, scope) for v in query.predicates) / len(query.predicates)
            row.append(_Option(score - (0.0 if same_thing else 0.5), (sid, k), sim, rel, same_thing, note,
                               needs_whole, frozenset(scope), fit))
        rows.append(row)
    return rows


def _align(query: ClaimQuery, ids: tuple[int, ...], cache: _SentenceCache
           ) -> tuple[tuple[Alignment, ...], set[str], set[int], list[tuple[Analysed, int]]]:
    """Give each number of the figure the passage figure that best plays its part.

    Returns the alignments, the words of the clauses those figures stand in (where
    the claim's verbs must be found), which sentences of the passage hold them (as
    positions in `ids`), and the figures themselves (sentence analysis, index).
    """
    per_sentence = [cache.options(sid) for sid in ids]
    rows = []
    for n in range(len(query.figure)):
        row = [option for options in per_sentence for option in options[n]]
        row.sort(key=lambda option: -option.score)
        rows.append([_ABSENT] + row[:5])
    wholes = [n for n, i in enumerate(query.figure) if query.analysed.quantities[i].role == "whole"]
    best = _best_combination(rows, wholes)
    alignments, scope, used, held = [], set(), set(), []
    for i, option in zip(query.figure, best):
        source = None
        if option.slot is not None:
            sid, k = option.slot
            a = cache.index.analysed(sid)
            source = a.quantities[k]
            scope |= option.scope
            used.add(ids.index(sid))
            held.append((a, k))
        alignments.append(Alignment(query.analysed.quantities[i], source, option.similarity, option.relation,
                                    option.same_thing, option.note, option.fit))
    return tuple(alignments), scope, used, held


def _best_combination(rows: list[list[_Option]], wholes: list[int]) -> tuple[_Option, ...]:
    """The highest-scoring choice, one option a number, no passage figure used twice,
    and a count worked out from a share only where the claim's whole is confirmed."""
    best, best_total = None, float("-inf")
    for combo in itertools.product(*rows):
        taken = [o.slot for o in combo if o.slot is not None]
        if len(taken) != len(set(taken)):
            continue
        if any(o.needs_whole for o in combo) and not all(supports(combo[w].relation) for w in wholes):
            continue
        total = sum(o.score for o in combo)
        if total > best_total:
            best, best_total = combo, total
    assert best is not None  # choosing no figure for every number is always possible
    return best


def _relation(cq: Quantity, a: Analysed, k: int, claim_whole: Quantity | None) -> tuple[str, str, bool]:
    """The claim figure against passage figure k: directly, or by working out a share."""
    sq = a.quantities[k]
    if cq.kind in _SHARES and sq.kind == "count" and sq.role == "part":
        whole = a.partner(k)
        if whole is not None and a.quantities[whole].value > 0:
            return (*share_from_counts(cq, sq, a.quantities[whole]), False)
    if cq.kind == "count" and cq.role == "part" and claim_whole is not None and sq.kind in _SHARES:
        return (*count_from_share(cq, sq, claim_whole.value), True)
    return relation(cq, sq), "", False


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
        whole = _claim_whole(query)
        return query.analysed.head_noun(query.analysed.quantities.index(whole)) if whole else None
    return query.analysed.head_noun(i)


def _gap_and_share(mine: str, theirs: str) -> bool:
    """One figure a difference, the other a share: "16 per cent less than men" is not
    "16% of women" (the words right after each figure)."""
    after = {mine, theirs}
    return "of" in after and bool(after & _COMPARATIVES)


def _same_thing(query: ClaimQuery, i: int, head: str | None, a: Analysed, k: int, restricted: bool) -> bool:
    """The passage figure counts what the claim's does, in the same sense (no "not")."""
    if query.analysed.negated(i) != a.negated(k):
        return False
    if _gap_and_share(query.analysed.follower(i), a.follower(k)):
        return False
    if query.analysed.quantities[i].kind == "year":
        mine, theirs = query.analysed.preposition(i), a.preposition(k)
        if mine and theirs and mine != theirs:
            return False
    for mine, theirs in ((query.analysed.direction(i), a.direction(k)), (query.analysed.polarity(i), a.polarity(k))):
        if mine and theirs and mine != theirs:
            return False  # "rose to $7.2bn" is not "rose $7.2bn"; "down 62,000" is not "an increase of 62,000"
    if head is None:
        return True
    cq = query.analysed.quantities[i]
    if cq.kind in _SHARES and a.quantities[k].kind in _SHARES:
        return _found(query, head, a.weak_clause_terms(k))
    if restricted:
        return _found(query, head, a.scope(k, restricted) | a.whole_terms(k))
    source_run = set(a.noun_run(k))
    action = query.analysed.word_after_run(i)
    counts_same = (_found(query, head, source_run)  # "22 million Americans" is not "… American teenagers"
                   or bool(source_run & query.predicates)  # "12 resignations" for "a dozen resigned"
                   or (action is not None and action in source_run))
    if cq.role == "whole":
        return counts_same  # "23 of the 55 officers": the source's 55 must itself count officers
    if source_run and cq.role != "part" and not counts_same:
        return False  # "19 allegations" is not "19 officers"
    return _found(query, head, a.sentence_terms())
