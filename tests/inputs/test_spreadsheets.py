"""Workbooks (.xlsx) as sources (issue 15): each sheet read as a CSV table is, from the values
saved with the formulas, each statement placed at its cell (and sheet, when there are
several); and the bad files of every kind are one warning each while the run goes on.
The workbooks are made by the tests (openpyxl)."""

from __future__ import annotations

import os

from factcheck.engine import check
from factcheck.inputs.claims import load_claims
from factcheck.inputs.sources import read_source
from factcheck.output.common import location
from tests.documents import pdf_pages, workbook
from tests.helpers import run_cli

FOI = [["Year", 2011, 2012, 2013], ["Officer allegations", 9, 10, 18], ["Officers investigated", 4, 6, 19]]
CLAIMS = ("- id: right\n  figure: '18'\n  sentence: There were 18 officer allegations in 2013.\n"
          "- id: other\n  figure: '19'\n  sentence: There were 19 officer allegations in 2013.\n")


def test_a_claim_on_a_cell_is_supported_at_its_cell_and_another_row_is_not(workspace):
    folder = workspace({"src/foi.xlsx": workbook({"FOI": FOI}), "c.yaml": CLAIMS})
    right, other = check(load_claims([folder / "c.yaml"])[0], folder / "src").results
    assert right.verdict.value == "supported" and location(right) == 'foi.xlsx:row 2, column "2013"'
    assert other.verdict.value != "supported"  # 19 is the officers investigated, not the allegations


def test_the_sheet_is_named_when_there_are_several(tmp_path):
    path = tmp_path / "foi.xlsx"
    path.write_bytes(workbook({"Notes": [["Source: FOI request 4471"]], "FOI": FOI}))
    source = read_source(path, "foi.xlsx")
    assert source.text.split("\n")[:2] == ["Source: FOI request 4471", "Officer allegations, 2011: 9"]
    assert source.places[:2] == ('sheet "Notes", row 1', 'sheet "FOI", row 2, column "2011"')


def test_percentages_and_currencies_read_as_formatted(tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Force", "Dismissed", "Cost"])
    sheet.append(["Met", 0.065, 5_000_000])
    sheet["B2"].number_format = "0.0%"
    sheet["C2"].number_format = '"£"#,##0'
    book.save(tmp_path / "f.xlsx")
    text = read_source(tmp_path / "f.xlsx", "f.xlsx").text
    assert text.split("\n") == ["Met, Dismissed: 6.5%", "Met, Cost: £5000000"]


def test_formulas_with_no_saved_values_are_a_warning_and_the_rest_is_read(tmp_path):
    path = tmp_path / "totals.xlsx"
    path.write_bytes(workbook({"FOI": [*FOI, ["Total", "=B2+B3", "=C2+C3", "=SUM(D2:D3)"]]}))
    source = read_source(path, "totals.xlsx")
    assert "Officer allegations, 2013: 18" in source.text and "Total" in source.text
    assert source.warnings == ("3 formula cells with no saved value (read as empty): open and save the workbook "
                               "in a spreadsheet program to keep their values",)


def test_bad_files_of_each_kind_are_one_warning_each_and_the_run_goes_on(workspace, tmp_path):
    whole = pdf_pages([["Just 33 of the 257 officers were sacked."]])
    folder = workspace({
        "c.yaml": "- figure: 33 of 257\n  sentence: Just 33 of the 257 officers were sacked.\n",
        "src/a.txt": "Just 33 of the 257 officers were sacked.\n",
        "src/cut.pdf": whole[:len(whole) * 2 // 3],
        "src/page.html": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8,
        "src/ragged.csv": "Region,Cases\nNorth,12\nSouth,7,3\n",
        "src/totals.xlsx": workbook({"FOI": [["Year", 2013], ["Total", "=1+1"]]}),
        "src/broken.xlsx": b"PK\x03\x04 not really a workbook",
        "src/locked.xlsx": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504),
    })
    with (folder / "src" / "huge.pdf").open("wb") as big:  # 200 MB, sparse: the limit is checked before reading
        big.truncate(200 * 1024 * 1024)
    before = {p.name: p.stat().st_mtime_ns for p in (folder / "src").iterdir()}
    result = run_cli("verify", folder / "c.yaml", "--sources", folder / "src", "--cache-dir", tmp_path / "cache")
    assert result.exit_code == 0, result.output  # the claim is still checked, and supported
    warned = {line.split(": warning: ")[0].rsplit("/", 1)[-1]: line.split(": warning: ")[1]
              for line in result.stderr.splitlines() if ": warning: " in line}
    src = folder / "src"
    assert warned == {
        "cut.pdf": f"skipped: truncated PDF (its end is missing after {os.path.getsize(src / 'cut.pdf'):,} bytes)",
        "page.html": "skipped: binary file, not text",
        "ragged.csv": "ragged rows: 1 row (3) has more cells than the header (2): read as they are",
        "totals.xlsx": "1 formula cell with no saved value (read as empty): open and save the workbook in a "
                       "spreadsheet program to keep their values",
        "broken.xlsx": "skipped: not a readable XLSX workbook (BadZipFile: File is not a zip file)",
        "locked.xlsx": "skipped: an encrypted workbook, or an old .xls saved as .xlsx: not readable",
        "huge.pdf": "skipped: 209,715,200 bytes is over the 52,428,800-byte limit",
    }
    assert len(result.stderr.splitlines()) == len(warned)  # one line each, no traceback
    assert {p.name: p.stat().st_mtime_ns for p in src.iterdir()} == before  # nothing written into the sources


def test_index_counts_pdf_and_xlsx_files(workspace, tmp_path):
    folder = workspace({"src/a.txt": "One.\n", "src/r.pdf": pdf_pages([["Two."]]),
                        "src/f.xlsx": workbook({"S": FOI}), "src/g.xlsx": workbook({"S": FOI})})
    result = run_cli("index", folder / "src", "--cache-dir", tmp_path / "cache")
    assert result.exit_code == 0 and result.stdout.rstrip().endswith(": 2 .xlsx, 1 .pdf, 1 .txt")


def test_a_workbook_without_the_extra_installed_says_how_to_install_it(tmp_path, monkeypatch):
    import sys

    path = tmp_path / "foi.xlsx"
    path.write_bytes(workbook({"FOI": FOI}))
    monkeypatch.setitem(sys.modules, "openpyxl", None)  # import openpyxl now raises ImportError
    assert str(read_source(path, "foi.xlsx")) == (f"{path}: warning: skipped: reading XLSX needs the xlsx extra: "
                                                  "pip install 'factcheck-figures[xlsx]'")
