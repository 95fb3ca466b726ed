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
