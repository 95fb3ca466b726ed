"""The `factcheck` command: arguments in, exit status out. All the work is in the library."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import typer
from rich.console import Console
from rich.text import Text

from factcheck import __version__
from factcheck.cli.guard import DEBUG_KEY, GuardedGroup, run
from factcheck.cli.options import CACHE_DIR_HELP, RunOptions, index_option, run_options, sources_option
from factcheck.config import Config, load_config
from factcheck.engine import EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, exit_status, fails
from factcheck.engine import check as run_check
from factcheck.errors import ConfigError, IndexUrlError, SharedIndexError, SourceError
from factcheck.index.cached import open_index
from factcheck.index.pgurl import PgTarget, parse_index
from factcheck.inputs.claims import MAX_CLAIM_FILE_BYTES, STDIN, load_claims
from factcheck.inputs.decoding import decode, looks_binary
from factcheck.inputs.discovery import select_claim_files
from factcheck.inputs.draft_figures import MARKDOWN_SUFFIXES, draft_figures
from factcheck.inputs.drafts import read_draft, scaffold
from factcheck.models import Claim, Problem
from factcheck.output import FORMATS, Rendered, Report
from factcheck.output.common import condensed
from factcheck.output.figures import figures_json, figures_table
from factcheck.output.progress import PROGRESS_CLAIMS, IndexingBar
from factcheck.output.table import render_problem
from factcheck.text.figures import read_figures

PIPE_WIDTH = 160  # a table written to a file or pipe: wide enough to read, no colour


app = typer.Typer(
    cls=GuardedGroup,
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="Check the figures in your claims against the source articles.",
)

def _version(value: bool) -> None:
    if value:
        typer.echo(f"factcheck {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    ctx: typer.Context,
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                 help="Show the version and exit."),
    debug: bool = typer.Option(False, "--debug", envvar="FACTCHECK_DEBUG",
                               help="Show the traceback of an internal error (may follow the command)."),
) -> None:
    """Check the figures in your claims against the source articles."""
    ctx.meta[DEBUG_KEY] = debug


@app.command()
@run_options
def verify(
    paths: list[Path] = typer.Argument(None, help="Claim files, or folders searched for *.yaml / *.yml "
                                       "[config 'claims'; default: claims/]."),
    *, options: RunOptions,
) -> None:
    """Report every claim as supported, contradicted or missing, with the source passage.

    PATHS may be `-`: one claim file read from standard input.

    Exit status: 0 all supported, 1 some contradicted or missing, 2 bad input, 130 interrupted.
    """
    config = _settings(options, claims=[str(p) for p in paths or []])
    files, problems = select_claim_files([Path(p) for p in config["claims"]], config["exclude"])
    stdin = sys.stdin.buffer.read(MAX_CLAIM_FILE_BYTES + 1) if STDIN in files else None
    claims, load_problems = load_claims(files, stdin)
    _check_and_report(claims, problems + load_problems, config, options)


@app.command("check")
@run_options
def check_draft(
    draft: Path = typer.Argument(..., help="A Markdown or plain-text draft: every sentence with a figure is a claim."),
    *, options: RunOptions,
) -> None:
    """Check every figure of a draft against the sources, reported at the draft's lines.

    Exit status as for verify.
    """
    config = _settings(options)
    claims, problems = read_draft(draft)
    _check_and_report(claims, problems, config, options)


@app.command()
def extract(
    draft: Path = typer.Argument(..., help="A Markdown or plain-text draft."),
    output: Path | None = typer.Option(None, "--output", "-o", help="Write the claim file here, not to stdout."),
    force: bool = typer.Option(False, "--force", help="Overwrite the --output file if it exists."),
    sources: Path | None = sources_option(),
) -> None:
    """Print a claim file for a draft's figures, with each claim's best-matching source as a comment."""
    config = _load_config().with_options(sources=str(sources) if sources else None)
    if output is not None and output.exists() and not force:
        _fail(f"{output}: already exists; add --force to overwrite it")
    claims, problems = read_draft(draft)
    err = Console(stderr=True, highlight=False)
    for problem in problems:
        err.print(render_problem(problem), soft_wrap=True)
    if any(p.severity == "error" for p in problems):
        raise typer.Exit(EXIT_USAGE)
    try:
        results = {r.claim.id: r for r in run_check(claims, Path(config["sources"])).results}
    except SourceError as exc:
        typer.echo(f"factcheck: warning: {exc}; claims written without their best source", err=True)
        results = {}
    text = scaffold(claims, results, str(draft))
    if output is None:
        sys.stdout.write(text)
        return
    try:
        with output.open("w" if force else "x", encoding="utf-8") as handle:
            handle.write(text)
    except FileExistsError:
        _fail(f"{output}: already exists; add --force to overwrite it")
    except OSError as exc:
        _fail(f"{output}: cannot write: {exc.strerror or exc}")
    typer.echo(f"factcheck: wrote {len(claims)} claims to {output}", err=True)


def _fail(message: str) -> None:
    typer.echo(f"factcheck: error: {message}", err=True)
    raise typer.Exit(EXIT_USAGE)


def _load_config() -> Config:
    try:
        return load_config()
    except ConfigError as exc:
        typer.echo(str(exc), err=True)
        raise typer.Exit(EXIT_USAGE)


def _settings(options: RunOptions, claims: list[str] | None = None) -> Config:
    """The config file's settings with the command line's laid over; --show-config prints them and exits."""
    config = _load_config().with_options(
        sources=str(options.sources) if options.sources else None, format=options.output and options.output.value,
        fail_on=options.fail_on and options.fail_on.value, color=options.color and options.color.value, claims=claims,
        index=options.index)
    if options.show_config:
        typer.echo("\n".join(config.describe()))
        raise typer.Exit(EXIT_OK)
    return config


def _consoles(color: str) -> tuple[Console, Console]:
    """Consoles for results (stdout) and messages (stderr); --color always/never beats NO_COLOR and the tty test."""
    width = None if sys.stdout.isatty() else _columns() or PIPE_WIDTH
    if color == "always":
        return (Console(highlight=False, width=width, force_terminal=True, no_color=False, color_system="standard"),
                Console(stderr=True, highlight=False, force_terminal=True, no_color=False, color_system="standard"))
    if color == "never":
        return (Console(highlight=False, width=width, no_color=True, color_system=None),
                Console(stderr=True, highlight=False, no_color=True, color_system=None))
    return Console(highlight=False, width=width), Console(stderr=True, highlight=False)


def _columns() -> int | None:
    """COLUMNS, when set to a width: honoured for a pipe or a file too."""
    value = os.environ.get("COLUMNS", "")
    return int(value) if value.isdigit() and int(value) > 0 else None


def _show(rendered: Rendered, console: Console) -> None:
    """Text as it is (a format's own syntax: no markup read into it), renderables on the console."""
    if isinstance(rendered, str):
        print(rendered, end="" if rendered.endswith("\n") else "\n", file=console.file)
    elif rendered is not None:
        console.print(rendered, soft_wrap=isinstance(rendered, Text))


def _check_and_report(claims: list[Claim], problems: list[Problem], config: Config, options: RunOptions) -> None:
    """Decide the claims, print the results in the chosen format, and exit with the run's status.

    The claims' problems are shown before the sources are indexed (a bad claim file is
    known at once), and a run with no claim left to check ends there. Warnings are shown
    with --quiet too: it drops supported rows, never a warning.
    """
    out, err = _consoles(config["color"])
    fmt, fail_on, sources = FORMATS[config["format"]], config["fail-on"], Path(config["sources"])
    if options.cache_dir is not None and options.cache_dir.exists() and not options.cache_dir.is_dir():
        _fail(f"--cache-dir {options.cache_dir}: not a folder")
    shared = _shared(config)
    if options.no_refresh and (shared is None or options.no_cache):
        _fail("--no-refresh reads a shared index as it is: it needs --index postgresql://USER@HOST/DB")
    for problem in problems:
        _show(fmt.problem(problem), err)
    if not claims and any(p.severity == "error" for p in problems):
        _show(fmt.render(Report([], [], problems)), out)
        raise typer.Exit(EXIT_USAGE)
    try:
        with IndexingBar(err) as bar, IndexingBar(err, PROGRESS_CLAIMS, "checking claims") as checking:
            run = run_check(claims, sources, problems, max_bytes=options.max_source_bytes,
                            closest=3 if options.verbose else 0, cache=not options.no_cache,
                            cache_dir=options.cache_dir, progress=bar, checking=checking, shared=shared,
                            refresh=not options.no_refresh)
    except (SourceError, SharedIndexError, IndexUrlError) as exc:
        _fail(str(exc))
    for problem in run.problems[len(problems):]:
        _show(fmt.problem(problem), err)
    shown = [r for r in run.results if fails(r.verdict, fail_on)] if options.quiet else list(run.results)
    _show(fmt.render(Report(run.results, shown, run.problems, run.closest, options.verbose, out.width)), out)
    status = exit_status(run, fail_on)
    if status:
        raise typer.Exit(status)


@app.command("figures")
def figures(
    file: str = typer.Argument(..., help="A text file, or - for standard input."),
    output: str = typer.Option("table", "--format", "-f", help="table or json."),
) -> None:
    """Every figure factcheck reads in a text, in order: its place, value, kind and unit.

    A Markdown draft (.md, .markdown) is read as `check` reads it: its prose only, without
    the numbers of its headings and list items, its code or its front matter."""
    if output not in {"table", "json"}:
        _fail(f"--format {output!r}: figures are shown as table or json")
    try:
        data = sys.stdin.buffer.read() if file == "-" else Path(file).read_bytes()
    except OSError as exc:
        _fail(f"{file}: cannot read: {exc.strerror or exc}")
    if looks_binary(data):
        _fail(f"{file}: binary file, not text")
    text = decode(data)
    found = draft_figures(text) if Path(file).suffix.lower() in MARKDOWN_SUFFIXES else read_figures(text)
    if output == "json":
        print(figures_json(found))
    else:
        Console(highlight=False).print(figures_table(found))


def _shared(config: Config) -> PgTarget | None:
    """The shared index the settings name (None: the embedded one); checked when read."""
    try:
        return parse_index(config["index"])
    except IndexUrlError as exc:
        _fail(f"index: {exc}")
        raise  # not reached


@app.command("index")
def index_sources(
    sources: Path = typer.Argument(..., help="Folder (or file) of source articles."),
    cache_dir: Path | None = typer.Option(None, "--cache-dir", help=CACHE_DIR_HELP),
    index_url: str | None = index_option(),
) -> None:
    """Build or refresh the index of SOURCES (the cache, or the shared --index), so that `verify` starts warm.

    Only files whose size, mtime or content changed are read again. Several clients may
    refresh a shared index at once: they take turns.

    Exit status: 0 indexed, 1 the cache could not be used, 2 no usable sources or the server failed.
    """
    err = Console(stderr=True, highlight=False)
    shared = _shared(_load_config().with_options(index=index_url))
    try:
        with IndexingBar(err) as bar:
            if shared is not None:
                from factcheck.index.pgstore import open_shared  # psycopg is loaded only for a shared index

                index, problems, refreshed = open_shared(shared, sources, progress=bar)
            else:
                index, problems, refreshed = open_index(sources, cache_dir=cache_dir, progress=bar)
    except (SourceError, SharedIndexError, IndexUrlError) as exc:
        err.print(f"factcheck: error: {exc}", markup=False, soft_wrap=True)
        raise typer.Exit(EXIT_USAGE)
    for problem in condensed(problems):  # a warning said of hundreds of an archive's files: named for a few
        _show(render_problem(problem), err)
    if refreshed is None:
        raise typer.Exit(EXIT_FINDINGS)
    index.close()
    kinds = ", ".join(f"{n:,} {suffix}" for suffix, n in refreshed.kinds)
    print(f"{refreshed.files:,} source files indexed ({refreshed.analysed:,} read anew, "
          f"{refreshed.removed:,} removed) in {getattr(index, 'where', None) or getattr(index, 'path', '')}: {kinds}")


def main() -> None:
    """Console entry point: see `guard.run`."""
    run(app)
