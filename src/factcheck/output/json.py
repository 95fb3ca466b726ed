"""`--format json`: one document for programs, its shape versioned."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence

from factcheck.models import NumberMatch, Problem, Result
from factcheck.output.common import summary

# 2: each number gains `frame` (claim and source) and `rule` the deciding rule; a result's `source_place`
# (added within 2: a key more, none changed) names the passage's place where a line does not say it
JSON_VERSION = 2
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
        "source_place": r.passage.place or None if r.passage else None,
        "snippet": r.passage.text if r.passage else None,
        "reason": r.reason,
        "rule": r.rule or None,
        "numbers": [_number_record(n, r.rule) for n in r.numbers],
    }


def _number_record(n: NumberMatch, decided: str) -> dict:
    """One number of the figure: the values, how they relate, by which value rule, each
    side's frame, and the rule that decided the pair (a frame rule that ruled it out, else
    the verdict's)."""
    return {"claim": n.claim, "source": n.source or None, "relation": n.relation, "value_rule": n.rule,
            "rule": n.frame_rule or decided or None,
            "frame": {"claim": n.claim_frame.record() if n.claim_frame else None,
                      "source": n.source_frame.record() if n.source_frame else None}}


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
