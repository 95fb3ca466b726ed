"""Load claim files: YAML written by hand, checked with a position for every problem.

Claim files are read with PyYAML's composer, not its constructor: nodes keep their
line and column (0-based in PyYAML, 1-based here), no object is ever built from a
tag, and an alias can be refused before it expands into a "billion laughs".
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from factcheck.inputs.discovery import claim_files
from factcheck.models import Claim, Problem
from factcheck.text.numbers import read_quantities

KNOWN_KEYS = ("id", "figure", "sentence", "source", "expected", "note")
VERDICT_LABELS = ("supported", "contradicted", "missing")
MAX_CLAIM_FILE_BYTES = 5 * 1024 * 1024
MAX_CLAIM_FILE_NODES = 100_000  # about 10,000 claims
MAX_FLOW_DEPTH = 100
_NO_ALIASES = "YAML aliases (&anchor / *alias) are not allowed in claim files"
_BRACKETS = re.compile(r"[\[\]{}]")
_PLAIN_TAGS = {
    "tag:yaml.org,2002:str", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool", "tag:yaml.org,2002:null", "tag:yaml.org,2002:map",
    "tag:yaml.org,2002:seq", "tag:yaml.org,2002:timestamp",
}


class _AliasFound(Exception):
    def __init__(self, mark: yaml.Mark) -> None:
        super().__init__("alias")
        self.mark = mark


class _TooManyNodes(_AliasFound):
    pass


class _ClaimLoader(yaml.SafeLoader):
    """The safe composer, stopped at the first alias: where the writer typed `*name`."""

    nodes = 0

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            raise _AliasFound(self.peek_event().start_mark)
        self.nodes += 1
        if self.nodes > MAX_CLAIM_FILE_NODES:  # PyYAML's nodes are large: bound the memory
            raise _TooManyNodes(self.peek_event().start_mark)
        return super().compose_node(parent, index)


class ClaimFileError(Exception):
    """One problem that stops a claim file from being read at all."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem


def load_claims(paths: list[Path]) -> tuple[list[Claim], list[Problem]]:
    """All claims of all files; problems (errors and warnings) in file order."""
    files, problems = claim_files(paths)
    claims: list[Claim] = []
    seen_ids: dict[str, Claim] = {}
    for path in files:
        try:
            loaded, warnings = load_claim_file(path)
        except ClaimFileError as exc:
            problems.append(exc.problem)
            continue
        problems.extend(warnings)
        for claim in loaded:
            if claim.id in seen_ids:
                first = seen_ids[claim.id]
                problems.append(Problem(claim.file, f"duplicate claim id '{claim.id}' (first at {first.file}:{first.line})",
                                        claim.line, claim.column))
                continue
            seen_ids[claim.id] = claim
            claims.append(claim)
    return claims, problems


_NOT_FAST = object()
_FAST_LIMIT = 256 * 1024
_ANCHOR_OR_ALIAS = re.compile(r"(?:^|[\s:\-\[,{])[&*][^\s,\[\]{}]", re.M)


def _fast_compose(text: str):
    """libyaml's composer, for the common file: small, and no anchor or alias in it. Any
    other file, or one libyaml rejects, goes the careful way, which also words the errors."""
    fast = getattr(yaml, "CSafeLoader", None)
    if fast is None or len(text) > _FAST_LIMIT or _ANCHOR_OR_ALIAS.search(text):
        return _NOT_FAST
    try:
        root = yaml.compose(text, Loader=fast)
    except (yaml.YAMLError, RecursionError):
        return _NOT_FAST
    return root if _depth(root) <= _FAST_DEPTH else _NOT_FAST


_FAST_DEPTH = 50  # a claim file is three levels deep; anything like this goes the careful way


def _depth(root: yaml.Node | None) -> int:
    deepest, stack = 0, [(root, 1)] if root is not None else []
    while stack:
        node, depth = stack.pop()
        deepest = max(deepest, depth)
        if deepest > _FAST_DEPTH:
            break
        if isinstance(node, yaml.MappingNode):
            stack.extend((value, depth + 1) for _, value in node.value)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend((item, depth + 1) for item in node.value)
    return deepest


