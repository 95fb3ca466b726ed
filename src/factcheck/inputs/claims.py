"""Load claim files: YAML written by hand, checked with a position for every problem.

Claim files are read with PyYAML's composer, not its constructor: nodes keep their
line and column (0-based in PyYAML, 1-based here), no object is ever built from a
tag, and an alias can be refused before it expands into a "billion laughs".
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from factcheck.errors import ClaimFileError
from factcheck.inputs.discovery import claim_files
from factcheck.inputs.yaml_nodes import at as _at
from factcheck.inputs.yaml_nodes import compose
from factcheck.inputs.yaml_nodes import fail as _fail
from factcheck.models import Claim, Problem
from factcheck.text.normal import clean_text
from factcheck.text.numbers import read_quantities

KNOWN_KEYS = ("id", "figure", "sentence", "source", "expected", "note")
VERDICT_LABELS = ("supported", "contradicted", "missing")
MAX_CLAIM_FILE_BYTES = 5 * 1024 * 1024
MAX_CLAIM_FILE_NODES = 400_000  # about 60,000 claims: past the byte limit, which then speaks first
SPLIT_ADVICE = "split it into several claim files (a folder of them is read as one set)"
_HUGE = re.compile(r"\d{16,}")
STDIN = Path("-")  # as a claims path: read one claim file from standard input
STDIN_NAME = "<stdin>"


def load_claims(paths: list[Path], stdin: bytes | None = None) -> tuple[list[Claim], list[Problem]]:
    """All claims of all files; problems (errors and warnings) in file order. The path `-`
    stands for `stdin`, the bytes of a claim file the caller read from standard input."""
    files, problems = claim_files(paths)
    claims: list[Claim] = []
    seen_ids: dict[str, Claim] = {}
    for path in files:
        try:
            loaded, warnings = (load_claim_text(stdin or b"", STDIN_NAME, Path("stdin")) if path == STDIN
                                else load_claim_file(path))
        except ClaimFileError as exc:
            problems.append(exc.problem)
            continue
        problems.extend(warnings)
        for claim in loaded:
            if claim.id in seen_ids:
                first = seen_ids[claim.id]
                problems.append(Problem(claim.file, f"duplicate claim id '{claim.id}' "
                                        f"(first at {first.file}:{first.line})", claim.line, claim.column))
                continue
            seen_ids[claim.id] = claim
            claims.append(claim)
    return claims, problems


def load_claim_file(path: Path) -> tuple[list[Claim], list[Problem]]:
    """One file's good claims and its problems; an error that spoils the file raises ClaimFileError."""
    return load_claim_text(_read_bytes(path, str(path)), str(path), path)


def load_claim_text(data: bytes, name: str, path: Path) -> tuple[list[Claim], list[Problem]]:
    """Claims from a claim file's bytes, reported as `name`; ids default to `path`'s stem."""
    if len(data) > MAX_CLAIM_FILE_BYTES:
        raise ClaimFileError(Problem(name, f"larger than {MAX_CLAIM_FILE_BYTES:,} bytes: {SPLIT_ADVICE}"))
    text = _decode(data, name)
    root = compose(text, name, MAX_CLAIM_FILE_NODES)
    if root is None:
        return [], [Problem(name, "no claims in this file", severity="warning")]
    problems: list[Problem] = []
    items = _claim_nodes(root, name, problems)
    claims: list[Claim] = []
    for n, node in enumerate(items, start=1):
        try:
            claims.append(_claim(node, n, path, name, problems))
        except ClaimFileError as exc:  # one bad claim spoils only itself
            problems.append(exc.problem)
    warnings = problems
    if not claims and not problems:
        warnings.append(Problem(name, "no claims in this file", 1, 1, severity="warning"))
    return claims, warnings


def _read_bytes(path: Path, name: str) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(MAX_CLAIM_FILE_BYTES + 1)
    except IsADirectoryError:
        raise ClaimFileError(Problem(name, "is a folder, not a claim file")) from None
    except OSError as exc:
        raise ClaimFileError(Problem(name, f"cannot read: {exc.strerror or exc}"))


def _decode(data: bytes, name: str) -> str:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ClaimFileError(Problem(name, f"not UTF-8 text (byte 0x{data[exc.start]:02x}); save it as UTF-8", line))
    return text.replace("\r\n", "\n")


