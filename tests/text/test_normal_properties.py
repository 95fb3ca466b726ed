"""Odd input never makes a false "supported" (issue 12, items 1-3): a sign is kept, a
figure too long for a float is not read, and invisible or typographic characters are
normalised on both sides before anything is compared."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from factcheck.engine import check_claims
from factcheck.index.memory import SentenceIndex
from factcheck.inputs.claims import load_claim_text
from factcheck.inputs.decoding import decode
from factcheck.inputs.sources import SourceText
from factcheck.text.normal import clean_text
from factcheck.text.numbers import read_quantities
from tests.helpers import FAST

INVISIBLE = "\u00ad\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\u202a\u202c"
SPACES = "\u00a0\u2009\u202f\u2007\u2002\u3000"


def verdict(claim_sentence: str, figure: str, source: str) -> str:
    """The verdict as the product reaches it: the source decoded from its bytes, the claim
    loaded from a claim file's bytes (each normalised on the way in)."""
    (text,) = [decode(source.encode("utf-8"))]
    index = SentenceIndex([SourceText("s.txt", text)])
    claim_file = json.dumps([{"figure": figure, "sentence": claim_sentence}]).encode("utf-8")
    claims, problems = load_claim_text(claim_file, "c.yaml", Path("c.yaml"))
    assert not problems
    (result,), _ = check_claims(claims, index)
    return result.verdict.value


amounts = st.decimals(min_value="0.1", max_value="9999", places=1).map(str)


@FAST
@given(amounts)
def test_a_minus_sign_is_kept(x):
    for minus in "-\u2212":
        (q,) = read_quantities(f"Output growth was {minus}{x}% in the fourth quarter.")
        assert q.value == -float(x) and q.text.startswith("-")
        (m,) = read_quantities(f"The deficit was {minus}£{x}bn last year.")
        assert m.value == -float(x) * 1e9 and m.kind == "money"


@FAST
@given(amounts)
def test_a_figure_without_its_sign_is_never_supported(x):
    source = f"Output growth in the fourth quarter was -{x}%, the statistics office said."
    assert verdict(f"Output growth in the fourth quarter was {x}%.", f"{x}%", source) != "supported"
    assert verdict(f"Output growth in the fourth quarter was -{x}%.", f"-{x}%", source) == "supported"


def test_a_sign_after_a_fall_word_only_repeats_it():
    (q,) = read_quantities("Sales fell by \u22125% in May.")
    assert q.value == 5


@FAST
@given(st.integers(min_value=16, max_value=400))
def test_a_number_too_long_for_a_float_is_not_read(digits):
    assert read_quantities("1" * digits + " members joined.") == []
    assert read_quantities("There are 1,500 members.")[0].value == 1500


@FAST
@given(st.text(alphabet=INVISIBLE + SPACES, max_size=3), st.integers(min_value=1, max_value=1))
def test_invisible_characters_inside_a_number_change_nothing(junk, _):
    source = f"Just 3{junk.replace(' ', '')}3 of the 257 officers disciplined since 2018 were sacked."
    clean = read_quantities(clean_text(source))
    assert [q.value for q in clean][:2] in ([33.0, 257.0], [3.0, 3.0])  # a space may split, never join
    if not any(ch in SPACES for ch in junk):
        assert [q.value for q in clean][:2] == [33.0, 257.0]
        assert verdict("Just 3 of the 257 officers disciplined since 2018 were sacked.", "3 of 257",
                       source) != "supported"


def test_typographic_thousands_separators_join_a_number():
    for space in "\u202f\u2009\u00a0":
        assert [q.value for q in read_quantities(clean_text(f"Some 1{space}500 officers"))] == [1500]
    assert [q.value for q in read_quantities(clean_text("a soft-hyphenated £2\u00ad5m"))] == [25e6]


@FAST
@given(st.text(alphabet="aeiouZoëé çñ\u0301\u0308", max_size=20))
def test_normal_form_is_one_whatever_the_composition(text):
    assert clean_text(unicodedata.normalize("NFD", text)) == clean_text(unicodedata.normalize("NFC", text))
    assert clean_text(clean_text(text)) == clean_text(text)


def test_a_decomposed_source_meets_a_composed_claim():
    source = unicodedata.normalize("NFD", "Zoë Billingham said 14 forces were inspected in 2021.")
    assert verdict("Zoë Billingham said 14 forces were inspected in 2021.", "14", source) == "supported"


def test_an_invisible_character_in_a_claim_word_breaks_nothing():
    source = "Just 33 of the 257 officers disciplined since 2018 were sacked."
    assert verdict("Just 33 of the 257 offi\u200bcers disciplined since 2018 were sa\u200fcked.", "33 of 257",
                   source) == "supported"
