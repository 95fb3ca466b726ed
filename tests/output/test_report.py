"""Every output format: JSON's schema, GitHub annotations, HTML, Markdown; text made inert for the terminal."""

import json
import re
from html.parser import HTMLParser

import pytest

from factcheck.models import Claim, NumberMatch, Passage, Result, Sentence, Verdict
from factcheck.output.common import clean
from factcheck.output.github import github_data, github_property, render_github
from factcheck.output.html import render_html
from factcheck.output.markdown import md_cell, render_markdown
from tests.helpers import SEEDS
from tests.helpers import run_cli as run


def result(verdict=Verdict.CONTRADICTED, sentence="Just 35 of the 257 officers were sacked.", file="claims/c.yaml",
           reason="source says 33, claim says 35", figure="35 of 257", claim_id="c-1") -> Result:
    passage = Passage("003.txt", 18, (Sentence("003.txt", 4, 18, "with just 33 of the 257 getting the sack."),))
    numbers = (NumberMatch("35", "33", "differs"), NumberMatch("257", "257", "equal"))
    return Result(Claim(claim_id, figure, sentence, file, 7, 5), verdict, 80.0, reason, passage, numbers)


# JSON ------------------------------------------------------------------------------------------

RESULT_SCHEMA = {
    "id": str, "claim_file": str, "claim_line": int, "figure": str, "sentence": str, "verdict": str,
    "score": (int, float), "source": (str, type(None)), "source_line": (int, type(None)),
    "source_place": (str, type(None)), "snippet": (str, type(None)), "reason": str, "rule": (str, type(None)),
    "numbers": list,
}


def test_json_document_has_the_documented_schema(three):
    got = run("verify", str(three), "--sources", SEEDS, "--format", "json")
    doc = json.loads(got.stdout)
    assert set(doc) == {"version", "results", "summary", "problems"} and doc["version"] == 2
    assert set(doc["summary"]) == {"claims", "supported", "contradicted", "missing"}
    assert doc["summary"]["claims"] == len(doc["results"]) == 3
    for record in doc["results"]:
        assert set(record) == set(RESULT_SCHEMA)
        for key, kind in RESULT_SCHEMA.items():
            assert isinstance(record[key], kind), key
        assert record["verdict"] in {"supported", "contradicted", "missing"}
        for n in record["numbers"]:
            assert set(n) == {"claim", "source", "relation", "value_rule", "rule", "frame"}
            assert set(n["frame"]) == {"claim", "source"}
            assert set(n["frame"]["claim"]) == {"counts", "holder", "predicate", "when", "where"}
            assert n["relation"] in {"equal", "within", "derived", "differs", "vaguer", "absent"}
    assert [r["claim_line"] for r in doc["results"]] == [1, 4, 7]
    assert got.exit_code == 1


# GitHub ----------------------------------------------------------------------------------------

ANNOTATION = re.compile(r"^::(?P<command>error|warning|notice) (?P<props>[^:]*)::(?P<message>.*)$")


def parse_annotation(line: str) -> tuple[str, dict[str, str], str]:
    m = ANNOTATION.match(line)
    assert m, line
    props = dict(p.split("=", 1) for p in m.group("props").split(","))
    return m.group("command"), props, m.group("message")


def test_github_errors_for_contradicted_and_missing_at_the_claim_line(three):
    got = run("verify", str(three), "--sources", SEEDS, "--format", "github")
    lines = got.stdout.strip().splitlines()
    annotations = [parse_annotation(line) for line in lines[:-1]]
    assert [a[0] for a in annotations] == ["error", "error"]
    (_, wrong, message), (_, absent, _) = annotations
    assert wrong["file"] == str(three).replace(":", "%3A").replace(",", "%2C") and wrong["line"] == "4"
    assert absent["line"] == "7"
    assert message.startswith("contradicted: 35 of 257: ") and "33" in message
    assert lines[-1] == "3 claims: 1 supported, 1 contradicted, 1 missing"
    verbose = run("verify", str(three), "--sources", SEEDS, "--format", "github", "--verbose")
    assert [parse_annotation(x)[0] for x in verbose.stdout.strip().splitlines()[:-1]] == ["notice", "error", "error"]


