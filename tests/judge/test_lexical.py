"""The judge's paraphrase knowledge (judge/lexical.py): the way a rise or fall word goes
(the word lists first, then the lexicon's senses, so that a writer's "slipped" meets a
source's "dropped"), and verbs of one kind ("credited" ~ "attributed")."""

import pytest

from factcheck.judge.lexical import direction, kin_action, same_action


@pytest.mark.parametrize("word, way", [
    ("rose", "up"), ("fell", "down"),  # the word lists
    ("slipped", "down"), ("dipped", "down"), ("plummeted", "down"), ("sagged", "down"),  # the senses
    ("soared", "up"), ("widened", "up"), ("advanced", "up"),
    ("hit", "-"), ("reached", "-"), ("stood", "-"), ("sacked", "-"), ("posted", "-"),  # no way at all
])
def test_a_verb_goes_the_way_its_senses_go(word, way):
    assert direction(word) == way


@pytest.mark.parametrize("a, b, same, kin", [
    ("declined", "fell", True, True),
    ("credited", "attributed", False, True),  # a direct hyponym of a sense of the other
    ("blamed", "attributed", False, True),
    ("beating", "defeated", False, True),
    ("arrested", "convicted", False, False), ("hired", "fired", False, False), ("bought", "sold", False, False),
    ("received", "have", False, False),  # a light verb says nothing alone
])
def test_verbs_of_one_kind(a, b, same, kin):
    assert (same_action(a, b), kin_action(a, b)) == (same, kin)