def load_claim_file(path: Path) -> tuple[list[Claim], list[Problem]]:
    """One file's good claims and its problems; an error that spoils the file raises ClaimFileError."""
    name = str(path)
    text = _read_text(path, name)
    _refuse_deep_flow(text, name)
    loader: _ClaimLoader | None = None
    try:
        root = _fast_compose(text)
        if root is _NOT_FAST:
            loader = _ClaimLoader(text)
            root = loader.get_single_node()
    except _TooManyNodes as exc:
        raise ClaimFileError(Problem(name, f"more than {MAX_CLAIM_FILE_NODES:,} YAML values: too large for a claim file",
                                     exc.mark.line + 1, exc.mark.column + 1)) from None
    except _AliasFound as exc:
        raise ClaimFileError(Problem(name, _NO_ALIASES, exc.mark.line + 1, exc.mark.column + 1)) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        message = " ".join(filter(None, [exc.problem, exc.context and f"({exc.context})"]))
        raise ClaimFileError(Problem(name, f"YAML syntax: {message or 'cannot parse'}",
                                     mark.line + 1 if mark else None, mark.column + 1 if mark else None))
    except yaml.reader.ReaderError as exc:
        before = text[: exc.position]
        line, column = before.count("\n") + 1, len(before) - (before.rfind("\n") + 1) + 1
        raise ClaimFileError(Problem(name, f"YAML: character {exc.character!r} is not allowed", line, column)) from None
    except yaml.YAMLError as exc:
        raise ClaimFileError(Problem(name, f"YAML: {exc}"))
    except RecursionError:  # PyYAML's composer recurses once per level of nesting
        mark = loader.get_mark()
        raise ClaimFileError(Problem(name, "YAML nested too deeply to be a claim file",
                                     mark.line + 1, mark.column + 1)) from None
    finally:
        if loader is not None:
            loader.dispose()
    if root is None:
        return [], [Problem(name, "no claims in this file", severity="warning")]
    _refuse_aliases_and_tags(root, name)
    problems: list[Problem] = []
    items = _claim_nodes(root, name, problems)
    claims: list[Claim] = []
    for n, node in enumerate(items, start=1):
        try:
            claims.append(_claim(node, n, path, problems))
        except ClaimFileError as exc:  # one bad claim spoils only itself
            problems.append(exc.problem)
    warnings = problems
    if not claims and not problems:
        warnings.append(Problem(name, "no claims in this file", 1, 1, severity="warning"))
    return claims, warnings


def _read_text(path: Path, name: str) -> str:
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_CLAIM_FILE_BYTES + 1)
        if len(data) > MAX_CLAIM_FILE_BYTES:
            raise ClaimFileError(Problem(name, f"larger than {MAX_CLAIM_FILE_BYTES:,} bytes: not a claim file"))
    except IsADirectoryError:
        raise ClaimFileError(Problem(name, "is a folder, not a claim file")) from None
    except OSError as exc:
        raise ClaimFileError(Problem(name, f"cannot read: {exc.strerror or exc}"))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ClaimFileError(Problem(name, f"not UTF-8 text (byte 0x{data[exc.start]:02x}); save it as UTF-8", line))
    return text.replace("\r\n", "\n")


def _refuse_deep_flow(text: str, name: str) -> None:
    """Refuse `[[[[…` before PyYAML's scanner, which slows with the square of the depth, sees it.

    Brackets are counted even inside quoted text: only a file with more than
    MAX_FLOW_DEPTH unclosed brackets is refused, which no claim file has.
    """
    depth = 0
    for m in _BRACKETS.finditer(text):
        depth = depth + 1 if m.group() in "[{" else max(0, depth - 1)
        if depth > MAX_FLOW_DEPTH:
            before = text[: m.start()]
            line, column = before.count("\n") + 1, m.start() - before.rfind("\n")
            raise ClaimFileError(Problem(name, f"YAML nested more than {MAX_FLOW_DEPTH} levels deep", line, column))


def _at(node: yaml.Node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


def _fail(name: str, node: yaml.Node, message: str) -> ClaimFileError:
    line, column = _at(node)
    return ClaimFileError(Problem(name, message, line, column))


def _refuse_aliases_and_tags(root: yaml.Node, name: str) -> None:
    """Walk the node tree once; a node met twice is an alias, an odd tag is refused."""
    seen: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            raise _fail(name, node, _NO_ALIASES)
        seen.add(id(node))
        if node.tag not in _PLAIN_TAGS:
            raise _fail(name, node, f"YAML tag {node.tag!r} is not allowed in claim files")
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                stack.extend((key, value))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)


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


def _claim(node: yaml.Node, n: int, path: Path, warnings: list[Problem]) -> Claim:
    name = str(path)
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
    figure = values["figure"] or ""
    if not read_quantities(figure):
        raise _fail(name, fields["figure"][1], f"figure {figure!r} holds no number")
    expected = values.get("expected")
    if expected is not None and expected not in VERDICT_LABELS:
        raise _fail(name, fields["expected"][1], f"'expected' must be one of {', '.join(VERDICT_LABELS)}")
    line, column = _at(node)
    return Claim(
        id=values.get("id") or f"{path.stem}-{n}",
        figure=figure,
        sentence=values["sentence"] or "",
        file=name,
        line=line,
        column=column,
        source=values.get("source"),
        expected=expected,
    )
