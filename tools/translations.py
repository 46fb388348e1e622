"""Keep translations/werkstatt_*.ts in step with the source.

    python tools/translations.py update   # add new strings (unfinished), drop vanished ones
    python tools/translations.py check    # list strings without a finished German translation
    python tools/translations.py fill FILE.tsv LANG  # take "context<TAB>source<TAB>translation" lines
    python tools/translations.py release [DIR]  # compile the .qm files with pyside6-lrelease (into DIR)
    python tools/translations.py ensure  # release beside the .ts files if a .qm is missing or older

Strings are found in the Python sources by their calls: ``tr("Context", "text")``,
``QT_TRANSLATE_NOOP("Context", "text")``, ``QCoreApplication.translate("Context", "text")``
and, inside a class, ``self.tr("text")`` (context: the class name), as Qt's lupdate does.
pyside6-lupdate itself cannot be the extractor: its Python parser drops every call that
passes keyword arguments, ``tr("Ctx", "{n} steps", n=3)``, about a quarter of our strings.
tests/unit/i18n/test_translations.py runs it and checks that this extractor finds everything it finds.

The .qm files are build output (lrelease, finished translations only): the wheel's build
(setup.py), the frozen build and tools/bootstrap.sh make them; git ignores them.
"""

from __future__ import annotations

import ast
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "src" / "werkstatt"
CATALOGUES = {"de": ROOT / "translations" / "werkstatt_de.ts", "en": ROOT / "translations" / "werkstatt_en.ts"}
LOCALES = {"de": "de_DE", "en": "en_GB"}
TWO_ARGUMENT_CALLS = {"tr", "QT_TRANSLATE_NOOP", "translate"}


def _constant(node: ast.AST) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def extract(path: Path) -> list[tuple[str, str, int]]:
    """(context, source, line) of every translatable string in one file."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[tuple[str, str, int]] = []

    def visit(node: ast.AST, class_name: str | None) -> None:
        if isinstance(node, ast.ClassDef):
            class_name = node.name
        if isinstance(node, ast.Call):
            func = node.func
            name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
            args = [_constant(a) for a in node.args[:2]]
            is_self_tr = isinstance(func, ast.Attribute) and name == "tr" and class_name is not None
            if name in TWO_ARGUMENT_CALLS and len(args) == 2 and None not in args and not is_self_tr:
                found.append((args[0], args[1], node.lineno))  # type: ignore[arg-type]
            elif is_self_tr and args and args[0] is not None:
                found.append((class_name, args[0], node.lineno))  # type: ignore[arg-type]
        for child in ast.iter_child_nodes(node):
            visit(child, class_name)

    visit(tree, None)
    return found


def all_strings() -> dict[tuple[str, str], list[str]]:
    strings: dict[tuple[str, str], list[str]] = {}
    for path in sorted(SOURCES.rglob("*.py")):
        for context, source, line in extract(path):
            strings.setdefault((context, source), []).append(f"{path.relative_to(ROOT).as_posix()}:{line}")
    return strings


def load(path: Path) -> ET.ElementTree:
    if path.exists():
        return ET.parse(path)
    root = ET.Element("TS", version="2.1", language="de_DE", sourcelanguage="en")
    return ET.ElementTree(root)


def messages(tree: ET.ElementTree) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            found[(name, message.findtext("source", ""))] = message
    return found


def save(tree: ET.ElementTree, path: Path) -> None:
    root = tree.getroot()
    contexts = sorted(root.findall("context"), key=lambda c: c.findtext("name", ""))
    for context in root.findall("context"):
        root.remove(context)
    for context in contexts:
        root.append(context)
    ET.indent(tree, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def update(language: str) -> int:
    path = CATALOGUES[language]
    tree = load(path)
    tree.getroot().set("language", LOCALES[language])
    tree.getroot().set("sourcelanguage", "en")
    known = messages(tree)
    strings = all_strings()
    contexts = {c.findtext("name", ""): c for c in tree.getroot().iter("context")}
    added = 0
    for (context, source), places in sorted(strings.items()):
        message = known.get((context, source))
        if message is None:
            if context not in contexts:
                contexts[context] = ET.SubElement(tree.getroot(), "context")
                ET.SubElement(contexts[context], "name").text = context
            message = ET.SubElement(contexts[context], "message")
            ET.SubElement(message, "source").text = source
            translation = ET.SubElement(message, "translation", type="unfinished")
            if language == "en":  # the source language: the text is its own translation
                translation.text = source
                del translation.attrib["type"]
            added += 1
        for old in message.findall("location"):
            message.remove(old)
        for place in places:
            filename, line = place.rsplit(":", 1)
            message.insert(0, ET.Element("location", filename=f"../{filename}", line=line))
    # Strings gone from the source leave the catalogue (lupdate -no-obsolete): git keeps their history.
    for context in list(tree.getroot().iter("context")):
        name = context.findtext("name", "")
        for message in list(context.iter("message")):
            if (name, message.findtext("source", "")) not in strings:
                context.remove(message)
        if not context.findall("message"):
            tree.getroot().remove(context)
    save(tree, path)
    return added


def unfinished(language: str) -> list[tuple[str, str]]:
    known = messages(load(CATALOGUES[language]))
    missing = []
    for key in sorted(all_strings()):
        message = known.get(key)
        translation = message.find("translation") if message is not None else None
        if translation is None or translation.get("type") == "unfinished" or not (translation.text or "").strip():
            missing.append(key)
    return missing


def fill(tsv: Path, language: str) -> int:
    path = CATALOGUES[language]
    tree = load(path)
    known = messages(tree)
    filled = 0
    for line in tsv.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        context, source, translated = line.split("\t")
        message = known.get((context, source))
        if message is None:
            print(f"not in the catalogue: {context} | {source}", file=sys.stderr)
            continue
        translation = message.find("translation")
        assert translation is not None
        translation.text = translated
        translation.attrib.pop("type", None)
        filled += 1
    save(tree, path)
    return filled


def qt_tool_command(tool: str) -> list[str]:
    """pyside6-<tool> through the running interpreter: found the same way in a venv and in pip's build env."""
    return [sys.executable, "-c", f"import sys; from PySide6.scripts.pyside_tool import {tool}; sys.exit({tool}())"]


