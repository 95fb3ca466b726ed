"""Property tests: any figure in any sentence gets one of the three verdicts from the engine, never a crash."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.engine import check_claims
from factcheck.index.memory import SentenceIndex
from factcheck.inputs.sources import read_sources
from factcheck.models import Claim, Verdict
from factcheck.text.numbers import read_quantities
from tests.helpers import ANY_TEXT, FAST, NUMBERISH, SEEDS, TRIED


@pytest.fixture(scope="module")
def seeds_index() -> SentenceIndex:
    return SentenceIndex(read_sources(SEEDS)[0])


@FAST
@given(figure=st.one_of(NUMBERISH, ANY_TEXT), sentence=ANY_TEXT)
def test_any_figure_and_sentence_get_one_of_three_verdicts(seeds_index, figure, sentence):
    TRIED["figure and sentence"] += 1
    figure = figure.strip()
    if not figure or not read_quantities(figure):  # the claim loader refuses these
        figure = "33 " + figure
    claim = Claim("c", figure, sentence, "c.yaml", 1)
    (result,), problems = check_claims([claim], seeds_index)
    assert result.verdict in (Verdict.SUPPORTED, Verdict.CONTRADICTED, Verdict.MISSING) and problems == []
