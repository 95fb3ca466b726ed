"""Times of day, elapsed times and scores as figures of their own kinds (text/clock.py)."""

import pytest

from factcheck.judge.compare import DIFFERS, EQUAL, INCOMPARABLE, relation
from factcheck.text.numbers import read_quantities
from tests.helpers import one


@pytest.mark.parametrize("text, figure, kind, value", [
    ("The blast came at 10.38am on Friday.", "10.38am", "time", 638),
    ("It ended at 1.35pm, not a count.", "1.35pm", "time", 13 * 60 + 35),  # once "debris", now a time
    ("Polls close at 9 pm.", "9 pm", "time", 21 * 60),
    ("She won in 2:04.45, a record.", "2:04.45", "elapsed", 124.45),
    ("Cragg won the 3,000m in 7:40.53.", "7:40.53", "elapsed", 460.53),
    ("Federer won 7-5 6-4 in Dubai.", "7-5 6-4", "score", 7050604),
    ("Arsenal beat Chelsea 2-1 on Sunday.", "2-1", "score", 201),
    ("It was a 3-0 win for the hosts.", "3-0", "score", 300),
    ("Protesters got in at 0300 GMT on Friday.", "0300 GMT", "time", 180),
    ("It can be seen on S4C at 1200 GMT.", "1200 GMT", "time", 720),
    ("She was hot favourite, with odds of 1/4 to leave.", "1/4", "odds", 0.25),
    ("Bookmakers made Bez the 7/4 favourite.", "7/4", "odds", 1.75),
])
def test_read_as_their_own_kind(text, figure, kind, value):
    found = [q for q in read_quantities(text) if q.text == figure]
    assert [(q.kind, q.value) for q in found] == [(kind, pytest.approx(value))]


@pytest.mark.parametrize("text", ["Prices rose 40-50% in a year.", "The ratio was 10:38 in all.",
                                  "In 2004-05, sales rose.", "Some 1200 people came.",
                                  "The 9/11 attacks led to a 24/7 watch."])
def test_no_time_or_score_where_none_is_written(text):
    assert not [q for q in read_quantities(text) if q.kind in {"time", "elapsed", "score", "odds"}]


@pytest.mark.parametrize("claim, source, expected", [
    ("7-5 6-4", "7-5 6-4", EQUAL), ("7-5 6-4", "7-5 6-3", DIFFERS), ("10.38am", "10:38 am", EQUAL),
    ("10.38am", "10.38pm", DIFFERS), ("2:04.45", "2:04.46", DIFFERS), ("7:40.53", "460.53", INCOMPARABLE),
    # three sets read as one long number: a set's last game is no rounding of it
    ("1-6 6-1 6-3", "1-6 6-1 6-4", DIFFERS), ("1-6 6-1 6-4", "1-6 6-1 6-4", EQUAL),
    ("odds of 1/3", "odds of 1/4", DIFFERS), ("odds of 1/4", "odds of 1/4", EQUAL),
])
def test_compared_only_with_their_own_kind(claim, source, expected):
    context = {"7-5 6-4": "He won {}.", "7-5 6-3": "He won {}.", "1-6 6-1 6-3": "She won {}.",
               "1-6 6-1 6-4": "She won {}."}
    c = one(context.get(claim, "at {}").format(claim)) if claim.count("-") else one(claim)
    s = one(context.get(source, "at {}").format(source)) if source.count("-") else one(source)
    assert relation(c, s) == expected


@pytest.mark.parametrize("text, figure, kind", [
    ("went down 7-6 (7-4) 6-3 to the American", "7-6 (7-4) 6-3", "score"),
    ("his side turned around a 15-6 deficit in Paris", "15-6", "score"),
    ("including a 45-6 humiliation of France", "45-6", "score"),
    ("placed a bet on the actor at odds of 8-1.", "8-1", "odds"),
    ("The list gave Scott odds of 6-9, followed by Clive Owen at 5-2.", "5-2", "odds"),
])
def test_tie_breaks_results_and_dashed_odds(text, figure, kind):
    (q,) = [q for q in read_quantities(text) if q.text == figure]
    assert q.kind == kind


def test_a_tie_break_tells_two_scores_apart():
    one, two = (read_quantities(t)[0] for t in ("lost 7-6 (7-4) 6-3", "lost 7-6 (7-2) 6-3"))
    assert one.kind == two.kind == "score" and one.value != two.value