def lrelease_command() -> list[str]:
    return qt_tool_command("lrelease")


def lupdate_command() -> list[str]:
    return qt_tool_command("lupdate")


def compiled_path(catalogue: Path, folder: Path | None = None) -> Path:
    """Where a catalogue's .qm goes: into ``folder``, by default beside the .ts."""
    return (folder or catalogue.parent) / catalogue.with_suffix(".qm").name


def stale(folder: Path | None = None) -> list[Path]:
    """The catalogues whose .qm in ``folder`` (default: beside them) is missing or older."""
    out = []
    for catalogue in CATALOGUES.values():
        compiled = compiled_path(catalogue, folder)
        if not compiled.exists() or compiled.stat().st_mtime < catalogue.stat().st_mtime:
            out.append(catalogue)
    return out


def release(folder: Path | None = None) -> list[Path]:
    """Compile every catalogue to .qm with Qt's lrelease; unfinished translations stay out."""
    written = []
    for catalogue in CATALOGUES.values():
        compiled = compiled_path(catalogue, folder)
        compiled.parent.mkdir(parents=True, exist_ok=True)
        result = subprocess.run([*lrelease_command(), "-nounfinished", "-silent", str(catalogue), "-qm", str(compiled)],
                                capture_output=True, text=True)
        if result.returncode != 0 or not compiled.exists():
            raise RuntimeError(f"lrelease failed for {catalogue}: {result.stdout}{result.stderr}")
        written.append(compiled)
    return written


def main(argv: list[str]) -> int:
    if argv[:1] == ["release"] and len(argv) <= 2:
        for compiled in release(Path(argv[1]) if len(argv) == 2 else None):
            print(compiled)
        return 0
    if argv[:1] == ["ensure"]:
        if stale():
            release()
        return 0
    if argv[:1] == ["update"]:
        for language in CATALOGUES:
            print(f"{language}: {update(language)} new strings")
        return 0
    if argv[:1] == ["check"]:
        missing = unfinished("de")
        for context, source in missing:
            print(f"{context}\t{source}")
        return 1 if missing else 0
    if argv[:1] == ["fill"] and len(argv) == 3:
        print(f"{fill(Path(argv[1]), argv[2])} translations taken")
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
