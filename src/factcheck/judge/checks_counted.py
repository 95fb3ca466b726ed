"""The frame checks of what a figure counts (see judge/checks.py for the others): what a
sum goes on or is paid in, who a share is, what the thing counted is qualified by or is of,
and a count of two things. Each returns the id of the rule that rules the pair out, or ""."""

from __future__ import annotations

from factcheck.judge.frames import Read
from factcheck.judge.lexical import related
from factcheck.judge.rules import COUNTS_OTHER, SHARE_PART_OTHER
from factcheck.text.words import term_of


def purpose(claim: Read, source: Read) -> str:
    """What a sum goes on: "£1.5bn on tackling climate change" is not "£1.5bn on HIV/Aids work"."""
    return unrelated(claim.purpose, source.purpose)


# what a sum is paid in: "£64.5m in cash" is not "£64.5m worth of shares"
_FORMS = {"cash": "cash", "shares": "shares", "stock": "shares", "stocks": "shares", "equity": "shares",
          "loans": "loans", "loan": "loans", "debt": "loans", "grants": "grants", "grant": "grants", "aid": "grants",
          "bonds": "bonds", "options": "options"}


def _paid_in(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(_FORMS[w] for n, w in enumerate(words) if w in _FORMS and n and (
        words[n - 1] == "in" or (words[n - 1] == "of" and n > 1 and words[n - 2] == "worth")))


def made_of(claim: Read, source: Read) -> str:
    """What a sum is paid in, where both frames say it: cash, shares, loans, grants, bonds."""
    if claim.frame.kind != "money":
        return ""
    mine, theirs = _paid_in(claim.words), _paid_in(source.words)
    return COUNTS_OTHER if mine and theirs and not mine & theirs else ""


def share_part(claim: Read, source: Read) -> str:
    """Who a share is: "Women made up 40% of buyers" is not "40% of buyers are retired".
    Only where one side says it with a verb of making up; "40% of officers were sacked"
    against "… were dismissed" is the predicate's to judge."""
    mine, theirs = claim.frame.part.split(), source.frame.part.split()
    if not (claim.made_up or source.made_up) or unrelated(tuple(mine), tuple(theirs)) != COUNTS_OTHER:
        return ""
    return SHARE_PART_OTHER


def unrelated(mine: tuple[str, ...], theirs: tuple[str, ...]) -> str:
    """COUNTS_OTHER when both frames state the element and no word of one is related to one of the other's."""
    if not mine or not theirs or any(related(m, t) for m in mine for t in theirs):
        return ""
    return COUNTS_OTHER


def modified(claim: Read, source: Read, sentence: set[str]) -> str:
    """What the claim counts, as it qualifies it: "12 million hardcore gamers" needs
    "hardcore" by the source figure ("12 million gamers a month" counts them all); where the
    source names the thing otherwise ("12 others failed to"), anywhere in its `sentence`."""
    missing = claim.modifiers - source.terms - source.modifiers
    if source.frame.counts.lower() != claim.frame.counts.lower():
        missing -= sentence
    return _unsaid(missing, source)


def of_what(claim: Read, source: Read, sentence: set[str]) -> str:
    """What the thing counted is of ("the 60th anniversary of his death"): the claim's words
    must stand in the source figure's of-phrase or sentence, or be related to one there."""
    return _unsaid(claim.of_words - source.of_words - sentence, source)


def _unsaid(missing: frozenset[str] | set[str], source: Read) -> str:
    """COUNTS_OTHER when words of the claim's are missing by the source figure and none is
    related to a word of its frame."""
    return COUNTS_OTHER if missing and not any(related(m, t) for m in missing for t in source.words) else ""


def union(claim: Read, source: Read) -> str:
    """ "55,000 officers and staff" does not count the claim's "55,000 police officers"."""
    same = claim.frame.counts and term_of(claim.frame.counts.lower()) == term_of(source.frame.counts.lower())
    return COUNTS_OTHER if same and source.union and source.union != claim.union else ""
