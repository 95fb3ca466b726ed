"""`--format github`: GitHub Actions workflow commands, one annotation a failing claim."""

from __future__ import annotations

from collections.abc import Sequence

from factcheck.models import Problem, Result, Verdict
from factcheck.output.common import location, summary_line


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
