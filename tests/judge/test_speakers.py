"""Who reports a figure (judge/speakers.py), and the speaker-other rule on whole articles:
a claim crediting its figure to someone the article names is not supported by a figure
another reports, unless that figure is the article's own voice or a quotation running on."""

from __future__ import annotations

import pytest

from factcheck.engine import build_index, check_claims
from factcheck.judge.speakers import speakers
from factcheck.text.analysis import analyse
from tests.helpers import make_claim


@pytest.mark.parametrize("sentence,names", [
    ("Oxfam's director Barbara Stocking warned that 30,000 children were dying.", {"oxfam", "barbara", "stock"}),
    ("Many are turning away from TV, say analysts Jupiter Research.", {"jupiter", "research"}),
    ("Growth will slow to 1.9% in 2005, according to the OECD.", {"oecd"}),
    ("Sales rose 4.5% last year, the BPI said.", {"bpi"}),
    ("According to Reuters, they plan to seize 12,900 acres.", {"reuter"}),
    # a name of three words or more is known by its initials too
    ("Some 19 officers shared them, the Independent Office for Police Conduct said.",
     {"independent", "offic", "polic", "conduct", "iopc"}),
    ("Mr Brown said much had been achieved on debt relief.", {"brown"}),
    # who reports nothing of the sentence's statement
    ("The FTSE fell 1.8% after stern words from Alan Greenspan, who warned that Asian states could stop.", set()),
    ("Valve shut down 20,000 accounts, a banning that industry editor Rob Fahey said showed its power.", set()),
    ("It found that a quarter of web users said they spent less time watching TV.", set()),
    ("He said India's economy grew 6.9% in 2004.", set()),  # a pronoun: named elsewhere
    ("About 50,000 products will be unveiled at the Consumer Electronics Show.", set()),
])
def test_the_names_of_who_reports(sentence: str, names: set[str]):
    assert set(speakers(analyse(sentence))) == names


ARTICLE = ("Brown sets out aid goals\n"
           "The chancellor will set out the targets today.\n"
           "The charity's director, Barbara Stocking, said the year offered a chance.\n"
           "Mr Brown said much had been achieved on debt relief.\n"
           "But with 30,000 children dying every day more was needed.\n")


def _verdict(tmp_path, article: str, figure: str, claim: str) -> tuple[str, str]:
    (tmp_path / "a.txt").write_text(article, encoding="utf-8")
    (result,), _ = check_claims([make_claim(figure, claim)], build_index(tmp_path)[0])
    return result.verdict.value, result.rule


def test_a_figure_another_reports_does_not_bear_out_the_claims_speaker(tmp_path):
    claim = "Oxfam's director Barbara Stocking warned that 30,000 children were dying every day."
    assert _verdict(tmp_path, ARTICLE, "30,000", claim) == ("missing", "speaker-other")


def test_the_speaker_of_the_sentence_before_is_the_figures(tmp_path):
    claim = "Mr Brown warned that 30,000 children were dying every day."
    assert _verdict(tmp_path, ARTICLE, "30,000", claim)[0] == "supported"


def test_a_speaker_the_article_never_names_is_the_writers_to_answer_for(tmp_path):
    claim = "The Guardian reported that 30,000 children were dying every day."
    assert _verdict(tmp_path, ARTICLE, "30,000", claim)[0] == "supported"


def test_a_speaker_the_opening_names_is_the_articles_voice(tmp_path):
    article = "From Barbara Stocking\n" + ARTICLE
    claim = "Barbara Stocking wrote that 30,000 children were dying every day."
    assert _verdict(tmp_path, article, "30,000", claim)[0] == "supported"


QUOTED = ("Aid goals set out\n"
          "The chancellor will set out the targets today.\n"
          "Mr Brown said much had been achieved on debt relief.\n"
          "The charity's director, Barbara Stocking, warned: \u201cThe year offers a chance.\n"
          "\u201cBut with 30,000 children dying every day more is needed.\u201d\n")


def test_a_quotation_is_the_speakers_who_opened_it(tmp_path):
    """A paragraph that opens with a quotation mark goes on with the speech of the paragraph
    that opened it, however far back: the 30,000 is Barbara Stocking's, not Mr Brown's."""
    stocking = "Oxfam's director Barbara Stocking warned that 30,000 children were dying every day."
    assert _verdict(tmp_path, QUOTED, "30,000", stocking)[0] == "supported"
    brown = "Mr Brown warned that 30,000 children were dying every day."
    assert _verdict(tmp_path, QUOTED, "30,000", brown) == ("missing", "speaker-other")