def _claim_nodes(root: yaml.Node, name: str, warnings: list[Problem]) -> list[yaml.Node]:
    if isinstance(root, yaml.SequenceNode):
        return root.value
    if isinstance(root, yaml.MappingNode):
        keys = _mapping(root, name)
        if "claims" not in keys:
            raise _fail(name, root, "expected a top-level 'claims:' list (or a bare list of claims)")
        for key, (key_node, _) in keys.items():
            if key != "claims":
                line, column = _at(key_node)
                warnings.append(Problem(name, f"unknown top-level key '{key}' (only 'claims' is read)", line, column,
                                        severity="warning"))
        node = keys["claims"][1]
        if isinstance(node, yaml.ScalarNode) and node.tag.endswith(":null"):
            return []
        if not isinstance(node, yaml.SequenceNode):
            raise _fail(name, node, "'claims' must be a list of claims")
        return node.value
    raise _fail(name, root, "expected a list of claims, found a single value")


def _mapping(node: yaml.MappingNode, name: str) -> dict[str, tuple[yaml.Node, yaml.Node]]:
    out: dict[str, tuple[yaml.Node, yaml.Node]] = {}
    for key, value in node.value:
        if not isinstance(key, yaml.ScalarNode):
            raise _fail(name, key, "keys must be plain words")
        if key.value in out:
            line, _ = _at(out[key.value][0])
            raise _fail(name, key, f"duplicate key '{key.value}' (first on line {line})")
        out[key.value] = (key, value)
    return out


def _text(name: str, field: str, node: yaml.Node, required: bool) -> str | None:
    if isinstance(node, yaml.ScalarNode):
        if node.tag.endswith(":null"):
            value = ""
        else:
            value = str(node.value).strip()
        if not value and required:
            raise _fail(name, node, f"'{field}' is empty")
        return value or None
    kind = "a list" if isinstance(node, yaml.SequenceNode) else "a mapping"
    raise _fail(name, node, f"'{field}' must be text, not {kind}")


_IN_NAME = re.compile(r"[A-Za-z]-?\d|\d[A-Za-z]")  # "Covid-19", "F-16", "G8", "MP3", "4G"


def _reads_in(sentence: str, figure: str) -> bool:
    """Whether the figure reads where the sentence has it: "1/3" alone is no number, but
    "at odds of 1/3" is betting odds."""
    parts = [p.strip() for p in figure.split("...") if p.strip()]
    found = read_quantities(sentence)
    for part in parts:
        at = sentence.find(part)
        if at < 0 or not any(q.start < at + len(part) and at < q.end for q in found):
            return False
    return bool(parts)


def _claim(node: yaml.Node, n: int, path: Path, name: str, warnings: list[Problem]) -> Claim:
    if not isinstance(node, yaml.MappingNode):
        raise _fail(name, node, f"claim {n} must be a mapping with 'figure' and 'sentence'")
    fields = _mapping(node, name)
    for key, (key_node, _) in fields.items():
        if key not in KNOWN_KEYS:
            line, column = _at(key_node)
            warnings.append(Problem(name, f"unknown key '{key}' (known: {', '.join(KNOWN_KEYS)})", line, column,
                                    severity="warning"))
    values: dict[str, str | None] = {}
    for key in KNOWN_KEYS:
        if key in fields:
            values[key] = _text(name, key, fields[key][1], required=key in {"figure", "sentence"})
    for key in ("figure", "sentence"):
        if key not in fields:
            raise _fail(name, node, f"claim {n} has no '{key}'")
    figure = clean_text(values["figure"] or "")  # compared, and shown, as the sources are
    if not read_quantities(figure) and not _reads_in(clean_text(values["sentence"] or ""), figure):
        why = ("a number of more than 15 digits cannot be checked" if _HUGE.search(figure)
               else "is a number inside a name, not a figure" if _IN_NAME.search(figure) else "holds no number")
        raise _fail(name, fields["figure"][1], f"figure {figure!r} {why}")
    expected = values.get("expected")
    if expected is not None and expected not in VERDICT_LABELS:
        raise _fail(name, fields["expected"][1], f"'expected' must be one of {', '.join(VERDICT_LABELS)}")
    line, column = _at(node)
    return Claim(
        id=values.get("id") or f"{path.stem}-{n}",
        figure=figure,
        sentence=clean_text(values["sentence"] or ""),
        file=name,
        line=line,
        column=column,
        source=values.get("source"),
        expected=expected,
    )
