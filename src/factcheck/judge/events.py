"""What a date dates: "The CPS announced on 19th December 2013 that …" dates an
announcement, "The constables were arrested on 19th December 2013" an arrest. A claim's
date is not the source's when the verbs they stand after are not one action."""

from __future__ import annotations

from factcheck.judge.lexical import kin_action
from factcheck.judge.rules import EVENT_OTHER
from factcheck.text.sentence import Analysed

_LEADS = frozenset("on in at by from until since".split())  # between a verb and its date


def dated_verb(a: Analysed, k: int) -> str:
    """The verb a date stands right after ("announced on 19th December 2013" -> announced),
    or "" for a figure that is no date or follows no verb."""
    if a.quantities[k].kind != "date":
        return ""
    pos = a.positions[k] - 1
    while (it := a._at.get(pos)) is not None and it.raw in _LEADS:
        pos -= 1
    it = a._at.get(pos)
    return it.raw if it is not None and it.verb else ""


def event(claim: Analysed, i: int, source: Analysed, k: int) -> str:
    """EVENT_OTHER when both dates follow a verb and the verbs say different things."""
    mine, theirs = dated_verb(claim, i), dated_verb(source, k)
    if not mine or not theirs or kin_action(mine, theirs):  # one action, or one a kind of the other
        return ""
    return EVENT_OTHER
