"""Which way a figure points: its sense ("not"), its direction ("rose to", "rose by"),
the clause's polarity (up or down), its hedge, and the word before a year ("in", "since").

A part of `Analysed` (text/sentence.py), over its items, quantities, positions, clauses
and spans: "did not rise 5%" is not "rose 5%", "rose to $7.2bn" is not "rose $7.2bn".
"""

from __future__ import annotations

from factcheck.text import lexicon
from factcheck.text.fields import Item, SentenceFields

_HEDGE_WORDS = lexicon.HEDGES | lexicon.APPROXIMATE | lexicon.NEARLY | lexicon.EMPHASIS
_EMPHASIS = lexicon.EMPHASIS
_RISE = lexicon.RISE
_FALL = lexicon.FALL
NEGATIONS = lexicon.NEGATIONS
_NOT_NEGATING = frozenset("fewer less more longer".split())  # "no fewer than 921" is a hedge
_YEAR_PREPOSITIONS = {"in": "in", "during": "in", "since": "since", "from": "since", "by": "by",
                      "until": "until", "till": "until", "before": "before", "after": "after"}


class FigureSense(SentenceFields):
    """The sense of each figure of an analysed sentence."""

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
        after = self._at.get(self.positions[which] + 1)
        if after is not None and (after.raw in _RISE) != (after.raw in _FALL):
            return "up" if after.raw in _RISE else "down"  # "an 11% rise in profits": the figure's own noun says
        clause = self.clauses[which]
        own = [it for it in self.items if it.clause == clause]
        words = {it.raw for it in own}
        if own and own[0].raw == "and" and not any(it.verb and it.raw not in lexicon.LIGHT_VERBS for it in own) \
                and not words & (_RISE | _FALL):
            # "were up by 10% and from North America by some 9%": the verb left out is the one before
            words = {it.raw for it in self.items if it.clause == clause - 1}
        up, down = bool(words & _RISE), bool(words & _FALL)
        return "up" if up and not down else "down" if down and not up else ""

    def preposition(self, which: int) -> str:
        """The word before a year: "in 2018" is not "since 2018"."""
        at = self.positions[which]
        before = self._at.get(at - 1)
        return _YEAR_PREPOSITIONS.get(before.raw, "") if before is not None else ""
