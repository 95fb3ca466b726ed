"""`--format json`: one document for programs, its shape versioned."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence

from factcheck.models import Problem, Result
from factcheck.output.common import summary

JSON_VERSION = 1
_INVISIBLE = re.compile("[\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]")


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
