"""Decide each claim: supported, contradicted or missing, and say why in one line.

The rule leans one way on purpose: a claim is supported only when a passage makes
its statement AND every number of its figure lines up with a source figure in the
same part with the same value. A wrong "supported" is the costliest error; a wrong
"missing" the cheapest.
"""

from __future__ import annotations

from factcheck.index.base import Index
from factcheck.judge.compare import DIFFERS, supports
from factcheck.judge.match import Candidate, candidates, prepare
from factcheck.judge.reasons import explain, number_match
from factcheck.judge.rules import MISSING_WORDS, message
from factcheck.judge.tuning import (  # noqa: F401
    AGREEING_FIGURE,
    CLEARLY_CLOSER,
    CLOSEST_ALIGNED,
    CONTRADICT_COVERAGE,
    CONTRADICT_FIT,
    CONTRADICT_SENTENCE,
    CONTRADICT_WORDS,
    DECIDING_COVERAGE,
    EXTRA_SENTENCE_PENALTY,
    FRAME_SUPPORT_COVERAGE,
    MUCH_CLOSER_FIT,
    RANK_SIMILARITY,
    SUPPORT_COVERAGE,
    SUPPORT_SENTENCE,
    SUPPORT_SIMILARITY,
    WHOLE_FRAME,
)
from factcheck.models import Claim, Result, Verdict


def _same_statement(c: Candidate, coverage: float, similarity: float) -> bool:
    """The passage says the claim's thing: its words, its verbs, and figures in the same parts
    (a figure none of whose numbers could be read in its sentence says nothing)."""
    return bool(c.alignments) and c.coverage >= coverage and not c.unmet and all(
        a.source is not None and a.counts_same and (a.similarity >= similarity or a.relation == DIFFERS or a.paired)
        for a in c.alignments
    )


def _supports(c: Candidate) -> bool:
    coverage = FRAME_SUPPORT_COVERAGE if c.verbs_met else SUPPORT_COVERAGE
    if c.sentence_coverage < SUPPORT_SENTENCE and not _whole_ratio(c):
        return False
    return _same_statement(c, coverage, SUPPORT_SIMILARITY) and not c.other_subject and c.names_found and all(
        supports(a.relation) for a in c.alignments
    )


def _whole_ratio(c: Candidate) -> bool:
    """Every number of a ratio found in one source ratio ("33 of the 257"): specific enough."""
    return len(c.alignments) > 1 and all(supports(a.relation) for a in c.alignments) and any(
        a.paired for a in c.alignments)


def _contradicts(c: Candidate) -> bool:
    # a figure that agrees ("four of the 14" against "two of 14") vouches for the statement
    coverage = CONTRADICT_COVERAGE - (AGREEING_FIGURE if any(supports(a.relation) for a in c.alignments) else 0.0)
    if not _same_statement(c, coverage, SUPPORT_SIMILARITY) or c.matched < CONTRADICT_WORDS:
        return False
    if not c.names_found or c.other_subject:
        return False  # "The Conservatives received £4.6m" is not contradicted by Labour's £5m
    if c.sentence_coverage < CONTRADICT_SENTENCE and not any(supports(a.relation) for a in c.alignments) and not (
            c.verbs_met and c.coverage >= WHOLE_FRAME):
        return False  # a lone figure's other value, in a passage that makes little of the writer's sentence
    wrong = [a for a in c.alignments if a.relation == DIFFERS]
    if len(c.alignments) > 1 and len(wrong) == len(c.alignments) and not _swapped(c.alignments):
        return False  # "23 of the 55" against "two … 12": a ratio with nothing in common is another statement
    fit = sum(a.fit for a in c.alignments) / max(1, len(c.alignments))
    return bool(wrong) and fit >= CONTRADICT_FIT and all(
        a.relation == DIFFERS or supports(a.relation) for a in c.alignments
    )


def settles(c: Candidate) -> bool:
    """A support so close that no contradiction could be clearly closer: look no further."""
    return c.coverage > 1.0 - CLEARLY_CLOSER and _fit(c) > 1.0 - MUCH_CLOSER_FIT and _supports(c)


def _swapped(alignments) -> bool:
    """ "19 allegations against 18 officers" where the source says 18 against 19."""
    return sorted(a.claim.value for a in alignments) == sorted(a.source.value for a in alignments)


def _rank(c: Candidate) -> float:
    return c.coverage - EXTRA_SENTENCE_PENALTY * (len(c.passage.sentences) - 1) + RANK_SIMILARITY * sum(
        a.similarity for a in c.alignments
    )


def judge(claim: Claim, index: Index) -> Result:
    """A claim's verdict against an index: its passages scored until one settles it."""
    return decide(claim, candidates(prepare(claim, index), index, enough=settles, deciding=DECIDING_COVERAGE))


def decide(claim: Claim, found: list[Candidate]) -> Result:
    """The verdict over all scored passages.

    Support wins over contradiction, unless the contradicting passage makes the
    statement clearly more closely ("last year the average was £38" against a claim
    about last year, when "£52" is this year's): then the support was another statement.
    """
    support = max((c for c in found if _supports(c)), key=_rank, default=None)
    contra = max((c for c in found if _contradicts(c)), key=_rank, default=None)
    if support is not None and not (contra is not None and _clearly_closer(contra, support)):
        return _result(claim, Verdict.SUPPORTED, support)
    if contra is not None:
        return _result(claim, Verdict.CONTRADICTED, contra)
    if not found:
        return Result(claim, Verdict.MISSING, 0.0, message(MISSING_WORDS, closest="none shares its words"),
                      rule=MISSING_WORDS)
    return _result(claim, Verdict.MISSING, max(found, key=_closeness))


def _clearly_closer(contra: Candidate, support: Candidate) -> bool:
    """The contradiction is the claim's statement and the support another one: it makes
    more of the statement with its figure nearer the claim's words, or as much with its
    figure much nearer ("Make it at least a 15 rating" against "18-rated games")."""
    gain = _fit(contra) - _fit(support)
    if contra.coverage >= support.coverage + CLEARLY_CLOSER and gain >= CLEARLY_CLOSER:
        return True
    return contra.coverage >= support.coverage and gain >= MUCH_CLOSER_FIT


def _fit(c: Candidate) -> float:
    """How near the claim's words its least well placed number stands."""
    return min(a.similarity for a in c.alignments)


def _closeness(c: Candidate) -> float:
    """For a missing claim, show the passage nearest to making it, figures first."""
    aligned = sum(a.source is not None for a in c.alignments) / max(1, len(c.alignments))
    return _rank(c) + CLOSEST_ALIGNED * aligned


def _result(claim: Claim, verdict: Verdict, best: Candidate) -> Result:
    numbers = tuple(number_match(a) for a in best.alignments)
    rule_id, reason = explain(verdict, best)
    return Result(claim, verdict, round(best.coverage * 100, 1), reason, best.passage, numbers, rule_id)
