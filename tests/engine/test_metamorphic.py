"""Metamorphic properties of a run: what must not change a verdict (issue 12, item 4)."""

from __future__ import annotations

import csv
import random
import shutil

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.engine import check, check_claims
from factcheck.index.cached import memory_index
from factcheck.inputs.claims import load_claims
from factcheck.models import Claim
from factcheck.text.numbers import read_quantities
from tests.helpers import CLAIMS, ROOT, SEEDS

BBC = ROOT / "tests" / "devset" / "bbc"


def _verdicts(results) -> dict[str, str]:
    return {r.claim.id: r.verdict.value for r in results}


@pytest.fixture(scope="module")
def shipped() -> list[Claim]:
    claims, _ = load_claims([CLAIMS])
    return claims


@pytest.fixture(scope="module")
def seeds_index():
    return memory_index(SEEDS, 10**9, None)[0]


@pytest.mark.parametrize("seed", range(4))
def test_reordering_claims_changes_nothing(shipped, seeds_index, seed):
    mixed = list(shipped)
    random.Random(seed).shuffle(mixed)
    assert _verdicts(check_claims(mixed, seeds_index)[0]) == _verdicts(check_claims(shipped, seeds_index)[0])


def test_splitting_claims_over_files_changes_nothing(shipped, workspace):
    lines = ["claims:"] + [f"  - id: {c.id}\n    figure: {c.figure!r}\n    sentence: {c.sentence!r}" for c in shipped]
    half = 1 + len(shipped) // 2
    folder = workspace({"one/all.yaml": "\n".join(lines) + "\n",
                        "two/a.yaml": "\n".join(lines[:half]) + "\n",
                        "two/b.yaml": "\n".join(["claims:"] + lines[half:]) + "\n"})
    one = check(load_claims([folder / "one"])[0], SEEDS)
    two = check(load_claims([folder / "two"])[0], SEEDS)
    assert _verdicts(one.results) == _verdicts(two.results) and len(one.results) == len(shipped)


def test_renaming_the_sources_changes_no_verdict(shipped, workspace):
    folder = workspace({})
    for n, seed in enumerate(sorted(SEEDS.glob("*.txt"))):  # other names, in another order
        shutil.copy(seed, folder / f"{9 - n}-renamed-{seed.name}")
    assert _verdicts(check(shipped, folder).results) == _verdicts(check(shipped, SEEDS).results)


@pytest.mark.parametrize("folder", [SEEDS, BBC], ids=["seeds", "bbc"])
def test_a_source_sentence_claimed_verbatim_is_supported(folder):
    index = memory_index(folder, 10**9, None)[0]
    claims = []
    for s in index.sentences:
        figures = [q for q in read_quantities(s.text) if q.kind in {"count", "percent", "money"}]
        if figures and 8 <= len(s.text.split()) <= 60:
            claims.append(Claim(f"{s.source}:{s.index}", figures[0].text, s.text, "verbatim.yaml", 1))
    results, _ = check_claims(claims, index)
    assert len(results) > 30
    assert [r.claim.id for r in results if r.verdict.value != "supported"] == []


def test_an_unrelated_article_changes_no_verdict(workspace):
    csv.field_size_limit(10**8)
    with (ROOT.parent / "shared" / "corpora" / "bbc-news-2225.csv").open(encoding="utf-8") as handle:
        text = {row["id"]: row["text"] for row in csv.DictReader(handle) if row["id"] in {"bbc-0246", "bbc-0000"}}
    folder = workspace({"alone/bbc-0246.txt": text["bbc-0246"], "beside/bbc-0246.txt": text["bbc-0246"],
                        "beside/bbc-0000.txt": text["bbc-0000"]})  # a rugby story beside Joss Stone's charts
    alone, beside = folder / "alone", folder / "beside"
    claim = Claim("stone", "11", "Her second album Mind, Body & Soul reached number one in the UK charts last October "
                  "and went straight into the US charts at number 11.", "c.yaml", 1)
    assert check([claim], alone).results[0].verdict.value == "supported"
    assert check([claim], beside).results[0].verdict.value == "supported"


def test_unrelated_articles_beside_the_seeds_change_no_verdict(shipped, workspace):
    """The BBC articles of the labelled sets beside the seeds: every verdict of the shipped
    claims and the labelled seeds claims stays (word weights come from a fixed reference,
    text/weights.py, not from the archive)."""
    claims = shipped + load_claims([ROOT / "tests" / "devset" / "seeds.yaml"])[0]
    folder = workspace({})
    for path in [*SEEDS.glob("*.txt"), *BBC.glob("*.txt"), *(ROOT / "tests" / "writers" / "bbc").glob("*.txt")]:
        shutil.copy(path, folder / path.name)
    assert len(list(folder.iterdir())) > 20
    assert _verdicts(check(claims, folder).results) == _verdicts(check(claims, SEEDS).results)


def _bbc_articles() -> dict[str, str]:
    csv.field_size_limit(10**8)
    with (ROOT.parent / "shared" / "corpora" / "bbc-news-2225.csv").open(encoding="utf-8") as handle:
        return {row["id"]: row["text"] for row in csv.DictReader(handle)}


ARTICLES = sorted(_bbc_articles().items())


@pytest.fixture(scope="module")
def seeds_verdicts(shipped):
    claims = shipped + load_claims([ROOT / "tests" / "devset" / "seeds.yaml"])[0]
    return claims, _verdicts(check(claims, SEEDS).results)


@settings(max_examples=4, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.lists(st.integers(0, len(ARTICLES) - 1), min_size=20, max_size=150, unique=True))
def test_any_unrelated_articles_added_beside_the_seeds_change_no_verdict(seeds_verdicts, tmp_path_factory, picks):
    """Adding (or, read the other way, removing) any news articles beside the seeds
    changes no verdict of the claims about the seeds: 4 draws of 20 to 150 of the 2,225
    BBC articles."""
    claims, alone = seeds_verdicts
    folder = tmp_path_factory.mktemp("beside")
    for seed in SEEDS.glob("*.txt"):
        shutil.copy(seed, folder / seed.name)
    for n in picks:
        name, text = ARTICLES[n]
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    assert _verdicts(check(claims, folder).results) == alone
