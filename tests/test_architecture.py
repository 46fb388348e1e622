"""The layers of ARCHITECTURE.md: only werkstatt.ui (and render.qt) may use Qt widgets."""

from __future__ import annotations

import ast
from pathlib import Path

import werkstatt

PACKAGE = Path(werkstatt.__file__).parent
WIDGET_MODULES = ("PySide6.QtWidgets",)
ALLOWED = ("ui", "render/qt.py")


def imported_modules(tree: ast.AST) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def offenders() -> list[str]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE).as_posix()
        if relative.startswith(ALLOWED):
            continue
        imports = imported_modules(ast.parse(path.read_text(encoding="utf-8")))
        if any(name == w or name.startswith(w + ".") for name in imports for w in WIDGET_MODULES):
            found.append(relative)
    return found


def test_no_module_outside_ui_imports_qt_widgets() -> None:
    assert offenders() == []


def test_the_check_sees_a_widget_import(tmp_path: Path) -> None:
    tree = ast.parse("from PySide6.QtWidgets import QWidget\nimport PySide6.QtWidgets as w\n")
    assert "PySide6.QtWidgets" in imported_modules(tree)
    tree = ast.parse("from PySide6 import QtWidgets\n")
    assert "PySide6.QtWidgets" in imported_modules(tree)


def test_pure_layers_load_without_qt() -> None:
    import subprocess
    import sys

    code = (
        "import sys, werkstatt.cli, werkstatt.capture.session, werkstatt.demo, werkstatt.edits, werkstatt.store;"
        "print(any(m.startswith('PySide6') for m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
