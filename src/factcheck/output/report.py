"""Render results for people (a table, HTML, Markdown) and for programs (JSON, GitHub). Nothing else prints.

Text from claims and sources is shown as inert text: rich markup in an article
("[bold]") is escaped, and control characters are removed, so a source can never
restyle or rewrite the terminal.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Mapping, Sequence

from rich.console import Console
from rich.table import Table
from rich.text import Text

from factcheck.models import Passage, Problem, Result, Verdict

JSON_VERSION = 1
_INVISIBLE = re.compile("[\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]")
SNIPPET_CHARS = 160
VERDICT_STYLES = {Verdict.SUPPORTED: "green", Verdict.CONTRADICTED: "bold red", Verdict.MISSING: "yellow"}
_SPACES = re.compile("[\t\n\r\u2028\u2029]")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")


def clean(text: str) -> str:
    """Text safe for a terminal, on one line: escape sequences and control characters removed."""
    text = re.sub(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b.", "", text)
    return _CONTROL.sub("", _SPACES.sub(" ", text))


def summary(results: Sequence[Result]) -> dict[str, int]:
    counts = {v.value: sum(1 for r in results if r.verdict is v) for v in Verdict}
    return {"claims": len(results), **counts}


def summary_line(results: Sequence[Result]) -> str:
    s = summary(results)
    noun = "claim" if s["claims"] == 1 else "claims"
    return f"{s['claims']} {noun}: {s['supported']} supported, {s['contradicted']} contradicted, {s['missing']} missing"


def snippet(result: Result, width: int = SNIPPET_CHARS) -> str:
    """The passage, cut around its aligned figures when it is long."""
    if result.passage is None:
        return ""
    text = clean(result.passage.text)
    if len(text) <= width:
        return text
    anchors = [text.find(n.source) for n in result.numbers if n.source and text.find(n.source) >= 0]
    centre = (min(anchors) + max(anchors)) // 2 if anchors else 0
    start = max(0, min(centre - width // 2, len(text) - width))
    cut = text[start:start + width]
    return ("…" if start else "") + cut + ("…" if start + width < len(text) else "")


def location(result: Result) -> str:
    return f"{clean(result.passage.source)}:{result.passage.line}" if result.passage else ""


def render_table(results: Sequence[Result], console: Console, summary_of: Sequence[Result] | None = None) -> None:
    """One row a claim: id, verdict, figure, snippet with the figures marked, file:line.

    `summary_of` counts more results than are shown (--quiet shows only what fails).
    """
    table = Table(show_lines=False, header_style="bold", expand=False)
    table.add_column("id", overflow="fold", max_width=30)
    table.add_column("verdict", no_wrap=True)
    table.add_column("figure", overflow="fold", max_width=18)
    table.add_column("source says", overflow="fold", ratio=1)
    table.add_column("where", no_wrap=True)
    for r in results:
        text = Text(snippet(r))
        for n in r.numbers:
            if n.source:
                text.highlight_words([clean(n.source)], style="bold underline", case_sensitive=True)
        cell = Text.assemble(text, "\n", (clean(r.reason), "dim"))
        table.add_row(Text(clean(r.claim.id)), Text(r.verdict.value, style=VERDICT_STYLES[r.verdict]),
                      Text(clean(r.claim.figure)), cell, Text(location(r)))
    if results:
        console.print(table)
    console.print(Text(summary_line(results if summary_of is None else summary_of), style="bold"))


def result_record(r: Result) -> dict:
    return {
        "id": r.claim.id,
        "claim_file": r.claim.file,
        "claim_line": r.claim.line,
        "figure": r.claim.figure,
        "sentence": r.claim.sentence,
        "verdict": r.verdict.value,
        "score": r.score,
        "source": r.passage.source if r.passage else None,
        "source_line": r.passage.line if r.passage else None,
        "snippet": r.passage.text if r.passage else None,
        "reason": r.reason,
        "numbers": [{"claim": n.claim, "source": n.source or None, "relation": n.relation, "rule": n.rule}
                    for n in r.numbers],
    }


def render_json(results: Sequence[Result], problems: Sequence[Problem] = ()) -> str:
    """One JSON document: results, a summary, and any problems with the input."""
    doc = {
        "version": JSON_VERSION,
        "results": [result_record(r) for r in results],
        "summary": summary(results),
        "problems": [{"file": p.file, "line": p.line, "column": p.column, "severity": p.severity,
                      "message": p.message} for p in problems],
    }
    # Readable UTF-8, but characters that can restyle a terminal stay escaped.
    return _INVISIBLE.sub(lambda m: f"\\u{ord(m.group()):04x}", json.dumps(doc, ensure_ascii=False, indent=2))


def render_problem(problem: Problem, console: Console) -> None:
    style = "red" if problem.severity == "error" else "yellow"
    console.print(Text(clean(str(problem)), style=style), soft_wrap=True)


Closest = Mapping[str, Sequence[tuple[Passage, float]]]


def render_closest(closest: Closest, console: Console) -> None:
    """--verbose: for each missing claim, the passages that came nearest, with their scores."""
    for claim_id, passages in closest.items():
        console.print(Text(f"closest passages for {clean(claim_id)}:", style="bold"))
        if not passages:
            console.print(Text("  (none shares its words)", style="dim"))
        for passage, score in passages:
            console.print(Text.assemble(f"  {score:5.1f}  ", (f"{passage.source}:{passage.line}", "cyan"),
                                        "  ", clean(passage.text)))


def _marked(text: str, needles: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """Cut text into (piece, mark class) pairs, marking each needle's first free whole-word match."""
    spans: list[tuple[int, int, str]] = []
    for needle, kind in needles:
        if not needle:
            continue
        for m in re.finditer(r"(?<![\w.])" + re.escape(needle) + r"(?!\w)", text):
            if not any(m.start() < e and s < m.end() for s, e, _ in spans):
                spans.append((m.start(), m.end(), kind))
                break
    pieces, pos = [], 0
    for start, end, kind in sorted(spans):
        pieces += [(text[pos:start], ""), (text[start:end], kind)]
        pos = end
    pieces.append((text[pos:], ""))
    return [p for p in pieces if p[0]]


