"""What every format shows of a result: inert one-line text, the summary, the snippet
around the aligned figures, the place in the source, and figures marked in a text.

Text from claims and sources is shown as inert text: control characters and escape
sequences are removed, so a source can never restyle or rewrite the terminal.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from factcheck.models import Passage, Problem, Result, Verdict

SNIPPET_CHARS = 160
_SPACES = re.compile("[\t\n\r\u2028\u2029]")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")

Closest = Mapping[str, Sequence[tuple[Passage, float]]]  # by claim id: the nearest passages and scores


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
    return passage_location(result.passage) if result.passage else ""


def passage_location(passage: Passage) -> str:
    """`file:line`, or the file and its place where a line does not say it (`report.pdf:p12, line 3`,
    `foi.csv:row 4, column "2013"`)."""
    return f"{clean(passage.source)}:{clean(passage.where)}"


def marked(text: str, needles: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
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


def relation_class(relation: str) -> str:
    return {"equal": "agree", "within": "agree", "differs": "differs"}.get(relation, "")


SAME_WARNING_SHOWN = 5  # files named for one warning before the rest are counted: an archive may hold hundreds


def condensed(problems: Sequence[Problem]) -> list[Problem]:
    """Problems as they come, but a warning said of many files ("a sentence of 1,941 characters
    … is read in pieces") named for the first few and counted for the rest, on one line."""
    keys = [re.sub(r"[\d,]+", "#", problem.message) for problem in problems]  # the same, whatever its figures
    seen: dict[str, int] = {}
    out: list[Problem] = []
    for problem, key in zip(problems, keys):
        seen[key] = seen.get(key, 0) + 1
        if problem.severity != "warning" or seen[key] <= SAME_WARNING_SHOWN:
            out.append(problem)
    for problem, key in zip(problems, keys):
        more = seen.pop(key, 0) - SAME_WARNING_SHOWN
        if problem.severity == "warning" and more > 0:
            out.append(Problem(f"{more:,} more files", f"the same: {problem.message}", severity="warning"))
    return out
