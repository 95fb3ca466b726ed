"""Reading the source articles: every encoding to clean text, which files are read or skipped, and
whatever bytes arrive, never a crash."""

from __future__ import annotations

import codecs
import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.engine import check_claims
from factcheck.errors import SourceError
from factcheck.index.memory import SentenceIndex
from factcheck.inputs.decoding import decode, looks_binary, repair_mojibake
from factcheck.inputs.sentences import split_sentences
from factcheck.inputs.sources import SourceText, read_sources, safe_source_name
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
    locked = folder / "src" / "locked.txt"
    assert [str(p) for p in problems] == [f"{locked}: warning: skipped: cannot read (Permission denied)"]


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


# decode -------------------------------------------------------------------------------------

@pytest.mark.parametrize("data, text", [
    (b"caf\xe9", "café"),  # not UTF-8: read as Windows-1252
    (b"\x93quoted\x94", "“quoted”"),  # Windows-1252's curly quotes
    (b"a\x81b", "a\x81b"),  # one of the five bytes Windows-1252 leaves undefined keeps its Latin-1 meaning
    (codecs.BOM_UTF8 + b"x", "x"),  # the BOM is not text
    (b"a\r\nb\rc", "a\nb\nc"),  # every line end becomes \n
    ("hi there".encode("utf-16-be"), "hi there"),  # UTF-16 without a BOM, big-endian
])
def test_decode(data, text):
    assert decode(data) == text


# split_sentences ----------------------------------------------------------------------------

def sentences(text: str) -> list[tuple[int, int, str]]:
    return [(s.index, s.line, s.text) for s in split_sentences(SourceText("a.txt", text))]


def test_sentences_keep_their_line_and_their_place_in_the_file():
    text = "First one. Second one.\nThird line without stop\n\n  - Bullet item."
    got = split_sentences(SourceText("sub/a.txt", text))
    assert [(s.source, s.index, s.line, s.text) for s in got] == [
        ("sub/a.txt", 0, 1, "First one."), ("sub/a.txt", 1, 1, "Second one."),
        ("sub/a.txt", 2, 2, "Third line without stop"), ("sub/a.txt", 3, 4, "Bullet item.")]


@pytest.mark.parametrize("text, pieces", [
    ("Mr. Smith said 33. Then he left.", ["Mr. Smith said 33.", "Then he left."]),
    ("J. K. Rowling wrote it. It sold.", ["J. K. Rowling wrote it.", "It sold."]),  # initials
    ("The U.S. Army grew. No. 10 said so.", ["The U.S. Army grew.", "No. 10 said so."]),
    ('He asked "Why?" Then left.', ['He asked "Why?"', "Then left."]),  # the quote stays with its sentence
    ("It rose. £5m was spent. 33 were sacked.", ["It rose.", "£5m was spent.", "33 were sacked."]),
    ("It was 2.5 per cent. It fell e.g. in May.", ["It was 2.5 per cent.", "It fell e.g. in May."]),
])
def test_sentences_end_at_a_full_stop_before_a_capital_not_after_an_abbreviation(text, pieces):
    assert [piece for _, _, piece in sentences(text)] == pieces


def test_blank_and_bullet_only_lines_make_no_sentence():
    assert sentences("\n   \n - \n•\n") == []


# repair_mojibake ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, repaired", [
    ("cafÃ©", "café"), ("Â£5", "£5"), ("café £5", "café £5"),
    ("Ã", "Ã"),  # a lone lead character is left as it is
])
def test_repair_mojibake(text, repaired):
    assert repair_mojibake(text) == repaired
    assert repair_mojibake(repaired) == repaired  # repaired text is not repaired again


# looks_binary -------------------------------------------------------------------------------

@pytest.mark.parametrize("data, binary", [
    (b"\x00abc", True),  # a NUL byte
    (b"plain text\n", False),
    (codecs.BOM_UTF16_LE + "hi".encode("utf-16-le"), False),  # UTF-16's NULs are text
    ("hello world".encode("utf-16-le"), False),  # and so without a BOM
    (b"\t\n\r\f\x1b" * 100, False),  # tabs, line ends, form feeds and escapes are not counted
    (b"\x01" * 9, True),  # more than 8 control bytes in a short file
    (b"\x01" * 8, False),
    (b"x" * 200 + b"\x01" * 10, False),  # in a longer one, more than 1 byte in 20
    (b"x" * 200 + b"\x01" * 11, True),
    (b"a" * 8192 + b"\x00", False),  # only the head of the file is looked at
])
def test_looks_binary(data, binary):
    assert looks_binary(data) is binary


# safe_source_name ---------------------------------------------------------------------------

@pytest.mark.parametrize("name, safe", [
    ("a.txt", "a.txt"), ("sub\\a.txt", "sub/a.txt"), ("a/./b.txt", "a/b.txt"), ("sub/", "sub"),
    (".hidden/a.txt", ".hidden/a.txt"), ("..a.txt", "..a.txt"),  # a name that starts with dots is not the parent
    ("", None), ("./.", None), ("a/../b.txt", None), ("C:x", None),
])
def test_safe_source_name(name, safe):
    assert safe_source_name(name) == safe


def test_a_refresh_names_and_sizes_the_files_as_reading_them_does(workspace):
    """The refresh's walk (index/scan.py: names built from the folders walked, sizes from
    the directory entries) agrees with reading the folder: the same relative names, in the
    same order, through nested folders and a link inside the folder, each with its size."""
    from factcheck.index.scan import scan

    folder = workspace({"src/a.txt": "Sales rose 5% last year.\n", "src/desk/b.md": "Profits fell 3%.\n",
                        "src/desk/2025/c.txt": "Some 12 officers resigned in March.\n", "src/notes.doc": "not read"})
    root = folder / "src"
    (root / "alias.txt").symlink_to(root / "desk" / "2025" / "c.txt")
    texts, _ = read_sources(root)
    stats, problems = scan(root)
    assert [s.name for s in stats] == [t.name for t in texts] == ["a.txt", "alias.txt", "desk/b.md", "desk/2025/c.txt"]
    assert [s.size for s in stats] == [(root / s.name).stat().st_size for s in stats]
    assert all(s.path == root / s.name for s in stats)
    assert any("kinds not read" in p.message for p in problems)
    one, _ = scan(root / "a.txt")  # a "folder" that is one file
    assert [(s.name, s.size) for s in one] == [("a.txt", (root / "a.txt").stat().st_size)]
