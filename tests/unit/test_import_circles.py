"""No two modules of bizcare import each other, directly or round a circle — at module level
or inside a function (a function-level import only hides a circle until someone moves it).

A package's face (its ``__init__``) importing its own inner modules is not a circle of rooms;
an area importing another area that imports it back is.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "bizcare"


def module_files(root: Path) -> dict[str, Path]:
    found = {}
    for path in root.rglob("*.py"):
        if "migrations" in path.parts:
            continue
        rel = path.relative_to(root.parent).with_suffix("")
        parts = rel.parts[:-1] if rel.name == "__init__" else rel.parts
        found[".".join(parts)] = path
    return found


def import_graph(root: Path) -> dict[str, set[str]]:
    """Each module's bizcare imports, resolved to the module that defines them."""
    mods = module_files(root)

    def resolve(name: str) -> str | None:
        while name and name not in mods:
            name = name.rpartition(".")[0]
        return name or None

    graph: dict[str, set[str]] = {m: set() for m in mods}
    for mod, path in mods.items():
        package = mod if path.name == "__init__.py" else mod.rpartition(".")[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    parts = package.split(".")
                    base = ".".join(parts[: len(parts) - node.level + 1])
                    source = f"{base}.{node.module}" if node.module else base
                else:
                    source = node.module or ""
                targets = [source, *(f"{source}.{a.name}" for a in node.names)]
            else:
                continue
            for target in targets:
                found = resolve(target)
                if found and found != mod and not mod.startswith(found + "."):
                    graph[mod].add(found)
    return graph


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (iterative Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0
    for start in graph:
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    top = stack.pop()
                    on_stack.discard(top)
                    component.append(top)
                    if top == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def test_bizcare_has_no_import_circles() -> None:
    assert [" <-> ".join(c) for c in circles(import_graph(PACKAGE))] == []


def test_the_check_sees_circles_hidden_in_functions(tmp_path: Path) -> None:
    pkg = tmp_path / "bizcare"
    (pkg / "area").mkdir(parents=True)
    (pkg / "__init__.py").write_text("", encoding="utf-8")
    (pkg / "area" / "__init__.py").write_text("from bizcare.area.a import f\n", encoding="utf-8")
    (pkg / "area" / "a.py").write_text("from bizcare.other import g\n\ndef f():\n    pass\n",
                                       encoding="utf-8")
    (pkg / "other.py").write_text("def g():\n    from bizcare.area import f\n    return f\n",
                                  encoding="utf-8")
    assert circles(import_graph(pkg)) == [["bizcare.area", "bizcare.area.a", "bizcare.other"]]


def test_a_face_importing_its_own_rooms_is_no_circle(tmp_path: Path) -> None:
    pkg = tmp_path / "bizcare"
    (pkg / "area").mkdir(parents=True)
    (pkg / "__init__.py").write_text("", encoding="utf-8")
    (pkg / "area" / "__init__.py").write_text("from bizcare.area.a import f\n", encoding="utf-8")
    (pkg / "area" / "a.py").write_text("from bizcare.area import b\n\ndef f():\n    pass\n",
                                       encoding="utf-8")
    (pkg / "area" / "b.py").write_text("X = 1\n", encoding="utf-8")
    assert circles(import_graph(pkg)) == []
