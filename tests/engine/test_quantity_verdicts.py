"""Verdicts on figures with units, currencies and shares of a scale, end to end (issue 14):
what the reader now reads must decide the pair as a sub-editor would."""

from __future__ import annotations

import pytest

from factcheck.engine import verify

SOURCE = """Kenteris won 200m gold at the 2000 Sydney Olympics.
The court fined him 50,000 South African rand for the offence.
Smith lost 25 pounds in weight before the fight.
Half a million people marched through London on Saturday.
Tesco's shares rose 16.75 pence to 293.5p in early trading.
"""

CLAIMS = [
    ("metres", "200m", "Kenteris took the 200m gold in Sydney in 2000.", "supported"),
    ("rand", "50,000 rand", "He was fined 50,000 rand by the court for the offence.", "supported"),
    ("rand-other", "60,000 rand", "He was fined 60,000 rand by the court for the offence.", "contradicted"),
    ("rand-not-dollars", "$50,000", "He was fined $50,000 by the court for the offence.", "not supported"),
    ("weight", "25 pounds", "Smith shed 25 pounds in weight before the fight.", "supported"),
    ("weight-not-money", "£25", "Smith lost £25 in weight before the fight.", "not supported"),
    ("half-a-million", "500,000", "Some 500,000 people marched through London on Saturday.", "supported"),
    ("pence", "16.75 pence", "Tesco's shares rose 16.75 pence in early trading.", "supported"),
]


@pytest.fixture(scope="module")
def results(tmp_path_factory):
    folder = tmp_path_factory.mktemp("q")
    (folder / "src").mkdir()
    (folder / "src" / "a.txt").write_text(SOURCE, encoding="utf-8")
    lines = []
    for cid, figure, sentence, _ in CLAIMS:
        lines += [f"- id: {cid}", f"  figure: '{figure}'", f"  sentence: \"{sentence}\""]
    (folder / "c.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    run = verify([folder / "c.yaml"], folder / "src")
    return {r.claim.id: r.verdict.value for r in run.results}


@pytest.mark.parametrize("cid, figure, sentence, expected", CLAIMS, ids=[c[0] for c in CLAIMS])
def test_quantities_with_units_get_the_right_verdict(results, cid, figure, sentence, expected):
    if expected == "not supported":  # another currency, or money for a weight: never confirmed
        assert results[cid] != "supported"
    else:
        assert results[cid] == expected
