"""Hardening (issue 12): usage errors in one line, claims from stdin, warnings under --quiet,
unread kinds of source named, claim files checked before indexing, honest closest
passages, narrow tables, progress while checking, the distribution's own name."""

from __future__ import annotations

import importlib.metadata
import json
import tomllib

import pytest

from factcheck import engine
from factcheck.models import Claim
from tests.helpers import CLAIMS, RIGHT, ROOT, SACKED, SEEDS
from tests.helpers import run_cli as run


@pytest.mark.parametrize("args, fragment", [
    (["verify", "--format", "xml"], "'xml' is not one of"),
    (["verify", "--max-source-bytes", "0"], "--max-source-bytes"),
    (["bogus"], "No such command 'bogus'"),
    (["verify", "--sources", "/no/such/folder"], "/no/such/folder: no such file or folder"),
])
def test_usage_errors_are_one_line_exit_2(args, fragment):
    result = run(*args, "--no-cache") if args[0] == "verify" else run(*args)
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("factcheck: error: ") and fragment in lines[0], result.stderr
    assert "╭" not in result.stderr


def test_cache_dir_that_is_a_file_is_a_usage_error(workspace):
    folder = workspace({"c.yaml": RIGHT, "cache": "not a folder"})
    result = run("verify", folder / "c.yaml", "--sources", SEEDS, "--cache-dir", folder / "cache")
    assert result.exit_code == 2
    assert result.stderr.strip() == f"factcheck: error: --cache-dir {folder / 'cache'}: not a folder"


def test_dash_reads_one_claim_file_from_stdin():
    result = run("verify", "-", "--sources", SEEDS, "--no-cache", "--format", "json", input=RIGHT)
    assert result.exit_code == 0, result.output
    (only,) = json.loads(result.stdout)["results"]
    assert only["verdict"] == "supported" and only["claim_file"] == "<stdin>" and only["id"] == "stdin-1"


def test_quiet_drops_supported_rows_never_a_warning(workspace):
    binary = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8
    folder = workspace({"c.yaml": RIGHT, "src/a.txt": SACKED + "\n", "src/b.txt": binary})
    result = run("verify", folder / "c.yaml", "--sources", folder / "src", "--no-cache", "--quiet")
    assert result.exit_code == 0
    assert "b.txt: warning: skipped" in result.stderr  # the binary source is still reported
    assert "│" not in result.stdout  # the supported row is not


def test_sources_of_kinds_not_read_are_one_warning_with_a_count(workspace):
    folder = workspace({"c.yaml": RIGHT, "src/a.txt": SACKED + "\n", "src/notes.docx": b"PK\x03\x04",
                        "src/report.odt": b"PK\x03\x04", "src/other.docx": b"PK\x03\x04"})
    result = run("verify", folder / "c.yaml", "--sources", folder / "src", "--no-cache")
    warnings = [line for line in result.stderr.splitlines() if "kinds not read" in line]
    assert warnings == [f"{folder / 'src'}: warning: skipped 3 files of kinds not read (.docx: 2, .odt: 1); "
                        "sources are read from .txt, .md, .text, .markdown, .html, .htm, .csv, .tsv, .pdf, .xlsx"]


def test_a_claim_file_too_large_says_what_to_do_before_any_indexing(workspace, monkeypatch):
    monkeypatch.setattr("factcheck.inputs.claims.MAX_CLAIM_FILE_NODES", 50)
    folder = workspace({"big.yaml": RIGHT * 3_000})  # past libyaml's quick path, which counts nothing
    indexed = []
    monkeypatch.setattr(engine, "build_index", lambda *a, **k: indexed.append(1) or pytest.fail("indexed"))
    result = run("verify", folder / "big.yaml", "--sources", SEEDS, "--no-cache")
    assert result.exit_code == 2 and not indexed
    assert "split it into several" in result.stderr and result.stderr.count("\n") == 1


def test_a_closest_passage_sharing_no_word_does_not_claim_to_cover_it(workspace):
    folder = workspace({"src/a.txt": "The harbour held 5 boats in winter.\n"})
    claim = Claim("z", "5", "Zebras numbered 5 at the sanctuary.", "z.yaml", 1)
    (result,) = engine.check([claim], folder / "src").results
    assert result.verdict.value == "missing"
    assert "covers" not in result.reason and "shares none of its words" in result.reason


@pytest.mark.parametrize("columns", [80, 60, 40])
def test_narrow_tables_stack_and_fit(columns):
    result = run("verify", CLAIMS, "--sources", SEEDS, "--no-cache", env={"COLUMNS": str(columns)})
    lines = result.stdout.splitlines()
    assert max(len(line) for line in lines) <= columns
    assert "┃" not in result.stdout  # no table columns squeezed to nothing
    assert "66 claims" in result.stdout.replace("\n", " ")
    assert len(lines) < 9 * 66  # nine lines a claim at most (1,044 lines for 48 claims at 80 columns before)


def test_piped_table_honours_columns_and_cuts_long_ids(workspace):
    folder = workspace({"c.yaml": "- id: " + "x" * 60 + "\n " + RIGHT[1:]})
    result = run("verify", folder / "c.yaml", "--sources", SEEDS, "--no-cache", env={"COLUMNS": "200"})
    widest = max(len(line) for line in result.stdout.splitlines())
    assert 120 < widest <= 200
    assert "x" * 29 + "…" in result.stdout and "x" * 31 not in result.stdout


@pytest.mark.parametrize("count", [3, engine.PARALLEL_CLAIMS])
def test_checking_claims_reports_progress_to_the_last_claim(count):
    claims = [Claim(f"c{n}", "33 of 257", SACKED, "c.yaml", n + 1) for n in range(count)]
    seen: list[tuple[int, int]] = []
    run_ = engine.check(claims, SEEDS, checking=lambda done, total: seen.append((done, total)))
    assert len(run_.results) == count
    assert seen[-1] == (count, count) and all(total == count for _, total in seen)
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)


def test_the_distribution_has_a_name_of_its_own():
    name = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["name"]
    assert name != "factcheck"  # that name on PyPI is another project
    scripts = {e.name: e.value for e in importlib.metadata.distribution(name).entry_points}
    assert scripts["factcheck"] == "factcheck.cli:main"


def test_a_warning_said_of_many_files_names_a_few_and_counts_the_rest(tmp_path):
    """An archive where many files carry one benign warning (a line with no sentence break,
    read in pieces) prints a few of their names and one line for the rest, not hundreds."""
    from factcheck.output.common import SAME_WARNING_SHOWN
    sources = tmp_path / "archive"
    sources.mkdir()
    line = "Sales rose 5% in the quarter, the firm said, and costs fell, " * 40
    for n in range(SAME_WARNING_SHOWN + 3):
        (sources / f"a{n}.txt").write_text(f"Headline {n}\n{line}\n", encoding="utf-8")
    result = run("index", sources, "--cache-dir", tmp_path / "cache")
    assert result.exit_code == 0, result.output
    warned = [w for w in result.stderr.splitlines() if "read in pieces" in w]
    assert len(warned) == SAME_WARNING_SHOWN + 1
    assert warned[-1].startswith("3 more files: warning: the same: ")
