"""A headline run into an article's first sentence with no stop between (as a news archive's
export writes its files) is a sentence of its own; nothing else of the first line is cut."""

from __future__ import annotations

import pytest

from factcheck.inputs.sentences import split_sentences
from factcheck.inputs.source_text import SourceText

BODY = ("trade gap narrowed in November, helped by a 7.5% rise in exports outside the European Union, "
        "official figures published on Friday showed, though imports rose again.")


def _first(text: str) -> list[str]:
    return [s.text for s in split_sentences(SourceText("a.txt", text + "\nA second line.\n"))][:-1]


@pytest.mark.parametrize("headline,opening", [
    ("Trade gap narrows as exports rise", "The UK's " + BODY),
    ("Soaring oil 'hits world economy'", "The soaring cost of oil and the UK's " + BODY),
    ("Camera phones are 'must-haves'", "Four times more phones and the UK's " + BODY),
    ("Brown to outline presidency goals", "Next year the UK's " + BODY),
])
def test_a_run_in_headline_is_its_own_sentence(headline: str, opening: str):
    assert _first(f"{headline} {opening}") == [headline, opening]


@pytest.mark.parametrize("line", [
    # a capitalised noun is part of the headline's name, not a sentence's first word
    "England given tough Sevens draw England will have to negotiate their way through a tough draw if they are "
    "to win the Rugby World Cup Sevens in Hong Kong next month, and the pool is hard.",
    # after a word that links (", with The Times"), or in a short first line, nothing is cut
    "Microsoft deal with The Times group gives the newspaper a new site for its archive and its readers a way to "
    "search it, the companies said on Monday in London.",
])
def test_nothing_else_is_cut(line: str):
    assert _first(line) == [line]


def test_only_a_long_first_line_is_read_so():
    short = "Trade gap narrows as exports rise The UK's trade gap narrowed."
    assert _first(short) == [short]
    later = split_sentences(SourceText("a.txt", "Headline\nTrade gap narrows as exports rise The UK's " + BODY + "\n"))
    assert len(later) == 2
