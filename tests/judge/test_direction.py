"""The way a rise or fall word goes (judge/lexical.direction): the word lists first, then
the lexicon's senses, so that a writer's "slipped" meets a source's "dropped"."""

import pytest

from factcheck.judge.lexical import direction


@pytest.mark.parametrize("word, way", [
    ("rose", "up"), ("fell", "down"),  # the word lists
    ("slipped", "down"), ("dipped", "down"), ("plummeted", "down"), ("sagged", "down"),  # the senses
    ("soared", "up"), ("widened", "up"), ("advanced", "up"),
    ("hit", "-"), ("reached", "-"), ("stood", "-"), ("sacked", "-"), ("posted", "-"),  # no way at all
])
def test_a_verb_goes_the_way_its_senses_go(word, way):
    assert direction(word) == way
