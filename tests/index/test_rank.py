"""rank() against the rule it implements, written out a second time: every id's weights
added one by one, in sorted term order, best first, ties to the earlier sentence. A
faster rank() must give the same ids to the last bit (a version that kept the ids
under one word as sets was tried: the same results, but slower on real postings).
rank() prunes: it stops reading postings through once the weight left cannot lift an
unseen sentence to the cut, so the sets below also hold long postings of light words
beside short ones of heavy words, where the pruning and both ways of looking the rest
up (bisection, reading through) are taken."""

from __future__ import annotations

import heapq

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.index.base import rank


def plain_rank(postings, weight, span, limit, place=None):
    """The rule, one dict update per posting."""
    scores: dict[int, float] = {}
    for term in sorted(postings):
        w = weight(term)
        for i in postings[term]:
            if span is None or span[0] <= i < span[1]:
                scores[i] = scores.get(i, 0.0) + w
    if len(scores) > limit:
        floor = heapq.nlargest(limit, scores.values())[-1]
        scores = {i: score for i, score in scores.items() if score >= floor}
    place = place or (lambda i: i)
    return [sid for _, sid in sorted((-score, place(i)) for i, score in scores.items())[:limit]]


terms = st.sampled_from([f"w{n}" for n in range(8)])
# every index keeps a term's postings in ascending order, which rank() may rely on
postings = st.dictionaries(terms, st.lists(st.integers(0, 60), unique=True, max_size=40).map(sorted), max_size=8)
# few distinct weights, some that do not add exactly (0.1 + 0.2), so that ties and rounding both occur
weights = st.dictionaries(terms, st.sampled_from([0.1, 0.2, 0.3, 1.0, 1.5, 2.0, 0.7000000000000001]), min_size=8)


@settings(max_examples=400, deadline=None)
@given(postings, weights, st.one_of(st.none(), st.tuples(st.integers(0, 30), st.integers(20, 61))),
       st.integers(1, 30), st.booleans())
def test_rank_is_the_plain_rule_to_the_last_bit(posted, weight, span, limit, shuffled):
    place = (lambda i: (i * 37) % 61) if shuffled else None  # ids that are not sentence numbers
    got = rank(posted, weight.__getitem__, span, limit, place)
    assert got == plain_rank(posted, weight.__getitem__, span, limit, place)


def test_many_ties_at_the_cut_go_to_the_earlier_sentences():
    posted = {"common": list(range(1, 1001)), "rare": [7, 500]}
    weight = {"common": 0.5, "rare": 3.0}.__getitem__
    assert rank(posted, weight, None, 5) == [7, 500, 1, 2, 3] == plain_rank(posted, weight, None, 5)


long_postings = st.lists(st.integers(0, 3000), unique=True, min_size=0, max_size=1500).map(sorted)
short_postings = st.lists(st.integers(0, 3000), unique=True, max_size=12).map(sorted)
light = st.sampled_from([0.01, 0.05, 0.1, 0.30000000000000004])
heavy = st.sampled_from([2.0, 3.5, 7.25, 9.1])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(short_postings, heavy), min_size=1, max_size=4),
       st.lists(st.tuples(long_postings, light), max_size=5),
       st.one_of(st.none(), st.tuples(st.integers(0, 1500), st.integers(1500, 3001))), st.integers(1, 30))
def test_pruned_sums_are_the_plain_rule_on_long_light_postings(rare, common, span, limit):
    posted, weight = {}, {}
    for n, (ids, w) in enumerate(rare + common):
        posted[f"t{n}"], weight[f"t{n}"] = ids, w
    assert rank(posted, weight.__getitem__, span, limit) == plain_rank(posted, weight.__getitem__, span, limit)


def test_a_common_word_is_not_read_through_once_it_cannot_change_the_cut():
    class Counted(list):
        reads = 0

        def __iter__(self):
            Counted.reads += 1
            return super().__iter__()

    posted = {"rare": [3, 40, 41], "common": Counted(range(0, 100_000, 2))}
    weight = {"rare": 9.0, "common": 0.1}.__getitem__
    assert rank(posted, weight, None, 2) == [40, 3] == plain_rank(posted, weight, None, 2)
    assert Counted.reads == 1  # once by plain_rank, never by rank()
