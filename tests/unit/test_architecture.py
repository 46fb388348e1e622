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


# --- the shape of the tree (issue 22): rules per package, so that the new layout stays ---------------

ROOT_MODULES_AT_MOST = 6
LINES_AT_MOST = 500
FROZEN = ("store/migrations/versions/", "register/migrations/versions/")  # generated once, Alembic's layout
# package (dotted below werkstatt) -> packages it must never import. Why, in docs/architecture.md.
NEVER_IMPORTS = {
    "model": ("store", "edits", "read", "capture", "render", "protocol", "ui"),
    "store": ("edits", "read", "capture", "ui"),
    "read": ("edits", "ui"),
    "layout": ("model", "store", "edits", "read", "render", "ui"),
    "render": ("edits", "capture", "protocol", "ui"),
    "edits": ("ui",),
    "capture": ("ui",), "analysis": ("ui",), "interchange": ("ui",), "library": ("ui",), "people": ("ui",),
    "protocol": ("edits", "ui"), "register": ("ui",), "sync": ("ui",), "voting": ("edits", "ui"), "i18n": ("ui",),
    "ui.projector": ("ui.capture",),
    "ui.common": ("ui.capture", "ui.projector", "ui.findings", "ui.voting", "ui.workshop", "ui.protocol",
                  "ui.register", "ui.analysis", "ui.help"),
}


def source_modules() -> list[tuple[str, Path]]:
    """(path below werkstatt/, file) of every source module except the frozen migrations."""
    return [(path.relative_to(PACKAGE).as_posix(), path) for path in sorted(PACKAGE.rglob("*.py"))
            if not path.relative_to(PACKAGE).as_posix().startswith(FROZEN)]


def home(relative: str) -> str:
    """The dotted package a module belongs to: ``ui.projector`` for ui/projector/window.py, ``read`` for read/x.py."""
    parts = relative.removesuffix(".py").split("/")
    return ".".join(parts[:2] if parts[0] == "ui" and len(parts) > 2 else parts[:1])


def broken_import_rules() -> list[str]:
    found = []
    for relative, path in source_modules():
        package = home(relative)
        forbidden = NEVER_IMPORTS.get(package, ())
        for name in imported_modules(ast.parse(path.read_text(encoding="utf-8"))):
            target = name.removeprefix("werkstatt.")
            if name.startswith("werkstatt.") and any(target == f or target.startswith(f + ".") for f in forbidden):
                found.append(f"{relative} imports {name}")
    found = sorted(set(found))  # "a imports x.y" says enough; drop its "a imports x.y.Name"
    return [line for line in found if not any(line.startswith(other + ".") for other in found)]


def test_each_package_imports_only_what_its_layer_may() -> None:
    assert broken_import_rules() == []


def test_the_import_rules_see_a_forbidden_import() -> None:
    assert home("ui/projector/window.py") == "ui.projector" and home("read/model.py") == "read"
    assert home("ui/app.py") == "ui" and home("cli.py") == "cli"
    tree = ast.parse("from werkstatt.ui.capture.lane_strip import paint_strip\n")
    assert "werkstatt.ui.capture.lane_strip" in imported_modules(tree)


def printing_modules() -> list[str]:
    """Modules other than the command line's that call print(): a library answers, the CLI prints."""
    found = []
    for relative, path in source_modules():
        if relative == "cli.py" or relative.endswith("/cli.py"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "print":
                found.append(relative)
                break
    return found


def test_only_command_line_modules_print() -> None:
    assert printing_modules() == []


def test_the_package_root_keeps_only_entry_points_and_what_every_layer_shares() -> None:
    modules = sorted(path.name for path in PACKAGE.glob("*.py"))
    assert len(modules) <= ROOT_MODULES_AT_MOST, modules


def test_no_module_is_longer_than_500_lines() -> None:
    long = {relative: n for relative, path in source_modules()
            if (n := len(path.read_text(encoding="utf-8").splitlines())) > LINES_AT_MOST}
    assert long == {}


def one_letter_apart(a: str, b: str) -> bool:
    """True for names one insertion, deletion or substitution apart (workshop/workshops, rate/rates)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = j = edits = 0
    while i < len(a) and j < len(b):
        if a[i] != b[j]:
            edits += 1
            if edits > 1:
                return False
            if len(a) == len(b):
                i += 1
            j += 1
            continue
        i += 1
        j += 1
    return edits + (len(b) - j) + (len(a) - i) <= 1


def near_names() -> list[tuple[str, str, str]]:
    found = []
    for folder in [PACKAGE, *(p for p in PACKAGE.rglob("*") if p.is_dir() and "__pycache__" not in p.parts)]:
        if folder.relative_to(PACKAGE).as_posix().startswith(FROZEN):
            continue
        names = sorted({p.stem for p in folder.iterdir()
                        if (p.suffix == ".py" or p.is_dir()) and not p.name.startswith("__")})
        found += [(folder.relative_to(PACKAGE).as_posix(), a, b) for i, a in enumerate(names) for b in names[i + 1:]
                  if one_letter_apart(a, b)]
    return found


def test_no_two_names_in_one_folder_are_a_letter_apart() -> None:
    assert near_names() == []


def test_the_near_name_check_sees_plurals_and_typos() -> None:
    assert one_letter_apart("workshop", "workshops") and one_letter_apart("rates", "rated")
    assert not one_letter_apart("panel", "model") and not one_letter_apart("cli", "cli")
