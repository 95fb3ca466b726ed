"""Find the passages that could make a claim's statement, and score them.

For each claim: retrieve the sentences sharing its rarest words, grow each into
passages of up to three adjacent sentences, then score every passage twice: how much
of the claim's statement it makes (its words, figure set aside), and which of its
figures plays the part of each number of the claim's figure (align.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from factcheck.index.base import Index
from factcheck.judge.align import _ABSENT, Alignment, _align, _SentenceCache
from factcheck.judge.frames import source_frame
from factcheck.judge.lexical import direction, kin_action, related, same_action
from factcheck.judge.query import TITLES, ClaimQuery, _found, _present, prepare
from factcheck.judge.tuning import DOCUMENT_CREDIT, MAX_SENTENCES, NEIGHBOUR_CREDIT, RETRIEVE  # noqa: F401
from factcheck.models import Passage
from factcheck.text.analysis import value_token

__all__ = ["Alignment", "Candidate", "ClaimQuery", "candidates", "prepare", "score_passage"]


@dataclass(frozen=True)
class Candidate:
    """A passage scored against a claim."""

    passage: Passage
    coverage: float  # 0-1: share of the statement's weight that the passage makes
    alignments: tuple[Alignment, ...]
    unmet: tuple[str, ...] = ()  # claim verbs and companion figures absent from the aligned clauses
    matched: int = 0  # statement words found in the sentences holding the figures
    other_subject: bool = False  # the figure's sentence names others and none of the claim's
    verbs_met: bool = False  # the claim's frame has verbs, and the aligned figures' clauses say them
    sentence_coverage: float = 0.0  # the same as coverage, over the claim's whole sentence
    names_absent: tuple[str, ...] = ()  # the claim's names that stand nowhere there, as the claim writes them

    @property
    def names_found(self) -> bool:
        """The claim's names (the Conservatives, GM) stand in the passage or its article."""
        return not self.names_absent


