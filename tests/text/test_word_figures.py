"""Places and durations written in words (text/word_figures.py), through the number reader."""

import pytest

from factcheck.text.numbers import read_quantities


def _read(text):
    return [(q.text, q.kind, q.value, q.unit) for q in read_quantities(text)]


@pytest.mark.parametrize("text, expected", [
    ("She finished fourth in the final.", [("fourth", "ordinal", 4.0, "")]),
    ("It was their twenty-first title.", [("twenty-first", "ordinal", 21.0, "")]),
    ("The club came Eleventh.", [("Eleventh", "ordinal", 11.0, "")]),
    ("He was jailed for a year.", [("a year", "count", 1.0, "year")]),
    ("The work will take within a fortnight.", [("a fortnight", "count", 2.0, "week")]),
    ("Prices rose after a decade of calm.", [("a decade", "count", 10.0, "year")]),
    ("a year", [("a year", "count", 1.0, "year")]),  # a claim's whole figure
    ("He ran 1.45secs faster.", [("1.45secs", "count", 1.45, "second")]),
    ("A fourth officer was also interviewed.", [("fourth", "ordinal", 4.0, "")]),  # a noun after: a place
    ("She won a third term.", [("third", "ordinal", 3.0, "")]),
])
def test_read(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize("text", [
    "A third of the officers were sacked.",  # a share
    "Profits were a third more than forecast.",  # a share, with a comparative
    "It was cut by a third in 2004.",
    "Two-thirds of them resigned.",
    "Profits rose in the fourth quarter.",  # a period
    "He earns more a year than most.",  # a rate, not a duration
    "The case was heard a year ago.",
    "It was the first time and the second album.",  # too often no place at all
])
def test_not_read_as_a_place_or_a_duration(text):
    assert not [q for q in read_quantities(text) if q.kind == "ordinal" or q.text.lower().startswith(("a ", "an "))
                and q.kind == "count"]


@pytest.mark.parametrize("text, expected", [
    ("Profits doubled last year.", [("doubled", "multiple", 2.0, "")]),
    ("Costs were halved.", [("halved", "multiple", 0.5, "")]),
    ("Three times as many officers were sacked.", [("Three times", "multiple", 3.0, "")]),
    ("The bill was 10 times bigger.", [("10 times", "multiple", 10.0, "")]),
    ("He lost it 7 times since Monday.", [("7", "count", 7.0, "")]),  # occasions, not a multiple
    ("Trains run three times a week.", [("three", "count", 3.0, "")]),  # a rate
])
def test_multiples(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize("text, change", [
    ("Sales rose 5% last year.", "up"), ("Profits fell by a third.", "down"), ("Shares were up 5 points.", "up"),
    ("It followed a 35% rise.", "up"), ("Prices rose to 5% last year.", "="), ("Profits doubled.", "up"),
    ("Costs were halved.", "down"), ("About 5% of them left.", "~"), ("It was 5% of the total.", "="),
])
def test_the_change_a_figure_states(text, change):
    from factcheck.text.figures import read_figures
    (figure,) = read_figures(text)
    assert figure.change == change


@pytest.mark.parametrize("text, value, kind", [
    ("Sales were twice as high as in 2003.", 2, "multiple"),
    ("He has won the title twice.", 2, "count"),
    ("They met only once in that time.", 1, "count"),
    ("he only broke me once.", 1, "count"),
])
def test_twice_and_once(text, value, kind):
    (q,) = [q for q in read_quantities(text) if q.kind != "year"]
    assert (q.value, q.kind) == (value, kind)


@pytest.mark.parametrize("text", ["Once he had gone, they left.", "They met once again.", "Leave at once."])
def test_once_as_a_conjunction_or_an_idiom_is_no_figure(text):
    assert read_quantities(text) == []


@pytest.mark.parametrize("text, value", [("The new chip is 2x faster than the old one.", 2), ("Output went up x2.", 2)])
def test_a_multiple_written_with_a_sign(text, value):
    (q,) = read_quantities(text)
    assert (q.kind, q.value) == ("multiple", value)


@pytest.mark.parametrize("text", ["a 2x4 plank", "a 1x1 grid"])
def test_a_size_written_with_a_sign_is_no_multiple(text):
    assert all(q.kind != "multiple" for q in read_quantities(text))
