"""Which claim files a run reads: files named, folders searched, patterns left out."""

from __future__ import annotations

import fnmatch
from pathlib import Path

from factcheck.models import Problem

CLAIM_SUFFIXES = (".yaml", ".yml")


def claim_files(paths: list[Path]) -> tuple[list[Path], list[Problem]]:
    """Expand files and folders (searched recursively for *.yaml, *.yml) to claim files."""
    found: list[Path] = []
    problems: list[Problem] = []
    for path in paths:
        if path == Path("-"):  # standard input: the caller reads it
            found.append(path)
        elif path.is_dir():
            inside = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in CLAIM_SUFFIXES
                            and not any(part.startswith(".") for part in p.relative_to(path).parts))
            if not inside:
                problems.append(Problem(str(path), "no claim files (*.yaml, *.yml) in this folder"))
            found.extend(inside)
        elif path.is_file():
            found.append(path)
        elif path.exists() or path.is_symlink():
            what = "a broken symbolic link" if not path.exists() else "not a regular file or folder"
            problems.append(Problem(str(path), f"cannot read claims: {what}"))
        else:
            problems.append(Problem(str(path), "no such file or folder"))
    unique = list(dict.fromkeys(found))
    return unique, problems



def excluded(path: Path | str, patterns: list[str]) -> bool:
    """True when a claim file matches one of the `exclude` glob patterns (by path or name)."""
    text = Path(path).as_posix()
    return any(fnmatch.fnmatch(text, p) or fnmatch.fnmatch(Path(text).name, p)
               or fnmatch.fnmatch(text, "*/" + p.lstrip("/")) for p in patterns)


def select_claim_files(paths: list[Path], exclude: list[str]) -> tuple[list[Path], list[Problem]]:
    """Claim files named or found under folders, less those the `exclude` patterns match."""
    files, problems = claim_files(paths)
    return [f for f in files if not excluded(f, exclude)], problems
