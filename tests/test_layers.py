"""The folder tree is the architecture: click only under cli/, rich only under render/ and cli/,
and no import cycle between icpcheck's modules (lazy imports inside functions included)."""

from __future__ import annotations

import ast
import functools
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "icpcheck"


def _module(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    """Every module this file imports, at the top or inside a function (TYPE_CHECKING too)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found |= {f"{node.module}.{a.name}" for a in node.names}
    return found


@functools.cache
def modules() -> dict[str, set[str]]:
    """Each of icpcheck's modules and what it imports (parsed when a test first asks, not at collection)."""
    return {_module(p): _imports(p) for p in PACKAGE.rglob("*.py")}


def test_click_only_under_cli_and_rich_only_under_render_and_cli() -> None:
    for name, imports in modules().items():
        roots = {i.split(".")[0] for i in imports}
        if "click" in roots:
            assert name.startswith("icpcheck.cli"), name
        if "rich" in roots:
            assert name.startswith(("icpcheck.render", "icpcheck.cli")), name


def find_cycle(edges: dict[str, set[str]]) -> list[str] | None:
    """One cycle of the graph, as a path that returns to its start; None when there is none."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done

    def visit(node: str, trail: list[str]) -> list[str] | None:
        state[node] = 1
        for nxt in sorted(edges.get(node, ())):
            if state.get(nxt) == 1:
                return trail[trail.index(nxt):] + [nxt]
            if nxt not in state and (found := visit(nxt, [*trail, nxt])):
                return found
        state[node] = 2
        return None

    for name in sorted(edges):
        if name not in state and (found := visit(name, [name])):
            return found
    return None


def test_no_import_cycles() -> None:
    edges = {name: {i for i in imports if i in modules() and i != name} for name, imports in modules().items()}
    cycle = find_cycle(edges)
    assert cycle is None, "import cycle: " + " -> ".join(cycle or [])


def test_the_cycle_check_finds_a_planted_cycle() -> None:
    edges = {name: {i for i in imports if i in modules() and i != name} for name, imports in modules().items()}
    edges["icpcheck.rulebook.model"] = {*edges["icpcheck.rulebook.model"], "icpcheck.engine"}
    assert find_cycle(edges) is not None
