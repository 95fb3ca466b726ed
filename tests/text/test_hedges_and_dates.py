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
    ("as many as 500 people", "at-most"), ("as much as 70%", "at-most"), ("as high as 5%", "at-most"),
    ("500 people", ""), ("only 500 people", ""),
])
def test_the_hedge_before_a_figure(text: str, qualifier: str):
    assert one(text).qualifier == qualifier


@pytest.mark.parametrize(("text", "value"), [
    ("on 19th December 2013", 20131219), ("on December 19, 2013", 20131219), ("by Sept 5 2004", 20040905),
    ("on 13 November", 1113), ("from 1 May 2010", 20100501), ("on 3 Jan", 103),
])
def test_a_date_is_one_figure(text: str, value: int):
    q = one(text)
    assert (q.kind, q.value) == ("date", value)


@pytest.mark.parametrize("text", ["in May 2019", "since March 2004", "by dec. 2001"])
def test_a_year_after_a_month(text: str):
    assert one(text).kind == "year"


def test_a_day_of_the_month_is_no_count():
    assert read_quantities("12 march") == []  # lower case: no date, and no count either
    assert one("the 5th of May").kind == "date"
    assert one("the 5th of may").kind == "ordinal"  # "may" in lower case is a verb


@pytest.mark.parametrize(("text", "value"), [
    ("£2.5m", 2.5e6), ("£2.5 million", 2.5e6), ("$3 bn", 3e9), ("$5tn", 5e12), ("$5 tn", 5e12), ("7 thousand", 7e3),
])
def test_a_magnitude_after_a_number(text: str, value: float):
    assert one(text).value == pytest.approx(value)


@pytest.mark.parametrize(("text", "qualifiers"), [
    ("went on to make over $76m (£40.7m) worldwide", ["more-than", "more-than"]),
    ("will cost about 19,800 yen (145 euros)", ["about", "about"]),
    ("about $5m and (£3m) more", ["about", ""]),  # not a conversion: a word between
    ("$76m (£40.7m)", ["", ""]),
])
def test_a_conversion_in_brackets_takes_the_sums_hedge(text: str, qualifiers: list[str]):
    assert [q.qualifier for q in read_quantities(text)] == qualifiers
