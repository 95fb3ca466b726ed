"""The words around a figure: weighted by closeness, cut at its clause, and its verbs.

A part of `Analysed` (text/sentence.py), over its items, quantities, positions, clauses
and spans: "36 forces responded - although 12 others failed to" gives 12 nothing of
"responded".
"""

from __future__ import annotations

from factcheck.text import lexicon
from factcheck.text.fields import Item, SentenceFields
from factcheck.text.words import DIRECTION_WORDS, value_token

LIGHT_VERBS = lexicon.LIGHT_VERBS
_DETERMINERS = frozenset("a an the their its his her our own your my this that these those".split())
_OBJECT_VERBS = frozenset("made make makes making took take takes got get gets getting".split())
_BY_DOING = frozenset({"by", "after", "before", "while"})  # "by beating", "after selling": the gerund acts
_RECEIVING = frozenset("received receive receives receiving".split())  # with an object noun: its passive
OTHER_CLAUSE = 0.5  # weight of a word from another clause of the same sentence
DECAY = 0.15  # how fast a word's weight falls with its distance from the figure
FLOOR = 0.3  # the least weight of a word of the same sentence
REACH = 15


class FigureContext(SentenceFields):
    """The words that stand with each figure of an analysed sentence."""

    def context(self, which: int, restricted: bool = False, skip: frozenset[int] = frozenset(),
                within: frozenset[int] | None = None) -> dict[str, float]:
        """Words around figure `which`, weighted by closeness (1.0 = adjacent, same clause).

        `restricted` is for a whole read against a claim that is not about a whole: it
        leaves out its part's predicate, so "33 of the 257 getting the sack" says
        nothing of the 257 being sacked.
        """
        at, clause = self.positions[which], self.clauses[which]
        excluded = self._part_positions(which) if restricted else set()
        if within is not None:  # only the words of the figure's frame (judge/frames.py)
            excluded = excluded | {it.pos for it in self.items if it.pos not in within}
        lead, hedge = self._hedged(which)  # the hedge's words ("close to") say nothing of the role
        ctx: dict[str, float] = {}
        for it in self.items:
            d = abs(it.pos - at)
            if d == 0 or it.pos in excluded or it.pos in hedge:
                continue
            if it.stop and not (it.term in DIRECTION_WORDS and d <= 2 and it.clause == clause):
                continue
            weight = max(FLOOR, 1.0 / (1.0 + DECAY * (d - 1)))
            if it.clause != clause and not restricted:
                weight *= OTHER_CLAUSE
            if weight > ctx.get(it.term, 0.0):
                ctx[it.term] = weight
        for k, q in enumerate(self.quantities):
            d = abs(self.positions[k] - at)
            if k != which and k not in skip and d <= REACH and self.positions[k] not in excluded:
                ctx.setdefault(value_token(q), max(FLOOR, 1.0 / (1.0 + DECAY * (d - 1))))
        # the very next words, stop words too ("at number 11", "rose to"), past any hedge
        if lead is not None:
            ctx["<" + lead.raw] = 1.0
            second = self._at.get(lead.pos - 1)
            if second is not None:
                ctx["<<" + second.raw] = 0.6
        if self.quantities[which].qualifier:
            ctx["<~" + self.quantities[which].qualifier] = 1.0
        after = self._at.get(at + 1)
        if after is not None:
            ctx[">" + after.raw] = 1.0
        return ctx

    def scope(self, which: int, restricted: bool = False) -> set[str]:
        """Words of the figure's clause (up to a strong break): where its verb must stand."""
        span = self.spans[which]
        excluded = self._part_positions(which) if restricted else set()
        found = {it.term for it in self.items if it.span == span and not it.stop and it.pos not in excluded}
        found.update(value_token(q) for k, q in enumerate(self.quantities)
                     if k != which and self.spans[k] == span and self.positions[k] not in excluded)
        return found

    def closeness(self, figure: tuple[int, ...]) -> dict[str, float]:
        """For each word, how near it stands to the figure (1.0 adjacent, 0 far or elsewhere)."""
        out: dict[str, float] = {}
        for i in figure:
            at, clause = self.positions[i], self.clauses[i]
            for it in self.items:
                d = abs(it.pos - at)
                near = (1.0 / (1.0 + 0.25 * (d - 1))) * (1.0 if it.clause == clause else OTHER_CLAUSE)
                out[it.term] = max(out.get(it.term, 0.0), near)
        return out

    def _intended(self, verb: Item) -> bool:
        """A verb after "to" and a verb of intent ("plans to buy", "expects to raise"); not
        after a figure's participle ("the $50,000 needed to pay for an advert")."""
        before = [it for it in self.items if it.pos < verb.pos][-2:]
        return (len(before) == 2 and before[1].raw == "to" and before[0].raw in lexicon.INTENT_VERBS
                and before[0].pos - 1 not in self.positions)

    def predicates(self, figure: tuple[int, ...], exclude: frozenset[int] | set[int] = frozenset(),
                   resumed: frozenset[int] = frozenset()) -> set[str]:
        """The verbs that carry the figure's statement: in its own clause (or where it
        resumes after a relative clause, `resumed`), not light, not describing a whole
        ("the 257 officers disciplined since 2018")."""
        clauses = {self.clauses[i] for i in figure}
        at = [self.positions[i] for i in figure]
        found = {it.term for it in self.items
                 if it.verb and not it.modifier and not it.stop and (it.clause in clauses or it.pos in resumed)
                 and it.pos not in exclude
                 and it.raw not in LIGHT_VERBS
                 and (not it.modal or any(p > it.pos for p in at) or self._intended(it))}
        # "will pay … 475m": the figure after it; "One in 10 adults plans to buy": what is intended
        for n, it in enumerate(self.items[:-1]):
            gerund = self.items[n + 1]
            if it.raw in _BY_DOING and gerund.pos == it.pos + 1 and gerund.raw.endswith("ing") and not gerund.stop \
                    and gerund.clause in clauses and gerund.pos < min(at, default=-1):
                # "progressed by beating Zheng 6-2 7-5": the gerund is the figure's verb, not the one before it
                found -= {v.term for v in self.items if v.verb and v.clause == gerund.clause and v.pos < it.pos}
                found.add(gerund.term)
        if at:
            found -= self._before_with(clauses, min(at))
        taken = set(self.positions)
        for n, it in enumerate(self.items):
            if it.clause in clauses and it.raw in _OBJECT_VERBS:
                # "have made their own podcasts": with a light verb, the object carries the statement
                for nxt in self.items[n + 1:n + 4]:
                    if nxt.clause != it.clause or any(p in taken for p in range(it.pos, nxt.pos + 1)):
                        break
                    if nxt.stop:
                        if nxt.raw in _DETERMINERS:
                            continue
                        break  # "allegations made against the officers": no object
                    if not nxt.verb:
                        found.add(nxt.term)
                    break
            elif it.clause in clauses and it.raw in _RECEIVING:
                head = self._object_head(n)
                if head is not None:  # "received a twelve-month prison sentence": was sentenced
                    found.discard(it.term)
                    found.add(head)
        return found

    def _before_with(self, clauses: set[int], first: int) -> set[str]:
        """ "held on to the top spot for a fourth week with takings of $28.5m": the verbs
        before a "with" that does not follow them at once are not said of the figure after it."""
        verbs = [it for it in self.items if it.clause in clauses and it.verb and it.pos < first]
        withs = [it for it in self.items if it.raw == "with" and it.clause in clauses and it.pos < first
                 and not any(v.pos > it.pos for v in verbs)]
        if not withs or not verbs:
            return set()
        at = withs[-1].pos
        last = max(v.pos for v in verbs if v.pos < at)
        between = [it for it in self.items if last < it.pos < at and not it.stop]
        return {v.term for v in verbs if v.pos < at} if between else set()

    def _object_head(self, n: int) -> str | None:
        """The head noun of the object of verb n, past a determiner and a compound figure
        ("a twelve-month prison sentence" -> sentence); None when a figure is the object."""
        verb = self.items[n]
        # a figure with a unit describes the noun after it ("twelve-month"); any other is the object
        objects = {p for p, q in zip(self.positions, self.quantities) if not (q.unit and q.kind == "count")}
        head, pos = None, verb.pos
        for nxt in self.items[n + 1:n + 6]:
            if nxt.clause != verb.clause or any(p in objects for p in range(pos + 1, nxt.pos)):
                break
            if nxt.stop and not (head is None and nxt.raw in _DETERMINERS):
                break
            if nxt.verb:
                break
            if not nxt.stop:
                head = nxt.term
            pos = nxt.pos
        return head
