"""The `factcheck` command: arguments in, exit status out. All the work is in the library."""

from __future__ import annotations

import os
import sys
from enum import Enum
from pathlib import Path

import typer
from rich.console import Console
from typer.core import TyperGroup

from factcheck import __version__
from factcheck.inputs.claims import load_claims
from factcheck.inputs.config import ConfigError, Config, fails, load_config, select_claim_files
from factcheck.inputs.drafts import read_draft, scaffold
from factcheck.inputs.gitfiles import untracked_sources
from factcheck.models import Claim, Problem
from factcheck.output.progress import IndexingBar
from factcheck.output.report import (clean, render_closest, render_github, render_github_problem, render_html, render_json,
                     render_markdown, render_problem, render_table)
from factcheck.inputs.sources import DEFAULT_MAX_BYTES, SourceError
from factcheck.index.store import open_index
from factcheck.engine import Run, check as run_check

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
PIPE_WIDTH = 160  # a table written to a file or pipe: wide enough to read, no colour
CACHE_DIR_HELP = "Folder for the index cache (default: $FACTCHECK_CACHE_DIR, else ~/.cache/factcheck)."

DEBUG_KEY = "factcheck.debug"


class GuardedGroup(TyperGroup):
    """Runs every command inside one guard, so no traceback reaches the user.

    An unexpected exception (a bug, not bad input: bad input is a Problem) becomes
    one line and exit 2, or its traceback with --debug; Ctrl-C is one line and 130;
    a reader that closed the pipe (`| head -1`) ends the run quietly.
    """

    def parse_args(self, ctx: typer.Context, args: list[str]) -> list[str]:
        end = args.index("--") if "--" in args else len(args)
        if "--debug" in args[:end]:  # allowed after the command name too
            args = ["--debug"] + [a for i, a in enumerate(args) if not (a == "--debug" and i < end)]
        return super().parse_args(ctx, args)

    def invoke(self, ctx: typer.Context):
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            _say("factcheck: interrupted")
            raise typer.Exit(EXIT_INTERRUPTED) from None
        except BrokenPipeError:
            _silence_stdout()
            raise typer.Exit(EXIT_FINDINGS) from None
        except Exception as exc:
            if _is_control(exc) or ctx.meta.get(DEBUG_KEY):
                raise
            _say(f"factcheck: internal error: {type(exc).__name__}: {clean(str(exc))[:300]}"
                 " (a bug in factcheck; run again with --debug to see the traceback)")
            raise typer.Exit(EXIT_USAGE) from None


def _is_control(exc: Exception) -> bool:
    """Click's and typer's own exits, aborts and usage errors (typer may vendor click)."""
    return isinstance(exc, (typer.Exit, typer.Abort)) or hasattr(exc, "exit_code") or type(exc).__name__ == "Abort"


def _say(line: str) -> None:
    try:
        print(line, file=sys.stderr, flush=True)
    except OSError:
        pass


