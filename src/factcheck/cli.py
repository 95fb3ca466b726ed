"""The `factcheck` command: arguments in, exit status out. All the work is in the library."""

from __future__ import annotations

import os
import sys
from enum import Enum
from pathlib import Path

import typer
from rich.console import Console

from . import __version__
from .models import Verdict
from .progress import IndexingBar
from .report import render_json, render_problem, render_table
from .sources import SourceError
from .store import open_index
from .verify import verify as run_verify

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
PIPE_WIDTH = 160  # a table written to a file or pipe: wide enough to read, no colour
CACHE_DIR_HELP = "Folder for the index cache (default: $FACTCHECK_CACHE_DIR, else ~/.cache/factcheck)."

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="Check the figures in your claims against the source articles.",
)


class Format(str, Enum):
    table = "table"
    json = "json"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"factcheck {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Show the version and exit."),
) -> None:
    """Check the figures in your claims against the source articles."""


@app.command()
def verify(
    paths: list[Path] = typer.Argument(..., help="Claim files, or folders searched for *.yaml / *.yml."),
    sources: Path = typer.Option(Path("seeds"), "--sources", "-s", help="Folder (or file) of source articles."),
    output: Format = typer.Option(Format.table, "--format", "-f", help="table for people, json for programs."),
    cache_dir: Path | None = typer.Option(None, "--cache-dir", help=CACHE_DIR_HELP),
    no_cache: bool = typer.Option(False, "--no-cache", help="Index the sources in memory; read and write no cache."),
) -> None:
    """Report every claim as supported, contradicted or missing, with the source passage.

    Exit status: 0 all supported, 1 some contradicted or missing, 2 bad input, 130 interrupted.
    """
    out = Console(highlight=False, width=None if sys.stdout.isatty() else PIPE_WIDTH)
    err = Console(stderr=True, highlight=False)
    try:
        with IndexingBar(err) as bar:
            run = run_verify(list(paths), sources, cache=not no_cache, cache_dir=cache_dir, progress=bar)
    except SourceError as exc:
        err.print(f"factcheck: error: {exc}", markup=False)
        raise typer.Exit(EXIT_USAGE)
    for problem in run.problems:
        render_problem(problem, err)
    if output is Format.json:
        print(render_json(run.results, run.problems))
    elif run.results:
        render_table(run.results, out)
    if run.errors:
        raise typer.Exit(EXIT_USAGE)
    if any(r.verdict is not Verdict.SUPPORTED for r in run.results):
        raise typer.Exit(EXIT_FINDINGS)


@app.command("index")
def index_sources(
    sources: Path = typer.Argument(..., help="Folder (or file) of source articles."),
    cache_dir: Path | None = typer.Option(None, "--cache-dir", help=CACHE_DIR_HELP),
) -> None:
    """Build or refresh the cached index of SOURCES, so that `verify` starts warm.

    Only files whose size, mtime or content changed are analysed again.

    Exit status: 0 indexed, 1 the cache could not be used, 2 no usable sources.
    """
    err = Console(stderr=True, highlight=False)
    try:
        with IndexingBar(err) as bar:
            index, problems, refreshed = open_index(sources, cache_dir=cache_dir, progress=bar)
    except SourceError as exc:
        err.print(f"factcheck: error: {exc}", markup=False)
        raise typer.Exit(EXIT_USAGE)
    for problem in problems:
        render_problem(problem, err)
    if refreshed is None:
        raise typer.Exit(EXIT_FINDINGS)
    index.close()
    print(f"{refreshed.files:,} source files indexed ({refreshed.analysed:,} analysed, "
          f"{refreshed.removed:,} removed) in {index.store.path}")


def main() -> None:
    """Console entry point: Ctrl-C and a closed pipe end quietly with the right status."""
    try:
        app()
    except KeyboardInterrupt:
        print("factcheck: interrupted", file=sys.stderr)
        sys.exit(EXIT_INTERRUPTED)
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(EXIT_FINDINGS)
