"""`--format markdown`: a summary and a table, fit for a pull-request comment."""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

from factcheck.models import Result, Verdict
from factcheck.output.common import clean, location, marked, snippet, summary_line

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
        said = "".join(f"**{md_cell(p)}**" if k else md_cell(p) for p, k in marked(snippet(r), needles))
        said = f"{said}<br>_{md_cell(r.reason)}_" if said else f"_{md_cell(r.reason)}_"
        claim = f"{md_cell(r.claim.id)}<br>{md_cell(r.claim.file)}:{r.claim.line}"
        lines.append(f"| {VERDICT_ICONS[r.verdict]} {r.verdict.value} | {claim} | {md_cell(r.claim.figure)} "
                     f"| {said} | {md_cell(location(r))} |")
    return "\n".join(lines)