def candidates(query: ClaimQuery, index: Index,
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
    cache = _SentenceCache(query, index)
    values = {value_token(q) for q in query.numbers}
    for sid in hits:
        # passages begin and end with retrieved sentences, or with the next sentence when it
        # states a number of the figure ("The officers are from the DPG … Many of its 700
        # officers are armed"): a sentence sharing nothing can sit between two that do
        around = index.neighbours(sid, MAX_SENTENCES - 1)
        for last in range(sid, min(around.stop, sid + MAX_SENTENCES)):
            if last in found or (last == sid + 1 and values & cache.terms(last)):
                windows.add(tuple(range(sid, last + 1)))
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


def _coverage_bound(query: ClaimQuery, ids: tuple[int, ...], index: Index, cache: _SentenceCache) -> float:
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


def _related_words(query: ClaimQuery, found: set[str], sids: set[int], cache: _SentenceCache) -> set[str]:
    """The claim's words not in the sentences `sids` as written, but said there by a word the
    lexicon relates to them (judge/lexical.related: one lemma, or a first sense shared)."""
    out: set[str] = set()
    for term in query.terms - found:
        word = query.words.get(term)
        if term.startswith("#") or not word or len(word) < 3:
            continue
        if any(related(word, w) for sid in sids for w in cache.content_words(sid)):
            out.add(term)
    return out


def score_passage(query: ClaimQuery, ids: tuple[int, ...], index: Index,
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
    if held:  # a claim word the figures' sentences say in other words ("created" ~ "added")
        in_core |= _related_words(query, in_core, {sid for sid in (ids[n] for n in used)}, cache)
    article = index.source_terms(passage.source)
    coverage = _coverage(query, in_core, _present(query, near), _present(query, article))
    matched = len(in_core)
    names = query.names
    # the names before the figure must stand somewhere: those after it are often a second
    # fact's ("…, with the government of President Kirchner hopeful"), which neither help nor hurt
    first = min((query.analysed.positions[i] for i in query.figure), default=0)
    leading = {it.term for it in query.analysed.items if it.term in names and it.pos < first}
    absent = tuple(sorted({_as_written(query, name) for name in leading
                           if not _found(query, name, core | near) and not _found(query, name, article)}))
    # the figure's sentence names someone the claim does not, and none of the claim's own
    # names (titles aside: "Lord Liverpool" is not "Lord John Russell") stand there
    own = names - TITLES
    # places aside: "in India" says where, not who (the frame's place check judges it)
    others = any(a.names_before(k, places=False) - names - TITLES - query.acronyms - query.subject for a, k in held)
    subject = query.subject
    other_subject = others and (
        bool(own and not any(_found(query, name, core) for name in own))
        or bool(subject and not any(_found(query, name, core) for name in subject)))
    # the words said of each source figure: its frame's, not its sentence's ("…, and 40 others resigned")
    # and a whole's part's words only for a claim about the whole ("Of 14 investigated, two were fired")
    roles = [al.claim.role for al in alignments if al.source is not None]
    said: set[str] = set()
    acting: set[str] = set()  # those of them the source uses as verbs
    for (a, k), role in zip(held, roles):
        inside = source_frame(a, k).positions
        if a.quantities[k].role == "whole" and role != "whole":
            inside = inside - a._part_positions(k)
        framed = [it for it in a.items if it.span == a.spans[k] and not it.modifier and it.pos in inside]
        said.update(it.raw for it in framed)
        acting.update(it.raw for it in framed if it.verb)
    # "Of the officers sacked …, two appealed": a participle describing a noun is not the figure's verb
    describing = {it.term for a, k in held for it in a.items if it.span == a.spans[k] and it.modifier}
    describing -= {it.term for a, k in held for it in a.items if it.span == a.spans[k] and not it.modifier}
    scope = scope - describing
    ways = {a.source_frame.polarity for a in alignments if a.source_frame is not None} - {""}
    unmet = tuple(sorted(f"'{query.words.get(v, v)}'" for v in query.predicates
                         if not _found(query, v, scope) and not _related(query, v, said, acting)
                         and direction(query.words.get(v, v)) not in ways))
    unmet += tuple(q.text for q in query.companions if value_token(q) not in scope)
    verbs_met = bool(query.predicates) and not unmet and bool(used)
    whole = _sentence_coverage(query, coverage, core, near, article)
    return Candidate(passage, coverage, alignments, unmet, matched, other_subject, verbs_met, whole, absent)


def _as_written(query: ClaimQuery, term: str) -> str:
    """A term of the claim as its sentence writes it ("european" -> "European")."""
    raw = next((it.raw for it in query.analysed.items if it.term == term), term)
    at = query.claim.sentence.lower().find(raw)
    return query.claim.sentence[at:at + len(raw)] if at >= 0 else raw


def _sentence_coverage(query: ClaimQuery, coverage: float, core: set[str], near: set[str], document: set[str]
                       ) -> float:
    """The share of the claim's whole sentence (frame and the words around it) the passage makes."""
    frame_total = sum(query.weights.values())
    found, total = _credited(query.aside, core, near, document, coverage * frame_total, frame_total)
    return found / total if total else 0.0


def _related(query: ClaimQuery, term: str, said: set[str], acting: set[str]) -> bool:
    """A word of the claim's predicate said otherwise in the source's clause: a verb by a
    verb sense ("fell" / "declined"), or as a kind of a verb the source uses ("credited" /
    "attributed"); the object of a light verb by any sense ("steps" / "measures")."""
    word = query.words.get(term, term)
    if term not in query.verbs:
        return any(related(word, other) for other in said)
    if any(same_action(word, other) for other in said) or any(kin_action(word, other) for other in acting):
        return True
    way = direction(word)  # "slipped one place" is "fell one place": both go down
    return way != "-" and any(direction(other) == way for other in acting)


def _coverage(query: ClaimQuery, core: set[str], near: set[str], document: set[str]) -> float:
    """Share of the statement's weight the passage makes (arguments: the claim's words
    found in the figures' sentences, in their neighbours, in the article)."""
    found, total = _credited(query.weights, core, near, document)
    return found / total if total else 0.0


def _credited(weights: dict[str, float], core: set[str], near: set[str], document: set[str],
              found: float = 0.0, total: float = 0.0) -> tuple[float, float]:
    """The weight of `weights` the passage makes (in full in the figures' sentences, less in
    their neighbours and the article), and the weight in all, added to `found` and `total`."""
    for term, weight in weights.items():
        total += weight
        if term in core:
            found += weight
        elif term in near:
            found += weight * NEIGHBOUR_CREDIT
        elif term in document:
            found += weight * DOCUMENT_CREDIT
    return found, total
