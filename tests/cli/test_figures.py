"""`factcheck figures FILE|-`: every figure the reader finds, with its place (issue 14)."""

from __future__ import annotations

import json

from tests.helpers import run_cli

TEXT = "Profits fell 5% to £2.5m.\nSome 1,200 people, aged 87, paid more than $40m.\n"


def test_figures_as_json_with_one_based_places(workspace):
    folder = workspace({"draft.txt": TEXT})
    result = run_cli("figures", folder / "draft.txt", "--format", "json")
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert doc["version"] == 1
    rows = [(f["text"], f["line"], f["column"], f["value"], f["kind"], f["unit"], f["change"]) for f in doc["figures"]]
    assert rows[:2] == [("5%", 1, 14, 5.0, "percent", "percentage", "down"),  # "fell 5%": the size of a fall
                        ("£2.5m", 1, 20, 2_500_000.0, "money", "pound sterling", "=")]
    assert rows[-1] == ("$40m", 2, 44, 40_000_000.0, "money", "dollar", ">")
    assert set(doc["figures"][0]) == {"text", "line", "column", "value", "kind", "unit", "qualifier", "change",
                                      "low", "high"}


def test_figures_from_stdin_as_a_table():
    result = run_cli("figures", "-", input="Just 33 of the 257 officers were sacked.\n")
    assert result.exit_code == 0
    assert "1:6" in result.stdout and "257" in result.stdout


def test_figures_of_a_missing_file_is_one_line_exit_2(tmp_path):
    result = run_cli("figures", tmp_path / "nope.txt")
    assert result.exit_code == 2
    assert result.stderr.startswith("factcheck: error: ") and result.stderr.count("\n") == 1


def test_a_range_is_one_figure_with_its_two_ends(workspace):
    folder = workspace({"r.txt": "He is about 40 - 50 years old.\nBetween 4,560 and 6,000 people came.\n"
                                 "It will cost $90-160 billion.\nSpeed rose from 1.6km/h to 2.5km/h.\n"})
    figures = json.loads(run_cli("figures", folder / "r.txt", "--format", "json").stdout)["figures"]
    ranges = [(f["line"], f["low"], f["high"], f["unit"]) for f in figures if f["low"] is not None]
    assert ranges == [(1, 40, 50, "year of age"), (2, 4560, 6000, "people"), (3, 90e9, 160e9, "dollar")]
    assert [f["value"] for f in figures if f["line"] == 4] == [1.6, 2.5]  # "from … to …" is a change, not a range


def test_figures_of_a_binary_file_is_one_line_exit_2(workspace):
    folder = workspace({"img.html": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8})
    result = run_cli("figures", folder / "img.html")
    assert result.exit_code == 2
    assert result.stderr.strip() == f"factcheck: error: {folder / 'img.html'}: binary file, not text"


def test_a_markdown_draft_is_read_as_check_reads_it(workspace):
    """List and heading numbers, code and link targets are markup, not figures; each figure
    stands at its own line and column of the draft."""
    folder = workspace({"d.md": "## 3. Outlook\n\n1. Sales rose 5% to £2.5m.\n\n```\ncode 123\n```\n\n"
                                "- See [the report](http://x.com/2019/04/page) of 1,200 people.\n"})
    doc = json.loads(run_cli("figures", folder / "d.md", "--format", "json").stdout)
    assert [(f["text"], f["line"], f["column"]) for f in doc["figures"]] == [
        ("5%", 3, 15), ("£2.5m", 3, 21), ("1,200", 9, 50)]
    plain = json.loads(run_cli("figures", "-", "--format", "json",
                               input="1. Sales rose 5% to £2.5m.\n").stdout)["figures"]
    assert [f["text"] for f in plain] == ["1", "5%", "£2.5m"]  # standard input is plain text
