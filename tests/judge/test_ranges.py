"""A range in the source ("70% to 80%") supports only a claim that names its bound or states
the range (issue 14); a bare value inside it is vaguer than the claim; outside, it differs."""

import pytest

from factcheck.engine import build_index, check_claims
from tests.helpers import make_claim

SOURCE = "About 70% to 80% of bondholders are expected to accept the terms of the offer."
CLAIM = "{} of bondholders are expected to accept the terms of the offer."


@pytest.mark.parametrize("figure, verdict", [
    ("up to 80%", "supported"),  # the writer names the source's maximum
    ("as many as 80%", "supported"),
    ("at least 70%", "supported"),
    ("70% to 80%", "supported"),  # the claim states the range
    ("75%", "missing"),  # inside the range, but the source gives no one value
    ("70%", "missing"),
    ("90%", "contradicted"),  # outside it
])
def test_a_source_range(tmp_path, figure, verdict):
    (tmp_path / "source.txt").write_text(SOURCE + "\n", encoding="utf-8")
    index = build_index(tmp_path)[0]
    sentence = CLAIM.format(figure[:1].upper() + figure[1:])
    (result,), _ = check_claims([make_claim(figure, sentence)], index)
    assert result.verdict.value == verdict, result.reason
    assert "70% to 80%" in result.reason or verdict == "supported" and figure == "70% to 80%"


def test_a_change_and_the_level_it_reached_are_no_range():
    from factcheck.text.figures import read_figures
    found = read_figures("Users rose by 12% to 100 million.")
    assert [(f.text, f.low) for f in found] == [("12%", None), ("100 million", None)]