def _relation_class(relation: str) -> str:
    return {"equal": "agree", "within": "agree", "differs": "differs"}.get(relation, "")


# GitHub Actions workflow commands ---------------------------------------------------------

def github_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def github_property(text: str) -> str:
    return github_data(text).replace(":", "%3A").replace(",", "%2C")


def _github_line(command: str, message: str, **props: object) -> str:
    shown = ",".join(f"{k}={github_property(str(v))}" for k, v in props.items() if v is not None)
    return f"::{command} {shown}::{github_data(message)}" if shown else f"::{command}::{github_data(message)}"


def render_github(results: Sequence[Result], verbose: bool = False, summary_of: Sequence[Result] | None = None) -> str:
    """`::error` for contradicted and missing claims at their claim file's line; `::notice` for
    supported ones with --verbose; then the summary as a plain line."""
    lines = []
    for r in results:
        if r.verdict is Verdict.SUPPORTED and not verbose:
            continue
        command = "notice" if r.verdict is Verdict.SUPPORTED else "error"
        where = f" ({location(r)})" if r.passage else ""
        message = f"{r.verdict.value}: {r.claim.figure}: {r.reason}{where}"
        lines.append(_github_line(command, message, file=r.claim.file, line=r.claim.line, col=r.claim.column,
                                  title=f"factcheck {r.verdict.value}: {r.claim.id}"))
    lines.append(summary_line(results if summary_of is None else summary_of))
    return "\n".join(lines)


def render_github_problem(problem: Problem) -> str:
    command = "error" if problem.severity == "error" else "warning"
    return _github_line(command, problem.message, file=problem.file, line=problem.line, col=problem.column)


# Markdown, for a pull-request comment -------------------------------------------------------

VERDICT_ICONS = {Verdict.SUPPORTED: "\u2705", Verdict.CONTRADICTED: "\u274c", Verdict.MISSING: "\u2753"}
_MD_SPECIAL = re.compile(r"([\\`*_\[\]|#~])")


def md_cell(text: str) -> str:
    """Text safe in one Markdown table cell: no line breaks, `|` and markup characters escaped."""
    return _MD_SPECIAL.sub(r"\\\1", html.escape(clean(text), quote=False))


def render_markdown(results: Sequence[Result], summary_of: Sequence[Result] | None = None) -> str:
    """A heading with the summary, then one table row a claim with the source's numbers in bold."""
    lines = [f"**factcheck**: {summary_line(results if summary_of is None else summary_of)}", ""]
    if results:
        lines += ["| verdict | claim | figure | source says | where |", "|---|---|---|---|---|"]
    for r in results:
        needles = [(n.source, "b") for n in r.numbers if n.source]
        said = "".join(f"**{md_cell(p)}**" if k else md_cell(p) for p, k in _marked(snippet(r), needles))
        said = f"{said}<br>_{md_cell(r.reason)}_" if said else f"_{md_cell(r.reason)}_"
        claim = f"{md_cell(r.claim.id)}<br>{md_cell(r.claim.file)}:{r.claim.line}"
        lines.append(f"| {VERDICT_ICONS[r.verdict]} {r.verdict.value} | {claim} | {md_cell(r.claim.figure)} "
                     f"| {said} | {md_cell(location(r))} |")
    return "\n".join(lines)


