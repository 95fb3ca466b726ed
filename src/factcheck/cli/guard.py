"""One guard around every command: no traceback reaches the user, and a finished run
leaves at once with its exit status."""

from __future__ import annotations

import os
import signal
import sys
from typing import Any

import typer
from typer.core import TyperGroup

from factcheck.engine import EXIT_FINDINGS, EXIT_INTERRUPTED, EXIT_USAGE
from factcheck.output.common import clean

DEBUG_KEY = "factcheck.debug"
# click's usage and parameter errors (typer may vendor click, so found through typer's class)
_CLICK_ERROR: type[Exception] = next(c for c in typer.BadParameter.__mro__ if c.__name__ == "ClickException")


class GuardedGroup(TyperGroup):
    """Runs every command inside one guard, so no traceback reaches the user.

    An unexpected exception (a bug, not bad input: bad input is a Problem) becomes
    one line and exit 2, or its traceback with --debug; Ctrl-C is one line and 130;
    a reader that closed the pipe (`| head -1`) ends the run quietly.
    """

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:  # ctx: click's Context, vendored by typer
        end = args.index("--") if "--" in args else len(args)
        if "--debug" in args[:end]:  # allowed after the command name too
            args = ["--debug"] + [a for i, a in enumerate(args) if not (a == "--debug" and i < end)]
        try:
            return super().parse_args(ctx, args)
        except _CLICK_ERROR as exc:
            _usage_error(exc)
            raise  # not reached

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except _CLICK_ERROR as exc:
            _usage_error(exc)
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


def _usage_error(exc: Exception) -> None:
    """A usage error as the README promises it: one line, `factcheck: error: …`, exit 2,
    with where to look for help (click's own is a box of six lines)."""
    ctx = getattr(exc, "ctx", None)
    where = f"; see '{ctx.command_path} --help'" if ctx is not None else "; see 'factcheck --help'"
    message = clean(exc.format_message()) if hasattr(exc, "format_message") else clean(str(exc))
    _say(f"factcheck: error: {message.rstrip('.')}{where}")
    raise typer.Exit(getattr(exc, "exit_code", EXIT_USAGE))


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


EXIT_TERMINATED = 128 + signal.SIGTERM


class Terminated(BaseException):
    """SIGTERM, turned into an exception so the run unwinds: worker processes are ended and
    an index write in progress is rolled back (what earlier batches wrote stays)."""


def _on_sigterm(signum: int, frame: object) -> None:
    raise Terminated()


def run(app: typer.Typer) -> None:
    """Console entry point: Ctrl-C and a closed pipe end quietly with the right status.

    A finished run leaves at once, skipping the interpreter's teardown: freeing a large
    index object by object took a fifth of a warm run's time, and every file is closed
    and all output flushed by then.
    """
    signal.signal(signal.SIGTERM, _on_sigterm)
    try:
        app()
    except KeyboardInterrupt:
        _say("factcheck: interrupted")
        sys.exit(EXIT_INTERRUPTED)
    except Terminated:
        _say("factcheck: terminated")
        _flush()
        os._exit(EXIT_TERMINATED)
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
