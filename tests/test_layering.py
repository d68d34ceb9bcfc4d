"""The package's structure, held by its imports: the pipeline's layers call downward only.

Read from the source (nothing is imported), so a test of the structure cannot
be fooled by what an import happens to pull in at run time.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "cards"


def _module(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports() -> dict[str, set[str]]:
    """Module -> every module it imports (absolute names), from every file of the package."""
    graph: dict[str, set[str]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        found: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                found.add(node.module)
                found.update(f"{node.module}.{alias.name}" for alias in node.names)
        graph[_module(path)] = found
    return graph


GRAPH = _imports()


def _reaches(start: str) -> set[str]:
    """Every module of the package `start` imports, directly or through others."""
    seen: set[str] = set()
    todo = [start]
    while todo:
        for name in GRAPH.get(todo.pop(), ()):
            if name in GRAPH and name not in seen:
                seen.add(name)
                todo.append(name)
    return seen


def test_the_graph_is_read() -> None:
    assert {"cards.build", "cards.cli", "cards.incremental", "cards.anki.package"} <= GRAPH.keys()
    assert "cards.incremental" in GRAPH["cards.build"]


def test_outside_incremental_only_its_entry_point_is_imported() -> None:
    inner = {m for m in GRAPH if m.startswith("cards.incremental.")}
    for module, imported in GRAPH.items():
        if not module.startswith("cards.incremental"):
            assert not imported & inner, f"{module} reaches into {sorted(imported & inner)}"


def test_nothing_in_anki_imports_an_extractor() -> None:
    for module in (m for m in GRAPH if m.startswith("cards.anki")):
        reached = _reaches(module) | GRAPH[module]
        assert not {m for m in reached if m.startswith("cards.extractors")}, module


def test_nothing_below_the_cli_imports_click() -> None:
    for module, imported in GRAPH.items():
        if module not in ("cards.cli", "cards.__main__"):
            assert not {m for m in imported if m.split(".")[0] == "click"}, module


def test_the_pipeline_flows_one_way() -> None:
    """Reading and card-making never reach the build, its cache or the command line."""
    above = {"cards.build", "cards.plan", "cards.cli", "cards.incremental"}
    for module in ("cards.vault", "cards.parse", "cards.notecards", "cards.anki", "cards.manifest"):
        assert not _reaches(module) & above, module
