"""The number reader: every spelling of a value reads to that value, with its kind."""

import pytest

from factcheck.text.numbers import read_quantities

# (text, [(value, kind), ...]) — one row per form the reader must know.
FORMS = [
    ("33 of 257", [(33, "count"), (257, "count")]),
    ("Just 6pc of officers", [(6, "percent")]),
    ("6%", [(6, "percent")]),
    ("six per cent", [(6, "percent")]),
    ("only six percent of", [(6, "percent")]),
    ("6 p.c.", [(6, "percent")]),
    ("Fifty-five officers", [(55, "count")]),
    ("the 55,000 officers", [(55000, "count")]),
    ("55000 officers", [(55000, "count")]),
    ("twelve months", [(12, "count")]),
    ("a 13-year-old", [(13, "count")]),
    ("one hundred and twelve", [(112, "count")]),
    ("a dozen", [(12, "count")]),
    ("£2.5m", [(2_500_000, "money")]),
    ("£2.5 million", [(2_500_000, "money")]),
    ("Â£42.5m", [(42_500_000, "money")]),
    ("$40m", [(40_000_000, "money")]),
    ("2.5bn", [(2_500_000_000, "count")]),
    ("€1.3 billion", [(1_300_000_000, "money")]),
    ("£250k", [(250_000, "money")]),
    ("since 2006", [(2006, "year")]),
    ("on 19th December 2013", [(20131219, "date")]),
    ("a third of officers", [(1 / 3, "fraction")]),
    ("two-thirds", [(2 / 3, "fraction")]),
    ("half of them", [(0.5, "fraction")]),
    ("one in five officers", [(0.2, "fraction")]),
    ("she came 11th", [(11, "ordinal")]),
    ("£2.5\u00a0million", [(2_500_000, "money")]),  # a non-breaking space
    ("1\u2009921 officers", [(1, "count"), (921, "count")]),  # a thin space is a space, not a separator
    ("a 13\u2011year\u2011old", [(13, "count")]),  # non-breaking hyphens
    ("fell by \u22125%", [(5, "percent")]),  # a Unicode minus
    ("3 out of 10", [(3, "count"), (10, "count")]),
    ("half of the 63", [(0.5, "fraction"), (63, "count")]),
    ("Three in four said", [(0.75, "fraction")]),
]

# Text that holds digits but no figure a claim could rest on.
NOT_FIGURES = [
    "Officer allegations9104464619163",
    "Covid-19 inquiry",
    "profile2.jpg",
    # "in the 1980s" and "hundreds of officers" read as bands, which never confirm nor deny a
    # number (tests/text/test_vague.py, tests/judge/test_compare.py)
]


@pytest.mark.parametrize("text,expected", FORMS)
def test_form_reads_to_value(text, expected):
    got = read_quantities(text)
    assert [q.kind for q in got] == [kind for _, kind in expected]
    assert [q.value for q in got] == pytest.approx([value for value, _ in expected])


def test_a_third_officer_is_a_place_not_a_share():
    assert [(q.kind, q.value) for q in read_quantities("A third officer at the force")] == [("ordinal", 3.0)]


@pytest.mark.parametrize("text", NOT_FIGURES)
def test_debris_is_not_a_figure(text):
    assert read_quantities(text) == []


def test_currency_is_part_of_the_value():
    pound, dollar = read_quantities("£40m and $40m")
    assert pound.unit == "£" and dollar.unit == "$"


@pytest.mark.parametrize("text,value", [("274p", 274), ("down 247p, or 18%", 247), ("at 1115 pence", 1115),
                                        ("a 1 penny coin", 1)])
def test_pence_are_money_in_pence(text, value):
    q = read_quantities(text)[0]
    assert (q.kind, q.unit, q.value) == ("money", "penny", value)


@pytest.mark.parametrize("text,kind", [("at 5pm", "time"), ("a 6pc rise", "percent")])
def test_pence_leave_other_suffixes_alone(text, kind):
    assert read_quantities(text)[0].kind == kind


@pytest.mark.parametrize("text,qualifier", [
    ("more than 900", "more-than"), ("over 900", "more-than"), ("at least 921", "at-least"),
    ("fewer than 900", "fewer-than"), ("nearly 1,000", "nearly"), ("almost 1,000", "nearly"),
    ("about 55", "about"), ("around 55", "about"), ("some 36", "about"), ("up to 19", "at-most"),
])
def test_hedges_are_read(text, qualifier):
    (q,) = read_quantities(text)
    assert q.qualifier == qualifier


@pytest.mark.parametrize("text,roles", [
    ("just 33 of the 257 getting the sack", ["part", "whole"]),
    ("Out of the 63 allegations made, 23 have been substantiated", ["whole", "part"]),
    ("Of 14 officers investigated, two were fired", ["whole", "part"]),
    ("33 officers out of 257", ["part", "whole"]),
    ("43 cases against the 55 officers", ["", ""]),
])
def test_ratio_roles(text, roles):
    assert [q.role for q in read_quantities(text)] == roles


