"""Which passage decides a claim when one supports it and another contradicts it."""

import shutil
from pathlib import Path

from factcheck.engine import check
from factcheck.models import Claim, Verdict
from tests.helpers import ROOT

CLAIM = Claim("mini", "£6,646", "When it was launched, the cheapest Mini cost just more than £6,646.", "c.yaml", 1)
OWN = "Car prices.\nWhen it was launched, the cheapest Mini cost just more than £10,000.\n"
# Another article: most of the claim's words, and a figure that "more than £6,646" allows
OTHER = ("Used cars.\nWhen it was launched, the Mini was a hit, and it cost just more than the rivals.\n"
         "A Mini One bought when the model was launched should still fetch at least £8,000 for the cheapest model.\n")


def sources(folder: Path, **files: str) -> Path:
    shutil.copytree(ROOT / "seeds", folder)  # a real background for the words' weights
    for name, text in files.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


def test_the_claims_own_statement_outweighs_a_weaker_support(tmp_path):
    (result,) = check([CLAIM], sources(tmp_path / "both", own=OWN, other=OTHER)).results
    assert result.verdict is Verdict.CONTRADICTED, result.reason
    assert result.passage.source == "own.txt" and "£10,000" in result.reason


def test_without_its_own_statement_the_weaker_passage_supports(tmp_path):
    (result,) = check([CLAIM], sources(tmp_path / "other", other=OTHER)).results
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert result.passage.source == "other.txt"


def test_a_gap_is_not_a_share(tmp_path):
    """ "16 per cent less than men" is a difference; "16% of women" a share of them."""
    folder = sources(tmp_path / "pay", pay=(
        "Women in film 'are earning less'. Women in the UK film industry earn less than their male counterparts "
        "despite being better qualified, and fewer of them work full-time. Only 16% of women earn more than "
        "£50,000, compared with 30% of men.\n"))
    gap = Claim("gap", "16 per cent", "Women in full-time work earn 16 per cent less than men.", "c.yaml", 1)
    share = Claim("share", "16%", "Only 16% of women earn more than £50,000.", "c.yaml", 2)
    results = {r.claim.id: r for r in check([gap, share], folder).results}
    assert results["gap"].verdict is not Verdict.SUPPORTED, results["gap"].reason
    assert results["share"].verdict is Verdict.SUPPORTED, results["share"].reason


def test_a_holders_possessive_is_spelled_once_in_a_reason(tmp_path):
    claim = Claim("eu", "12%", "Broadband users in Britain rose by 12% last year.", "c.yaml", 1)
    text = "Broadband.\nThe number of Europeans with broadband rose by 12% last year.\n"
    (result,) = check([claim], sources(tmp_path / "eu", eu=text)).results
    assert result.verdict is Verdict.MISSING
    assert "'s's" not in result.reason and "s's" not in result.reason, result.reason


def test_a_verb_that_goes_the_same_way_says_the_same_of_the_figure(tmp_path):
    """ "slipped" and "fell" share no sense, but both go down."""
    claim = Claim("fa", "$3m", "Fat Albert, a live-action adaptation of Bill Cosby's cartoon, slipped one place to "
                  "fifth with takings of $3m over the three days beginning on Friday.", "c.yaml", 1)
    text = ("Box office.\nAnd Fat Albert, a live-action adaptation of Bill Cosby's cartoon, fell one place to number "
            "five, with takings over the three days beginning on Friday of $5m.\n")
    (result,) = check([claim], sources(tmp_path / "fa", fa=text)).results
    assert result.verdict is Verdict.CONTRADICTED, result.reason
