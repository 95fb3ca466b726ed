"""Figures read from hand-made text: hedges, dates and spelled-out numbers."""

from __future__ import annotations

import pytest

from factcheck.text.numbers import read_quantities


def one(text: str):
    (q,) = read_quantities(text)
    return q


@pytest.mark.parametrize(("text", "qualifier"), [
    ("about 500 people", "about"), ("around 500 people", "about"), ("circa 500 people", "about"),
    ("an estimated 500 people", "about"), ("approx. 500 people", "about"), ("more or less 500 people", "about"),
    ("nearly 500 people", "nearly"), ("almost 500 people", "nearly"), ("close to 500 people", "nearly"),
    ("just shy of 500 people", "nearly"), ("more than 500 people", "more-than"), ("at least 500 people", "at-least"),
    ("no fewer than 500 people", "at-least"), ("fewer than 500 people", "fewer-than"), ("up to 500 people", "at-most"),
    ("as many as 500 people", "at-most"), ("500 people", ""), ("only 500 people", ""),
])
def test_the_hedge_before_a_figure(text: str, qualifier: str):
    assert one(text).qualifier == qualifier
