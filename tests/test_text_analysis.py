"""A sentence read for matching, on hand-made sentences: the sense of its figures."""

from __future__ import annotations

from pathlib import Path

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
