"""The sub-editor's rules for hedges, rounding and units, one row each (derived figures: test_derive.py)."""

import pytest

from factcheck.judge.compare import DIFFERS, EQUAL, INCOMPARABLE, VAGUER, WITHIN, relation
from tests.helpers import one

# (claim, source, expected relation)
RULES = [
    ("more than 900", "921", WITHIN),
    ("over 900", "921", WITHIN),
    ("at least 900", "921", WITHIN),
    ("fewer than 900", "921", DIFFERS),
    ("more than 72,000", "750,000", DIFFERS),  # true, but ten times out: misleading
    ("over 93,192", "150,000", DIFFERS),  # a precise bound is the source's figure, not a rounding
    ("over 93,192", "93,195", WITHIN),
    ("more than 40,000", "44,000", WITHIN),
    ("fewer than 900", "300", DIFFERS),
    ("nearly 1,000", "921", DIFFERS),
    ("nearly 1,000", "960", WITHIN),
    ("almost 1,000", "1,000", DIFFERS),
    ("about 55", "53", WITHIN),
    ("some 912", "921", DIFFERS),
    ("hundreds of officers", "921 officers", WITHIN),
    ("hundreds of officers", "33 officers", DIFFERS),
    ("921 officers", "hundreds of officers", VAGUER),  # a band never contradicts a number
    ("44,000 messages", "thousands of messages", VAGUER),
    ("hundreds", "thousands", DIFFERS),
    ("in his late 20s", "aged 28", WITHIN),
    ("in his late 20s", "aged 22", DIFFERS),  # a transposition, not a rounding: "about" is a step of its last digit
    ("about 910", "912", WITHIN),
    ("about 30,000", "29,100", WITHIN),
    ("about £3.6m", "£3.45m", DIFFERS),
    ("around 55", "58", DIFFERS),
    ("some 36", "36", EQUAL),
    ("roughly 200", "209", WITHIN),
    ("6%", "6.2%", WITHIN),
    ("6%", "6.4%", WITHIN),
    ("6%", "6.6%", DIFFERS),
    ("6%", "7%", DIFFERS),
    ("6pc", "six per cent", EQUAL),
    ("£2.5m", "£2,480,000", WITHIN),
    ("£2.5m", "£2.4m", DIFFERS),
    ("£2.5m", "£2.5 million", EQUAL),
    ("8,000", "8,234", DIFFERS),
    ("55,000", "55000", EQUAL),
    ("Fifty-five", "55", EQUAL),
    ("£40m", "$40m", DIFFERS),
    ("£40m", "$55m", INCOMPARABLE),
    ("3bn rupees", "£3bn", DIFFERS),
    ("70 million tonnes", "7 million tonnes", DIFFERS),
    ("6%", "6", INCOMPARABLE),
    ("2006", "2,006", INCOMPARABLE),
    ("12 months", "twelve months", EQUAL),
    ("12 months", "12 years", DIFFERS),  # 12 months is a year: the calendar's units convert
    ("a year", "12 months", EQUAL),
    ("a decade", "ten years", EQUAL),
    ("a fortnight", "14 days", EQUAL),
    ("two weeks", "a fortnight", EQUAL),
    ("30 days", "a month", INCOMPARABLE),  # a month is no fixed number of days
    ("365 days", "a year", INCOMPARABLE),
    ("1.45secs", "1.45 seconds", EQUAL),
    ("fourth", "4th", EQUAL),
    ("fourth", "fifth", DIFFERS),
    ("fourth", "four", INCOMPARABLE),  # a place is no count
    ("doubled", "two times as many", EQUAL),
    ("three times as many", "tripled", EQUAL),
    ("doubled", "tripled", DIFFERS),
    ("three times as many", "three", INCOMPARABLE),  # a multiple is no count
    ("a third", "33%", WITHIN),
    ("a third", "40%", DIFFERS),
    ("more than a third", "36.5%", WITHIN),
    ("one in ten", "10%", EQUAL),
    ("fewer than one in ten", "6%", WITHIN),
    ("up to 29", "up to 19", DIFFERS),
    ("up to 20", "19", WITHIN),
    ("as many as 20", "12", DIFFERS),
    ("921", "at least 921", EQUAL),
    ("900", "more than 900", VAGUER),
    ("more than 40,000", "more than 44,000", DIFFERS),  # same hedge: the bounds must agree
    ("over 900", "more than 900", EQUAL),
    ("around 5.8%", "about 5.7%", DIFFERS),
]


@pytest.mark.parametrize("claim,source,expected", RULES)
def test_rule(claim, source, expected):
    assert relation(one(claim), one(source)) == expected


def test_every_rule_kind_has_an_example():
    relations = {expected for _, _, expected in RULES}
    assert relations == {EQUAL, WITHIN, DIFFERS, VAGUER, INCOMPARABLE}

