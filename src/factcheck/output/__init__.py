"""The formats a run can be reported in: one module each, and one table of them.

`FORMATS` is the only list of format names: the command line's `--format` and the
config's `format` key both read it. Every format is given the same `Report` and returns
what the command line prints: text to write as it is, or a rich renderable for the
console. Nothing here prints.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from rich.console import Group, RenderableType

from factcheck.models import Problem, Result
from factcheck.output.common import Closest
from factcheck.output.github import render_github, render_github_problem
from factcheck.output.html import render_html
from factcheck.output.json import render_json
from factcheck.output.markdown import render_markdown
from factcheck.output.table import render_closest, render_problem, render_table

Rendered = str | RenderableType | None  # text is written as it is; None: nothing to show


@dataclass(frozen=True)
class Report:
    """A run as the formats see it."""

    results: Sequence[Result]  # every result: the summary counts them all
    shown: Sequence[Result]  # the rows to show (--quiet: only those that fail)
    problems: Sequence[Problem] = ()
    closest: Closest = field(default_factory=dict)  # --verbose: nearest passages of missing claims
    verbose: bool = False
    width: int | None = None  # the console's columns, for the table


@dataclass(frozen=True)
class Format:
    render: Callable[[Report], Rendered]
    problem: Callable[[Problem], Rendered] = render_problem  # how a warning or an error is shown


def _table(report: Report) -> Rendered:
    if not report.results:
        return None
    table = render_table(report.shown, summary_of=report.results, width=report.width)
    return Group(table, render_closest(report.closest)) if report.verbose else table


FORMATS: dict[str, Format] = {
    "table": Format(_table),
    "json": Format(lambda r: render_json(r.results, r.problems)),
    "github": Format(lambda r: render_github(r.shown, r.verbose, summary_of=r.results), render_github_problem),
    "html": Format(lambda r: render_html(r.shown, r.problems, r.closest, summary_of=r.results)),
    "markdown": Format(lambda r: render_markdown(r.shown, summary_of=r.results)),
}

__all__ = ["FORMATS", "Format", "Rendered", "Report"]
