"""The unit `factcheck figures` names for a count (the thing it counts) and for a rate (what
it is per), as annotated quantities name them (issue 14)."""

from __future__ import annotations

import pytest

from factcheck.text.figures import read_figures
from factcheck.text.numbers import read_quantities


@pytest.mark.parametrize("text, figure, unit", [
    ("a twister killed at least fourteen people and destroyed homes", "fourteen", "people"),
    ("it takes 23 computers to hook it all up", "23", "computer"),
    ("six dolphins will frolic in an aquarium", "six", "dolphin"),
    ("eight cabinet ministers had received money", "eight", "cabinet minister"),
    ("in the nation's six largest cities", "six", "large city"),
    ("he said that one of the computers slid across the floor", "one", "computer"),
    ("the deal covers two large contracts in the second half", "two", "large contract"),
    ("14 more officers resigned", "14", "officer"),
    ("10 died in the crash", "10", "-"),  # a verb, not a thing counted
    ("the score was 4 and then it rained", "4", "-"),
    ("It was worth 5 in all.", "5", "-"),
])
def test_a_count_is_named_by_what_it_counts(text, figure, unit):
    (found,) = [f for f in read_figures(text) if f.text == figure]
    assert found.unit == unit


@pytest.mark.parametrize("text, figure, unit", [
    ("the bellsouth pact was valued at about $98 a share.", "$98", "dollar per share"),
    ("a bid of 470 pence a share for the group", "470 pence", "penny per share"),
    ("oil output fell by 500,000 barrels a day", "500,000", "barrel per day"),
    ("it buys some 2.4 billion gallons of jet fuel a year.", "2.4 billion", "gallon per year"),
    ("revenue has grown at about 15% per annum since 1990", "15%", "percentage per year"),
    ("at 1,015 francs a share", "1,015", "franc per share"),
    ("egg prices averaged 64.2 cents a dozen.", "64.2 cents", "cent per dozen"),
    ("an average of 37.8 micrograms per gramme", "37.8", "microgram per gram"),
    ("sales grew to $1.17 billion a year earlier.", "$1.17 billion", "dollar"),  # a time, not a rate
])
def test_a_rate_says_what_it_is_per(text, figure, unit):
    (found,) = [f for f in read_figures(text) if f.text == figure]
    assert found.unit == unit


@pytest.mark.parametrize("text, value, unit", [
    ("it takes more than 10 1/2 miles of cable", 10.5, "mile"),
    ("raceway park is a 1/4 mile paved oval.", 0.25, "mile"),
    ("½ teaspoon baking powder", 0.5, "teaspoon"),
    ("The submarine weighs 25 lakh tonnes", 2.5e6, "metric ton"),
])
def test_fractions_and_lakhs_read_to_their_values(text, value, unit):
    q = read_quantities(text)[0]
    assert (q.value, q.unit) == (value, unit)


@pytest.mark.parametrize("text", ["open 24/7 all year", "since 9/11 nothing", "he took 3/20 in ten overs"])
def test_no_fraction_where_none_is_written(text):
    assert all(q.value not in {24 / 7, 9 / 11, 3 / 20} for q in read_quantities(text))


@pytest.mark.parametrize("text, figure, unit", [
    ("It'll be a two-horse race all the way", "two", "horse"),
    ("SSL was formed by a three-way merger", "three", "way"),
    ("brought by 28 of the world's largest entertainment firms", "28", "large entertainment firm"),
    ("they are one of Mexico's hottest hip-hop acts.", "one", "hot hip-hop act"),
    ("he's one of the best emcees in Spain", "one", "good emcee"),
    ("Some 32 Labour MPs voted against it", "32", "labour mp"),
    ("Millan and two friends set out to change that", "two", "friend"),
    ("two seasons ago United picked up points", "two", "season"),
    ("more than 100,000 e-mails in 30 days", "100,000", "e-mail"),
    ("Two wheel-based Emiews introduced themselves", "Two", "wheel-based emiew"),
    ("confining one known terrorist", "one", "known terrorist"),
])
def test_what_a_count_counts_as_a_news_sentence_says_it(text, figure, unit):
    (found,) = [f for f in read_figures(text) if f.text == figure]
    assert found.unit == unit


def test_growth_after_a_share_is_the_size_of_a_rise():
    (found,) = read_figures("The eight states will see 4.6% growth, the UN said.")[1:]
    assert (found.text, found.change) == ("4.6%", "up")


@pytest.mark.parametrize("text", ["a 15-6 deficit in Paris", "at odds of 8-1 on the day"])
def test_a_falling_pair_is_no_range(text):
    assert all(f.low is None for f in read_figures(text))


@pytest.mark.parametrize("text, figure, unit", [
    ("The Falic Group bought two cosmetics labels from LVMH", "two", "cosmetics label"),
    ("a basket of 35 M&S goods", "35", "m&s good"),
    ("based on the two parties' own detailed studies", "two", "party"),
])
def test_plural_modifiers_names_and_plural_possessives(text, figure, unit):
    (found,) = [f for f in read_figures(text) if f.text == figure]
    assert found.unit == unit


def test_a_change_and_the_level_it_reached_are_no_range():
    found = read_figures("shares rose 16.75 pence to 293.5p")
    assert [(f.value, f.low) for f in found] == [(16.75, None), (293.5, None)]


def test_a_range_s_first_end_takes_the_second_s_scale_for_the_judge_too():
    from factcheck.judge.ranges import range_of
    from factcheck.text.analysis import analyse

    for text, expected in [("It will cost $90-160 billion to rebuild.", (90e9, 160e9)),
                           ("They paid penalties of between $50-100,000 each.", (50_000, 100_000))]:
        a = analyse(text)
        low, high, _ = range_of(a, text, 0)
        assert (low, high) == expected
        (figure,) = [f for f in read_figures(text) if f.low is not None]
        assert (figure.low, figure.high) == expected


@pytest.mark.parametrize("text, figure, kind, low, high", [
    ("forecast growth of between 5 and 6 per cent", "5 and 6 per cent", "percent", 5, 6),
    ("profits rose 5 to 6 per cent", "5 to 6 per cent", "percent", 5, 6),
    ("a bill of £10bn-£12bn", "£10bn-£12bn", "money", 10e9, 12e9),
    ("people aged between 16 and 24", "16 and 24", "count", 16, 24),
])
def test_ranges_as_the_press_writes_them(text, figure, kind, low, high):
    (found,) = [f for f in read_figures(text) if f.low is not None]
    assert (found.text, found.kind, found.low, found.high) == (figure, kind, low, high)


@pytest.mark.parametrize("text, value", [("cooled to minus 160 degrees centigrade", -160),
                                         ("growth of minus 0.5% last year", -0.5)])
def test_minus_in_words_is_below_zero(text, value):
    assert read_quantities(text)[0].value == value


def test_a_dash_of_any_width_joins_a_range():
    (found,) = [f for f in read_figures("It will cost $90\u2013160 billion.") if f.low is not None]
    assert (found.low, found.high) == (90e9, 160e9)


@pytest.mark.parametrize("text, figure", [("to keep us in the top five.", "five"),
                                          ("in the last 16 in the Nou Camp", "16"),
                                          ("straight into the US charts at number 11.", "11")])
def test_a_count_after_top_last_or_number_is_listed_as_a_place(text, figure):
    (found,) = [f for f in read_figures(text) if f.text == figure]
    assert found.kind == "ordinal"
