"""Data tables as sources (issue 15): each cell with a number a statement from its row's and
column's headers, pointing at the table's row."""

from __future__ import annotations

from factcheck.engine import check
from factcheck.inputs.claims import load_claims
from factcheck.inputs.tables import table_text
from factcheck.output.common import location
from tests.helpers import run_cli

FOI = "Year,2011,2012,2013\nOfficer allegations,9,10,18\nOfficers investigated,4,6,19\n"


def test_each_figure_a_statement_from_its_headers_placed_at_its_cell():
    table = table_text(FOI)
    assert table.text.split("\n") == ["Officer allegations, 2011: 9", "Officer allegations, 2012: 10",
                                      "Officer allegations, 2013: 18", "Officers investigated, 2011: 4",
                                      "Officers investigated, 2012: 6", "Officers investigated, 2013: 19"]
    assert table.lines == (2, 2, 2, 3, 3, 3)
    assert table.places[2] == 'row 2, column "2013"' and table.places[3] == 'row 3, column "2011"'
    assert table.warnings == ()


def test_a_table_without_a_header_row_is_read_row_by_row():
    assert table_text("9,10,18\n4,6,19\n")[:3] == ("9, 10, 18\n4, 6, 19", (1, 2), ("row 1", "row 2"))


def test_semicolons_ragged_rows_and_blank_lines():
    table = table_text("Region;Cases\nNorth;12\n\nSouth;7;extra\nEast\n")
    assert table.text.split("\n") == ["North, Cases: 12", "South, Cases: 7", "East"] and table.lines == (2, 4, 5)
    assert table.warnings == ("ragged rows: 1 row (4) has more cells than the header (2): read as they are",)


def test_a_row_quoted_over_two_lines_is_one_row_and_trailing_separators_are_no_cells():
    table = table_text('Region,Cases,,\n"North\nEast",12,,\nSouth,7,,\n')
    assert table.places == ('row 2, column "Cases"', 'row 3, column "Cases"') and table.warnings == ()


def test_a_claim_on_a_cell_is_supported_at_its_row_and_another_row_is_not(workspace):
    folder = workspace({"src/foi.csv": FOI, "c.yaml": "- id: right\n  figure: '18'\n  sentence: There were 18 "
                        "officer allegations in 2013.\n- id: other\n  figure: '19'\n  sentence: There were 19 "
                        "officer allegations in 2013.\n"})
    right, other = check(load_claims([folder / "c.yaml"])[0], folder / "src").results
    assert right.verdict.value == "supported" and (right.passage.source, right.passage.line) == ("foi.csv", 2)
    assert location(right) == 'foi.csv:row 2, column "2013"'
    assert other.verdict.value != "supported"  # 19 is the officers investigated, not the allegations


def test_index_counts_the_files_of_each_kind(workspace, tmp_path):
    folder = workspace({"src/foi.csv": FOI, "src/a.txt": "One.\n", "src/b.txt": "Two.\n",
                        "src/page.html": "<p>Three.</p>"})
    result = run_cli("index", folder / "src", "--cache-dir", tmp_path / "cache")
    assert result.exit_code == 0 and result.stdout.rstrip().endswith(": 2 .txt, 1 .csv, 1 .html")
