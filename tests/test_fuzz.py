"""Property tests: whatever text arrives, factcheck answers with a verdict or a problem, never a crash.

Bounded (a few hundred examples each, no deadline) so the suite stays quick; run with
`-s` to see how many inputs each property tried.
"""

from __future__ import annotations

import tempfile
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from factcheck.text.analysis import analyse, index_terms
from factcheck.inputs.claims import load_claims
from factcheck.cli import app
from factcheck.index.memory import SentenceIndex
from factcheck.models import Claim, Problem, Verdict
from factcheck.text.numbers import read_quantities
from factcheck.inputs.sources import SourceError, decode, looks_binary, read_sources
from factcheck.engine import check_claims

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
TRIED: Counter[str] = Counter()
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
runner = CliRunner()

NUMBERISH = st.lists(st.sampled_from([
    "0", "7", "33", "257", "921", "6", "55,000", "2.5", "1e9", "10" * 30, "0.000001", "½", "٣", "𝟓", "NaN", "inf",
    " of ", " of the ", " per cent", "%", "pc", "£", "$", "€", "m", "bn", "k", " million", " billion", " trillion",
    " half", " a third", " one", " twelve", " fifty-five", " hundred", " thousand", " more than ", " nearly ",
    " between ", " and ", " to ", " in ", " out of ", "/", "-", "–", ",", ".", " ", "(", ")", "x", "months", " years",
    " officers", "st", "th", "1st", "2018", "1990s", "'18", "#", "+", ":", "minus ",
]), max_size=12).map("".join)
ANY_TEXT = st.one_of(st.text(max_size=300), NUMBERISH, st.text(alphabet=st.characters(codec="utf-8"), max_size=80))
YAMLISH = st.lists(st.sampled_from([
    "claims:", "- ", "  ", "    ", "\t", "\n", "figure: ", "sentence: ", "id: ", "source: ", "expected: ", "note: ",
    "33 of 257", "6pc of 921", "'", '"', "[", "]", "{", "}", ",", ":", "? ", "&a ", "*a", "<<: ", "!!str ",
    "!!python/object/apply:os.system ", "!x ", "---", "...", "# c", "|", ">", "~", "null", "true", "0x1f", "1e3",
    "Just 33 of the 257 officers were sacked.", "\ufeff", "\r\n", "\x00", "\x1b[31m", "[bold]", "é", "£",
    "%YAML 1.1", "%TAG ! tag:x,2000:", "\\", "@", "`",
]), max_size=40).map("".join)


@pytest.fixture(scope="module", autouse=True)
def report_counts():
    yield
    print("\nfuzz inputs tried:", dict(TRIED), "total", sum(TRIED.values()))


@pytest.fixture(scope="module")
def seeds_index() -> SentenceIndex:
    return SentenceIndex(read_sources(SEEDS)[0])


def run_claim_file(content: str | bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = folder / "c.yaml"
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8", "surrogatepass"))
        (folder / "a.txt").write_text("Just 33 of the 257 officers disciplined since 2018 were sacked.\n")
        claims, problems = load_claims([path])
        assert all(isinstance(c, Claim) for c in claims) and all(isinstance(p, Problem) for p in problems)
        assert all(p.file == str(path) for p in problems)
        result = runner.invoke(app, ["verify", str(path), "--sources", str(folder / "a.txt"), "--format", "json"])
        assert result.exit_code in {0, 1, 2}, result.output
        assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
        assert "internal error" not in result.stderr and "Traceback" not in result.output


@FAST
@given(ANY_TEXT)
def test_number_reader_never_raises(text):
    TRIED["number reader: text"] += 1
    for q in read_quantities(text):
        assert q.kind in {"count", "percent", "money", "year", "date", "fraction", "ordinal", "label"}


@FAST
@given(NUMBERISH)
def test_number_reader_never_raises_on_number_salad(text):
    TRIED["number reader: number salad"] += 1
    read_quantities(text)


@FAST
@given(st.one_of(st.text(max_size=200), YAMLISH))
def test_any_text_as_a_claim_file_never_raises(text):
    TRIED["claim file: text"] += 1
    run_claim_file(text)


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=200))
def test_any_bytes_as_a_claim_file_never_raises(data):
    TRIED["claim file: bytes"] += 1
    run_claim_file(data)


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


@FAST
@given(figure=st.one_of(NUMBERISH, ANY_TEXT), sentence=ANY_TEXT)
def test_any_figure_and_sentence_get_one_of_three_verdicts(seeds_index, figure, sentence):
    TRIED["figure and sentence"] += 1
    figure = figure.strip()
    if not figure or not read_quantities(figure):  # the claim loader refuses these
        figure = "33 " + figure
    claim = Claim("c", figure, sentence, "c.yaml", 1)
    (result,), problems = check_claims([claim], seeds_index)
    assert result.verdict in (Verdict.SUPPORTED, Verdict.CONTRADICTED, Verdict.MISSING) and problems == []


@FAST
@given(ANY_TEXT)
def test_index_terms_are_the_terms_of_the_full_analysis(text):
    """The index is built from `index_terms`, the matcher scores with `analyse`: they must agree."""
    TRIED["index terms"] += 1
    assert index_terms(text) == analyse(text).content_terms()
