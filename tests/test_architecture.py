"""The package's shape: no import cycles, between modules or between packages.

Imports inside functions and under ``TYPE_CHECKING`` count too: a cycle
closed by a lazy import is still a cycle a reader has to untangle.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

from tests.conftest import REPO

PACKAGE = REPO / "toolkit"


def module_name(path: Path) -> str:
    parts = path.relative_to(REPO).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(p): p for p in PACKAGE.rglob("*.py")}


def imported(path: Path) -> Iterator[str]:
    """Every toolkit module ``path`` imports, wherever the import statement is."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names if alias.name in MODULES)
        elif isinstance(node, ast.ImportFrom) and node.module and node.module in MODULES:
            for alias in node.names:
                child = f"{node.module}.{alias.name}"
                yield child if child in MODULES else node.module


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """One cycle through each node that is on one (depth-first search)."""
    found: list[list[str]] = []
    state: dict[str, int] = {}  # 1 on the stack, 2 done
    stack: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                found.append([*stack[stack.index(nxt) :], nxt])
            elif nxt not in state:
                visit(nxt)
        stack.pop()
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node)
    return found


def module_graph() -> dict[str, set[str]]:
    return {name: set(imported(path)) - {name} for name, path in MODULES.items()}


def top(name: str) -> str:
    return ".".join(name.split(".")[:2])


def test_the_finder_sees_a_cycle() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == [["a", "b", "c", "a"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_no_module_imports_itself_back() -> None:
    graph = module_graph()
    assert graph["toolkit.build"] >= {"toolkit.build.render", "toolkit.build.write"}
    assert cycles(graph) == []


def test_no_package_imports_itself_back() -> None:
    packages: dict[str, set[str]] = {}
    for name, targets in module_graph().items():
        packages.setdefault(top(name), set()).update(top(t) for t in targets if top(t) != top(name))
    assert packages["toolkit.build"] >= {"toolkit.lint", "toolkit.render"}
    assert cycles(packages) == []
