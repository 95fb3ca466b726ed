"""The whole check as one library call: claim files and a sources folder in, results out.

The CLI is a thin layer over `verify`; tests and other programs call it directly.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from .cache import CacheError
from .claims import load_claims
from .index import Progress, SentenceIndex, quiet_gc
from .match import candidates, prepare
from .models import Claim, Problem, Result, Verdict
from .sources import DEFAULT_MAX_BYTES, safe_source_name
from .store import memory_index, open_index, remove_cache
from .stored import StoredIndex
from .verdict import decide


@dataclass(frozen=True)
class Run:
    """What one run found: every claim's result, and every problem with the input."""

    results: tuple[Result, ...]
    problems: tuple[Problem, ...] = field(default_factory=tuple)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    def count(self, verdict: Verdict) -> int:
        return sum(1 for r in self.results if r.verdict is verdict)


def build_index(sources: Path, max_bytes: int = DEFAULT_MAX_BYTES, *, cache: bool = False,
                cache_dir: Path | None = None, progress: Progress | None = None,
                ) -> tuple[SentenceIndex | StoredIndex, list[Problem]]:
    """Every source in a searchable index; unreadable files become warnings.

    With `cache`, the index is kept on disk (in `cache_dir`, default the user's cache
    folder) and a later build re-analyses only the files that changed. `progress` is
    called with (files analysed, files to analyse).
    """
    if cache:
        index, problems, _ = open_index(sources, max_bytes, cache_dir, progress)
        return index, problems
    return memory_index(sources, max_bytes, progress)


def check_claims(claims: list[Claim], index: SentenceIndex | StoredIndex) -> tuple[list[Result], list[Problem]]:
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


def verify(claim_paths: list[Path], sources: Path, max_bytes: int = DEFAULT_MAX_BYTES, *, cache: bool = False,
           cache_dir: Path | None = None, progress: Progress | None = None) -> Run:
    """Load claims, read sources, decide every claim. Raises SourceError if no source is usable."""
    with quiet_gc():
        return _verify(claim_paths, sources, max_bytes, cache, cache_dir, progress)


def _verify(claim_paths: list[Path], sources: Path, max_bytes: int, cache: bool, cache_dir: Path | None,
            progress: Progress | None) -> Run:
    claims, problems = load_claims(claim_paths)
    index, source_problems = build_index(sources, max_bytes, cache=cache, cache_dir=cache_dir, progress=progress)
    try:
        results, claim_problems = check_claims(claims, index)
    except CacheError as exc:  # the cache broke under us: answer from memory, rebuild it next time
        index.close()
        remove_cache(index.store.path)
        source_problems.append(Problem(str(index.store.path), f"index cache failed ({exc}); indexing in memory",
                                       severity="warning"))
        index, _ = memory_index(sources, max_bytes, progress)
        results, claim_problems = check_claims(claims, index)
    finally:
        if isinstance(index, StoredIndex):
            index.close()
    return Run(tuple(results), tuple(problems + source_problems + claim_problems))
