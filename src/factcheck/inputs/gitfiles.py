"""Which source files git does not track: a check that passes here would fail on a clean clone."""

from __future__ import annotations

import subprocess
from collections.abc import Iterable
from pathlib import Path

from factcheck.models import Problem, Result

MAX_LISTED = 3  # past this many untracked sources, one line says how many


def untracked(folder: Path, names: Iterable[str]) -> list[str]:
    """The names (relative to `folder`) git does not track; none when `folder` is not in a git work tree."""
    wanted = sorted(set(names))
    if not wanted:
        return []
    try:
        proc = subprocess.run(["git", "-C", str(folder), "ls-files", "-z", "--", *wanted],
                              capture_output=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return []
    if proc.returncode != 0:  # not a repository, or no git
        return []
    tracked = {Path(n).as_posix() for n in proc.stdout.decode("utf-8", "replace").split("\0") if n}
    return [n for n in wanted if Path(n).as_posix() not in tracked]


def untracked_sources(results: Iterable[Result], sources: Path) -> list[Problem]:
    """A warning for each source a supported or contradicted verdict rests on that git does not track."""
    base = sources if sources.is_dir() else sources.parent
    relied = [r.passage.source for r in results if r.passage is not None and r.verdict.value != "missing"]
    names = untracked(base, relied)
    why = "this check passes here but not on a clean clone (git add it)"
    if len(names) > MAX_LISTED:
        return [Problem(str(base / names[0]), f"source is not tracked by git, nor are {len(names) - 1} more "
                        f"that verdicts rest on: {why}", severity="warning")]
    return [Problem(str(base / name), f"source is not tracked by git: {why}", severity="warning") for name in names]