def test_github_escapes_messages_and_properties():
    assert github_data("50% of\r\nall") == "50%25 of%0D%0Aall"
    assert github_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"
    r = result(file="dir,x/a:b.yaml", reason="100% sure\nreally", claim_id="id,with:colon")
    command, props, message = parse_annotation(render_github([r]).splitlines()[0])
    assert command == "error"
    assert props == {"file": "dir%2Cx/a%3Ab.yaml", "line": "7", "col": "5",
                     "title": "factcheck contradicted%3A id%2Cwith%3Acolon"}
    assert message == "contradicted: 35 of 257: 100%25 sure%0Areally (003.txt:18)"


# HTML ------------------------------------------------------------------------------------------

class Collector(HTMLParser):
    """Rows of the claims table, tags seen, and text, as the standard parser reads them."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.rows: list[str] = []
        self.marks: list[tuple[str, str]] = []
        self.text: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []
        self._in_tbody = False
        self._mark: str | None = None

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs += attrs
        if tag == "tbody":
            self._in_tbody = True
        elif tag == "tr" and self._in_tbody:
            self.rows.append(dict(attrs).get("class", ""))
        elif tag == "mark":
            self._mark = dict(attrs).get("class", "")

    def handle_endtag(self, tag):
        if tag == "tbody":
            self._in_tbody = False
        elif tag == "mark":
            self._mark = None

    def handle_data(self, data):
        self.text.append(data)
        if self._mark is not None:
            self.marks.append((self._mark, data))


def parse_html(text: str) -> Collector:
    parser = Collector()
    parser.feed(text)
    parser.close()
    return parser


def test_html_is_one_self_contained_file_with_a_row_per_claim(three):
    got = run("verify", str(three), "--sources", SEEDS, "--format", "html")
    page = parse_html(got.stdout)
    assert page.rows == ["supported", "contradicted", "missing"]
    assert "3 claims: 1 supported, 1 contradicted, 1 missing" in "".join(page.text)
    assert "style" in page.tags and not {"script", "link", "img", "iframe"} & set(page.tags)
    assert not [a for a in page.attrs if a[0] in {"src", "href"}]
    assert ("differs", "35") in page.marks and ("differs", "33") in page.marks


def test_html_escapes_every_text_from_claims_and_sources():
    nasty = result(sentence='Just 35 <script>alert("x")</script> of the 257 & more', claim_id="<b>id</b>")
    text = render_html([nasty])
    page = parse_html(text)
    assert "script" not in page.tags and "b" not in page.tags
    assert "<script>" in "".join(page.text) and "&lt;script&gt;" in text
    assert page.rows == ["contradicted"]


# Markdown --------------------------------------------------------------------------------------

def test_markdown_is_a_table_with_pipes_escaped():
    r = result(sentence="a | b", reason="source says 33 | not 35", figure="35 of 257")
    lines = render_markdown([r, result(Verdict.SUPPORTED, claim_id="c-2")]).splitlines()
    assert lines[0] == "**factcheck**: 2 claims: 1 supported, 1 contradicted, 0 missing"
    assert lines[2].startswith("| verdict |") and lines[3] == "|---|---|---|---|---|"
    rows = lines[4:]
    assert len(rows) == 2
    for row in rows:
        assert len(re.split(r"(?<!\\)\|", row)) == 7  # five cells between the outer pipes
    assert "source says 33 \\| not 35" in rows[0] and "**33**" in rows[0]
    assert md_cell("x|y") == "x\\|y"


def test_markdown_through_the_cli(three):
    got = run("verify", str(three), "--sources", SEEDS, "--format", "markdown")
    assert got.exit_code == 1
    assert sum(1 for line in got.stdout.splitlines() if line.startswith("| ")) == 4  # header and three rows


# Text made inert -------------------------------------------------------------------------------

@pytest.mark.parametrize("text,shown", [
    ("plain [bold]text[/]", "plain [bold]text[/]"),
    ("\x1b[31mred\x1b[0m", "red"),
    ("\x1b]0;title\x07after", "after"),
    ("\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\", "link"),
    ("bell\x07 back\x08space", "bell backspace"),
    ("over\rwrite", "over write"),
    ("two\nlines", "two lines"),
    ("c1\x9b2Jcsi", "c12Jcsi"),
    ("bidi\u202eesrever\u202c", "bidiesrever"),
    ("line\u2028sep", "line sep"),
])
def test_clean_makes_text_inert(text, shown):
    assert clean(text) == shown
