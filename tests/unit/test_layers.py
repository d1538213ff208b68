"""The layers below the UI never import Qt (ARCHITECTURE.md), not even inside a function."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "bizcare"
QT = ("PySide6", "PyQt5", "PyQt6", "shiboken6", "bizcare.ui")


def qt_imports(path: Path, root: Path) -> list[str]:
    """Every Qt (or bizcare.ui) import in ``path``, at any depth, as ``file:line module``."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            names = [node.module or ""]
        elif (isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant)
              and getattr(node.func, "attr", getattr(node.func, "id", "")) == "import_module"):
            names = [str(node.args[0].value)]
        else:
            continue
        found += [f"{path.relative_to(root).as_posix()}:{node.lineno} {name}" for name in names
                  if name.startswith(QT)]
    return found


@pytest.mark.parametrize("layer", ["domain", "services", "storage", "documents"])
def test_layer_does_not_import_qt(layer: str) -> None:
    files = sorted((PACKAGE / layer).rglob("*.py"))
    assert files
    assert [hit for path in files for hit in qt_imports(path, PACKAGE.parent)] == []


def test_the_check_sees_imports_inside_functions(tmp_path: Path) -> None:
    fake = tmp_path / "bizcare" / "domain" / "probe.py"
    fake.parent.mkdir(parents=True)
    fake.write_text("import json\n\n\ndef f():\n    from PySide6.QtCore import QObject\n"
                    "    import importlib\n    importlib.import_module('PySide6.QtGui')\n"
                    "    return QObject\n", encoding="utf-8")
    assert qt_imports(fake, tmp_path) == ["bizcare/domain/probe.py:5 PySide6.QtCore",
                                          "bizcare/domain/probe.py:7 PySide6.QtGui"]


def session_calls(path: Path, root: Path) -> list[str]:
    """Every ``<anything>.session(...)`` call in ``path``, as ``file:line``."""
    return [f"{path.relative_to(root).as_posix()}:{node.lineno}"
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and node.func.attr == "session"]


def test_the_ui_owns_no_transaction() -> None:
    """A change is one service call with its own transaction, run by ``ui/common/ops.py``;
    reads go through services or ``Database.run`` too: no widget opens a session."""
    files = sorted((PACKAGE / "ui").rglob("*.py"))
    assert files
    assert [hit for path in files for hit in session_calls(path, PACKAGE.parent)] == []


def test_the_session_check_sees_every_form(tmp_path: Path) -> None:
    fake = tmp_path / "bizcare" / "ui" / "probe.py"
    fake.parent.mkdir(parents=True)
    fake.write_text("def f(db, ctx):\n    with db.session() as s:\n        pass\n"
                    "    with ctx.db.session(write=False) as s:\n        pass\n"
                    "    return db.run(lambda s: s)\n", encoding="utf-8")
    assert session_calls(fake, tmp_path) == ["bizcare/ui/probe.py:2", "bizcare/ui/probe.py:4"]
