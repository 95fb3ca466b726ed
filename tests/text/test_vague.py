"""Band figures: "hundreds", "tens of thousands", "in his late 20s", "the 1990s"."""

import pytest

from factcheck.text.figures import read_figures
from factcheck.text.numbers import read_quantities
from factcheck.text.vague import band


@pytest.mark.parametrize("text,figure,low,high", [
    ("Hundreds of officers kept their jobs.", "Hundreds", 200, 1000),
    ("Tens of thousands marched.", "Tens of thousands", 20_000, 100_000),
    ("Hundreds of thousands watched.", "hundreds of thousands", 200_000, 1_000_000),
    ("Dozens were arrested.", "Dozens", 24, 144),
    ("Scores of people came.", "Scores", 40, 200),
    ("The gamer in his or her late 20s.", "late 20s", 26, 30),
    ("She is in her early 30s.", "early 30s", 30, 34),
    ("Prices rose through the 1990s.", "1990s", 1990, 2000),
    ("late 20s", "late 20s", 26, 30),  # a claim's figure, alone
])
def test_a_band_reads_whole(text, figure, low, high):
    (q,) = read_quantities(text)
    assert q.text.lower() == figure.lower() and band(q) == (low, high)


@pytest.mark.parametrize("text", [
    "The scores were level at half-time.",  # "scores" only before "of"
    "Music of the 20s is back.",  # a decade of no century
    "Thousand Island dressing.",
])
def test_not_a_band(text):
    assert not [q for q in read_quantities(text) if band(q) is not None]


def test_figures_show_a_bands_ends():
    (fig,) = read_figures("Hundreds of officers kept their jobs.")
    assert (fig.low, fig.high, fig.change) == (200, 999, "~")
