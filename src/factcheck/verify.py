"""The whole check as one library call: claim files and a sources folder in, results out.

The CLI is a thin layer over `verify`; tests and other programs call it directly.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from .claims import load_claims
from .index import SentenceIndex
from .match import candidates, prepare
from .models import Claim, Passage, Problem, Result, Verdict
from .sources import DEFAULT_MAX_BYTES, read_sources, safe_source_name
from .verdict import decide


@dataclass(frozen=True)
class Run:
    """What one run found: every claim's result, and every problem with the input."""

    results: tuple[Result, ...]
    problems: tuple[Problem, ...] = field(default_factory=tuple)
    closest: Mapping[str, tuple[tuple[Passage, float], ...]] = field(default_factory=dict)  # by claim id

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    def count(self, verdict: Verdict) -> int:
        return sum(1 for r in self.results if r.verdict is verdict)


def build_index(sources: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[SentenceIndex, list[Problem]]:
    """Read every source once into a searchable index; unreadable files become warnings."""
    texts, problems = read_sources(sources, max_bytes)
    return SentenceIndex(texts), problems


def check_claims(claims: list[Claim], index: SentenceIndex) -> tuple[list[Result], list[Problem]]:
    """Verdicts for claims already loaded; a claim naming an unknown source is a problem."""
    results: list[Result] = []
    problems: list[Problem] = []
    known = set(index.sources)
    for claim in claims:
        if claim.source is not None:
            name = safe_source_name(claim.source)
            if name is None or name not in known:
                why = "is outside the sources folder" if name is None else "is not among the sources"
                problems.append(Problem(claim.file, f"source '{claim.source}' {why}", claim.line, claim.column))
                continue
            if name != claim.source:
                claim = replace(claim, source=name)
        results.append(decide(claim, candidates(prepare(claim, index), index)))
    return results, problems


def verify(claim_paths: list[Path], sources: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Run:
    """Load claims, read sources, decide every claim. Raises SourceError if no source is usable."""
    claims, problems = load_claims(claim_paths)
    index, source_problems = build_index(sources, max_bytes)
    results, claim_problems = check_claims(claims, index)
    return Run(tuple(results), tuple(problems + source_problems + claim_problems))


def check(claims: list[Claim], sources: Path, problems: tuple[Problem, ...] | list[Problem] = (),
          max_bytes: int = DEFAULT_MAX_BYTES, closest: int = 0) -> Run:
    """Decide claims loaded by the caller (from claim files or a draft); problems so far carry over.

    With `closest`, each missing claim also gets that many nearest passages, with scores.
    Raises SourceError if no source is usable.
    """
    index, source_problems = build_index(sources, max_bytes)
    results, claim_problems = check_claims(claims, index)
    near = {r.claim.id: closest_passages(r.claim, index, closest)
            for r in results if closest and r.verdict is Verdict.MISSING}
    return Run(tuple(results), tuple(problems) + tuple(source_problems + claim_problems), near)


def closest_passages(claim: Claim, index: SentenceIndex, n: int = 3) -> tuple[tuple[Passage, float], ...]:
    """The n passages that come nearest to making the claim's statement, best first, not overlapping."""
    found = sorted(candidates(prepare(claim, index), index), key=lambda c: (-c.coverage, len(c.passage.sentences)))
    chosen: list[tuple[Passage, float]] = []
    used: set[tuple[str, int]] = set()
    for c in found:
        keys = {(s.source, s.index) for s in c.passage.sentences}
        if keys & used:
            continue
        used |= keys
        chosen.append((c.passage, round(c.coverage * 100, 1)))
        if len(chosen) == n:
            break
    return tuple(chosen)
