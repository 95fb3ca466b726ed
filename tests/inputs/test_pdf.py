"""PDF reports as sources (issue 15): the text of each page without its running header and
page numbers, words hyphenated at a line's end joined, each result placed at its page and
the line within the page. The PDFs are made by the tests (tests/documents.py, fpdf2)."""

from __future__ import annotations

import json
import subprocess
import sys

from factcheck.engine import check
from factcheck.inputs.claims import load_claims
from factcheck.inputs.sentences import split_sentences
from factcheck.inputs.sources import read_source
from factcheck.output.common import location
from tests.documents import HEADER, blank_pdf, encrypted_pdf, paged, pdf_pages, wrapped
from tests.helpers import CLAIMS, SEEDS, run_cli

FILLER = "The review looked at how complaints were handled across the country over several years."
PAGE_ONE: list[str | None] = ["Misconduct in the police", None, FILLER, None,
                              "Officers were dismissed in a small share of the cases that reached a hearing,",
                              "the inspectorate's figures show, and most were given a written warning.", None]
PAGE_TWO: list[str | None] = [FILLER, None, "A Freedom of Information request found that just 33 of the",
                              "257 officers accused of sexual misconduct were sacked by the Metropoli-",
                              "tan Police, a rank-and-file representative said.", None, FILLER, None]


def _claim(folder, figure: str, sentence: str):
    (folder / "c.yaml").write_text(f"- figure: '{figure}'\n  sentence: {sentence}\n", encoding="utf-8")
    (result,) = check(load_claims([folder / "c.yaml"])[0], folder / "src").results
    return result


def test_a_claim_is_supported_at_its_page_and_line(workspace):
    folder = workspace({"src/report.pdf": pdf_pages([PAGE_ONE, PAGE_TWO])})
    result = _claim(folder, "33 of 257", "Only 33 of the 257 officers accused of sexual misconduct were sacked "
                    "by the Metropolitan Police.")
    assert result.verdict.value == "supported"
    # the header is not counted: page 2's lines are the filler (1) and the sentence's first (2)
    assert (result.passage.place, result.passage.line) == ("p2, line 2", 2)
    assert location(result) == "report.pdf:p2, line 2"


def test_lines_joined_hyphens_dropped_and_kept_and_the_header_and_page_numbers_gone(tmp_path):
    path = tmp_path / "report.pdf"
    path.write_bytes(pdf_pages([PAGE_ONE, PAGE_TWO]))
    source = read_source(path, "report.pdf")
    lines = source.text.split("\n")
    assert "by the Metropolitan Police, a rank-and-file representative said." in source.text
    assert "Officers were dismissed in a small share of the cases that reached a hearing, the inspectorate's" \
           " figures show, and most were given a written warning." in lines
    assert not [line for line in lines if "Policing Review" in line or "Page " in line]
    places = [s.place for s in split_sentences(source)]
    assert places == ["p1, line 1", "p1, line 2", "p1, line 3", "p2, line 1", "p2, line 2", "p2, line 5"]


def test_a_sentence_goes_on_over_a_page_break(tmp_path):
    path = tmp_path / "report.pdf"
    path.write_bytes(pdf_pages([[FILLER, "The force said that 921 officers had been investigated for their"],
                                ["conduct online since the start of 2017.", None, FILLER]]))
    sentences = split_sentences(read_source(path, "report.pdf"))
    (whole,) = [s for s in sentences if "921" in s.text]
    assert whole.text.endswith("since the start of 2017.") and whole.place == "p1, line 2"


def test_the_debris_of_the_pages_supports_nothing(workspace):
    folder = workspace({"src/report.pdf": pdf_pages([PAGE_ONE, PAGE_TWO])})
    assert "12 forces" in HEADER
    assert _claim(folder, "12", "The review covered 12 forces.").verdict.value == "missing"
    assert _claim(folder, "2", "The report ran to 2 pages.").verdict.value == "missing"


def test_the_seeds_as_pdf_reports_give_the_shipped_claims_the_same_verdicts(workspace):
    folder = workspace({seed.with_suffix(".pdf").name: pdf_pages(
        paged(wrapped([line for line in seed.read_text(encoding="utf-8").split("\n") if line.strip()])))
        for seed in sorted(SEEDS.glob("*.txt"))})
    claims, _ = load_claims([CLAIMS])
    as_text = {r.claim.id: r.verdict for r in check(claims, SEEDS).results}
    as_pdf = check(claims, folder).results
    assert {r.claim.id: r.verdict for r in as_pdf} == as_text
    shown = [r.passage for r in as_pdf if r.passage]
    assert shown and all(p.source.endswith(".pdf") and p.place.startswith("p") for p in shown)
    assert not [p.text for p in shown if "Policing Review" in p.text or "Page " in p.text]


