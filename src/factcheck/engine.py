"""A run: claims checked against the sources' index, with everything a caller reports.

`verify` (claim files) and `check` (claims already loaded, from a draft) are the whole
check as one library call; the CLI is a thin layer over them, and tests and other
programs call them directly. A run's problems include the untracked-source warnings, and
`exit_status` turns a run into the status the command line exits with.
"""

from __future__ import annotations

import multiprocessing as mp
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from factcheck.errors import CacheError
from factcheck.index.base import Index
from factcheck.index.cached import memory_index, open_index, remove_cache
from factcheck.index.memory import Progress, quiet_gc, worker_signals
from factcheck.index.pgurl import PgTarget
from factcheck.inputs.claims import load_claims
from factcheck.inputs.gitfiles import untracked_sources
from factcheck.inputs.sources import DEFAULT_MAX_BYTES, safe_source_name
from factcheck.judge.match import candidates, prepare
from factcheck.judge.verdict import judge
from factcheck.models import Claim, Passage, Problem, Result, Verdict

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
FAIL_ON = ("any", "contradicted", "missing", "none")  # the --fail-on policies


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


def build_index(sources: Path, max_bytes: int = DEFAULT_MAX_BYTES, *, cache: bool = False,
                cache_dir: Path | None = None, progress: Progress | None = None,
                shared: PgTarget | None = None, refresh: bool = True) -> tuple[Index, list[Problem]]:
    """Every source in a searchable index; unreadable files become warnings.

    With `cache`, the index is kept on disk (in `cache_dir`, default the user's cache
    folder) and a later build re-analyses only the files that changed; with `shared`
    too, it is the shared index on that PostgreSQL server, refreshed from `sources`
    unless `refresh` is off. `progress` is called with (files analysed, files to analyse).
    """
    if cache and shared is not None:
        from factcheck.index.pgstore import open_shared  # psycopg is loaded only for a shared index

        index, problems, _ = open_shared(shared, sources, max_bytes, progress, refresh)
        return index, problems
    if cache:
        index, problems, _ = open_index(sources, max_bytes, cache_dir, progress)
        return index, problems
    memory, problems = memory_index(sources, max_bytes, progress)
    return memory, problems


PARALLEL_CLAIMS = 200  # from this many claims, a second process checks half of them


def check_claims(claims: list[Claim], index: Index, progress: Progress | None = None,
                 ) -> tuple[list[Result], list[Problem]]:
    """Verdicts for claims already loaded; a claim naming an unknown source is a problem.

    Many claims are split over two processes (forked, so the index is shared, not rebuilt);
    `progress` is told (claims checked, claims in all) by both, through a shared count.
    """
    if len(claims) >= PARALLEL_CLAIMS and (os.cpu_count() or 1) > 1 and "fork" in mp.get_all_start_methods():
        half = len(claims) // 2
        context = mp.get_context("fork")
        done = context.Value("i", 0)
        global _FORKED
        _FORKED = (index, claims[half:], done)
        try:
            with context.Pool(1, initializer=worker_signals) as pool:
                other = pool.apply_async(_check_forked)
                first = _check_serially(claims[:half], index, _ticker(done, len(claims), progress))
                second = other.get()
        except OSError:  # no process to be had: do it all here
            return _check_serially(claims, index, _ticker(None, len(claims), progress))
        finally:
            _FORKED = None
        if progress:
            progress(len(claims), len(claims))
        return first[0] + second[0], first[1] + second[1]
    return _check_serially(claims, index, _ticker(None, len(claims), progress))


def _ticker(shared, total: int, progress: Progress | None) -> Callable[[], None]:
    """Count one claim checked (in `shared` when two processes count) and report it."""
    mine = [0]

    def tick() -> None:
        if shared is not None:
            with shared.get_lock():
                shared.value += 1
                done = shared.value
        else:
            mine[0] += 1
            done = mine[0]
        if progress:
            progress(done, total)

    return tick


_FORKED: tuple[Index, list[Claim], object] | None = None


def _check_forked() -> tuple[list[Result], list[Problem]]:
    assert _FORKED is not None  # set by the parent before the fork
    index, claims, done = _FORKED
    index.reopen_in_child()
    try:
        return _check_serially(claims, index, _ticker(done, 0, None))
    finally:
        index.save_analyses()  # the parent saves its own when it closes the index