def _silence_stdout() -> None:
    """Point stdout at /dev/null, so the interpreter's last flush meets no closed pipe."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


app = typer.Typer(
    cls=GuardedGroup,
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="Check the figures in your claims against the source articles.",
)


class Format(str, Enum):
    table = "table"
    json = "json"
    github = "github"
    html = "html"
    markdown = "markdown"


class FailOn(str, Enum):
    any = "any"
    contradicted = "contradicted"
    missing = "missing"
    none = "none"


class Color(str, Enum):
    auto = "auto"
    always = "always"
    never = "never"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"factcheck {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    ctx: typer.Context,
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Show the version and exit."),
    debug: bool = typer.Option(False, "--debug", envvar="FACTCHECK_DEBUG",
                               help="Show the traceback of an internal error (may follow the command)."),
) -> None:
    """Check the figures in your claims against the source articles."""
    ctx.meta[DEBUG_KEY] = debug


def _sources_option():
    return typer.Option(None, "--sources", "-s", help="Folder (or file) of source articles [config; default: seeds].")


def _format_option():
    return typer.Option(None, "--format", "-f", help="table, json, github (CI annotations), html, markdown [config].")


def _fail_on_option():
    return typer.Option(None, "--fail-on", help="Exit 1 on: any claim not supported (default), contradicted, "
                        "missing, or none [config].")


def _quiet_option():
    return typer.Option(False, "--quiet", "-q", help="Show only claims that fail, and the summary.")


def _verbose_option():
    return typer.Option(False, "--verbose", "-v", help="Show the closest passages for missing claims, with scores.")


def _color_option():
    return typer.Option(None, "--color", help="auto (terminal, NO_COLOR), always, never [config].")


def _cache_dir_option():
    return typer.Option(None, "--cache-dir", help=CACHE_DIR_HELP)


def _no_cache_option():
    return typer.Option(False, "--no-cache", help="Index the sources in memory; read and write no cache.")


def _max_source_bytes_option():
    return typer.Option(DEFAULT_MAX_BYTES, "--max-source-bytes", min=1,
                        help="Skip (with a warning) source files larger than this.")


def _show_config_option():
    return typer.Option(False, "--show-config", help="Print the settings in force, where each came from, and exit.")


@app.command()
def verify(
    paths: list[Path] = typer.Argument(None, help="Claim files, or folders searched for *.yaml / *.yml "
                                       "[config 'claims'; default: claims/]."),
    sources: Path | None = _sources_option(),
    output: Format | None = _format_option(),
    fail_on: FailOn | None = _fail_on_option(),
    quiet: bool = _quiet_option(),
    verbose: bool = _verbose_option(),
    color: Color | None = _color_option(),
    show_config: bool = _show_config_option(),
    max_source_bytes: int = _max_source_bytes_option(),
    cache_dir: Path | None = _cache_dir_option(),
    no_cache: bool = _no_cache_option(),
) -> None:
    """Report every claim as supported, contradicted or missing, with the source passage.

    Exit status: 0 all supported, 1 some contradicted or missing, 2 bad input, 130 interrupted.
    """
    config = _settings(sources, output, fail_on, color, show_config, claims=[str(p) for p in paths or []])
    files, problems = select_claim_files([Path(p) for p in config["claims"]], config["exclude"])
    claims, load_problems = load_claims(files)
    _check_and_report(claims, problems + load_problems, config, quiet, verbose, max_source_bytes,
                      None if no_cache else (cache_dir,))


@app.command("check")
def check_draft(
    draft: Path = typer.Argument(..., help="A Markdown or plain-text draft: every sentence with a figure is a claim."),
    sources: Path | None = _sources_option(),
    output: Format | None = _format_option(),
    fail_on: FailOn | None = _fail_on_option(),
    quiet: bool = _quiet_option(),
    verbose: bool = _verbose_option(),
    color: Color | None = _color_option(),
    show_config: bool = _show_config_option(),
    max_source_bytes: int = _max_source_bytes_option(),
    cache_dir: Path | None = _cache_dir_option(),
    no_cache: bool = _no_cache_option(),
) -> None:
    """Check every figure of a draft against the sources, reported at the draft's lines.

    Exit status as for verify.
    """
    config = _settings(sources, output, fail_on, color, show_config)
    claims, problems = read_draft(draft)
    _check_and_report(claims, problems, config, quiet, verbose, max_source_bytes,
                      None if no_cache else (cache_dir,))


@app.command()
def extract(
    draft: Path = typer.Argument(..., help="A Markdown or plain-text draft."),
    output: Path | None = typer.Option(None, "--output", "-o", help="Write the claim file here, not to stdout."),
    force: bool = typer.Option(False, "--force", help="Overwrite the --output file if it exists."),
    sources: Path | None = _sources_option(),
) -> None:
    """Print a claim file for a draft's figures, with each claim's best-matching source as a comment."""
    config = _settings(sources, None, None, None, False)
    if output is not None and output.exists() and not force:
        _fail(f"{output}: already exists; add --force to overwrite it")
    claims, problems = read_draft(draft)
    err = Console(stderr=True, highlight=False)
    for problem in problems:
        render_problem(problem, err)
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


def _settings(sources: Path | None, output: Format | None, fail_on: FailOn | None, color: Color | None,
              show_config: bool, claims: list[str] | None = None) -> Config:
    """The config file's settings with the command line's laid over; --show-config prints them and exits."""
    try:
        config = load_config()
    except ConfigError as exc:
        typer.echo(str(exc), err=True)
        raise typer.Exit(EXIT_USAGE)
    config = config.with_options(sources=str(sources) if sources else None, format=output and output.value,
                                 fail_on=fail_on and fail_on.value, color=color and color.value, claims=claims)
    if show_config:
        typer.echo("\n".join(config.describe()))
        raise typer.Exit(EXIT_OK)
    return config


def _consoles(color: str) -> tuple[Console, Console]:
    """Consoles for results (stdout) and messages (stderr); --color always/never beats NO_COLOR and the tty test."""
    width = None if sys.stdout.isatty() else PIPE_WIDTH
    if color == "always":
        return (Console(highlight=False, width=width, force_terminal=True, no_color=False, color_system="standard"),
                Console(stderr=True, highlight=False, force_terminal=True, no_color=False, color_system="standard"))
    if color == "never":
        return (Console(highlight=False, width=width, no_color=True, color_system=None),
                Console(stderr=True, highlight=False, no_color=True, color_system=None))
    return Console(highlight=False, width=width), Console(stderr=True, highlight=False)


def _check_and_report(claims: list[Claim], problems: list[Problem], config: Config, quiet: bool, verbose: bool,
                      max_source_bytes: int = DEFAULT_MAX_BYTES, cache: tuple[Path | None] | None = None) -> None:
    """Decide the claims, print the results in the chosen format, and exit by the --fail-on policy.

    `cache` holds the cache folder (None: the default one), or is None for no cache.
    """
    out, err = _consoles(config["color"])
    fmt, fail_on, sources = config["format"], config["fail-on"], Path(config["sources"])
    try:
        with IndexingBar(err) as bar:
            run = run_check(claims, sources, problems, max_bytes=max_source_bytes, closest=3 if verbose else 0,
                            cache=cache is not None, cache_dir=cache[0] if cache else None, progress=bar)
    except SourceError as exc:
        for problem in problems:
            render_problem(problem, err)
        _fail(str(exc))
    run = Run(run.results, run.problems + tuple(untracked_sources(run.results, sources)), run.closest)
    for problem in run.problems:
        if quiet and problem.severity != "error":
            continue
        if fmt == "github":
            typer.echo(render_github_problem(problem), err=True)
        else:
            render_problem(problem, err)
    shown = [r for r in run.results if fails(r.verdict, fail_on)] if quiet else list(run.results)
    if fmt == "json":
        print(render_json(run.results, run.problems))
    elif fmt == "github":
        print(render_github(shown, verbose, summary_of=run.results))
    elif fmt == "markdown":
        print(render_markdown(shown, summary_of=run.results))
    elif fmt == "html":
        print(render_html(shown, run.problems, run.closest, summary_of=run.results), end="")
    elif run.results:
        render_table(shown, out, summary_of=run.results)
        if verbose:
            render_closest(run.closest, out)
    if run.errors:
        raise typer.Exit(EXIT_USAGE)
    if any(fails(r.verdict, fail_on) for r in run.results):
        raise typer.Exit(EXIT_FINDINGS)


@app.command("index")
def index_sources(
    sources: Path = typer.Argument(..., help="Folder (or file) of source articles."),
    cache_dir: Path | None = typer.Option(None, "--cache-dir", help=CACHE_DIR_HELP),
) -> None:
    """Build or refresh the cached index of SOURCES, so that `verify` starts warm.

    Only files whose size, mtime or content changed are read again.

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
    print(f"{refreshed.files:,} source files indexed ({refreshed.analysed:,} read anew, "
          f"{refreshed.removed:,} removed) in {index.store.path}")


def main() -> None:
    """Console entry point: Ctrl-C and a closed pipe end quietly with the right status.

    A finished run leaves at once, skipping the interpreter's teardown: freeing a large
    index object by object took a fifth of a warm run's time, and every file is closed
    and all output flushed by then.
    """
    try:
        app()
    except KeyboardInterrupt:
        _say("factcheck: interrupted")
        sys.exit(EXIT_INTERRUPTED)
    except BrokenPipeError:
        _silence_stdout()
        sys.exit(EXIT_FINDINGS)
    except SystemExit as done:
        code = done.code
        if code is not None and not isinstance(code, int):
            _say(str(code))
            code = 1
        _flush()
        os._exit(code or 0)
    finally:
        _flush()


def _flush() -> None:
    try:
        sys.stdout.flush()
    except (BrokenPipeError, ValueError):
        _silence_stdout()
    try:
        sys.stderr.flush()
    except (OSError, ValueError):
        pass
