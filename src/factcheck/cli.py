"""The `factcheck` command: arguments in, exit status out. All the work is in the library."""

from __future__ import annotations

import os
import sys
from enum import Enum
from pathlib import Path

import typer
from rich.console import Console
from typer.core import TyperGroup

from . import __version__
from .models import Verdict
from .report import clean, render_json, render_problem, render_table
from .sources import DEFAULT_MAX_BYTES, SourceError
from .verify import verify as run_verify

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
PIPE_WIDTH = 160  # a table written to a file or pipe: wide enough to read, no colour

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


@app.command()
def verify(
    paths: list[Path] = typer.Argument(..., help="Claim files, or folders searched for *.yaml / *.yml."),
    sources: Path = typer.Option(Path("seeds"), "--sources", "-s", help="Folder (or file) of source articles."),
    output: Format = typer.Option(Format.table, "--format", "-f", help="table for people, json for programs."),
    max_source_bytes: int = typer.Option(DEFAULT_MAX_BYTES, "--max-source-bytes", min=1,
                                         help="Skip (with a warning) source files larger than this."),
) -> None:
    """Report every claim as supported, contradicted or missing, with the source passage.

    Exit status: 0 all supported, 1 some contradicted or missing, 2 bad input, 130 interrupted.
    """
    out = Console(highlight=False, width=None if sys.stdout.isatty() else PIPE_WIDTH)
    err = Console(stderr=True, highlight=False, soft_wrap=True)
    try:
        run = run_verify(list(paths), sources, max_source_bytes)
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


def main() -> None:
    """Console entry point: Ctrl-C and a closed pipe end quietly with the right status."""
    try:
        app()
    except KeyboardInterrupt:
        _say("factcheck: interrupted")
        sys.exit(EXIT_INTERRUPTED)
    except BrokenPipeError:
        _silence_stdout()
        sys.exit(EXIT_FINDINGS)
    finally:
        try:
            sys.stdout.flush()
        except (BrokenPipeError, ValueError):
            _silence_stdout()
