"""The default format: a table for people, one row a claim, then the summary line.

Nothing here prints: each function returns what the command line prints to its console.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from factcheck.models import Problem, Result, Verdict
from factcheck.output.common import Closest, clean, location, snippet, summary_line

VERDICT_STYLES = {Verdict.SUPPORTED: "green", Verdict.CONTRADICTED: "bold red", Verdict.MISSING: "yellow"}


def render_table(results: Sequence[Result], summary_of: Sequence[Result] | None = None) -> RenderableType:
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
    line = Text(summary_line(results if summary_of is None else summary_of), style="bold")
    return Group(table, line) if results else line


def render_problem(problem: Problem) -> Text:
    """One line, `file:line:col: severity: message`, red for errors, yellow for warnings."""
    return Text(clean(str(problem)), style="red" if problem.severity == "error" else "yellow")


def render_closest(closest: Closest) -> RenderableType:
    """--verbose: for each missing claim, the passages that came nearest, with their scores."""
    lines: list[RenderableType] = []
    for claim_id, passages in closest.items():
        lines.append(Text(f"closest passages for {clean(claim_id)}:", style="bold"))
        if not passages:
            lines.append(Text("  (none shares its words)", style="dim"))
        for passage, score in passages:
            lines.append(Text.assemble(f"  {score:5.1f}  ", (f"{passage.source}:{passage.line}", "cyan"),
                                       "  ", clean(passage.text)))
    return Group(*lines)
