"""Why a claim got its verdict: the rule that decided (judge/rules.py), in a writer's words.

`explain` names the deciding rule and fills in its message with the figures as written
and the frame elements that agreed or clashed ("the source's 20% is the rest of the
world's, not Western Europe's"); a reason never shows a stem.
"""

from __future__ import annotations

import re

from factcheck.judge.compare import DIFFERS, EQUAL, VAGUER, WITHIN, rule, supports
from factcheck.judge.match import Alignment, Candidate
from factcheck.judge.rules import (
    CONTRADICTED,
    COUNTS_OTHER,
    MISSING_FIGURE,
    MISSING_UNCLEAR,
    MISSING_VAGUE,
    MISSING_WORDS,
    NAMES_ABSENT,
    PREDICATE_UNMET,
    SUPPORTED,
    message,
)
from factcheck.judge.tuning import SUPPORT_COVERAGE, SUPPORT_SIMILARITY
from factcheck.models import NumberMatch, Verdict


def number_match(a: Alignment) -> NumberMatch:
    """One number of the figure for the report: its value relation and the frames compared."""
    if a.source is None:
        return NumberMatch(a.claim.text, "", "absent", rule(a.claim), a.claim_frame, None, a.ruled)
    relation = "derived" if a.note and supports(a.relation) else a.relation
    return NumberMatch(a.claim.text, said(a), relation, "derived" if a.note else rule(a.claim),
                       a.claim_frame, a.source_frame, a.ruled)


def said(a: Alignment) -> str:
    """The source's figure as written ("" when nothing in the passage plays its part)."""
    return a.source.text if a.source is not None else ""


def explain(verdict: Verdict, best: Candidate) -> tuple[str, str]:
    """The id of the rule that decided, and its message filled in."""
    aligned = best.alignments
    if verdict is Verdict.SUPPORTED:
        if all(a.relation == EQUAL and not a.note for a in aligned):
            return SUPPORTED, "source says " + " and ".join(said(a) for a in aligned)
        return SUPPORTED, "; ".join(_phrase(a) for a in aligned)
    if verdict is Verdict.CONTRADICTED:
        return CONTRADICTED, "; ".join(_phrase(a) for a in aligned if a.relation == DIFFERS)
    if best.matched == 0:  # its coverage is all from words elsewhere in the article: say so
        return MISSING_WORDS, message(MISSING_WORDS, closest="the closest shares none of its words")
    if best.coverage < SUPPORT_COVERAGE and not best.verbs_met:
        return MISSING_WORDS, message(MISSING_WORDS, closest=f"closest covers {best.coverage:.0%} of it")
    if best.unmet:
        return PREDICATE_UNMET, message(PREDICATE_UNMET, predicate=", ".join(best.unmet))
    ruled = [a for a in aligned if a.source is not None and a.ruled]
    if ruled:
        return ruled[0].ruled, _frame_reason(ruled[0])
    if best.names_absent:
        return NAMES_ABSENT, message(NAMES_ABSENT, names=", ".join(best.names_absent))
    absent = [a for a in aligned if a.source is None]
    if absent:
        return MISSING_FIGURE, message(MISSING_FIGURE, numbers=", ".join(a.claim.text for a in absent))
    vaguer = [a for a in aligned if a.relation == VAGUER]
    if vaguer:
        return MISSING_VAGUE, "; ".join(_phrase(a) for a in vaguer)
    weak = [a for a in aligned if a.similarity < SUPPORT_SIMILARITY]
    if weak:
        return MISSING_UNCLEAR, "; ".join(f"{said(a)} in the source belongs to another statement" for a in weak)
    if best.coverage < SUPPORT_COVERAGE:
        return MISSING_WORDS, message(MISSING_WORDS, closest=f"closest covers {best.coverage:.0%} of it")
    return MISSING_UNCLEAR, message(MISSING_UNCLEAR)


def _frame_reason(a: Alignment) -> str:
    """A frame rule's message, with both frames' elements."""
    mine, theirs = a.claim_frame, a.source_frame
    what = "something else"
    if a.ruled == COUNTS_OTHER and mine and theirs and mine.counts and theirs.counts:
        what = f"'{theirs.counts}', not '{mine.counts}'"
        if theirs.counts.lower() == mine.counts.lower():  # the same thing, said otherwise: "did not"
            what = f"'{theirs.counts}' in another sense (a 'not', another direction or preposition)"
    return _possessives(message(  # "another's" as a holder would read "another's's"
        a.ruled, source=said(a),
        source_holder=(theirs.holder if theirs and theirs.holder else "another's"),
        claim_holder=(mine.holder if mine and mine.holder else "the claim's holder"),
        source_when=(theirs.when if theirs and theirs.when else "another period"),
        claim_when=(mine.when if mine and mine.when else "its own"),
        source_where=(theirs.where if theirs and theirs.where else "another place"),
        claim_where=(mine.where if mine and mine.where else "its own"),
        source_part=(theirs.part if theirs else ""), claim_part=(mine.part if mine else ""),
        what=what))


_DOUBLED = re.compile(r"(?:(['\u2019]s)|(s))'s\b")


def _possessives(text: str) -> str:
    """A holder's possessive spelled once: "Brown's's" -> "Brown's", "Europeans's" -> "Europeans'"."""
    return _DOUBLED.sub(lambda m: m.group(1) or "s'", text)


def _phrase(a: Alignment) -> str:
    """One aligned number in words: claim value, source value, and the rule."""
    if a.note:
        return a.note
    if a.relation == EQUAL:
        return f"source says {said(a)}"
    how = {"rounding": "rounds to", "share": "is about"}.get(rule(a.claim), "fits")
    if a.relation == WITHIN:
        return f"source says {said(a)}, which {how} '{_hedged(a)}'"
    if a.relation == VAGUER:
        return f"source says only {said(a)}, claim says {_hedged(a)}"
    return f"source says {said(a)}, claim says {_hedged(a)}"


def _hedged(a: Alignment) -> str:
    hedge = a.claim.qualifier.replace("-", " ")
    return f"{hedge} {a.claim.text}" if hedge else a.claim.text
