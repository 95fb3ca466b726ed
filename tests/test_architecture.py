"""The package's import direction: each stage imports only the stages below it, and no
module imports itself back through others (README, "Architecture")."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "factcheck"
# Bottom to top. A module may import its own stage and those before it, never one after.
LAYERS = [
    {"factcheck", "factcheck.models", "factcheck.errors"},
    {"factcheck.text"},
    {"factcheck.inputs"},
    {"factcheck.index"},
    {"factcheck.judge"},
    {"factcheck.engine"},
    {"factcheck.output"},
    {"factcheck.config"},
    {"factcheck.cli", "factcheck.__main__"},
]
MAX_LINES = 300


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path, typing: bool = False) -> set[str]:
    """Every factcheck module a file imports, at any depth of the file (absolute imports);
    those under `if TYPE_CHECKING:` only with `typing` (they are never run)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    if not typing:
        for node in ast.walk(tree):
            if isinstance(node, ast.If) and getattr(node.test, "id", "") == "TYPE_CHECKING":
                node.body = []
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            assert node.level == 0, f"{path}: relative import; the package imports absolutely"
            if node.module and node.module.split(".")[0] == "factcheck":
                found.add(node.module)
        elif isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.split(".")[0] == "factcheck"}
    return found


def _layer(module: str) -> int:
    for n, layer in enumerate(LAYERS):
        if any(module == top or module.startswith(top + ".") for top in layer if top != "factcheck"):
            return n
    assert module == "factcheck", f"{module} belongs to no layer: add it to LAYERS"
    return 0


def _graph(typing: bool = False) -> dict[str, set[str]]:
    return {_module_name(p): _imports(p, typing) for p in sorted(PACKAGE.rglob("*.py"))}


def test_every_import_points_down_the_stages():
    """Type hints included: a lower stage never even names a higher one."""
    wrong = [f"{mod} (stage {_layer(mod)}) imports {dep} (stage {_layer(dep)})"
             for mod, deps in _graph(typing=True).items() for dep in deps if _layer(dep) > _layer(mod)]
    assert not wrong, "\n".join(wrong)


def test_no_import_cycle():
    graph = _graph()
    modules = set(graph)

    def resolve(dep: str) -> str | None:  # "from factcheck.output import X" is the package's __init__
        return dep if dep in modules else None

    state: dict[str, int] = {}
    path: list[str] = []

    def visit(mod: str) -> None:
        state[mod] = 1
        path.append(mod)
        for dep in sorted(filter(None, map(resolve, graph[mod]))):
            if dep == "factcheck":
                continue
            assert state.get(dep) != 1, "import cycle: " + " -> ".join(path[path.index(dep):] + [dep])
            if dep not in state:
                visit(dep)
        path.pop()
        state[mod] = 2

    for mod in sorted(graph):
        if mod not in state:
            visit(mod)


def test_no_module_is_over_300_lines():
    long = {p.relative_to(PACKAGE).as_posix(): n for p in PACKAGE.rglob("*.py")
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert not long, f"modules over {MAX_LINES} lines: {long}"


def test_the_check_sees_a_wrong_import(tmp_path):
    """The direction test itself can fail: a text module importing the judge is caught."""
    bad = tmp_path / "bad.py"
    bad.write_text("from factcheck.judge.verdict import judge\n")
    assert _imports(bad) == {"factcheck.judge.verdict"}
    assert _layer("factcheck.judge.verdict") > _layer("factcheck.text.words")