def _check_serially(claims: list[Claim], index: Index, tick: Callable[[], None] = lambda: None,
                    ) -> tuple[list[Result], list[Problem]]:
    results: list[Result] = []
    problems: list[Problem] = []
    known = set(index.sources)
    for claim in claims:
        tick()
        if claim.source is not None:
            name = safe_source_name(claim.source)
            if name is None or name not in known:
                why = "is outside the sources folder" if name is None else "is not among the sources"
                problems.append(Problem(claim.file, f"source '{claim.source}' {why}", claim.line, claim.column))
                continue
            if name != claim.source:
                claim = replace(claim, source=name)
        results.append(judge(claim, index))
    return results, problems


def verify(claim_paths: list[Path], sources: Path, max_bytes: int = DEFAULT_MAX_BYTES, *, cache: bool = False,
           cache_dir: Path | None = None, progress: Progress | None = None, shared: PgTarget | None = None,
           refresh: bool = True) -> Run:
    """Load claims, read sources, decide every claim. Raises SourceError if no source is usable."""
    claims, problems = load_claims(claim_paths)
    return check(claims, sources, problems, max_bytes, cache=cache, cache_dir=cache_dir, progress=progress,
                 shared=shared, refresh=refresh)


def check(claims: list[Claim], sources: Path, problems: tuple[Problem, ...] | list[Problem] = (),
          max_bytes: int = DEFAULT_MAX_BYTES, closest: int = 0, *, cache: bool = False,
          cache_dir: Path | None = None, progress: Progress | None = None,
          checking: Progress | None = None, shared: PgTarget | None = None, refresh: bool = True) -> Run:
    """Decide claims loaded by the caller (from claim files or a draft); problems so far carry over.

    With `closest`, each missing claim also gets that many nearest passages, with scores.
    With `cache`, the sources' index is kept on disk, or on the `shared` server (see
    `build_index`); a shared index fails as SharedIndexError, never falling back. `progress` is
    told how indexing goes, `checking` how checking the claims goes. Raises SourceError
    if no source is usable.
    """
    with quiet_gc():
        index, source_problems = build_index(sources, max_bytes, cache=cache, cache_dir=cache_dir, progress=progress,
                                             shared=shared, refresh=refresh)
        try:
            results, claim_problems, near = _decide_all(claims, index, closest, checking)
        except CacheError as exc:  # the cache broke under us: answer from memory, rebuild it next time
            index.close()
            path = getattr(index, "path", None)
            if path is not None:
                remove_cache(path)
            source_problems.append(Problem(str(path), f"index cache failed ({exc}); indexing in memory",
                                           severity="warning"))
            index, _ = memory_index(sources, max_bytes, progress)
            results, claim_problems, near = _decide_all(claims, index, closest, checking)
        finally:
            index.close()
    # Read without refreshing, the shared index is not the local folder's: git has no say about it.
    untracked = untracked_sources(results, sources) if refresh else []
    return Run(tuple(results), tuple(problems) + tuple(source_problems + claim_problems + untracked), near)


def fails(verdict: Verdict, fail_on: str) -> bool:
    """Whether a claim with this verdict fails the run under the --fail-on policy."""
    if fail_on == "none" or verdict is Verdict.SUPPORTED:
        return False
    return fail_on == "any" or verdict.value == fail_on


def exit_status(run: Run, fail_on: str) -> int:
    """2 when some input was bad, else 1 when a claim fails the policy, else 0."""
    if run.errors:
        return EXIT_USAGE
    return EXIT_FINDINGS if any(fails(r.verdict, fail_on) for r in run.results) else EXIT_OK


def _decide_all(claims: list[Claim], index: Index, closest: int, checking: Progress | None = None):
    results, problems = check_claims(claims, index, checking)
    near = {r.claim.id: closest_passages(r.claim, index, closest)
            for r in results if closest and r.verdict is Verdict.MISSING}
    return results, problems, near


def closest_passages(claim: Claim, index: Index, n: int = 3) -> tuple[tuple[Passage, float], ...]:
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
