"""`--format html`: one self-contained page (inline CSS, no scripts or external assets)."""

from __future__ import annotations

import html
from collections.abc import Sequence

from factcheck.models import Passage, Problem, Result, Verdict
from factcheck.output.common import (
    Closest,
    clean,
    location,
    marked,
    passage_location,
    relation_class,
    summary,
    summary_line,
)

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
                   for p, k in marked(clean(text), needles))


def _html_row(r: Result, closest: Sequence[tuple[Passage, float]]) -> str:
    e = html.escape
    claim_needles = [(n.claim, relation_class(n.relation) or "claim") for n in r.numbers]
    source_needles = [(n.source, relation_class(n.relation)) for n in r.numbers if n.source]
    if r.passage is not None:
        source = (f"<blockquote>{_html_marked(r.passage.text, source_needles)}</blockquote>"
                  f'<div class="where">{e(location(r))}</div>')
    else:
        source = ""
    near = "".join(f'<li><span class="score">{score:.1f}</span> <span class="where">{e(passage_location(p))}</span> '
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
