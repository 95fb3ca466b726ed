"""Project settings: `[tool.factcheck]` in pyproject.toml, or factcheck.toml, then the command line.

A writer's project keeps its sources, claim folders and failure policy in one place, so
the same `factcheck verify` runs alike from a terminal, a pre-commit hook and CI. The
nearest config file from the current folder upward wins (in one folder, factcheck.toml
before pyproject.toml; a pyproject.toml without `[tool.factcheck]` is passed over), and
every option given on the command line wins over it. Each setting remembers where it
came from, for `--show-config`.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from factcheck.engine import FAIL_ON
from factcheck.errors import ConfigError, IndexUrlError
from factcheck.index.pgurl import EMBEDDED, ENV_INDEX, parse_index, shown_index
from factcheck.output import FORMATS

CONFIG_NAMES = ("factcheck.toml", "pyproject.toml")
COLORS = ("auto", "always", "never")
DEFAULTS: dict[str, Any] = {
    "sources": "seeds",
    "claims": ["claims"],
    "exclude": [],
    "fail-on": "any",
    "format": "table",
    "color": "auto",
    "index": EMBEDDED,  # or postgresql://USER@HOST/DB: the shared index (FACTCHECK_INDEX in the environment)
}
PATH_KEYS = ("sources", "claims")  # relative to the config file's folder


@dataclass(frozen=True)
class Config:
    """The settings in force, and for each one where it came from."""

    values: dict[str, Any]
    origins: dict[str, str]
    file: Path | None = None  # the config file read, if any
    base: Path = field(default_factory=Path)  # folder that relative paths in the file start from

    def __getitem__(self, key: str) -> Any:
        return self.values[key]

    def with_options(self, **options: Any) -> Config:
        """A copy with command-line options laid over; an option left as None is not given."""
        values, origins = dict(self.values), dict(self.origins)
        for name, value in options.items():
            if value is None or value == []:
                continue
            key = name.replace("_", "-")
            values[key] = value
            origins[key] = "command line"
        return Config(values, origins, self.file, self.base)

    def describe(self) -> list[str]:
        """One line per setting: `key = value  (where from)`, for --show-config."""
        lines = [f"# config file: {self.file if self.file else 'none found'}"]
        width = max(len(k) for k in self.values)
        for key, value in self.values.items():
            shown = [str(v) for v in value] if isinstance(value, list) else str(value)
            if key == "index":  # a URL may hold a password: never shown
                shown = shown_index(value)
            lines.append(f"{key:<{width}} = {shown}  ({self.origins[key]})")
        return lines


def find_config(start: Path) -> tuple[Path, dict[str, Any]] | None:
    """The nearest config file from `start` upward, with its factcheck table."""
    folder = start.resolve()
    for here in (folder, *folder.parents):
        for name in CONFIG_NAMES:
            path = here / name
            if not path.is_file():
                continue
            data = _read_toml(path)
            if name == "factcheck.toml":
                return path, data
            tool = data.get("tool", {})
            if isinstance(tool, dict) and "factcheck" in tool:
                if not isinstance(tool["factcheck"], dict):
                    raise ConfigError(path, "tool.factcheck", "must be a table")
                return path, tool["factcheck"]
    return None


def load_config(start: Path | None = None) -> Config:
    """Defaults, overlaid by the nearest config file. Raises ConfigError for a bad one."""
    values = {k: (list(v) if isinstance(v, list) else v) for k, v in DEFAULTS.items()}
    origins = {k: "default" for k in DEFAULTS}
    found = find_config(start or Path.cwd())
    if found is None:
        return _from_environment(Config(values, origins))
    path, table = found
    prefix = "" if path.name == "factcheck.toml" else "tool.factcheck."
    for key, value in table.items():
        values[key] = _checked(path, prefix + key, key, value)
        origins[key] = f"{path} [{prefix.rstrip('.') or 'top level'}]"
    base = path.parent
    for key in PATH_KEYS:
        if origins[key] != "default":
            values[key] = _relative_to(base, values[key])
    return _from_environment(Config(values, origins, path, base))


def _from_environment(config: Config) -> Config:
    """FACTCHECK_INDEX, when set, over the config file (the command line goes over both)."""
    value = os.environ.get(ENV_INDEX, "").strip()
    if not value:
        return config
    try:
        parse_index(value)
    except IndexUrlError as exc:
        raise ConfigError("environment", ENV_INDEX, str(exc))
    values, origins = dict(config.values), dict(config.origins)
    values["index"], origins["index"] = value, f"environment {ENV_INDEX}"
    return Config(values, origins, config.file, config.base)


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(path, "TOML syntax", str(exc))
    except OSError as exc:
        raise ConfigError(path, "cannot read", exc.strerror or str(exc))


def _checked(path: Path, shown: str, key: str, value: Any) -> Any:
    if key not in DEFAULTS:
        raise ConfigError(path, shown, f"unknown key (known: {', '.join(DEFAULTS)})")
    choices = {"fail-on": FAIL_ON, "format": FORMATS, "color": COLORS}.get(key)
    if choices is not None:
        if value not in choices:
            raise ConfigError(path, shown, f"must be one of {', '.join(choices)}, not {value!r}")
        return value
    if key == "index":
        try:
            parse_index(value if isinstance(value, str) else None)
        except IndexUrlError as exc:
            raise ConfigError(path, shown, str(exc))
        if not isinstance(value, str):
            raise ConfigError(path, shown, f"must be text: {EMBEDDED!r} or a postgresql:// URL")
        return value
    if key == "sources":
        if not isinstance(value, str) or not value:
            raise ConfigError(path, shown, "must be a path (text)")
        return value
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise ConfigError(path, shown, "must be a list of paths or patterns (text)")
    return value


def _relative_to(base: Path, value: str | list[str]) -> str | list[str]:
    """Paths from the config file's folder, shown relative to the current one when shorter."""

    def one(v: str) -> str:
        full = base / v
        try:
            rel = os.path.relpath(full)
        except ValueError:  # another drive on Windows
            return str(full)
        return rel if len(rel) <= len(str(full)) else str(full)

    return [one(v) for v in value] if isinstance(value, list) else one(value)
