"""Words as the matcher sees them, on hand-made words: stems and synonym groups."""

from __future__ import annotations

from factcheck.text.words import canonical, stem


def term(word: str) -> str:
    return canonical(stem(word))


def test_posted_is_shared_not_a_job():
    # "posts" was in the jobs group and "posted" in the sharing group: one stem, two groups
    assert term("posted") == term("posts") == term("shared") == term("circulated")
    assert term("posts") != term("jobs")
    assert term("jobs") == term("employment")


def test_no_stem_in_two_synonym_groups():
    # a stem in two groups belongs to whichever group is read last
    from factcheck.text.words import _SYNONYM_GROUPS

    seen: dict[str, str] = {}
    for group in _SYNONYM_GROUPS:
        for word_stem in {stem(word) for word in group.split()}:
            assert word_stem not in seen, f"{word_stem!r} in {seen.get(word_stem)!r} and {group!r}"
            seen[word_stem] = group
