"""The package's shape: stages import only the stages below them, no module takes
part in an import cycle, and every module holds one concern of a readable size."""

from __future__ import annotations

from pathlib import Path

import grimp
import pytest
from importlinter.cli import lint_imports

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "newsbrief"

# A module holds one concern and stays under about this many lines...
MAX_LINES = 400
# ...except tables that are data: rules and word lists, one entry after another.
DATA_TABLES = frozenset({"temporal/rules/dates.py"})


def test_stages_import_only_the_stages_below_them(monkeypatch: pytest.MonkeyPatch) -> None:
    # The contracts in pyproject.toml, as `lint-imports` checks them in CI.
    monkeypatch.chdir(ROOT)
    assert lint_imports(config_filename="pyproject.toml", no_cache=True, no_logo=True) == 0


def _cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(edges.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return found


def test_the_cycle_finder_finds_cycles() -> None:
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []


def test_no_module_takes_part_in_an_import_cycle() -> None:
    # Between any two modules, packages' __init__ modules included, and counting
    # imports inside functions (which the contracts' sibling check does not see
    # between a package and its own modules).
    graph = grimp.build_graph("newsbrief", cache_dir=None)
    edges = {m: graph.find_modules_directly_imported_by(m) for m in graph.modules}
    assert _cycles(edges) == []


def test_modules_stay_readable() -> None:
    too_long = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        name = path.relative_to(PACKAGE).as_posix()
        lines = len(path.read_text("utf-8").splitlines())
        if lines > MAX_LINES and name not in DATA_TABLES:
            too_long[name] = lines
    assert too_long == {}
    assert all((PACKAGE / name).is_file() for name in DATA_TABLES)
