"""scripts/score_quantities.py scores `factcheck figures` as the CQE paper scores quantity
extractors: micro P/R/F1 of value, value+unit and value+change (issue 14)."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FACTCHECK = str(Path(sys.executable).parent / "factcheck")


def _scorer():
    spec = importlib.util.spec_from_file_location("score_quantities", ROOT / "scripts" / "score_quantities.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_scores_value_unit_and_change_and_leaves_years_out(tmp_path):
    gold = [
        {"text": "In 2004 some 14 people paid $98 a share.",
         "quantities": [{"value": "14", "normalized_unit": "people"},
                        {"value": "98", "normalized_unit": "dollar per share"}]},
        {"text": "Sales rose 5% to 7 tonnes.",
         "quantities": [{"value": "5", "normalized_unit": "percentage", "change": "up"},
                        {"value": "8", "normalized_unit": "metric ton"}]},  # 7 is read, 8 is not
    ]
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(gold), encoding="utf-8")
    scorer = _scorer()
    got = scorer.score(path, FACTCHECK)
    # 4 figures found (2004 left out), 3 of 4 annotated values among them
    assert got["value"][:2] == (0.75, 0.75)
    assert got["value+unit"][:2] == (0.75, 0.75)
    every = scorer.score(path, FACTCHECK, every_kind=True)
    assert every["value"][0] == 3 / 5  # the year counts as a figure found that is no quantity


def test_a_value_in_e_notation_is_a_number_not_a_range():
    scorer = _scorer()
    assert scorer._equal({"value": "1.99E-05"}, {"value": 1.99e-05, "low": None, "high": None})
    assert scorer._equal({"value": "40-50"}, {"value": 40, "low": 40.0, "high": 50.0})
