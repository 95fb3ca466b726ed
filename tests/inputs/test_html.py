"""Saved web pages as sources (issue 15): the article's text, not the page, with each line
pointing at the line of the HTML file where it starts."""

from __future__ import annotations

import html

from factcheck.engine import check
from factcheck.inputs.claims import load_claims
from factcheck.inputs.html import article_text
from tests.helpers import CLAIMS, SEEDS

TEMPLATE_HEAD = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title} | The Daily Record</title>
<style>body {{ font: 14px serif }} .n {{ color: #333 }}</style>
<script>window.dataLayer = [{{"articles": 257, "views": 1921}}];</script></head>
<body>
<div id="cookie-consent">We and our 812 partners use cookies. <button>Accept all</button></div>
<header class="masthead"><a href="/">The Daily Record</a> <span>Tuesday 1 December</span></header>
<nav class="main-nav"><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li>
<li><a href="/top-100">Top 100 schools</a></li></ul></nav>
<main><article>
"""
TEMPLATE_FOOT = """</article>
<aside class="related-stories"><h3>Related</h3><ul>
<li><a href="/a">12 officers were sacked after a review of 400 complaints</a></li>
<li><a href="/b">Force pays out £5m over 19 claims</a></li></ul></aside>
<section id="comments"><p>Reader: I bet it is more like 90 officers, and 7 forces.</p></section>
<div class="share-tools">Share 33 times</div>
</main>
<footer class="site-footer"><p>&copy; 2024 Daily Record Ltd, 100 Fleet Street. All 4 rights reserved.</p></footer>
</body></html>
"""
DEBRIS = ("400 complaints", "19 claims", "90 officers", "Share 33", "Fleet Street", "812 partners", "Top 100")


def _as_page(text: str) -> str:
    lines = [line for line in text.split("\n") if line.strip()]
    body = [f"<h1>{html.escape(lines[0])}</h1>"] + [f"<p>{html.escape(line)}</p>" for line in lines[1:]]
    return TEMPLATE_HEAD.format(title=html.escape(lines[0][:60])) + "\n".join(body) + "\n" + TEMPLATE_FOOT


def test_the_article_without_the_page():
    text, lines = article_text(_as_page("Met officers sacked\nJust 33 of the 257 officers were sacked.\n"
                                        "It cost £5m & more, the report said."))
    assert text.split("\n") == ["Met officers sacked | The Daily Record", "Met officers sacked",
                                "Just 33 of the 257 officers were sacked.", "It cost £5m & more, the report said."]
    assert not any(debris in text for debris in DEBRIS)
    assert lines[2] == TEMPLATE_HEAD.count("\n") + 2  # the <p>'s own line of the file


def test_entities_and_blocks():
    text, lines = article_text("<p>It cost &pound;2.5m</p><ul><li>one</li><li>two &amp; three</li></ul>\n"
                               "<blockquote>quoted</blockquote><table><tr><td>a</td><td>b</td></tr></table>")
    assert text.split("\n") == ["It cost £2.5m", "one", "two & three", "quoted", "a", "b"]
    assert lines == (1, 1, 1, 2, 2, 2)


def test_the_seeds_as_web_pages_give_the_shipped_claims_the_same_verdicts(workspace):
    folder = workspace({seed.with_suffix(".html").name: _as_page(seed.read_text(encoding="utf-8"))
                        for seed in sorted(SEEDS.glob("*.txt"))})
    claims, _ = load_claims([CLAIMS])
    as_text = {r.claim.id: r.verdict for r in check(claims, SEEDS).results}
    as_pages = check(claims, folder).results
    assert {r.claim.id: r.verdict for r in as_pages} == as_text
    shown = " ".join(r.passage.text for r in as_pages if r.passage)
    assert not [debris for debris in DEBRIS if debris in shown]


def test_a_result_points_at_the_line_of_the_page(workspace):
    page = _as_page("Met officers sacked\nSome words first.\nJust 33 of the 257 officers were sacked.\n")
    folder = workspace({"story.html": page, "c.yaml": "- figure: 33 of 257\n  sentence: Just 33 of the 257 "
                        "officers were sacked.\n"})
    (result,) = check(load_claims([folder / "c.yaml"])[0], folder).results
    assert result.verdict.value == "supported"
    line = next(n for n, text in enumerate(page.split("\n"), start=1) if "Just 33" in text)
    assert (result.passage.source, result.passage.line) == ("story.html", line)


def test_debris_of_the_page_supports_nothing(workspace):
    folder = workspace({"story.html": _as_page("Met officers sacked\nJust 33 of the 257 officers were sacked.\n"),
                        "c.yaml": "- figure: '12'\n  sentence: 12 officers were sacked after a review of 400 "
                                  "complaints.\n"})
    (result,) = check(load_claims([folder / "c.yaml"])[0], folder).results
    assert result.verdict.value == "missing"


FOI_PAGE = """<h1>Misconduct figures</h1>
<table class="data">
<tr><th>Year</th><th>2012</th><th>2013</th></tr>
<tr><td>Officer allegations</td><td>10</td><td>18</td></tr>
<tr><td>Officers investigated</td><td>6</td><td>19</td></tr>
</table>
<table><tr><td><p>Laid out in a table: just 33 of the 257 officers were sacked, the force said.</p></td></tr>
<tr><td>Share this</td></tr></table>
"""


def test_a_table_of_the_page_is_read_as_statements_and_a_layout_table_as_text():
    text, lines = article_text(FOI_PAGE)
    assert text.split("\n") == ["Misconduct figures", "Officer allegations, 2012: 10", "Officer allegations, 2013: 18",
                                "Officers investigated, 2012: 6", "Officers investigated, 2013: 19",
                                "Laid out in a table: just 33 of the 257 officers were sacked, the force said.",
                                "Share this"]
    assert lines == (1, 4, 4, 5, 5, 7, 8)


def test_a_claim_on_a_cell_of_a_page_is_supported_at_its_row(workspace):
    folder = workspace({"src/foi.html": FOI_PAGE, "c.yaml": "- id: right\n  figure: '18'\n  sentence: There were "
                        "18 officer allegations in 2013.\n- id: other\n  figure: '19'\n  sentence: There were 19 "
                        "officer allegations in 2013.\n"})
    right, other = check(load_claims([folder / "c.yaml"])[0], folder / "src").results
    assert right.verdict.value == "supported" and (right.passage.source, right.passage.line) == ("foi.html", 4)
    assert other.verdict.value != "supported"
