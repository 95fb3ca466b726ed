"""What a figure counts and of what: the noun after a count ("12 officers"), the whole of
a share ("6pc of investigated officers"), the part a whole belongs to ("33 of the 257").

A part of `Analysed` (text/sentence.py), over its items, quantities, positions and clauses.
"""

from __future__ import annotations

from collections.abc import Callable

from factcheck.text.fields import Item, SentenceFields
from factcheck.text.words import AUXILIARIES, value_token


class FigureRoles(SentenceFields):
    """The thing each figure of an analysed sentence counts."""

    def partner(self, part: int) -> int | None:
        """The whole a part belongs to ("33 of the 257": 257), if the sentence gives one."""
        wholes = [k for k, q in enumerate(self.quantities) if q.role == "whole"]
        if self.quantities[part].role != "part" or not wholes:
            return None
        return min(wholes, key=lambda k: abs(self.positions[k] - self.positions[part]))

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

    def whole_positions(self, which: int) -> set[int]:
        return {it.pos for it in self._whole_items(which)}

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

    def head_noun(self, which: int) -> str | None:
        """The thing a count counts: the last word of the noun run after it ("Met officers")."""
        run = self.noun_run(which)
        return run[-1] if run else None

    def noun_run(self, which: int) -> list[str]:
        """The words right after a count that name what it counts: "social media allegations"."""
        return [it.term for it in self.noun_run_items(which)]

    def noun_run_items(self, which: int) -> list[Item]:
        """`noun_run`, as the sentence's items."""
        at = self.positions[which]
        first, second = self._at.get(at + 1), self._at.get(at + 2)
        if (first is not None and second is not None and first.verb and first.raw.endswith(("ed", "en"))
                and first.clause == second.clause and not second.stop and not second.verb):
            # a participle describing what is counted: "the 23 substantiated allegations", "12 stolen cars"
            return self._run_after(which, 4, lambda it: it.pos > at + 1 and (
                it.stop or it.verb or it.raw.endswith("ing")))
        return self._run_after(which, 4, lambda it: it.stop or it.verb or it.raw.endswith("ing"))

    def word_after_run(self, which: int) -> str | None:
        """The word right after what a count counts: "12 officers resigning" -> resign."""
        run = self.noun_run(which)
        at = self.positions[which] + len(run)
        nxt = [it for it in self.items if at < it.pos <= at + 2 and not it.stop]
        return nxt[0].term if nxt else None
