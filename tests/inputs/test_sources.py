"""Reading the source articles: every encoding to clean text, which files are read or skipped, and
whatever bytes arrive, never a crash."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.engine import check_claims
from factcheck.index.memory import SentenceIndex
from factcheck.inputs.sources import SourceError, decode, looks_binary, read_sources
from factcheck.models import Claim, Verdict
from tests.helpers import ARTICLE, ENCODINGS, FAST, NUMBERISH, SEEDS, TRIED, deny_reading


@pytest.mark.parametrize("encoding", list(ENCODINGS))
def test_source_encodings_read_to_the_same_text(workspace, encoding):
    folder = workspace({"src/a.txt": ENCODINGS[encoding]})
    texts, problems = read_sources(folder / "src")
    assert problems == [] and [t.text for t in texts] == [ARTICLE]


@pytest.mark.parametrize("garbled,fixed", [
    ("Â£42.5m", "£42.5m"), ("it\u00e2\u20ac\u2122s", "it\u2019s"), ("cafÃ©", "café"),
    ("\u00e2\u20ac\u0153quoted\u00e2\u20ac\x9d", "\u201cquoted\u201d"), ("â‚¬5", "€5"),
    ("£42.5m and café stay", "£42.5m and café stay"), ("Ã alone", "Ã alone"),
])
def test_mojibake_repaired_and_good_text_left_alone(garbled, fixed):
    assert decode(garbled.encode("utf-8")) == fixed


def test_symlinks_inside_the_sources_folder_are_followed(workspace):
    folder = workspace({"src/archive/a.txt": ARTICLE})
    (folder / "src" / "alias.txt").symlink_to(folder / "src" / "archive" / "a.txt")
    (folder / "src" / "shelf").symlink_to(folder / "src" / "archive")
    texts, problems = read_sources(folder / "src")
    assert sorted(t.name for t in texts) == ["alias.txt", "archive/a.txt"]
    assert [p.message for p in problems] == ["skipped: folder already read (a symbolic link loop)"]


def test_unreadable_source_is_a_warning(workspace, monkeypatch):
    folder = workspace({"src/a.txt": ARTICLE, "src/locked.txt": ARTICLE})
    deny_reading(monkeypatch, "locked.txt")
    texts, problems = read_sources(folder / "src")
    assert [t.name for t in texts] == ["a.txt"]
    assert [str(p) for p in problems] == [f"{folder / 'src' / 'locked.txt'}: warning: skipped: cannot read (Permission denied)"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_unreadable_source_by_permission(workspace):
    folder = workspace({"src/a.txt": ARTICLE, "src/locked.txt": ARTICLE})
    (folder / "src" / "locked.txt").chmod(0)
    try:
        _, problems = read_sources(folder / "src")
    finally:
        (folder / "src" / "locked.txt").chmod(0o644)
    assert "Permission denied" in problems[0].message


def test_source_error_is_not_raised_for_a_usable_folder():
    texts, problems = read_sources(SEEDS)
    assert texts and problems == []
    with pytest.raises(SourceError):
        read_sources(SEEDS / "no-such-folder")


@FAST
@given(st.one_of(st.binary(max_size=400), st.text(max_size=400).map(lambda s: s.encode("utf-8", "surrogatepass")),
                 st.text(max_size=200).map(lambda s: s.encode("utf-16")), NUMBERISH.map(str.encode)))
def test_any_bytes_as_a_source_never_raise(data):
    TRIED["source: bytes"] += 1
    text = decode(data)
    assert isinstance(text, str) and "\r" not in text
    looks_binary(data)
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "a.txt").write_bytes(data)
        try:
            texts, problems = read_sources(Path(tmp))
        except SourceError:
            return
        index = SentenceIndex(texts)
        claim = Claim("c", "33 of 257", "Just 33 of the 257 officers were sacked.", "c.yaml", 1)
        results, _ = check_claims([claim], index)
        assert [r.verdict in Verdict for r in results] == [True]
