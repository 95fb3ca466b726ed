"""Property tests: any number written in digits, with separators or in words reads back, and no text
makes the reader raise."""

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.text.numbers import read_quantities
from tests.helpers import ANY_TEXT, FAST, NUMBERISH, TRIED

ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen " \
       "sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def in_words(n: int) -> str:
    """English words for 0 <= n < 10**9, as a British writer spells them."""
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("-" + ONES[n % 10] if n % 10 else "")
    if n < 1000:
        rest = n % 100
        return ONES[n // 100] + " hundred" + (" and " + in_words(rest) if rest else "")
    for scale, name in ((10**6, "million"), (10**3, "thousand")):
        if n >= scale:
            rest = n % scale
            tail = "" if not rest else (" and " if rest < 100 else " ") + in_words(rest)
            return in_words(n // scale) + " " + name + tail
    raise ValueError(n)


COUNTS = st.integers(min_value=0, max_value=999_999_999).filter(lambda n: not 1800 <= n <= 2099)


@settings(max_examples=200, deadline=None)
@given(COUNTS)
def test_digits_read_back(n):
    (q,) = read_quantities(f"There were {n} cases.")
    assert q.value == n and q.kind == "count"


@settings(max_examples=200, deadline=None)
@given(COUNTS)
def test_separated_digits_read_back(n):
    (q,) = read_quantities(f"There were {n:,} cases.")
    assert q.value == n


@settings(max_examples=200, deadline=None)
@given(COUNTS)
def test_words_read_back(n):
    (q,) = read_quantities(f"There were {in_words(n)} cases.")
    assert q.value == n


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=10**6), st.integers(min_value=1, max_value=99))
def test_decimals_read_back(whole, fraction):
    text = f"{whole}.{fraction:02d}"
    (q,) = read_quantities(f"It rose {text}% last year.")
    assert q.kind == "percent" and abs(q.value - float(text)) < 1e-9


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_reading_never_raises(text):
    for q in read_quantities(text):
        assert q.start <= q.end


# every kind the reader gives (text/numbers.py, clock.py, word_figures.py): "HALVED" is a multiple
READER_KINDS = {"count", "percent", "money", "year", "date", "fraction", "ordinal", "label", "multiple", "score",
                "time", "elapsed", "odds"}


@FAST
@given(ANY_TEXT)
def test_number_reader_never_raises(text):
    TRIED["number reader: text"] += 1
    for q in read_quantities(text):
        assert q.kind in READER_KINDS


@FAST
@given(NUMBERISH)
def test_number_reader_never_raises_on_number_salad(text):
    TRIED["number reader: number salad"] += 1
    read_quantities(text)
