"""The word lists in src/factcheck/text/data/: tidy files, and no word where it clashes."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.text import lexicon
from factcheck.text.words import stem

FILES = sorted(lexicon.DATA.glob("*.txt"))


def test_the_lists_are_there():
    assert len(FILES) >= 10
    for name in ("stopwords", "synonyms", "rise", "fall", "negations", "titles"):
        assert lexicon.DATA / f"{name}.txt" in FILES


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_a_file_says_what_it_is_for_then_lists_sorted_words(path: Path):
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("# ") and len(lines[0]) > 20, "a header comment line first"
    entries = lines[1:]
    assert entries and all(line and line == line.strip() and not line.startswith("#") for line in entries), \
        "one entry a line, no blank or comment lines below the header"
    assert entries == sorted(entries), "lines sorted"
    for line in entries:
        group = line.split(" ")
        assert all(group) and group == sorted(group), f"words of a group sorted, one space apart: {line!r}"
        assert all(word == word.lower() for word in group), f"lower case: {line!r}"
    words = [word for line in entries for word in line.split()]
    repeated = sorted({word for word in words if words.count(word) > 1})
    assert not repeated, f"words listed twice: {repeated}"


def test_the_loader_reads_what_the_files_hold():
    assert "the" in lexicon.STOPWORDS and "rose" in lexicon.RISE and "fell" in lexicon.FALL
    assert ("employment", "jobs") in lexicon.SYNONYM_GROUPS
    assert all(len(group) > 1 for group in lexicon.SYNONYM_GROUPS)


def test_no_stem_in_two_synonym_groups():
    # a stem in two groups belongs to whichever group is read last: "posts" (jobs) was "posted" (shared)
    seen: dict[str, tuple[str, ...]] = {}
    for group in lexicon.SYNONYM_GROUPS:
        for word_stem in {stem(word) for word in group}:
            assert word_stem not in seen, f"{word_stem!r} in {seen.get(word_stem)} and {group}"
            seen[word_stem] = group


def test_no_word_is_both_a_negation_and_a_direction():
    # "Profits declined 5%" is a fall, not "did not"
    direction = lexicon.RISE | lexicon.FALL
    assert not lexicon.NEGATIONS & direction
    groups = [set(group) for group in lexicon.SYNONYM_GROUPS if set(group) & direction]
    assert not lexicon.NEGATIONS & set().union(*groups)


def test_rise_and_fall_apart():
    assert not lexicon.RISE & lexicon.FALL


def test_the_rise_and_fall_synonyms_are_rise_and_fall_words():
    # two lists on purpose (see text/lexicon.py): the synonym groups "rose …" and "fell …"
    # hold only direction words, each group words of one direction
    for group in map(set, lexicon.SYNONYM_GROUPS):
        if group & (lexicon.RISE | lexicon.FALL):
            assert group <= lexicon.RISE or group <= lexicon.FALL, sorted(group)


def test_no_hedge_word_gives_a_direction():
    # the word before a hedge is the figure's lead: "up nearly $3bn" is a rise by $3bn
    hedge = lexicon.HEDGES | lexicon.APPROXIMATE | lexicon.NEARLY | lexicon.EMPHASIS
    assert not hedge & (lexicon.RISE | lexicon.FALL)


def test_every_month_has_a_number_and_a_full_name():
    assert sorted(set(lexicon.MONTHS.values())) == list(range(1, 13))
    assert {"january", "may", "sept", "september", "dec"} <= set(lexicon.MONTHS)