# HTML: one self-contained file ---------------------------------------------------------------

_CSS = """
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem auto;max-width:80rem;padding:0 1rem;color:#1b1f23}
h1{font-size:1.4rem;margin:0 0 .3rem}.summary{font-size:1.05rem;margin:0 0 1.2rem}
.summary span{display:inline-block;padding:.1rem .5rem;border-radius:.3rem;margin-right:.4rem}
table{border-collapse:collapse;width:100%}th,td{text-align:left;vertical-align:top;padding:.5rem .6rem;border-bottom:1px solid #d0d7de}
th{background:#f6f8fa}td.verdict{white-space:nowrap;font-weight:600}
.supported{background:#dafbe1;color:#116329}.contradicted{background:#ffebe9;color:#a40e26}.missing{background:#fff8c5;color:#7d4e00}
tr.supported td.verdict{border-left:.35rem solid #1a7f37}tr.contradicted td.verdict{border-left:.35rem solid #cf222e}
tr.missing td.verdict{border-left:.35rem solid #bf8700}tr td{background:#fff;color:inherit}
mark{padding:0 .15rem;border-radius:.2rem}mark.agree{background:#aceebb}mark.differs{background:#ffcecb}mark.claim{background:#ddf4ff}
.where,.score,.reason{color:#57606a;font-size:.85rem}.sentence,blockquote{margin:.2rem 0}blockquote{border-left:3px solid #d0d7de;padding-left:.6rem}
details{margin-top:.4rem}.problems li{font-family:ui-monospace,monospace;font-size:.85rem}
"""


def _html_marked(text: str, needles: Sequence[tuple[str, str]]) -> str:
    return "".join(f'<mark class="{k}">{html.escape(p)}</mark>' if k else html.escape(p)
                   for p, k in _marked(clean(text), needles))


def _html_row(r: Result, closest: Sequence[tuple[Passage, float]]) -> str:
    e = html.escape
    claim_needles = [(n.claim, _relation_class(n.relation) or "claim") for n in r.numbers]
    source_needles = [(n.source, _relation_class(n.relation)) for n in r.numbers if n.source]
    if r.passage is not None:
        source = (f"<blockquote>{_html_marked(r.passage.text, source_needles)}</blockquote>"
                  f'<div class="where">{e(location(r))}</div>')
    else:
        source = ""
    near = "".join(f'<li><span class="score">{score:.1f}</span> <span class="where">{e(p.source)}:{p.line}</span> '
                   f"{e(clean(p.text))}</li>" for p, score in closest)
    if near:
        near = f"<details><summary>closest passages</summary><ol>{near}</ol></details>"
    v = r.verdict.value
    return (f'<tr class="{v}" id="claim-{e(r.claim.id)}"><td class="verdict {v}">{v}'
            f'<div class="score">score {r.score:.1f}</div></td>'
            f'<td class="claim"><div class="id">{e(clean(r.claim.id))}</div>'
            f'<div class="sentence">{_html_marked(r.claim.sentence, claim_needles)}</div>'
            f'<div class="where">{e(r.claim.file)}:{r.claim.line} &middot; figure {e(clean(r.claim.figure))}</div></td>'
            f'<td class="source">{source}<div class="reason">{e(clean(r.reason))}</div>{near}</td></tr>')


def render_html(results: Sequence[Result], problems: Sequence[Problem] = (), closest: Closest | None = None,
                summary_of: Sequence[Result] | None = None, title: str = "factcheck report") -> str:
    """A single HTML file (inline CSS, no scripts or external assets): the summary, then each
    claim beside its source passage, the aligned numbers highlighted, coloured by verdict."""
    e = html.escape
    counts = summary(results if summary_of is None else summary_of)
    badges = "".join(f'<span class="{v.value}">{counts[v.value]} {v.value}</span>' for v in Verdict)
    rows = "\n".join(_html_row(r, (closest or {}).get(r.claim.id, ())) for r in results)
    listed = "".join(f"<li>{e(clean(str(p)))}</li>" for p in problems)
    problem_list = f'<h2>Problems with the input</h2><ul class="problems">{listed}</ul>' if problems else ""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(title)}</title>
<style>{_CSS}</style>
</head>
<body>
<h1>{e(title)}</h1>
<p class="summary"><strong>{e(summary_line(results if summary_of is None else summary_of))}</strong></p>
<p class="summary">{badges}</p>
{problem_list}
<table>
<thead><tr><th>verdict</th><th>claim</th><th>source passage</th></tr></thead>
<tbody>
{rows}
</tbody>
</table>
</body>
</html>
"""
