"""The options `verify` and `check` share, declared once, with their choices read from
the tables that define them (output.FORMATS, engine.FAIL_ON, config.COLORS)."""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from dataclasses import dataclass, fields
from enum import Enum
from pathlib import Path
from typing import Any

import typer

from factcheck.config import COLORS
from factcheck.engine import FAIL_ON
from factcheck.errors import IndexUrlError
from factcheck.index.pgurl import parse_index
from factcheck.inputs.sources import DEFAULT_MAX_BYTES
from factcheck.output import FORMATS

CACHE_DIR_HELP = "Folder for the index cache (default: $FACTCHECK_CACHE_DIR, else ~/.cache/factcheck)."
INDEX_HELP = ("Where the index lives: 'embedded' (the cache, default) or postgresql://USER@HOST/DB, a shared "
              "index on a PostgreSQL server; the password from the URL, PGPASSWORD or ~/.pgpass "
              "[config 'index'; env FACTCHECK_INDEX].")
Format = Enum("Format", {name: name for name in FORMATS}, type=str)  # type: ignore[misc]
FailOn = Enum("FailOn", {name: name for name in FAIL_ON}, type=str)  # type: ignore[misc]
Color = Enum("Color", {name: name for name in COLORS}, type=str)  # type: ignore[misc]


def sources_option() -> Any:
    return typer.Option(None, "--sources", "-s", help="Folder (or file) of source articles [config; default: seeds].")


def _valid_index(value: str | None) -> str | None:
    try:
        parse_index(value)
    except IndexUrlError as exc:
        raise typer.BadParameter(str(exc))
    return value


def index_option() -> Any:
    return typer.Option(None, "--index", metavar="URL", help=INDEX_HELP, callback=_valid_index, show_default=False)


@dataclass(frozen=True)
class RunOptions:
    """The options `verify` and `check` share, declared once (`run_options` below)."""

    sources: Path | None
    output: Any  # a Format, or None: the config's
    fail_on: Any  # a FailOn, or None
    quiet: bool
    verbose: bool
    color: Any  # a Color, or None
    show_config: bool
    max_source_bytes: int
    cache_dir: Path | None
    no_cache: bool
    index: str | None  # checked by `index_option`; None: the config's
    no_refresh: bool


_RUN_OPTIONS = {
    "sources": (Path | None, sources_option()),
    "output": (Format | None, typer.Option(None, "--format", "-f", help=f"{', '.join(FORMATS)} [config].")),
    "fail_on": (FailOn | None, typer.Option(None, "--fail-on", help="Exit 1 on: any claim not supported "
                                            "(default), contradicted, missing, or none [config].")),
    "quiet": (bool, typer.Option(False, "--quiet", "-q", help="Show only claims that fail, and the summary.")),
    "verbose": (bool, typer.Option(False, "--verbose", "-v",
                                   help="Show the closest passages for missing claims, with scores.")),
    "color": (Color | None, typer.Option(None, "--color", help="auto (terminal, NO_COLOR), always, never [config].")),
    "show_config": (bool, typer.Option(False, "--show-config",
                                       help="Print the settings in force, where each came from, and exit.")),
    "max_source_bytes": (int, typer.Option(DEFAULT_MAX_BYTES, "--max-source-bytes", min=1,
                                           help="Skip (with a warning) source files larger than this.")),
    "cache_dir": (Path | None, typer.Option(None, "--cache-dir", help=CACHE_DIR_HELP)),
    "no_cache": (bool, typer.Option(False, "--no-cache", help="Index the sources in memory; read and write no cache "
                                    "(nor the --index server).")),
    "index": (str | None, index_option()),
    "no_refresh": (bool, typer.Option(False, "--no-refresh", help="Read the shared --index as it is, without "
                                      "refreshing it from the sources (a hook against an archive a nightly job "
                                      "keeps).")),
}
assert list(_RUN_OPTIONS) == [f.name for f in fields(RunOptions)]


def run_options(command: Callable[..., None]) -> Callable[..., None]:
    """Give a command the shared options: typer reads them from the signature, and the
    command receives them as one `options: RunOptions`."""
    own = [p for p in inspect.signature(command).parameters.values() if p.name != "options"]
    shared = [inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=default, annotation=kind)
              for name, (kind, default) in _RUN_OPTIONS.items()]

    @functools.wraps(command)
    def with_options(**values: Any) -> None:
        options = RunOptions(**{name: values.pop(name) for name in _RUN_OPTIONS})
        command(**values, options=options)

    with_options.__signature__ = inspect.Signature(own + shared)  # type: ignore[attr-defined]
    return with_options


