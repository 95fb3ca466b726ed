"""A source line with no sentence break (a page pasted whole) is read in pieces of bounded
length, with a warning naming its file and line, and cannot support what it never says."""

from __future__ import annotations

import csv
import re

from factcheck.engine import check
from factcheck.inputs.claims import load_claims
from factcheck.inputs.sentences import MAX_SENTENCE_CHARS, overlong_sentences, split_sentences
from factcheck.inputs.sources import SourceText
from tests.helpers import CLAIMS, ROOT, SEEDS

CORPUS = ROOT.parent / "shared" / "corpora" / "bbc-news-2225.csv"


def _page(chars: int) -> str:
    """BBC articles run together, every sentence break taken out: one line of `chars`."""
    csv.field_size_limit(10**8)
    parts, size = [], 0
    with CORPUS.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            text = re.sub(r"[.!?]+(\s)", r"\1", row["text"])
            parts.append(text)
            size += len(text) + 1
            if size >= chars:
                break
    return " ".join(parts)[:chars]


def test_a_long_line_is_cut_into_bounded_pieces_and_nothing_is_lost():
    line = _page(200_000)
    sentences = split_sentences(SourceText("page.txt", "A first sentence. " + line + "\nLast one.\n"))
    assert sentences[0].text == "A first sentence." and sentences[-1].text == "Last one."
    middle = sentences[1:-1]
    assert len(middle) >= 200_000 // MAX_SENTENCE_CHARS
    assert all(len(s.text) <= MAX_SENTENCE_CHARS and s.line == 1 for s in middle)
    assert " ".join(s.text for s in middle).split() == line.split()


def test_a_long_line_is_one_warning_naming_its_file_and_line():
    text = "Fine.\n" + "and then the council met " * 200 + "\nAlso fine.\n" + "x" * MAX_SENTENCE_CHARS
    (warning,) = overlong_sentences(SourceText("page.txt", text))
    assert (warning.file, warning.line, warning.severity) == ("page.txt", 2, "warning")
    assert "4,999 characters" in warning.message and f"at most {MAX_SENTENCE_CHARS:,}" in warning.message


def test_a_pasted_page_beside_the_seeds_supports_no_claim_about_them(workspace):
    """500 KB of BBC text in one line made 4 of 60 police claims "supported" when it was read
    as one sentence. (That other files shift the verdicts of the seeds' own passages at all
    is the frame issue's: word weights come from the whole archive.)"""
    folder = workspace({"page.txt": _page(500_000) + "\n"})
    for seed in SEEDS.glob("*.txt"):
        (folder / seed.name).write_bytes(seed.read_bytes())
    claims, _ = load_claims([CLAIMS])
    beside = check(claims, folder)
    assert not [r.claim.id for r in beside.results if r.passage and r.passage.source == "page.txt"
                and r.verdict.value != "missing"]
    assert [p.file for p in beside.problems if "no sentence break" in p.message] == ["page.txt"]
