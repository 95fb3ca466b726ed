"""Derived figures: a share worked out from two counts, a count from a share of a whole."""

from factcheck.judge.compare import DIFFERS, VAGUER, WITHIN
from factcheck.judge.derive import count_from_share, share_from_counts
from tests.helpers import one


def test_share_worked_out_from_counts():
    rel, note = share_from_counts(one("about 13%"), one("33"), one("257"))
    assert rel == WITHIN and note == "derived: 33/257 = 12.8% ≈ 13%"
    rel, note = share_from_counts(one("a fifth"), one("33"), one("257"))
    assert rel == DIFFERS and "12.8%" in note


def test_count_worked_out_from_a_share():
    rel, note = count_from_share(one("around 55"), one("6pc"), 921)
    assert rel == WITHIN and "55.3" in note
    rel, _ = count_from_share(one("80"), one("6pc"), 921)
    assert rel == DIFFERS
    rel, _ = count_from_share(one("51"), one("6pc"), 921)
    assert rel == VAGUER  # inside what "6pc" allows once rounded, but not confirmed
