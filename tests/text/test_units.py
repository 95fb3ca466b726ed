"""Units of measure (issue 14): every spelling of a unit reads to one name, glued to its
number or spaced, and figures compare across spellings and sizes of one dimension only."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.inputs.claims import load_claim_text
from factcheck.judge.compare import EQUAL, INCOMPARABLE, relation
from factcheck.text import currencies, units
from factcheck.text.numbers import read_quantities
from tests.helpers import FAST, one

SPACED = sorted(units._table()[2].items())
GLUED = sorted(units._table()[1].items())


@pytest.mark.parametrize("text, value, unit", [
    ("on course for 2C of warming", 2, "celsius"),
    ("a rise of 1.5°C", 1.5, "celsius"),
    ("the temperature outside is 40 deg celsius", 40, "celsius"),
    ("its 90 fahrenheit in texas", 90, "fahrenheit"),
    ("he is 130cm tall", 130, "centimetre"),
    ("walking at 2.5km/h", 2.5, "kilometre per hour"),
    ("putting on 2kg", 2, "kilogram"),
    ("70m tonnes of coal", 70e6, "metric ton"),
    ("70 million tonnes of coal", 70e6, "metric ton"),
    ("at 5 mph", 5, "mile per hour"),
    ("a 3GW plant", 3, "gigawatt"),
    ("6GB of data", 6, "gigabyte"),
    ("20 sq km of forest", 20, "square kilometre"),
    ("You weight 200lbs.", 200, "pound-mass"),
])
def test_units_read_to_their_names(text, value, unit):
    q = one(text)
    assert (q.value, q.unit) == (value, unit)


@FAST
@given(st.sampled_from(SPACED), st.integers(min_value=1, max_value=99_999), st.sampled_from([" ", "-"]))
def test_any_spaced_spelling_reads_back(entry, number, space):
    spelling, unit = entry
    q = read_quantities(f"It was {number:,}{space}{spelling} in all.")[0]
    assert (q.value, q.unit) == (number, unit.name)


@FAST
@given(st.sampled_from(GLUED), st.decimals(min_value="0.5", max_value="9999", places=1))
def test_any_glued_spelling_reads_back(entry, number):
    spelling, unit = entry
    (q,) = read_quantities(f"It was {number}{spelling} in all.")
    assert (q.value, q.unit, q.text) == (float(number), unit.name, f"{number}{spelling}")


@pytest.mark.parametrize("claim, source, expected", [
    ("130cm", "1.3 metres", EQUAL),
    ("5km", "5,000 metres", EQUAL),
    ("2kg", "2,000 grams", EQUAL),
    ("2C", "2F", INCOMPARABLE),  # never across scales without an exact conversion
    ("5km", "5kg", INCOMPARABLE),  # never across dimensions
])
def test_units_compare_across_spellings_and_sizes_of_one_dimension(claim, source, expected):
    assert relation(one(claim), one(source)) == expected


def test_a_figure_with_a_unit_is_a_figure():
    claims, problems = load_claim_text(b"- figure: 2C\n  sentence: The world is on course for 2C of warming.\n",
                                       "c.yaml", Path("c.yaml"))
    assert not problems and claims[0].figure == "2C"


@pytest.mark.parametrize("text, value, currency", [
    ("US$40m", 40e6, "$"),
    ("a us $ 150 million world bank loan", 150e6, "$"),
    ("exports fell to hk $ 10.05 billion", 10.05e9, "HK$"),
    ("a C$300m charge", 300e6, "C$"),
    ("A$5m", 5e6, "A$"),
    ("USD 5m", 5e6, "$"),
    ("CHF 20m", 20e6, "CHF"),
    ("125 million australian dollars of bonds", 125e6, "A$"),
    ("a value of 528 million francs", 528e6, "franc"),
    ("450,000 yen", 450_000, "¥"),
    ("a $5m deal", 5e6, "$"),  # "a" before "$" is the article, not Australia
])
def test_currencies_beyond_pounds_dollars_and_euros(text, value, currency):
    q = one(text)
    assert (q.kind, q.unit) == ("money", currency) and q.value == pytest.approx(value)


def test_one_sum_in_two_currencies_is_two_figures():
    assert relation(one("US$40m"), one("$40m")) == EQUAL
    assert relation(one("A$40m"), one("$40m")) != EQUAL


_ONES = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen " \
        "seventeen eighteen nineteen".split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()


def _in_words(n: int) -> str:
    if n < 20:
        return _ONES[n - 1]
    tens, ones = divmod(n, 10)
    return _TENS[tens - 2] + (f"-{_ONES[ones - 1]}" if ones else "")


@FAST
@given(st.sampled_from(SPACED), st.integers(min_value=2, max_value=99), st.booleans())
def test_any_spaced_spelling_after_a_number_in_words_reads_back(entry, number, capital):
    spelling, unit = entry
    words = _in_words(number)
    text = f"{words.capitalize() if capital else words} {spelling} were measured."
    q = read_quantities(text)[0]
    assert (q.value, q.unit) == (number, unit.name), text


@pytest.mark.parametrize("text, value, unit", [
    ("I'm 1.8m tall.", 1.8, "metre"),
    ("Kenteris won 200m gold at the Olympics", 200, "metre"),
    ("he missed out on the indoor 1500m world record", 1500, "metre"),
    ("the double in the 1500m and 5,000m.", 1500, "metre"),
    ("she jumped 30ft (10m) from a first floor", 30, "foot"),
    ("a championship record 4.25m.", 4.25, "metre"),
    ("The length is 12 m 2 dm more or less", 12, "metre"),
    ("About 18m people expect to do so", 18e6, ""),  # a noun after: a million
    ("the wine industry got 70m euros in aid", 70e6, "€"),
    ("Sales rose to 5m last year.", 5e6, ""),
])
def test_m_after_a_number_is_metres_only_where_a_length_is_said(text, value, unit):
    q = read_quantities(text)[0]
    assert (q.value, q.unit) == (value, unit)


@pytest.mark.parametrize("text, kind, unit", [
    ("she stopped eating lunch to drop 25 pounds.", "count", "pound-mass"),
    ("the plane was overloaded by 700 pounds (320kg)", "count", "pound-mass"),
    ("operating profit improved to 361 million pounds", "money", "£"),
    ("the firm was fined 500 pounds by the court", "money", "£"),
    ("Shares in Southwest fell 65 cents to $14.35", "money", "cent"),
    ("a 12-cent-a-share dividend", "money", "cent"),
    ("after ninety five years of age, perspectives change", "count", "year-old"),
    ("Water boils at 100° Celsius", "count", "celsius"),
    ("the temperature outside is 98 degrees", "count", "degree"),
    ("in a 68-ounce can", "count", "ounce"),
    ("a 10-gallon water cooler", "count", "gallon"),
    ("broadband at 2Mbps", "count", "megabit per second"),
])
def test_weights_cents_ages_and_degrees_read_to_their_units(text, kind, unit):
    q = read_quantities(text)[0]
    assert (q.kind, q.unit) == (kind, unit)


def test_one_writing_of_m_is_one_figure_however_it_was_read():
    """ "the 3,000m in 7:40" (metres) and "a tight 3,000m in 7:40" (read as a million) are one figure."""
    metres = read_quantities("winning the 3,000m in 7:40.53")[0]
    million = read_quantities("winning a tight 3,000m in 7:40.53")[0]
    assert (metres.unit, million.unit) == ("metre", "")
    assert relation(metres, million) == EQUAL and relation(million, metres) == EQUAL


@pytest.mark.parametrize("text, value, code, name", [
    ("he paid 500 rand for it", 500, "ZAR", "south african rand"),
    ("fined 50,000 South African rand", 50_000, "ZAR", "south african rand"),
    ("it cost 40 billion won", 40e9, "KRW", "south korean won"),
    ("a fee of 20 zloty", 20, "PLN", "polish zloty"),
    ("10 $ is not much", 10, "$", "dollar"),
    ("nor is 15 €", 15, "€", "euro"),
    ("it cost ₹500 in all", 500, "rupee", "rupee"),
    ("a loss of ₦1.2bn", 1.2e9, "NGN", "nigerian naira"),
    ("125 million australian dollars of bonds", 125e6, "A$", "australian dollar"),
    ("a loan of Rs 500 crore", 5e9, "rupee", "rupee"),
    ("it costs Rs500 a month", 500, "rupee", "rupee"),
])
def test_currencies_of_the_table_read_as_money(text, value, code, name):
    q = read_quantities(text)[0]
    assert (q.kind, q.value, q.unit, currencies.name(q.unit)) == ("money", value, code, name)


@pytest.mark.parametrize("text", ["Arsenal 2 won nothing", "5 £10 notes were found"])
def test_a_word_or_sign_that_is_no_currency_there_makes_no_sum(text):
    assert read_quantities(text)[0].kind == "count"


@pytest.mark.parametrize("text, value, kind", [
    ("half a million people marched", 500_000, "count"),
    ("Half a million people marched", 500_000, "count"),
    ("a quarter of a million pounds was spent", 250_000, "money"),
    ("three quarters of a billion dollars", 750e6, "money"),
    ("one and a half million jobs", 1.5e6, "count"),
    ("half a dozen officers", 6, "count"),
])
def test_a_share_of_a_scale_is_one_figure(text, value, kind):
    (q,) = read_quantities(text)
    assert (q.value, q.kind) == (value, kind)


@pytest.mark.parametrize("text, value, kind, unit, qualifier", [
    ("the over-50 vote went to Labour", 50, "count", "year-old", "more-than"),
    ("the under-18s were banned", 18, "count", "year-old", "fewer-than"),
])
def test_age_groups_read(text, value, kind, unit, qualifier):
    (q,) = read_quantities(text)
    assert (q.value, q.kind, q.unit, q.qualifier) == (value, kind, unit, qualifier)


def test_a_figure_of_an_age_group_is_a_claim_not_bad_input():
    claims, problems = load_claim_text(b"- figure: over-50\n  sentence: The over-50 vote went to Labour.\n",
                                       "c.yaml", Path("c.yaml"))
    assert not problems and claims[0].figure == "over-50"


@pytest.mark.parametrize("text, value, kind, unit", [
    ("Idowu landed 17.30m at the trials", 17.3, "count", "metre"),
    ("the 1.3m (4.2ft) Emiew", 1.3, "count", "metre"),
    ("Britain's 800m and 1500m champion", 800, "count", "metre"),
    ("the 2000 Olympic 200m champion", 200, "count", "metre"),  # a length, not the label of a name
    ("a basket of 35 M&S goods", 35, "count", ""),
    ("the Six Nations table", 6, "label", ""),
    ("he told BBC Radio Five Live", 5, "label", ""),
    ("screened in the UK on Sky One.", 1, "label", ""),
    ("the studios behind Million Dollar Baby", 1e6, "label", ""),
    ("Five companies said so", 5, "count", ""),
    ("players in US One in 10 adult Americans", 0.1, "fraction", ""),
])
def test_metres_and_names_in_news_sentences(text, value, kind, unit):
    q = [q for q in read_quantities(text) if q.kind != "year"][0]
    assert (q.value, q.kind, q.unit) == (value, kind, unit)


@pytest.mark.parametrize("text", ["at half-time by Williams", "The second half failed to live up to it"])
def test_a_half_of_a_match_is_no_share(text):
    assert [q for q in read_quantities(text) if q.kind == "fraction"] == []


@pytest.mark.parametrize("text", ["no one came", "no-one is forgetting me", "they love one another",
                                  "on the one hand, it rose", "has a moral obligation, if not a legal one.",
                                  "It was a thought at one stage, he said"])
def test_one_as_a_pronoun_is_no_count(text):
    assert read_quantities(text) == []


@pytest.mark.parametrize("text", ["one of the computers slid", "the one person who came", "one officer was sacked"])
def test_one_that_counts_is_a_count(text):
    assert [q.value for q in read_quantities(text)] == [1]


@pytest.mark.parametrize("text, values, unit", [
    ("It will cost $90-160 billion to rebuild.", [90e9, 160e9], "$"),
    ("paid penalties of between $50-100,000 each", [50_000, 100_000], "$"),
    ("a fee of £20-30m", [20e6, 30e6], "£"),
    ("a $5-6 rise", [5, 6], "$"),
    ("tickets cost $500-1,000 each", [500, 1000], "$"),  # the first end has its own scale
])
def test_a_sum_s_range_written_once_is_two_sums(text, values, unit):
    found = read_quantities(text)
    assert [(q.kind, q.value, q.unit) for q in found] == [("money", v, unit) for v in values]


_CURRENCY_WORDS = sorted(currencies.table().words.items())
_CURRENCY_PHRASES = sorted(currencies.table().phrases.items())


@FAST
@given(st.sampled_from(_CURRENCY_WORDS + _CURRENCY_PHRASES), st.integers(min_value=2, max_value=999),
       st.sampled_from(["", " million", " billion"]))
def test_any_currency_word_of_the_table_reads_back(entry, number, scale):
    """Every spelling of text/data/currencies.tsv after a number makes a sum in its code
    (a word that is money only after a scale, "40 billion won", with one)."""
    spelling, code = entry
    if spelling in currencies.table().scaled_only and not scale:
        scale = " million"
    if spelling in {"pound", "pounds"} and not scale:
        scale = " million"  # a weight otherwise: see test_weights_cents_ages_and_degrees_read_to_their_units
    q = read_quantities(f"The deal was worth {number}{scale} {spelling} in all.")[0]
    factor = {"": 1, " million": 1e6, " billion": 1e9}[scale]
    assert (q.kind, q.value, q.unit) == ("money", number * factor, code), spelling


@FAST
@given(st.sampled_from(sorted(currencies.table().signs.items())), st.integers(min_value=2, max_value=99_999),
       st.booleans())
def test_any_currency_sign_of_the_table_reads_back(entry, number, after):
    """A sign before the number ("₹500", "R$20"), or, for a sign of one character, after it ("15 €")."""
    sign, code = entry
    after = after or sign == "元"  # written after the number only: "100元"
    text = f"It cost {number:,} {sign} in all." if after and len(sign) == 1 else f"It cost {sign}{number:,} in all."
    q = read_quantities(text)[0]
    assert (q.kind, q.value) == ("money", number), text
    assert q.unit == code or (code in {"$", "USD"} and q.unit == "$"), text
