"""Claim files' YAML composed safely: nodes with their places, never objects from tags.

Claim files are read with PyYAML's composer, not its constructor: nodes keep their line
and column (0-based in PyYAML, 1-based in a Problem), no object is ever built from a tag,
and an alias is refused before it expands into a "billion laughs". Every failure is one
`ClaimFileError` with its place.
"""

from __future__ import annotations

import re

import yaml

from factcheck.errors import ClaimFileError
from factcheck.models import Problem

MAX_FLOW_DEPTH = 100
_NO_ALIASES = "YAML aliases (&anchor / *alias) are not allowed in claim files"
_BRACKETS = re.compile(r"[\[\]{}]")
_PLAIN_TAGS = {
    "tag:yaml.org,2002:str", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool", "tag:yaml.org,2002:null", "tag:yaml.org,2002:map",
    "tag:yaml.org,2002:seq", "tag:yaml.org,2002:timestamp",
}


def compose(text: str, name: str, max_nodes: int) -> yaml.Node | None:
    """The node tree of a claim file's text (None when empty); raises ClaimFileError."""
    _refuse_deep_flow(text, name)
    loader: _ClaimLoader | None = None
    try:
        root = _fast_compose(text, max_nodes)
        if root is _NOT_FAST:
            loader = _ClaimLoader(text)
            loader.max_nodes = max_nodes
            root = loader.get_single_node()
    except _TooManyNodes as exc:
        raise ClaimFileError(Problem(name, f"more than {max_nodes:,} YAML values: too large for one claim file; "
                                     "split it into several (a folder of them is read as one set)",
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
        assert loader is not None  # libyaml's composer, tried first, does not recurse in Python
        mark = loader.get_mark()
        raise ClaimFileError(Problem(name, "YAML nested too deeply to be a claim file",
                                     mark.line + 1, mark.column + 1)) from None
    finally:
        if loader is not None:
            loader.dispose()
    if root is not None:
        _refuse_aliases_and_tags(root, name)
    return root


class _AliasFound(Exception):
    def __init__(self, mark: yaml.Mark) -> None:
        super().__init__("alias")
        self.mark = mark


class _TooManyNodes(_AliasFound):
    pass


class _ClaimLoader(yaml.SafeLoader):
    """The safe composer, stopped at the first alias: where the writer typed `*name`."""

    nodes = 0
    max_nodes = 100_000

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            raise _AliasFound(self.peek_event().start_mark)
        self.nodes += 1
        if self.nodes > self.max_nodes:  # PyYAML's nodes are large: bound the memory
            raise _TooManyNodes(self.peek_event().start_mark)
        return super().compose_node(parent, index)


_NOT_FAST = object()
_ANCHOR_OR_ALIAS = re.compile(r"(?:^|[\s:\-\[,{])[&*][^\s,\[\]{}]", re.M)


def _fast_compose(text: str, max_nodes: int):
    """libyaml's composer, for the common file: no anchor or alias in it (so its size bounds
    its nodes), not too deep, not too many values. Any other file, or one libyaml rejects,
    goes the careful way, which also words the errors. Ten times faster: 16,000 claims
    (2 MB) compose in under a second, where the careful way takes nine."""
    fast = getattr(yaml, "CSafeLoader", None)
    if fast is None or _ANCHOR_OR_ALIAS.search(text):
        return _NOT_FAST
    try:
        root = yaml.compose(text, Loader=fast)
    except (yaml.YAMLError, RecursionError):
        return _NOT_FAST
    depth, nodes = _shape(root)
    return root if depth <= _FAST_DEPTH and nodes <= max_nodes else _NOT_FAST


_FAST_DEPTH = 50  # a claim file is three levels deep; anything like this goes the careful way


def _shape(root: yaml.Node | None) -> tuple[int, int]:
    """How deep the tree goes (up to just past _FAST_DEPTH) and how many nodes it has."""
    deepest, nodes, stack = 0, 0, [(root, 1)] if root is not None else []
    while stack:
        node, depth = stack.pop()
        nodes += 1
        deepest = max(deepest, depth)
        if deepest > _FAST_DEPTH:
            break
        if isinstance(node, yaml.MappingNode):
            nodes += len(node.value)  # the keys
            stack.extend((value, depth + 1) for _, value in node.value)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend((item, depth + 1) for item in node.value)
    return deepest, nodes


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


def at(node: yaml.Node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


def fail(name: str, node: yaml.Node, message: str) -> ClaimFileError:
    line, column = at(node)
    return ClaimFileError(Problem(name, message, line, column))




def _refuse_aliases_and_tags(root: yaml.Node, name: str) -> None:
    """Walk the node tree once; a node met twice is an alias, an odd tag is refused."""
    seen: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            raise fail(name, node, _NO_ALIASES)
        seen.add(id(node))
        if node.tag not in _PLAIN_TAGS:
            raise fail(name, node, f"YAML tag {node.tag!r} is not allowed in claim files")
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                stack.extend((key, value))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)


