"""Every rule has example rows, and each row does what it says: the rule decides the claim
against the source sentence (fires) or does not. Run through the whole check, one source
file holding the row's sentence."""

from __future__ import annotations

import pytest

from factcheck.engine import build_index, check_claims
from factcheck.judge.rules import RULES, Example
from tests.helpers import make_claim

ROWS = [(rule_id, row) for rule_id, rule in RULES.items() for row in rule.examples]


def test_every_rule_has_an_example_that_fires_and_one_that_does_not():
    for rule in RULES.values():
        assert rule.doc and rule.message and "\n" not in rule.doc, rule.id
        assert {row.fires for row in rule.examples} == {True, False}, f"{rule.id} needs both kinds of example"


def test_rule_ids_are_unique_kebab_case():
    assert all(rule_id == rule.id and rule_id.replace("-", "").isalpha() and rule_id.islower()
               for rule_id, rule in RULES.items())


@pytest.mark.parametrize("rule_id,row", ROWS, ids=[f"{r}-{'fires' if row.fires else 'not'}-{n}"
                                                    for n, (r, row) in enumerate(ROWS)])
def test_an_example_row(tmp_path, rule_id: str, row: Example):
    (tmp_path / "source.txt").write_text(row.source + "\n", encoding="utf-8")
    index = build_index(tmp_path)[0]
    (result,), _ = check_claims([make_claim(row.figure, row.claim)], index)
    assert (result.rule == rule_id) is row.fires, (result.verdict, result.rule, result.reason)
    if row.fires:
        assert "'" not in result.reason or "'s" in result.reason or "says" in result.reason or result.reason
