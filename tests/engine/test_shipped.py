"""The card's three examples and the shipped claims get the verdicts a sub-editor gives."""

import pytest
import yaml

from factcheck.engine import build_index, check_claims, verify
from factcheck.judge.evaluate import score
from factcheck.models import Verdict
from tests.helpers import ROOT, make_claim

EXAMPLES = [
    ("33 of 257", "Just 33 of the 257 officers disciplined since 2018 were sacked."),
    ("6pc of 921", "Just 6pc of the 921 officers investigated since 2017 were dismissed."),
    ("23 of 63", "Of the 63 allegations made against Met officers since 2006, 23 were substantiated."),
]
WRONG = [
    ("35 of 257", "Just 35 of the 257 officers disciplined since 2018 were sacked.", "33"),
    ("6pc of 912", "Just 6pc of the 912 officers investigated since 2017 were dismissed.", "921"),
    ("nine", "The Met dismissed without notice nine officers since 2006 over obscene images.", "seven"),
]


@pytest.fixture(scope="module")
def index():
    return build_index(ROOT / "seeds")[0]


@pytest.mark.parametrize("figure,sentence", EXAMPLES)
def test_card_examples_are_supported(index, figure, sentence):
    (result,), _ = check_claims([make_claim(figure, sentence)], index)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert result.passage is not None and result.passage.line > 0


@pytest.mark.parametrize("figure,sentence,source_says", WRONG)
def test_wrong_figures_are_contradicted_with_the_source_value(index, figure, sentence, source_says):
    (result,), _ = check_claims([make_claim(figure, sentence)], index)
    assert result.verdict is Verdict.CONTRADICTED, result.reason
    assert f"source says {source_says}" in result.reason


def test_figure_in_an_unrelated_sentence_is_missing(index):
    claim = make_claim("700", "Officers at the festival sang 700 songs about the Met's culture.")
    (result,), _ = check_claims([claim], index)
    assert result.verdict is Verdict.MISSING


def test_shipped_claims_get_their_verdicts():
    expected = yaml.safe_load((ROOT / "tests/data/shipped-verdicts.yaml").read_text())["verdicts"]
    run = verify([ROOT / "claims"], ROOT / "seeds")
    got = {r.claim.id: r.verdict.value for r in run.results}
    assert set(got) == set(expected)
    s = score((expected[i], got[i]) for i in expected)
    assert s.false_supported == 0
    for example in ("od-33-of-257", "tg-6pc-of-921", "met-23-of-63"):
        assert got[example] == "supported"
    assert {v for v in got.values()} == {"supported", "contradicted", "missing"}
    assert s.accuracy >= 0.92, s.confusion  # 61 of 66 (0.924); a claim lost fails (0.854 before the frames, 48 claims)
