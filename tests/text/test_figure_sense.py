"""A sentence read for matching, on hand-made sentences: the sense of its figures."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.engine import check
from factcheck.models import Claim, Verdict
from factcheck.text.analysis import analyse


def test_declined_is_a_fall_not_a_negation():
    a = analyse("Profits declined 5% last year.")
    assert [q.text for q in a.quantities] == ["5%"]
    assert not a.negated(0)
    assert a.polarity(0) == "down"
    assert a.direction(0) == "by"


def test_refused_and_failed_still_negate():
    assert analyse("The council refused to pay 500 staff.").negated(0)
    assert analyse("The firm failed to sell 300 homes.").negated(0)
    assert not analyse("The firm sold 300 homes.").negated(0)


def test_a_fall_supports_a_decline(tmp_path: Path):
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "report.txt").write_text("Profits declined 5% last year.\n", encoding="utf-8")
    claim = Claim(id="c1", figure="5%", sentence="Profits fell 5% last year.", file="claims.yaml", line=1)
    (result,) = check([claim], sources).results
    assert result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(("sentence", "direction", "polarity"), [
    ("Sales rose to £5m last year.", "to", "up"),
    ("Sales rose £1m last year.", "by", "up"),
    ("Sales were up nearly $3bn on the year.", "by", "up"),  # past the hedge, "up"
    ("Sales fell from £4m in 2003.", "from", "down"),
    ("Sales slumped by 12% in 2003.", "by", "down"),
    ("Sales were £4m in 2003.", "", ""),
])
def test_the_way_a_figure_points(sentence: str, direction: str, polarity: str):
    a = analyse(sentence)
    assert (a.direction(0), a.polarity(0)) == (direction, polarity)


@pytest.mark.parametrize(("sentence", "negated"), [
    ("The force did not sack 12 officers.", True),
    ("The force never sacked 12 officers.", True),
    ("No fewer than 921 officers were sacked.", False),  # a hedge, not a negation
    ("The force sacked 12 officers.", False),
])
def test_a_negated_figure(sentence: str, negated: bool):
    assert analyse(sentence).negated(0) is negated


def test_a_month_or_a_day_is_no_name():
    a = analyse("On Monday the Met said Dec figures showed 12 arrests.")
    assert "met" in a.names() and not {"monday", "dec"} & {it.raw for it in a.items if it.term in a.names()}