def _warnings(folder, name: str, content: bytes) -> list[str]:
    (folder / "src").mkdir(exist_ok=True)
    (folder / "src" / "a.txt").write_text("Just 33 of the 257 officers were sacked.\n", encoding="utf-8")
    (folder / "src" / name).write_bytes(content)
    result = run_cli("index", folder / "src", "--cache-dir", folder / "cache")
    assert result.exit_code == 0, result.output
    return [line for line in result.stderr.splitlines() if name in line]


def test_a_pdf_with_no_text_layer_is_one_warning(tmp_path):
    assert _warnings(tmp_path, "scan.pdf", blank_pdf()) == [
        f"{tmp_path / 'src' / 'scan.pdf'}: warning: skipped: no text layer (a scanned PDF?): nothing to read"]


def test_an_encrypted_pdf_is_one_warning(tmp_path):
    assert _warnings(tmp_path, "locked.pdf", encrypted_pdf()) == [
        f"{tmp_path / 'src' / 'locked.pdf'}: warning: skipped: encrypted PDF (it needs a password to open)"]


def test_a_truncated_pdf_is_one_warning(tmp_path):
    whole = pdf_pages([PAGE_ONE, PAGE_TWO])
    (line,) = _warnings(tmp_path, "cut.pdf", whole[:len(whole) // 2])
    assert line.endswith(f"skipped: truncated PDF (its end is missing after {len(whole) // 2:,} bytes)")


def test_a_pdf_without_the_extra_installed_says_how_to_install_it(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "pypdfium2", None)  # import pypdfium2 now raises ImportError
    path = tmp_path / "report.pdf"
    path.write_bytes(pdf_pages([PAGE_ONE]))
    problem = read_source(path, "report.pdf")
    assert str(problem) == (f"{path}: warning: skipped: reading PDF needs the pdf extra: "
                            "pip install 'factcheck-figures[pdf]'")


def test_the_readers_of_pdf_and_xlsx_are_not_imported_at_start():
    code = "import sys, factcheck.cli; print(sorted(m for m in ('pypdfium2', 'openpyxl') if m in sys.modules))"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout == "[]\n"


def test_the_place_is_kept_in_the_index_and_in_json(workspace, tmp_path):
    folder = workspace({"src/report.pdf": pdf_pages([PAGE_ONE, PAGE_TWO]),
                        "c.yaml": "- figure: 33 of 257\n  sentence: Only 33 of the 257 officers accused of sexual "
                                  "misconduct were sacked by the Metropolitan Police.\n"})
    runs = [run_cli("verify", folder / "c.yaml", "--sources", folder / "src", "--format", "json",
                    "--cache-dir", tmp_path / "cache") for _ in ("cold", "warm")]
    records = [json.loads(run.stdout)["results"][0] for run in runs]
    got = [(r["source"], r["source_line"], r["source_place"]) for r in records]
    assert got == [("report.pdf", 2, "p2, line 2")] * 2


def test_a_chapter_header_with_its_page_number_is_dropped_and_a_number_closing_a_list_is_not():
    from factcheck.inputs.pdf import _drop_furniture

    pages = [[("Chapter 2: Naming 3", 40.0), ("A list of figures ends with", 60.0), ("100.", 75.0), ("3", 800.0)],
             [("Chapter 2: Naming 4", 40.0), ("The next page.", 60.0), ("4", 800.0)],
             [("3 Utilities", 40.0), ("A new chapter.", 60.0), ("5", 800.0)]]
    kept = [[text for _, (text, _) in page] for page in _drop_furniture(pages)]
    assert kept == [["A list of figures ends with", "100."], ["The next page."], ["3 Utilities", "A new chapter."]]


def test_an_overlong_sentence_of_a_pdf_is_warned_at_its_page_and_line():
    from factcheck.inputs.sentences import overlong_sentences
    from factcheck.inputs.source_text import SourceText

    (problem,) = overlong_sentences(SourceText("r.pdf", "word " * 400, (3,), marks=(((0, 2, 3),),)))
    assert str(problem).startswith("r.pdf: warning: p2, line 3: a sentence of 1,999 characters")