@pytest.mark.parametrize("text, figure, kind", [
    ("Listeners of Radio 1 rose.", "1", "label"),  # a name's number
    ("The lifts of the TFC 101 Tower are the fastest.", "101", "label"),  # after an acronym, before a name
    ("Earlier on Friday 15 protesters were arrested.", "15", "count"),  # a weekday is no name
    ("Firefox 1.0 was released on 9 November.", "1.0", "label"),  # a first word the lexicon does not know
    ("Nearly 12 officers left.", "12", "count"), ("Exactly 12 officers left.", "12", "count"),  # adverbs
    ("The FTSE 100 index rose.", "100", "count"),  # an acronym alone does not make a name of it
])
def test_a_number_in_a_name_is_a_label(text, figure, kind):
    assert [q.kind for q in read_quantities(text) if q.text == figure] == [kind]


def test_a_quarter_final_is_no_share():
    assert read_quantities("She set up a quarter-final against the American.") == []
    assert [q.kind for q in read_quantities("A quarter of staff were sick.")] == ["fraction"]


@pytest.mark.parametrize("text", ["About 20,000 people were banned from Half-Life 2.", "Seven-Up sold well."])
def test_a_number_word_joined_to_a_capitalised_word_is_a_name(text):
    assert [q.text for q in read_quantities(text) if not q.text[0].isdigit()] == []
    assert [q.value for q in read_quantities("Half of players were banned.")] == [0.5]


@pytest.mark.parametrize("text, kind", [
    ("In a precursor to the 2020 cases of Nicole Smallman and Bibaa Henry, an officer was warned.", "year"),
    ("Aid budgets are half their 1960 levels.", "year"),
    ("Some 2050 volunteers came.", "count"),  # no determiner: a count, as before
])
def test_a_year_after_a_determiner_names_a_year(text, kind):
    assert [q.kind for q in read_quantities(text) if q.text[:1].isdigit()] == [kind]



@pytest.mark.parametrize("text, unit", [
    ("Stallone, 71, appeared not to have enjoyed it.", "year-old"),  # a name, an age between commas
    ("Mr Smith, 45, was held.", "year-old"),
    ("However, 12, of them left.", ""),  # no name
    ("In Paris, 12 officers left.", ""),  # no comma after it
])
def test_an_age_between_commas_after_a_name(text, unit):
    assert [q.unit for q in read_quantities(text) if q.text[:1].isdigit()] == [unit]


@pytest.mark.parametrize("text, value", [
    ("Sales fell by a third in 2004.", 1 / 3),  # the size of a change, whatever follows it
    ("The firm cut costs by a fifth last year.", 0.2),
])
def test_a_share_after_by_is_the_size_of_a_change(text, value):
    assert [(q.kind, round(q.value, 6)) for q in read_quantities(text) if q.kind == "fraction"] == [
        ("fraction", round(value, 6))]


@pytest.mark.parametrize("text, figure, year", [
    ("The 0.7% objective could be met by 2010-11.", "2010-11", 2010.0),  # a financial year: the one it starts in
    ("He joined in the 2003/04 season.", "2003/04", 2003.0),
    ("It was the 1999-00 season.", "1999-00", 1999.0),
])
def test_a_year_that_runs_over_two_is_one_figure(text, figure, year):
    assert [(q.text, q.kind, q.value) for q in read_quantities(text) if q.kind == "year"] == [(figure, "year", year)]
    assert len(read_quantities("From 2004-2005 prices rose.")) == 2  # two years, said in full


@pytest.mark.parametrize("text, figures", [
    ("England finished second in the table.", [("second", 2.0, "ordinal")]),
    ("The side came first in Dubai.", [("first", 1.0, "ordinal")]),
    ("They lie in second place.", [("second", 2.0, "ordinal")]),
    ("The second album sold well.", []),  # a second of something is no place
    ("It was the first time in a second.", []),
    ("A 42in screen costs more.", [("42in", 42.0, "count")]),  # inches, glued
    ("She went out in the second round.", [("second", 2.0, "ordinal")]),  # a round, a leg, a set, a seed
    ("Ghana is the world's second largest cocoa exporter.", [("second", 2.0, "ordinal")]),  # before a superlative
    ("Nigeria is the second-biggest producer.", [("second", 2.0, "ordinal")]),
    ("The second test went ahead.", []),
    ("Sales rose tenfold.", [("tenfold", 10.0, "multiple")]),
])
def test_first_and_second_are_places_where_a_place_is_said(text, figures):
    assert [(q.text, q.value, q.kind) for q in read_quantities(text)] == figures
    assert all(q.unit == "inch" for q in read_quantities(text) if q.text.endswith("in"))
