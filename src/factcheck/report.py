"""Render results for people (a table) and for programs (JSON). Nothing else prints.

Text from claims and sources is shown as inert text: rich markup in an article
("[bold]") is escaped, and control characters are removed, so a source can never
restyle or rewrite the terminal.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence

from rich.console import Console
from rich.table import Table
from rich.text import Text

from .models import Problem, Result, Verdict

JSON_VERSION = 1
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
    return f"{result.passage.source}:{result.passage.line}" if result.passage else ""


def render_table(results: Sequence[Result], console: Console) -> None:
    """One row a claim: id, verdict, figure, snippet with the figures marked, file:line."""
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
    console.print(table)
    console.print(Text(summary_line(results), style="bold"))


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
        "numbers": [{"claim": n.claim, "source": n.source or None, "relation": n.relation} for n in r.numbers],
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
    return json.dumps(doc, ensure_ascii=False, indent=2)


def render_problem(problem: Problem, console: Console) -> None:
    style = "red" if problem.severity == "error" else "yellow"
    console.print(Text(clean(str(problem)), style=style))
