"""The default format: a table for people, one row a claim, then the summary line.

Nothing here prints: each function returns what the command line prints to its console.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from factcheck.models import Problem, Result, Verdict
from factcheck.output.common import Closest, clean, location, passage_location, snippet, summary_line

VERDICT_STYLES = {Verdict.SUPPORTED: "green", Verdict.CONTRADICTED: "bold red", Verdict.MISSING: "yellow"}


STACK_BELOW = 110  # columns: narrower, the table's columns leave the passage too little room
ID_CHARS, FIGURE_CHARS = 30, 18  # longer ids and figures are cut, with "…"


def render_table(results: Sequence[Result], summary_of: Sequence[Result] | None = None,
                 width: int | None = None) -> RenderableType:
    """One row a claim: id, verdict, figure, snippet with the figures marked, file:line;
    on a terminal narrower than STACK_BELOW, one block a claim, its fields stacked.

    `summary_of` counts more results than are shown (--quiet shows only what fails).
    """
    line = Text(summary_line(results if summary_of is None else summary_of), style="bold")
    if not results:
        return line
    if width is not None and width < STACK_BELOW:
        return Group(*(_stacked(r) for r in results), line)
    table = Table(show_lines=False, header_style="bold", expand=False)
    table.add_column("id", no_wrap=True, overflow="ellipsis", max_width=ID_CHARS)
    table.add_column("verdict", no_wrap=True)
    table.add_column("figure", no_wrap=True, overflow="ellipsis", max_width=FIGURE_CHARS)
    table.add_column("source says", overflow="fold", ratio=1)
    table.add_column("where", no_wrap=True)
    for r in results:
        cell = Text.assemble(_said(r), "\n", (clean(r.reason), "dim"))
        table.add_row(Text(clean(r.claim.id)), Text(r.verdict.value, style=VERDICT_STYLES[r.verdict]),
                      Text(clean(r.claim.figure)), cell, Text(location(r)))
    return Group(table, line)


def _said(r: Result) -> Text:
    """The passage's snippet with the aligned figures marked."""
    text = Text(snippet(r))
    for n in r.numbers:
        if n.source:
            text.highlight_words([clean(n.source)], style="bold underline", case_sensitive=True)
    return text


def _cut(text: str, chars: int) -> str:
    return text if len(text) <= chars else text[:chars - 1] + "…"


def _stacked(r: Result) -> RenderableType:
    """One claim as lines: verdict, id and figure; then, indented, the passage, the reason
    and where it stands."""
    head = Text.assemble((r.verdict.value, VERDICT_STYLES[r.verdict]), "  ",
                         (_cut(clean(r.claim.id), ID_CHARS), "bold"), "  ", _cut(clean(r.claim.figure), FIGURE_CHARS))
    lines: list[RenderableType] = [_said(r)] if r.passage is not None else []
    lines.append(Text(clean(r.reason), style="dim"))
    if r.passage is not None:
        lines.append(Text(location(r), style="cyan"))
    return Group(head, Padding(Group(*lines), (0, 0, 1, 2)))


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
            lines.append(Text.assemble(f"  {score:5.1f}  ", (passage_location(passage), "cyan"),
                                       "  ", clean(passage.text)))
    return Group(*lines)
